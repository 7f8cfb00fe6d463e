// Round 43 of issue 18 (honours): a notice's condition on people who already hold titles (已获得“H1”“H2”称号的人员不再
// 参赛, 获得过“H”及以上荣誉) names each title as held, none counted; one title with no bound stays the conferred
// pattern's, and a reward rule without the perfect (获得“H1”“H2”称号的职工，每人奖励) names none. A record that names its
// person with a leader label glued on (领衔人某某，某族，某市劳动模范。) holds the honour written as a field after it,
// and a labelled field that writes the honour first (领衔人：某市劳动模范 某某) gives it to the name after one space.
// Text written for these tests.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { extractAwards } from '../../src/extract/awards.js';
import { textContext } from '../../src/extract/named/doc.js';

const r = confermentRules();
const all = (text: string) => confermentHonours(foldToSimplified(text), null, r, null);
const byRule = (text: string, rule: string) => all(text).filter((h) => h.rule === rule).map((h) => [h.name, h.count, h.level]);

describe('titles held already (a condition of a contest notice)', () => {
  it('reads each title of a run after 已获得, none counted, with its span on the quoted title', () => {
    const text = '已获得“燕赵工匠”“河北省技术能手”称号的选手不再参加本次比赛。';
    expect(byRule(text, 'conferment.held-already')).toEqual([['燕赵工匠', null, 'provincial'], ['河北省技术能手', null, 'provincial']]);
    const h = all(text).find((x) => x.name === '河北省技术能手')!;
    expect(text.slice(h.start, h.end)).toBe('“河北省技术能手”');
  });
  it('reads titles joined by 或 and a run closed by 等称号', () => {
    expect(byRule('已获评“江苏大工匠”或“江苏工匠”称号的，不再参加本届评选。', 'conferment.held-already').map((x) => x[0])).toEqual(['江苏大工匠', '江苏工匠']);
    expect(byRule('（四）已获得“铜陵市技术能手”“皖江工匠”等称号的，同等条件下优先。', 'conferment.held-already').map((x) => x[0])).toEqual(['铜陵市技术能手', '皖江工匠']);
  });
  it('reads one title bounded above after 已获得 or 获得过', () => {
    expect(byRule('已获得“铜陵市技术能手”及以上称号的人员不再参赛。', 'conferment.held-already')).toEqual([['铜陵市技术能手', null, 'municipal']]);
    expect(byRule('（三）近三年内获得过“铜陵市技术能手”以上荣誉；', 'conferment.held-already')).toEqual([['铜陵市技术能手', null, 'municipal']]);
  });
  it('leaves one unbounded title to the conferred pattern and reads nothing without the perfect', () => {
    expect(byRule('已获得“铜陵市技术能手”称号的人员不再参赛。', 'conferment.held-already')).toEqual([]);
    expect(all('对获得“某某工匠”“铜陵市技术能手”称号的职工，每人奖励2000元。')).toEqual([]);
  });
});


describe('a record whose person is named with a leader label glued on', () => {
  const held = (text: string) => extractAwards(textContext(text)).map((a) => [a.name, a.count, a.recipients]);
  it('gives the honour field to the person, a field between or a full stop after', () => {
    expect(held('3．某某护理创新工作室。依托单位为某县人民医院，领衔人韩立春，某某族，长春市劳动模范。')).toEqual([['长春市劳动模范', null, ['韩立春']]]);
    expect(held('依托单位：某某食品有限公司；领衔人乔明远，长春市劳动模范；成员9人。')).toEqual([['长春市劳动模范', null, ['乔明远']]]);
  });
  it('gives the honour to the person after it in a labelled field (label：H Name)', () => {
    expect(held('3．冷链果品保鲜创新工作室 领衔人：长春市劳动模范 祁向东 依托单位：某某果品公司')).toEqual([['长春市劳动模范', null, ['祁向东']]]);
    expect(held('领衔人：高级技师、长春市劳动模范 祁向东')).toEqual([['长春市劳动模范', null, ['祁向东']]]);
  });
  it('reads no holder when the label is followed by no name', () => {
    expect(held('领衔人要求：长春市劳动模范。')).toEqual([]);
    expect(held('本次评选注重一线职工，长春市劳动模范。')).toEqual([]);
    expect(held('领衔人：长春市劳动模范 优先')).toEqual([]);
  });
});
