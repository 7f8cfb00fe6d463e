// Round 53 of issue 18 (figures found): a Chinese numeral glued between the work a team does and 队/班 numbers that
// team (掘进四队, 维修二班), as 第四 would, and counts nothing; a verb or a count word before the numeral (分两班,
// 组成六队) leaves a count. A team named and then its whole (掘进四队全队36人) counts the whole. Text written for
// these tests.
import { describe, it, expect } from 'vitest';
import { documentFigures as figures } from './subject-harness.js';

describe('round 53: a numbered team is a name, not a count', () => {
  it('reads no figure in a team named by its number, and keeps the count of units after it', async () => {
    const got = await figures('授予某某矿业公司掘进四队等3个单位“五一劳动奖状”。');
    expect(got.map((g) => g[0])).not.toContain('四队');
    expect(got.map((g) => g[0])).toContain('3个');
  });

  it('reads no figure in a team number before 班长', async () => {
    const got = await figures('城区供水公司维修二班班长带领全班8名职工完成抢修。');
    expect(got.map((g) => g[0])).not.toContain('二班');
    expect(got.map((g) => g[0])).toContain('8名');
  });

  it('still counts shifts and teams formed', async () => {
    expect((await figures('抢修人员分两班轮流值守。')).map((g) => g[0])).toContain('两班');
    expect((await figures('参赛选手共组成六队进行团体赛。')).map((g) => g[0])).toContain('六队');
  });

  it('counts the whole of a named team, not its name', async () => {
    expect(await figures('某某矿业公司掘进四队全队36人，今年掘进进尺创新高。')).toContainEqual(['36人', '全队']);
  });
});
