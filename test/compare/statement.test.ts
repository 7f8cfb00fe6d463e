// Runs the examples of rules/findings.yaml: each positive example's first figure is a stock / a
// flow / a running count of the year, each negative example's is not.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { loadStatementRules, statements } from '../../src/compare/statement.js';
import type { Archive, QRow } from '../../src/compare/model.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};

function firstFigure(text: string) {
  const qs = extractQuantities({ text, meta, sections: [], pageAt: () => null });
  const rows: QRow[] = qs.map((q, idx) => ({
    documentId: 'd', idx, kind: q.kind, valueText: q.valueText ?? String(q.value), valueHigh: null, unit: q.unit, approx: q.approx,
    qualifier: q.qualifier ?? null, subject: q.subject, scope: q.scope, period: q.period, cumulative: !!q.cumulative, text: q.text,
    start: q.start, end: q.end, sentence: q.sentence, partOf: q.partOf,
  }));
  const a: Archive = { docs: new Map(), quantities: rows, headOf: () => '' };
  const st = statements(a).get(rows.find((r) => r.kind === 'count' || r.kind === 'money')!);
  expect(st, `a figure in ${text}`).toBeDefined();
  return st!;
}

describe('rules/findings.yaml examples', () => {
  for (const r of loadStatementRules().rules) {
    const field = r.type as 'stock' | 'flow' | 'running' | 'accumulate';
    for (const t of r.examples.positive) it(`${r.id}: ${t} is ${field}`, () => expect(firstFigure(t)[field]).toBe(true));
    for (const t of r.examples.negative) it(`${r.id}: ${t} is not ${field}`, () => expect(firstFigure(t)[field]).toBe(false));
  }

  it('the predicate after a figure tells two statements apart', () => {
    expect(firstFigure('全县共有1.2万名职工参加各类技能竞赛。').predicate).toBe('参加各类技能竞赛');
    expect(firstFigure('全县共有38名职工受到表彰。').predicate).toBe('受到表彰');
    expect(firstFigure('全县现有工会会员52300人。').predicate).toBe('');
  });
});
