// Every rule of rules/numbers.yaml: the file validates, and its examples hold.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRuleFile, RuleFileError } from '../../src/rules/loader.js';
import { findNumbers, numberRules, NumberRuleSchema } from '../../src/extract/numbers/index.js';

const rules = numberRules().rules;

describe('rules/numbers.yaml', () => {
  it('loads and validates', () => {
    expect(rules.length).toBeGreaterThan(5);
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('an invalid entry fails with the file and the entry id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'numrules-'));
    writeFileSync(join(dir, 'numbers.yaml'), 'rules:\n  - id: broken\n    kind: nonsense\n    words: [x]\n');
    expect(() => loadRuleFile('numbers.yaml', NumberRuleSchema, dir)).toThrow(RuleFileError);
    expect(() => loadRuleFile('numbers.yaml', NumberRuleSchema, dir)).toThrow(/broken/);
    expect(z).toBeDefined();
  });

  it('a guard rule whose examples say positive/negative fails, naming the keys to use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'numrules-'));
    writeFileSync(join(dir, 'numbers.yaml'), 'rules:\n  - id: g\n    kind: after\n    words: [号]\n    examples: { positive: [21号], negative: [] }\n');
    expect(() => loadRuleFile('numbers.yaml', NumberRuleSchema, dir)).toThrow(/noNumber\/aNumber/);
  });

  it('a place name that begins with a numeral (the gazetteer) is no count; the same characters before a noun are', () => {
    const texts = (t: string) => findNumbers(t).map((m) => t.slice(m.start, m.end));
    expect(texts('七台河市总工会走访五家企业')).toEqual(['五']);
    expect(texts('在五家渠城区新建站点12个')).toEqual(['12']);
    expect(texts('三门峡市表彰先进集体8个')).toEqual(['8']);
  });

  for (const r of rules) {
    describe(`${r.id} (${r.kind})`, () => {
      const words = new Set(r.words);
      for (const ex of r.examples.positive ?? []) {
        it(`positive: ${ex}`, () => {
          const got = findNumbers(ex);
          if (r.kind === 'prefix' || r.kind === 'suffix') {
            expect(got.some((m) => m.qualifier !== null && words.has(m.qualifier) && m.approx === (r.approx ?? true))).toBe(true);
          } else if (r.kind === 'range-separator') {
            expect(got.some((m) => m.high !== null), JSON.stringify(got)).toBe(true);
          } else if (r.kind === 'ratio-mark') {
            expect(got.some((m) => m.percent === 'ratio'), JSON.stringify(got)).toBe(true);
          } else {
            expect(got.length).toBeGreaterThan(0);
          }
        });
      }
      for (const ex of r.examples.negative ?? []) {
        it(`negative: ${ex}`, () => {
          const got = findNumbers(ex);
          if (r.kind === 'prefix' || r.kind === 'suffix') {
            expect(got.some((m) => m.qualifier !== null && words.has(m.qualifier))).toBe(false);
          } else if (r.kind === 'range-separator') {
            expect(got.some((m) => m.high !== null), JSON.stringify(got)).toBe(false);
          } else if (r.kind === 'ratio-mark') {
            expect(got.some((m) => m.percent === 'ratio'), JSON.stringify(got)).toBe(false);
          } else {
            expect(got).toEqual([]);
          }
        });
      }
      for (const ex of r.examples.noNumber ?? []) it(`no number: ${ex}`, () => expect(findNumbers(ex)).toEqual([]));
      for (const ex of r.examples.aNumber ?? []) it(`a number: ${ex}`, () => expect(findNumbers(ex).length).toBeGreaterThan(0));
    });
  }
});
