// Round 17 of issue 18: which total a list part belongs to. Sentences written for this test (other
// nouns, measure words, ASCII and full-width punctuation, heading styles, both scripts), with negatives.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { refineSubjects, subjectCues } from '../../src/extract/quantities/subject-refine.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
/** figures in order: [text, subject, total's text] */
const read = (written: string) => {
  const text = foldToSimplified(written);
  const qs = refineSubjects(text, extractQuantities({ text, meta, sections: [], pageAt: () => null }), subjectCues());
  return qs.map((q) => [q.text, q.subject, q.partOf === null ? null : qs[q.partOf].text]);
};
const partOf = (written: string, figure: string, nth = 0) => read(written).filter((r) => r[0] === figure)[nth]?.[2];

describe('counted headings of the next level are parts of a counted heading', () => {
  const annex = (top: string, sub: (n: number) => string) =>
    `附件\n${top.replace('N', '一')}先进集体（6个）\n某公司\n${top.replace('N', '二')}先进个人（15名）\n${sub(1)}工业（8名）\n张某\n（其余7名略）\n${sub(2)}农业（7名）\n李某\n${top.replace('N', '三')}优秀班组（4个）\n${sub(1)}城区（2个）\n`;
  const styles: [string, (n: number) => string][] = [
    ['N、', (n) => `　（${'一二'[n - 1]}）`],
    ['N、', (n) => `　${n}. `],
    ['N、', (n) => `　${n}．`],
    ['（N）', (n) => `　（${n}）`],
  ];
  for (const [top, sub] of styles) {
    it(`${top} over ${sub(1).trim()}`, () => {
      const t = annex(top, sub);
      expect(partOf(t, '8名')).toBe('15名');
      expect(partOf(t, '7名', 1)).toBe('15名');
      expect(partOf(t, '2个')).toBe(null);
      expect(partOf(t, '7名', 0)).toBe(null);
    });
  }
  it('not: groups that exceed the heading, nor headings of one level', () => {
    expect(partOf('一、先进个人（10名）\n（一）工业（8名）\n（二）农业（7名）', '8名')).toBe(null);
    expect(partOf('一、城区（5个）\n二、乡镇（7个）\n三、园区（3个）', '7个')).toBe(null);
  });
});

describe('其中 parts go to the total of their own measure word', () => {
  it('people after a count of industries, the total in the sentence before', () => {
    const t = '市里命名李某等16名职工为“某市工匠”。这些工匠分布在机械、纺织等7个行业，其中一线职工11名，技术人员5名。';
    expect(partOf(t, '11名')).toBe('16名');
    expect(partOf(t, '5名')).toBe('16名');
  });
  it('ASCII punctuation, people counted in 人', () => {
    const t = '全县有技能人才960人,分布在28家企业,其中高级工300人,技师60人.';
    expect(partOf(t, '300人')).toBe('960人');
  });
  it('same measure word: where a set is spread is not the set divided', () => {
    expect(partOf('全区建成驿站30个，分布在5个街道，其中街道驿站12个。', '12个')).toBe('30个');
    expect(partOf('本届比赛覆盖18个乡镇，其中山区乡镇7个。', '7个')).toBe('18个');
  });
  it('not: parts beyond every total, nor the recipients of a sum of money', () => {
    expect(partOf('全县评出先进班组20个，分布在9个行业，其中获奖职工120名。', '120名')).toBe(null);
    expect(partOf('全县培训职工2150人次，发放补贴42万元，其中农民工1320人次。', '1320人次')).toBe(null);
  });
});

describe('anaphora: a set pointed back at, with an adverb of addition', () => {
  it('这些X中 after a count of batches and a quoted title', () => {
    const t = '2022年以来，我区共命名“某区工匠”4批36名。这些工匠中，获评“某市工匠”的有8名，3人入选“某省工匠”。';
    expect(partOf(t, '8名')).toBe('36名');
    expect(partOf(t, '3人')).toBe('36名');
  });
  it('上述“X”中 and 这些X里', () => {
    expect(partOf('今年命名“巾帼标兵”18名。上述“巾帼标兵”中，来自农村的有5名。', '5名')).toBe('18名');
    expect(partOf('近三年全区累计评出“最美快递员”2批25名。这些快递员里，女性6名，农民工9名。', '9名')).toBe('25名');
  });
  it('N个X中又有 / 里还有 / 中再有', () => {
    const t = read('本次命名的10个集体中又有3个同时被推荐参评市级青年文明号。');
    expect(t[1]).toEqual(['3个', '集体', '10个']);
    expect(partOf('这次认定的12家单位里还有5家被推荐。', '5家')).toBe('12家');
    expect(partOf('认定的8个工作室中再有2个被列为示范点。', '2个')).toBe('8个');
  });
});

describe('a contest\'s winners among its entrants', () => {
  it('the entrants\' own noun before the title won', () => {
    const t = '上届比武共有30家单位的260名职工参赛，14名职工获评“某县技术能手”，其中2人此后入选“某市技术能手”。';
    expect(partOf(t, '14名')).toBe('260名');
    expect(partOf(t, '2人')).toBe('14名');
    expect(partOf('去年共有88名青工参加决赛,12名青工被授予“青年岗位能手”称号.', '12名')).toBe('88名');
  });
  it('not: prizes, nor another noun', () => {
    expect(partOf('全县有146名选手参加比赛，最终评出一等奖3名、二等奖6名。', '3名')).toBe(null);
    expect(partOf('全区共有430家企业参赛，16家企业、28个班组分别获评优胜企业和优秀班组。', '28个')).toBe(null);
  });
});

describe('a stock stated with 现有, and 其中 after a target', () => {
  it('现有 + the next clause of parts', () => {
    expect(partOf('工作室现有成员26人，高级技师5人、技师9人，全年攻克难题12项。', '9人')).toBe('26人');
    expect(partOf('全县现有劳模120名，今年新增15名。', '15名')).toBe(null);
  });
  it('the parts restate the total\'s deed after a reference figure', () => {
    const t = '今年全县城镇新增就业3120人，完成全年任务3000人的104%。其中，帮助下岗失业人员再就业460人，就业困难人员实现就业120人。';
    expect(partOf(t, '460人')).toBe('3120人');
    expect(partOf(t, '120人')).toBe('3120人');
    expect(partOf('全县共有职工书屋64个，其中示范书屋12个，新增书屋9个。', '9个')).toBe(null);
  });
});
