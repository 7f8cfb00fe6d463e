// Round 45 of issue 18 (honours): a naming that counts its units right after the verb (认定4个工作室为某市技能大师
// 工作室，分别是：) or closes the units it names with 共 (A和B共2个工作室为H) confers the title on that count, and
// the applicants having applied (提出申请) is a stage of the procedure gone through, no plan. Text written for these tests.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const all = (text: string) => confermentHonours(foldToSimplified(text), null, r, null);
const nameAs = (text: string) => all(text).filter((h) => h.rule === 'conferment.name-as').map((h) => [h.name, h.count]);

describe('a naming that counts its units without 等', () => {
  it('reads the count right after the verb', () => {
    const text = '区人社局经专家评审，认定4个工作室为临江区技能大师工作室，分别是：甲技能大师工作室、乙技能大师工作室。';
    expect(nameAs(text)).toEqual([['临江区技能大师工作室', 4]]);
    const h = all(text).find((x) => x.rule === 'conferment.name-as')!;
    expect(text.slice(h.start, h.end)).toBe('认定4个工作室为临江区技能大师工作室');
  });
  it('reads the count that closes the units named with 共', () => {
    expect(nameAs('市人社局认定“巧手”剪纸技能大师工作室和某某公司焊接技能大师工作室共2个工作室为东川市技能大师工作室。'))
      .toEqual([['东川市技能大师工作室', 2]]);
  });
  it('does not read a total (总共) or a count with no title after 为', () => {
    expect(nameAs('认定工作室总共3个为宜。')).toEqual([]);
    expect(nameAs('确定5个工作室为重点联系对象。')).toEqual([]);
  });
});

describe('applicants who applied', () => {
  it('is a stage of the procedure, the naming after it a record', () => {
    expect(nameAs('本批共有7个工作室提出申请，经现场核查和公示，认定某某刺绣技能大师工作室等4个工作室为第三批白沙县技能大师工作室。'))
      .toEqual([['白沙县技能大师工作室', 4]]);
  });
  it('a proposal (提出) still marks a plan', () => {
    expect(nameAs('方案提出，命名某某班组等5个班组为“东川市工人先锋号”。')).toEqual([]);
  });
});

describe('a unit found to be of a title (被确定为)', () => {
  it('reads the title after 被确定为 with no agent, one holder', () => {
    const hs = all('今年5月，某某面点技能大师工作室被确定为郴州市技能大师工作室，现有成员8人。').filter((h) => h.rule === 'conferment.conferred');
    expect(hs.map((h) => [h.name, h.count])).toEqual([['郴州市技能大师工作室', null]]);
  });
  it('reads no title where 被确定为 names a role', () => {
    expect(all('该村被确定为重点帮扶对象。').filter((h) => h.rule === 'conferment.conferred')).toEqual([]);
  });
});
