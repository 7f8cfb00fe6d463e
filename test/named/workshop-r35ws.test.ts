// A grade word before the type (师级, 团级) and a town's short name before a craft (某镇's 石岭|…) are no leaders; a
// quoted title after 为 gives its place's level to the items listed after it. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { homeLevels } from '../../src/extract/named/level.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const found = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, homeLevels([], null)).map((w) => [w.name, w.leader, w.level]);

describe('workshop leaders and levels', () => {
  it('reads no leader from a grade word before the type', () => {
    const t = '明年，某师总工会将新命名师级创新工作室3个以上，推动各团场职工书屋全覆盖。\n';
    expect(found(t).filter((w) => w[1] === '师级')).toEqual([]);
  });
  it('reads no leader from a town the document writes with its suffix', () => {
    const t = '经评审，同意认定石岭山茶种植技能大师工作室为县级技能大师工作室。该工作室依托石岭镇茶叶专业合作社建设。\n';
    expect(found(t).filter((w) => w[1] === '石岭')).toEqual([]);
  });
  it('gives the quoted title’s level to every item of the list', () => {
    const t = '经评审和公示，确定3个工作室为“丹棱县技能大师工作室”，分别是：竹编技艺技能大师工作室，带头人刘海涛；汽车维修技能大师工作室，带头人陈志刚；果树栽培技能大师工作室，带头人王建国。\n';
    expect(found(t).filter((w) => w[0]).map((w) => w[2])).toEqual(['county', 'county', 'county']);
  });
});
