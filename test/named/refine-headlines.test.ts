// A conferment restated in a contents line or headline is one conferment, kept where a sentence reports it.
import { describe, expect, it } from 'vitest';
import { withoutHeadlines, withPlaceNames } from '../../src/extract/named/refine.js';
import type { Award } from '../../src/types.js';

const at = (text: string, name: string, from = 0, count: number | null = null): Award => {
  const start = text.indexOf(name, from);
  return { name, level: 'national', count, recipients: [], text: name, start, end: start + name.length, rule: 'award.worker-pioneer' };
};

describe('withoutHeadlines', () => {
  it('drops the contents line and headline that restate the sentence', () => {
    const t = '目　录\n1. 某检修班获评全国工人先锋号\n一、某检修班获评全国工人先锋号\n近日，某检修班被授予“全国工人先锋号”称号。';
    const all = [at(t, '全国工人先锋号'), at(t, '全国工人先锋号', t.indexOf('一、')), at(t, '全国工人先锋号', t.indexOf('近日'))];
    expect(withoutHeadlines(all, t).map((a) => a.start)).toEqual([t.indexOf('全国工人先锋号', t.indexOf('近日'))]);
  });
  it('keeps a headline no sentence restates, and counted ones', () => {
    const t = '某检修班获评全国工人先锋号\n全市有3个班组获评全国工人先锋号，其中…。';
    const head = at(t, '全国工人先锋号');
    const counted = at(t, '全国工人先锋号', 12, 3);
    expect(withoutHeadlines([head, counted], t)).toHaveLength(2);
  });
});

describe('withoutHeadlines: a notice title', () => {
  it('drops the uncounted honour of a 关于…的决定 title the body confers with its count', () => {
    const t = '关于对市属国有企业2024年度先进集体和先进个人予以表彰的决定\n决定对某公司等12个先进集体予以表彰。';
    const all = [at(t, '先进集体'), at(t, '先进集体', 30, 12)];
    expect(withoutHeadlines(all, t).map((a) => a.count)).toEqual([12]);
  });
  it('keeps a news headline’s own conferment beside a counted sentence', () => {
    const t = '某检修班获评全国工人先锋号\n全市有3个班组获评全国工人先锋号。';
    expect(withoutHeadlines([at(t, '全国工人先锋号'), at(t, '全国工人先锋号', 12, 3)], t)).toHaveLength(2);
  });
});

describe('withoutHeadlines: a headline counting vaguely', () => {
  it('drops 一批…入选 H where the body counts the same conferment', () => {
    const t = '南通市一批企业工作室入选省级技能大师工作室\n近日，省人社厅公布了省级技能大师工作室名单，南通市共有5家入选。';
    const all = [at(t, '省级技能大师工作室'), at(t, '省级技能大师工作室', 25, 5)];
    expect(withoutHeadlines(all, t).map((a) => a.count)).toEqual([5]);
  });
});

describe('withoutHeadlines: a headline counting one place’s share', () => {
  const lvl = (a: Award, level: string): Award => ({ ...a, level });
  it('drops 某区N名…获评 H where the sentence of the whole conferment states that share', () => {
    const t = '城关区9名职工获评“天水市技术能手”\n近日，市人社局公布“天水市技术能手”名单，全市共有30人获此称号，城关区以9人位列第一。';
    const all = [at(t, '天水市技术能手', 0, 9), at(t, '天水市技术能手', 20, 30)];
    expect(withoutHeadlines(all, t).map((a) => a.count)).toEqual([30]);
  });
  it('reads a level word and a city ending in 州 as one honour, either script', () => {
    const t = '二、我區2個班組獲評市級工人先鋒號\n日前，贛州市總工會授予全市15個班組“贛州市工人先鋒號”稱號，我區某公司維修班、某醫院護理組2個班組榜上有名。';
    // the names come folded to simplified script, the text stays as written
    const all = [{ ...lvl(at(t, '市級工人先鋒號', 0, 2), 'municipal'), name: '市级工人先锋号' }, { ...lvl(at(t, '贛州市工人先鋒號', 20, 15), 'municipal'), name: '赣州市工人先锋号' }];
    expect(withoutHeadlines(all, t).map((a) => a.count)).toEqual([15]);
  });
  it('keeps a headline whose count the sentence does not state', () => {
    const t = '城关区9名职工获评“天水市技术能手”\n近日，全市共有30人获评“天水市技术能手”。';
    const all = [at(t, '天水市技术能手', 0, 9), at(t, '天水市技术能手', 20, 30)];
    expect(withoutHeadlines(all, t)).toHaveLength(2);
  });
  it('keeps a share larger than the whole (no share at all)', () => {
    const t = '全区40名职工获评“天水市技术能手”\n全市共有30人获评“天水市技术能手”，全区40人参加培训。';
    const all = [at(t, '天水市技术能手', 0, 40), at(t, '天水市技术能手', 20, 30)];
    expect(withoutHeadlines(all, t)).toHaveLength(2);
  });
});

describe('withPlaceNames: a level word standing for the place that confers', () => {
  const aw = (name: string, count: number | null, level: Award['level'] = 'municipal'): Award =>
    ({ name, level, count, recipients: [], text: name, start: 0, end: name.length, rule: 'conferment.holders' });
  it('names 市级H by the place-named H of the same level and count', () => {
    const out = withPlaceNames([aw('贺州市青年岗位能手', 20), aw('市级青年岗位能手', 20)]);
    expect(out.map((a) => a.name)).toEqual(['贺州市青年岗位能手', '贺州市青年岗位能手']);
    const county = withPlaceNames([aw('隆回县巾帼建功标兵', 15, 'county'), aw('县级巾帼建功标兵', 15, 'county')]);
    expect(county[1].name).toBe('隆回县巾帼建功标兵');
  });
  it('keeps the level word for another count, another level, 以上, or two candidate places', () => {
    expect(withPlaceNames([aw('安庆市模范职工之家', 12), aw('市级模范职工之家', 186)])[1].name).toBe('市级模范职工之家');
    expect(withPlaceNames([aw('湖南省工人先锋号', 20, 'provincial'), aw('市级工人先锋号', 20)])[1].name).toBe('市级工人先锋号');
    expect(withPlaceNames([aw('泸州市工人先锋号', 17), aw('市级以上工人先锋号', 17, null)])[1].name).toBe('市级以上工人先锋号');
    expect(withPlaceNames([aw('宜宾市技术能手', 8), aw('泸州市技术能手', 8), aw('市级技术能手', 8)])[2].name).toBe('市级技术能手');
  });
});
