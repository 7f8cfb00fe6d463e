// Round 15 mechanisms of the conferment grammar (issue 18, recall of honours), each tested on sentences
// written for it in other provinces and both scripts (and what each must leave alone).
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const got = (text: string, province: string) =>
  confermentHonours(foldToSimplified(text), province, r).map((h) => [h.rule, h.name, h.count]);

describe('a title of stated level named, its count after it (新命名县级…工作室N个)', () => {
  it('reads the title and its count, in either script', () => {
    expect(got('今年新命名县级劳模创新工作室6个。', '江西省')).toContainEqual(['conferment.named-counted', '县级劳模创新工作室', 6]);
    expect(got('上半年新認定區級技能大師工作室4個，全區各級工作室達到19個。', '福建省')).toContainEqual(['conferment.named-counted', '区级技能大师工作室', 4]);
  });
  it('takes no bare type, no stock named so far, nothing built or planned', () => {
    expect(got('今年新命名勞模創新工作室5個。', '福建省')).toEqual([]);
    expect(got('全市已命名市级劳模创新工作室108个。', '江苏省')).toEqual([]);
    expect(got('全县新建县级劳模创新工作室5个。', '湖南省')).toEqual([]);
    expect(got('计划新命名县级劳模创新工作室5个。', '湖南省')).toEqual([]);
  });
});

describe('holders counted after a clause, totals reached, lists published', () => {
  it('reads 获得“H”称号的，共有N名 and “H”已达N人 in either script', () => {
    expect(got('獲得「梅州市優秀工會工作者」稱號的，共有21名同志。', '广东省')).toContainEqual(['conferment.holders', '梅州市优秀工会工作者', 21]);
    expect(got('截至目前，全市“龙江工匠”已达38人。', '黑龙江省')).toContainEqual(['conferment.total', '龙江工匠', 38]);
    expect(got('全市「職工書屋」已達120家。', '广东省')).toEqual([]);
  });
  it('reads the units enumerated before their count on a published list', () => {
    expect(got('省人社廳公佈2025年雲南省技能大師工作室名單，我州某某公司李某技能大師工作室、某某醫院「仁心」護理技能大師工作室等2個工作室入選。', '云南省'))
      .toContainEqual(['conferment.listed', '云南省技能大师工作室', 2]);
  });
  it('reads 获得称号的N人里 as the nearest conferment with that count', () => {
    const t = '32名职工获评县级技术能手\n县人社局授予某某等32名职工“宁乡县技术能手”称号。获得称号的32人里，女性9人。';
    expect(got(t, '湖南省')).toContainEqual(['conferment.anaphora', '宁乡县技术能手', 32]);
  });
});
