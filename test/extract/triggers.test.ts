// A rule family's trigger words (src/extract/triggers.ts): a span without one is skipped, so a gate
// must only ever close where the family's own pattern could not match.
import { describe, expect, it } from 'vitest';
import { triggersOf } from '../../src/extract/triggers.js';

describe('triggersOf', () => {
  it('opens on a span holding one of the words, and only there', () => {
    const t = triggersOf({}, 'kin', () => ['女儿', '妻子']);
    expect(t.in('职工某某的女儿某某说')).toBe(true);
    expect(t.in('职工某某说')).toBe(false);
  });
  it('never gates a family one of whose entries may be a pattern', () => {
    const rules = { words: ['a.b'] };
    // (an entry that may be a pattern is no fixed text: the family is never gated)
    expect(triggersOf(rules, 'x', () => rules.words).in('zzz')).toBe(true);
  });
  it('never gates a family that declares no words', () => {
    expect(triggersOf({}, 'none', () => []).in('任何文字')).toBe(true);
  });
  it('is built once per rules object and family', () => {
    const rules = {};
    let built = 0;
    const words = () => { built++; return ['家庭']; };
    triggersOf(rules, 'f', words);
    triggersOf(rules, 'f', words);
    expect(built).toBe(1);
  });
});
