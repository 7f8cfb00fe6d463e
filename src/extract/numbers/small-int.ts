// Small whole numbers written in a marker, a count, a date or an issue number: 12, １２, 十二,
// 一百零三, 二〇二一 (read digit by digit when no 十/百/千 is written). The Chinese numerals are read
// by the number finder's own parser (parseChineseNumeral), so that there is one reading of 一百零三.
import { parseChineseNumeral } from './chinese.js';
import { toDecimalString } from './decimal.js';

const DIGIT: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** the integer a short numeral string names, or null when it is not one */
export function parseSmallInt(s: string): number | null {
  const t = s
    .replace(/[\s,，]/g, '')
    .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - '０'.charCodeAt(0)))
    // the letter O and the circle written for 〇 in years (二Ｏ二一, 二○二一)
    .replace(/[○ＯO]/g, '〇');
  if (!t) return null;
  if (/^\d+$/.test(t)) return Number(t);
  if ([...t].every((ch) => ch in DIGIT)) return [...t].reduce((v, ch) => v * 10 + DIGIT[ch], 0);
  const v = parseChineseNumeral(t);
  return v === null ? null : Number(toDecimalString(v));
}
