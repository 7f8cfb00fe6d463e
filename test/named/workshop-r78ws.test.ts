// Round 78: leaders of workshops in a county's naming notice written with Tibetan names: a name of two usual parts after
// a post (服务队队长扎西曲培, not 曲培), and a joint lead whose count stands before the names (由某厂的两位老匠人甲和乙共同
// 领衔), the first-named taken whole where the annex names that person. Lines written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { leaderStated, namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const run = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).map((w) => [w.name, w.leader]);
const person = (name: string) => ({ type: 'person' as const, name, canonical: name, role: null, text: name, start: 0, end: name.length, rule: 'test' });

describe('a leader of two Tibetan parts after a post', () => {
  it('is read whole', () => {
    const t = '决定命名甲创新工作室等3个工作室为“某县技能人才创新工作室”。\n农机维修技能创新工作室由农机服务队队长扎西曲培领衔，队员12人。';
    expect(run(t)).toContainEqual(['农机维修技能创新工作室', '扎西曲培']);
  });
  it('a Han name after a post stays as it was', () => {
    const t = '决定命名甲创新工作室等3个工作室为“某县职工创新工作室”。\n农机维修技能创新工作室由农机服务队队长王建国领衔，队员12人。';
    expect(run(t)).toContainEqual(['农机维修技能创新工作室', '王建国']);
  });
});

describe('a joint lead with the count before the names', () => {
  const t = '卡垫织造技艺创新工作室由卡垫厂的两位老匠人拉巴扎堆和平措卓玛共同领衔。工作室把纹样整理成图册。';
  const e = '卡垫织造技艺创新工作室'.length;
  it('gives the first-named, whole as the document names that person', () => {
    expect(leaderStated(t, e, pr, wn, [person('拉巴扎堆')])?.name).toBe('拉巴扎堆');
  });
  it('the count after the names still carries their shared title', () => {
    const u = '数控加工创新工作室由张立新、李卫东两名省劳动模范共同领衔。';
    expect(leaderStated(u, '数控加工创新工作室'.length, pr, wn, [])?.name).toBe('张立新');
  });
  it('a mention read with no leader takes the annex line\'s, stated in its own sentence', () => {
    const doc = `决定命名卡垫织造技艺创新工作室等2个工作室为“某县技能人才创新工作室”。\n${t}\n\n附件\n\n卡垫织造技艺创新工作室——某县雪域卡垫厂——拉巴扎堆、平措卓玛\n电网运维创新工作室——某县供电公司——饶建华\n`;
    expect(run(doc).filter(([n]) => n === '卡垫织造技艺创新工作室').map(([, l]) => l)).toEqual([null, '拉巴扎堆', '拉巴扎堆']);
  });
});
