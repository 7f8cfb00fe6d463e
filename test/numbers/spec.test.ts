// Runs every case of test/spec/numbers.yaml against parseNumber and findNumbers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findNumbers, parseNumber } from '../../src/extract/numbers/index.js';

interface Want {
  text: string;
  value: string;
  high?: string | null;
  approx?: boolean;
  qualifier?: string | null;
  percent?: 'percent' | 'points' | 'fraction' | null;
  start?: number;
}
interface Spec {
  parse: [string, string | null][];
  find: { in: string; out: Want[]; note?: string }[];
}

const spec = parseYaml(readFileSync(fileURLToPath(new URL('../spec/numbers.yaml', import.meta.url)), 'utf8')) as Spec;

describe('numbers spec file', () => {
  it('has at least 300 cases', () => {
    expect(spec.parse.length + spec.find.length).toBeGreaterThanOrEqual(300);
  });
});

describe('parseNumber (spec)', () => {
  it.each(spec.parse.map(([s, v]) => [s, v] as const))('%s → %s', (s, v) => {
    expect(parseNumber(s)).toBe(v === null ? null : String(v));
  });
});

describe('findNumbers (spec)', () => {
  it.each(spec.find.map((c) => [c.in, c] as const))('%s', (_s, c) => {
    const got = findNumbers(c.in);
    for (const m of got) expect(c.in.slice(m.start, m.end)).toBe(m.text);
    const want = (c.out ?? []).map((w) => w);
    let from = 0;
    const expected = want.map((w) => {
      const start = w.start ?? c.in.indexOf(w.text, from);
      from = start + w.text.length;
      return {
        text: w.text,
        start,
        value: String(w.value),
        high: w.high === undefined || w.high === null ? null : String(w.high),
        approx: w.approx ?? false,
        qualifier: w.qualifier ?? null,
        percent: w.percent ?? null,
      };
    });
    const actual = got.map((m) => ({
      text: m.text,
      start: m.start,
      value: m.value,
      high: m.high,
      approx: m.approx,
      qualifier: m.qualifier,
      percent: m.percent,
    }));
    expect(actual).toEqual(expected);
  });
});
