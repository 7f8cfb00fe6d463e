// Small helpers shared by the header readers and the section splitter.

import { parseSmallInt } from '../extract/numbers/small-int.js';
import { foldToSimplified } from '../normalize/fold.js';
import { isRuleLine } from '../normalize/text.js';

/** Chinese numerals used in section markers, issue numbers and dates. */
export const CN_NUM = '〇○零一二两三四五六七八九十百';

/** 十二 → 12, 二十 → 20, 一百零三 → 103, 二〇二一 → 2021, 12 → 12; null when not a number. */
export const parseNum = (s: string): number | null => parseSmallInt(s);

/** All whitespace removed (ASCII, ideographic space, nbsp). */
export function compact(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, '');
}

const DATE_AR = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const DATE_CN = /([〇○零Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

export interface DateHit { iso: string; index: number; length: number }

/** The first date in a space-free string: 2021年5月13日 or 二〇二一年五月十三日 → 2021-05-13. */
export function findDate(s: string): DateHit | null {
  const hits: DateHit[] = [];
  for (const re of [DATE_AR, DATE_CN]) {
    const m = re.exec(s);
    if (!m) continue;
    const y = parseNum(m[1]!), mo = parseNum(m[2]!), d = parseNum(m[3]!);
    if (y === null || mo === null || d === null || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    hits.push({ iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, index: m.index, length: m[0].length });
  }
  hits.sort((a, b) => a.index - b.index);
  return hits[0] ?? null;
}

const MONTH_AR = /^(\d{4})年(\d{1,2})月$/;
const MONTH_CN = /^([〇○零Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月$/;

/** A line that is only a year and a month, bracketed or not (（2025年10月）, 二〇二五年十月): the month a
 * report is dated by when it names no day → 2025-10 (ISO 8601 to the month); null otherwise. */
export function monthOnly(line: string): string | null {
  const s = compact(line).replace(/^[（(]/, '').replace(/[）)]$/, '');
  const m = MONTH_AR.exec(s) ?? MONTH_CN.exec(s);
  const y = m ? parseNum(m[1]!) : null;
  const mo = m ? parseNum(m[2]!) : null;
  return y !== null && mo !== null && mo >= 1 && mo <= 12 ? `${y}-${String(mo).padStart(2, '0')}` : null;
}

/** A line that is only a date (optionally in brackets, optionally with 印发/签发 after it). */
export function dateOnly(line: string): string | null {
  const s = compact(line).replace(/^[（(]/, '').replace(/[）)]$/, '');
  const h = findDate(s);
  if (!h || h.index !== 0) return null;
  const rest = s.slice(h.length);
  return /^(印发|签发|发布|编印|印)?$/.test(rest) ? h.iso : null;
}

// Names of bodies end in one of these (a trailing parenthetical like （公司） is ignored).
// (股: a county bureau's section, 县人社局职业能力建设股 — not a share, 入股, 控股)
const ORG_END =
  /(办公室|办公厅|委员会|领导小组|小组|工作组|总工会|工会|联合会|联合社|协会|学会|研究会|商会|厅|局|部|委|办|处|科|室|院|所|中心|公司|集团|政府|党委|党组|支部|总支|银行|大学|学校|学院|站|队|团|社|会|组|署|府|庭|(?<![入控参持配分炒个])股)$/;
const NOT_ORG = /[。，,；;：:！？!?“”"《》、]/;

/** Looks like the name of an issuing body: short, no sentence punctuation, ends with an org suffix. */
export function isOrgLike(s0: string): boolean {
  // (a traditional-script copy names its bodies 總工會, 聯合會, 人民政府辦公室 alike)
  const s = foldToSimplified(compact(s0));
  if (s.length < 3 || s.length > 60 || NOT_ORG.test(s) || /\d/.test(s)) return false;
  return ORG_END.test(s.replace(/[（(][^（）()]{1,10}[）)]$/, ''));
}

/** The end offsets of org-suffix matches inside s (for splitting 某办公室改革快报). */
export function orgPrefixEnds(s: string): number[] {
  const out: number[] = [];
  for (let p = 3; p < s.length; p++) if (isOrgLike(s.slice(0, p))) out.push(p);
  return out;
}

/**
 * Joins lines that a layout broke inside a name (云南省新时期产业工人队伍建设 + 改革工作协调领导小组办公室):
 * a line that is not yet a complete name, or a very short tail (办公室), is glued to the previous one.
 */
export function joinNameLines(lines: string[]): string[] {
  const out: string[] = [];
  let acc = '';
  for (const raw of lines) {
    const l = compact(raw);
    if (!l) continue;
    if (acc && (!isOrgLike(acc) || (l.length <= 3 && isOrgLike(acc + l)))) acc += l;
    else {
      if (acc) out.push(acc);
      acc = l;
    }
  }
  if (acc) out.push(acc);
  return out;
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const FW_PUNCT = '（）《》〈〉「」『』【】〔〕“”‘’，、。；：！？…—·';

/**
 * Title whitespace: a space next to full-width punctuation is layout and goes; a space between two
 * Chinese characters goes when the characters around it are found joined elsewhere in the document
 * as written, without a space (队伍 建设 → 队伍建设: a word broken by the layout; pass the body, not the title),
 * unless the spaced form also occurs there (the normalizer keeps such spaces only in titles and
 * headings, so a second spaced occurrence — the attached document's own title — confirms it), and
 * otherwise is kept, as one space, as the
 * separator between parallel phrases that Chinese titles use (高位推动 多措并举).
 */
export function tidyTitle(title: string, corpus: string): string {
  let t = title.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
  t = t.replace(new RegExp(` (?=[${FW_PUNCT}])|(?<=[${FW_PUNCT}]) `, 'g'), '');
  t = t.replace(new RegExp(`(?<=([${CJK}]{2})) (?=([${CJK}]{2}))`, 'g'), (m, l: string, r: string) =>
    corpus.includes(l + r) && !corpus.includes(`${l} ${r}`) ? '' : m,
  );
  // digits and CJK never need a space between them in the canonical form
  t = t.replace(new RegExp(`(?<=[${CJK}]) (?=\\d)|(?<=\\d) (?=[${CJK}])`, 'g'), '');
  return t;
}

/**
 * Names run together when the layout put them side by side and the spaces were removed
 * (中共云南省委组织部云南省总工会): split where a new name starts with the same place as the
 * first (云南…云南…) or with 中共/中国/共青团, and both sides are names.
 */
export function splitJoinedOrgs(s: string): string[] {
  if (s.length < 10 || !isOrgLike(s)) return [s];
  const place = s.startsWith('中共') ? s.slice(2, 4) : s.slice(0, 2);
  for (let p = 4; p <= s.length - 4; p++) {
    const rest = s.slice(p);
    const startsNew = rest.startsWith(place) || /^(中共|中国|共青团)/.test(rest);
    if (startsNew && isOrgLike(s.slice(0, p)) && isOrgLike(rest)) return [s.slice(0, p), ...splitJoinedOrgs(rest)];
  }
  return [s];
}

/** A rule drawn with any one mark repeated across the line (■■■■■, ★★★★★, ※※※※※, ◆◆◆◆◆) as well as the
 * dashes and box lines the normaliser knows: offices draw rules with whatever mark their template has. */
export const isRuleMarks = (t: string): boolean => isRuleLine(t) || /^([^\p{L}\p{N}\s])\1{4,}$/u.test(t.replace(/\s+/g, ''));
