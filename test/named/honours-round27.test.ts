// Round 27 of issue 18 (honR): a place's own craftsman title conferred in rounds (某地工匠, 第N届 / 首批), read the
// way a document keeps coming back to it: the holders counted again after a topic clause (从年龄看，6名工匠中) or
// handed their certificates (为6名工匠颁发证书); in a notice that launches a round, the quota of this round (本届共
// 选树…) is no record while an earlier round's result (首届…最终选树…) is; 模范集体 as a title's ending. Sentences
// written for these tests, other places and both scripts.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const got = (text: string, title: string | null = null) =>
  confermentHonours(foldToSimplified(text), null, r, title).map((h) => [h.name, h.count, h.rule]);

describe('the holders of a conferment counted again by the honour’s own noun', () => {
  it('reads a count that opens a clause after a topic', () => {
    expect(got('县委、县政府授予张某等6名职工首届“醴陵工匠”称号。从年龄看，6名工匠中40岁以下的4名。')).toEqual([
      ['醴陵工匠', 6, 'conferment.grant'], ['醴陵工匠', 6, 'conferment.anaphora']]);
    expect(got('命名李某等12名同志为第二届“桐乡工匠”；按行业分，12名工匠里制造业7名。').map((h) => h[2]))
      .toEqual(['conferment.name-as', 'conferment.anaphora']);
  });
  it('reads the holders a ceremony hands certificates to', () => {
    // (the frame of a handing-over may read it first: one more entry of the honour all the same)
    const named = (t: string) => got(t).map((h) => [h[0], h[1]]);
    expect(named('市委、市政府授予王某等9名职工第三届“兴义工匠”称号。会上，市领导为9名工匠颁发了证书和奖牌。')).toEqual([
      ['兴义工匠', 9], ['兴义工匠', 9]]);
    expect(got('授予趙某等5名職工「寧鄉工匠」稱號，並向5名工匠頒發獎牌。')).toEqual([
      ['宁乡工匠', 5, 'conferment.grant'], ['宁乡工匠', 5, 'conferment.anaphora']]);
  });
  it('reads no anaphora from a bare holders’ noun after a clause mark', () => {
    expect(got('授予张某等7名职工“安化工匠”称号。从年龄看，7名职工中女性3名。')).toEqual([['安化工匠', 7, 'conferment.grant']]);
    expect(got('授予张某等7名职工“安化工匠”称号，每人奖励5000元；7名职工均来自生产一线。')).toEqual([['安化工匠', 7, 'conferment.grant']]);
  });
  it('reads no anaphora when the count differs', () => {
    expect(got('授予张某等7名职工“安化工匠”称号。会上，为8名工匠颁发了证书。')).toEqual([['安化工匠', 7, 'conferment.grant']]);
  });
});

describe('a notice launching a round: this round’s quota and an earlier round’s record', () => {
  const title = '关于开展第三届“石门工匠”评选活动的通知';
  it('reads no record from this round’s quota, after 共 too', () => {
    expect(got('本届共评选“石门工匠”12名，其中女性不少于3名。', title)).toEqual([]);
    expect(got('第三届共选树“石门工匠”12名。', title)).toEqual([]);
  });
  it('reads an earlier round’s result as a record', () => {
    expect(got('2022年首届评选活动中，全县共推荐人选40名，最终评选“石门工匠”10名。', title).map((h) => [h[0], h[1]])).toEqual([['石门工匠', 10]]);
    expect(got('第二届評選活動中，最終選樹「石門工匠」9名。', title)).toEqual([['石门工匠', 9, 'conferment.select']]);
    expect(got('往届活动中，最终选树“石门工匠”21名。', title)).toEqual([['石门工匠', 21, 'conferment.select']]);
  });
});

describe('模范集体 as the ending of a title', () => {
  it('reads a list heading of a county’s collectives', () => {
    expect(got('附件2\n\n梨树县模范集体名单（5个）\n\n某某合作社\n')).toEqual([['梨树县模范集体', 5, 'conferment.list-heading']]);
    expect(got('二、扶余市模范集体（4个）\n')).toEqual([['扶余市模范集体', 4, 'conferment.list-heading']]);
  });
});

describe('a title’s total over the rounds it was conferred in', () => {
  it('reads the total after the count of rounds', () => {
    expect(got('至此，全县已有“安化工匠”三届共21名。')).toEqual([['安化工匠', 21, 'conferment.total']]);
    expect(got('截至年底，“宁乡工匠”已评选4批，全市“宁乡工匠”4批累计36人。').map((h) => [h[0], h[1]])).toEqual([['宁乡工匠', 36]]);
    expect(got('全區「港北工匠」兩屆共計18名。')).toEqual([['港北工匠', 18, 'conferment.total']]);
  });
  it('reads no honour from rounds of an event counted', () => {
    expect(got('全县职工运动会已举办三届共1200人参赛。')).toEqual([]);
  });
});

describe('the thing handed over after a quoted title', () => {
  it('names the title without the plaque or certificate', () => {
    expect(got('会上，某某工作室等4个工作室被授予“丽水市示范性职工创新工作室”牌匾。')).toEqual([
      ['丽水市示范性职工创新工作室', 4, 'conferment.count-verb']]);
    expect(got('5个班组获颁“温州市工人先锋号”证牌。').map((h) => [h[0], h[1]])).toEqual([['温州市工人先锋号', 5]]);
  });
});
