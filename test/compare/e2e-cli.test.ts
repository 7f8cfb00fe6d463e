// compare and check as an editor runs them (node bin/gongwen.js → dist/, built by `npm test`'s tsc
// step): the flags, the summary, file:line: locations, and exit 1 when an error finding is listed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { plantedCopy, loadGold } from '../../scripts/eval-findings.js';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin', 'gongwen.js');
const gw = (args: string[], cwd = ROOT) => {
  const env = { ...process.env };
  delete env.GONGWEN_DB;
  return spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
};

let corpus = '';
let db = '';
beforeAll(() => {
  corpus = plantedCopy(loadGold().plants.filter((p) => p.set === 'dev'));
  db = join(mkdtempSync(join(tmpdir(), 'gongwen-cli-findings-')), 'a.db');
  const r = gw(['ingest', '.', '--db', db], corpus);
  expect(r.status).toBe(0);
}, 120_000);

describe('gongwen compare', () => {
  it('prints a summary by type and file:line: locations with the section; exit 1 on errors', () => {
    const r = gw(['compare', '--db', db, '--format', 'text']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/sum-mismatch\s+5\s+0\s+0/);
    expect(r.stdout).toContain('shixi/01.txt:7: （一、基本情况）  “4150人”');
  });

  it('--type and --severity narrow; json keeps offsets and adds the summary', () => {
    const r = gw(['compare', '--db', db, '--type', 'restated-changed', '--severity', 'warning', '--format', 'json']);
    const j = JSON.parse(r.stdout) as { findings: { type: string; items: { start: number; end: number }[] }[]; summary: { byType: Record<string, unknown> } };
    expect(j.findings.length).toBeGreaterThan(0);
    expect(new Set(j.findings.map((f) => f.type))).toEqual(new Set(['restated-changed']));
    expect(Object.keys(j.summary.byType)).toEqual(['restated-changed']);
    expect(typeof j.findings[0].items[0].start).toBe('number');
    expect(j.findings[0].items[0].end).toBeGreaterThan(j.findings[0].items[0].start);
  });

  it('--series and --since keep findings of those documents; none left means exit 0', () => {
    const r = gw(['compare', '--db', db, '--series', '产改简报', '--format', 'json']);
    const j = JSON.parse(r.stdout) as { findings: { items: { source: string }[] }[] };
    expect(j.findings.length).toBeGreaterThan(0);
    for (const f of j.findings) expect(f.items.some((i) => /^(\.\/)?tongjiang\//.test(i.source))).toBe(true);
    const none = gw(['compare', '--db', db, '--since', '2030-01-01']);
    expect(none.status).toBe(0);
    expect(none.stdout).toContain('未发现问题');
  });

  it('bad flags are usage errors (exit 2) and --help documents them', () => {
    expect(gw(['compare', '--db', db, '--type', 'typo']).status).toBe(2);
    expect(gw(['compare', '--db', db, '--since', '24/03/01']).status).toBe(2);
    const h = gw(['compare', '--help']).stdout;
    for (const f of ['--type', '--severity', '--since', '--series', 'restated-changed', 'file:line:']) expect(h).toContain(f);
  });
});

describe('gongwen check', () => {
  it('a draft whose total its parts do not add up to: exit 1, located', () => {
    const draft = join(mkdtempSync(join(tmpdir(), 'gongwen-draft-')), 'draft.txt');
    writeFileSync(draft, '青禾县总工会\n\n工作简报\n\n2024年第3期\n\n一、队伍建设\n\n全区现有高技能人才4150人,其中高级技师310人、技师1240人、高级工2500人。\n');
    const r = gw(['check', draft, '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('合计不符');
    expect(r.stdout).toMatch(/draft\.txt:\d+: （一、队伍建设）/);
    expect(gw(['check', draft, '--db', db, '--type', 'conflict']).status).toBe(0);
  });
});
