// Round 54 (speed, issue 17): the word index keys the lengths of its words by their first two characters (or last two,
// read backward), so a position whose two characters start no word costs two lookups and no slice, and the longest
// word stops the walk; the counties holding a county's name are a table of the gazetteer's cache. The answers are the
// naive scan's. Words and sentences written for these tests (invented places).
import { describe, expect, it } from 'vitest';
import { WordIndex } from '../../src/extract/refiners/word-index.js';
import { countiesEndingWith, gazetteer } from '../../src/extract/named/gazetteer.js';

/** every length of a listed word at `pos`, longest first: the slow scan the index must agree with */
function naiveLengths(words: string[], text: string, pos: number, from: 'start' | 'end', max = Infinity): number[] {
  const found = words.filter((w) => w.length <= max && (from === 'start' ? text.startsWith(w, pos) : pos - w.length >= 0 && text.slice(pos - w.length, pos) === w));
  return [...new Set(found.map((w) => w.length))].sort((a, b) => b - a);
}

describe('a word index keyed by two characters', () => {
  const words = ['山', '青山', '青山镇', '青石', '青石桥村', '石桥', '桥村', '石', '青山镇东'];
  const text = '青山镇东青石桥村，山下石桥村口青石';

  for (const from of ['start', 'end'] as const) {
    it(`agrees with the naive scan at every position, reading from the ${from}`, () => {
      const index = new WordIndex(words, from);
      for (let pos = 0; pos <= text.length; pos++) {
        for (const max of [Infinity, 3, 1]) {
          const want = naiveLengths(words, text, pos, from, max);
          expect(index.lengthsAt(text, pos, max), `${from} ${pos} ≤${max}`).toEqual(want);
          expect(index.longestAt(text, pos, max), `${from} ${pos} ≤${max}`).toBe(want[0] ?? 0);
        }
      }
    });
  }

  it('tells apart words that share a first character but not a second', () => {
    const index = new WordIndex(['青山镇', '青石桥']);
    expect(index.longestAt('到青石桥', 1)).toBe(3);
    expect(index.longestAt('到青山桥', 1)).toBe(0);
    expect(new WordIndex(['青山镇', '青石桥'], 'end').longestAt('青石桥下', 3)).toBe(3);
  });

  it('finds a one-character word only where no longer word is', () => {
    const index = new WordIndex(['山', '山镇']);
    expect(index.lengthsAt('山镇', 0)).toEqual([2, 1]);
    expect(index.longestAt('山下', 0)).toBe(1);
    expect(index.longestAt('下', 0)).toBe(0);
  });
});

describe('the counties that hold a county\'s name', () => {
  it('come from the gazetteer\'s own cache', () => {
    expect(gazetteer().countyTails.get('丰县')).toContain('清丰县');
    expect(countiesEndingWith('丰县')).toBe(gazetteer().countyTails.get('丰县'));
    expect(countiesEndingWith('没有这个县')).toEqual([]);
  });
});
