// Issue 18: the items of a running list of workshops (具体为：A工作室，依托某公司建设，带头人为某某；B…), opened by a
// list opener's colon or by ；/。 between items, and the level a report's earlier sentence does or does not give a
// workshop it goes on to tell of. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { leaderPeople, namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const found = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn);
const run = (t: string) => found(t).map((w) => [w.name, w.leader]);

describe('an item of a running list opens a craft-named workshop', () => {
  it('after 具体为： and after ；, 带头人为', () => {
    const t = '我县申报的3个工作室全部通过认定。具体为：变压器检修技能大师工作室，依托某某电力有限公司建设，带头人为巫立新；茶园管护技能大师工作室，依托某某茶业专业合作社建设，带头人为房德明。';
    expect(run(t)).toEqual([['变压器检修技能大师工作室', '巫立新'], ['茶园管护技能大师工作室', '房德明']]);
    expect(leaderPeople(found(t), t, wn).map((p) => p.name)).toEqual(['巫立新', '房德明']);
  });
  it('a common noun of a unit\'s ending at the item\'s opening is part of the craft (水厂, 电厂), 领衔人是', () => {
    const t = '名单如下：盾构掘进技能大师工作室，依托某某隧道工程有限公司建设，领衔人是苟建业；电厂集控运行技能大师工作室，依托某某发电有限公司建设，领衔人是阚立群。';
    expect(run(t)).toEqual([['盾构掘进技能大师工作室', '苟建业'], ['电厂集控运行技能大师工作室', '阚立群']]);
    const u = '分别是：净水工艺技能大师工作室，负责人：缪春华；水厂自动化运维技能大师工作室，负责人：宓建国。';
    expect(run(u)).toEqual([['净水工艺技能大师工作室', '缪春华'], ['水厂自动化运维技能大师工作室', '宓建国']]);
  });
  it('after 包括： with 领衔人为, and after 。 between two items that give their leaders', () => {
    const t = '今年认定的工作室包括：数控加工技能大师工作室，领衔人为邰建军；中药炮制技能大师工作室，领衔人为缪丽娟。';
    expect(run(t)).toEqual([['数控加工技能大师工作室', '邰建军'], ['中药炮制技能大师工作室', '缪丽娟']]);
    const u = '具体为：变压器检修技能大师工作室，依托某某电力有限公司建设，带头人为巫立新。茶园管护技能大师工作室，依托某某茶业专业合作社建设，带头人为房德明。';
    expect(run(u)).toEqual([['变压器检修技能大师工作室', '巫立新'], ['茶园管护技能大师工作室', '房德明']]);
  });
  it('an enumeration with no record gives no craft-named items', () => {
    expect(run('全市新认定焊接技能大师工作室、钳工技能大师工作室、电工技能大师工作室。')).toEqual([]);
  });
  it('a unit in the item still opens the name after it', () => {
    const t = '具体为：某某钢铁有限公司轧钢技能大师工作室，带头人为车立明；某某县人民医院护理技能大师工作室，带头人为詹秀芝。';
    expect(run(t)).toEqual([['轧钢技能大师工作室', '车立明'], ['护理技能大师工作室', '詹秀芝']]);
  });
  it('a numbered entry with its unit in brackets and a labelled leader still reads', () => {
    const t = '1．磷化工艺技能大师工作室（某某化工有限公司），带头人：乔立华\n2．“古韵”木雕技能大师工作室（某某木艺有限公司），带头人：宓春生';
    expect(run(t)).toEqual([['磷化工艺技能大师工作室', '乔立华'], ['“古韵”木雕技能大师工作室', '宓春生']]);
  });
  it('no item where no list opens: a colon of another word, a sentence after a count', () => {
    expect(run('会议要求：焊接技能大师工作室要发挥作用。')).toEqual([]);
    expect(run('今年全县新建技能大师工作室4个。焊接技能大师工作室建设进展顺利。')).toEqual([]);
  });
});

describe('the level an earlier sentence gives', () => {
  const level = (t: string) => found(t).map((w) => w.level);
  it('a published result the entrants passed, then 具体为： lists them', () => {
    const t = '某某市人社局公布2025年度市级技能大师工作室认定结果，我县申报的2个工作室全部通过认定。具体为：变压器检修技能大师工作室，依托某某电力有限公司建设，带头人为巫立新；茶园管护技能大师工作室，依托某某茶业专业合作社建设，带头人为房德明。';
    expect(level(t)).toEqual(['municipal', 'municipal']);
  });
  it('a workshop the next sentence tells of, not said to be one of those conferred, has no level from it', () => {
    const t = '今年新认定县级技能大师工作室3个，每个给予补助2万元。依托某某光学有限公司建设的“晶亮”光学研磨技能大师工作室，带头人钱立群是“某某工匠”。';
    expect(level(t)).toEqual([null]);
    const u = '今年新命名区级劳模创新工作室4个。由省劳动模范卓建平领衔的“卓越”电焊创新工作室，两年来完成攻关9项。';
    expect(level(u)).toEqual([null]);
  });
  it('…but one its sentence refers back to those conferred is one of them', () => {
    const t = '今年新认定县级技能大师工作室3个。其中，“晶亮”光学研磨技能大师工作室由某某光学有限公司建设，带头人钱立群。';
    expect(level(t)).toEqual(['county']);
  });
});
