// The head noun phrase of a figure's subject (quantities/head-phrase.ts, subject-cues.yaml `heads`),
// and the mechanisms around it: a candidate with no noun names nothing, 占/占比/低于 shares and
// differences, a range written with its unit at both ends, 被…命名为 after the number.
// Sentences written for these tests in the register of provincial and county reports.
import { describe, expect, it } from 'vitest';
import { refineSubjects, subjectCues } from '../../src/extract/quantities/subject-refine.js';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { headPhrase, namesNothing } from '../../src/extract/quantities/head-phrase.js';
import type { DocMeta, Quantity } from '../../src/types.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = subjectCues();
const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
const figures = (text: string): Quantity[] => refineSubjects(text, extractQuantities({ text, meta, sections: [], pageAt: () => null }), r);
/** the pipeline folds traditional script before extraction (normalize/fold.ts); subjects compare without quotation marks */
const subjectOf = (written: string, figure: string) => {
  const text = foldToSimplified(written);
  figure = foldToSimplified(figure);
  const q = figures(text).find((x) => x.text === figure);
  if (!q) throw new Error(`no figure ${figure} in ${text}: ${figures(text).map((x) => x.text).join(' ')}`);
  return q.subject.replace(/[“”]/g, '');
};

describe('the head noun phrase: time, distributive, adverb and verb of achieving cut off', () => {
  const cases: [string, string, string][] = [
    ['2024年，省属企业全年实现利润总额58.2亿元。', '58.2亿元', '利润总额'],
    ['首席技师聘期内每月享受岗位津贴800元。', '800元', '岗位津贴'],
    ['服务平台上线一个月，登记求职人员2300人。', '2300人', '求职人员'],
    ['每个乡镇报送选手不超过5人。', '不超过5人', '选手'],
    ['力争两年内培育出省级技能大师工作室8个。', '8个', '省级技能大师工作室'],
    ['全州备案职业技能等级认定机构22家。', '22家', '职业技能等级认定机构'],
    ['該縣全年實現營業收入12.6億元。', '12.6億元', '营业收入'],
    ['去年，该市已有全国工人先锋号集体9个。', '9个', '全国工人先锋号集体'],
    ['每年结对指导青年技师不少于2名。', '不少于2名', '青年技师'],
    ['这20名劳动模范中，有6人来自一线。', '20名', '劳动模范'],
  ];
  for (const [text, figure, subject] of cases) it(`${text} → ${subject}`, () => expect(subjectOf(text, figure)).toBe(subject));
});

describe('what stays: modifiers that are part of the name', () => {
  const cases: [string, string, string][] = [
    ['全市新就业形态劳动者达到12万人。', '12万人', '新就业形态劳动者'],
    ['其余5个分布在城区。', '5个', '其余'],
    ['评选青年技能之星30名。', '30名', '青年技能之星'],
    ['全县现代服务业企业120家。', '120家', '现代服务业企业'],
    ['县总工会投入帮扶资金120万元。', '120万元', '帮扶资金'],
    // (全市 is the figure's scope, read apart)
    ['全市各县（市、区）和市直部门100余人参加培训。', '100余人', '各县（市、区）和市直部门'],
    ['非公企业职工入会率为71%。', '71%', '非公企业职工入会率'],
  ];
  for (const [text, figure, subject] of cases) it(`${text} → ${subject}`, () => expect(subjectOf(text, figure)).toBe(subject));
});

describe('a subject with no noun names nothing: the figure before, a frame, or what follows', () => {
  it('新 / 又 / 已 before a verb: the figure before in the sentence', () => {
    expect(subjectOf('“陇原工匠”总数达到86名，今年新评选12名。', '12名')).toBe('陇原工匠');
    expect(subjectOf('“陇原工匠”总数达到86名，今年新评选12名。', '86名')).toBe('陇原工匠');
  });
  it('N人后来获评 / 已有N个被…命名为: the honour', () => {
    expect(subjectOf('首届大赛的前十名选手中，有4人后来获评“黔匠”。', '4人')).toBe('黔匠');
    expect(subjectOf('首批9个工作室中，已有3个被省总工会命名为“安徽省职工创新工作室”。', '3个')).toBe('安徽省职工创新工作室');
    expect(subjectOf('两家公司分别有1人获得2024年度“湖北五一劳动奖章”。', '1人')).toBe('湖北五一劳动奖章');
  });
  it('并分别给予N元的X: the noun after 的, and the range with the unit at both ends is one figure', () => {
    const qs = figures('命名以下5个工作室，并分别给予2万元至5万元的建设补助。');
    const range = qs.find((x) => x.text === '2万元至5万元')!;
    expect(range.value).toBe(20000);
    expect(range.valueHigh).toBe(50000);
    expect(range.subject).toBe('建设补助');
    expect(qs.map((x) => x.text)).toEqual(['5个', '2万元至5万元']);
  });
  it('每人N元至M元不等 after the thing given: the thing given', () => {
    expect(subjectOf('为85名困难职工子女发放助学金，每人800元至2000元不等。', '800元至2000元')).toBe('助学金');
  });
  it('namesNothing: function words and a lone verb, never a noun', () => {
    for (const w of ['已', '并', '后来', '到', '新']) expect(namesNothing(w)).toBe(true);
    for (const w of ['其余', '职工', '宣讲', '结对', '集体']) expect(namesNothing(w)).toBe(false);
  });
});

describe('shares and differences', () => {
  it('X又占到N人 (a count as a share); X里Y frames the set', () => {
    expect(subjectOf('农民工会员中新就业形态劳动者2100人，新就业形态劳动者里快递员又占到900人。', '900人')).toBe('快递员');
  });
  it('X的占比达到N%: X; X占比仍低于Y约N个百分点: X占比', () => {
    // (35岁 is a figure of its own, an age threshold: the share is of the group after it)
    expect(subjectOf('获奖选手中35岁以下青年职工占比达到41%。', '41%')).toBe('青年职工');
    expect(subjectOf('二是高技能人才占比仍低于全省平均水平约4个百分点。', '约4个百分点')).toBe('高技能人才占比');
  });
  it('比Y低约N个百分点, with no X: the figure before', () => {
    expect(subjectOf('非公企业职工入会率为71%，比全市平均水平低约9个百分点。', '约9个百分点')).toBe('非公企业职工入会率');
  });
  it('不低于 is a bound, not a difference', () => {
    expect(subjectOf('每家参赛单位每年开展安全培训不少于8学时。', '不少于8学时')).not.toMatch(/不$/);
  });
});

describe('the noun after the figure: a word the segmenter split, a name ending in 号', () => {
  const cases: [string, string, string][] = [
    ['全市组织86名非遗传承工匠走进社区。', '86名', '非遗传承工匠'],
    ['下一步将推动不少于20个工人先锋号集体开展技能竞赛。', '不少于20个', '工人先锋号集体'],
    ['今年计划新建和提升职工服务站点12个。', '12个', '职工服务站点'],
    // (what stays: a verb after the noun ends it)
    ['全县有15名选手进入决赛。', '15名', '选手'],
    ['已有12名职工报名参赛。', '12名', '职工'],
  ];
  for (const [text, figure, subject] of cases) it(`${text} → ${subject}`, () => expect(subjectOf(text, figure)).toBe(subject));
});

describe('an average opens what is counted', () => {
  const cases: [string, string, string][] = [
    ['部分小微企业人均培训经费不足150元。', '不足150元', '人均培训经费'],
    ['新命名的“陇原工匠”平均年龄39.5岁。', '39.5岁', '平均年龄'],
    ['一线职工平均月收入6800元。', '6800元', '平均月收入'],
    ['发放慰问金36万元，户均1200元。', '1200元', '户均'],
  ];
  for (const [text, figure, subject] of cases) it(`${text} → ${subject}`, () => expect(subjectOf(text, figure)).toBe(subject));
});

describe('a quoted name after a verb is what is counted', () => {
  it('下一步将在城区再建设“司机之家”3至5处 → 司机之家; 单位“…奖状” keeps the recipient', () => {
    expect(subjectOf('下一步将在城区再建设“爱心驿站”3至5处。', '3至5处')).toBe('爱心驿站');
    expect(subjectOf('今年计划再认定“书香班组”10个。', '10个')).toBe('书香班组');
    expect(subjectOf('全县开展安全隐患排查“回头看”2次。', '2次')).toBe('安全隐患排查回头看');
  });
});

describe('the extremes of an attribute', () => {
  it('年龄最大的61岁，最小的18岁: the superlative with its attribute, then the bare superlative (rounds 36, 60)', () => {
    expect(subjectOf('参赛的120名选手中，年龄最大的61岁，最小的18岁。', '61岁')).toBe('年龄最大的');
    expect(subjectOf('参赛的120名选手中，年龄最大的61岁，最小的18岁。', '18岁')).toBe('最小的');
    expect(subjectOf('參賽的86名繡娘中，年齡最大的70歲，最小的20歲。', '20歲')).toBe('最小的');
  });
});

describe('headPhrase on its own', () => {
  it('cuts leading time spans and trailing frame words, keeps two characters at least', () => {
    expect(headPhrase('三年内培育出市级工作室', r.heads)).toBe('市级工作室');
    expect(headPhrase('首席技师中', r.heads)).toBe('首席技师');
    expect(headPhrase('后上岗', r.heads)).toBe('上岗');
    expect(headPhrase('劳模创新工作室总数由此', r.heads)).toBe('劳模创新工作室总数');
    expect(headPhrase('已有', r.heads)).toBe('已有');
    expect(headPhrase('有效', r.heads)).toBe('有效');
  });
});

describe('bands each with its figure in brackets: a band starts after the bracket before it', () => {
  const cases: [string, string, string][] = [
    ['全县会员主要分布在制造业（1.2万人）、建筑业（0.8万人）和批发零售业（0.5万人）。', '0.8万人', '建筑业'],
    ['全县会员主要分布在制造业（1.2万人）、建筑业（0.8万人）和批发零售业（0.5万人）。', '0.5万人', '批发零售业'],
    ['新建站点覆盖城区（12个）及乡镇（20个）。', '20个', '乡镇'],
    ['今年认定工作室18个，分布于机械加工(7个)、电子信息(6个)与食品加工(5个)。', '6个', '电子信息'],
    ['取得證書的職工來自紡織業（320人）、製藥業（150人）。', '150人', '制药业'],
  ];
  for (const [text, figure, subject] of cases) it(`${text} ${figure} → ${subject}`, () => expect(subjectOf(text, figure)).toBe(subject));
});
