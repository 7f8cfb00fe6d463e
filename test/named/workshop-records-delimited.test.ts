// Issue 18: a register of workshops written as delimited rows (1．某工作室／某公司／某某): the same table as a
// Markdown one, its columns named by a legend (按工作室名称／依托单位／带头人排列), a head line or, with neither, by
// the cells' shape (a workshop, a unit, a bare name). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { leaderPeople, namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { columnLeader, delimitedCells, rowCells } from '../../src/extract/named/records.js';

const pr = peopleRules();
const wn = workshopNames();
const found = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn);
const run = (t: string) => found(t).map((w) => [w.name, w.leader]);
const leaders = (t: string) => leaderPeople(found(t), t, wn).map((p) => [p.name, p.role]);

describe('a delimited row is a table row', () => {
  it('full-width or ASCII slash and tab part the cells, the row number off the first', () => {
    const t = '2．锻压技能大师工作室／某某重工有限公司／邝立群';
    expect(rowCells(t, 0, t.length)?.map((c) => c.text)).toEqual(['锻压技能大师工作室', '某某重工有限公司', '邝立群']);
    const u = '3. 烘焙工艺技能大师工作室/某某食品有限公司/韦春兰';
    expect(rowCells(u, 0, u.length)?.map((c) => c.text)).toEqual(['烘焙工艺技能大师工作室', '某某食品有限公司', '韦春兰']);
    const v = '汽修技能大师工作室\t某某技工学校\t管志强';
    expect(rowCells(v, 0, v.length)?.length).toBe(3);
  });
  it('a date, a path or a sentence with slashes is no row', () => {
    expect(rowCells('发布日期：2025/10/28', 0, 16)).toBeNull();
    const t = '全市已建成省级／市级／县级工作室，共计17个。';
    expect(delimitedCells(t, 0, t.length)).toBeNull();
  });
});

describe('the leader a delimited row gives', () => {
  it('under a legend in brackets, headings of parts between', () => {
    const t = '某某县技能大师工作室名录\n（截至2025年6月，按工作室名称／依托单位／带头人排列）\n\n一、省级技能大师工作室（2个）\n1．锅炉检修技能大师工作室／某某热电有限公司／戚文斌\n2．中式烹调技能大师工作室／某某县烹饪协会／欧阳秀兰';
    expect(run(t)).toEqual([['锅炉检修技能大师工作室', '戚文斌'], ['中式烹调技能大师工作室', '欧阳秀兰']]);
    expect(leaders(t)).toEqual([['戚文斌', '带头人'], ['欧阳秀兰', '带头人']]);
  });
  it('under a plain head line with ASCII slashes, 领衔人', () => {
    const t = '工作室名称/依托单位/领衔人\n1. 茶叶精制技能大师工作室/某某茶业专业合作社/龚春燕\n2. 数控车削技能大师工作室/某某机械有限公司/蒋德文';
    expect(run(t)).toEqual([['茶叶精制技能大师工作室', '龚春燕'], ['数控车削技能大师工作室', '蒋德文']]);
    expect(leaders(t)[1]).toEqual(['蒋德文', '领衔人']);
  });
  it('a legend with 、 makes the 、 rows a table, 负责人 its leader', () => {
    const t = '名录如下（工作室名称、所在单位、负责人）：\n1．果树嫁接技能大师工作室、某某镇果业专业合作社、万国平\n2．竹编技能大师工作室、某某竹艺有限公司、聂小燕';
    expect(run(t)).toEqual([['果树嫁接技能大师工作室', '万国平'], ['竹编技能大师工作室', '聂小燕']]);
  });
  it('with no legend: a workshop, a unit and a bare name; the name is the leader', () => {
    const t = '某某市职工创新工作室名单\n1．矿井通风创新工作室／某某煤业有限公司／孟庆余\n2．电力抢修创新工作室／国网某某县供电公司运维班／覃丽华';
    expect(run(t)).toEqual([['矿井通风创新工作室', '孟庆余'], ['电力抢修创新工作室', '覃丽华']]);
    const v = '1．果树嫁接技能大师工作室、某某镇果业专业合作社、万国平\n2．竹编技能大师工作室、某某竹艺有限公司、聂小燕';
    expect(run(v)).toEqual([['果树嫁接技能大师工作室', '万国平'], ['竹编技能大师工作室', '聂小燕']]);
    const u = '1．苗绣技能大师工作室\t某某县民族刺绣合作社\t杨秀珍';
    expect(run(u)).toEqual([['苗绣技能大师工作室', '杨秀珍']]);
  });
  it('an entry that fills its cell is named whole before the delimiter, however long its craft or unlisted its type', () => {
    const t = '（按工作室名称／依托单位／带头人排列）\n3．苗族古歌传唱技艺传承工作室／某某县民族文化有限公司／吴秀英\n4．“银针”中医推拿名师工作室／某某县中医院／覃丽芳';
    expect(run(t)).toEqual([['苗族古歌传唱技艺传承工作室', '吴秀英'], ['“银针”中医推拿名师工作室', '覃丽芳']]);
  });
  it('no leader from a row with no unit among its cells, nor from a head that names no leader', () => {
    const t = '1．焊接技能大师工作室／电焊／高级技师／贺建平';
    expect(columnLeader(t, t.indexOf('／'), wn.rule.recordColumns, pr, wn.rule.unitEnds)).toBeNull();
    const u = '工作室名称／依托单位／工种\n1．焊接技能大师工作室／某某船舶有限公司／电焊工';
    expect(columnLeader(u, u.lastIndexOf('工作室') + 3, wn.rule.recordColumns, pr, wn.rule.unitEnds)).toBeNull();
  });
  it('a heading stating a grade gives its items their level, nearer than the annex title; a heading of a place does not', () => {
    const t = '关于公布某某县技能大师工作室名录的通知\n附件\n某某县技能大师工作室名录\n（按工作室名称／依托单位／带头人排列）\n一、省级技能大师工作室（1个）\n1．锅炉检修技能大师工作室／某某热电有限公司／戚文斌\n二、市级技能大师工作室（1个）\n1．竹编技能大师工作室／某某竹艺有限公司／聂小燕';
    expect(found(t).map((w) => w.level)).toEqual(['provincial', 'municipal']);
  });
});
