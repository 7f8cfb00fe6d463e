// sum-mismatch: a stated total (共…、合计…) whose listed parts (其中…、…) do not add up.
// Parts are the quantities whose partOf points at the total, of the total's kind and unit.
// Exact decimal arithmetic; approximate figures are compared by their covers (cover.ts),
// so a total that adds up (or can) is never reported. A single part is a subset, not a
// breakdown, and is never checked. Severity: error when the parts exceed the total or fall
// short by less than 10% of it (a typo); warning when they fall short by more (the list
// may be a partial breakdown: 其中女职工…). Parts named by attributes of two or more dimensions
// (女职工、农民工) overlap and are not summed.
import type { Finding } from '../types.js';
import type { Synonyms } from '../analysis/synonyms.js';
import { cmp, percentOf, sub, toString, type Dec } from './decimal.js';
import { below, coverOf, isExact, meets, sumIntervals } from './cover.js';
import { docLabel, itemOf, type Archive, type QRow } from './model.js';
import { directParts, isBreakdown } from '../extract/quantities/list-rules.js';

export function findSumMismatches(a: Archive, syn: Synonyms): Finding[] {
  const byDoc = new Map<string, QRow[]>();
  for (const q of a.quantities) {
    let l = byDoc.get(q.documentId);
    if (!l) byDoc.set(q.documentId, (l = []));
    l.push(q);
  }
  const out: Finding[] = [];
  for (const [docId, qs] of byDoc) {
    const byIdx = new Map(qs.map((q) => [q.idx, q]));
    // the list structure as extraction defined it: a total's direct parts (nested ones are parts of a part)
    const partsOf = directParts(qs, (q) => q.idx);
    for (const [totalIdx, parts0] of partsOf) {
      const total = byIdx.get(totalIdx);
      if (!total || total.kind === 'percent' || total.kind === 'ratio') continue;
      const unit = syn.normUnit(total.unit);
      const parts = parts0.filter((p) => p.kind === total.kind && syn.normUnit(p.unit) === unit);
      if (parts.length < 2 || parts.length !== parts0.length) continue;
      // 其中女职工…、农民工…: overlapping groups, not a breakdown (lists.ts)
      if (!isBreakdown(parts.map((p) => p.subject))) continue;
      let ti, si;
      try {
        ti = coverOf(total);
        si = sumIntervals(parts.map((p) => coverOf(p)));
      } catch {
        continue;
      }
      if (meets(ti, si)) continue;
      // 工作室中，劳模创新工作室7个，工匠创新工作室5个；分布在晋江市的4个…: groups of parts
      // parted by a semicolon classify the total each its own way; one that adds up is enough
      if (semicolonGroups(parts).some((g) => g.length >= 2 && meetsGroup(ti, g))) continue;
      const partsExceed = below(ti, si.lo);
      let severity: Finding['severity'] = 'error';
      if (!partsExceed && isExact(ti) && si.hi) {
        const shortfall = sub(ti.lo, si.hi);
        if (cmp(shortfall, percentOf(ti.lo, 10)) >= 0) severity = 'warning';
      } else if (!partsExceed) severity = 'warning';
      const shown = (d: Dec) => inUnitsOf(total, d);
      const sumText = isExact(si) ? shown(si.lo) : `${shown(si.lo)}–${si.hi ? shown(si.hi) : '∞'}`;
      const doc = a.docs.get(docId);
      out.push({
        type: 'sum-mismatch',
        severity,
        message:
          `${docLabel(doc)}：合计“${total.text}”与所列分项之和 ${sumText} 不符` +
          `（${parts.map((p) => p.text).join(' + ')}）` +
          (partsExceed ? '，分项之和超过合计。' : '，分项之和小于合计。'),
        items: [total, ...parts].map((q) => itemOf(q, a)),
      });
    }
  }
  return out;
}

function meetsGroup(ti: ReturnType<typeof coverOf>, g: QRow[]): boolean {
  try {
    return meets(ti, sumIntervals(g.map((p) => coverOf(p))));
  } catch {
    return false;
  }
}

/** the parts of one sentence, in runs parted by a semicolon (；;) between them; one run when
 * they span several sentences */
function semicolonGroups(parts: QRow[]): QRow[][] {
  const s = parts[0].sentence;
  if (parts.some((p) => p.sentence !== s)) return [parts];
  const groups: QRow[][] = [[]];
  let at = 0;
  for (const p of parts) {
    const i = s.indexOf(p.text, at);
    if (i < 0) return [parts];
    if (groups[groups.length - 1].length && /[；;]/.test(s.slice(at, i))) groups.push([]);
    groups[groups.length - 1].push(p);
    at = i + p.text.length;
  }
  return groups;
}

/** a sum written as the total is (4050人, 21.9万人, 128万元) */
function inUnitsOf(total: QRow, d: Dec): string {
  const unit = total.kind === 'money' ? '元' : total.unit;
  for (const [m, f] of [['亿', 8], ['万', 4]] as const) {
    if (total.text.includes(m)) return `${toString({ n: d.n, scale: d.scale + f })}${m}${unit}`;
  }
  return `${toString(d)}${unit}`;
}
