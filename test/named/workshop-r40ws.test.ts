// A town before a craft opens the workshop's name after a verb of conferment, and a two-character common noun that
// ends with a place's or a unit's suffix (电站, 农村, 山区) is part of the craft after a lead clause, no host unit.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { homeLevels } from '../../src/extract/named/level.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { extractWorkshops } from '../../src/extract/workshops.js';
import { buildDoc } from '../../src/extract/doc.js';
import { textContext } from '../../src/extract/named/doc.js';

const pr = peopleRules();
const wn = workshopNames();
const found = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, homeLevels([], null)).map((w) => [w.name, w.leader]);

describe('towns and common nouns before a craft', () => {
  it('keeps a town the gazetteer lacks in a name opening a count of workshops, with no leader', () => {
    const t = '经研究，决定命名石门坎镇竹编技艺职工创新工作室等8个工作室为第三批“某县职工创新工作室”。\n';
    expect(found(t)).toContainEqual(['石门坎镇竹编技艺职工创新工作室', null]);
  });
  it('keeps a compound noun ending with 站 or 村 in the craft a lead clause names', () => {
    const t = '其中，由电工周建军领衔的水力电站检修劳模创新工作室，今年完成技术革新9项；技术员何春梅牵头的农村供水管护创新工作室，服务群众3万余人。\n';
    const ws = found(t);
    expect(ws).toContainEqual(['水力电站检修劳模创新工作室', '周建军']);
    expect(ws).toContainEqual(['农村供水管护创新工作室', '何春梅']);
  });
  it('still leaves out the host unit a lead clause writes before the craft', () => {
    const t = '由高级技师孙立平领衔的某某机械有限公司数控加工技能大师工作室，累计带徒40名。\n';
    expect(found(t).map((w) => w[0])).not.toContain('某某机械有限公司数控加工技能大师工作室');
  });
});

describe('a place’s title set before a quoted name by a dash', () => {
  it('gives the workshop that place’s level', () => {
    const t = '比赛的木雕项目由黔南州技能大师工作室——“木雕技艺技能大师工作室”（带头人：吴世明）负责技术指导。\n';
    const ws = namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, homeLevels([], null)).filter((w) => w.name);
    expect(ws.map((w) => [w.name, w.level])).toContainEqual(['木雕技艺技能大师工作室', 'municipal']);
  });
});

describe('the type alone in quotes', () => {
  it('is the class a notice confers, no workshop of that name', () => {
    const t = '某县总工会关于命名第二批某县“劳模工匠创新工作室”的决定\n经研究，决定命名数控加工劳模工匠创新工作室等8个工作室为第二批某县“劳模工匠创新工作室”。\n';
    const ws = extractWorkshops(buildDoc(textContext(t)));
    expect(ws.filter((w) => w.name === '劳模工匠创新工作室')).toEqual([]);
  });
});
