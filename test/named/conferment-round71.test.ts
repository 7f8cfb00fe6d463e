// Round 71 on honours: a title conferred with its place and later selected again by its kind alone with a
// count, and an act of commending received after the levels of the bodies that gave it.
import { describe, expect, it } from 'vitest';
import { confermentHonours, confermentRules } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const found = (t: string, province: string) =>
  confermentHonours(foldToSimplified(t), province, r).map((h) => [h.name, h.count]);

describe('a kind selected again with a count stands for the title conferred before with its place', () => {
  it('counts the holders over the rounds under the full title', () => {
    expect(found('县总工会决定，授予张某某等8名同志“铁岭县最美一线职工”称号。今年是第三次开展评选，三届累计评出最美一线职工24名。', '辽宁省'))
      .toContainEqual(['铁岭县最美一线职工', 24]);
    expect(found('市总工会授予李某等6名同志“沧州市金牌快递小哥”称号。两年来共评出金牌快递小哥15名。', '河北省'))
      .toContainEqual(['沧州市金牌快递小哥', 15]);
  });
  it('leaves a kind alone that no conferment quoted before', () => {
    expect(found('三届累计评出最美一线职工24名。', '辽宁省')).toEqual([]);
  });
});

describe('an act of commending received after the levels that gave it names no title', () => {
  it('reads no honour in 获省州表彰 / 获得市级奖励', () => {
    expect(found('今年全县有1个班组获省州表彰。', '青海省')).toEqual([]);
    expect(found('去年共有5名职工获得市级奖励。', '山东省')).toEqual([]);
  });
});
