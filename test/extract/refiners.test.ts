// The shared refiners: which of overlapping items stays, inside-a-span, one item per span, and
// the alternations built from rule word lists.
import { describe, expect, it } from 'vitest';
import { duplicateSpans, firstWins, insideAny, longestWins } from '../../src/extract/refiners/spans.js';
import { longestWordsAlt, wordsAlt } from '../../src/extract/refiners/regex.js';

const text = '《曲靖市总工会关于表彰劳动模范的决定》公布后，曲靖市总工会召开会议。';
const at = (s: string, from = 0) => ({ name: s, start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });

describe('refiners', () => {
  it('longest match wins, and the losers hear which longer ones were kept', () => {
    const lost: string[] = [];
    const kept = longestWins([at('总工会', 20), at('曲靖市总工会', 20), at('曲靖市', 20)], (x, by) => lost.push(`${x.name}<${by.map((k) => k.name).join()}`));
    expect(kept.map((k) => k.name)).toEqual(['曲靖市总工会']);
    // equal lengths keep their listed order
    expect(lost).toEqual(['总工会<曲靖市总工会', '曲靖市<曲靖市总工会']);
  });
  it('first found wins an overlap; items elsewhere stay', () => {
    expect(firstWins([at('总工会'), at('曲靖市总工会'), at('劳动模范')]).map((k) => k.name)).toEqual(['总工会', '劳动模范']);
  });
  it('a name inside a 《…》 title is inside it; the same name after it is not', () => {
    const titles = [{ start: 0, end: text.indexOf('》') + 1 }];
    const first = at('曲靖市总工会');
    const second = at('曲靖市总工会', first.end);
    expect(insideAny(titles, first.start, first.end)).toBe(true);
    expect(insideAny(titles, second.start, second.end)).toBe(false);
  });
  it('one item per span', () => {
    const a = at('劳动模范');
    const b = { ...a };
    expect([...duplicateSpans([a, at('总工会'), b])]).toEqual([b]);
  });
  it('word alternations: listed order, or longest first; words are matched literally', () => {
    expect(new RegExp(wordsAlt(['总工', '总工会'])).exec('市总工会')![0]).toBe('总工');
    expect(new RegExp(longestWordsAlt(['总工', '总工会'])).exec('市总工会')![0]).toBe('总工会');
    expect(new RegExp(wordsAlt(['(二类)'])).test('二类')).toBe(false);
  });
});
