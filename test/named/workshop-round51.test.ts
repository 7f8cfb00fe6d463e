// Round 51 of issue 18: a county's or a town's name written right before a named workshop is part of its name (某某县|
// 杂粮加工劳模创新工作室), whether the name follows a lead clause's 的, a naming verb, a colon or a list number; a
// prefecture's or a province's name there stays out (it is the level of a title, not one workshop's name). Sentences
// written for these tests (invented names, trades and figures).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
/** the named workshops of `t` as [name, leader], read in a county's document */
const named = (t: string) =>
  namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, { city: 'county', issuer: null }).filter((w) => w.name).map((w) => [w.name, w.leader]);

describe("a county's or a town's name before a named workshop is part of its name", () => {
  it('after a naming verb', () => {
    expect(named('经评审，决定命名崇义县南酸枣糕加工劳模创新工作室等5个工作室为第二批“某县劳模创新工作室”。'))
      .toEqual([['崇义县南酸枣糕加工劳模创新工作室', null]]);
  });
  it("after a lead clause's 的", () => {
    expect(named('由省劳动模范王某某领衔的泾川县苹果嫁接劳模创新工作室，年度考核得分95分。'))
      .toEqual([['泾川县苹果嫁接劳模创新工作室', '王某某']]);
  });
  it('after a colon, the leader in the next clause', () => {
    expect(named('评估为优秀的工作室是：平和县蜜柚种植技能大师工作室，领衔人张某某，年度经费3万元。'))
      .toEqual([['平和县蜜柚种植技能大师工作室', '张某某']]);
  });
  it('as a numbered item with its leader on the next line', () => {
    expect(named('1．浦城县竹席编织职工创新工作室\n依托单位：某县竹业有限公司 领衔人：刘某某'))
      .toEqual([['浦城县竹席编织职工创新工作室', '刘某某']]);
  });
  it("a town's name the gazetteer may lack, after 的", () => {
    expect(named('复核优秀的濯田镇槟榔芋加工职工创新工作室（领衔人陈某某）安排经费2万元。'))
      .toEqual([['濯田镇槟榔芋加工职工创新工作室', '陈某某']]);
  });
});

describe("a prefecture's name before the craft stays out", () => {
  it('after a lead clause', () => {
    expect(named('由技师张某某领衔的鹰潭市百香果种植技能大师工作室开班。')).toEqual([['百香果种植技能大师工作室', '张某某']]);
  });
});

/** the named workshops of `t` as [name, level], read in a county's document */
const levels = (t: string) =>
  namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, { city: 'county', issuer: null }).filter((w) => w.name).map((w) => [w.name, w.level]);

describe('a workshop a review grades is of the class the review covers', () => {
  const review = '近日，县总工会对全县已命名的9个县级职工创新工作室开展了年度评估。评估结果为优秀2个、合格6个、不合格1个。\n';
  it('graded in a later paragraph, listed with its leader', () => {
    expect(levels(`${review}评为优秀的2个工作室分别是：由技师赵某某领衔的蜜柚分拣职工创新工作室，得分95分；高级技师钱某某领衔的槟榔芋育苗职工创新工作室，得分92分。`))
      .toEqual([['蜜柚分拣职工创新工作室', 'county'], ['槟榔芋育苗职工创新工作室', 'county']]);
  });
  it('failed in its own clause', () => {
    expect(levels(`${review}竹席编织职工创新工作室因全年未开展活动，评估不合格，限期整改。`)).toEqual([['竹席编织职工创新工作室', 'county']]);
  });
  it('not without a grade in its sentence', () => {
    expect(levels(`${review}由技师赵某某领衔的蜜柚分拣职工创新工作室今年带徒12名。`)).toEqual([['蜜柚分拣职工创新工作室', null]]);
  });
});
