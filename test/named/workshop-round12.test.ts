// Round 12 of issue 18: named workshops whose entry is a block of labelled lines, and their leaders.
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const run = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).map((w) => [w.name, w.leader]);

describe('an annex entry written as a block of labelled lines', () => {
  it('reads the leader from any labelled line of the entry, letter-spaced or not', () => {
    const t = '1．某某港务有限公司\n工作室名称：“海鸥”创新工作室\n依托单位：某某港务有限公司装卸队\n领　衔　人：钱立群（省劳动模范）\n2．“山泉”服务创新工作室\n依托单位：某某水务公司\n领衔人：龚晓燕';
    expect(run(t)).toEqual([['“海鸥”创新工作室', '钱立群'], ['“山泉”服务创新工作室', '龚晓燕']]);
  });
  it('stops at the next entry: a leader labelled under another workshop is not this one’s', () => {
    const t = '5．钢材检测技艺创新工作室\n依托单位：某某钢铁公司\n6．“蓝焰”创新工作室\n领衔人：欧海涛';
    expect(run(t)).toEqual([['“蓝焰”创新工作室', '欧海涛']]);
  });
  it('reads the traditional script the same way once folded', () => {
    const t = foldToSimplified('3．“銀梭”紡織創新工作室\n依托單位：某某紡織有限公司\n領 銜 人：蘇秀芬');
    expect(run(t)).toEqual([['“银梭”纺织创新工作室', '苏秀芬']]);
  });
});

describe('a leader and a craft as an item of an enumeration of workshops', () => {
  it('takes the name the item’s words begin with, not a longer one', () => {
    const t = '分别为“茶香”茶叶加工技能大师工作室和杜鹃家政服务技能大师工作室。';
    expect(run(t)).toContainEqual(['杜鹃家政服务技能大师工作室', '杜鹃']);
  });
  it('reads the traditional script once folded', () => {
    const t = foldToSimplified('認定“丹霞”陶藝技能大師工作室、龐立新數控機床裝調技能大師工作室等5個工作室。');
    expect(run(t)).toContainEqual(['庞立新数控机床装调技能大师工作室', '庞立新']);
  });
  it('takes no word of the dictionary for a leader', () => {
    const t = '命名金牌班组创新工作室、“蓝天”创新工作室等2个工作室。';
    expect(run(t).map((x) => x[1])).toEqual([null]);
  });
  it('gives the items the level of the count that enumerates them, or of the title they were given', () => {
    const lv = (t: string) => namedWorkshops(t, null, [], [], pr, wn).map((x) => [x.name, x.level]);
    expect(lv('新认定县级技能大师工作室2个，分别为谭春燕竹编技能大师工作室和“茶香”茶叶加工技能大师工作室。')).toEqual([
      ['谭春燕竹编技能大师工作室', 'county'], ['“茶香”茶叶加工技能大师工作室', 'county']]);
    expect(lv('“草原”驼绒加工创新工作室、乌力吉巴图羊绒分梳技术创新工作室被确定为市级劳模和工匠人才创新工作室。').map((x) => x[1])).toEqual(['municipal', 'municipal']);
  });
});

describe('a leader stated around a motto-named workshop', () => {
  it('leaves 他领衔的 leaderless where no person was named before it', () => {
    expect(run('他领衔的“蓝天”创新工作室今年成立。')).toEqual([['“蓝天”创新工作室', null]]);
  });
  it('takes no clause between 领衔的 and the motto for a unit', () => {
    expect(run('由省劳动模范邵德福领衔的项目已完成，今年“黑土地”农机维修技能大师工作室成立。').map((x) => x[1])).toEqual([null]);
  });
});

describe('people of round 12 in the traditional script, once folded', () => {
  const names = (t: string) => cuePeople(foldToSimplified(t), pr).map((p) => [p.name, p.role]);
  it('reads a family’s head, a list line with the person’s people, a padded name among a cue’s names', () => {
    expect(names('張玉蘭家庭（通川區）　　李國強家庭（達川區）')).toEqual([['张玉兰', null], ['李国强', null]]);
    expect(names('樸哲浩（朝鮮族）　某某縣香蘭鎮中心小學教師')).toEqual([['朴哲浩', '某某县香兰镇中心小学教师']]);
    expect(names('本刊訊（通訊員 齊曉東 張 寧）')).toEqual([['齐晓东', '通讯员'], ['张宁', '通讯员']]);
  });
});
