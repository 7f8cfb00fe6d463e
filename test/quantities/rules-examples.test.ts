// Runs every example of every quantity rule (rules/units.yaml, rules/quantity-context.yaml).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { loadQuantityRules, type RuleExample } from '../../src/extract/quantities/rules.js';
import { RuleFileError } from '../../src/rules/loader.js';
import type { DocMeta, ExtractContext, Quantity } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['云南省总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
const ctx = (text: string): ExtractContext => ({ text, meta, sections: [], pageAt: () => null });

function fits(q: Quantity, ex: RuleExample): boolean {
  if (ex.value !== undefined && Math.abs(q.value - ex.value) > 1e-3 * Math.max(1, Math.abs(ex.value))) return false;
  if (ex.unit !== undefined && q.unit !== ex.unit) return false;
  if (ex.kind !== undefined && q.kind !== ex.kind) return false;
  if (ex.approx !== undefined && q.approx !== ex.approx) return false;
  if (ex.subject !== undefined && q.subject !== ex.subject) return false;
  if (ex.scope !== undefined && q.scope !== ex.scope) return false;
  if (ex.period !== undefined && q.period !== ex.period) return false;
  if (ex.cumulative !== undefined && !!q.cumulative !== ex.cumulative) return false;
  if (ex.partOf !== undefined && q.partOf !== ex.partOf) return false;
  return true;
}

const rules = loadQuantityRules();
const all = [
  ...rules.units.map((r) => ({ id: r.id, unitRule: true, examples: r.examples })),
  ...rules.context.map((r) => ({ id: r.id, unitRule: false, examples: r.examples })),
];

describe('quantity rule examples', () => {
  for (const r of all) {
    for (const ex of r.examples.positive) {
      it(`${r.id} finds: ${ex.text}`, () => {
        const qs = extractQuantities(ctx(ex.text));
        const hit = qs.find((q) => fits(q, ex) && (!r.unitRule || q.rule === r.id));
        expect(hit, JSON.stringify(qs.map((q) => ({ text: q.text, value: q.value, unit: q.unit, subject: q.subject, scope: q.scope, period: q.period, partOf: q.partOf, rule: q.rule })))).toBeTruthy();
        for (const q of qs) expect(ex.text.slice(q.start, q.end)).toBe(q.text);
      });
    }
    for (const ex of r.examples.negative) {
      it(`${r.id} finds nothing in: ${ex.text}`, () => {
        expect(extractQuantities(ctx(ex.text)).map((q) => q.text)).toEqual([]);
      });
    }
  }
});

describe('quantity rule files', () => {
  it('every unit rule has an example', () => {
    for (const r of rules.units) expect(r.examples.positive.length + r.examples.negative.length).toBeGreaterThan(0);
  });
  it('an invalid rule names its file and entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-rules-'));
    writeFileSync(join(dir, 'units.yaml'), 'rules:\n  - id: unit.broken\n    kind: weight\n    words: [吨]\n    examples: {positive: [], negative: []}\n');
    writeFileSync(join(dir, 'quantity-context.yaml'), 'rules: []\n');
    expect(() => loadQuantityRules(dir)).toThrow(RuleFileError);
    expect(() => loadQuantityRules(dir)).toThrow(/units\.yaml.*unit\.broken/);
  });
});
