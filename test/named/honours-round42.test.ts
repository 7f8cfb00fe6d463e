// Round 42 of issue 18 (honours): a merit citation of a commendation decision (给予X同志记三等功一次, 给予…等N名同志嘉奖)
// is an honour with its holders' count, counted again by its annex heading and a later count; a participle's bare kind
// (首届评出的6名工匠) is the title conferred before with a count, not a single holder's earlier one; a nomination or
// a plaque received (获得提名, 获授牌) is a step of an act, no title. Text written for these tests.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const all = (text: string) => confermentHonours(foldToSimplified(text), null, r, null);
const byRule = (text: string, rule: string) => all(text).filter((h) => h.rule === rule).map((h) => [h.name, h.count]);

describe('merit citations (记功 / 嘉奖)', () => {
  it('reads one named holder (no count) and a counted batch', () => {
    const text = '一、给予县水利局工程股股长甄立山同志记二等功一次。\n二、给予县应急局卜秋兰、县消防站韦家骏等9名同志嘉奖。\n';
    expect(byRule(text, 'conferment.merit')).toEqual([['记二等功', null], ['嘉奖', 9]]);
  });
  it('counts the citation again in its annex heading and a later count of its holders', () => {
    const text = '给予县应急局卜秋兰等9名同志嘉奖。受嘉奖的9名同志中，女性4名。\n附件\n一、嘉奖（9名）\n卜秋兰　韦家骏\n';
    expect(byRule(text, 'conferment.merit')).toEqual([['嘉奖', 9], ['嘉奖', 9], ['嘉奖', 9]]);
  });
  it('reads no citation in a rule, a class or a reward for its holders', () => {
    expect(byRule('对表现突出的，可给予嘉奖。', 'conferment.merit')).toEqual([]);
    expect(byRule('给予表现突出的人员嘉奖。', 'conferment.merit')).toEqual([]);
    // a heading or a later count with no citation before it is no honour of this document
    expect(byRule('一、嘉奖（9名）\n', 'conferment.merit')).toEqual([]);
    expect(byRule('给予甄立山同志记三等功一次。对记三等功人员给予奖金1500元。', 'conferment.merit')).toEqual([['记三等功', null]]);
  });
});

describe("a participle's bare kind", () => {
  it('is the batch title conferred with a count, not a holder’s earlier title of the same kind', () => {
    const text = '授予甄立山等6名职工第二届“青原工匠”称号。甄立山此前已获“湖东工匠”称号。首届评出的9名工匠加上本届，共15名。';
    const found = all(text).filter((h) => h.rule === 'conferment.participle').map((h) => [h.name, h.count]);
    expect(found).toEqual([['青原工匠', 9]]);
  });
});

describe('a step of the act received', () => {
  it('reads no title from a nomination, a plaque or a recognition received', () => {
    for (const s of ['本届共有7名职工获得提名。', '5个工作室获授牌。', '3个工作室获得认定。']) {
      expect(all(s).filter((h) => h.rule === 'conferment.count-verb')).toEqual([]);
    }
  });
});
