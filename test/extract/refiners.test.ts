// The shared refiners: which of overlapping items stays, inside-a-span, one item per span, and
// the alternations built from rule word lists.
import { describe, expect, it } from 'vitest';
import { duplicateSpans, firstWins, insideAny, longestWins } from '../../src/extract/refiners/spans.js';
import { longestFirst, longestPatternsAlt, longestWordsAlt, wordsAlt } from '../../src/extract/refiners/regex.js';

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
  it('orders and alternations built once per list are rebuilt when the list changes, and never shared', () => {
    const roles = ['主任', '副主任', '党组书记', '局长'];
    expect(longestFirst(roles)).toEqual(['党组书记', '副主任', '主任', '局长']);
    expect(longestWordsAlt(roles)).toBe('党组书记|副主任|主任|局长');
    // the caller's copy is its own: changing it changes nothing kept
    const mine = longestFirst(roles);
    mine.push('科员');
    expect(longestFirst(roles)).toEqual(['党组书记', '副主任', '主任', '局长']);
    // an array changed after it was seen is sorted again, by what it holds now
    roles.push('常务副县长');
    expect(longestFirst(roles)[0]).toBe('常务副县长');
    expect(longestWordsAlt(roles)).toBe('常务副县长|党组书记|副主任|主任|局长');
    roles[1] = '處長';
    expect(longestWordsAlt(roles)).toBe('常务副县长|党组书记|主任|處長|局长');
    // the same words in a new array give the same order; patterns are not escaped
    expect(longestPatternsAlt(['第.届', '(?:省|市)委'])).toBe('(?:省|市)委|第.届');
    expect(longestWordsAlt(['(二类)', '类'])).toBe('\\(二类\\)|类');
  });
});

