// The rules changes the benchmark re-extracts after (scripts/bench/rule-changes.ts) are real,
// schema-valid rule entries: each loads with the rule schemas, touches the family it is meant to
// (and the jieba user dictionary only for the award alias), and makes `gongwen extract` find
// something in its probe sentence that the unchanged rules do not. The comment-only change
// leaves every parsed rule as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_CHANGES, rulesWithChange, type RuleChangeId } from '../../scripts/bench/rule-changes.js';
import { userDictLines } from '../../src/extract/named/jieba.js';
import { namedRules } from '../../src/extract/named/rules.js';
import { loadQuantityRules } from '../../src/extract/quantities/rules.js';

const root = join(__dirname, '../..');
const rules = join(root, 'rules');
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-bench-rules-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const dirs = Object.fromEntries(RULE_CHANGES.map((c) => [c.id, rulesWithChange(rules, join(tmp, c.id), c)])) as Record<RuleChangeId, string>;
const change = (id: RuleChangeId) => RULE_CHANGES.find((c) => c.id === id)!;

// named rules without their folder (which differs by copy)
const named = (dir: string) => {
  const { dir: _d, ...r } = namedRules(dir);
  return r;
};
const quantities = (dir: string) => {
  const q = loadQuantityRules(dir);
  return { units: q.units, context: q.context };
};

describe('bench rules changes', () => {
  it('a comment in every file changes no parsed rule and no dictionary word', () => {
    const files = readFileSync(join(dirs.comment, 'units.yaml'), 'utf8');
    expect(files).toMatch(/# bench: a comment, no rule changed\n$/);
    expect(named(dirs.comment)).toEqual(named(rules));
    expect(quantities(dirs.comment)).toEqual(quantities(rules));
    expect(userDictLines(dirs.comment)).toEqual(userDictLines(rules));
  });

  it('a new unit changes units.yaml only, by one rule, and no dictionary word', () => {
    const before = loadQuantityRules(rules).units;
    const after = loadQuantityRules(dirs.units).units;
    expect(after.slice(0, -1)).toEqual(before);
    expect(after.at(-1)).toMatchObject({ id: 'unit.bench-statues', kind: 'count', words: ['尊'] });
    expect(after.at(-1)!.examples.positive.length).toBeGreaterThan(0);
    expect(named(dirs.units)).toEqual(named(rules));
    expect(userDictLines(dirs.units)).toEqual(userDictLines(rules));
  });

  it('new surnames change the named rules only, and no dictionary word', () => {
    const after = namedRules(dirs.people);
    expect(after.surnames.double).toContain('子车');
    expect(after.surnames.single.has('郄')).toBe(true);
    expect(namedRules(rules).surnames.double).not.toContain('子车');
    expect(quantities(dirs.people)).toEqual(quantities(rules));
    expect(userDictLines(dirs.people)).toEqual(userDictLines(rules));
  });

  it('a new award alias adds a user-dictionary word', () => {
    const award = namedRules(dirs.alias).awards.find((a) => a.id === 'award.craftsman-provincial')!;
    expect(award.aliases).toContain('荆楚金蓝领');
    expect(award.examples.positive.map((e) => e.name)).toContain('荆楚金蓝领');
    const added = userDictLines(dirs.alias).filter((l) => !userDictLines(rules).includes(l));
    expect(added).toEqual(['荆楚金蓝领 50000 nz']);
    expect(quantities(dirs.alias)).toEqual(quantities(rules));
  });

  it('edits as text: the rest of each edited file stays byte for byte', () => {
    for (const id of ['units', 'people'] as const) {
      const f = change(id).files[0];
      const before = readFileSync(join(rules, f), 'utf8');
      const after = readFileSync(join(dirs[id], f), 'utf8');
      expect(after.startsWith(before.replace(/\n*$/, '\n'))).toBe(true); // an entry appended
    }
    const before = readFileSync(join(rules, 'awards.yaml'), 'utf8').split('\n');
    const after = readFileSync(join(dirs.alias, 'awards.yaml'), 'utf8').split('\n');
    expect(after.length).toBe(before.length + 1); // one example line added
    const gone = before.filter((l) => !after.includes(l));
    expect(gone).toHaveLength(1); // the aliases line, extended
    expect(after).toContain(`${gone[0].replace(/\]$/, '')}, 荆楚金蓝领]`);
  });

  const cli = join(root, 'bin', 'gongwen.js');
  const built = existsSync(join(root, 'dist', 'src', 'cli', 'main.js'));
  const extract = (probe: string, dir: string) => {
    const file = join(tmp, `probe-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(file, `${probe}\n`);
    const r = spawnSync(process.execPath, [cli, 'extract', file, '--format', 'json'], { cwd: root, env: { ...process.env, GONGWEN_RULES: dir }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as {
      quantities: { text: string; unit: string; rule: string }[];
      awards: { name: string; level: string | null; count: number | null }[];
      entities: { type: string; name: string }[];
    };
  };

  it.skipIf(!built)('each change makes `gongwen extract` find something new in its probe', () => {
    const units = change('units').probe;
    expect(extract(units, rules).quantities.filter((q) => q.unit === '尊')).toEqual([]);
    expect(extract(units, dirs.units).quantities.map((q) => [q.text, q.unit, q.rule])).toContainEqual(['12尊', '尊', 'unit.bench-statues']);

    const people = change('people').probe;
    expect(extract(people, rules).entities.filter((e) => e.name === '子车青')).toEqual([]);
    expect(extract(people, dirs.people).entities.map((e) => [e.type, e.name])).toContainEqual(['person', '子车青']);

    const alias = change('alias').probe;
    expect(extract(alias, rules).awards).toEqual([]);
    expect(extract(alias, dirs.alias).awards.map((a) => [a.name, a.level, a.count])).toEqual([['荆楚金蓝领', 'provincial', 2]]);
  }, 120_000);
});
