// cumulative-decrease: a cumulative figure (累计, 截至, 共有, 总数: quantities.cumulative = 1)
// of one subject, scope, kind and unit that is lower in a later-dated document than in an
// earlier one, beyond what approximate figures cover (cover.ts). A later document that
// quotes an older period (its period names a year before the earlier document's) is not a
// decrease. Severity: error.
import type { Finding } from '../types.js';
import type { Synonyms } from '../analysis/synonyms.js';
import { below, coverOf, type Interval } from './cover.js';
import { figureKey, yearOfPeriod } from './keys.js';
import { docLabel, itemOf, type Archive, type QRow } from './model.js';

export function findCumulativeDecreases(a: Archive, syn: Synonyms): Finding[] {
  const groups = new Map<string, { q: QRow; date: string; iv: Interval }[]>();
  for (const q of a.quantities) {
    if (!q.cumulative) continue;
    const doc = a.docs.get(q.documentId);
    if (!doc?.date) continue;
    const key = figureKey(q, doc, syn, false);
    if (!key) continue;
    let iv: Interval;
    try {
      iv = coverOf(q);
    } catch {
      continue;
    }
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push({ q, date: doc.date, iv });
  }
  const out: Finding[] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    g.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.q.start - y.q.start));
    for (let j = 1; j < g.length; j++) {
      const later = g[j];
      // the earlier figure (strictly earlier date) with the highest lower bound that the later one falls below
      let worst: (typeof g)[number] | null = null;
      for (let i = 0; i < j; i++) {
        const earlier = g[i];
        if (earlier.date >= later.date || earlier.q.documentId === later.q.documentId) continue;
        const py = yearOfPeriod(later.q.period);
        if (py != null && py < Number(earlier.date.slice(0, 4))) continue;
        if (!below(later.iv, earlier.iv.lo)) continue;
        if (!worst || Number(earlier.q.valueText) > Number(worst.q.valueText)) worst = earlier;
      }
      if (!worst) continue;
      const de = a.docs.get(worst.q.documentId);
      const dl = a.docs.get(later.q.documentId);
      out.push({
        type: 'cumulative-decrease',
        severity: 'error',
        message:
          `累计数不应减少：${[later.q.scope, later.q.subject].filter(Boolean).join(' ')}` +
          `在${docLabel(de)}（${worst.date}）为“${worst.q.text}”，在较晚的${docLabel(dl)}（${later.date}）为“${later.q.text}”。`,
        items: [worst.q, later.q].map((q) => itemOf(q, a)),
      });
    }
  }
  return out;
}
