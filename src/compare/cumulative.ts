// cumulative-decrease: a cumulative figure (累计, 截至, 共有, 总数: quantities.cumulative = 1)
// of one subject, scope, kind and unit that is lower in a later-dated document than in an
// earlier one — or a running count of the year (今年以来, 1-5月: statement.ts) lower in a later
// document of the same calendar year — beyond what approximate figures cover (cover.ts). A later document that
// quotes an older period (its period names a year before the earlier document's) is not a
// decrease. Two figures are the same cumulative figure only when what follows them is the same
// (共有1.2万名职工【参加技能竞赛】 is not 共有38名职工【受到表彰】: statement.ts), and a figure of a
// stated past period (2023年…) is not compared with one of another period. Severity: error when
// either figure only grows (累计, 建成 … or a running count of the year: rules/findings.yaml); a
// stock without such a word (共有, 总数, 截至 …) may shrink: warning when it falls by more than
// 10 %, nothing when by less (困难职工档案 1236 → 1198 户).
import type { Finding } from '../types.js';
import type { Synonyms } from '../analysis/synonyms.js';
import { below, coverOf, type Interval } from './cover.js';
import { cmp, type Dec } from './decimal.js';
import { figureKey, yearOfPeriod } from './keys.js';
import { docLabel, itemOf, type Archive, type DocRow, type QRow } from './model.js';
import { statements, type Statement } from './statement.js';
import { mul } from './decimal.js';

export function findCumulativeDecreases(a: Archive, syn: Synonyms): Finding[] {
  const groups = new Map<string, Entry[]>();
  const sts = statements(a);
  for (const q of a.quantities) {
    const st = sts.get(q);
    const doc = a.docs.get(q.documentId);
    const key = cumulativeKey(q, st, doc, syn);
    if (key === null) continue;
    let iv: Interval;
    try {
      iv = coverOf(q);
    } catch {
      continue;
    }
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push({ q, date: doc!.date!, iv, year: Number(doc!.date!.slice(0, 4)), value: Number(q.valueText), lo: approx(iv.lo) });
  }
  const out: Finding[] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    g.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.q.start - y.q.start));
    for (let j = 1; j < g.length; j++) {
      const worst = worstEarlier(g, j);
      if (!worst) continue;
      const later = g[j];
      const severity = severityOf(worst, later, sts);
      if (!severity) continue;
      const de = a.docs.get(worst.q.documentId);
      const dl = a.docs.get(later.q.documentId);
      // two issues of one series whose numbers say the "later" one came first: the date is wrong
      // (issue-sequence reports it), not the figure
      if (issueBefore(dl, de)) continue;
      out.push({
        type: 'cumulative-decrease',
        severity,
        message:
          `累计数不应减少：${[later.q.scope, later.q.subject].filter(Boolean).join(' ')}` +
          `在${docLabel(de)}（${worst.date}）为“${worst.q.text}”，在较晚的${docLabel(dl)}（${later.date}）为“${later.q.text}”。`,
        items: [worst.q, later.q].map((q) => itemOf(q, a)),
      });
    }
  }
  return out;
}

/**
 * The cumulative figure q is compared within (null: q is not one). Exported for check, which
 * loads from the archive only the figures that share a group with the draft's.
 */
export function cumulativeKey(q: QRow, st: Statement | undefined, doc: DocRow | undefined, syn: Synonyms): string | null {
  if (!q.cumulative && !st?.running) return null;
  if (!doc?.date) return null;
  const k = figureKey(q, doc, syn, false);
  if (!k) return null;
  // a running count of the year restarts each January: only figures of one year are compared
  return `${k}\u0001${st?.predicate ?? ''}${st?.running && !q.cumulative ? `\u0001${doc.date.slice(0, 4)}` : ''}`;
}

export interface Entry {
  q: QRow;
  date: string;
  iv: Interval;
  /** the date's year, the value as a number, the interval's lower bound as a float (a prefilter only) */
  year: number;
  value: number;
  lo: number;
}

const approx = (d: Dec): number => Number(d.n) / 10 ** d.scale;

/**
 * Of the figures before g[j] (sorted by date), the one g[j] falls below that is highest: an
 * earlier date, another document, not a period the later figure names as older, and every value
 * of the later figure below its lower bound; the highest value wins, the first on a tie. Groups
 * grow with the archive and every later figure looks back over all earlier ones, so the loop
 * stops at the first figure not strictly earlier and compares floats, falling back to the exact
 * decimals only when they are too close to tell: the same answer as comparing the decimals
 * throughout (test/compare/cumulative.test.ts).
 */
export function worstEarlier(g: Entry[], j: number): Entry | null {
  const later = g[j];
  const hi = later.iv.hi;
  if (hi === null) return null; // unbounded above: below nothing
  const hiF = approx(hi);
  const tol = Math.abs(hiF) * 1e-12 + 1e-300;
  const py = yearOfPeriod(later.q.period);
  let worst: Entry | null = null;
  for (let i = 0; i < j; i++) {
    const earlier = g[i];
    if (earlier.date >= later.date) break; // sorted: no earlier date from here on
    if (earlier.q.documentId === later.q.documentId) continue;
    if (py != null && py < earlier.year) continue;
    // a figure of a stated past year is not a running total of the later figure's period
    const ep = fixedPeriod(earlier.q.period);
    if (ep && ep !== fixedPeriod(later.q.period)) continue;
    const d = earlier.lo - hiF;
    if (!(d > tol)) {
      // not clearly above the later figure's top: clearly below it, or too close for floats
      // (or not a float at all) to tell without the decimals
      if (d < -tol || !below(later.iv, earlier.iv.lo)) continue;
    }
    if (!worst || earlier.value > worst.value) worst = earlier;
  }
  return worst;
}

/** a period naming a fixed year (2023年, 2023年上半年), not an open one (2023年以来) */
function fixedPeriod(p: string | null): string | null {
  const t = (p ?? '').replace(/\s+/g, '');
  return /\d{4}年/.test(t) && !/以来|至今|来$|截[至止]|[底末]$/.test(t) ? t : null;
}

const NINE: Dec = { n: 9n, scale: 0 };
const TEN: Dec = { n: 10n, scale: 0 };

function severityOf(earlier: Entry, later: Entry, sts: Map<QRow, Statement>): Finding['severity'] | null {
  const grows = (e: Entry) => !!(sts.get(e.q)?.accumulate || sts.get(e.q)?.running);
  if (grows(earlier) || grows(later)) return 'error';
  const hi = later.iv.hi;
  // every value of the later figure below 90 % of the earlier one's lower bound
  return hi !== null && cmp(mul(hi, TEN), mul(earlier.iv.lo, NINE)) < 0 ? 'warning' : null;
}

/** Is x an earlier issue than y of the same series (by year and 第N期)? */
function issueBefore(x: DocRow | undefined, y: DocRow | undefined): boolean {
  if (!x || !y || !x.series || x.series !== y.series) return false;
  if (x.year == null || y.year == null || x.issue == null || y.issue == null) return false;
  return x.year < y.year || (x.year === y.year && x.issue < y.issue);
}
