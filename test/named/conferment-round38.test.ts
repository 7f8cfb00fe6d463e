// Round 38 of issue 18 (r38hon): later counts of the holders and stocks over levels. A later count may name the
// title by its grade (县级劳动模范 / 县级劳模 after a 某县劳动模范 conferred), by its short form (劳模) or by 获评者;
// a bracket counting this year's holders inside a stock of people (（含本次表彰的N名）) counts them again; a later
// batch may leave the title out after its ordinal (又评出第二批N名); a stock over all levels (各级…共N名，其中省级…)
// counts holders now, like one over a level and above. Sentences written for these tests.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours, stockOfHolders } from '../../src/extract/named/conferment.js';

const r = confermentRules();
const got = (text: string) => confermentHonours(text, null, r).map((h) => [h.name, h.count]);

describe('a later count of the holders', () => {
  it('names the title by its grade or its short form', () => {
    expect(got('授予李某等18名同志“永宁县劳动模范”称号。在18名县级劳动模范中，来自企业的10名。')).toContainEqual(['永宁县劳动模范', 18]);
    expect(got('授予李某等18名同志“永宁县劳动模范”称号。18名县级劳模中，女性7名。').filter((h) => h[1] === 18)).toHaveLength(2);
    expect(got('授予李某等18名同志“永宁县劳动模范”称号。会上强调，今年的18名劳模中，女性占比近四成。').filter((h) => h[1] === 18)).toHaveLength(2);
  });
  it('does not read a grade of another level as the title', () => {
    expect(got('授予李某等18名同志“永宁县劳动模范”称号。在18名市级劳动模范中，来自企业的10名。').filter((h) => h[1] === 18)).toHaveLength(1);
  });
  it('counts the holders again in a bracket of people, not of workshops', () => {
    expect(got('授予李某等18名同志“永宁县劳动模范”称号。全县现有县级劳动模范120名（含本次表彰的18名）。')).toContainEqual(['永宁县劳动模范', 18]);
    expect(got('命名某某工作室等5个工作室为“永宁县职工创新工作室”。全县已有职工创新工作室27个（含本批5个）。').filter((h) => h[1] === 5)).toHaveLength(1);
  });
  it('reads a later batch with its title left out', () => {
    expect(got('2023年共评出“永宁工匠”12名，今年又评出第二批9名。')).toEqual([['永宁工匠', 12], ['永宁工匠', 9]]);
    expect(got('去年共评出“永宁工匠”12名，今年再评出第2批9名。')).toEqual([['永宁工匠', 12], ['永宁工匠', 9]]);
  });
});

describe('a stock over all levels', () => {
  it('is a figure for its parts by level', () => {
    const t = '截至目前，全县健在的各级劳动模范共150名，其中省级劳动模范4名、市级劳动模范30名。';
    const at = t.indexOf('省级劳动模范4名');
    expect(stockOfHolders(t, { start: at, end: at + 8, count: 4 }, r.v)).toBe(true);
    const one = '截至目前，全县共有县级劳动模范116名。';
    expect(stockOfHolders(one, { start: 9, end: 19, count: 116 }, r.v)).toBe(false);
  });
});
