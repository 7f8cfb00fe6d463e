// hasOpenBracket counts the five bracket pairs in one pass by code unit; it must answer as counting each
// pair on its own over the line's characters does (the pass it replaced), unmatched closers included.
import { describe, expect, it } from 'vitest';
import { hasOpenBracket } from '../../src/normalize/text.js';

const PAIRS: Array<[string, string]> = [['《', '》'], ['（', '）'], ['〔', '〕'], ['【', '】'], ['(', ')']];

function perPair(t: string): boolean {
  return PAIRS.some(([o, c]) => {
    let depth = 0;
    for (const ch of t) {
      if (ch === o) depth++;
      else if (ch === c && depth > 0) depth--;
    }
    return depth > 0;
  });
}

describe('hasOpenBracket', () => {
  it('answers as a count per pair, on lines of brackets, text and astral characters', () => {
    const alphabet = ['《', '》', '（', '）', '〔', '〕', '【', '】', '(', ')', '关', 'a', ' ', '𠀀', '「'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    let open = 0;
    for (let k = 0; k < 5000; k++) {
      let t = '';
      for (let n = rand(12); n > 0; n--) t += alphabet[rand(alphabet.length)];
      expect(hasOpenBracket(t), t).toBe(perPair(t));
      if (perPair(t)) open++;
    }
    // both answers occur
    expect(open).toBeGreaterThan(500);
    expect(open).toBeLessThan(4500);
    expect(hasOpenBracket('根据《关于（试行）的通知')).toBe(true);
    expect(hasOpenBracket('）（')).toBe(true);
    expect(hasOpenBracket('（一）《通知》')).toBe(false);
  });
});
