// conflict: the same subject, scope and period reported with values that cannot both be
// true in different documents. Approximate figures conflict only with values outside
// their cover (see cover.ts). Severity: error when both figures name a fixed period
// (2021年…); warning when the period is implicit (the documents' own date), because a
// figure "as of" a date is more often restated loosely. A document that itself states two
// different values under one key is left out of that key (the key does not name one figure).
import type { Finding } from '../types.js';
import type { Synonyms } from '../analysis/synonyms.js';
import { below, coverOf, meets, type Interval } from './cover.js';
import { cmp } from './decimal.js';
import { figureKey, periodKey } from './keys.js';
import { docLabel, itemOf, type Archive, type QRow } from './model.js';

export function findConflicts(a: Archive, syn: Synonyms): Finding[] {
  const groups = new Map<string, QRow[]>();
  for (const q of a.quantities) {
    const key = figureKey(q, a.docs.get(q.documentId), syn, true);
    if (!key) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(q);
  }
  const out: Finding[] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    if (new Set(g.map((q) => q.documentId)).size < 2) continue;
    const iv = new Map<QRow, Interval>();
    for (const q of g) {
      try {
        iv.set(q, coverOf(q));
      } catch {
        /* a value that is not a decimal: skip */
      }
    }
    // a document that states two different values under one key has not named one figure
    // (19家单位…，5家单位…): its figures are left out rather than compared
    const byDoc = new Map<string, QRow[]>();
    for (const q of g) {
      if (!iv.has(q)) continue;
      let l = byDoc.get(q.documentId);
      if (!l) byDoc.set(q.documentId, (l = []));
      l.push(q);
    }
    const ambiguous = new Set<string>();
    for (const [id, l] of byDoc) {
      if (l.some((x, i) => l.some((y, j) => j > i && !meets(iv.get(x)!, iv.get(y)!)))) ambiguous.add(id);
    }
    for (const id of ambiguous) for (const q of byDoc.get(id)!) iv.delete(q);
    const involved = conflicting(g, iv);
    const absolute = [...involved].every((q) => periodKey(q, a.docs.get(q.documentId)).absolute);
    if (!involved.size) continue;
    const dateOf = (q: QRow) => a.docs.get(q.documentId)?.date ?? '9999';
    const items = g
      .filter((q) => involved.has(q))
      .sort((x, y) => dateOf(x).localeCompare(dateOf(y)) || (a.docs.get(x.documentId)?.source ?? '').localeCompare(a.docs.get(y.documentId)?.source ?? '') || x.start - y.start);
    const first = items[0];
    const what = [first.scope, first.period, first.subject].filter(Boolean).join(' ');
    const values = items
      .map((q) => `${docLabel(a.docs.get(q.documentId))}作“${q.text}”`)
      .join('，');
    out.push({
      type: 'conflict',
      severity: absolute ? 'error' : 'warning',
      message: `同一数据前后不一致：${what}，${values}。`,
      items: items.map((q) => itemOf(q, a)),
    });
  }
  return out;
}

/** Orders upper bounds: the lower (an open bound before a closed one at the same value) first; none = +∞. */
function hiBefore(a: Interval, b: Interval): boolean {
  if (a.hi === null) return false;
  if (b.hi === null) return true;
  const c = cmp(a.hi, b.hi);
  return c < 0 || (c === 0 && a.hiOpen && !b.hiOpen);
}

/**
 * The figures that fail to meet at least one figure of another document. x and y do not meet
 * when x lies below y.lo or y below x.lo; `below` is monotone, so it is enough to test x
 * against the highest lower bound and the lowest upper bound among the other documents'
 * figures. The best two of each, from two different documents, answer for every x in one
 * pass: O(n) comparisons instead of one per pair, for groups that grow with the archive.
 */
export function conflicting(g: QRow[], iv: Map<QRow, Interval>): Set<QRow> {
  type Best = { q: QRow; i: Interval } | null;
  let lo1: Best = null, lo2: Best = null; // highest lo, and the highest from another document
  let hi1: Best = null, hi2: Best = null; // lowest hi, and the lowest from another document
  for (const q of g) {
    const i = iv.get(q);
    if (!i) continue;
    if (!lo1 || cmp(i.lo, lo1.i.lo) > 0) {
      if (lo1 && lo1.q.documentId !== q.documentId) lo2 = lo1;
      lo1 = { q, i };
    } else if (q.documentId !== lo1.q.documentId && (!lo2 || cmp(i.lo, lo2.i.lo) > 0)) lo2 = { q, i };
    if (!hi1 || hiBefore(i, hi1.i)) {
      if (hi1 && hi1.q.documentId !== q.documentId) hi2 = hi1;
      hi1 = { q, i };
    } else if (q.documentId !== hi1.q.documentId && (!hi2 || hiBefore(i, hi2.i))) hi2 = { q, i };
  }
  const out = new Set<QRow>();
  for (const q of g) {
    const i = iv.get(q);
    if (!i) continue;
    const lo = lo1 && lo1.q.documentId !== q.documentId ? lo1 : lo2;
    const hi = hi1 && hi1.q.documentId !== q.documentId ? hi1 : hi2;
    if ((lo && below(i, lo.i.lo)) || (hi && below(hi.i, i.lo))) out.add(q);
  }
  return out;
}
