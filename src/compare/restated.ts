// restated-changed: the same statement in documents close in time (at most CLOSE_DAYS apart)
// with a figure that cannot be right. The same statement is either
//   - a stock (现有/共有/累计/建成 … before it, nothing said after it; not a flow of a span of time)
//     with a stated scope and the same kind, unit, subject, scope (figureKey) and predicate, or
//   - the same sentence up to its figures (the figure at the same place) in the same publication
//     (series and first issuer), not a flow.
// Each figure is compared with the latest earlier figure of its statement from another document
// that was not itself flagged (so one wrong issue is reported once, not again by the next issue).
// Severity, by how plausible the change is:
//   stock that doubles or halves                                 → error
//   stock or sentence whose figure is the earlier one's digits in another order (52950 → 59250)
//                                                                → warning (a transposition)
//   stock that jumps by more than 20 % and is back within 5 % in the next issue → warning
//   stock that moves ten times more than its usual step (and > 5 %, and ten units), from at
//   least four issues                                            → warning
// A stock that only grows (累计, 建成 …, a running count) is never reported for a rise.
//   a restated sentence (not a stock) whose figure halves        → info
// A rise of a cumulative figure, a flow that differs (本月, 今年以来, 2023年) and any figure whose
// cover meets the earlier one's are not reported; a decrease of a figure that cumulative-decrease
// reports (both cumulative, same key) is left to it.
import type { Finding } from '../types.js';
import type { Synonyms } from '../analysis/synonyms.js';
import { coverOf, meets } from './cover.js';
import { cmp, dec, mul, type Dec } from './decimal.js';
import { figureKey } from './keys.js';
import { docLabel, itemOf, type Archive, type DocRow, type QRow } from './model.js';
import { statements, type Statement } from './statement.js';

export const CLOSE_DAYS = 70;
const TWO: Dec = { n: 2n, scale: 0 };

interface Entry {
  q: QRow;
  st: Statement;
  date: string;
  day: number;
  value: Dec;
}

const days = new Map<string, number>();
const dayOf = (iso: string) => {
  let d = days.get(iso);
  if (d === undefined) days.set(iso, (d = Date.parse(`${iso}T00:00:00Z`) / 86_400_000));
  return d;
};

export function findRestatedChanges(a: Archive, syn: Synonyms): Finding[] {
  const sts = statements(a);
  const groups = new Map<string, { stock: boolean; list: Entry[] }>();
  const add = (key: string, stock: boolean, e: Entry) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { stock, list: [] }));
    g.list.push(e);
  };
  for (const [q, st] of sts) {
    const doc = a.docs.get(q.documentId);
    const keys = restatedKeys(q, st, doc, syn);
    if (!keys.length) continue;
    let value: Dec;
    try {
      value = dec(q.valueText);
    } catch {
      continue;
    }
    const e: Entry = { q, st, date: doc!.date!, day: dayOf(doc!.date!), value };
    for (const k of keys) add(k.key, k.stock, e);
  }
  const out: Finding[] = [];
  const reported = new Set<QRow>(); // a figure is reported once, by the first group that flags it
  // stock groups first: their verdicts are the more telling
  const ordered = [...groups.values()].sort((x, y) => Number(y.stock) - Number(x.stock));
  for (const g of ordered) {
    if (g.list.length < 2 || g.list.every((e) => e.q.documentId === g.list[0].q.documentId)) continue;
    const list = oneFigurePerDocument(g.list);
    if (list.length < 2) continue;
    list.sort((x, y) => x.day - y.day || x.q.start - y.q.start);
    let usualMemo: number | null | undefined;
    const usual = () => (usualMemo === undefined ? (usualMemo = usualStep(list)) : usualMemo);
    const good: Entry[] = [list[0]]; // the figures not flagged so far, in date order
    for (let j = 1; j < list.length; j++) {
      const cur = list[j];
      let r = good.length - 1;
      while (r >= 0 && good[r].day >= cur.day) r--;
      const ref = r >= 0 ? good[r] : null;
      if (!ref || cur.day - ref.day > CLOSE_DAYS) {
        good.push(cur);
        continue;
      }
      const next = list[j + 1] && list[j + 1].day - cur.day <= CLOSE_DAYS ? list[j + 1] : null;
      const verdict = judge(ref, cur, next, g.stock, usual, syn, a);
      if (!verdict) {
        good.push(cur);
        continue;
      }
      if (reported.has(cur.q)) continue;
      reported.add(cur.q);
      const what = [cur.q.scope, cur.q.subject].filter(Boolean).join(' ');
      out.push({
        type: 'restated-changed',
        severity: verdict.severity,
        message:
          `同一表述前后数字不同（${verdict.why}）：${what}在${docLabel(a.docs.get(ref.q.documentId))}（${ref.date}）为“${ref.q.text}”，` +
          `在${docLabel(a.docs.get(cur.q.documentId))}（${cur.date}）为“${cur.q.text}”。`,
        items: [ref.q, cur.q].map((q) => itemOf(q, a)),
      });
    }
  }
  return out;
}

/**
 * The statements a figure belongs to (the groups it is compared within), stock group first.
 * Exported for check, which loads from the archive only the figures that share a group with the draft's.
 */
export function restatedKeys(q: QRow, st: Statement, doc: DocRow | undefined, syn: Synonyms): { key: string; stock: boolean }[] {
  if (st.flow) return [];
  if (!doc?.date || !/^\d{4}-\d{2}-\d{2}$/.test(doc.date)) return [];
  const out: { key: string; stock: boolean }[] = [];
  // a stock whose scope is not stated is not compared across issues: a series features another
  // unit in each issue (各级技术技能人员 of one province's company, then of another's)
  if (st.stock && q.scope) {
    const key = figureKey(q, doc, syn, false);
    if (key) out.push({ key: `S\u0001${key}\u0001${st.predicate}`, stock: true });
  }
  // the same sentence in the same publication (series and first issuer): short sentences such
  // as 其中女职工#人 recur across unrelated bulletins
  if (st.template.length - st.blanks >= 6) out.push({ key: `T\u0001${publicationOf(doc)}\u0001${q.kind}\u0001${st.template}\u0001${st.place}`, stock: false });
  return out;
}

/** a document's publication: its series and first issuer */
export const publicationOf = (doc: DocRow) => `${doc.series ?? ''}\u0002${doc.issuers[0] ?? ''}`;

/** a document that states two values of one statement has not named one figure: left out */
function oneFigurePerDocument(list: Entry[]): Entry[] {
  const byDoc = new Map<string, Entry[]>();
  for (const e of list) {
    let l = byDoc.get(e.q.documentId);
    if (!l) byDoc.set(e.q.documentId, (l = []));
    l.push(e);
  }
  const out: Entry[] = [];
  for (const l of byDoc.values())
    if (l.length === 1 || l.every((e) => e.q.valueText === l[0].q.valueText || cmp(e.value, l[0].value) === 0)) out.push(l[0]);
  return out;
}

function judge(ref: Entry, cur: Entry, next: Entry | null, stock: boolean, usual: () => number | null, syn: Synonyms, a: Archive): { severity: Finding['severity']; why: string } | null {
  // the same figure as written, or the same exact value: nothing to judge (most pairs)
  if (ref.q.text === cur.q.text || ref.q.valueText === cur.q.valueText) return null;
  const exact = !ref.q.approx && !cur.q.approx;
  if (exact ? cmp(ref.value, cur.value) === 0 : meetsSafely(ref.q, cur.q)) return null;
  const down = cmp(cur.value, ref.value) < 0;
  // a count that only grows (累计, 建成 …, a running count) may rise by any amount
  const growing = !down && (cur.st.accumulate || cur.st.running || ref.st.accumulate);
  if (!stock) {
    // a restated sentence that is not a stock may well describe new work: a transposition is
    // worth a look, a halving is shown, nothing else
    if (exact && transposed(ref.q.valueText, cur.q.valueText)) return { severity: 'warning', why: '疑为数字颠倒' };
    if (cmp(mul(cur.value, TWO), ref.value) <= 0) return { severity: 'info', why: '数字减半' };
    return null;
  }
  if (down && ref.q.cumulative && cur.q.cumulative) {
    const k1 = figureKey(ref.q, a.docs.get(ref.q.documentId), syn, false);
    const k2 = figureKey(cur.q, a.docs.get(cur.q.documentId), syn, false);
    if (k1 && k1 === k2) return null; // cumulative-decrease reports it
  }
  const halves = cmp(mul(cur.value, TWO), ref.value) <= 0;
  const doubles = cmp(cur.value, mul(ref.value, TWO)) >= 0;
  if (!growing && (halves || doubles)) return { severity: 'error', why: halves ? '存量一期内减半' : '存量一期内翻倍' };
  if (exact && transposed(ref.q.valueText, cur.q.valueText)) return { severity: 'warning', why: '疑为数字颠倒' };
  if (!growing && spike(ref, cur, next)) return { severity: 'warning', why: '与前后两期均相差两成以上，前后两期却相近' };
  if (!growing && outlier(ref, cur, usual())) return { severity: 'warning', why: '变化幅度远超该数据以往各期' };
  return null;
}

function meetsSafely(x: QRow, y: QRow): boolean {
  try {
    return meets(coverOf(x), coverOf(y));
  } catch {
    return true; // a value that is not a decimal: nothing to say
  }
}

/** the same digits in another order (52950 → 59250, 21 → 12) */
export function transposed(x: string, y: string): boolean {
  const d = (s: string) => s.replace(/\D/g, '').replace(/^0+/, '');
  const a = d(x);
  const b = d(y);
  return a.length > 1 && a !== b && [...a].sort().join('') === [...b].sort().join('');
}

/** a stock that jumps by more than 20 % and comes back within 5 % in the next issue (12.6万 → 21.8万 → 12.9万) */
function spike(ref: Entry, cur: Entry, next: Entry | null): boolean {
  if (!next) return false;
  const v = (e: Entry) => Number(e.q.valueText); // a plausibility screen: floats are enough here
  const rel = (x: number, y: number) => Math.abs(y / x - 1);
  return rel(v(ref), v(cur)) > 0.2 && rel(v(cur), v(next)) > 0.2 && rel(v(ref), v(next)) <= 0.05;
}

const relStep = (x: Entry, y: Entry) => Math.abs(Number(y.q.valueText) / Number(x.q.valueText) - 1);

/**
 * The usual step of a statement from issue to issue: the median relative change between
 * consecutive figures, the two largest left out (a wrong figure makes two large steps, there and
 * back). Needs four figures. A plausibility screen only: floats; the figures themselves are
 * compared exactly.
 */
function usualStep(list: Entry[]): number | null {
  if (list.length < 4) return null;
  const steps: number[] = [];
  for (let i = 1; i < list.length; i++) steps.push(relStep(list[i - 1], list[i]));
  steps.sort((p, q) => p - q);
  const kept = steps.slice(0, steps.length - 2);
  return kept[kept.length >> 1];
}

/**
 * Does the step ref → cur move more than ten times the usual step (and more than 5 %)? A count
 * moves by whole units, so the usual step is at least one unit (18 → 21 工作室 after a flat run
 * is normal; 52810 → 59250 members is not).
 */
function outlier(ref: Entry, cur: Entry, usual: number | null): boolean {
  if (usual === null) return false;
  const unit = 1 / Math.abs(Number(ref.q.valueText));
  const step = relStep(ref, cur);
  return step > 0.05 && step > 10 * Math.max(usual, unit);
}
