// The one-pass search for conflicting figures must pick exactly the figures that the
// definition picks: those that fail to meet some figure of another document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflicting } from '../../src/compare/conflict.js';
import { meets, type Interval } from '../../src/compare/cover.js';
import { dec } from '../../src/compare/decimal.js';
import type { QRow } from '../../src/compare/model.js';

function bruteForce(g: QRow[], iv: Map<QRow, Interval>): Set<QRow> {
  const out = new Set<QRow>();
  for (const x of g)
    for (const y of g) {
      if (x === y || x.documentId === y.documentId) continue;
      const ix = iv.get(x);
      const iy = iv.get(y);
      if (ix && iy && !meets(ix, iy)) out.add(x).add(y);
    }
  return out;
}

const row = (documentId: string, idx: number): QRow =>
  ({ documentId, idx, kind: 'count', valueText: '0', valueHigh: null, unit: '个', approx: false, qualifier: null,
     subject: '工作室', scope: null, period: null, cumulative: false, text: '', start: 0, end: 0, sentence: '', partOf: null });

// small values and few documents, so that ties, shared documents and open bounds are common
const interval = fc
  .record({ lo: fc.integer({ min: 0, max: 6 }), width: fc.integer({ min: 0, max: 3 }), open: fc.boolean(), unbounded: fc.boolean(), frac: fc.boolean() })
  .map(({ lo, width, open, unbounded, frac }): Interval => ({
    lo: dec(frac ? `${lo}.5` : String(lo)),
    hi: unbounded ? null : dec(String(lo + width + (frac ? 1 : 0))),
    hiOpen: open && width > 0,
  }));

describe('conflicting', () => {
  it('agrees with the pairwise definition', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.option(interval, { nil: undefined })), { maxLength: 12 }), (spec) => {
        const g = spec.map(([d], i) => row(`d${d}`, i));
        const iv = new Map<QRow, Interval>();
        spec.forEach(([, i], k) => i && iv.set(g[k]!, i));
        expect([...conflicting(g, iv)].map((q) => q.idx).sort()).toEqual([...bruteForce(g, iv)].map((q) => q.idx).sort());
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the one document out of line and no figure of a document against itself', () => {
    const g = [row('a', 0), row('b', 1), row('c', 2), row('c', 3)];
    const iv = new Map<QRow, Interval>([
      [g[0]!, { lo: dec('16'), hi: dec('16'), hiOpen: false }],
      [g[1]!, { lo: dec('16'), hi: dec('17'), hiOpen: true }], // 16余
      [g[2]!, { lo: dec('14'), hi: dec('14'), hiOpen: false }],
      [g[3]!, { lo: dec('10'), hi: null, hiOpen: true }], // 10个以上
    ]);
    expect([...conflicting(g, iv)].map((q) => q.idx).sort()).toEqual([0, 1, 2]);
  });
});
