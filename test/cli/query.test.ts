// gongwen query: rows streamed (millions without running out of memory), --timeout stops a
// runaway statement and says so, jsonl, the shared encoding, untrusted text escaped in tables,
// and PRAGMA journal_mode refused with a true message (audit items 8, 9, 13).
import { rmSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gw, samplesArchive } from './helpers.js';

let dir: string;
let db: string;
beforeAll(() => ({ dir, db } = samplesArchive()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const q = (sql: string, ...args: string[]) => gw(['query', sql, '--db', db, ...args]);

describe('gongwen query', () => {
  it('a runaway recursive CTE is stopped by --timeout, which says why', async () => {
    const t0 = Date.now();
    const r = await q('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c', '--timeout', '1');
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^gongwen: query: stopped after 1 s \(--timeout 1\): the statement did not finish/);
  }, 30_000);

  it('the timeout has a finite default', async () => {
    const r = await gw(['query', '--help']);
    expect(r.stdout).toMatch(/--timeout <seconds>.*\(default: 60\)/s);
  });

  it('streams a million rows as jsonl (waiting for the pipe: flat memory, see query-run.ts)', async () => {
    const r = await q('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1000000) SELECT x, printf(\'%0100d\', x) AS pad FROM c', '--format', 'jsonl');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(1_000_000);
    expect(JSON.parse(lines[999_999]).x).toBe(1_000_000);
  }, 120_000);

  it('a table shows the first 1000 rows and says there are more', async () => {
    const r = await q('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 5000) SELECT x FROM c');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').length).toBe(1002);
    expect(r.stderr).toMatch(/the first 1000 rows; there are more/);
  });

  it('flags and lists come out as export writes them (true/false, 、 in CSV; booleans and arrays in JSON)', async () => {
    const sql = 'SELECT q.approx, q.cumulative, d.issuers FROM quantities q JOIN documents d ON d.id = q.document_id ORDER BY q.document_id, q.idx LIMIT 1';
    const json = JSON.parse((await q(sql, '--format', 'json')).stdout)[0];
    expect(typeof json.approx).toBe('boolean');
    expect(Array.isArray(json.issuers)).toBe(true);
    const csv = parse((await q(sql, '--format', 'csv')).stdout, { bom: true, columns: true })[0];
    expect(['true', 'false']).toContain(csv.approx);
    expect(csv.issuers).toBe(json.issuers.join('、'));
    const exp = await gw(['export', '--table', 'quantities', '--format', 'csv', '--db', db]);
    const row = parse(exp.stdout, { bom: true, columns: true })[0];
    expect(['true', 'false']).toContain(row.approx);
    expect(row.issuers).toBe(json.issuers.join('、'));
  });

  it('control characters from the archive are escaped in a table, kept as data in JSON', async () => {
    const r = await q(`SELECT 'ok' || char(27) || ']0;owned' || char(7) || char(10) || 'forged' AS t`);
    expect(r.stdout).not.toMatch(/[\x07\x1b]/);
    expect(r.stdout).toContain('ok␛]0;owned␇⏎forged');
    const j = await q(`SELECT 'a' || char(27) AS t`, '--format', 'json');
    expect(JSON.parse(j.stdout)).toEqual([{ t: 'a\x1b' }]);
  });

  it('PRAGMA journal_mode is refused with a message that says why and what to ask instead', async () => {
    const r = await q('PRAGMA journal_mode');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gongwen: query refused: SQLite counts PRAGMA journal_mode as a statement that can change the database/);
    const ok = await q('SELECT * FROM pragma_journal_mode', '--format', 'json');
    expect(JSON.parse(ok.stdout)).toEqual([{ journal_mode: 'wal' }]);
  });
});

describe('gongwen metrics --group-by', () => {
  it('one row per scope and year: count, documents, exact sum and the latest figure', async () => {
    const r = await gw(['metrics', '--subject', '工作室', '--group-by', 'scope,year', '--format', 'json', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const groups = JSON.parse(r.stdout);
    const series = JSON.parse((await gw(['metrics', '--subject', '工作室', '--format', 'json', '--db', db])).stdout) as {
      scope: string | null; date: string; valueText: string; unit: string;
    }[];
    expect(groups.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBe(series.length);
    for (const g of groups) {
      const mine = series.filter((s) => s.scope === g.scope && Number(s.date.slice(0, 4)) === g.year && s.unit === g.unit);
      expect(g.count).toBe(mine.length);
      expect(g.sum).toBe(mine.reduce((n, s) => n + Number(s.valueText), 0));
      expect(g.latest).toBe(Number(mine[mine.length - 1].valueText));
    }
  });
});

describe('gongwen query into a pipe closed early', () => {
  it('ends quietly with exit 0 (`| head`)', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('./helpers.js');
    const r = await new Promise<{ code: number | null; stderr: string }>((res) => {
      const child = spawn(process.execPath, [BIN, 'query', 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1000000) SELECT x FROM c', '--format', 'csv', '--db', db], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => res({ code, stderr }));
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);
});
