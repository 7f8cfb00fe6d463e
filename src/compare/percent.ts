// percent-mismatch: a share (…%) whose part and whole, stated in the same sentence,
// give another share beyond rounding. The pair is taken from partOf (a part of a total in
// the same sentence) or, failing that, from a sentence that states exactly one share with
// 占/比例/比重 and exactly two counts of one unit (the smaller is the part). Shares of
// growth (增长, 提高, 下降, 同比 …) are not part/whole shares and are skipped.
// Rounding: the stated share may be off by half a unit of its last digit (12% → ±0.5,
// 12.3% → ±0.05); an approximate share (约, 近, 超过 …) by its cover (cover.ts).
// Severity: error when the pair comes from partOf, warning when from the sentence alone.
import type { Finding } from '../types.js';
import type { Synonyms } from '../analysis/synonyms.js';
import { add, cmp, dec, half, mul, sub, type Dec } from './decimal.js';
import { coverOf } from './cover.js';
import { docLabel, itemOf, type Archive, type QRow } from './model.js';

const GROWTH = /增长|增加|提高|提升|上升|下降|减少|降低|同比|环比|增幅|降幅|增速|翻/;
const SHARE = /占|比例|比重|覆盖率|率/;

export function findPercentMismatches(a: Archive, syn: Synonyms): Finding[] {
  const bySentence = new Map<string, QRow[]>();
  for (const q of a.quantities) {
    const k = `${q.documentId}\u0001${q.sentence}`;
    let l = bySentence.get(k);
    if (!l) bySentence.set(k, (l = []));
    l.push(q);
  }
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
      const parts = counts.filter((c) => c.partOf != null && c.start < p.start && counts.some((t) => t.idx === c.partOf));
      if (parts.length) {
        const part = parts.reduce((x, y) => (y.start > x.start ? y : x));
        const whole = counts.find((t) => t.idx === part.partOf)!;
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
