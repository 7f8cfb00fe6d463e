// How commands open the archive: readers take no lock while a writer holds one (audit item 11:
// they ran BEGIN IMMEDIATE in migrate and waited ~86 s), and an archive of a newer schema is
// refused by every command alike, query included.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSchemaVersion } from '../../src/store/db.js';
import { gw, samplesArchive } from './helpers.js';

let dir: string;
let db: string;
beforeAll(() => ({ dir, db } = samplesArchive()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readers and a writer', () => {
  it('search, metrics, export and query answer while another process holds the write lock', async () => {
    const writer = new Database(db);
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare(`INSERT INTO ingest_errors (path, reason, at) VALUES ('x', 'held', 'now')`).run();
    try {
      const t0 = Date.now();
      const runs = await Promise.all([
        gw(['search', '劳模', '--db', db, '--format', 'json']),
        gw(['metrics', '--db', db, '--format', 'json']),
        gw(['export', '--db', db, '--format', 'jsonl']),
        gw(['query', 'SELECT count(*) AS n FROM ingest_errors', '--db', db, '--format', 'json']),
      ]);
      for (const r of runs) expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(runs[3].stdout)).toEqual([{ n: 0 }]); // the uncommitted row is not seen
      expect(Date.now() - t0).toBeLessThan(8000); // the busy timeout is 10 s: nobody waited for it
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  }, 30_000);
});

describe('an archive from a newer gongwen', () => {
  it('every command refuses it with exit 2 and the same message', async () => {
    const h = new Database(db);
    h.pragma(`user_version = ${currentSchemaVersion() + 1}`);
    h.close();
    const cmds = [
      ['query', 'SELECT 1'],
      ['search', '劳模'],
      ['metrics'],
      ['export'],
      ['compare'],
      ['check', 'samples/kuaibao-2021-10-qujing.md'],
      ['ingest', 'samples/kuaibao-2021-10-qujing.md'],
      ['remove', 'x', '--dry-run'],
    ];
    for (const c of cmds) {
      const r = await gw([...c, '--db', db]);
      expect(r.code, c[0]).toBe(2);
      expect(r.stderr, c[0]).toMatch(/^gongwen: .*newer than this gongwen \(\d+\); upgrade gongwen\n$/);
    }
  }, 60_000);
});
