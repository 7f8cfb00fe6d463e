// Round 80 (figures): 半数 is one half written as a word, a share like 一半 (value 0.5, no unit), alone or
// with 以上 or a prefix; a voting threshold (过半数同意) is a procedure and 过半 alone (完成过半) a pace of work:
// both stay out. Text written for these tests.
import { describe, it, expect } from 'vitest';
import { findNumbers } from '../../src/extract/numbers/index.js';
import { documentFigures as figures } from './subject-harness.js';

const texts = async (body: string) => (await figures(body)).map((g) => g[0]);

describe('round 80: 半数 as a share', () => {
  it('finds 半数 and 半數 as one half', () => {
    const got = findNumbers('参赛选手中女职工占半数以上。');
    expect(got.map((m) => [m.text, m.value, m.percent])).toEqual([['半数', '0.5', 'fraction']]);
    expect(findNumbers('少數民族職工佔半數')[0]?.value).toBe('0.5');
    expect(findNumbers('超过半数的企业建立了工会')[0]).toMatchObject({ text: '超过半数', approx: true });
  });

  it('reads 半数以上 as a figure of the document, spanned like 一半以上', async () => {
    expect(await texts('全镇茶叶初制所从业职工有四百六十多人，半数以上是少数民族职工。')).toContain('半数');
    expect(await texts('其中女职工占一半以上。')).toEqual(['一半']);
  });

  it('keeps voting thresholds and 过半 alone out', async () => {
    expect(findNumbers('集体合同草案须经全体职工过半数同意')).toEqual([]);
    expect(findNumbers('经全体会员半数以上通过')).toEqual([]);
    expect(await texts('全县工会冬季送温暖资金发放进度过半。')).toEqual([]);
  });
});
