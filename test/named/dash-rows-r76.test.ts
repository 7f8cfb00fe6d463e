// Round 76: an annex of workshops written one a line with long dashes between the fields (某工作室——某厂——某某、某某):
// the dash parts the cells as a slash does, and the cell after the unit's holds the leader, or two leaders of whom
// the first is the leader. Lines written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { delimitedCells } from '../../src/extract/named/records.js';

const pr = peopleRules();
const wn = workshopNames();
const run = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).map((w) => [w.name, w.leader]);

describe('a dash-parted annex line', () => {
  it('is a row of cells', () => {
    const t = '牦牛养殖技术创新工作室——某乡畜牧兽医站——索朗次旺';
    expect(delimitedCells(t, 0, t.length)?.map((c) => c.text)).toEqual(['牦牛养殖技术创新工作室', '某乡畜牧兽医站', '索朗次旺']);
  });
  it('a sentence with dashes is none', () => {
    const t = '她是首批职工创新工作室——某某牦牛养殖技术创新工作室——的领衔人，去年被评为劳动模范';
    expect(delimitedCells(t, 0, t.length)).toBeNull();
  });
  it('gives the leader after the unit, the first of two', () => {
    const t = '2026年度某县技能人才创新工作室名单\n\n卡垫织造技艺创新工作室——某县雪域卡垫厂——拉巴扎堆、平措卓玛\n电网运维创新工作室——某县供电公司——饶建华';
    expect(run(t)).toEqual([['卡垫织造技艺创新工作室', '拉巴扎堆'], ['电网运维创新工作室', '饶建华']]);
  });
});
