// The fold's character table (src/normalize/t2s-table.ts) is OpenCC's conversion of every Han
// character, one for one: regenerate it with scripts/t2s-table.ts when opencc-js changes.
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/t2cn';
import { openccPairs } from '../../scripts/t2s-table.js';
import { T2S_PAIRS } from '../../src/normalize/t2s-table.js';
import { HAN_RANGES, isHan } from '../../src/normalize/han.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

describe('the traditional → simplified table', () => {
  it('holds exactly the Han characters opencc-js turns into one other character', () => {
    const written = [];
    for (let i = 0; i < T2S_PAIRS.length; i += 2) written.push([T2S_PAIRS[i], T2S_PAIRS[i + 1]]);
    expect(written.length).toBeGreaterThan(3000);
    expect(written).toEqual(openccPairs());
  });

  it('folds every Han character as opencc-js does, and nothing else', () => {
    const toSimplified = Converter({ from: 't', to: 'cn' });
    const han = Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => c < 0xd800 || c > 0xdfff);
    for (const c of han) {
      expect(isHan(c)).toBe(HAN_RANGES.some(([a, b]) => c >= a && c <= b));
    }
    const text = han.map((c) => String.fromCharCode(c)).join('');
    const expected = han.map((c) => {
      const ch = String.fromCharCode(c);
      if (!isHan(c)) return ch;
      const s = toSimplified(ch);
      return s.length === 1 ? s : ch;
    });
    expect(foldToSimplified(text)).toBe(expected.join(''));
    expect(foldToSimplified('寶雞市總工會表彰4800餘人')).toBe('宝鸡市总工会表彰4800余人');
  });
});
