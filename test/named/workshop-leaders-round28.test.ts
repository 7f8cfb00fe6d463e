// Round 28 of issue 18: the note in brackets right after a workshop's name is its own slot (a head 工作室名称（领办人）
// says so), so a leader of a surname no list holds is read there, with the post the head writes. Sentences written
// for these tests (other provinces, other crafts, other surnames).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { bracketLeader } from '../../src/extract/named/records.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const run = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).map((w) => [w.name, w.leader]);
const roles = ['领衔人', '领办人', '负责人', '带头人'];

describe('a name in brackets right after the workshop', () => {
  it('a pipe table whose head writes 工作室名称（领办人）: rare surnames, a motto, a name opening with its leader', () => {
    const t = '| 序号 | 依托单位 | 工作室名称（领办人） | 工种 |\n| --- | --- | --- | --- |\n| 1 | 某某机械有限公司 | 母立军数控车削技能大师工作室（母立军） | 车工 |\n| 2 | 某某酒业有限公司 | “醇香”浓香白酒勾调技能大师工作室（敬国华） | 酿酒工 |';
    expect(run(t)).toContainEqual(['“醇香”浓香白酒勾调技能大师工作室', '敬国华']);
    expect(run(t)).toContainEqual(['母立军数控车削技能大师工作室', '母立军']);
  });
  it('the post is the one the head writes in brackets (负责人, 领办人), else none from the note', () => {
    const t = '序号　工作室名称(负责人)　依托单位\n1　茶叶精制技能大师工作室（敬春梅）　某茶厂';
    const e = t.indexOf('（敬');
    expect(bracketLeader(t, e, t.length, pr, roles)).toMatchObject({ name: '敬春梅', role: '负责人' });
    const u = '另有茶叶精制技能大师工作室（敬春梅）。';
    expect(bracketLeader(u, u.indexOf('（'), u.length, pr, roles)).toMatchObject({ name: '敬春梅', role: null });
  });
  it('a word in the slot is no name: a craft, a level, a count', () => {
    for (const note of ['（试点）', '（市级）', '（电工）', '（筹建）']) expect(bracketLeader(note, 0, note.length, pr, roles)).toBeNull();
  });
  it('a note not right after the name still needs a surname a list holds', () => {
    const t = '茶叶精制技能大师工作室，依托某茶厂（郄春梅）';
    expect(bracketLeader(t, 10, t.length, pr, roles)).toBeNull();
  });
});

describe('a colon after a clause that counts the workshops opens a list of records', () => {
  it('授牌：, a long craft behind a unit short name, a unit ending that opens the craft', () => {
    const t = '会后，县人社局为2个新认定的县级技能大师工作室授牌：矿用电机维修技能大师工作室（某某矿业有限公司，带头人：敬永强，“河东工匠”）；“晋味”面食制作技能大师工作室（某某餐饮有限公司，带头人：李红梅，市技术能手）。';
    expect(run(t)).toEqual([['矿用电机维修技能大师工作室', '敬永强'], ['“晋味”面食制作技能大师工作室', '李红梅']]);
  });
  it('命名三个…工作室: a craft of ten after the colon, 领衔人 in the note', () => {
    const t = '大会命名三个市级职工创新工作室:汾河钢构桥梁焊接工艺创新工作室（领衔人：贺志刚）;草原牧业饲草青贮职工创新工作室（领衔人：巴特尔）。';
    expect(run(t).map(([n]) => n)).toContain('汾河钢构桥梁焊接工艺创新工作室');
  });
  it('a colon after a clause that counts nothing opens no long craft', () => {
    const t = '会议指出：汾河钢构桥梁焊接工艺创新工作室（领衔人：贺志刚）要发挥作用。';
    expect(run(t).map(([n]) => n)).not.toContain('汾河钢构桥梁焊接工艺创新工作室');
  });
});
