// Round 16 of issue 18: one record a workshop mention opens, wherever the writer puts its fields. A list
// item of running text (A工作室，带头人为全国技术能手某某；B…), a Markdown table's leader column, an entry line
// with labelled lines under it, a subject before a motto, and the level the lead-in over a list gives.
// Sentences written for these tests (other provinces), in both scripts.
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { leaderPeople, namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { columnLeader, labelledLeader, recordEnd, rowCells } from '../../src/extract/named/records.js';

const pr = peopleRules();
const wn = workshopNames();
const found = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn);
const run = (t: string) => found(t).map((w) => [w.name, w.leader]);
const levels = (t: string) => found(t).map((w) => [w.name, w.level]);
const LABELS = '领衔人|领办人|负责人|带头人';

describe('the record a workshop mention opens', () => {
  it('a list item ends at ；。 or before a clause naming another workshop', () => {
    const t = '分别是：某某农机有限公司“铁犁”农机维修技能大师工作室，带头人韩志勇；某某医院推拿技能大师工作室。';
    const e = t.indexOf('工作室') + 3;
    expect(t.slice(e, recordEnd(t, e))).toBe('，带头人韩志勇');
    const u = '某某纺织公司A工作室、某某乳业公司B工作室（领衔人：沈梅芳）';
    expect(recordEnd(u, u.indexOf('工作室') + 3)).toBe(u.indexOf('、'));
  });
  it('an entry line takes its labelled lines, not the next entry', () => {
    const t = '3．茶叶加工与品鉴劳模创新工作室\n　　依托单位：某某茶业有限公司\n　　领衔人：沈梅芳\n4．某某工作室';
    const e = t.indexOf('\n');
    expect(recordEnd(t, e)).toBe(t.indexOf('\n4'));
  });
  it('a table row is its cells, a cell label no sentence', () => {
    expect(rowCells('| 2 | 某工作室 | 某公司 | 龚德明 |', 0, 24)?.map((c) => c.text)).toEqual(['2', '某工作室', '某公司', '龚德明']);
    expect(rowCells('某公司 钳工技能大师工作室 带头人：邓国华', 0, 22)?.length).toBe(3);
    expect(rowCells('某某公司 钳工技能大师工作室建设，由 何某 负责。', 0, 25)).toBeNull();
  });
});

describe('the leader a record gives', () => {
  it('a labelled field with 为 and an honour before the name', () => {
    const t = '，带头人为全国技术能手韩志勇；';
    expect(labelledLeader(t, 0, t.length, LABELS, pr)?.name).toBe('韩志勇');
    expect(labelledLeader('，带头人：邢国庆（高级技师）', 0, 14, LABELS, pr)?.name).toBe('邢国庆');
  });
  it('no leader from a label inside a longer word or a label with no name', () => {
    expect(labelledLeader('\n各单位领衔人：待定', 0, 10, LABELS, pr)).toBeNull();
    expect(labelledLeader('。带头人中，具有高级技师职业资格的5人', 0, 20, LABELS, pr)).toBeNull();
  });
  it('a Markdown table: the cell under the head cell 带头人, a row number glued to its unit counted from the end', () => {
    const t = '| 序号 | 工作室名称 | 依托单位 | 带头人 | 工种 |\n| --- | --- | --- | --- | --- |\n| 2 | “精·工”钳工技能大师工作室 | 某某重工有限公司 | 龚德明 | 钳工 |';
    expect(columnLeader(t, t.indexOf('钳工技能大师工作室') + 9, wn.rule.recordColumns, pr)?.name).toBe('龚德明');
    const u = '序号 依托单位 工作室名称 负责人 等级\n3某某矿业公司 井下支护技能大师工作室 滕立民 高级技师';
    expect(columnLeader(u, u.indexOf('支护技能大师工作室') + 9, wn.rule.recordColumns, pr)?.name).toBe('滕立民');
  });
  it('no column leader without a head naming the leader', () => {
    const t = '| 序号 | 工作室名称 | 依托单位 |\n| 2 | 某工作室 | 某某公司 |';
    expect(columnLeader(t, t.lastIndexOf('工作室') + 3, wn.rule.recordColumns, pr)).toBeNull();
  });
});

describe('named workshops read through their records', () => {
  it('fields after a comma in the same item, in both scripts', () => {
    const t = '这3个工作室分别是：某某农机有限公司“铁犁”农机维修技能大师工作室，带头人为全国技术能手韩志勇；某某县第一中学物理实验技能大师工作室；某某职业技术学校汽车维修“快修”技能大师工作室，带头人邵立军。';
    expect(run(t)).toEqual([['“铁犁”农机维修技能大师工作室', '韩志勇'], ['汽车维修“快修”技能大师工作室', '邵立军']]);
    const trad = foldToSimplified('分別是：某某紡織有限公司傳統織錦技能大師工作室，帶頭人為省技術能手馮秀蘭；某某學校數控“精雕”技能大師工作室，帶頭人蔣立偉。');
    expect(run(trad)).toEqual([['传统织锦技能大师工作室', '冯秀兰'], ['数控“精雕”技能大师工作室', '蒋立伟']]);
  });
  it('a table row: the motto with a middle dot named as written, its leader the 带头人 cell', () => {
    const t = '| 序号 | 工作室名称 | 依托单位 | 带头人 | 工种 |\n| --- | --- | --- | --- | --- |\n| 2 | “精·工”钳工技能大师工作室 | 某某重工有限公司 | 龚德明 | 钳工 |';
    expect(run(t)).toEqual([['“精·工”钳工技能大师工作室', '龚德明']]);
  });
  it('a numbered entry whose leader is labelled below: no word of its craft is the leader', () => {
    const t = '3．茶叶加工与品鉴劳模创新工作室\n　　依托单位：某某茶业有限公司\n　　领衔人：沈梅芳';
    expect(run(t)).toEqual([['茶叶加工与品鉴劳模创新工作室', '沈梅芳']]);
  });
  it('a leader stated after a conferred title, in the next sentence about the workshop', () => {
    const t = foldToSimplified('依託某某瓷業公司建設的“青花”陶瓷彩繪技能大師工作室，今年被認定為省級技能大師工作室。工作室帶頭人孔淑芬從事陶瓷彩繪三十年。');
    expect(run(t)).toEqual([['“青花”陶瓷彩绘技能大师工作室', '孔淑芬']]);
  });
  it('a bare 工作室 whose leader a lead verb names', () => {
    expect(run('由亓立新领衔的“立新”机电维修工作室今年完成攻关9项。')).toEqual([['“立新”机电维修工作室', '亓立新']]);
  });
  it('no subject before a motto that is a unit, a verb or a body of the unit', () => {
    expect(run('某某市第一职业中专“巧手”烹饪技能大师工作室（领衔人：郝秀云）')).toEqual([['“巧手”烹饪技能大师工作室', '郝秀云']]);
    expect(run('某某公司党委“红色引擎”创新工作室（领衔人：王德林）')).toEqual([['“红色引擎”创新工作室', '王德林']]);
  });
  it('no workshop made of a title an enumeration confers', () => {
    expect(run('同时命名孔德兵劳模工作室、柴正华制曲技能创新工作室为某某市示范性劳模和工匠人才创新工作室。').map((x) => x[0]))
      .toEqual(['孔德兵劳模工作室', '柴正华制曲技能创新工作室']);
  });
});

describe('the level the lead-in over a named workshop gives', () => {
  it('a conferment at a level in its sentence, a county-level city then 级 at its level', () => {
    expect(levels('今年新命名义乌市级劳模和工匠人才创新工作室5个，由竹编艺人邓秀珍领衔的“竹韵”竹编技艺创新工作室带动农户增收。'))
      .toEqual([['“竹韵”竹编技艺创新工作室', 'county']]);
  });
  it('the sentence before, across the paragraph break, over a list', () => {
    const t = foldToSimplified('近日，湖州市人社局公佈2025年度湖州市技能大師工作室名單，我縣2個工作室入選。\n這2個工作室分別是：某某絲綢有限公司“蠶韻”繅絲技能大師工作室，帶頭人為省技術能手沈麗華；某某學校孫建國數控技能大師工作室。');
    expect(levels(t)).toEqual([['“蚕韵”缫丝技能大师工作室', 'municipal'], ['孙建国数控技能大师工作室', 'municipal']]);
  });
  it('the heading over a list to every item under it, in both scripts', () => {
    const t = foldToSimplified('二、縣級技能大師工作室（2個）\n1．“巧手”刺繡技能大師工作室（領銜人：龍秀芳）\n2．潘建軍焊接技能大師工作室\n　　依託單位：某某鋼構公司\n　　領銜人：潘建軍\n三、市級勞模創新工作室（1個）\n1．孔德兵勞模創新工作室');
    expect(levels(t).map((x) => x[1])).toEqual(['county', 'county', 'municipal']);
  });
  it('no level from a line over the list that is a sentence, not a heading', () => {
    expect(levels('全市现有市级技能大师工作室12个，今年新增的有：\n1．“巧手”刺绣技能大师工作室（领衔人：龙秀芳）').map((x) => x[1])).toEqual([null]);
  });
  it('not from a workshop of a unit the sentence names, nor from totals of existing ones', () => {
    expect(levels('认定山东某某开关有限公司郝建明技能大师工作室、某某医院“仁爱”护理技能工作室等5个工作室为第二批“某某技能名匠”工作室。')
      .map((x) => x[1])).toEqual([null, null]);
    expect(levels('全市现有省级技能大师工作室3个。其中，“巧手”刺绣技能大师工作室（领衔人：龙秀芳）带徒50名。').map((x) => x[1])).toEqual([null]);
  });
  it('a table\'s level column on the workshop\'s row, in both scripts', () => {
    const t = foldToSimplified('| 序號 | 工作室名稱 | 依託單位 | 領銜人 | 級別 |\n| 1 | “銀針”推拿技能大師工作室 | 某某縣中醫院 | 覃麗芳 | 省級 |\n| 2 | 潘建軍焊接技能大師工作室 | 某某鋼構公司 | 潘建軍 | 市級 |');
    expect(found(t).map((w) => [w.name, w.leader, w.level])).toEqual([
      ['“银针”推拿技能大师工作室', '覃丽芳', 'provincial'], ['潘建军焊接技能大师工作室', '潘建军', 'municipal']]);
  });
});

describe('the leaders as people', () => {
  it('the leader a lead verb names before the workshop, or a labelled field with an honour, in both scripts', () => {
    const t = foldToSimplified('今年新命名義烏市級創新工作室5個，由竹編藝人邵秀珍領銜的“竹韻”竹編技藝創新工作室帶動農戶增收。');
    expect(leaderPeople(found(t), t, wn).map((p) => [p.name, t.slice(p.start, p.end)])).toEqual([['邵秀珍', '邵秀珍']]);
    const u = '分别是：某某农机有限公司“铁犁”农机维修技能大师工作室，带头人为全国技术能手韩志勇；';
    expect(leaderPeople(found(u), u, wn).map((p) => p.name)).toEqual(['韩志勇']);
  });
  it('no person where the name is not the lead verb\'s subject over the workshop (领衔攻关, no 的)', () => {
    const t = '张立军领衔攻关。“立军”焊接创新工作室（领衔人：张立军）今年成立。';
    expect(leaderPeople(found(t), t, wn).map((p) => p.start)).toEqual([t.lastIndexOf('张立军')]);
  });
});
