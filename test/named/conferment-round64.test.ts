// Round 64: a headline's quoted title then its second part, run together (5名职工获评首届“H” 某某居首), and a
// headline's title with no place beside the sentence's with the place (10人获评“最美某某” / 授予…“某县最美某某”称号).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const extractDocument = (text: string) => confermentHonours(foldToSimplified(text), null, r);

describe('a headline of two parts', () => {
  it('the quoted title alone', () => {
    expect(extractDocument('5名职工获评首届“某乡工匠”　竹编艺人居首\n').map((a) => [a.name, a.count])).toContainEqual(['某乡工匠', 5]);
  });
  it('in a sentence the run after the title goes on with it', () => {
    expect(extractDocument('今年又有2名环卫工人入选“某省最美环卫工人”候选人名单，现予公示。\n').map((a) => a.name)).not.toContain('某省最美环卫工人');
  });
});
