// percent-mismatch: a share (…%) whose part and whole, stated in the same sentence,
// give another share beyond rounding. The pair is taken from partOf (a part of a total in
// the same sentence) or, failing that, from a sentence that states exactly one share with
// 占/比例/比重 and exactly two counts of one unit (the smaller is the part). Shares of
// growth (增长, 提高, 下降, 同比 …) are not part/whole shares and are skipped.
// Rounding: the stated share may be off by half a unit of its last digit (12% → ±0.5,
// 12.3% → ±0.05); an approximate share (约, 近, 超过 …) by its cover (cover.ts).
// Severity: error when the pair comes from partOf, warning when from the sentence alone.
// The base: when the share names it (占女性农民工的25%), the whole is the total, among the
// nearest part's totals up the list (nested lists: 4.8万 ⊃ 1.6万 ⊃ 0.4万), whose clause shares
// the most of that name; a share of a part in its own group is not checked against the grand
// total. Only figures of the share's own sentence (so of its own issue) are ever used.
import type { Finding } from '../types.js';
import type { Synonyms } from '../analysis/synonyms.js';
import { add, cmp, dec, half, mul, sub, type Dec } from './decimal.js';
import { coverOf } from './cover.js';
import { docLabel, itemOf, type Archive, type QRow, quantitiesBySentence } from './model.js';

const GROWTH = /增长|增加|提高|提升|上升|下降|减少|降低|同比|环比|增幅|降幅|增速|翻/;
const SHARE = /占|比例|比重|覆盖率|率/;

export function findPercentMismatches(a: Archive, syn: Synonyms): Finding[] {
  const bySentence = quantitiesBySentence(a);
  const out: Finding[] = [];
  for (const qs of bySentence.values()) {
    const pcts = qs.filter((q) => q.kind === 'percent');
    if (!pcts.length) continue;
    const counts = qs.filter((q) => q.kind === 'count' || q.kind === 'money');
    for (const p of pcts) {
      const before = contextBefore(p);
      if (GROWTH.test(before)) continue;
      let pair: [QRow, QRow] | null = null;
      let linked = false;
      // partOf: the nearest part before the share whose total is in the same sentence
      const byIdx = new Map(counts.map((c) => [c.idx, c]));
      // the part is the count right before the share, and only when the list links it to a total
      const earlier = counts.filter((c) => c.start < p.start);
      const nearest = earlier.length ? earlier.reduce((x, y) => (y.start > x.start ? y : x)) : null;
      if (nearest && nearest.partOf != null && byIdx.has(nearest.partOf)) {
        const part = nearest;
        const whole = namedWhole(part, byIdx, baseName(p));
        if (syn.normUnit(part.unit) === syn.normUnit(whole.unit) && !part.approx && !whole.approx) {
          pair = [part, whole];
          linked = true;
        }
      }
      if (!pair && pcts.length === 1 && counts.length === 2 && SHARE.test(before)) {
        const [x, y] = counts;
        if (syn.normUnit(x.unit) === syn.normUnit(y.unit) && x.kind === y.kind && !x.approx && !y.approx) {
          const c = cmp(dec(x.valueText), dec(y.valueText));
          if (c < 0) pair = [x, y];
          else if (c > 0) pair = [y, x];
        }
      }
      if (!pair) continue;
      const [part, whole] = pair;
      const w = dec(whole.valueText);
      if (w.n === 0n) continue;
      const actual = mul(dec(part.valueText), { n: 100n, scale: 0 }); // part*100, compared with share*whole
      let lo: Dec, hi: Dec | null;
      try {
        const pv = dec(p.valueText);
        if (p.approx) {
          const c = coverOf(p);
          lo = c.lo;
          hi = c.hi;
        } else {
          const tol = half({ n: 1n, scale: pv.scale });
          lo = sub(pv, tol);
          hi = add(pv, tol);
        }
      } catch {
        continue;
      }
      // lo*whole ≤ part*100 ≤ hi*whole ?
      if (cmp(mul(lo, w), actual) <= 0 && (hi === null || cmp(actual, mul(hi, w)) <= 0)) continue;
      const share = (Number(part.valueText) / Number(whole.valueText)) * 100; // for the message only
      out.push({
        type: 'percent-mismatch',
        severity: linked ? 'error' : 'warning',
        message:
          `${docLabel(a.docs.get(p.documentId))}：比例“${p.text}”与所述数字不符：` +
          `${part.text} / ${whole.text} ≈ ${share.toFixed(2)}%。`,
        items: [p, part, whole].map((q) => itemOf(q, a)),
      });
    }
  }
  return out;
}

function contextBefore(q: QRow): string {
  const i = q.sentence.indexOf(q.text);
  const start = i < 0 ? 0 : i;
  return q.sentence.slice(Math.max(0, start - 8), start);
}

/** the base a share names: 占女性农民工的25% → 女性农民工; 占比 / 比例为 → '' */
export function baseName(p: QRow): string {
  const i = p.sentence.indexOf(p.text);
  const before = p.sentence.slice(Math.max(0, (i < 0 ? 0 : i) - 16), i < 0 ? 0 : i).replace(/\s+/g, '');
  const m = /占([^，,；;。占]{1,14}?)(?:的|总数的|总量的)?(?:比重|比例)?(?:为|达到?)?$/.exec(before);
  return m ? m[1].replace(/的$/, '') : '';
}

/** Among part's totals up the list (its total, that total's total …), the one whose subject or
 * sentence context shares the longest run of characters with the named base (its direct total
 * when none shares two or more, or no base is named). */
export function namedWhole(part: QRow, byIdx: Map<number, QRow>, base: string): QRow {
  const chain: QRow[] = [];
  const seen = new Set<number>();
  for (let t = part.partOf != null ? byIdx.get(part.partOf) : undefined; t && !seen.has(t.idx); t = t.partOf != null ? byIdx.get(t.partOf) : undefined) {
    seen.add(t.idx);
    chain.push(t);
  }
  let best = chain[0];
  let bestLen = 1;
  if (base) {
    for (const t of chain) {
      const i = t.sentence.indexOf(t.text);
      const ctx = t.subject + (i >= 0 ? t.sentence.slice(Math.max(0, i - 12), i) : '');
      const n = commonRun(base, ctx);
      if (n > bestLen) {
        best = t;
        bestLen = n;
      }
    }
  }
  return best;
}

/** length of the longest run of characters that a and b share */
function commonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = i + best + 1; j <= a.length; j++) {
      if (!b.includes(a.slice(i, j))) break;
      best = j - i;
    }
  return best;
}
