// Round 43 of issue 18: list parts and the figures missed or false. Sentences written for this test (other places,
// other trades), each mechanism with a negative.
import { describe, expect, it } from 'vitest';
import { at, links, texts } from './parts-harness.js';

describe('a rate clause between a total and its 其中 (完成年度任务的108%，其中…)', () => {
  it('the parts after 其中 still divide the total before the rate', () => {
    const t = '全县共培训劳动者2600人次，完成年度任务的108%，其中电工培训900人次、焊工培训1000人次、家政培训700人次。';
    const l = links(t);
    expect(l[at(t, '900人次')]).toBe(at(t, '2600人次'));
    expect(l[at(t, '700人次')]).toBe(at(t, '2600人次'));
  });
  it('a year-on-year rate (同比增长12.5%) is skipped alike', () => {
    const t = '全县新增技能人才1800人，同比增长12.5%，其中高级工以上600人。';
    expect(links(t)[at(t, '600人')]).toBe(at(t, '1800人'));
  });
  it('a clause with a figure of its own is no rate clause: the parts are not forced onto the total', () => {
    const t = '全县共培训劳动者2600人次，其余由企业自主培训420人次，其中电工培训300人次。';
    expect(links(t)[at(t, '300人次')]).not.toBe(at(t, '2600人次'));
  });
});

describe('a tab borders a table cell: a number and the next cell are no figure (8<tab>张某)', () => {
  it('a row number before a surname that is also a measure word is not a count', () => {
    expect(texts('序号\t姓名\t单位\n8\t张建国\t某某机械厂\n9\t李红\t某某食品公司\n')).not.toContain('8\t张');
  });
  it('a space between a number and its measure word still joins them', () => {
    expect(texts('全镇新建果园12 个。')).toContain('12 个');
  });
});

describe('a payment split in halves is a funding rule, no figure (各承担一半, 先拨付一半)', () => {
  it('一半 after a verb of paying is not taken', () => {
    const got = texts('津贴所需资金由县财政和所在企业各承担一半。每个工作室补助2万元，验收当年拨付一半。');
    expect(got).toContain('2万元');
    expect(got).not.toContain('一半');
  });
  it('一半 as a share of a set stays a figure', () => {
    expect(texts('参赛选手中，青年职工占一半以上。')).toContain('一半');
  });
});

describe('a band of an age breakdown is a figure (31至45岁的12人)', () => {
  it('the middle band, counted, is taken as the others are', () => {
    expect(texts('按年龄分，30岁以下的5人，31至45岁的12人，46岁以上的4人。')).toContain('31至45岁');
  });
  it('a band listed among the others (31至45岁、46岁以上) is taken', () => {
    expect(texts('选手分30岁以下、31至45岁、46岁以上三个组别参赛。')).toContain('31至45岁');
  });
  it('an age in a story stays none', () => {
    expect(texts('他12至15岁时跟随父亲学做木工。')).not.toContain('12至15岁');
  });
});

describe('a later item under one 第 is an ordinal too (第一、二名, 第1、3、4项)', () => {
  it('the items after 第 and a 、 are no counts', () => {
    const got = texts('对获得第一、二名的选手给予奖励。备注：第1、3、4项目由企业承办。');
    expect(got).not.toContain('二名');
    expect(got).not.toContain('4项');
  });
  it('an enumeration without 第 keeps its counts', () => {
    expect(texts('两个赛区分别录取3、5名选手。')).toContain('5名');
  });
});
