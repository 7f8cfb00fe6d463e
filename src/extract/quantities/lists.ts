// List structure: which stated total a figure is a part of (Quantity.partOf). The one definition
// of a list, for extraction and for the findings (src/compare/sum.ts, percent.ts read partOf and
// `directParts`). Words come from rules/lists.yaml; see its header for the two shapes of a list:
//   T，其中A…、B…   (an intro word after the total, its clause's tail and one mark between)
//   共…T，A…、B…    (a total word before T, the next clause made only of parts joined by 、)
// A part whose clause starts with an earlier part's subject + 中 is nested under that part
// (职工总数 ⊃ 一线职工 ⊃ 技术工人): sums are checked over direct parts only.
import { z } from 'zod';
import type { Quantity } from '../../types.js';
import { loadRuleFile, oncePerRulesDir } from '../../rules/loader.js';
import { sentenceAt } from '../sentences.js';
import { clauseBounds } from './subject.js';
import { longestFirst } from '../refiners/regex.js';

const Example = z.object({
  text: z.string().min(1),
  /** a part's figure as written → its total's figure as written */
  parts: z.record(z.string(), z.string()).optional(),
  /** figures that must not be a part of anything */
  none: z.array(z.string()).optional(),
});

const ListRuleSchema = z.object({
  id: z.string().min(1),
  type: z.enum(['intro', 'total', 'nested', 'stop', 'unit-group', 'attribute']),
  description: z.string().optional(),
  words: z.array(z.string().min(1)).min(1),
  examples: z.object({ positive: z.array(Example).default([]), negative: z.array(Example).default([]) }),
});
export type ListRule = z.infer<typeof ListRuleSchema>;

export interface ListRules {
  rules: ListRule[];
  /** words of each type, longest first */
  intro: string[];
  total: string[];
  nested: string[];
  stop: string[];
  /** measure word → its group's first word (人, 名, 位 → 人) */
  unitGroup: Map<string, string>;
  /** attributes of people, one list per dimension (gender, migrant workers, youth …) */
  attributes: { id: string; words: string[] }[];
}

export const loadListRules = oncePerRulesDir((dir): ListRules => {
  const rules = loadRuleFile('lists.yaml', ListRuleSchema, dir);
  const of = (t: ListRule['type']) =>
    longestFirst([...new Set(rules.filter((r) => r.type === t).flatMap((r) => r.words))]);
  const unitGroup = new Map<string, string>();
  for (const r of rules) if (r.type === 'unit-group') for (const w of r.words) unitGroup.set(w, r.words[0]);
  const attributes = rules.filter((r) => r.type === 'attribute').map((r) => ({ id: r.id, words: r.words }));
  return { rules, intro: of('intro'), total: of('total'), nested: of('nested'), stop: of('stop'), unitGroup, attributes };
});

type Fig = Pick<Quantity, 'kind' | 'unit' | 'start' | 'end' | 'subject' | 'partOf'>;

const sameUnit = (a: Fig, b: Fig, lr: ListRules) =>
  a.kind === b.kind && (lr.unitGroup.get(a.unit) ?? a.unit) === (lr.unitGroup.get(b.unit) ?? b.unit);

const MARKS = '，,；;。：:（(';
const DELIMS = /[，,；;。！？：:\n]/;
/** most characters of a total's clause between the figure and an intro word (…4150人，其中) */
const MAX_TAIL = 30;

const compact = (s: string) => s.replace(/\s+/g, '');
const startsWithAny = (s: string, words: string[]) => words.find((w) => s.startsWith(w)) ?? null;

/** After t: its clause's tail, at most one mark, an intro word → the offset after the intro. */
function introAfter(text: string, t: Fig, lr: ListRules): number | null {
  let i = t.end;
  let tail = 0;
  while (i < text.length && !DELIMS.test(text[i]) && !'（('.includes(text[i]) && tail <= MAX_TAIL) {
    if (/[0-9０-９]/.test(text[i])) return null;
    if (startsWithAny(text.slice(i, i + 4), lr.intro)) break;
    i++;
    tail++;
  }
  if (tail > MAX_TAIL) return null;
  while (i < text.length && /\s/.test(text[i]) && text[i] !== '\n') i++;
  if (MARKS.includes(text[i] ?? '\n')) i++;
  while (i < text.length && /\s/.test(text[i]) && text[i] !== '\n') i++;
  const w = startsWithAny(text.slice(i, i + 4), lr.intro);
  return w ? i + w.length : null;
}

/** the clause before q, from its start to q, without spaces (and without a leading intro word) */
function clauseLeft(text: string, q: Fig, lr: ListRules): string {
  const left = compact(text.slice(clauseBounds(text, q.start).start, q.start));
  const w = startsWithAny(left, lr.intro);
  return w ? left.slice(w.length) : left;
}

/** an earlier part whose subject, with a nested word, starts q's clause (一线职工中技术工人) */
function nestedUnder(text: string, q: Fig, parts: Fig[], lr: ListRules): Fig | null {
  const left = clauseLeft(text, q, lr);
  for (let k = parts.length - 1; k >= 0; k--) {
    const s = compact(parts[k].subject ?? '');
    if (s && lr.nested.some((w) => left.startsWith(s + w))) return parts[k];
  }
  return null;
}

/** The parts after an intro word: same-unit figures to the sentence end, nested ones under their part. */
function partsAfterIntro(text: string, qs: Fig[], i: number, from: number, lr: ListRules): Map<number, number> {
  const t = qs[i];
  const end = sentenceAt(text, from).end;
  const out = new Map<number, number>(); // part index → its total's index (t, or an earlier part)
  for (let k = i + 1; k < qs.length && qs[k].start < end; k++) {
    const q = qs[k];
    if (q.start < from || !sameUnit(t, q, lr)) continue;
    if (startsWithAny(clauseLeft(text, q, lr), lr.stop)) break;
    const earlier = [...out.keys()];
    const under = nestedUnder(text, q, earlier.map((n) => qs[n]), lr);
    out.set(k, under ? earlier[earlier.findIndex((n) => qs[n] === under)] : i);
  }
  return out;
}

/** 共…T，A…、B…: the next clause holds only same-unit figures joined by 、 (after 分别是 … if written). */
function partsInNextClause(text: string, qs: Fig[], i: number, lr: ListRules): number[] {
  const t = qs[i];
  const cb = clauseBounds(text, t.start);
  const left = compact(text.slice(cb.start, t.start));
  if (!lr.total.some((w) => left.includes(w))) return [];
  const tc = clauseBounds(text, t.end);
  if (tc.end >= text.length || !/[，：:,]/.test(text[tc.end])) return [];
  const next = clauseBounds(text, tc.end + 1);
  const firstWords = compact(text.slice(next.start, next.end));
  if (startsWithAny(firstWords, lr.stop)) return [];
  const inNext: number[] = [];
  for (let k = i + 1; k < qs.length && qs[k].start < next.end; k++) if (qs[k].start >= next.start) inNext.push(k);
  if (inNext.length < 2 || !inNext.every((k) => sameUnit(t, qs[k], lr))) return [];
  const joined = inNext.slice(1).every((k, n) => /^[^，,；;。]*、/.test(text.slice(qs[inNext[n]].end, qs[k].start)));
  return joined ? inNext : [];
}

/**
 * Sets partOf on qs (sorted by start, none linked yet): for each figure in order, the parts that
 * its list names. A figure already a part may itself be a total (nested lists).
 * Returns, for each linked part, its total's index.
 */
export function linkLists(text: string, qs: Fig[], lr: ListRules = loadListRules()): Map<number, number> {
  const links = new Map<number, number>();
  for (let i = 0; i < qs.length; i++) {
    const t = qs[i];
    if (t.kind === 'percent' || t.kind === 'ratio') continue;
    // 1.8万人次，线上1.1万人次、线下0.7万人次，其中女职工0.8万人次: an intro after the last of
    // several parts speaks of their total, and its figures are a subset across the parts, not a
    // breakdown of the last one: left unlinked
    const total = links.get(i);
    if (total !== undefined && [...links.values()].filter((x) => x === total).length > 1) continue;
    const from = introAfter(text, t, lr);
    let found = new Map<number, number>();
    if (from !== null) found = partsAfterIntro(text, qs, i, from, lr);
    if (!found.size) for (const k of partsInNextClause(text, qs, i, lr)) found.set(k, i);
    for (const [k, total] of found) {
      if (links.has(k)) continue;
      links.set(k, total);
      qs[k].partOf = total;
    }
  }
  return links;
}

/** total index → the indexes of its direct parts (those whose partOf is it), in order. */
export function directParts<T extends { partOf: number | null }>(qs: T[], indexOf: (q: T, n: number) => number = (_q, n) => n): Map<number, T[]> {
  const out = new Map<number, T[]>();
  qs.forEach((q, n) => {
    if (q.partOf == null || q.partOf === indexOf(q, n)) return;
    let l = out.get(q.partOf);
    if (!l) out.set(q.partOf, (l = []));
    l.push(q);
  });
  return out;
}

/**
 * Are the parts a breakdown whose sum must equal the total? Not when they are named by attributes
 * of two or more dimensions (其中女职工…、农民工…、青年职工…): such groups overlap.
 */
export function isBreakdown(subjects: string[], lr: ListRules = loadListRules()): boolean {
  const dims = new Set<string>();
  for (const s of subjects) for (const a of lr.attributes) if (a.words.some((w) => s.includes(w))) dims.add(a.id);
  return dims.size < 2;
}
