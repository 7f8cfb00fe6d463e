// The validated-rules cache: the same entries as zod gives, a changed schema or file is a miss,
// and a damaged cache file is never trusted.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileRules } from '../../src/extract/compiled-rules.js';
import { familyVersions } from '../../src/extract/index.js';
import { loadRuleFile } from '../../src/rules/loader.js';

const RULES = join(__dirname, '../../rules');
let home: string;
const saved = { xdg: process.env.XDG_CACHE_HOME, off: process.env.GONGWEN_NO_CACHE };

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'gongwen-valid-'));
  process.env.XDG_CACHE_HOME = join(home, 'cache');
  delete process.env.GONGWEN_NO_CACHE;
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
  if (saved.xdg === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = saved.xdg;
  if (saved.off === undefined) delete process.env.GONGWEN_NO_CACHE;
  else process.env.GONGWEN_NO_CACHE = saved.off;
});

const kept = () => readdirSync(join(home, 'cache', 'gongwen', 'validated'));
/** a copy of rules/ under a new name: the engine loads and compiles each folder once */
const copyRules = (name: string) => {
  const dir = join(home, name);
  cpSync(RULES, dir, { recursive: true });
  return dir;
};

describe('validated rule files, cached', () => {
  it('compiles every family from the cache to what zod gave, with the same versions', () => {
    process.env.GONGWEN_NO_CACHE = '1';
    const plain = compileRules(copyRules('plain'));
    delete process.env.GONGWEN_NO_CACHE;
    const miss = compileRules(copyRules('miss'));
    expect(kept().length).toBeGreaterThan(15);
    const hit = compileRules(copyRules('hit'));
    // everything but the folder, and the quantity rules' look-up functions (closures over their data)
    const data = ({ dir: _, quantities: { units, context, periods }, named, ...rest }: typeof plain) => ({
      ...rest,
      named: { ...named, dir: '' },
      quantities: { units, context, periods },
    });
    expect(data(hit)).toEqual(data(plain));
    expect(data(miss)).toEqual(data(plain));
    expect(familyVersions(hit)).toEqual(familyVersions(plain));
  });

  it('is a miss for another schema or other bytes, and for a damaged file', () => {
    const dir = join(home, 'r');
    cpSync(RULES, dir, { recursive: true });
    writeFileSync(join(dir, 'x.yaml'), 'rules:\n  - id: a\n    n: 1\n');
    const A = z.object({ id: z.string(), n: z.number() });
    const B = z.object({ id: z.string(), n: z.number().default(2), m: z.string().default('b') });
    expect(loadRuleFile('x.yaml', A, dir)).toEqual([{ id: 'a', n: 1 }]);
    expect(loadRuleFile('x.yaml', B, dir)).toEqual([{ id: 'a', n: 1, m: 'b' }]);
    expect(kept()).toHaveLength(2);
    expect(loadRuleFile('x.yaml', A, dir)).toEqual([{ id: 'a', n: 1 }]);
    // a change the schema's shape does not show: its check's source
    const C = z.object({ id: z.string(), n: z.number() }).refine((r) => r.n > 5, { message: 'n too small' });
    expect(() => loadRuleFile('x.yaml', C, dir)).toThrow(/n too small/);
    writeFileSync(join(dir, 'x.yaml'), 'rules:\n  - id: a\n    n: 3\n');
    expect(loadRuleFile('x.yaml', A, dir)).toEqual([{ id: 'a', n: 3 }]);
    expect(kept()).toHaveLength(3);
    for (const f of kept()) writeFileSync(join(home, 'cache', 'gongwen', 'validated', f), '[{"id": ');
    expect(loadRuleFile('x.yaml', B, dir)).toEqual([{ id: 'a', n: 3, m: 'b' }]);
    expect(readFileSync(join(dir, 'x.yaml'), 'utf8')).toContain('n: 3');
  });

  it('reports a broken file as before, and keeps nothing of it', () => {
    const dir = join(home, 'r');
    cpSync(RULES, dir, { recursive: true });
    writeFileSync(join(dir, 'x.yaml'), 'rules:\n  - id: a\n    n: many\n');
    const A = z.object({ id: z.string(), n: z.number() });
    expect(() => loadRuleFile('x.yaml', A, dir)).toThrow(/x\.yaml \[a\]: n:/);
    expect(kept()).toEqual([]);
  });
});
