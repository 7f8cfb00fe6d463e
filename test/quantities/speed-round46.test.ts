// Round 46 (issue 17, cold `check`): the findings read a list's direct parts and whether they are a
// breakdown from src/extract/quantities/list-rules.ts, which brings no extraction with it, so the main
// thread of `gongwen check` loads no extractor (the worker does the extraction).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directParts, isBreakdown } from '../../src/extract/quantities/list-rules.js';
import * as lists from '../../src/extract/quantities/lists.js';

const SRC = resolve(__dirname, '../../src');

/** the modules a source file loads when it is evaluated: static imports and re-exports, type-only ones left out */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of code.matchAll(/^(?:import|export)\s+(?!type\s)(?:([^'";]*?)\sfrom\s+)?'([^']+)';/gm)) {
    const names = /^\{([^}]*)\}$/.exec((m[1] ?? '').trim());
    if (names && names[1].split(',').every((n) => !n.trim() || n.trim().startsWith('type '))) continue;
    out.push(m[2]);
  }
  return out;
}

/** every source module or package reached from the entries by static imports */
function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (spec: string, from: string) => {
    if (!spec.startsWith('.')) return void seen.add(spec);
    const file = join(dirname(from), spec).replace(/\.js$/, '.ts');
    if (seen.has(file)) return;
    seen.add(file);
    for (const s of staticImports(file)) visit(s, file);
  };
  for (const e of entries) visit(`./${e}`, join(SRC, 'x.ts'));
  return seen;
}

describe('cold check: what its main thread loads', () => {
  // the modules check.ts imports on its main thread (src/cli/commands/check.ts)
  const loaded = closure(['cli/commands/check.js', 'cli/open.js', 'compare/index.js', 'analysis/synonyms.js', 'compare/statement.js']);
  const rel = [...loaded].map((f) => (f.startsWith(SRC) ? f.slice(SRC.length + 1) : f));

  it('loads no extractor and no document reader', () => {
    // besides the list rules: the segmenter the main thread serves its worker (jieba-port, jieba-dict) and
    // the table names of the store (tables.ts), none of them an extractor
    const served = ['extract/quantities/list-rules.ts', 'extract/refiners/regex.ts', 'extract/named/jieba-port.ts', 'extract/named/jieba-dict.ts', 'extract/tables.ts'];
    expect(rel.filter((f) => f.startsWith('extract/') && !served.includes(f))).toEqual([]);
    expect(rel.filter((f) => /^(?:mammoth|pdfjs-dist|pdf-parse|@node-rs\/jieba|tesseract\.js|jsdom)/.test(f))).toEqual([]);
  });

  it('still reads the list rules the findings need', () => {
    expect(rel).toContain('extract/quantities/list-rules.ts');
    expect(rel).not.toContain('extract/quantities/lists.ts');
  });
});

describe('list-rules.ts: the findings’ reading of a list', () => {
  it('keeps the direct parts of a total, a nested part under its own total only', () => {
    // 全市共有工会会员900人，其中一线职工600人，一线职工中技术工人200人；机关人员300人
    const qs = [{ partOf: null }, { partOf: 0 }, { partOf: 1 }, { partOf: 0 }];
    const parts = directParts(qs);
    expect(parts.get(0)).toEqual([qs[1], qs[3]]);
    expect(parts.get(1)).toEqual([qs[2]]);
    expect(parts.has(2)).toBe(false);
  });

  it('a split by one kind must add up; attributes of two dimensions overlap', () => {
    expect(isBreakdown(['高级工', '中级工'])).toBe(true);
    expect(isBreakdown(['女职工', '青年职工'])).toBe(false);
  });

  it('lists.ts hands on the same functions', () => {
    expect(lists.isBreakdown).toBe(isBreakdown);
    expect(lists.directParts).toBe(directParts);
  });
});
