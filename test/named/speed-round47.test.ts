// Round 47 (speed, issue 17): a workshop name opened by a person the document names elsewhere (建有|某某柑橘栽培技能大师
// 工作室，… 某某是…) is looked for just before the type, not back over the whole text for every person at every mention; the names
// found are the same, and a long document's time grows with its length, not with its length times its people.
// Sentences written for these tests (invented names, places and trades).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
/** the named workshops of `t` as [name, leader] */
const pairs = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).filter((w) => w.name).map((w) => [w.name, w.leader]);

const opened = '今年，镇上建有王秋林柑橘栽培技能大师工作室，带动果农200户。王秋林是省级技术能手。';

describe('a name opened by a person the document names after it', () => {
  it('reads the person right before the craft as the name\'s opening and its leader', () => {
    expect(pairs(opened)).toEqual([['王秋林柑橘栽培技能大师工作室', '王秋林']]);
  });

  it('finds the same after a long text naming many people (the search stays by the type)', () => {
    const filler = Array.from({ length: 120 }, (_, k) => `车间主任韩${'一二三四五六七八九十'[k % 10]}${'东南西北中'[k % 5]}在会上发言，通报了第${k + 1}季度的生产情况。`).join('');
    expect(pairs(filler + opened)).toEqual([['王秋林柑橘栽培技能大师工作室', '王秋林']]);
  });

  it('does not open the name with a person written further back than the name can run', () => {
    const far = '技术员王秋林介绍，全镇今年新建的一批示范基地都已投产，其中柑橘栽培技能大师工作室带动果农200户。王秋林是省级技术能手。';
    expect(pairs(far).filter(([name]) => name!.startsWith('王秋林'))).toEqual([]);
  });
});
