// Round 78, organisations: a clause's opening word inside a run read as one name (某工作室由|某乡农机服务队,
// 还有|某镇合作社, 使|全公司, 盟内|医院), a verb or an adverb of a clause after a body (县人民医院派1名…, 某小学
// 正式开班), a verb before a bare seat (——访|县人社局, 有|县人民医院) and a unit's canteen as a winner's unit.
import { describe, expect, it } from 'vitest';
import { bodyOrgs, orgBodies, refineOrgs } from '../../src/extract/named/org-refine.js';
import { extractEntities } from '../../src/extract/entities.js';
import { buildDoc } from '../../src/extract/doc.js';
import { textContext } from '../../src/extract/named/doc.js';
import type { Entity } from '../../src/types.js';

const r = orgBodies();
const none = { province: null, city: null, county: null };
const refined = (text: string, cut: string, place = none) => {
  const at = text.lastIndexOf(cut);
  const e: Entity = { type: 'org', name: cut, canonical: cut, role: null, text: cut, start: at, end: at + cut.length, rule: 'org.suffix' };
  return refineOrgs([e], text, place, () => false, r).map((x) => x.name);
};

describe('rules/org-bodies.yaml clauseLeads: the body is what follows a clause\'s opening word', () => {
  for (const ex of r.clauseLeadExamples.positive) it(ex.text, () => expect(refined(ex.text, ex.cut)).toEqual([ex.name]));
  for (const ex of r.clauseLeadExamples.negative) it(`no body: ${ex.text}`, () => expect(refined(ex.text, ex.cut)).toEqual([]));
  it('a name that holds 由 inside a word stays', () => {
    expect(refined('上海自由贸易试验区管理委员会召开会议。', '上海自由贸易试验区管理委员会')).toEqual(['上海自由贸易试验区管理委员会']);
  });
  it('a body named after 由 keeps its place resolved', () => {
    const got = refineOrgs([{ type: 'org', name: '驿站由镇工会联合会', canonical: '驿站由镇工会联合会', role: null, text: '驿站由镇工会联合会', start: 0, end: 9, rule: 'org.suffix' }], '驿站由镇工会联合会管理。', none, () => false, r);
    expect(got.map((x) => [x.name, x.start])).toEqual([['镇工会联合会', 3]]);
  });
});

describe('rules/org-bodies.yaml clauseWords (round 78): 派 before a count and 正式 end a name', () => {
  it('派出所 stays', () => expect(refined('城关镇派出所民警上门服务。', '城关镇派出所')).toEqual(['城关镇派出所']));
  it('徽派 in a trade name stays', () => expect(refined('歙县徽派古建工程有限公司参赛。', '歙县徽派古建工程有限公司')).toEqual(['歙县徽派古建工程有限公司']));
});

describe('rules/org-bodies.yaml seatVerbs (round 78): 访 and 有 before a bare seat', () => {
  const elsewhere = { province: '云南省', city: '昭通市', county: '盐津县' };
  for (const ex of r.seatVerbExamples.positive.filter((x) => /^[访有]/.test(x.cut))) {
    it(ex.text, () => expect(refined(ex.text, ex.cut, elsewhere)).toEqual([ex.name]));
  }
});

describe('rules/orgs.yaml 食堂: a unit\'s canteen named by its owner is a unit', () => {
  const orgs = (text: string) => extractEntities(buildDoc(textContext(text))).filter((e) => e.type === 'org').map((e) => e.name);
  it('a school canteen in a winner line', () => expect(orgs('三等奖：施丽娟（县机关食堂）、马黑依莫（县第一中学食堂）')).toEqual(expect.arrayContaining(['县机关食堂', '县第一中学食堂'])));
  it('a kind of canteen alone is none', () => expect(orgs('若干企业向社会开放职工食堂。')).toEqual([]));
});

describe('a merged bureau named with 和 by its bare seat after any verb (portfolioAfterVerb)', () => {
  const place = { province: '新疆维吾尔自治区', city: '阿勒泰地区', county: '布尔津县' };
  const bodies = (t: string) => bodyOrgs(t, place, r).map((o) => o.canonical);
  it('after 协调', () => expect(bodies('县总工会还协调县文化体育广播电视和旅游局，为导游提供休息点。')).toContain('布尔津县文化体育广播电视和旅游局'));
  it('a one-character county before the seat stays the county\'s', () => expect(bodies('魏县住房和城乡建设局开展检查。')).not.toContain('布尔津县住房和城乡建设局'));
  it('a body without 和 after a verb is left to the reader', () => expect(bodies('协调县财政局拨付资金。')).toEqual([]));
});
