// People, round 66: the 由 opening a clause is no part of the post after it (…建立，由技师某某共同领衔), a
// transcribed name's post keeps its trade (运维班长), a leader's post handed by 由…担任 links the workshop —
// on lines written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';

const r = peopleRules();
const found = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}`);

describe('a post after a clause-opening 由', () => {
  it('leaves 由 and the words before it out of a lone leader’s role', () => {
    expect(found('该工作室依托某某新能源有限公司建立，由技师曹秀兰共同领衔。')).toEqual(['曹秀兰/技师']);
    expect(found('由高级工程师司马文涛领衔。')).toEqual(['司马文涛/高级工程师']);
  });
  it('cuts after 由 inside the run too, a workshop’s name before it', () => {
    expect(found('某某贡面传统制作创新工作室由面点技师覃秋菊和非遗传承人糜长顺共同领衔。')).toEqual(['覃秋菊/面点技师', '糜长顺/非遗传承人']);
  });
  it('leaves 其中 and a workshop’s 由 out of a title noun’s qualifier', () => {
    expect(found('其中技师张国庆获评。')).toEqual(['张国庆/技师']);
    expect(found('某某贡面制作创新工作室由面点技师覃秋菊领衔。')).toEqual(['覃秋菊/面点技师']);
  });
  it('leaves alone: the 由 of a word (自由职业者)', () => {
    expect(found('自由职业者张国庆获评。')).toEqual(['张国庆/自由职业者']);
  });
});

describe('a transcribed name after a qualified post', () => {
  it('keeps the trade before 班长', () => {
    expect(found('由高级工程师司马文涛和运维班长麦麦提·艾力共同领衔。')).toEqual(['司马文涛/高级工程师', '麦麦提·艾力/运维班长']);
  });
  it('leaves a bare office bare', () => {
    expect(found('县总工会主席阿依古丽·吐尔逊出席。').map((p) => p.split('/')[0])).toEqual(['阿依古丽·吐尔逊']);
  });
});

