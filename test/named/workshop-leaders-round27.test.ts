// Round 27 of issue 18: layouts of unseen annexes and reports. A leader's field under its item marked by a dash or a
// bullet (——领衔人：某某); a list line that parts the unit from the workshop by blanks only; a leader the sentence
// states after the name (，由“某某工匠”某某领衔) or the next one of the workshop (该工作室由…某某领衔), which
// carries a motto's craft longer than six. Sentences written for these tests (other provinces, other crafts).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const run = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).map((w) => [w.name, w.leader]);

describe('an annex item: unit, blanks, workshop; the leader on a marked line under it', () => {
  it('a dash before the label, a motto and a craft', () => {
    const t = '2．某某县石材有限公司　“玉雕春秋”石材浮雕创新工作室\n　　——领衔人：詹国栋（省技术能手，高级技师）\n3．某某盐业有限公司　海盐晒制工艺创新工作室\n　　——领衔人：邬春生（市劳动模范）';
    expect(run(t)).toEqual([['“玉雕春秋”石材浮雕创新工作室', '詹国栋'], ['海盐晒制工艺创新工作室', '邬春生']]);
  });
  it('a bullet before the label, ASCII blanks, a unit that ends in 室', () => {
    const t = '1. 某某供水公司调度室  管网漏损监测技能大师工作室\n   ● 带头人：柴明辉（省技术能手）';
    expect(run(t)).toEqual([['管网漏损监测技能大师工作室', '柴明辉']]);
  });
  it('a long craft with the leader in brackets on its own line', () => {
    const t = '一、某某机械有限公司　数控车床多轴联动加工创新工作室（某某机械有限公司，领衔人：汪海涛，省技术能手）';
    expect(run(t)).toEqual([['数控车床多轴联动加工创新工作室', '汪海涛']]);
  });
  it('a dash line that labels no leader gives none, and a gap in running text opens no name', () => {
    expect(run('4．某某纺织有限公司　丝绸印染创新工作室\n　　——备注：暂缓命名')).toEqual([]);
    expect(run('会上 丝绸印染创新工作室开展活动。')).toEqual([]);
    expect(run('3．某某纺织有限公司　丝绸印染创新工作室建设\n　　——负责人：蔡丽芬')).toEqual([]);
  });
});

describe('a leader the text states after the name', () => {
  it('，由“某某工匠”某某领衔 after a motto and a craft of six', () => {
    const t = '（三）今年新认定的“稻香”水稻育秧技术创新工作室，由“三湘工匠”彭文俊领衔，已推广育秧技术。';
    expect(run(t)).toEqual([['“稻香”水稻育秧技术创新工作室', '彭文俊']]);
  });
  it('该工作室由<unit><title>某某领衔 in the next sentence, past the count of those named with it', () => {
    const t = '会上，“果乡”柑橘嫁接技术职工创新工作室等4个工作室被授牌。该工作室由县农技中心高级农艺师蓝秋月领衔，带动果农增收。';
    expect(run(t)).toEqual([['“果乡”柑橘嫁接技术职工创新工作室', '蓝秋月']]);
  });
  it('牵头, a title before the name', () => {
    const t = '新命名的“渔火”海水网箱养殖技术劳模创新工作室，由省劳动模范岑海生牵头，带动渔民120户。';
    expect(run(t)).toEqual([['“渔火”海水网箱养殖技术劳模创新工作室', '岑海生']]);
  });
  it('another workshop named between takes the statement from the first', () => {
    const t = '“果乡”柑橘嫁接职工创新工作室今年被命名。另有“山泉”茶园管护职工创新工作室，由技师童春燕领衔。';
    const got = run(t);
    expect(got.find(([n]) => n === '“果乡”柑橘嫁接职工创新工作室')?.[1] ?? null).toBeNull();
  });
});

describe('a workshop set up on a person (依托某某建立的)', () => {
  it('the person right after 依托 leads it, titles before the person allowed', () => {
    expect(run('市总工会为依托覃丽华建立的“银针”苗族刺绣工匠工作室授牌。')).toEqual([['“银针”苗族刺绣工匠工作室', '覃丽华']]);
    expect(run('依托省技术能手卜建新设立的“钢花”电炉炼钢创新工作室今年成立。')).toEqual([['“钢花”电炉炼钢创新工作室', '卜建新']]);
    expect(run('县里依靠阎秀娟创建的“巧织”草编技能大师工作室带徒30人。')).toEqual([['“巧织”草编技能大师工作室', '阎秀娟']]);
  });
  it('a unit after 依托 leads nothing', () => {
    expect(run('另有依托蔬菜冷链企业建设的“鲜达”冷链物流职工创新工作室。').map(([, l]) => l)).toEqual([null]);
    expect(run('依托某某县人民医院建立的“暖心”护理创新工作室今年成立。').map(([, l]) => l)).toEqual([null]);
  });
});
