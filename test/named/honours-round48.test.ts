// Round 48 of issue 18 (honours): the set of holders referred back to by a verb of receiving and a holders' noun as the
// topic of what follows (这40名获奖者中, 在9名获评选手中, 5名入选人员中): no title of its own (奖者中, 选手中), one more
// mention of the honour conferred before with that count, whichever reader found it. Text written for these tests.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';

const r = confermentRules();
const names = (text: string) => confermentHonours(text, null, r, null).map((h) => h.name);

const dir = mkdtempSync(join(tmpdir(), 'gongwen-hon48-'));
async function honoursOf(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return (await processFile(file)).json.awards.map((a: { name: string; count: number | null }) => [a.name, a.count]);
}

describe('a holders’ noun with 中 after a verb of receiving', () => {
  it('is no title', () => {
    expect(names('这40名获奖者中，女职工有15名。')).toEqual([]);
    expect(names('在9名获评选手中，年龄最大的52岁。')).toEqual([]);
    expect(names('5名入选人员中，来自制造业的有3名。')).toEqual([]);
  });
  it('is no title as the subject of what follows either (4个获评班组分别是…)', () => {
    expect(names('4个获评班组分别是某某公司检修班、某某医院护理组。')).toEqual([]);
  });
  it('still reads a title after the same count and verb', () => {
    expect(names('9名选手获评“临川技术能手”。')).toEqual(['临川技术能手']);
  });
});

describe('the set of holders referred back to', () => {
  it('counts the honour conferred before with that count once more', async () => {
    const got = await honoursOf('a.txt', '某县总工会关于表彰的通报\n\n近三年，县总工会累计表彰五一劳动奖章获得者40名。这40名获奖者中，女职工有15名。\n');
    expect(got.filter((h: [string, number | null]) => h[1] === 40)).toHaveLength(2);
    expect(got.some((h: [string, number | null]) => /者中$/.test(h[0]))).toBe(false);
  });
  it('counts nothing when no honour before has that count', async () => {
    const got = await honoursOf('b.txt', '某县总工会关于表彰的通报\n\n县总工会授予张某某等9名职工“某县五一劳动奖章”。这40名获奖者中，女职工有15名。\n');
    expect(got.map((h: [string, number | null]) => h[1])).toEqual([9]);
  });
});

describe('a list heading after the short annex label 附：', () => {
  it('names the quoted title, without the label or the batch', () => {
    expect(confermentHonours('附：首批“临川工匠”名单（7名，按姓氏笔画排列）\n张某某　李某某', null, r, null).map((h) => [h.name, h.count])).toEqual([['临川工匠', 7]]);
  });
});

describe('the grade character alone before a title the county confers', () => {
  it('stands for the county when the document names the title in full', async () => {
    const got = await honoursOf('c.txt', '6个班组获评县工人先锋号，1个班组入选市级名单\n\n11月3日，永嘉县总工会授予永嘉县某某医院护理组等6个班组“永嘉县工人先锋号”称号。\n');
    expect(got.filter((h: [string, number | null]) => h[1] === 6).map((h: [string, number | null]) => h[0])).toEqual(['永嘉县工人先锋号', '永嘉县工人先锋号']);
  });
});

describe('a perfect 获得过 before a quoted title', () => {
  it('keeps 过 out of the name', () => {
    expect(confermentHonours('其中2人此前获得过“临川工匠”称号。', null, r, null).map((h) => [h.name, h.count])).toEqual([['临川工匠', 2]]);
  });
});

describe('a placing after 为获得', () => {
  it('is no honour of its holders', () => {
    expect(confermentHonours('奖励对象为获得一等奖的4名选手。', null, r, null)).toEqual([]);
  });
});
