// Round 39 (r39hon): a title that names a place already keeps its own name when the conferring place stands before
// it (某县第二届“短名工匠”, 某省“天府工匠”); a bracketed note before a list heading ((更正后)…名单) is no part of
// the title; a heading that opens with 拟 lists proposals, not holders. Sentences written for these tests.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours, honourName } from '../../src/extract/named/conferment.js';

const r = confermentRules();
const got = (text: string) => confermentHonours(text, null, r).map((h) => [h.name, h.count]);

describe('a place before a title that names a place', () => {
  it('is the conferring body, not a part of the name', () => {
    expect(honourName('永宁县第二届“永宁工匠”', null, r)).toBe('永宁工匠');
    expect(honourName('四川省“天府工匠”称号', null, r)).toBe('天府工匠');
    expect(got('认定张某、李某等5名同志为永宁县第二届“永宁工匠”。')).toContainEqual(['永宁工匠', 5]);
  });
  it('stays before a title that names no place', () => {
    expect(honourName('永宁县“五一劳动奖章”', null, r)).toBe('永宁县五一劳动奖章');
  });
});

describe('a list heading', () => {
  it('drops a bracketed note before the title', () => {
    expect(honourName('（更正后）第三届“永宁工匠”', null, r)).toBe('永宁工匠');
  });
  it('of proposals (拟…) gives no honour', () => {
    expect(got('拟命名第三届“永宁工匠”人选名单（8名）').filter((h) => h[1] === 8)).toHaveLength(0);
    expect(got('拟表彰“永宁县先进集体”（5个）').filter((h) => h[1] === 5)).toHaveLength(0);
  });
});

describe('a frame of conferment', () => {
  it('keeps the 的 of an attribute out of the title', () => {
    expect(got('全县获得“永宁县五一劳动奖章”的3名职工中，有2名来自企业。')).toContainEqual(['永宁县五一劳动奖章', 3]);
  });
  it('grants to the holders the clause before counts, past an ordinal and the pool they came from', () => {
    expect(got('经层层推荐，从40名候选人中评选出王某、赵某等8名职工，授予第二届“永宁工匠”称号。')).toContainEqual(['永宁工匠', 8]);
    expect(got('经层层推荐，从40名候选人中评选出王某、赵某等8名职工，授予第二届“永宁工匠”称号。').some((h) => h[1] === 40)).toBe(false);
  });
});

describe('what is no title', () => {
  it('an exclamation or one holder counted among others', () => {
    expect(got('8个班组获授牌！我县第三批工人先锋号名单公布').some((h) => /！/.test(String(h[0])))).toBe(false);
    expect(got('来自牧区的巴图是本届唯一一名蒙古族工匠。')).toEqual([]);
  });
});
