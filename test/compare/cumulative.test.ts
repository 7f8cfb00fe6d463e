// The look-back of cumulative-decrease (floats first, the exact decimals when too close, stopping
// at the first figure not strictly earlier) must choose what the plain pairwise rule chooses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { below, type Interval } from '../../src/compare/cover.js';
import { worstEarlier, type Entry } from '../../src/compare/cumulative.js';
import { dec } from '../../src/compare/decimal.js';
import { yearOfPeriod } from '../../src/compare/keys.js';
import type { QRow } from '../../src/compare/model.js';

/** the rule written plainly: every earlier figure, decimals throughout */
function reference(g: Entry[], j: number): Entry | null {
  const later = g[j]!;
  let worst: Entry | null = null;
  for (let i = 0; i < j; i++) {
    const earlier = g[i]!;
    if (earlier.date >= later.date || earlier.q.documentId === later.q.documentId) continue;
    const py = yearOfPeriod(later.q.period);
    if (py != null && py < Number(earlier.date.slice(0, 4))) continue;
    // a figure of a stated past year (2021年, not 2022年底 as of a date) is compared only with the same period
    const fixed = (p: string | null) => (p && /\d{4}年/.test(p) && !/以来|至今|来$|截[至止]|[底末]$/.test(p) ? p : null);
    if (fixed(earlier.q.period) && fixed(earlier.q.period) !== fixed(later.q.period)) continue;
    if (!below(later.iv, earlier.iv.lo)) continue;
    if (!worst || Number(earlier.q.valueText) > Number(worst.q.valueText)) worst = earlier;
  }
  return worst;
}

const entry = (doc: number, date: string, value: string, iv: Interval, period: string | null, start: number): Entry => {
  const q = { documentId: `d${doc}`, valueText: value, period, start } as QRow;
  return { q, date, iv, year: Number(date.slice(0, 4)), value: Number(value), lo: Number(iv.lo.n) / 10 ** iv.lo.scale };
};

// values close together (ties, equal bounds, open tops), a few documents and dates
const arb = fc.array(
  fc.record({
    doc: fc.integer({ min: 0, max: 3 }),
    date: fc.constantFrom('2020-06-30', '2021-03-31', '2021-12-31', '2022-06-30', '2023-01-15'),
    base: fc.integer({ min: 0, max: 8 }),
    frac: fc.constantFrom('', '.5', '.25', '.0000000000001'),
    top: fc.constantFrom('same', 'epsilon', 'plus1', 'none'),
    open: fc.boolean(),
    period: fc.constantFrom(null, '2020年', '2021年', '2022年底', '目前'),
  }),
  { minLength: 2, maxLength: 14 },
);

describe('cumulative-decrease look-back', () => {
  it('chooses the earlier figure the pairwise rule chooses, for every later figure', () => {
    fc.assert(
      fc.property(arb, (spec) => {
        const g = spec.map((s, k) => {
          const value = `${s.base}${s.frac}`;
          // the top of the interval: the value itself, a hair above it (1e-13: floats cannot tell),
          // one above, or none (10个以上)
          const top =
            s.top === 'same' ? value
            : s.top === 'epsilon' ? `${value.includes('.') ? value : `${value}.`}0000000000001`
            : s.top === 'plus1' ? `${s.base + 1}${s.frac}`
            : null;
          const iv: Interval = { lo: dec(value), hi: top === null ? null : dec(top), hiOpen: s.open && top !== null };
          return entry(s.doc, s.date, value, iv, s.period, k);
        });
        g.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.q.start - y.q.start));
        for (let j = 1; j < g.length; j++) expect(worstEarlier(g, j)).toBe(reference(g, j));
      }),
      { numRuns: 3000 },
    );
  });

  it('a count that falls from 16 to 14 in a later bulletin is found; 16余 then 14 too; 10以上 never falls', () => {
    const exact = (v: string): Interval => ({ lo: dec(v), hi: dec(v), hiOpen: false });
    const g = [
      entry(1, '2021-06-30', '16', exact('16'), null, 0),
      entry(2, '2021-12-31', '14', exact('14'), null, 0),
      entry(3, '2022-06-30', '10', { lo: dec('10'), hi: null, hiOpen: true }, null, 0),
    ];
    expect(worstEarlier(g, 1)).toBe(g[0]);
    expect(worstEarlier(g, 2)).toBeNull();
    const h = [entry(1, '2021-06-30', '16', { lo: dec('16'), hi: dec('17'), hiOpen: true }, null, 0), entry(2, '2022-01-01', '14', exact('14'), null, 0)];
    expect(worstEarlier(h, 1)).toBe(h[0]);
  });
});
