// Round 29 of issue 18: an annex table's row is read by its head whatever parts its cells — a tab, an ASCII bar or a
// full-width one — and whatever order its columns take (the leader before the workshop's name, the post at the end of
// the unit's cell). Rows written for these tests (other provinces, other crafts).
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import type { IngestResult } from '../../src/types.js';

const txt = (...lines: string[]): IngestResult => ({ format: 'txt', lines: lines.map((text) => ({ text, page: null, kind: 'para' as const })), pageCount: null, encoding: 'UTF-8' });
const canon = (...lines: string[]) => normalize(txt(...lines)).text;
const pr = peopleRules();
const wn = workshopNames();
const workshops = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).map((w) => [w.name, w.leader]);
const people = (t: string) => cuePeople(t, pr).filter((p) => p.rule === 'person.table-column').map((p) => [p.name, p.role]);

describe('a tab-parted row keeps its cells through normalisation', () => {
  it('the tabs stay between the cells: the row number is not glued to the name, two Han cells stay apart', () => {
    const t = canon('序号\t带头人\t工作室名称\t依托单位', '1\t韩立峰（鄂尔多斯工匠）\t“银鞍”皮具制作创新工作室\t某某皮具有限公司');
    expect(t.split('\n')[1]).toBe('1\t韩立峰（鄂尔多斯工匠）\t“银鞍”皮具制作创新工作室\t某某皮具有限公司');
  });
  it('a line with one tab, or a sentence, is no row', () => {
    expect(canon('附件\t名单')).toBe('附件 名单');
    expect(canon('全市  共有 12 个工作室。')).toBe('全市共有12个工作室。');
  });
});

describe('the leader column before the name column', () => {
  it('tabs, the leader with an honour in brackets', () => {
    const t = canon('序号\t领衔人\t工作室名称\t依托单位', '1\t韩立峰（鄂尔多斯工匠）\t“银鞍”皮具制作创新工作室\t某某皮具有限公司', '2\t贺秀兰\t羊绒分梳工艺创新工作室\t某某绒纺集团有限公司');
    expect(workshops(t)).toEqual([['“银鞍”皮具制作创新工作室', '韩立峰'], ['羊绒分梳工艺创新工作室', '贺秀兰']]);
  });
  it('full-width bars, the unit before the leader', () => {
    const t = canon('序号｜依托单位｜带头人｜工作室名称', '１｜某某水泥有限公司｜宁志刚｜回转窑热工调试创新工作室', '２｜某某供水公司｜郑丽娟｜“清源”管网检漏创新工作室');
    expect(workshops(t)).toEqual([['回转窑热工调试创新工作室', '宁志刚'], ['“清源”管网检漏创新工作室', '郑丽娟']]);
  });
});

describe('a table of people parted by bars', () => {
  it('full-width bars and digits, the post at the end of the unit cell', () => {
    const t = canon('序号｜姓　名｜性别｜工作单位及职务', '１｜石建林｜男｜某某重工有限公司铸造车间主任', '２｜易　敏｜女｜某某县中医院护士', '１０｜付国强｜男｜某某港务公司门机司机');
    // (the cell's unit with the post is the role, as a 工作单位及职务 column writes it: round 40)
    expect(people(t)).toEqual([['石建林', '某某重工有限公司铸造车间主任'], ['易敏', '某某县中医院护士'], ['付国强', '某某港务公司门机司机']]);
  });
  it('tabs, the post in a column of its own', () => {
    const t = canon('序号\t姓名\t工作单位\t职务', '1\t石建林\t某某重工有限公司\t车间主任', '2\t邝玉梅\t某某县人民医院\t护士长');
    expect(people(t)).toEqual([['石建林', '车间主任'], ['邝玉梅', '护士长']]);
  });
});
