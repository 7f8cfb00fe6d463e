// parseSmallInt: the one reading of short numerals in markers, counts, dates and issue numbers.
import { describe, expect, it } from 'vitest';
import { parseSmallInt } from '../../src/extract/numbers/small-int.js';
import { parseNum } from '../../src/structure/util.js';

describe('parseSmallInt', () => {
  it('reads digits, full-width digits and spaced or comma-grouped digits', () => {
    expect(parseSmallInt('12')).toBe(12);
    expect(parseSmallInt('１２')).toBe(12);
    expect(parseSmallInt('1,200')).toBe(1200);
  });
  it('reads Chinese numerals as the number finder does', () => {
    expect(parseSmallInt('十二')).toBe(12);
    expect(parseSmallInt('二十')).toBe(20);
    expect(parseSmallInt('一百零三')).toBe(103);
    expect(parseSmallInt('两千')).toBe(2000);
    // 一百一 is 110 in Chinese, as the finder reads it (the structure reader once said 101)
    expect(parseSmallInt('一百一')).toBe(110);
  });
  it('reads a year digit by digit, whatever stands for 〇', () => {
    for (const y of ['二〇二一', '二○二一', '二Ｏ二一', '二零二一']) expect(parseSmallInt(y)).toBe(2021);
  });
  it('says null for what is not a numeral', () => {
    for (const s of ['', '第', '十二月', 'abc', '一十一百']) expect(parseSmallInt(s)).toBeNull();
  });
  it('is the structure reader\'s parseNum', () => {
    expect(parseNum('二〇二二')).toBe(2022);
    expect(parseNum('四十')).toBe(40);
  });
});
