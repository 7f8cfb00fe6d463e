// The scorer's assertions (scripts/eval-findings.ts) on the planted-error corpus: the clean issues
// raise no error and at most two warnings; the dev plants are found (recall ≥ .95) without false
// alarms; the samples raise no error and at most two warnings. Each run ingests 15 issues.
import { describe, expect, it } from 'vitest';
import { loadGold, scorePlants, scoreSamples } from '../../scripts/eval-findings.js';

const gold = loadGold();

describe('planted-error corpus (test/compare/corpus)', () => {
  it('gold: ≥ 30 plants across every finding type, half held back, ≥ 10 plausible changes', () => {
    expect(gold.plants.length).toBeGreaterThanOrEqual(30);
    const types = new Set(gold.plants.map((p) => p.type));
    for (const t of ['sum-mismatch', 'percent-mismatch', 'restated-changed', 'cumulative-decrease', 'issue-sequence', 'conflict'])
      expect(types, t).toContain(t);
    expect(gold.plants.filter((p) => p.set === 'held').length).toBeGreaterThanOrEqual(gold.plants.length / 2 - 1);
    expect(gold.clean.length).toBeGreaterThanOrEqual(10);
  });

  it('clean issues: no error, at most two warnings', async () => {
    const s = await scorePlants('clean', []);
    expect(s.falseAlarms.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    expect(s.counts.warning).toBeLessThanOrEqual(2);
  }, 60_000);

  it('dev plants: recall ≥ .95, no false error', async () => {
    const s = await scorePlants('dev', gold.plants.filter((p) => p.set === 'dev'));
    expect(s.missed).toEqual([]);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.falseAlarms.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    expect(s.counts.warning).toBeLessThanOrEqual(2);
  }, 60_000);

  // scored only once the findings were built (05:08 UTC, 3 Dec 2026): 20/20, one warning (the gap
  // that renumbering 第8期 as 第7期 also leaves; since folded into the duplicate's error)
  it('held plants: recall ≥ .95, no false error, at most two false warnings', async () => {
    const s = await scorePlants('held', gold.plants.filter((p) => p.set === 'held'));
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.falseAlarms.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    expect(s.counts.warning).toBeLessThanOrEqual(2);
  }, 60_000);

  it('samples: no error, at most two warnings', async () => {
    const s = await scoreSamples();
    expect(s.counts.error).toBe(0);
    expect(s.counts.warning).toBeLessThanOrEqual(2);
  }, 120_000);
});
