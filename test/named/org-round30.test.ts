// Organisations, round 30 of issue 18: a clause's word glued before a body (据|镇总工会, 完成|某市总工会,
// 建议|市人民政府) is cut; a body named by its bare town seat is the town the text last named; a body's
// office, written out or by its short form, is one name with the body. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { bodyOrgs, countyCityOf, orgBodies, refineOrgs, townOf } from '../../src/extract/named/org-refine.js';
import type { Entity } from '../../src/types.js';

const r = orgBodies();
const place = { province: null, city: null, county: null };
/** the names refineOrgs keeps from one org the dictionary reader read as `cut` (its last occurrence) */
function refined(text: string, cut: string): string[] {
  const at = text.lastIndexOf(cut);
  const e: Entity = { type: 'org', name: cut, canonical: cut, role: null, text: cut, start: at, end: at + cut.length, rule: 'org.suffix' };
  return refineOrgs([e], text, place, () => false, r).map((x) => x.name);
}

describe('a clause word glued before a body', () => {
  it('cuts a one-character preposition before a bare seat', () => {
    expect(refined('　　据镇总工会介绍，全镇已建驿站3个。', '据镇总工会')).toEqual(['镇总工会']);
    expect(refined('材料经县人社局审核后报送。', '经县人社局')).toEqual(['县人社局']);
    expect(refined('本次竞赛由区总工会主办。', '由区总工会')).toEqual(['区总工会']);
    expect(refined('向乡人民政府报告。', '向乡人民政府')).toEqual(['乡人民政府']);
  });
  it('keeps a place whose name opens with such a character', () => {
    expect(refined('，向阳镇总工会组织职工义诊。', '向阳镇总工会')).toEqual(['向阳镇总工会']);
    expect(refined('，将乐县总工会开展慰问。', '将乐县总工会')).toEqual(['将乐县总工会']);
    expect(refined('，经开区总工会举办培训。', '经开区总工会')).toEqual(['经开区总工会']);
  });
  it('cuts a verb whose object is the body (完成, 建议, 配合)', () => {
    expect(refined('全县完成昭通市总工会下达任务的105%。', '完成昭通市总工会')).toEqual(['昭通市总工会']);
    expect(refined('委员们建议市人民政府加大投入。', '建议市人民政府')).toEqual(['市人民政府']);
    expect(refined('各单位要配合县人社局做好审核。', '配合县人社局')).toEqual(['县人社局']);
  });
  it('reads a full place body after such a verb as a body of its own', () => {
    expect(bodyOrgs('全市完成襄阳市总工会下达的任务。', place, r).map((o) => o.name)).toEqual(['襄阳市总工会']);
    expect(bodyOrgs('请各地协助绵阳市人社局核实。', place, r).map((o) => o.name)).toEqual(['绵阳市人社局']);
    // a character before the place that is no clause word: not read from inside a word
    expect(bodyOrgs('城市总工会', place, r)).toEqual([]);
  });
});

describe('a body named by its bare town seat', () => {
  it('is the town the text last named at a boundary', () => {
    const t = '　　9月12日，李堡镇“职工驿站”揭牌。\n　　据镇总工会介绍，全镇已有会员395人。';
    expect(townOf('镇总工会', t, t.indexOf('镇总工会'))).toBe('李堡镇总工会');
    const u = '松林乡召开职工代表大会。会上，乡党委书记讲话，乡总工会作报告。';
    expect(townOf('乡总工会', u, u.lastIndexOf('乡总工会'))).toBe('松林乡总工会');
    const v = '海安市曲塘镇、李堡镇联合举办竞赛，镇人民政府提供场地。';
    expect(townOf('镇人民政府', v, v.indexOf('镇人民政府'))).toBe('李堡镇人民政府');
  });
  it('stays as written when no town is named, or only towns in general', () => {
    const t = '全镇各村、各乡镇工会要积极参与。镇总工会将予以指导。';
    expect(townOf('镇总工会', t, t.indexOf('镇总工会'))).toBe('镇总工会');
    expect(townOf('县总工会', t, 0)).toBe('县总工会');
  });
});

describe('the 市 of a county-level city\'s document', () => {
  it('is the county-level city that issues it, named first and most', () => {
    const t = '岑溪市人民政府文件\n岑溪市人民政府关于表彰的决定\n市人民政府决定，对岑溪市12名职工予以表彰。\n抄送：梧州市人社局。';
    expect(countyCityOf(t, { province: '广西壮族自治区', city: '梧州市', county: null })).toBe('岑溪市');
    const u = '马尔康市总工会关于认定工作室的通知\n经马尔康市总工会研究，在市政府网站公示。马尔康市各单位：阿坝藏族羌族自治州…';
    expect(countyCityOf(u, { province: '四川省', city: '阿坝藏族羌族自治州', county: null })).toBe('马尔康市');
  });
  it('is the prefecture when the prefecture issues it, though it writes of a county-level city more', () => {
    const t = '韶关市人社局办公室　2025年10月20日\n乐昌市新认定技能大师工作室3个。乐昌市共有技能人才2万人，乐昌市人社局牵头。';
    expect(countyCityOf(t, { province: '广东省', city: '韶关市', county: null })).toBeNull();
  });
});
