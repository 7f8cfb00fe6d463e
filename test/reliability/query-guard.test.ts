// `gongwen query` runs one read-only statement: writes and everything that could escape
// the archive (ATTACH, load_extension, writing PRAGMAs, VACUUM INTO, several statements)
// are refused with a clear message, and the archive is left as it was.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/torture/cli.js';
import { snapshot } from '../../scripts/torture/archive.js';

// made at load, not in beforeAll: the test names below are built from it
const dir = mkdtempSync(join(tmpdir(), 'gongwen-query-'));
const db = join(dir, 'a.db');

beforeAll(async () => {
  const r = await run(['ingest', 'samples/kuaibao-2022-23-tobacco.txt', '--db', db]);
  expect(r.code).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('query refuses what is not a read', () => {
  const escape = () => join(dir, 'escaped.db');
  const hostile = [
    'DELETE FROM documents',
    "UPDATE documents SET title = 'x'",
    'INSERT INTO ingest_errors(path, reason, at) VALUES (1, 2, 3)',
    'DROP TABLE quantities',
    'CREATE TABLE t(x)',
    'CREATE TEMP TABLE t(x)',
    'SELECT 1; DELETE FROM documents',
    'SELECT 1; SELECT 2',
    'PRAGMA user_version = 99',
    'PRAGMA journal_mode = DELETE',
    "SELECT load_extension('/lib/x.so')",
    'VACUUM',
    () => `ATTACH DATABASE '${escape()}' AS e`,
    () => `VACUUM INTO '${escape()}'`,
  ];
  for (const h of hostile) {
    const label = typeof h === 'string' ? h : h().replace(dir, '<tmp>');
    it(`refuses: ${label}`, async () => {
      const before = snapshot(db);
      const r = await run(['query', typeof h === 'string' ? h : h(), '--db', db]);
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().length).toBeGreaterThan(0);
      expect(existsSync(escape())).toBe(false);
      const after = snapshot(db);
      expect([...after.documents.entries()]).toEqual([...before.documents.entries()]);
    });
  }

  it('still answers a read', async () => {
    const r = await run(['query', 'SELECT count(*) AS n FROM documents', '--db', db, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ n: 1 }]);
  });
});
