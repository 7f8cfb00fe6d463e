// Per-document facts the named-thing extractors share: the document's province and city (for 省 →
// 云南省, 市总工会 → 曲靖市总工会), the spans of 《…》 titles (names inside a title belong to the
// title), and small text helpers.
import type { DocKind, ExtractContext } from '../../types.js';
import type { NamedRules } from './rules.js';
import type { Segmentation } from '../segmentation.js';
import { asDoc } from '../doc.js';
import { parseSmallInt } from '../numbers/small-int.js';
import { wordsAlt as alt } from '../refiners/regex.js';
import { insideAny } from '../refiners/spans.js';

export { parseSmallInt } from '../numbers/small-int.js';

export interface DocFacts {
  rules: NamedRules;
  /** the document's segmentation (the Doc's own) */
  seg: Segmentation;
  kind: DocKind;
  province: string | null;
  city: string | null;
  /** [start, end) of every 《…》 including the brackets */
  titles: Array<{ start: number; end: number }>;
  /** the organisation aliases that apply to this document (their context matches), longest first:
   * built by entities.ts at first use and kept here, with the document */
  orgAliases?: OrgAlias[];
}

export interface OrgAlias {
  alias: string;
  /** the full name, with the document's province / city filled in (null when it needs one it lacks) */
  canonical: string | null;
  rule: string;
}

export const CJK = /[\u4e00-\u9fa5]/;
export { escapeRe } from '../refiners/regex.js';

const compiledCache = new WeakMap<object, Map<string, unknown>>();
/** Something built from the rules alone (a big alternation regex, a sorted word list), built once per
 * rules load instead of once per document or per call: compiling a regex of a few hundred names
 * costs more than running it over a bulletin. `key` names the thing; `rules` is the loaded rules
 * object (a new load, e.g. after a rules change, gets fresh copies). */
export function perRules<T>(rules: object, key: string, build: () => T): T {
  let m = compiledCache.get(rules);
  if (!m) compiledCache.set(rules, (m = new Map()));
  if (!m.has(key)) m.set(key, build());
  return m.get(key) as T;
}

/** a match of a LiteralScanner, shaped like the RegExpExecArray it replaces (m[0], m.index) */
export interface LiteralMatch {
  0: string;
  index: number;
}

/** What `new RegExp(words.map(escapeRe).join('|'), 'g')` finds, without the regex: the first word (in
 * list order) that starts at the leftmost position where one does. V8 runs a large alternation of
 * literals by trying its branches at every position of the text; this looks each position's code unit
 * up in a table of first code units and tries only the words starting with it, in the same order. */
export class LiteralScanner {
  /** per code unit: 0, or 1 + the index in `lists` of the words starting with it (an array load per
   * position instead of a Map look-up: the scan reads every code unit of the text) */
  private readonly first = new Uint32Array(0x10000);
  private readonly lists: string[][] = [];
  constructor(words: string[]) {
    for (const w of words) {
      if (!w) throw new Error('LiteralScanner: empty word (the regex it replaces would match everywhere)');
      const c = w.charCodeAt(0);
      if (this.first[c] === 0) {
        this.lists.push([]);
        this.first[c] = this.lists.length;
      }
      this.lists[this.first[c] - 1].push(w);
    }
  }
  /** re.lastIndex = from; re.exec(text) — null also when the match would start at or after `to` */
  next(text: string, from: number, to = text.length): LiteralMatch | null {
    const lim = Math.min(to, text.length);
    const first = this.first;
    for (let i = Math.max(0, from); i < lim; i++) {
      const k = first[text.charCodeAt(i)];
      if (k === 0) continue;
      for (const w of this.lists[k - 1]) if (text.startsWith(w, i)) return { 0: w, index: i };
    }
    return null;
  }
}

function mostFrequent(text: string, names: string[], weightText: string): string | null {
  let best: string | null = null;
  let bestN = 0;
  for (const n of names) {
    let c = 0;
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length)) c++;
    for (let i = weightText.indexOf(n); i >= 0; i = weightText.indexOf(n, i + n.length)) c += 5;
    if (c > bestN) {
      bestN = c;
      best = n;
    }
  }
  return best;
}

/** the province names (full and short forms) and the city names, listed once per rules load */
const placeNames = (rules: NamedRules): { full: string[]; short: string[]; cities: string[] } =>
  perRules(rules, 'facts.places', () => {
    const provinces = rules.places.filter((p) => p.kind === 'province');
    return {
      full: provinces.flatMap((p) => p.names),
      short: provinces.flatMap((p) => p.short ?? []),
      cities: rules.places.filter((p) => p.kind === 'city').flatMap((p) => p.names),
    };
  });

/** The document's facts (the Doc's, built once per document). */
export function docFacts(ctx: ExtractContext, rulesDir?: string): DocFacts {
  return asDoc(ctx, rulesDir).facts;
}

/** Province, city and titles of a document: called once per Doc (doc.facts). */
export function computeFacts(ctx: ExtractContext, rules: NamedRules, seg: Segmentation): DocFacts {
  const head = [...ctx.meta.issuers, ctx.meta.title ?? '', ctx.meta.byline ?? ''].join(' ');
  const { full, short, cities } = placeNames(rules);
  let province = mostFrequent(ctx.text, full, head);
  if (!province) {
    // short forms (云南烟草) when no full form is written
    const shortHit = mostFrequent(ctx.text, short, head);
    if (shortHit) province = full.find((f) => f.startsWith(shortHit)) ?? null;
  }
  // (no province written: the province of the city or county the gazetteer places the document in, 武威市 → 甘肃省)
  province ??= asDoc(ctx).place.province;
  // the national gazetteer when the rules' city list does not know the document's city (包头市, 天津市)
  const city = mostFrequent(head, cities, '') ?? mostFrequent(ctx.text.slice(0, 3000), cities, '') ?? asDoc(ctx).place.city;
  return { rules, seg, kind: ctx.meta.kind, province, city, titles: titleSpans(ctx.text) };
}

/** [start, end) of every 《…》 (a title may run over up to four lines) */
function titleSpans(text: string): DocFacts['titles'] {
  const titles: DocFacts['titles'] = [];
  const re = /《[^《》\n]{1,120}(?:\n[^《》\n]{1,120}){0,3}》/g;
  for (let m = re.exec(text); m; m = re.exec(text)) titles.push({ start: m.index, end: m.index + m[0].length });
  return titles;
}

export function insideTitle(f: DocFacts, start: number, end: number): boolean {
  return insideAny(f.titles, start, end);
}

/** A minimal context over a piece of text (rule examples, explain). */
export function textContext(text: string): ExtractContext {
  return {
    text,
    meta: {
      kind: 'other', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
      issuers: [], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
    },
    sections: [],
    pageAt: () => null,
  };
}


const CN_COUNT = '[零〇一二两三四五六七八九十百千]+';

/** The patterns built from rules/named-words.yaml's lists (once per rules load). The order of
 * a list is the order of its alternation: the first word that matches at a position wins. */
export interface NamedPatterns {
  /** a conferment verb in the clause before an award name */
  awardVerb: RegExp;
  /** a count before the award verb: 1人获…, 2个集体荣获…, 3个单位被评为… */
  awardCountBefore: RegExp;
  /** a verb creating or naming a workshop */
  workshopVerb: RegExp;
  /** a count right before the workshop phrase (…5个) */
  workshopCountBefore: RegExp;
  /** a count right after a name: 1人, 2 个, 共6项 */
  countAfter: RegExp;
}

export const namedPatterns = (rules: NamedRules): NamedPatterns => perRules(rules, 'named.patterns', () => {
  const w = rules.words;
  const units = alt(w['count.unit']);
  return {
    awardVerb: new RegExp(`(${alt(w['award.verb'])})`),
    awardCountBefore: new RegExp(
      `(\\d+|${CN_COUNT})\\s*(?:${units})(?:先进)?(?:${alt(w['award.counted-noun'])})?\\s*(?:先后|分别)?(?:被)?(?:${alt(w['award.count-verb'])})(?:了)?\\s*$`,
    ),
    workshopVerb: new RegExp(`(${alt(w['workshop.create-verb'])})`),
    workshopCountBefore: new RegExp(`(\\d+|[一二两三四五六七八九十百]+)\\s*(?:${units})\\s*$`),
    countAfter: new RegExp(`^\\s*(?:共|计|合计|共计)?\\s*(\\d+|${CN_COUNT})\\s*(${units})(?![次])`),
  };
});

/** A count written right after a name: `…1人`, `… 2 个`, `…共6项`. Returns the count and the end offset. */
export function countAfter(f: DocFacts, text: string, pos: number): { count: number; end: number } | null {
  const m = namedPatterns(f.rules).countAfter.exec(text.slice(pos, pos + 20));
  if (!m) return null;
  const n = parseSmallInt(m[1]);
  if (n === null) return null;
  // rounds then holders (“H”五批共78名): the rounds are no count of holders, the count after them is
  const holders = m[2] === '批' ? countAfter(f, text, pos + m[0].length) : null;
  return holders ?? { count: n, end: pos + m[0].length };
}
