// A quoted name whose craft opens with a ware's or a place's word that a surname starts (某窑白瓷…) is led by whom the next
// sentence says, even when a quoted title stands between 由 and the name. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { homeLevels } from '../../src/extract/named/level.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const names = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, homeLevels([], null)).map((w) => [w.name, w.leader]);

describe('a quoted title after 由 is the leader’s', () => {
  it('reads the titled leader, not the ware opening the name', () => {
    const t = '12月16日，“邢窑白瓷职工创新工作室”在某县某某瓷艺有限公司揭牌。该工作室由“河北省工艺美术大师”郗明哲和公司釉料车间主任禚雅琴共同领衔，现有成员14人。\n';
    expect(names(t)).toEqual([['邢窑白瓷职工创新工作室', '郗明哲']]);
  });
});
