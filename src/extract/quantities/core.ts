// Quantities: a number from the number finder + a measure word from rules/units.yaml, with the
// subject (what is counted), scope, period, cumulative flag and list structure (partOf).
// Everything language-specific lives in rules/units.yaml and rules/quantity-context.yaml.
import type { ExtractContext, Quantity } from '../../types.js';
import type { NumberMatch } from '../numbers/types.js';
import type { ContextRule, QuantityRules, UnitRule } from './rules.js';
import { asDoc, type Doc } from '../doc.js';
import { findSubject, clauseBounds, leftSubject, type SubjectResult } from './subject.js';
import { timesPow10 } from './decimal.js';
import { resolveScope, scopeBefore } from './scope.js';
import { linkLists } from './lists.js';
import { longestFirst } from '../refiners/regex.js';
import { firstAtOrAfter } from '../../sorted.js';
import { onRepeatedLine } from './repeated-lines.js';
import { annexHeadingSentence } from './heading-sentence.js';
import { linkLines, onLinkLine } from '../../structure/links.js';
import { lineCellAt, type RecordColumns } from '../named/records.js';
import { cellUnit, lineCellUnit, rowLabelCell, spacedRateCell, type CellUnit } from './table-cells.js';
import { lineStart, lineEnd } from '../../text-lines.js';
import type { GradeRules } from '../grades.js';


interface UnitWord { word: string; rule: UnitRule; unit: string; factor: string }

interface Raw {
  m: NumberMatch;
  rule: UnitRule;
  unit: string;
  valueText: string;
  high: string | null;
  approx: boolean;
  qualifier: string | null;
  start: number;
  end: number;
  /** offset where the number itself starts (after a before-word) */
  numStart: number;
  subj?: SubjectResult;
  /** a table's cell: the label that names the figure and the row it stands in */
  cell?: CellUnit;
}

const TRAILING_APPROX = ['以上', '左右', '上下', '开外', '有余', '多', '余', '许'];

/** the measure words longest first, grouped by first character (a word can only match where its first
 * character is): built once per rules load, not per document, and looked up instead of scanned per number */
interface UnitIndex { all: UnitWord[]; byFirst: Map<string, UnitWord[]> }
const unitIndexCache = new WeakMap<QuantityRules, UnitIndex>();
function unitIndex(rules: QuantityRules): UnitIndex {
  let ix = unitIndexCache.get(rules);
  if (!ix) {
    const all = unitWords(rules);
    const byFirst = new Map<string, UnitWord[]>();
    for (const u of all) {
      const list = byFirst.get(u.word[0]) ?? [];
      list.push(u);
      byFirst.set(u.word[0], list);
    }
    ix = { all, byFirst };
    unitIndexCache.set(rules, ix);
  }
  return ix;
}
const NO_UNITS: UnitWord[] = [];
const startingAt = (ix: UnitIndex, text: string, at: number) => ix.byFirst.get(text[at]) ?? NO_UNITS;

/** guard-rank patterns and before-words, compiled / sorted once per rules load */
const guardCache = new WeakMap<QuantityRules, { ranks: Array<{ res: RegExp[]; words: string[] }>; before: Map<UnitRule, string[]> }>();
function guardData(rules: QuantityRules) {
  let g = guardCache.get(rules);
  if (!g) {
    g = {
      ranks: rules.context.filter((x) => x.type === 'guard-rank').map((r) => ({ res: r.patterns!.map((p) => new RegExp(p, 'u')), words: r.words! })),
      before: new Map(rules.units.filter((r) => r.before).map((r) => [r, longestFirst(r.before!)])),
    };
    guardCache.set(rules, g);
  }
  return g;
}

function unitWords(rules: QuantityRules): UnitWord[] {
  const out: UnitWord[] = [];
  for (const r of rules.units) {
    for (const w of r.words ?? []) {
      const factor = r.factor?.[w] ?? '1';
      // money is reported in 元; a rate keeps its denominator as written (1.2万元/人 → 元/人)
      const unit = r.unit ?? (r.kind === 'money' ? '元' + (/\/.*$/.exec(w)?.[0] ?? '') : w);
      out.push({ word: w, rule: r, unit, factor });
    }
  }
  return out.sort((a, b) => b.word.length - a.word.length);
}

/** the spaces a number and its measure word may have between them; a tab is not one of them: it borders a
 * table's cell (8<tab>张某某 is a row's number, then a name) */
function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\u3000')) i++;
  return i;
}


/** inside an open pair (《…》, “…”) on the same line, within maxLen chars of content */
function enclosed(doc: Doc, start: number, end: number, open: string, close: string, maxLen: number): boolean {
  const text = doc.text;
  const ls = lineStart(text, start);
  // text.lastIndexOf(open, start - 1), which reads from 0 when start is 0
  const opens = doc.occurrences(open);
  const k = firstAtOrAfter(opens, Math.max(start, 1)) - 1;
  const o = k >= 0 ? opens[k] : -1;
  if (o < ls) return false;
  // a straight mark (") both opens and closes: the one before is a closing mark when an odd number of them
  // stand before it on its line (命名"某县工匠"40名。…来自"专精特新"企业: 40名 is outside both pairs)
  if (open === close && (k - firstAtOrAfter(opens, ls)) % 2 === 1) return false;
  const closes = doc.occurrences(close);
  // text.indexOf(close, o + 1)
  const kb = firstAtOrAfter(closes, o + 1);
  const closeBefore = kb < closes.length ? closes[kb] : -1;
  if (closeBefore >= 0 && closeBefore < start) return false;
  // text.indexOf(close, end)
  const kc = firstAtOrAfter(closes, end);
  const c = kc < closes.length ? closes[kc] : -1;
  if (c < 0 || c > lineEnd(text, end)) return false;
  return c - o - 1 <= maxLen;
}

/**
 * 一 written after its noun and closing the clause with its measure word (各颁发奖牌一块。, 含追授一名）) is
 * the count of an inventory, not the article 一 before a noun; the guard's words are the measure words
 * read so (team names like 清扫一班 and frequencies like 每年一次 are not among them).
 */
function inventoryOne(text: string, m: NumberMatch, word: string, wordEnd: number, rule: ContextRule): boolean {
  if (!rule.words?.includes(word)) return false;
  const before = text[m.start - 1] ?? '';
  if (!/[\u4e00-\u9fa5]/u.test(before) || /[的第这這那每一]/u.test(before)) return false;
  const after = text[wordEnd] ?? '\n';
  return /[，,。；;、）)\n]/u.test(after);
}

function guarded(doc: Doc, m: NumberMatch, rules: QuantityRules, measured: boolean, unit?: { word: string; end: number; kind: UnitRule['kind'] }): boolean {
  const text = doc.text;
  const ord = rules.rule('guard-ordinal');
  if (ord) {
    let i = m.start;
    while (i > 0 && /\s/.test(text[i - 1]) && text[i - 1] !== '\n') i--;
    if (ord.words!.some((w) => text.slice(i - w.length, i) === w)) return true;
  }
  // a rank (前3名, 前十位): the text before the number matches a pattern and a rank word follows
  for (const r of guardData(rules).ranks) {
    let i = m.start;
    while (i > 0 && /\s/.test(text[i - 1]) && text[i - 1] !== '\n') i--;
    // a PDF line may wrap inside the words before (（共\n印80份）): blanks and breaks are not read
    const before = text.slice(Math.max(0, i - 8), i).replace(/\s+/g, '').slice(-4);
    // the rank word after the blanks, read in place (copying the rest of the text per number was quadratic)
    let j = m.end;
    while (j < text.length && /\s/.test(text[j])) j++;
    if (r.res.some((re) => re.test(before)) && r.words.some((w) => text.startsWith(w, j))) return true;
  }
  if (rules.rule('guard-title') && enclosed(doc, m.start, m.end, '《', '》', 200)) return true;
  if (rules.rule('guard-repeated-line') && onRepeatedLine(doc, m.start)) return true;
  const q = rules.rule('guard-quoted');
  if (q) {
    const max = q.maxLength ?? 12;
    if (enclosed(doc, m.start, m.end, '“', '”', max) || enclosed(doc, m.start, m.end, '"', '"', max) ||
      enclosed(doc, m.start, m.end, '「', '」', max)) return true;
  }
  if (rules.rule('guard-bare-multiplier') && /^[百千万亿]$/.test(m.text.trim())) return true;
  const one = rules.rule('guard-article-one');
  if (measured && one && m.script === 'chinese' && m.value === '1' && !m.approx && !m.percent &&
    // (一倍多, 增长一倍: a multiple is never the article)
    !(unit && (unit.kind === 'ratio' || inventoryOne(text, m, unit.word, unit.end, one)))) return true;
  return false;
}

function startsWithAny(text: string, at: number, words: string[]): string | null {
  for (const w of words) if (text.startsWith(w, at)) return w;
  return null;
}

function endsWithAny(text: string, at: number, words: string[]): string | null {
  for (const w of words) if (at - w.length >= 0 && text.slice(at - w.length, at) === w) return w;
  return null;
}

/** one literal per result, in the key order of { ...base, … } (a spread with overrides is slow in V8) */
function rawOf(m: NumberMatch, rule: UnitRule, unit: string, start: number, end: number, approx = m.approx, qualifier = m.qualifier, valueText = m.value, high = m.high): Raw {
  return { m, valueText, high, approx, qualifier, start, numStart: m.start, rule, unit, end };
}

/** a bare number alone in a table's cell, its measure word in the brackets of its column's or row's label */
function bracketUnitCell(text: string, m: NumberMatch, uw: UnitIndex, cols: RecordColumns): Raw | null {
  if (m.percent || m.script === 'chinese' || m.high) return null;
  const c = cellUnit(text, m.start, m.end) ?? lineCellUnit(text, m.start, m.end, cols);
  const u = c && uw.all.find((x) => x.word === c.word && !x.rule.percent && !x.rule.when);
  if (!c || !u) return null;
  const valueText = u.factor !== '1' ? timesPow10(m.value, u.factor) : m.value;
  return { ...rawOf(m, u.rule, u.unit, m.start, m.end, m.approx, m.qualifier, valueText), cell: c };
}

/** the quantity a number is, read from its measure word, percent sign or a word before it */
function matchNumber(doc: Doc, m: NumberMatch, rules: QuantityRules, uw: UnitIndex): Raw | null {
  if (m.percent) return rateCell(doc.text, percentMatch(doc, m, rules));
  const measured = measureWordMatch(doc, m, rules, uw);
  return measured !== undefined ? measured : wordBeforeMatch(doc, m, rules);
}

/** a rate in a table row under a label (完成率 of 新建工会组织（个）): the label is its subject, the row its sentence */
function rateCell(text: string, r: Raw | null): Raw | null {
  const c = r && !r.m.high ? rowLabelCell(text, r.start, r.end) ?? spacedRateCell(text, r.start, r.end) : null;
  return c ? { ...r!, cell: c } : r;
}

/** 42%, 3个百分点: the finder may leave the sign or 个百分点 outside its span */
function percentMatch(doc: Doc, m: NumberMatch, rules: QuantityRules): Raw | null {
  const text = doc.text;
  const rule = rules.units.find((r) => r.percent === m.percent);
  if (!rule) return null;
  let end = m.end;
  const j = skipSpaces(text, end);
  const tail = startsWithAny(text, j, rule.words ?? []) ?? (/^[%％]/.test(text.slice(j)) ? text[j] : null);
  if (tail && !m.text.endsWith(tail)) end = j + tail.length;
  if (guarded(doc, m, rules, false)) return null;
  const valueText = rule.percent === 'fraction' || rule.percent === 'ratio' ? shareValue(m.value) : m.value;
  return rawOf(m, rule, rule.unit ?? '%', m.start, end, m.approx, m.qualifier, valueText);
}

/** a share written as a fraction (三分之一, 三分之二) or a ratio (1∶3) is a rough proportion: reported to four places
 * (0.3333, 0.6667), as a report's readers and annotators write it; small exact ones (千分之五) stay */
function shareValue(value: string): string {
  const d = /\.(\d*)$/.exec(value)?.[1] ?? '';
  if (d.length <= 4 || Number(value) < 0.001) return value;
  return String(Number(Number(value).toFixed(4)));
}

/** 30 余人: 余/多 (and spaces) between the number and a measure word make it approximate */
function approxBeforeUnit(text: string, m: NumberMatch, uw: UnitIndex): { at: number; approx: boolean; qualifier: string | null } {
  const j = skipSpaces(text, m.end);
  if (/[余多]/.test(text[j] ?? '') && !/[余多]$/.test(m.text)) {
    const k = skipSpaces(text, j + 1);
    if (startingAt(uw, text, k).some((u) => text.startsWith(u.word, k))) return { at: k, approx: true, qualifier: m.qualifier ?? text[j] };
  }
  return { at: j, approx: m.approx, qualifier: m.qualifier };
}

/** 100人左右; 多/余 only right before punctuation (100人多 is rare, 100人多次 is not approximate) */
function approxAfterUnit(text: string, end: number): string | null {
  const t = startsWithAny(text, end, TRAILING_APPROX);
  if (!t || (t !== '多' && t !== '余')) return t;
  return /[\u4e00-\u9fa5]/.test(text[end + 1] ?? '') ? null : t;
}

/** 近百万元, 上千万元: a bare magnitude with its qualifier before 元 is a sum, not a name (三元, 五元路); before other
 * words kept for Arabic digits it stays vague (上百道工序) */
function qualifiedMagnitude(m: NumberMatch): boolean {
  const numeral = m.qualifier ? m.text.replace(m.qualifier, '') : m.text;
  return m.approx && /^[百千万亿]+[余多]?$/.test(numeral);
}

/**
 * A sum in Chinese numerals carries a place value (三百元, 五十万元, 八千元); a bare digit before 元
 * is a name or a term (三元德隆, 二元结构), never an amount a bulletin reports.
 */
function chineseSum(m: NumberMatch): boolean {
  return m.script === 'chinese' && (qualifiedMagnitude(m) || /[十百千万亿]/.test(m.text));
}

/** a Chinese numeral with a digit and a place (十一头, 二百余幅, 一千六百余例, 一百二十三起) is a count as
 * Arabic digits are: the article 一 (绘就一幅画卷) and a bare magnitude (上百道, 千头万绪) are not */
function placedChinese(m: NumberMatch): boolean {
  const numeral = m.qualifier ? m.text.replace(m.qualifier, '') : m.text;
  return m.script === 'chinese' && /[十百千万亿萬億]/.test(numeral) && !/^[百千万亿萬億]+[余多餘]?$/.test(numeral);
}

/**
 * The measure word after the number (余/多 and spaces allowed between). undefined when no measure
 * word starts there (the caller then tries a word before), null when one does but vetoes the match.
 */
function measureWordMatch(doc: Doc, m: NumberMatch, rules: QuantityRules, uw: UnitIndex): Raw | null | undefined {
  const text = doc.text;
  const { at: j, approx, qualifier } = approxBeforeUnit(text, m, uw);
  const u = startingAt(uw, text, j).find((x) => text.startsWith(x.word, j));
  if (!u) return undefined;
  if (u.rule.exclude?.some((w) => text.startsWith(w, j))) return null;
  const points = u.word === '个' ? sharedPointsRule(text, j + 1, rules) : null;
  if (points) return rawOf(m, points, points.unit ?? '个百分点', m.start, j + 1, approx, qualifier);
  if (u.rule.percent) {
    // a percent rule's own words (个百分点) when the finder did not mark them
    if (guarded(doc, m, rules, false)) return null;
    return rawOf(m, u.rule, u.rule.unit ?? u.word, m.start, j + u.word.length, approx, qualifier);
  }
  if (guarded(doc, m, rules, true, { word: u.word, end: j + u.word.length, kind: u.rule.kind })) return null;
  if (u.rule.arabicOnly?.includes(u.word) && m.script === 'chinese' && !(chineseSum(m) && u.word.endsWith('元')) && !placedChinese(m)) return null;
  const end = j + u.word.length;
  if (u.rule.chineseLabel?.includes(u.word) && m.script === 'chinese' && /^[\u4e00-\u9fa5]/.test(text[end] ?? '') && !/^[的和与及、]/.test(text[end])) return null;
  if (u.rule.teamName?.includes(u.word) && numberedTeam(text, m)) return null;
  const held = u.rule.when ? contextHolds(doc, m.start, end, u.rule, leadingQualifier(m)) : null;
  if (held === false) return null;
  // a span known by what follows it (连续1200天安全无事故) is named by those words, not by the left
  const rule = held === 'after' ? afterSided(u.rule) : u.rule;
  const tenth = u.unit === '成' ? tenthAfterShare(text, m, end) : null;
  if (tenth) {
    const after = approxAfterUnit(text, end + 1);
    return rawOf(m, rule, u.unit, m.start, end + 1 + (after?.length ?? 0), true, qualifier ?? after, tenth, null);
  }
  const t = approxAfterUnit(text, end);
  const valueText = u.factor !== '1' ? timesPow10(m.value, u.factor) : m.value;
  const high = m.high && u.factor !== '1' ? timesPow10(m.high, u.factor) : m.high;
  return t
    ? rawOf(m, rule, u.unit, m.start, end + t.length, true, qualifier ?? t, valueText, high)
    : rawOf(m, rule, u.unit, m.start, end, approx, qualifier, valueText, high);
}

/** the characters that, written right before a Chinese numeral, make it a count (分两班, 共三队, 有二队, 各一班) */
const COUNT_LEAD = /[分成为為共有设設了和与與及、等每各近约約达達计計编編组組建派出]/u;
/** 综采三队, 输电运检二班: a bare Chinese numeral glued to the work a team does numbers that team, as 第三
 * would; the team's name goes on after it (队长, 全队, 等4个单位) and no count of teams is written this way */
function numberedTeam(text: string, m: NumberMatch): boolean {
  const before = text[m.start - 1] ?? '';
  return m.script === 'chinese' && !m.qualifier && /^[一二三四五六七八九十]$/.test(m.text) &&
    /[\u4e00-\u9fa5]/u.test(before) && !COUNT_LEAD.test(before);
}

const TENTH_DIGITS = '一二三四五六七八九';
/** 九成五, 七成六, 三成半: a share in tenths may say its next place after 成 (9.5 成, 3.5 成); such a share is a
 * rounded one, so approximate. The digit must end the figure (八成三年 is no 8.3) */
function tenthAfterShare(text: string, m: NumberMatch, end: number): string | null {
  const c = text[end] ?? '';
  const d = c === '半' ? 5 : TENTH_DIGITS.indexOf(c) + 1;
  if (!d || m.high || !/^\d+$/.test(m.value) || Number(m.value) > 9) return null;
  if (/^[\u4e00-\u9fa5]/.test(text[end + 1] ?? '') && !/^(?:以上|以下|左右|上下|多|的)/.test(text.slice(end + 1))) return null;
  return `${m.value}.${d}`;
}

/** 分别提高2.4个和3.1个百分点: a pair of changes writes 百分点 once, after the last; the first's 个 is its
 * shortened 个百分点 (the points rule, else null) */
function sharedPointsRule(text: string, end: number, rules: QuantityRules): UnitRule | null {
  if (!/^\s*(?:和|与|與|及|、|或)\s*\d+(?:\.\d+)?\s*个百分点/u.test(text.slice(end, end + 24))) return null;
  return rules.units.find((r) => r.percent === 'points') ?? null;
}

/** the compiled `when` patterns of a unit rule, once per rules load */
const whenCache = new WeakMap<UnitRule, { before: RegExp[]; after: RegExp[]; both: Array<[RegExp, RegExp]> }>();
/** a conditional measure word (岁, 天, 分钟): the sentence before the number or the words after the
 * measure word say it measures something (年龄在18至60周岁, 连续1200天安全无事故) */
function contextHolds(doc: Doc, start: number, end: number, rule: UnitRule, lead = ''): 'before' | 'after' | false {
  let w = whenCache.get(rule);
  if (!w) {
    const re = (p: string) => new RegExp(p, 'u');
    w = { before: rule.when!.before.map(re), after: rule.when!.after.map(re), both: rule.when!.both.map((b): [RegExp, RegExp] => [re(b.before), re(b.after)]) };
    whenCache.set(rule, w);
  }
  const text = doc.text;
  const s = doc.sentenceAt(start);
  // the lower bound of a range (18至55周岁) is read with the words before the range
  const left = text.slice(s.start, start).replace(/\s+/g, '');
  const right = text.slice(end, Math.min(s.end, end + 12)).replace(/\s+/g, '');
  // (a qualifier the finder took into the number, 不足两成, is read as the word before it too)
  if (lead && w.before.some((re) => re.test(left + lead))) return 'before';
  if (w.before.some((re) => re.test(left)) || w.both.some(([b, a]) => b.test(left) && a.test(right))) return 'before';
  return w.after.some((re) => re.test(right)) ? 'after' : false;
}

/** the qualifier written before the number and taken into its span (不足两, 约三), else '' */
function leadingQualifier(m: NumberMatch): string {
  return m.qualifier && m.text.startsWith(m.qualifier) ? m.qualifier : '';
}

/** the rule as read when the words after the measure word made it a figure: its subject is not forced left */
const afterSidedCache = new WeakMap<UnitRule, UnitRule>();
function afterSided(rule: UnitRule): UnitRule {
  let r = afterSidedCache.get(rule);
  if (!r) {
    r = { ...rule, side: undefined };
    afterSidedCache.set(rule, r);
  }
  return r;
}

/** a word before the number that names the quantity (系数为1.2) */
function wordBeforeMatch(doc: Doc, m: NumberMatch, rules: QuantityRules): Raw | null {
  const text = doc.text;
  for (const r of rules.units) {
    if (!r.before) continue;
    let i = m.start;
    while (i > 0 && text[i - 1] === ' ') i--;
    const w = endsWithAny(text, i, guardData(rules).before.get(r)!);
    if (w) {
      if (guarded(doc, m, rules, false)) return null;
      return rawOf(m, r, r.unit ?? '', i - w.length, m.end);
    }
  }
  return null;
}

function periodOf(text: string, sentStart: number, at: number, rules: QuantityRules): string | null {
  const prefix = text.slice(sentStart, at).replace(/\s+/g, '');
  let best: { end: number; text: string } | null = null;
  for (const re of rules.periods) {
    re.lastIndex = 0;
    for (const mm of prefix.matchAll(re)) {
      const end = (mm.index ?? 0) + mm[0].length;
      if (!best || end > best.end || (end === best.end && mm[0].length > best.text.length)) best = { end, text: mm[0] };
    }
  }
  return best?.text ?? null;
}

/** 1万元至3万元, 1000元—3000元, 3个到5个: two figures of one unit joined only by a range separator
 * are one range (the number finder joins 1至3万元, where the unit is written once) */
function joinUnitRanges(text: string, raws: Raw[], separators: readonly string[]): Raw[] {
  const out: Raw[] = [];
  for (let k = 0; k < raws.length; k++) {
    const a = raws[k];
    const b = raws[k + 1];
    const between = b ? text.slice(a.end, b.start).trim() : '';
    if (b && a.high === null && b.high === null && a.unit === b.unit && a.rule.kind === b.rule.kind &&
      separators.includes(between) && lessThan(a.valueText, b.valueText)) {
      out.push({ ...a, high: b.valueText, end: b.end, approx: a.approx || b.approx });
      k++;
    } else out.push(a);
  }
  return out;
}

/** a < b for plain non-negative decimal strings, compared exactly */
function lessThan(a: string, b: string): boolean {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  if (ai.length !== bi.length) return ai.length < bi.length;
  const w = Math.max(af.length, bf.length);
  return ai + af.padEnd(w, '0') < bi + bf.padEnd(w, '0');
}

/** the quantities of a document, given the number finder's matches over its text */
export function quantitiesFromNumbers(ctx: ExtractContext, numbers: NumberMatch[]): Quantity[] {
  const doc = asDoc(ctx);
  const rules = doc.rules.quantities;
  const text = doc.text;
  const uw = unitIndex(rules);
  const raws: Raw[] = [];
  // (a 上一篇 line or a 相关新闻 list names other articles: their figures are not this one's)
  const links = linkLines(text, doc.rules.page);
  for (const m of numbers) {
    if (onLinkLine(links, m.start)) continue;
    const r = matchNumber(doc, m, rules, uw) ?? bracketUnitCell(doc.text, m, uw, doc.rules.workshopNames.rule.recordColumns);
    if (r) raws.push(r);
  }
  raws.sort((a, b) => a.start - b.start);
  // drop overlaps (keep the first)
  const lone: Raw[] = [];
  for (const r of raws) if (!lone.length || r.start >= lone[lone.length - 1].end) lone.push(r);
  const kept = joinUnitRanges(text, lone, doc.rules.numbers.rangeSeparators);

  const spans = kept.map((r) => ({ start: r.start, end: r.end }));
  const cumulativeWords = rules.words('cumulative');
  const out: Quantity[] = kept.map((r, i) => {
    const subj = findSubject(text, r.numStart, r.end, r.rule, rules, spans, i, doc.seg);
    r.subj = subj;
    const s = doc.sentenceAt(r.start);
    const cb = clauseBounds(text, r.start);
    const clauseLeft = text.slice(cb.start, r.numStart).replace(/\s+/g, '');
    const sentLeft = text.slice(s.start, r.numStart).replace(/\s+/g, '');
    let scope = subj.scope;
    if (!scope) scope = scopeBefore(text.slice(s.start, r.numStart), rules, subj.subject);
    const cumulative = cumulativeWords.some((w) => clauseLeft.includes(w)) || /截[至止]/.test(sentLeft);
    return {
      kind: r.rule.kind,
      value: Number(r.valueText),
      valueText: r.valueText,
      unit: r.unit,
      approx: r.approx,
      qualifier: r.qualifier,
      valueHigh: r.high === null ? null : Number(r.high),
      subject: r.cell ? r.cell.subject : subj.subject,
      scope: scope ? resolveScope(scope, doc) : null,
      period: periodOf(text, s.start, r.numStart, rules),
      text: text.slice(r.start, r.end),
      start: r.start,
      end: r.end,
      sentence: r.cell ? text.slice(r.cell.rowStart, r.cell.rowEnd) : sentenceText(text, s),
      page: ctx.pageAt(r.start),
      partOf: null,
      cumulative,
      rule: r.rule.id,
    };
  });
  subjectsFromNeighbours(doc, out, kept, rules);
  linkParts(out, linkLists(text, out, doc.rules.lists, (o) => doc.sentenceAt(o)), rules);
  inheritSiblings(text, out, rules);
  return out;
}

/** the subjects a figure takes from the figures around it: a series' noun, a table cell's column, the object of the
 * clause before, the count a change speaks of, the ratio a new value restates */
function subjectsFromNeighbours(doc: Doc, out: Quantity[], kept: Raw[], rules: QuantityRules): void {
  const text = doc.text;
  shareSeriesNoun(text, out, kept);
  cellFigures(text, out, doc.rules.workshopNames.rule.recordColumns);
  objectOfClauseBefore(doc, out, rules);
  changeOfFigureBefore(text, out, rules);
  ratioRestated(text, out, rules.words('ratio-pair'));
  gradeOfBand(text, out, doc.rules.grades);
}

/** 85分以上为优秀，70分至84分为良好: a band of a grading scale is named by the grade it is said to be (rules/grades.yaml) */
function gradeOfBand(text: string, qs: Quantity[], grades: GradeRules): void {
  for (const q of qs) {
    const grade = q.rule === 'unit.score' ? grades.band.exec(text.slice(q.end, q.end + 16)) : null;
    if (grade) q.subject = grade[1];
  }
}

/** a figure alone in its cell of a one-cell-a-line table (成员数 … | 12人): its subject is its column's label and its
 * sentence the row, which says whose figure it is (records.ts lineCellAt) */
function cellFigures(text: string, qs: Quantity[], cols: RecordColumns): void {
  for (const q of qs) {
    const ls = lineStart(text, q.start);
    const le = text.indexOf('\n', q.end);
    if (q.subject || text.slice(ls, le < 0 ? text.length : le).trim() !== q.text) continue;
    const c = lineCellAt(text, q.start, cols);
    if (!c || !(cols.count ?? []).includes(c.head)) continue;
    q.subject = c.head;
    q.sentence = text.slice(c.rowStart, c.rowEnd);
  }
}

/** the figure's stored sentence: its own, widened over an annex heading block (附件1 / 名单 / （20个）) */
function sentenceText(text: string, s: { start: number; end: number }): string {
  const w = annexHeadingSentence(text, s);
  return text.slice(w.start, w.end);
}

/** 分别给予5000元、3000元、2000元奖励 / 分别有2家、1家企业: figures joined only by 、 before one noun
 * all count that noun (the subject read after the last figure of the series) */
function shareSeriesNoun(text: string, qs: Quantity[], raws: Raw[]): void {
  for (let k = 0; k < qs.length; k++) {
    let n = k;
    while (n + 1 < qs.length && qs[n + 1].unit === qs[k].unit && /^[\s]*、[\s]*$/.test(text.slice(qs[n].end, qs[n + 1].start))) n++;
    if (n === k) continue;
    const last = raws[n].subj;
    if (last?.side === 'right' && last.subject) for (let j = k; j < n; j++) qs[j].subject = last.subject;
    k = n;
  }
}

/** …按每对3000元给予带徒津贴，共计发放95.4万元 / 启动职工书屋示范点建设，建成20个左右: a clause of
 * only a verb and its figure counts the object of the clause before it */
function objectOfClauseBefore(doc: Doc, qs: Quantity[], rules: QuantityRules): void {
  const text = doc.text;
  const verbs = rules.words('verb');
  const works = rules.words('work-noun');
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k];
    // (…发放助学金，每人1000元至3000元不等: a distributive alone says per whom, the thing given is before)
    const perHead = q.kind === 'money' && /^每(?:人|户|家|个|名|位|项|对)$/.test(q.subject);
    if (q.kind === 'percent' || q.kind === 'ratio' || !(verbs.includes(q.subject) || perHead)) continue;
    const cb = clauseBounds(text, q.start);
    if (cb.start === 0 || !/[，,]/.test(text[cb.start - 1])) continue;
    const prev = clauseBounds(text, cb.start - 1);
    let from = prev.start;
    for (const o of qs) if (o.end > from && o.end <= cb.start - 1) from = o.end;
    let owner = leftSubject(text.slice(from, cb.start - 1), rules, doc.seg);
    // the work on a thing (示范点建设) names the thing; an ordinal batch (第二批) names none
    for (const w of works) if (owner.endsWith(w) && owner.length > w.length + 1) { owner = owner.slice(0, -w.length); break; }
    owner = owner.replace(/^第[一二三四五六七八九十\d]+[批届期次轮]/, '');
    if (owner.length >= 2 && !verbs.includes(owner)) q.subject = owner;
  }
}

/** the first subject of a 由…到… pair's end is only its verb and a time (增加到2025年, 增至): no noun to lend */
const pairEnd = (subject: string, verbs: string[]) => verbs.some((v) => subject.startsWith(v) && /^(?:\d{4}年|今年|年底|年末)?$/.test(subject.slice(v.length)));
/** 年均增长约 → 年均增长: the change clause's own words, its approximation adverb dropped */
const changeNamed = (left: string) => left.replace(/了?(?:约|近|超过)$/, '').replace(/^[，,]/, '');

/** …培训4.12万人次，完成年度任务的58.6%，同比增长9.3%: a clause that only states a change (同比增长,
 * 年均增长) speaks of the last count or sum before it in the sentence, whose subject it takes */
function changeOfFigureBefore(text: string, qs: Quantity[], rules: QuantityRules): void {
  const rule = rules.rule('change-clause');
  if (!rule) return;
  const res = rule.patterns!.map((p) => new RegExp(p, 'u'));
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k];
    if (q.kind !== 'percent') continue;
    const left = text.slice(clauseBounds(text, q.start).start, q.start).replace(/\s+/g, '');
    if (!res.some((re) => re.test(left))) continue;
    for (let j = k - 1; j >= 0 && qs[j].sentence === q.sentence; j--) {
      if (qs[j].kind === 'count' || qs[j].kind === 'money') {
        if (qs[j].subject) q.subject = pairEnd(qs[j].subject, rule.words ?? []) ? changeNamed(left) : qs[j].subject;
        break;
      }
    }
  }
}

/** 比例由1∶6调整为1∶3: a ratio's new value, with no ratio named between them, names the ratio before it */
function ratioRestated(text: string, qs: Quantity[], names: string[]): void {
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k];
    const p = qs[k - 1];
    if (q.rule !== 'unit.colon-ratio' || p.rule !== 'unit.colon-ratio' || p.sentence !== q.sentence || !p.subject) continue;
    const between = text.slice(p.end, q.start);
    if (!names.some((w) => between.includes(w))) q.subject = p.subject;
  }
}

/** partOf from the list structure (lists.ts); each part takes its total's head noun, scope and period */
function linkParts(qs: Quantity[], links: Map<number, number>, rules: QuantityRules): void {
  const modifiers = rules.words('modifier-suffix');
  for (const [k, i] of links) {
    const t = qs[i];
    const ps = qs[k].subject;
    const head = headNoun(t.subject, modifiers);
    // a total written after its parts (…县级15家，共26家) names nothing they could take
    if (head && k > i && (!ps || modifiers.some((m) => ps.endsWith(m))) && nameable(ps, head) && !namedClass(ps, rules)) qs[k].subject = ps + head;
    if (!qs[k].scope && t.scope) qs[k].scope = t.scope;
    if (!qs[k].period && t.period) qs[k].period = t.period;
  }
}

/** a part may take the total's head noun unless the part is a noun already (女性, 男性: 性 there is
 * no modifier suffix) or the head is a piece of a quoted title (同志“劳动模范”称号) */
const nameable = (part: string, head: string) => !/^[男女]性$/.test(part) && !/[“”"「」]|称号$/.test(head);

/** 种植养殖类6个: a part named by its class names what it counts; it takes no head noun */
const namedClass = (part: string | null, rules: QuantityRules) => !!part && rules.words('class-suffix').some((w) => part.endsWith(w));

/** 省级技能大师工作室28个、国家级5个: a sibling written as a bare modifier takes the head noun */
function inheritSiblings(text: string, qs: Quantity[], rules: QuantityRules): void {
  const modifiers = rules.words('modifier-suffix');
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k];
    const p = qs[k - 1];
    if (!q.subject || !modifiers.some((m) => q.subject.endsWith(m)) || namedClass(q.subject, rules)) continue;
    if (p.unit !== q.unit || !/^[\s]*、/.test(text.slice(p.end, q.start))) continue;
    const head = headNoun(p.subject, modifiers);
    if (head && head !== p.subject) q.subject += head;
  }
}

function headNoun(subject: string, modifiers: string[]): string {
  let cut = -1;
  for (const m of modifiers) {
    const at = subject.lastIndexOf(m);
    if (at >= 0 && at + m.length < subject.length) cut = Math.max(cut, at + m.length);
  }
  return cut >= 0 ? subject.slice(cut) : subject;
}

