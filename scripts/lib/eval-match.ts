// Matching extracted items to gold and scoring them. Quantities match on the same value and unit
// in a sentence containing the gold's sentence_contains (whitespace ignored); the subject is
// scored separately on matched pairs (equal to the gold subject or one of subject_alt).
// Awards match on (name, level, count), workshops on (type, name, count) — multiset matches, one
// gold entry per conferment / workshop mention. Entities match on (type, canonical) for org, policy
// and person as SETS per document: distinct entities on both sides (see matchEntities).
import type { Award, Entity, Quantity, Workshop } from '../../src/types.js';
import type { GoldNamed, GoldQuantity } from './eval-gold.js';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface KindResult {
  score: Score;
  misses: string[];
  falseAlarms: string[];
  /** quantities only: matched pairs whose subject is right, and the wrong ones */
  subjectRight?: number;
  subjectWrong?: string[];
}

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** subjects compare without spaces and quotation marks (“职工之家” = 职工之家) */
const bare = (s: string) => squash(s).replace(/[“”‘’"'「」]/g, '');
export function subjectOk(g: GoldQuantity, subject: string): boolean {
  const s = bare(subject);
  return [g.subject, ...(g.subject_alt ?? [])].some((x) => bare(x) === s);
}

function describeQ(q: Quantity): string {
  return `${q.text.replace(/\s+/g, '')} = ${q.value}${q.unit} [${q.kind}${q.approx ? ', approx' : ''}] subject=${q.subject || '∅'} rule=${q.rule} | ${q.sentence.slice(0, 60)}`;
}
function describeG(g: GoldQuantity): string {
  return `${g.text} = ${g.value}${g.unit} [${g.kind}${g.approx ? ', approx' : ''}] subject=${g.subject} | …${g.sentence_contains}…`;
}

export function matchQuantities(gold: GoldQuantity[], got: Quantity[]): KindResult & { pairs: [GoldQuantity, Quantity][] } {
  const used = new Set<number>();
  const pairOf = new Map<number, number>();
  const fits = (g: GoldQuantity, q: Quantity) =>
    sameNumber(q.value, g.value) && q.unit === g.unit && squash(q.sentence).includes(squash(g.sentence_contains));
  // pass 1: pairs whose subject is also right; pass 2: the rest
  for (const pass of [1, 2]) {
    gold.forEach((g, gi) => {
      if (pairOf.has(gi)) return;
      const k = got.findIndex((q, qi) => !used.has(qi) && fits(g, q) && (pass === 2 || subjectOk(g, q.subject)));
      if (k >= 0) { used.add(k); pairOf.set(gi, k); }
    });
  }
  const pairs: [GoldQuantity, Quantity][] = [...pairOf.entries()].map(([gi, qi]) => [gold[gi], got[qi]]);
  const misses = gold.filter((_, gi) => !pairOf.has(gi)).map(describeG);
  const falseAlarms = got.filter((_, qi) => !used.has(qi)).map(describeQ);
  const subjectWrong = pairs.filter(([g, q]) => !subjectOk(g, q.subject)).map(([g, q]) => `${g.text}: got ${q.subject || '∅'}, want ${g.subject} | …${g.sentence_contains}…`);
  return {
    score: score(pairs.length, falseAlarms.length, misses.length),
    misses, falseAlarms, pairs,
    subjectRight: pairs.length - subjectWrong.length,
    subjectWrong,
  };
}

/** generic multiset match on a key */
function matchKeys(goldKeys: string[], gotKeys: string[]): KindResult {
  const pool = new Map<string, number>();
  for (const k of gotKeys) pool.set(k, (pool.get(k) ?? 0) + 1);
  const misses: string[] = [];
  let tp = 0;
  for (const k of goldKeys) {
    const n = pool.get(k) ?? 0;
    if (n > 0) { pool.set(k, n - 1); tp++; } else misses.push(k);
  }
  const falseAlarms: string[] = [];
  for (const [k, n] of pool) for (let i = 0; i < n; i++) falseAlarms.push(k);
  return { score: score(tp, falseAlarms.length, misses.length), misses, falseAlarms };
}

const key = (...xs: unknown[]) => xs.map((x) => (x === null || x === undefined ? '∅' : squash(String(x)))).join(' | ');

export function matchAwards(gold: NonNullable<GoldNamed['awards']>, got: Award[]): KindResult {
  return matchKeys(gold.map((a) => key(a.name, a.level ?? null, a.count ?? null)), got.map((a) => key(a.name, a.level, a.count)));
}

export function matchWorkshops(gold: NonNullable<GoldNamed['workshops']>, got: Workshop[]): KindResult {
  return matchKeys(gold.map((w) => key(w.type, w.name ?? null, w.count ?? null)), got.map((w) => key(w.type, w.name, w.count)));
}

export const ENTITY_TYPES = ['org', 'policy', 'person'] as const;

/** Entities are scored per DISTINCT entity: the gold lists each organisation / person / policy
 * title once per document, so both sides are reduced to their set of (type, canonical) keys before
 * the match (an extractor that finds 经开区总工会 five times gets one true positive, not one plus
 * four false alarms; a gold entity listed twice by mistake counts once). */
export function matchEntities(gold: NonNullable<GoldNamed['entities']>, got: Entity[], type: string): KindResult {
  const uniq = (xs: string[]) => [...new Set(xs)];
  return matchKeys(
    uniq(gold.filter((e) => e.type === type).map((e) => key(e.type, e.canonical))),
    uniq(got.filter((e) => e.type === type).map((e) => key(e.type, e.canonical))),
  );
}

/** sum several results into one score */
export function total(results: KindResult[]): KindResult {
  const tp = results.reduce((a, r) => a + r.score.tp, 0);
  const fp = results.reduce((a, r) => a + r.score.fp, 0);
  const fn = results.reduce((a, r) => a + r.score.fn, 0);
  const out: KindResult = { score: score(tp, fp, fn), misses: [], falseAlarms: [] };
  if (results.some((r) => r.subjectRight !== undefined)) out.subjectRight = results.reduce((a, r) => a + (r.subjectRight ?? 0), 0);
  return out;
}
