// Issue 18: a 公示 of proposed workshops (关于…拟命名名单的公示) names none of them yet: their level is null, as
// candidates' honours are none; a notice that names them gives the level.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { homeLevels } from '../../src/extract/named/level.js';

const pr = peopleRules();
const wn = workshopNames();
const levels = (t: string, title: string) =>
  namedWorkshops(t, title, [], cuePeople(t, pr), pr, wn, homeLevels(['宁安市总工会'], title)).map((w) => [w.name, w.level]);

describe('proposed workshops (拟命名)', () => {
  const body = '一、市级劳模创新工作室（2个）\n1．“林海”森林防火劳模创新工作室（领衔人：曲振华）\n2．付春燕中药炮制劳模创新工作室';
  it('have no level under a 公示 title, in either script', () => {
    expect(levels(body, '关于2025年度宁安市劳模创新工作室拟命名名单的公示').map((x) => x[1])).toEqual([null, null]);
    expect(levels(body, '關於宁安市勞模創新工作室擬認定名單的公示').map((x) => x[1])).toEqual([null, null]);
  });
  it('but the level the list gives once they are named', () => {
    expect(levels(body, '关于命名2025年度宁安市劳模创新工作室的通知').map((x) => x[1])).toEqual(['county', 'county']);
  });
});

describe('a counted conferment a report tells of (reportedConferment)', () => {
  const lv = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, homeLevels(['宁安市人力资源和社会保障局'], null)).map((w) => [w.name, w.level]);
  it('gives its level to the workshops its own sentence names before it', () => {
    expect(lv('市人社局为“松风”林木抚育技能大师工作室和曲振华汽车维修技能大师工作室授牌，两个工作室均被认定为宁安市技能大师工作室。'))
      .toEqual([['“松风”林木抚育技能大师工作室', 'county'], ['曲振华汽车维修技能大师工作室', 'county']]);
  });
  it('and to those a later sentence lists as the same count', () => {
    const t = '当天，3个宁安市技能大师工作室揭牌。\n揭牌的3个技能大师工作室，还有：宁安某某米业有限公司的稻米烘干技能大师工作室，带头人为付春燕。';
    expect(lv(t)).toContainEqual(['稻米烘干技能大师工作室', 'county']);
  });
  it('but not to a workshop the report merely goes on to tell of, nor after a stock', () => {
    expect(lv('今年新命名宁安市级技能大师工作室4个。由高级技师付春燕领衔的“稻香”烘干技能大师工作室，带徒30余名。').map((x) => x[1])).toEqual([null]);
    expect(lv('目前全市已有5个宁安市技能大师工作室挂牌运行。\n挂牌的5个技能大师工作室，还有：“稻香”烘干技能大师工作室。').map((x) => x[1])).toEqual([null]);
  });
});
