// conflict: the same subject, scope and period reported with values that cannot both be
// true in different documents. Approximate figures conflict only with values outside
// their cover (see cover.ts). Severity: error when both figures name a fixed period
// (2021年…); warning when the period is implicit (the documents' own date), because a
// figure "as of" a date is more often restated loosely. A document that itself states two
// different values under one key is left out of that key (the key does not name one figure).
import type { Finding } from '../types.js';
import type { Synonyms } from '../analysis/synonyms.js';
import { coverOf, meets, type Interval } from './cover.js';
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
    const involved = new Set<QRow>();
    let absolute = true;
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        const x = g[i];
        const y = g[j];
        if (x.documentId === y.documentId) continue;
        const ix = iv.get(x);
        const iy = iv.get(y);
        if (!ix || !iy || meets(ix, iy)) continue;
        involved.add(x);
        involved.add(y);
        const dx = a.docs.get(x.documentId);
        const dy = a.docs.get(y.documentId);
        absolute &&= periodKey(x, dx).absolute && periodKey(y, dy).absolute;
      }
    }
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
