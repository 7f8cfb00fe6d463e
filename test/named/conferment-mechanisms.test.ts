// Mechanisms of the conferment grammar that need more than one sentence (a notice's title, the
// dictionary's awards): each tested on sentences written for it, in several provinces and wordings.
import { describe, expect, it } from 'vitest';
import { confermentHonours, confermentRules } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { withoutHeadlines } from '../../src/extract/named/refine.js';
import type { Award } from '../../src/types.js';

const r = confermentRules();
const found = (t: string, province: string, title: string | null = null) =>
  confermentHonours(t, province, r, title).map((h) => [h.name, h.count]);

describe('a selection a launch notice sets for later', () => {
  const title = '关于开展2025年某某市“安康杯”竞赛活动的通知';
  it('reads 另评选 … N个 as a quota, not as a name glued to its verb', () => {
    const t = '三、表彰奖励。竞赛结束后，按参赛企业数的5%评选“某某市安康杯竞赛优胜单位”，另评选优秀班组15个、先进个人30名。';
    expect(found(t, '吉林省', title)).toEqual([]);
  });
  it('keeps last year’s result stated in the same notice', () => {
    const t = '2024年，全市共有900家企业参加“安康杯”竞赛活动，评出优胜企业36家、优秀班组88个。';
    expect(found(t, '山东省', title)).toEqual([['安康杯竞赛优胜企业', 36], ['安康杯竞赛优秀班组', 88]]);
  });
});

describe('a launch notice’s quota with any selection verb, and the headings its title names', () => {
  it('reads 今年全市选树“H”20名 as a quota and last year’s 选树的25名 as no new honour', () => {
    const title = '关于开展2025年度“岳州工匠”选树活动的通知';
    expect(found('今年全市选树“岳州工匠”20名，其中制造业不少于12名。', '湖南省', title)).toEqual([]);
  });
  it('takes an annex heading the title names, even with no honour ending', () => {
    const title = '關於表彰2025年度“杏林好醫生”和“杏林好護士”的決定';
    const t = '附件\n一、“杏林好医生”（8名）\n张某　内科\n二、“杏林好护士”（11名）\n三、后勤保障组（4个）\n';
    expect(found(t, '江西省', title)).toEqual([['杏林好医生', 8], ['杏林好护士', 11]]);
  });
});

describe('verbs and builders never part of an honour name', () => {
  it('cuts 建成 / 为 off the name and keeps a built facility out', () => {
    expect(found('截至目前，全省已建成省级模范职工之家520家。', '湖北省')).toEqual([['省级模范职工之家', 520]]);
    expect(found('表彰陈某等6名同志为永定区巾帼建功标兵。', '福建省')).toEqual([['永定区巾帼建功标兵', 6]]);
    expect(found('今年为快递员新建“职工小家”26个。', '贵州省')).toEqual([]);
  });
});

describe('counts paired with honours by 分别', () => {
  it('gives each honour its own count, in order, in either script’s quotes', () => {
    expect(found('全市还有5个集体、11名个人分别荣获“山西省巾帼文明岗”和“山西省巾帼建功标兵”称号。', '山西省'))
      .toEqual([['山西省巾帼文明岗', 5], ['山西省巾帼建功标兵', 11]]);
    // the grammar reads the folded text (the pipeline folds traditional script, offsets kept)
    expect(found(foldToSimplified('2個班組、6名職工分別獲評「甘肅省工人先鋒號」和「隴原工匠」。'), '甘肃省').map((x) => x[1])).toEqual([2, 6]);
  });
});

describe('a contents line restating an article title', () => {
  it('is one conferment with the title, whatever number or bullet opens it', () => {
    const text = '本期要目\n1. 金川县4名职工入选“金城工匠”\n● 另一篇文章\n\n金川县4名职工入选“金城工匠”\n　　日前名单公布。\n';
    const at = (line: string) => text.indexOf(line);
    const award = (start: number): Award => ({ name: '金城工匠', level: 'municipal', count: 4, recipients: [], text: '4名职工入选“金城工匠”', start, end: start + 13, rule: 'conferment.count-verb' });
    const toc = at('金川县4名');
    const title = text.indexOf('金川县4名', toc + 1);
    expect(withoutHeadlines([award(toc), award(title)], text).map((a) => a.start)).toEqual([title]);
  });
});
