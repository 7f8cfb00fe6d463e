// The scanner: every number expression in text[from, to), with its exact span.
// One pass, left to right; at each position at most a bounded amount of look-around except
// for runs of digits, which are consumed once — linear in the length of the text.
import type { NumberMatch } from './types.js';
import { type Dec, add, cmp, dec, div, fromBigInt, isInteger, mulPow10, pow10, toDecimalString } from './decimal.js';
import { be, se, type CnParse, isCnNumeralChar, isCnNumeralCode, parseChineseAt } from './chinese.js';
import { type ContextWord, type NumberRules, guardAt, numberRules } from './rules.js';

const FW0 = 0xff10;
function digitAt(text: string, i: number, lim: number): string | null {
  if (i >= lim) return null;
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return String.fromCharCode(c);
  if (c >= FW0 && c <= FW0 + 9) return String.fromCharCode(c - FW0 + 48);
  return null;
}
const isDigit = (text: string, i: number, lim: number): boolean => digitAt(text, i, lim) !== null;
const SPACE = new Set([' ', '\u3000', '\u00a0', '\t']);
function skipSpaces(text: string, i: number, lim: number): number {
  while (i < lim && SPACE.has(text[i]!)) i++;
  return i;
}
function skipSpacesBack(text: string, i: number): number {
  while (i > 0 && SPACE.has(text[i - 1]!)) i--;
  return i;
}
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const OPEN_QUOTE = new Set(['“', '"', '「', '『', '‘', "'"]);
const CLOSE_QUOTE = new Set(['”', '"', '」', '』', '’', "'"]);
const OPEN_PAREN = new Set(['（', '(', '〔', '[', '【', '［', '｛']);
const CLOSE_PAREN = new Set(['）', ')', '〕', ']', '】', '］', '｝']);
/** SI units written with 千/百 as a prefix: 千米, 千克, 千瓦, 百米 — 千 is then not a multiplier */
const SI_AFTER = new Set(['米', '克', '瓦', '伏', '帕', '焦', '赫', '卡', '字', '兆']);

/** an atom: one number without range, percent or fraction */
interface Atom {
  start: number;
  end: number;
  value: Dec;
  high: Dec | null;
  /** value before any multiplier (for 3至5万 → 3万) */
  base: Dec;
  multExp: number;
  script: 'arabic' | 'chinese' | 'mixed';
  qualifier: string | null;
  approx: boolean;
  bare: boolean;
  /** 4-digit arabic integer or 二〇二二-style digits: may be a year */
  yearLike: boolean;
  /** integer without multiplier */
  plainInt: boolean;
  leadingZero: boolean;
  nDigits: number;
  chinese: boolean;
}

type AtomResult = Atom | { skipTo: number } | null;

/** multiplier characters after an arabic number: 万, 亿, 千, 百, 千万, 百万, 万亿 … */
function multAt(text: string, i: number, lim: number): { exp: number; end: number; lastExp: number } | null {
  const c = text[i];
  if (i >= lim || c === undefined) return null;
  const sc = se(c);
  let exp = be(c) ?? (sc !== undefined && sc >= 2 ? sc : undefined);
  if (exp === undefined) return null;
  let end = i + 1;
  let lastExp = exp;
  const b2 = end < lim ? be(text[end]) : undefined;
  if (b2 !== undefined && b2 > (be(c) ?? 0)) {
    exp += b2;
    lastExp = b2;
    end++;
  }
  // 5千米, 120万千瓦: the last 千/百 belongs to the unit
  const sl = se(text[end - 1]);
  if (end < lim && SI_AFTER.has(text[end]!) && sl !== undefined) {
    if (end - 1 === i) return null;
    exp -= sl;
    end--;
    lastExp = be(text[end - 1]) ?? exp;
  }
  return { exp, end, lastExp };
}

/** 余 多 来 right after a number; 多/来 only after round numbers */
function infixAt(text: string, i: number, lim: number, round: boolean): string | null {
  if (i >= lim) return null;
  const c = text[i]!;
  if (c === '余') return c;
  if (c === '多' && round) return c;
  if (c === '来' && round) {
    const n = text[i + 1];
    if (n === undefined || /[看说讲自源到得了的往去，。、；：,.;:\s]/.test(n)) return null;
    return c;
  }
  return null;
}

type Mult = NonNullable<ReturnType<typeof multAt>>;

/** a run of digits (ASCII or full-width) at i, as ASCII */
function readDigits(text: string, i: number, lim: number): { digits: string; end: number } {
  let j = i;
  let digits = '';
  for (let d = digitAt(text, j, lim); d !== null; d = digitAt(text, j, lim)) {
    digits += d;
    j++;
  }
  return { digits, end: j };
}

/** the integer digits at i with thousands separators: 1,100 / 12,345,678 (ASCII comma, groups of exactly three) */
function readGroupedDigits(text: string, i: number, lim: number): { digits: string; grouped: boolean; end: number } {
  let { digits, end: j } = readDigits(text, i, lim);
  let grouped = false;
  while (
    text[j] === ',' &&
    (grouped || digits.length <= 3) &&
    isDigit(text, j + 1, lim) && isDigit(text, j + 2, lim) && isDigit(text, j + 3, lim) && !isDigit(text, j + 4, lim)
  ) {
    digits += digitAt(text, j + 1, lim)! + digitAt(text, j + 2, lim)! + digitAt(text, j + 3, lim)!;
    j += 4;
    grouped = true;
  }
  return { digits, grouped, end: j };
}

const isDot = (c: string | undefined): boolean => c === '.' || c === '．';

/** the decimal part at j ('' if none); 1.1.2 and 2022.10.9 are section numbers and dates: skip them whole */
function readFraction(text: string, j: number, lim: number): { frac: string; end: number } | { skipTo: number } {
  if (!isDot(text[j]) || !isDigit(text, j + 1, lim)) return { frac: '', end: j };
  const { digits: frac, end: k } = readDigits(text, j + 1, lim);
  if (isDot(text[k]) && isDigit(text, k + 1, lim)) {
    let m = k;
    while (m < lim && (isDigit(text, m, lim) || isDot(text[m]))) m++;
    return { skipTo: m };
  }
  return { frac, end: k };
}

/** what follows the digits of an arabic number: qualifier, multiplier, a second part */
interface Tail { value: Dec; end: number; multExp: number; qualifier: string | null; script: Atom['script'] }

/** 余/多/来 after the digits and the multiplier after it; 6000 多万: a space may stand before 多/余
 * when a multiplier follows, and 来 needs a round number */
function infixAfterDigits(text: string, j: number, sq: number, lim: number, round: boolean): { q: string | null; mult: Mult | null } {
  let q = infixAt(text, sq, lim, true);
  if (q === '来' && !round) q = null;
  const mult = q ? multAt(text, sq + 1, lim) : null;
  if (q && !mult && sq !== j && q === '来') q = null;
  return { q, mult };
}

function arabicTail(text: string, j: number, lim: number, base: Dec, round: boolean): Tail {
  const plain: Tail = { value: base, end: j, multExp: 0, qualifier: null, script: 'arabic' };
  const sq = skipSpaces(text, j, lim);
  const { q, mult } = infixAfterDigits(text, j, sq, lim, round);
  // 6000多万, 30余万
  if (q && mult && q !== '来') return { value: mulPow10(base, mult.exp), end: mult.end, multExp: mult.exp, qualifier: q, script: 'mixed' };
  const m = multAt(text, sq, lim);
  if (m) return qualifierAfterMult(text, lim, multipliedTail(text, lim, base, m));
  if (!q) return plain;
  // 30余, 100多, 100 余; 多 only after round numbers (else the number stands alone)
  if ((q === '多' || q === '来') && !round) return plain;
  return { ...plain, end: sq + 1, qualifier: q };
}

/** 25万6千, 3万4000, 1亿2000万, 13万2: a second part after the multiplier, smaller than its unit */
function multipliedTail(text: string, lim: number, base: Dec, m: Mult): Tail {
  const t: Tail = { value: mulPow10(base, m.exp), end: m.end, multExp: m.exp, qualifier: null, script: 'mixed' };
  if (!isDigit(text, m.end, lim) || m.lastExp < 3) return t;
  const { digits: d2, end: k } = readDigits(text, m.end, lim);
  if (isDot(text[k]) || text[k] === ',') return t;
  const m2 = multAt(text, k, lim);
  const v2 = dec(d2);
  if (m2 && m2.exp < m.lastExp && cmp(v2, fromBigInt(pow10(m.lastExp - m2.exp))) < 0) {
    return { ...t, value: add(t.value, mulPow10(v2, m2.exp)), end: m2.end };
  }
  if (!m2 && d2.length === 1 && m.lastExp === 4 && !isDigit(text, k, lim)) return { ...t, value: add(t.value, mulPow10(v2, 3)), end: k }; // 13万2 = 132000
  if (!m2 && d2.length === m.lastExp && d2[0] !== '0') return { ...t, value: add(t.value, v2), end: k }; // 3万4000
  return t;
}

/** 1万余, 1.6万多: the qualifier after the multiplier */
function qualifierAfterMult(text: string, lim: number, t: Tail): Tail {
  const q = text[t.end];
  if (t.multExp > 0 && !t.qualifier && t.end < lim && (q === '余' || q === '多')) return { ...t, qualifier: q, end: t.end + 1 };
  return t;
}

function parseArabicAtom(text: string, i: number, lim: number): AtomResult {
  const { digits, grouped, end: intEnd } = readGroupedDigits(text, i, lim);
  const fr = readFraction(text, intEnd, lim);
  if ('skipTo' in fr) return fr;
  const { frac, end: j } = fr;
  // codes, ids, long digit strings: not quantities
  if (!grouped && digits.length > 15) return { skipTo: j };
  const base = dec(digits, frac);
  const t = arabicTail(text, j, lim, base, frac === '' && digits.endsWith('0'));
  const nDigits = digits.length;
  return {
    start: i,
    end: t.end,
    value: t.value,
    high: null,
    base,
    multExp: t.multExp,
    script: t.script,
    qualifier: t.qualifier,
    approx: t.qualifier !== null,
    bare: false,
    yearLike: nDigits === 4 && frac === '' && !grouped && t.multExp === 0 && !t.qualifier && /^(1[89]|20|21)/.test(digits),
    plainInt: frac === '' && t.multExp === 0,
    leadingZero: nDigits > 1 && digits[0] === '0' && !grouped,
    nDigits,
    chinese: false,
  };
}

/** 队伍四十三支, 陆续十二年: a 大写 character read as an ordinary one (r0.loneCharacters) right before a common
 * numeral is the end of a word, not the start of a number; the 大写 and common scripts never mix in one
 * number, so the number starts after it */
const COMMON_NUMERAL = /[零〇一二两三四五六七八九十百千]/;
function capitalBeforeCommon(text: string, i: number, r0: NumberRules): boolean {
  return r0.loneCharacters.has(text[i]!) && text[i] !== '兩' && COMMON_NUMERAL.test(text[i + 1] ?? '');
}

function parseChineseAtom(text: string, i: number, lim: number, r0: NumberRules): AtomResult {
  if (capitalBeforeCommon(text, i, r0)) return { skipTo: i + 1 };
  const r = parseChineseAt(text, i, lim);
  if (r === null || 'skipTo' in r) return r;
  // 大写 numerals are also common characters (队伍, 陆续, 收拾): alone they are no number
  if (r.end - i === 1 && r0.loneCharacters.has(text[i]!)) return { skipTo: i + 1 };
  const c: CnParse = r;
  let value = c.value;
  let high = c.high;
  let end = c.end;
  let qualifier: string | null = null;
  let multExp = 0;
  const base = value;
  // 三十多万, 十余万; 十余, 百余, 二十多, 十来
  const q = c.endsWithUnit || c.kind === 'pair' ? infixAt(text, end, lim, true) : null;
  if (q) {
    const b = end + 1 < lim ? be(text[end + 1]) : undefined;
    if (b !== undefined && q !== '来' && !c.decimal && (c.value.int < 10000n || b === 8)) {
      value = mulPow10(value, b);
      if (high) high = mulPow10(high, b);
      multExp = b;
      end += 2;
      qualifier = q;
    } else {
      qualifier = q;
      end += 1;
    }
  }
  return {
    start: i,
    end,
    value,
    high,
    base,
    multExp,
    script: 'chinese',
    qualifier,
    approx: qualifier !== null || c.kind === 'pair',
    bare: c.bare,
    yearLike: c.kind === 'digits' && c.end - i === 4,
    plainInt: c.kind !== 'pair' && !c.decimal,
    leadingZero: false,
    nDigits: 0,
    chinese: true,
  };
}

function parseAtom(text: string, i: number, lim: number, r: NumberRules): AtomResult {
  if (isDigit(text, i, lim)) return parseArabicAtom(text, i, lim);
  if (isCnNumeralChar(text[i])) return parseChineseAtom(text, i, lim, r);
  return null;
}

interface Expr {
  start: number;
  end: number;
  value: Dec;
  high: Dec | null;
  approx: boolean;
  qualifier: string | null;
  percent: NumberMatch['percent'];
  script: NumberMatch['script'];
  atoms: Atom[];
}

function startsWithAt(text: string, i: number, w: string, lim: number): boolean {
  return i + w.length <= lim && text.startsWith(w, i);
}

/** the half word (rules/numbers.yaml, half-word: 半数) starting at i, or null */
function halfWordAt(text: string, i: number, lim: number, r: NumberRules): string | null {
  return r.halfWords.find((w) => startsWithAt(text, i, w, lim)) ?? null;
}

/** 半数: one half written as a word, a share like 一半 */
function parseHalfWord(i: number, w: string): Expr {
  const half = dec('0', '5');
  const a: Atom = {
    start: i, end: i + w.length, value: half, high: null, base: half, multExp: 0, script: 'chinese', qualifier: null,
    approx: false, bare: false, yearLike: false, plainInt: false, leadingZero: false, nDigits: 1, chinese: true,
  };
  return { start: i, end: a.end, value: half, high: null, approx: false, qualifier: null, percent: 'fraction', script: 'chinese', atoms: [a] };
}

function mergeScript(a: Atom['script'], b: Atom['script']): Atom['script'] {
  return a === b ? a : 'mixed';
}

/** percent / points suffix at i: returns [end, kind] */
function percentSuffix(text: string, i: number, lim: number): [number, 'percent' | 'points'] | null {
  const s = skipSpaces(text, i, lim);
  if (text[s] === '%' || text[s] === '％') return s < lim ? [s + 1, 'percent'] : null;
  if (startsWithAt(text, s, '个百分点', lim)) return [s + 4, 'points'];
  if (startsWithAt(text, s, '百分点', lim)) return [s + 3, 'points'];
  return null;
}

/**
 * The number expression whose numeral starts at i (after any prefix): atom, fraction, percent,
 * range, suffix. Returns null or {skipTo} when there is none.
 */
function parseExpr(text: string, i: number, lim: number, r: NumberRules): Expr | { skipTo: number } | null {
  if (startsWithAt(text, i, '百分之', lim)) return parsePercentOf(text, i, lim, r);
  const hw = halfWordAt(text, i, lim, r);
  if (hw) return parseHalfWord(i, hw);
  const a = parseAtom(text, i, lim, r);
  if (!a || 'skipTo' in a) return a;
  if (startsWithAt(text, a.end, '分之', lim) && !a.qualifier && !a.high) return parseFraction(text, i, a, lim, r);
  const ratio = parseRatio(text, i, a, lim, r);
  if (ratio) return ratio;
  // 一半
  if (a.chinese && text[a.end] === '半' && a.end === i + 1 && text[i] === '一' && a.end < lim) {
    return { start: i, end: a.end + 1, value: dec('0', '5'), high: null, approx: false, qualifier: null, percent: 'fraction', script: 'chinese', atoms: [a] };
  }
  const ps = percentSuffix(text, a.end, lim);
  const single: Expr = {
    start: i, end: ps ? ps[0] : a.end, value: a.value, high: a.high, approx: false, qualifier: null,
    percent: ps ? ps[1] : null, script: a.script, atoms: [a],
  };
  const ranged = single.high || a.qualifier ? null : rangeTo(text, single, lim, r);
  return withSuffixBound(text, ranged ?? single, lim, r);
}

/** 百分之四十二点一八, 百分之三十至百分之四十 */
function parsePercentOf(text: string, i: number, lim: number, r: NumberRules): Expr | { skipTo: number } {
  const a = parseAtom(text, i + 3, lim, r);
  if (!a || 'skipTo' in a) return a ?? { skipTo: i + 3 };
  const e: Expr = {
    start: i, end: a.end, value: a.value, high: a.high, approx: a.approx, qualifier: a.qualifier, percent: 'percent',
    script: a.chinese ? 'chinese' : 'mixed', atoms: [a],
  };
  const rg = rangeSep(text, a.end, lim, r);
  if (rg === null) return e;
  const b = parseAtom(text, startsWithAt(text, rg, '百分之', lim) ? rg + 3 : rg, lim, r);
  if (!b || 'skipTo' in b || cmp(b.value, a.value) <= 0 || b.high) return e;
  return { ...e, high: b.value, end: b.end, atoms: [a, b] };
}

/** 三分之一, 五分之二, 千分之五: a is the denominator; a failed fraction skips past 分之 */
function parseFraction(text: string, i: number, a: Atom, lim: number, r: NumberRules): Expr | { skipTo: number } {
  const b = parseAtom(text, a.end + 2, lim, r);
  if (!b || 'skipTo' in b || b.high || b.qualifier) return { skipTo: a.end + 2 };
  const q = div(b.value, a.value);
  if (!q) return { skipTo: a.end + 2 };
  const sf = r.suffixes.find((x) => startsWithAt(text, b.end, x.word, lim));
  return {
    start: i, end: b.end + (sf ? sf.word.length : 0), value: q.value, high: null, approx: sf?.approx ?? false,
    qualifier: sf ? sf.word : null, percent: 'fraction', script: mergeScript(a.script, b.script), atoms: [a, b],
  };
}

/** 1∶3.4 after a ratio's name (之比约为, 比例由): the quotient of its two Arabic terms (rules/numbers.yaml, ratio-mark) */
function parseRatio(text: string, i: number, a: Atom, lim: number, r: NumberRules): Expr | null {
  const mark = r.ratio?.marks.find((m) => startsWithAt(text, a.end, m, lim));
  if (!mark || a.chinese || a.high || a.qualifier || !r.ratio!.cue.test(text.slice(Math.max(0, i - 24), i))) return null;
  const b = parseAtom(text, a.end + mark.length, lim, r);
  if (!b || 'skipTo' in b || b.chinese || b.high || b.qualifier) return null;
  const q = div(a.value, b.value);
  if (!q) return null;
  return { start: i, end: b.end, value: q.value, high: null, approx: false, qualifier: null, percent: 'ratio', script: 'arabic', atoms: [a, b] };
}

/** a range from the single atom of e: 1—2, 3至5个, 三到五, 3—5万, 3%—5%, 3—5%; null when there is none */
function rangeTo(text: string, e: Expr, lim: number, r: NumberRules): Expr | null {
  const a = e.atoms[0]!;
  const rg = rangeSep(text, e.end, lim, r);
  if (rg === null) return null;
  const b = parseAtom(text, rg, lim, r);
  if (!b || 'skipTo' in b || b.high || b.leadingZero || b.chinese !== a.chinese) return null;
  const bps = percentSuffix(text, b.end, lim);
  if (!rangeAllowed(text, e, b, bps !== null, lim, r)) return null;
  // 3至5万: the multiplier of the high end applies to the low end too
  const low = a.multExp === 0 && b.multExp > 0 && cmp(a.value, b.base) < 0 ? mulPow10(a.value, b.multExp) : e.value;
  if (cmp(b.value, low) <= 0) return null;
  return {
    ...e, value: low, high: b.value, end: bps ? bps[0] : b.end, percent: bps ? bps[1] : e.percent,
    script: mergeScript(e.script, b.script), atoms: [a, b],
  };
}

function rangeAllowed(text: string, e: Expr, b: Atom, highIsPercent: boolean, lim: number, r: NumberRules): boolean {
  // a percent on the low end only (3%—5) is not a range
  if (e.percent && !highIsPercent) return false;
  if (!e.percent && highIsPercent && e.atoms[0]!.multExp !== 0) return false;
  // 2022-10-09, 0871-1234567: dates and phone numbers, not ranges
  if (!/[-－–]/.test(text[e.end] ?? '')) return true;
  const third = rangeSep(text, b.end, lim, r);
  if (third !== null && isDigit(text, third, lim)) return false;
  return e.atoms[0]!.nDigits + b.nDigits < 7;
}

/** the qualifier and approximation of the atoms, then a bound right after the number: 90%以上, 100左右
 * (以上 after a measure word is the business of quantities) */
function withSuffixBound(text: string, e: Expr, lim: number, r: NumberRules): Expr {
  let qualifier = e.atoms[e.atoms.length - 1]!.qualifier ?? e.atoms[0]!.qualifier;
  let approx = e.atoms.some((x) => x.approx);
  let end = e.end;
  const s = r.suffixes.find((x) => startsWithAt(text, end, x.word, lim));
  if (s) {
    end += s.word.length;
    if (!qualifier) qualifier = s.word;
    approx = approx || s.approx;
  }
  return { ...e, end, approx, qualifier };
}

function rangeSep(text: string, i: number, lim: number, r: NumberRules): number | null {
  const s = skipSpaces(text, i, lim);
  for (const sep of r.rangeSeparators) {
    if (startsWithAt(text, s, sep, lim)) {
      const j = skipSpaces(text, s + sep.length, lim);
      if (isDigit(text, j, lim) || isCnNumeralChar(text[j]) || startsWithAt(text, j, '百分之', lim)) {
        // a Chinese range separator between Chinese numerals, a dash between digits
        return j;
      }
      return null;
    }
  }
  return null;
}

function atLineStart(text: string, i: number, from: number): boolean {
  const k = skipSpacesBack(text, i);
  return k === 0 || text[k - 1] === '\n' || text[k - 1] === '\r' || k <= from && k === 0;
}

/** what stands around an expression, computed once for the reject checks below */
interface Around {
  text: string;
  e: Expr;
  a: Atom;
  numStart: number;
  lim: number;
  from: number;
  /** index after skipping spaces back from numStart, and the character before it */
  prevIdx: number;
  prev: string | undefined;
  /** index after skipping spaces forward from e.end, and the character there */
  afterIdx: number;
  next: string | undefined;
  /** the character right after the expression, spaces not skipped */
  nextRaw: string | undefined;
  chinese: boolean;
}

function around(text: string, e: Expr, numStart: number, lim: number, from: number): Around {
  const a = e.atoms[0]!;
  const prevIdx = skipSpacesBack(text, numStart);
  const afterIdx = skipSpaces(text, e.end, lim);
  return {
    text, e, a, numStart, lim, from, prevIdx, afterIdx,
    prev: prevIdx > 0 ? text[prevIdx - 1] : undefined,
    next: afterIdx < lim ? text[afterIdx] : undefined,
    nextRaw: e.end < lim ? text[e.end] : undefined,
    chinese: a.chinese,
  };
}

/** a later item of an enumeration under one rule word (第一、二名, 第1、2、4项): the word before the first
 * item speaks of every item */
function sharesWordBefore(x: Around, word: string): boolean {
  if (x.text[x.prevIdx - 1] !== '、') return false;
  const left = x.text.slice(Math.max(0, x.prevIdx - 24), x.prevIdx);
  return ENUMERATED_AFTER.get(word)?.test(left) ?? cacheEnumerated(word).test(left);
}
const ENUMERATED_AFTER = new Map<string, RegExp>();
function cacheEnumerated(word: string): RegExp {
  const escaped = word.replace(/[.*+?^$()|[\]\\{}]/g, (c) => '\\' + c);
  const re = new RegExp(escaped + '(?:[0-9０-９一二三四五六七八九十百两]+、)+$', 'u');
  ENUMERATED_AFTER.set(word, re);
  return re;
}

/** ordinals and other rule words right before or after (rules/numbers: before, after) */
function ruleWordReason(x: Around, r: NumberRules): string | null {
  const fits = (script: string | undefined): boolean => !(script === 'chinese' && !x.chinese) && !(script === 'arabic' && x.chinese);
  for (const b of r.before) {
    if (fits(b.script) && x.prevIdx >= b.word.length && x.text.startsWith(b.word, x.prevIdx - b.word.length)) return b.ruleId;
    if (fits(b.script) && sharesWordBefore(x, b.word)) return b.ruleId;
  }
  const lifted = (w: ContextWord) => w.unlessAfter?.some((u) => x.prevIdx >= u.length && x.text.startsWith(u, x.prevIdx - u.length))
    || w.unlessNext?.some((re) => re.test(x.text.slice(x.afterIdx + w.word.length, Math.min(x.lim, x.afterIdx + w.word.length + 4))));
  // a fraction (其中三分之二是留守妇女) is a share: the words that make a numeral a marker, a rank or a
  // session (二是, 二等, 二号, 二届) read its last digit, never the fraction it ends
  if (x.e.percent === 'fraction') return null;
  for (const w of r.after) {
    if (fits(w.script) && startsWithAt(x.text, x.afterIdx, w.word, x.lim) && !lifted(w)) return w.ruleId;
  }
  return null;
}

/** codes (1+4+8+N, 5G, G20, COVID-19, PM2.5), phone numbers, zero-padded codes, times (9:30) */
function codeReason({ text, e, a, numStart, lim, prev, prevIdx, nextRaw, chinese }: Around): string | null {
  if (isAsciiLetter(prev) || prev === '+' || prev === '＋' || isAsciiLetter(nextRaw) || nextRaw === '+' || nextRaw === '＋') return 'code';
  if (text[numStart - 1] === '.' || text[numStart - 1] === '-' && isDigit(text, numStart - 2, lim)) return 'code';
  if (chinese) return null;
  if (a.leadingZero && !(a.nDigits > 1 && text[a.start + 1] === '.')) return 'code';
  if (a.plainInt && a.nDigits === 11 && text[a.start] === '1') return 'phone';
  if (e.percent !== 'ratio' && (text[a.end] === ':' || text[a.end] === '：') && isDigit(text, a.end + 1, lim)) return 'time';
  if ((prev === ':' || prev === '：') && isDigit(text, prevIdx - 2, lim)) return 'time';
  return null;
}

/** years (2021年, 二〇二二年, 2021—2025年), dates (2022-10-09), months (10月, 三四月份), days (9日) */
function calendarReason({ text, e, a, lim, prev, next, chinese }: Around): string | null {
  const last = e.atoms[e.atoms.length - 1]!;
  if (next === '年' && !e.percent && !e.qualifier && last.yearLike && (a.yearLike || e.atoms.length === 1)) return 'year';
  if (a.yearLike && !chinese && e.atoms.length === 1 && (text[a.end] === '/' || text[a.end] === '-' || text[a.end] === '.') && isDigit(text, a.end + 1, lim)) return 'date';
  if (yearMonthDecimal(text, e, a, next)) return 'date';
  if (next === '月' && !e.percent && e.atoms.every((x) => x.plainInt || x.high) && !e.qualifier && cmp(e.high ?? e.value, dec('12')) <= 0 && isInteger(e.value)) return 'month';
  if ((next === '日' || next === '号') && (prev === '月' || prev === '年') && !e.percent) return 'day';
  return null;
}

/** a year and a month written as a decimal (出生年月 1965.11, 1983.04 in a 名单's row) is a date: no sum or count is
 * written so (a sum of that shape carries 万, 亿 or 元 after it) */
const YEAR_MONTH = /^(?:19[3-9]\d|20[0-4]\d)\.(?:0[1-9]|1[0-2])$/;
function yearMonthDecimal(text: string, e: Expr, a: Atom, next: string | undefined): boolean {
  return e.atoms.length === 1 && !e.percent && !e.qualifier && a.script === 'arabic' && a.multExp === 0 &&
    YEAR_MONTH.test(text.slice(a.start, a.end)) && !/[万萬亿億元%％‰]/u.test(next ?? '');
}

/** section markers: 一、 （一） 1. 1、 (1) 1） — a lone plain numeral only */
function sectionReason({ text, e, numStart, from, prev, nextRaw, chinese }: Around): string | null {
  if (e.atoms.length !== 1 || e.percent || e.qualifier) return null;
  const lineStart = (): boolean => atLineStart(text, numStart, from);
  if (chinese && nextRaw === '、') return 'section';
  if (OPEN_PAREN.has(prev ?? '') && CLOSE_PAREN.has(nextRaw ?? '')) return 'section';
  if (!chinese && nextRaw === '、' && (lineStart() || /[。；;：:！？\s]/.test(prev ?? ''))) return 'section';
  if (!chinese && (nextRaw === '.' || nextRaw === '．') && lineStart()) return 'section';
  if ((nextRaw === '）' || nextRaw === ')') && lineStart()) return 'section';
  return null;
}

/** quoted names and codes: “1135”工作模式, “五一”, “100%”; a short quoted phrase that starts
 * with a numeral is a slogan (“五个一”, “五坚持五聚力”, “两新”) */
function quotedReason({ text, e, numStart, lim, nextRaw }: Around): string | null {
  if (!OPEN_QUOTE.has(text[numStart - 1] ?? '') || closesStraightQuote(text, numStart - 1)) return null;
  if (CLOSE_QUOTE.has(nextRaw ?? '')) return 'quoted';
  for (let k = e.end; k < Math.min(lim, numStart + 12); k++) {
    if (CLOSE_QUOTE.has(text[k]!)) return 'slogan';
    if (/[，。；：！？、\n]/.test(text[k]!)) break;
  }
  return null;
}

/** a straight quotation mark (" or ') at `at` closes a pair when an odd number of the same mark stand before it
 * on its line: straight marks alternate, opening then closing ("五一"20名: 20 follows a closing mark) */
function closesStraightQuote(text: string, at: number): boolean {
  const mark = text[at];
  if (mark !== '"' && mark !== "'") return false;
  let n = 0;
  for (let k = at - 1; k >= 0 && text[k] !== '\n'; k--) if (text[k] === mark) n++;
  return n % 2 === 1;
}

/** inside a title 《健康云南 2030 规划纲要》 the number is part of a name (bounded look-around) */
function titleReason({ text, e, numStart, lim }: Around): string | null {
  for (let k = numStart - 1; k >= Math.max(0, numStart - 60); k--) {
    const ch = text[k]!;
    if (ch === '》' || ch === '\n' || ch === '。') return null;
    if (ch === '《') return closesTitle(text, e.end, lim) ? 'title' : null;
  }
  return null;
}

function closesTitle(text: string, from: number, lim: number): boolean {
  for (let m = from; m < Math.min(lim, from + 80); m++) {
    const c = text[m]!;
    if (c === '》') return true;
    if (c === '《' || c === '\n' || c === '。') return false;
  }
  return false;
}

/** 五个一, 两个一百年 (个 then another numeral); bare 百/千/万/亿 need a qualifier (近百, 上千, 万余) */
function sloganOrBareReason({ text, e, a, afterIdx, next, chinese }: Around, hasPrefix: boolean): string | null {
  if (chinese && next === '个' && isCnNumeralChar(text[afterIdx + 1]) && !/^个[十百千万亿]/.test(text.slice(afterIdx, afterIdx + 2))) return 'slogan';
  if (a.bare && !e.qualifier && !hasPrefix && !e.percent && e.atoms.length === 1) return 'bare-unit';
  return null;
}

/** Why an expression is not a quantity (null if it is one); the first check that objects wins. */
function rejectReason(text: string, e: Expr, numStart: number, lim: number, r: NumberRules, from: number, hasPrefix: boolean): string | null {
  const x = around(text, e, numStart, lim, from);
  return ruleWordReason(x, r) ?? codeReason(x) ?? calendarReason(x) ?? sectionReason(x) ?? quotedReason(x) ??
    titleReason(x) ?? sloganOrBareReason(x, hasPrefix);
}

/** tries a number at i (a numeral or a prefix qualifier) */
function tryAt(text: string, i: number, lim: number, r: NumberRules, from: number): NumberMatch | { skipTo: number } | null {
  let numStart = i;
  let prefix: { word: string; approx: boolean; bareOnly: boolean } | null = null;
  const c = text[i]!;
  if (r.prefixStart.has(c) && !isDigit(text, i, lim)) {
    for (const p of r.prefixes) {
      if (startsWithAt(text, i, p.word, lim)) {
        const j = skipSpaces(text, i + p.word.length, lim);
        if (isDigit(text, j, lim) || isCnNumeralChar(text[j]) || halfWordAt(text, j, lim, r)) {
          prefix = p;
          numStart = j;
          break;
        }
      }
    }
    if (!prefix && !isCnNumeralChar(c) && !halfWordAt(text, i, lim, r)) return null;
  }
  const half = halfWordAt(text, numStart, lim, r) !== null;
  if ((half || isCnNumeralChar(text[numStart])) && !startsWithAt(text, numStart, '百分之', lim)) {
    // bounded look-ahead (a Chinese numeral is at most a few dozen characters): keeps the scan linear
    let g = guardAt(r, text, numStart);
    if (g) {
      let k = numStart;
      const kMax = Math.min(lim, numStart + 48);
      while (k < kMax && isCnNumeralChar(text[k])) k++;
      if (startsWithAt(text, k, '分之', lim) || r.keep.some((w) => startsWithAt(text, numStart, w, lim))) g = null;
    }
    if (g) return prefix ? null : { skipTo: g.end };
  }
  const e = parseExpr(text, numStart, lim, r);
  if (!e || 'skipTo' in e) return prefix ? null : e;
  if (prefix?.bareOnly && !e.atoms[0]!.bare) return null;
  const why = rejectReason(text, e, numStart, lim, r, from, prefix !== null);
  if (why) {
    if (prefix) return null;
    let skip = e.end;
    if (why === 'slogan' || why === 'quoted') {
      // the whole quoted phrase: “五坚持五聚力”
      for (let k = e.end; k < Math.min(lim, numStart + 16); k++) if (CLOSE_QUOTE.has(text[k]!)) { skip = k + 1; break; }
    } else if (why === 'date' || why === 'code' || why === 'phone' || why === 'time') {
      while (skip < lim && (isDigit(text, skip, lim) || /[-－/.．:：+＋A-Za-z]/.test(text[skip]!))) skip++;
    }
    return { skipTo: skip };
  }
  const start = prefix ? i : numStart;
  return {
    start,
    end: e.end,
    text: text.slice(start, e.end),
    value: toDecimalString(e.value),
    high: e.high ? toDecimalString(e.high) : null,
    approx: e.approx || (prefix?.approx ?? false),
    qualifier: prefix?.word ?? e.qualifier,
    percent: e.percent,
    script: e.script,
  };
}

/** 1 for the code units the scanner tries a number at: a digit (ASCII or full-width), a Chinese
 * numeral, the first character of a prefix rule (the test at the top of findNumbers' loop) */
const startTables = new WeakMap<NumberRules, Uint8Array>();
function startTable(rules: NumberRules): Uint8Array {
  let t = startTables.get(rules);
  if (!t) {
    t = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if ((c >= 48 && c <= 57) || (c >= FW0 && c <= FW0 + 9) || isCnNumeralCode(c)) t[c] = 1;
    for (const p of rules.prefixStart) t[p.charCodeAt(0)] = 1;
    for (const w of rules.halfWords) t[w.charCodeAt(0)] = 1;
    startTables.set(rules, t);
  }
  return t;
}

/**
 * Every number expression in text[from, to): Arabic, Chinese and mixed numerals with their
 * qualifiers (约, 余, 多, 以上 …), multipliers (万, 亿), ranges, percents, percentage points and
 * fractions; ordinals, dates, document numbers, section markers, names and idioms are left out.
 * The span ends before any measure word (人, 个, 元 …); % and 个百分点 are part of it.
 */
export function findNumbers(text: string, from = 0, to = text.length, rules: NumberRules = numberRules()): NumberMatch[] {
  const out: NumberMatch[] = [];
  const lim = Math.min(to, text.length);
  const starts = startTable(rules);
  let i = Math.max(0, from);
  while (i < lim) {
    // most characters cannot start a number: skip them on their code unit alone
    if (starts[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const c = text[i]!;
    if (isDigit(text, i, lim) || isCnNumeralChar(c) || rules.prefixStart.has(c) || halfWordAt(text, i, lim, rules)) {
      const m = tryAt(text, i, lim, rules, from);
      if (m && 'value' in m) {
        out.push(m);
        i = m.end;
        continue;
      }
      if (m && 'skipTo' in m) {
        i = Math.max(i + 1, m.skipTo);
        continue;
      }
      // a failed numeral: skip the rest of its digit run so that 2021年 does not yield 021
      if (isDigit(text, i, lim)) {
        while (i < lim && isDigit(text, i, lim)) i++;
        continue;
      }
    }
    i++;
  }
  return out;
}

export { parseExpr, parseAtom };
