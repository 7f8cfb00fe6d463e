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
  if (k0 - i >= 2) return parseDigitRun(text, i, k0, lim);
  return readUnitNumeral(text, i, lim);
}

/** text[i, k0) is two or more digit characters: positional digits (二〇二二, 一七二零), a pair
 * (两三, 三四十), or no number at all (skip the whole run) */
function parseDigitRun(text: string, i: number, k0: number, lim: number): CnResult {
  const run = text.slice(i, k0);
  const unitAfter = k0 < lim && (se(text[k0]) !== undefined || be(text[k0]) !== undefined);
  if (/[〇零]/.test(run) && !/[两兩]/.test(run) && !/^[零〇]/.test(run) && !unitAfter) {
    let digits = '';
    for (const c of run) digits += String(dv(c));
    return { end: k0, value: dec(digits), high: null, kind: 'digits', bare: false, endsWithUnit: false, decimal: false };
  }
  return (k0 - i === 2 ? parsePair(text, i, k0, lim) : null) ?? { skipTo: k0 };
}

/** 两三个, 三四十, 一两万: two consecutive digits, then an optional 十百千 and an optional 万亿 */
function parsePair(text: string, i: number, k0: number, lim: number): CnParse | null {
  const d1 = dv(text[i])!;
  const d2 = dv(text[i + 1])!;
  if (!(d1 > 0 && d2 === d1 + 1)) return null;
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

/** where the reader of a numeral with units (一千零五十万) stands */
interface UnitReader {
  text: string;
  i: number;
  lim: number;
  /** integer part accumulated across 万/亿 */
  total: bigint;
  /** below 10^4 */
  section: bigint;
  /** pending digit */
  cur: number | null;
  /** exponent of the last small unit in this section (4 = none yet) */
  lastSmall: number;
  /** exponent of the last big unit (99 = none) */
  lastBig: number;
  zero: boolean;
  sawDigit: boolean;
  /** exponent of the unit immediately before the pending digit (for 三千五, 一万五) */
  prevUnitExp: number;
  /** the longest valid reading so far */
  best: CnParse | null;
  firstIsTen: boolean;
}

function readUnitNumeral(text: string, i: number, lim: number): CnParse | null {
  const st: UnitReader = {
    text, i, lim, total: 0n, section: 0n, cur: null, lastSmall: 4, lastBig: 99, zero: false, sawDigit: false,
    prevUnitExp: -1, best: null, firstIsTen: se(text[i]) === 1,
  };
  let k = i;
  while (k < lim && readCharAt(st, k)) k++;
  return st.best;
}

/** reads text[k] into the reader; false when the numeral ends before it */
function readCharAt(st: UnitReader, k: number): boolean {
  const c = st.text[k]!;
  const d = dv(c);
  if (d !== undefined) return readDigit(st, k, d);
  const s = se(c);
  if (s !== undefined) return readSmallUnit(st, k, s);
  const b = be(c);
  if (b !== undefined) return readBigUnit(st, k, b);
  readDecimal(st, k);
  return false;
}

/** the value read so far, ending at end, as the best reading */
function record(st: UnitReader, end: number, endsWithUnit: boolean): void {
  let v = st.total + st.section;
  if (st.cur !== null) {
    if (st.prevUnitExp >= 2) v += BigInt(st.cur) * pow10(st.prevUnitExp - 1);
    else v += BigInt(st.cur);
  }
  st.best = {
    end,
    value: fromBigInt(v),
    high: null,
    kind: 'num',
    bare: !st.sawDigit && !st.firstIsTen,
    endsWithUnit,
    decimal: false,
  };
}

function readDigit(st: UnitReader, k: number, d: number): boolean {
  if (st.cur !== null) return false;
  if (d === 0) {
    // 零 inside (一千零五) or, at the start, only before 点 (零点五)
    st.zero = true;
    st.prevUnitExp = -1;
    return true;
  }
  const { text, i } = st;
  // after 十 the digit is the ones digit; after 万 with a section 十万五 stays ambiguous → ones*1000
  const unitBefore = k > i ? se(text[k - 1]) ?? be(text[k - 1]) : undefined;
  st.prevUnitExp = !st.zero && unitBefore !== undefined ? unitBefore : -1;
  st.cur = d;
  st.sawDigit = true;
  record(st, k + 1, false);
  return true;
}

/** 十百千 (exponent s) */
function readSmallUnit(st: UnitReader, k: number, s: number): boolean {
  if (s >= st.lastSmall) return false;
  let digit = st.cur;
  if (digit === null) {
    // 十 at the start (十五) or after 零 (一千零十); 百/千 alone only at the start (bare)
    if (k === st.i || (s === 1 && st.zero && st.lastSmall >= 3)) digit = 1;
    else return false;
  }
  st.section += BigInt(digit) * pow10(s);
  st.lastSmall = s;
  st.cur = null;
  st.zero = false;
  st.prevUnitExp = -1;
  record(st, k + 1, true);
  return true;
}

/** 万亿 (exponent b): closes the section; 万万 and 零亿 are no numbers, 万亿 multiplies */
function readBigUnit(st: UnitReader, k: number, b: number): boolean {
  const sv = st.section + BigInt(st.cur ?? 0) * (st.prevUnitExp >= 2 ? pow10(st.prevUnitExp - 1) : 1n);
  if (k === st.i) {
    st.total = pow10(b);
    st.lastBig = b;
  } else if (sv === 0n) {
    if (!(b === 8 && st.lastBig === 4)) return false;
    if (st.zero) return false;
    st.total = st.total * pow10(8);
    st.lastBig = 8;
  } else if (b === 8) {
    st.total = (st.total + sv) * pow10(8);
    st.lastBig = 8;
  } else {
    if (st.lastBig === 4) return false; // 万万
    if (st.lastBig === 8) st.total += sv * pow10(4);
    else st.total = (st.total + sv) * pow10(4);
    st.lastBig = 4;
  }
  st.section = 0n;
  st.cur = null;
  st.lastSmall = 4;
  st.zero = false;
  st.prevUnitExp = -1;
  record(st, k + 1, true);
  return true;
}

const isPlainCnDigit = (c: string | undefined): boolean => isCnDigit(c) && !/[两兩]/.test(c!);

/** 三点一四, 一点五万: a decimal part with 点 ends the numeral (then at most 万, 亿 or 万亿) */
function readDecimal(st: UnitReader, k: number): void {
  const { text, i, lim } = st;
  const c = text[k];
  if (!((c === '点' || c === '點') && k > i && k + 1 < lim && isPlainCnDigit(text[k + 1]))) return;
  const intPart = st.total + st.section + BigInt(st.cur ?? 0);
  if (st.prevUnitExp >= 2) return; // 三千五点… is not a number
  let j = k + 1;
  let frac = '';
  while (j < lim && isPlainCnDigit(text[j])) {
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
  st.best = { end: j, value: v, high: null, kind: 'num', bare: false, endsWithUnit: unit, decimal: true };
}

/** the value of a whole string of Chinese numerals, or null if it is not exactly one */
export function parseChineseNumeral(s: string): Dec | null {
  const r = parseChineseAt(s, 0, s.length);
  if (!r || !('value' in r) || r.end !== s.length || r.high) return null;
  return r.value;
}

