// Round 52 (named workshops): sentences written for this test, with places, trades and people of their own.
// The grades of a review and of a grading scale live in rules/grades.yaml, read by the score bands of the quantities
// and by the workshops a review grades; its examples run here.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { gradeRules } from '../../src/extract/grades.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
const pr = peopleRules();
const wn = workshopNames();
const g = gradeRules();

/** the subject of each figure of `text`, by the figure as written */
const subjects = (text: string): Record<string, string | null> =>
  Object.fromEntries(extractQuantities({ text, meta, sections: [], pageAt: () => null }).map((q) => [q.text, q.subject]));
/** the named workshops of `t` as [name, level], read in a county's document */
const levels = (t: string, title: string | null = null) =>
  namedWorkshops(t, title, [], cuePeople(t, pr), pr, wn, { city: 'county', issuer: null }).filter((w) => w.name).map((w) => [w.name, w.level]);

describe('rules/grades.yaml examples', () => {
  for (const b of g.rule.examples.bands) {
    it(`band ${b.figure} of ${b.text}`, () => expect(subjects(b.text)[b.figure]).toBe(b.grade));
  }
  for (const x of g.rule.examples.reviewed) {
    it(`reviewed: ${x.text}`, () => expect(levels(x.text)).toContainEqual([x.name, x.level]));
  }
  for (const t of g.rule.examples.unreviewed) {
    it(`not reviewed: ${t}`, () => expect(levels(t).every(([, l]) => l === null)).toBe(true));
  }
  it('shares the grade words between both readers: a grade the scale drops names no band', () => {
    expect(subjects('考评满分100分，60分至74分为基本合格。')['60分']).toBe('基本合格');
    expect(subjects('考评满分100分，60分至74分为卓越。')['60分']).not.toBe('卓越');
  });
});

/** the named workshops of `t` as [name, leader] */
const named = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, { city: 'county', issuer: null }).filter((w) => w.name).map((w) => [w.name, w.leader]);

// A conferment may write its objects out whole, parted by 、, and close on their count and the title (同意认定A、B、C3个
// 工作室为 H): each object is a workshop named for its craft alone. A later list that hands the leaders out one to each
// (带头人分别为：A某某（…）；B某某（…）) pairs each name with the person written right after it.
describe('the objects of a conferment written out whole', () => {
  const t = '经专家评审，同意认定梯田稻作技能大师工作室、扎染织布技能大师工作室、铜器锻造技能大师工作室3个工作室为2025年度“某市技能大师工作室”。';
  it('reads every object, the first, the middle and the last, with no leader', () => {
    expect(named(t)).toEqual([['梯田稻作技能大师工作室', null], ['扎染织布技能大师工作室', null], ['铜器锻造技能大师工作室', null]]);
  });
  it('reads them closed by the title alone, without a count', () => {
    expect(named('县总工会确定山泉制茶职工创新工作室、岭南木雕职工创新工作室为县级职工创新工作室。').map(([n]) => n))
      .toEqual(['山泉制茶职工创新工作室', '岭南木雕职工创新工作室']);
  });
  it('not a list that never closes on a title, nor one object alone', () => {
    expect(named('经专家评审，同意认定梯田稻作技能大师工作室、扎染织布技能大师工作室的建设方案。')).toEqual([]);
    expect(named('经专家评审，同意认定梯田稻作技能大师工作室为市级技能大师工作室。').map(([n]) => n)).not.toContain('梯田稻作技能大师工作室');
  });
  it('pairs each name with the leader a later list hands out to it', () => {
    const v = `${t}\n二、上述工作室的带头人分别为：梯田稻作技能大师工作室潘志远（农艺师）；扎染织布技能大师工作室吴秀兰（合作社负责人）；铜器锻造技能大师工作室杨德明（木工技师）。`;
    const got = named(v);
    expect(got.slice(3)).toEqual([['梯田稻作技能大师工作室', '潘志远'], ['扎染织布技能大师工作室', '吴秀兰'], ['铜器锻造技能大师工作室', '杨德明']]);
  });
  it('finds a name with no leader again only where its mention pairs it with one', () => {
    expect(named(`${t}\n梯田稻作技能大师工作室要加强人才梯队建设。`)).toHaveLength(3);
  });
});
