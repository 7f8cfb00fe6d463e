// The parsed-YAML cache of the rule files: same trees as parsing, private, and never trusted.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYamlCached } from '../../src/rules/yaml-cache.js';

const RULES = join(__dirname, '../../rules');
let home: string;
const saved = { xdg: process.env.XDG_CACHE_HOME, off: process.env.GONGWEN_NO_CACHE };

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'gongwen-cache-'));
  process.env.XDG_CACHE_HOME = home;
  delete process.env.GONGWEN_NO_CACHE;
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
  if (saved.xdg === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = saved.xdg;
  if (saved.off === undefined) delete process.env.GONGWEN_NO_CACHE;
  else process.env.GONGWEN_NO_CACHE = saved.off;
});

const cached = () => readdirSync(join(home, 'gongwen', 'rules'));

describe('parseYamlCached', () => {
  it('gives every rule file the tree yaml.parse gives, from the YAML and then from the cache', () => {
    const files = readdirSync(RULES).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(join(RULES, f), 'utf8');
      const want = parse(text) as unknown;
      expect(parseYamlCached(text)).toEqual(want); // miss: parsed and stored
      expect(parseYamlCached(text)).toEqual(want); // hit
    }
    expect(cached().filter((n) => n.endsWith('.json'))).toHaveLength(files.length);
  });

  it('falls back to the YAML when a cached file is damaged', () => {
    const text = 'rules:\n  - id: a\n    words: [劳模, 工匠]\n';
    parseYamlCached(text);
    const [name] = cached();
    writeFileSync(join(home, 'gongwen', 'rules', name!), '{"rules": [');
    expect(parseYamlCached(text)).toEqual({ rules: [{ id: 'a', words: ['劳模', '工匠'] }] });
  });

  it('keeps what JSON cannot carry out of the cache (.inf, .nan)', () => {
    const text = 'limit: .inf\nnot: .nan\n';
    const first = parseYamlCached(text) as { limit: number; not: number };
    const again = parseYamlCached(text) as { limit: number; not: number };
    expect(again.limit).toBe(Infinity);
    expect(Number.isNaN(again.not)).toBe(true);
    expect(first.limit).toBe(Infinity);
    expect(cached()).toHaveLength(0);
  });

  it('writes nothing with GONGWEN_NO_CACHE', () => {
    process.env.GONGWEN_NO_CACHE = '1';
    expect(parseYamlCached('a: 1\n')).toEqual({ a: 1 });
    expect(() => cached()).toThrow();
  });

  it('throws what yaml throws on a broken file', () => {
    expect(() => parseYamlCached('rules: [unclosed\n')).toThrow();
  });
});
