// rules/subject-cues.yaml: the subject of a figure corrected as official writing states it.
import { describe, expect, it } from 'vitest';
import { refineSubjects, stripLead, subjectCues } from '../../src/extract/quantities/subject-refine.js';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import type { DocMeta, Quantity } from '../../src/types.js';

const r = subjectCues();
const q = (text: string, number: string, subject: string, from = 0): Quantity => {
  const start = text.indexOf(number, from);
  return {
    kind: number.endsWith('%') ? 'percent' : number.endsWith('元') ? 'money' : 'count', value: 1, unit: /[^\d.%元万余以上下左右至]*$/.exec(number)![0], approx: false, subject, scope: null, period: null,
    text: number, start, end: start + number.length, sentence: text, page: null, partOf: null, rule: 'test',
  };
};

describe('rules/subject-cues.yaml examples', () => {
  for (const ex of r.examples.positive) {
    it(`${ex.text} → ${ex.subject}`, () => {
      const first = q(ex.text, ex.text.match(/\d+(?:\.\d+)?(?:万)?[^\d，。、；]?/)![0], '');
      const target = q(ex.text, ex.number, ex.before, ex.text.indexOf(ex.number) > first.start ? first.end : 0);
      const list = target.start === first.start ? [target] : [{ ...first, subject: ex.subject }, target];
      expect(refineSubjects(ex.text, list, r).at(-1)!.subject).toBe(ex.subject);
    });
  }
  for (const n of r.examples.negative) {
    it(`unchanged: ${n}`, () => expect(refineSubjects(n, [q(n, '4800余人', '高技能人才')], r)[0].subject).toBe('高技能人才'));
  }
});

describe('stripLead', () => {
  it('drops verbs and linking words, keeps nouns that a verb modifies', () => {
    expect(stripLead('新建劳模创新工作室', r)).toBe('劳模创新工作室');
    expect(stripLead('茶叶加工、电商等实用技能人才', r)).toBe('实用技能人才');
    expect(stripLead('一线职工中技术工人', r)).toBe('技术工人');
    expect(stripLead('帮扶资金', r)).toBe('帮扶资金');
    expect(stripLead('一等奖', r)).toBe('一等奖');
    expect(stripLead('参赛选手预', r)).toBe('参赛选手');
  });
  it('drops a category label (二类竞赛) and keeps partOf indexes right', () => {
    const t = '其中一类竞赛4个、二类竞赛8个。';
    const label = { ...q(t, '二类', ''), text: '二类' };
    const total = q(t, '4个', '一类竞赛');
    const part = { ...q(t, '8个', '竞赛'), partOf: 0 };
    const out = refineSubjects(t, [total, label, part], r);
    expect(out.map((x) => x.text)).toEqual(['4个', '8个']);
    expect(out[1].partOf).toBe(0);
  });
});

describe('分别 pairs figures in order', () => {
  const meta: DocMeta = {
    kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
    issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
  };
  const subjects = (text: string) => {
    const qs = refineSubjects(text, extractQuantities({ text, meta, sections: [], pageAt: () => null }), r);
    return new Map(qs.map((x) => [x.text, x.subject]));
  };
  it('each percent after 分别 speaks of the figure in its place', () => {
    const s = subjects('全县会员人数达到5.2万人，女会员2.3万人，分别比上年增长4.1%和6.5%。');
    expect(s.get('4.1%')).toBe(s.get('5.2万人'));
    expect(s.get('6.5%')).toBe('女会员');
  });
  it('a single percent without 分别 is left to the other cues', () => {
    expect(subjects('全县会员人数达到5.2万人，比上年增长4.1%。').get('4.1%')).not.toBe('女会员');
  });
});
