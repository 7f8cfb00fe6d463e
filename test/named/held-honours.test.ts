// Issue 18: a record names its person first and an honour the person holds as a field after the name, whatever the
// delimiter (a comma in a bracket or after a label, a cell of a space-parted table row). Sentences written for these
// tests, other provinces, both scripts.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const got = (text: string) => confermentHonours(foldToSimplified(text), null, r).map((h) => [h.name, h.count, h.recipients]);

describe('an honour written as a field of a person’s record', () => {
  it('reads the field after a comma, in a bracket or after a leader’s label, either script', () => {
    expect(got('3．“稻香”育种劳模创新工作室——某某种业有限公司（闫立春，三秦工匠）')).toEqual([['三秦工匠', null, ['闫立春']]]);
    expect(got('　　領銜人：溫德興，八閩工匠；')).toEqual([['八闽工匠', null, ['温德兴']]]);
  });
  it('reads a cell of a space-parted table row whose first cells name the person', () => {
    const table = '序号 姓名 性别 职称 主要荣誉 所在工作室\n2 骆振东 男 高级技师 齐鲁工匠 骆振东数控创新工作室';
    expect(got(table)).toContainEqual(['齐鲁工匠', null, ['骆振东']]);
  });
  it('leaves a field after a unit, or a field that is no honour, alone', () => {
    expect(got('（某某机械有限公司，湖南工匠）')).toEqual([]);
    expect(got('领衔人：杜春明，高级技师；')).toEqual([]);
    expect(got('序号 单位 人数 备注\n1 某某公司 12 先进集体')).toEqual([]);
  });
});
