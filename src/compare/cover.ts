// The cover rule: which exact values an (approximate) figure can stand for.
//   exact 105                           → [105, 105]
//   range 3至5 (valueHigh)              → [3, 5]
//   余 / 多 (100余人, 6000多万元)        → [v, v + step)   step = place of the last non-zero digit:
//                                          100余 → [100, 200), 30余 → [30, 40), 6000多万 → [6000万, 7000万)
//   超过 / 以上 / 逾 / 不少于 / 至少     → [v, ∞)
//   近 / 将近 / 接近 / 几近             → [v − 10%, v]
//   不足 / 不到 / 少于 / 以下 / 低于     → [0, v]
//   约 / 大约 / 左右 / 上下 / 大概 / approx without a known word
//                                       → [v − h, v + h], h = min(step / 2, 10% of v)
//                                          (约1.6万 → [15500, 16500]; 约100 → [90, 110])
// Two figures conflict only when their intervals do not meet.
import { add, cmp, dec, half, lastDigitStep, percentOf, sub, type Dec, ZERO } from './decimal.js';
import type { QRow } from './model.js';

export interface Interval {
  lo: Dec;
  hi: Dec | null; // null = unbounded
  hiOpen: boolean;
}

type Mode = 'exact' | 'over-step' | 'over' | 'near' | 'under' | 'about';

const OVER_STEP = /余|多/;
const OVER = /超过|以上|逾|不少于|至少|不低于|超/;
const UNDER = /不足|不到|少于|以下|低于|不超过/;
const NEAR = /将近|接近|几近|近/;
const ABOUT = /约|左右|上下|大概|估计|大致/;

export function modeOf(q: Pick<QRow, 'approx' | 'qualifier' | 'text' | 'sentence'>): Mode {
  if (!q.approx) return 'exact';
  const probes = [q.qualifier ?? '', q.text, contextOf(q)];
  for (const p of probes) {
    if (!p) continue;
    if (UNDER.test(p)) return 'under';
    if (ABOUT.test(p)) return 'about';
    if (NEAR.test(p)) return 'near';
    if (OVER_STEP.test(p)) return 'over-step';
    if (OVER.test(p)) return 'over';
  }
  return 'about';
}

/** a few characters around the figure in its sentence */
function contextOf(q: Pick<QRow, 'text' | 'sentence'>): string {
  const i = q.sentence.indexOf(q.text);
  if (i < 0) return '';
  return q.sentence.slice(Math.max(0, i - 4), i) + '|' + q.sentence.slice(i + q.text.length, i + q.text.length + 3);
}

export function coverOf(q: Pick<QRow, 'approx' | 'qualifier' | 'text' | 'sentence' | 'valueText' | 'valueHigh'>): Interval {
  const v = dec(q.valueText);
  if (q.valueHigh != null && q.valueHigh !== '') {
    const h = dec(q.valueHigh);
    if (cmp(h, v) >= 0) return { lo: v, hi: h, hiOpen: false };
  }
  const step = lastDigitStep(v);
  switch (modeOf(q)) {
    case 'exact':
      return { lo: v, hi: v, hiOpen: false };
    case 'over-step':
      return { lo: v, hi: add(v, step), hiOpen: true };
    case 'over':
      return { lo: v, hi: null, hiOpen: true };
    case 'near':
      return { lo: sub(v, percentOf(v, 10)), hi: v, hiOpen: false };
    case 'under':
      return { lo: ZERO, hi: v, hiOpen: false };
    case 'about': {
      const a = half(step);
      const b = percentOf(v, 10);
      const h = cmp(a, b) <= 0 ? a : b;
      return { lo: sub(v, h), hi: add(v, h), hiOpen: false };
    }
  }
}

/** Do the two intervals share a value? */
export function meets(a: Interval, b: Interval): boolean {
  return below(a, b.lo) === false && below(b, a.lo) === false;
}

/** Is every value of `i` below `x` (i.hi < x, or ≤ when open)? */
export function below(i: Interval, x: Dec): boolean {
  if (i.hi === null) return false;
  const c = cmp(i.hi, x);
  return c < 0 || (c === 0 && i.hiOpen);
}

export function sumIntervals(list: Interval[]): Interval {
  let lo = ZERO;
  let hi: Dec | null = ZERO;
  let hiOpen = false;
  for (const i of list) {
    lo = add(lo, i.lo);
    hi = hi === null || i.hi === null ? null : add(hi, i.hi);
    hiOpen = hiOpen || i.hiOpen;
  }
  return { lo, hi, hiOpen };
}

export function isExact(i: Interval): boolean {
  return i.hi !== null && cmp(i.lo, i.hi) === 0;
}
