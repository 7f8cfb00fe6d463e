// Round 18 of issue 18: a workshop's leader where the record states it in a layout not read before — a note in
// brackets that names the person first (某工作室——某公司（某某，高级技师）), a note in brackets punctuated with ；
// (某工作室（某公司；领衔人：某某，省劳动模范）), and a table of people whose last column names each one's workshop
// (序号 姓名 性别 出生年月 … 所在工作室), its cells letter-spaced or glued by the normaliser. Sentences written for
// these tests (other provinces, other crafts).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { leaderPeople, namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { bracketLeader, recordEnd } from '../../src/extract/named/records.js';

const pr = peopleRules();
const wn = workshopNames();
const found = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn);
const run = (t: string) => found(t).map((w) => [w.name, w.leader]);
const leaders = (t: string) => leaderPeople(found(t), t, wn).map((p) => [p.name, p.role]);

describe('a note in brackets that names the person first', () => {
  it('after a dash-joined unit, the person before a title', () => {
    const t = '（二）职工创新工作室（2个）\n1．“渠首节水”职工创新工作室——某某县灌区管理所（翟永福，高级工程师）\n2．数控刀具修磨职工创新工作室——某某精工机械有限公司（殷秀芝，工具钳工技师）';
    expect(run(t)).toEqual([['“渠首节水”职工创新工作室', '翟永福'], ['数控刀具修磨职工创新工作室', '殷秀芝']]);
    expect(leaders(t)).toContainEqual(['翟永福', '领衔人']);
  });
  it('parted by 、 or alone, after a colon or a space', () => {
    expect(run('3．“稻香”农机维修劳模创新工作室：某某农机专业合作社（裴德厚、省劳动模范）')).toEqual([['“稻香”农机维修劳模创新工作室', '裴德厚']]);
    expect(run('4．郝春燕面点制作劳模创新工作室 某某餐饮有限公司（郝春燕）')).toEqual([['郝春燕面点制作劳模创新工作室', '郝春燕']]);
  });
  it('a note of a unit, a craft or a count names no one', () => {
    const t = '（某某物流有限公司，2019年成立）';
    expect(bracketLeader(t, 0, t.length, pr)).toBeNull();
    expect(bracketLeader('（电工、焊工）', 0, 7, pr)).toBeNull();
    expect(bracketLeader('（谭春生，技师）', 0, 8, pr)?.name).toBe('谭春生');
  });
});

describe('a note in brackets is the record however it is punctuated', () => {
  it('a ； inside the brackets does not end the record', () => {
    const t = '2．韦德明柑橘嫁接劳模创新工作室（某某果业专业合作社；领衔人：韦德明，广西劳动模范）\n3．下一个';
    const e = t.indexOf('工作室') + 3;
    expect(recordEnd(t, e)).toBe(t.indexOf('\n'));
    const u = '1．“果乡”冷链配送职工创新工作室（某某冷链物流有限公司；领衔人：苗立新，高级技师）';
    expect(run(u)).toEqual([['“果乡”冷链配送职工创新工作室', '苗立新']]);
    const v = '5．石材雕刻职工创新工作室（某某石业有限公司；带头人：靳国栋）';
    expect(run(v)).toEqual([['石材雕刻职工创新工作室', '靳国栋']]);
  });
  it('a ； outside brackets still ends the item', () => {
    const t = '某工作室（某公司）；带头人为别人';
    expect(recordEnd(t, 3)).toBe(t.indexOf('；'));
  });
});

describe('a table of people whose column names each one\'s workshop', () => {
  it('cells glued by the normaliser: number, name, sex, birth date … workshop', () => {
    const t = '工作室领衔人情况表\n序号姓名性别出生年月职称所在工作室\n1甘秀英女1978.06高级农艺师“茶乡”制茶技艺创新工作室\n2石永昌男1969.12电工高级技师石永昌配电运维劳模创新工作室';
    expect(run(t)).toEqual([['“茶乡”制茶技艺创新工作室', '甘秀英'], ['石永昌配电运维劳模创新工作室', '石永昌']]);
    expect(leaders(t)).toContainEqual(['甘秀英', '领衔人']);
  });
  it('a letter-spaced head split into cells (姓 名) with space-aligned rows', () => {
    const t = '序号 姓 名 性别 出生年月 职称 工作室名称\n1 滕桂兰 女 1975.02 高级技师 “巧手”刺绣工艺创新工作室\n2 欧阳振 男 1981.09 技师 “山泉”水质检测创新工作室';
    expect(run(t)).toEqual([['“巧手”刺绣工艺创新工作室', '滕桂兰'], ['“山泉”水质检测创新工作室', '欧阳振']]);
  });
  it('a people table with no workshop column gives no leader', () => {
    const t = '序号姓名性别出生年月职称工作单位\n1甘秀英女1978.06高级农艺师“茶乡”制茶技艺创新工作室';
    expect(run(t)).not.toContainEqual(['“茶乡”制茶技艺创新工作室', '甘秀英']);
  });
});
