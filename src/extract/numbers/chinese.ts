// Chinese numeral parser: 零〇一二两三四五六七八九十百千万亿, 大写 壹贰叁肆伍陆柒捌玖拾佰仟, 萬億.
// Longest valid prefix wins; it never looks further than a bounded structure (or one run of
// digits), so a scan over a long line stays linear.
import { type Dec, dec, fromBigInt, mulPow10, pow10 } from './decimal.js';

export const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 叄: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
/** 十百千 as powers of ten */
export const CN_SMALL: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
/** 万亿 as powers of ten */
export const CN_BIG: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

// code-unit lookup tables (faster than object property lookups on CJK keys): 1 = digit, 2 = unit
const KIND = new Uint8Array(0x10000);
for (const c of Object.keys(CN_DIGIT)) KIND[c.charCodeAt(0)] = 1;
for (const c of [...Object.keys(CN_SMALL), ...Object.keys(CN_BIG)]) KIND[c.charCodeAt(0)] = 2;

const DV = new Int8Array(0x10000).fill(-1);
const SE = new Int8Array(0x10000).fill(-1);
const BE = new Int8Array(0x10000).fill(-1);
for (const [c, v] of Object.entries(CN_DIGIT)) DV[c.charCodeAt(0)] = v;
for (const [c, v] of Object.entries(CN_SMALL)) SE[c.charCodeAt(0)] = v;
for (const [c, v] of Object.entries(CN_BIG)) BE[c.charCodeAt(0)] = v;
/** digit value, small-unit exponent, big-unit exponent of a character (undefined if none) */
export function dv(c: string | undefined): number | undefined {
  if (c === undefined) return undefined;
  const v = DV[c.charCodeAt(0)]!;
  return v < 0 ? undefined : v;
}
export function se(c: string | undefined): number | undefined {
  if (c === undefined) return undefined;
  const v = SE[c.charCodeAt(0)]!;
  return v < 0 ? undefined : v;
}
export function be(c: string | undefined): number | undefined {
  if (c === undefined) return undefined;
  const v = BE[c.charCodeAt(0)]!;
  return v < 0 ? undefined : v;
}

export function isCnDigit(c: string | undefined): boolean {
  return c !== undefined && KIND[c.charCodeAt(0)] === 1;
}
export function isCnNumeralChar(c: string | undefined): boolean {
  return c !== undefined && KIND[c.charCodeAt(0)] !== 0;
}
/** isCnNumeralChar of the UTF-16 code unit `code` */
export function isCnNumeralCode(code: number): boolean {
  return KIND[code] !== 0;
}

export interface CnParse {
  end: number;
  value: Dec;
  /** upper bound for 两三 / 三四十 style approximate pairs */
  high: Dec | null;
  kind: 'num' | 'digits' | 'pair';
  /** written without any digit: 百, 千, 万, 百万 (十 counts as a number) */
  bare: boolean;
  /** the last character is a unit (十百千万亿): 余/多/来 may follow */
  endsWithUnit: boolean;
  /** a decimal part with 点 */
  decimal: boolean;
}

export type CnResult = CnParse | { skipTo: number } | null;

/**
 * Parses a Chinese numeral starting at i (text[i] must be a numeral character).
 * Returns null when nothing valid starts here, `{skipTo}` for runs of bare digits that are not a
 * number (一一, 五一, 一二三), else the longest valid reading.
 */
export function parseChineseAt(text: string, i: number, lim: number): CnResult {
  if (!isCnNumeralChar(text[i])) return null;
  // leading run of digit characters (no units)
  let k0 = i;
  while (k0 < lim && isCnDigit(text[k0])) k0++;
  const runLen = k0 - i;
  if (runLen >= 2) {
    const run = text.slice(i, k0);
    if (/[〇零]/.test(run) && !/[两兩]/.test(run) && !/^[零〇]/.test(run) && !(k0 < lim && (se(text[k0]) !== undefined || be(text[k0]) !== undefined))) {
      // positional digits: 二〇二二, 一七二零
      let digits = '';
      for (const c of run) digits += String(dv(c));
      return { end: k0, value: dec(digits), high: null, kind: 'digits', bare: false, endsWithUnit: false, decimal: false };
    }
    if (runLen === 2) {
      const d1 = dv(text[i])!;
      const d2 = dv(text[i + 1])!;
      if (d1 > 0 && d2 === d1 + 1) {
        // 两三个, 三四十, 一两万
        let end = k0;
        let exp = 0;
        let unit = false;
        const s = text[end] !== undefined && end < lim ? se(text[end]) : undefined;
        if (s !== undefined) {
          exp += s;
          end++;
          unit = true;
        }
        const b = end < lim ? be(text[end]) : undefined;
        if (b !== undefined) {
          exp += b;
          end++;
          unit = true;
        }
        return {
          end,
          value: mulPow10(fromBigInt(BigInt(d1)), exp),
          high: mulPow10(fromBigInt(BigInt(d2)), exp),
          kind: 'pair',
          bare: false,
          endsWithUnit: unit,
          decimal: false,
        };
      }
    }
    // a run of bare digits that is no number: skip the whole run
    return { skipTo: k0 };
  }

  let total = 0n; // integer part accumulated across 万/亿
  let section = 0n; // below 10^4
  let cur: number | null = null; // pending digit
  let lastSmall = 4; // exponent of the last small unit in this section (4 = none yet)
  let lastBig = 99; // exponent of the last big unit (99 = none)
  let zero = false;
  let sawDigit = false;
  let prevUnitExp = -1; // exponent of the unit immediately before the pending digit (for 三千五, 一万五)
  let best: CnParse | null = null;
  const firstIsTen = se(text[i]) === 1;

  const record = (end: number, endsWithUnit: boolean): void => {
    let v = total + section;
    if (cur !== null) {
      if (prevUnitExp >= 2) v += BigInt(cur) * pow10(prevUnitExp - 1);
      else v += BigInt(cur);
    }
    best = {
      end,
      value: fromBigInt(v),
      high: null,
      kind: 'num',
      bare: !sawDigit && !firstIsTen,
      endsWithUnit,
      decimal: false,
    };
  };

  let k = i;
  while (k < lim) {
    const c = text[k]!;
    const d = dv(c);
    if (d !== undefined) {
      if (cur !== null) break;
      if (d === 0) {
        if (k === i) {
          zero = true; // 零点五 only
          k++;
          continue;
        }
        zero = true;
        prevUnitExp = -1;
        k++;
        continue;
      }
      if (!zero && k > i && (se(text[k - 1]) !== undefined || be(text[k - 1]) !== undefined)) {
        prevUnitExp = se(text[k - 1]) ?? be(text[k - 1]) ?? -1;
        // after 十 the digit is the ones digit; after 万 with a section 十万五 stays ambiguous → ones*1000
      } else prevUnitExp = -1;
      cur = d;
      sawDigit = true;
      record(k + 1, false);
      k++;
      continue;
    }
    const s = se(c);
    if (s !== undefined) {
      if (s >= lastSmall) break;
      let digit = cur;
      if (digit === null) {
        // 十 at the start (十五) or after 零 (一千零十); 百/千 alone only at the start (bare)
        if (k === i || (s === 1 && zero && lastSmall >= 3)) digit = 1;
        else break;
      }
      section += BigInt(digit) * pow10(s);
      lastSmall = s;
      cur = null;
      zero = false;
      prevUnitExp = -1;
      record(k + 1, true);
      k++;
      continue;
    }
    const b = be(c);
    if (b !== undefined) {
      const sv = section + BigInt(cur ?? 0) * (prevUnitExp >= 2 ? pow10(prevUnitExp - 1) : 1n);
      if (k === i) {
        total = pow10(b);
        lastBig = b;
      } else if (sv === 0n) {
        if (!(b === 8 && lastBig === 4)) break;
        if (zero) break;
        total = total * pow10(8);
        lastBig = 8;
      } else if (b === 8) {
        total = (total + sv) * pow10(8);
        lastBig = 8;
      } else {
        if (lastBig === 4) break; // 万万
        if (lastBig === 8) total += sv * pow10(4);
        else total = (total + sv) * pow10(4);
        lastBig = 4;
      }
      section = 0n;
      cur = null;
      lastSmall = 4;
      zero = false;
      prevUnitExp = -1;
      record(k + 1, true);
      k++;
      continue;
    }
    if ((c === '点' || c === '點') && k > i && k + 1 < lim && isCnDigit(text[k + 1]) && !/[两兩]/.test(text[k + 1]!)) {
      const intPart = total + section + BigInt(cur ?? 0);
      if (prevUnitExp >= 2) break; // 三千五点… is not a number
      let j = k + 1;
      let frac = '';
      while (j < lim && isCnDigit(text[j]) && !/[两兩]/.test(text[j]!)) {
        frac += String(dv(text[j]));
        j++;
      }
      let v = dec(intPart.toString(), frac);
      let unit = false;
      const b2 = j < lim ? be(text[j]) : undefined;
      if (b2 !== undefined) {
        v = mulPow10(v, b2);
        j++;
        unit = true;
        if (b2 === 4 && j < lim && be(text[j]) === 8) {
          v = mulPow10(v, 8);
          j++;
        }
      }
      best = { end: j, value: v, high: null, kind: 'num', bare: false, endsWithUnit: unit, decimal: true };
      break;
    }
    break;
  }
  return best;
}

/** the value of a whole string of Chinese numerals, or null if it is not exactly one */
export function parseChineseNumeral(s: string): Dec | null {
  const r = parseChineseAt(s, 0, s.length);
  if (!r || !('value' in r) || r.end !== s.length || r.high) return null;
  return r.value;
}

