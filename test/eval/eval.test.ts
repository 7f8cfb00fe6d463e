// Evaluates the pipeline on samples/ against the hand gold and fails if a score falls below the
// floor reached so far (samples/gold/floors.json).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, type EvalReport } from '../../scripts/lib/eval-run.js';
import { matchQuantities, score } from '../../scripts/lib/eval-match.js';
import type { Quantity } from '../../src/types.js';

const root = join(import.meta.dirname, '..', '..');
const floors = JSON.parse(readFileSync(join(root, 'samples', 'gold', 'floors.json'), 'utf8')) as {
  totals: Record<string, { precision?: number; recall?: number; subject?: number }>;
  files: Record<string, Record<string, { precision?: number; recall?: number; subject?: number }>>;
  unseen?: { totals: Record<string, { precision?: number; recall?: number; subject?: number }> };
};

describe('evaluation on the samples', () => {
  let report: EvalReport;
  it('runs over every sample', async () => {
    report = await evaluate(join(root, 'samples'), join(root, 'samples', 'gold'));
    expect(report.samples.length).toBeGreaterThan(0);
  }, 120_000);
  it('keeps every per-kind total at or above its floor', () => {
    for (const [kind, f] of Object.entries(floors.totals)) {
      const t = report.totals[kind as keyof EvalReport['totals']];
      if (!t) continue;
      if (f.precision !== undefined) expect(t.score.precision, `${kind} precision`).toBeGreaterThanOrEqual(f.precision);
      if (f.recall !== undefined) expect(t.score.recall, `${kind} recall`).toBeGreaterThanOrEqual(f.recall);
      if (f.subject !== undefined) expect(t.subjectRate ?? 0, `${kind} subject`).toBeGreaterThanOrEqual(f.subject);
    }
  });
  it('keeps every sample file at or above its floor', () => {
    for (const [file, kinds] of Object.entries(floors.files)) {
      const s = report.samples.find((x) => x.file === file);
      expect(s, file).toBeTruthy();
      for (const [kind, f] of Object.entries(kinds)) {
        const r = s!.kinds[kind as keyof typeof s.kinds];
        if (!r) continue;
        if (f.precision !== undefined) expect(r.score.precision, `${file} ${kind} precision`).toBeGreaterThanOrEqual(f.precision);
        if (f.recall !== undefined) expect(r.score.recall, `${file} ${kind} recall`).toBeGreaterThanOrEqual(f.recall);
        if (f.subject !== undefined && r.subjectRight !== undefined) {
          expect(r.score.tp ? r.subjectRight / r.score.tp : 1, `${file} ${kind} subject`).toBeGreaterThanOrEqual(f.subject);
        }
      }
    }
  });
});

describe('evaluation on the unseen documents (test/eval/unseen)', () => {
  let report: EvalReport;
  const dir = join(root, 'test', 'eval', 'unseen');
  it('runs over every unseen document', async () => {
    report = await evaluate(dir, join(dir, 'gold'));
    expect(report.samples.length).toBeGreaterThanOrEqual(3);
  }, 120_000);
  it('keeps every per-kind total at or above its (lower) floor', () => {
    for (const [kind, f] of Object.entries(floors.unseen?.totals ?? {})) {
      const t = report.totals[kind as keyof EvalReport['totals']];
      expect(t, kind).toBeTruthy();
      if (f.precision !== undefined) expect(t!.score.precision, `unseen ${kind} precision`).toBeGreaterThanOrEqual(f.precision);
      if (f.recall !== undefined) expect(t!.score.recall, `unseen ${kind} recall`).toBeGreaterThanOrEqual(f.recall);
      if (f.subject !== undefined) expect(t!.subjectRate ?? 0, `unseen ${kind} subject`).toBeGreaterThanOrEqual(f.subject);
    }
  });
});

describe('quantity matching', () => {
  const q = (over: Partial<Quantity>): Quantity => ({
    kind: 'count', value: 1, unit: '个', approx: false, subject: '', scope: null, period: null, text: '1个', start: 0, end: 2,
    sentence: '', page: null, partOf: null, rule: 'unit.things', ...over,
  });
  it('matches value, unit and sentence; scores the subject apart', () => {
    const gold = [
      { text: '1个', value: 1, unit: '个', kind: 'count' as const, approx: false, subject: '全国工人先锋号', sentence_contains: '全国工人先锋号' },
      { text: '1个', value: 1, unit: '个', kind: 'count' as const, approx: false, subject: '全国模范职工小家', sentence_contains: '模范职工小家' },
    ];
    const s = '全国模范职工小家 1 个、全国工人先锋号 1 个。';
    const r = matchQuantities(gold, [q({ subject: '全国模范职工小家', sentence: s }), q({ subject: '全国工人先锋号', sentence: s }), q({ value: 2, sentence: s })]);
    expect(r.score.tp).toBe(2);
    expect(r.score.fp).toBe(1);
    expect(r.subjectRight).toBe(2);
  });
  it('computes precision, recall and F1', () => {
    expect(score(3, 1, 0)).toMatchObject({ precision: 0.75, recall: 1 });
    expect(score(0, 0, 0).f1).toBe(1);
  });
});
