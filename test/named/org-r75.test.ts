// Round 75, organisations: a place the tagger cut after a verb or a joiner (为大|箐山县…), a partner's
// trade name after 与, and a hospital's department read with the post of one who works in it.
import { describe, expect, it } from 'vitest';
import { orgBodies, refineOrgs } from '../../src/extract/named/org-refine.js';
import type { Entity } from '../../src/types.js';

const r = orgBodies();
const none = { province: null, city: null, county: null };
const refined = (text: string, cut: string) => {
  const at = text.lastIndexOf(cut);
  const e: Entity = { type: 'org', name: cut, canonical: cut, role: null, text: cut, start: at, end: at + cut.length, rule: 'org.suffix' };
  return refineOrgs([e], text, none, () => false, r).map((x) => x.name);
};

describe('a place of the gazetteer the reader cut inside, after a verb or a joiner', () => {
  it('为大|箐山县: the county opens the name', () => {
    expect(refined('县总工会为大箐山县森林食品有限公司工会颁发证书。', '山县森林食品有限公司工会')).toEqual(['大箐山县森林食品有限公司工会']);
  });
  it('向大|箐山县: so too', () => {
    expect(refined('县总工会向大箐山县中医医院工会拨付资金。', '山县中医医院工会')).toEqual(['大箐山县中医医院工会']);
  });
  it('a character of a clause before the name is no place', () => {
    expect(refined('我们为大家庭服务中心送去物资。', '家庭服务中心')).toEqual(['家庭服务中心']);
  });
});

describe('a partner named after 与: its place and trade name open the name', () => {
  it('与|伊春林都|康养职业培训学校', () => {
    expect(refined('与伊春林都康养职业培训学校合作开设订单班。', '康养职业培训学校')).toEqual(['伊春林都康养职业培训学校']);
  });
});

describe('a hospital department before the post of one who works in it: the hospital', () => {
  for (const [text, cut, want] of [
    ['宫某（莒县人民医院消毒供应中心主管护师）', '莒县人民医院消毒供应中心', '莒县人民医院'],
    ['冷某　女，汉族，余庆县人民医院药剂科主管药师', '余庆县人民医院药剂科', '余庆县人民医院'],
    ['兴海县人民医院外科医生韩某获奖。', '兴海县人民医院外科', '兴海县人民医院'],
  ]) it(text, () => expect(refined(text, cut)).toEqual([want]));
  it('a department standing alone (an honoured collective) stays', () => {
    expect(refined('授予兴海县人民医院急诊科等4个集体称号。', '兴海县人民医院急诊科')).toEqual(['兴海县人民医院急诊科']);
  });
});

describe('a hospital department named alone elsewhere', () => {
  it('the department named elsewhere keeps the post line\'s department too', () => {
    const text = '津南区人民医院急诊科\n马某（女）　津南区人民医院急诊科护士';
    expect(refined(text, '津南区人民医院急诊科')).not.toContain('津南区人民医院');
  });
});
