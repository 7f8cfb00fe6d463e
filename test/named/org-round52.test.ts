// Organisations, round 52: a kind of body counted right after its name (新建…工会联合会3家，) or named for
// every town (各镇（街道）…服务站) is a class, not a body; a unit numbered inside its body's name (某公司|2|号线…,
// 某医院|120|急救中心) is one name with the body. Invented places and names.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

function orgs(text: string): string[] {
  const ctx = textContext(foldToSimplified(text));
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));
}

describe('a kind of body counted after its name is a class', () => {
  it('新建…基地3个，: how many, not which (新建 is no place here)', () => {
    const found = orgs('市总工会还将投入资金100万元，新建职工技能实训基地3个，开展岗位练兵。\n');
    expect(found.some((n) => n.endsWith('实训基地'))).toBe(false);
    expect(found).toContain('市总工会');
  });
  it('a range of counts (2至4个) closes the clause too', () => {
    const found = orgs('推动每个开发区建成产业工人服务中心2至4个。\n');
    expect(found.some((n) => n.endsWith('服务中心'))).toBe(false);
  });
  it('a kind named for every town (各镇（街道）) is a class', () => {
    const found = orgs('咨询可拨打各乡（街道）人力社保服务站电话。\n');
    expect(found.some((n) => n.endsWith('服务站'))).toBe(false);
  });
  it('a placed body before a count of its kind stays a body', () => {
    expect(orgs('东川县长丰农机有限公司等3家单位获评先进。\n')).toContain('东川县长丰农机有限公司');
  });
  it('a count of another noun after a list (…有限公司3家企业) leaves the body', () => {
    expect(orgs('授予平安县宏达纺织有限公司、平安县兴旺食品有限公司2家企业“模范职工之家”称号。\n')).toContain('平安县兴旺食品有限公司');
  });
});

describe('a unit numbered inside its body’s name', () => {
  it('某公司运营分公司|3|号线乘务中心 is one name', () => {
    const found = orgs('近日，南江城市轨道交通有限公司运营分公司3号线乘务中心获评“工人先锋号”。\n');
    expect(found).toContain('南江城市轨道交通有限公司运营分公司3号线乘务中心');
    expect(found).not.toContain('号线乘务中心');
  });
  it('某医院|120|急救中心 is one name', () => {
    const found = orgs('授予平安县人民医院120急救中心等5个班组“平安县工人先锋号”。\n');
    expect(found).toContain('平安县人民医院120急救中心');
    expect(found).not.toContain('急救中心');
  });
  it('a year after a body is no unit number', () => {
    const found = orgs('平安县总工会2025年工作要点已经印发。\n');
    expect(found).toContain('平安县总工会');
  });
});
