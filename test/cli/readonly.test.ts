// A read-only archive (a file or folder without write permission: a CD, a shared folder) is
// read by every reader, and `ingest` into it stops at once with exit 2 (audit: readers used to
// fail with "attempt to write a readonly database"). As root, permissions do not hold, so the
// CLI runs as nobody there.
import { chmodSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAN_DROP, gw, samplesArchive } from './helpers.js';

let dir: string;
let db: string;
beforeAll(() => {
  ({ dir, db } = samplesArchive());
  chmodSync(db, 0o444);
  chmodSync(dir, 0o555);
});
afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const ro = (args: string[]) => gw([...args, '--db', db], { asNobody: true });

describe.runIf(CAN_DROP)('an archive in a read-only folder', () => {
  it('query, search, metrics, export, compare and check read it', async () => {
    const q = await ro(['query', 'SELECT count(*) AS n FROM documents', '--format', 'json']);
    expect(q.stderr).toBe('');
    expect(JSON.parse(q.stdout)).toEqual([{ n: 3 }]);
    const s = await ro(['search', '劳模', '--format', 'json']);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout).hits.length).toBeGreaterThan(0);
    const m = await ro(['metrics', '--subject', '工作室', '--format', 'json']);
    expect(m.code).toBe(0);
    expect(JSON.parse(m.stdout).length).toBeGreaterThan(0);
    const e = await ro(['export', '--table', 'awards', '--format', 'jsonl']);
    expect(e.code).toBe(0);
    expect(e.stdout.trim().split('\n').length).toBe(24);
    expect((await ro(['compare', '--format', 'json'])).code).toBe(0);
    expect((await ro(['check', 'samples/kuaibao-2021-10-qujing.md', '--format', 'json'])).code).toBe(0);
  }, 60_000);

  it('ingest stops at once with exit 2 and says why', async () => {
    const r = await ro(['ingest', 'samples']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gongwen: .*a\.db: the archive is read-only/);
    expect(r.stdout).toBe('');
  });
});

describe.runIf(CAN_DROP)('a read-only archive file in a writable folder', () => {
  it('is read by query and search; ingest and remove stop at once with exit 2', async () => {
    const { dir: d2, db: db2 } = samplesArchive();
    chmodSync(db2, 0o444);
    chmodSync(d2, 0o777);
    try {
      const run = (args: string[]) => gw([...args, '--db', db2], { asNobody: true });
      expect(JSON.parse((await run(['query', 'SELECT count(*) AS n FROM documents', '--format', 'json'])).stdout)).toEqual([{ n: 3 }]);
      expect((await run(['search', '烟草', '--format', 'json'])).code).toBe(0);
      for (const c of [['ingest', 'samples/kuaibao-2021-10-qujing.md'], ['remove', 'samples/kuaibao-2021-10-qujing.md']]) {
        const r = await run(c);
        expect(r.code, c[0]).toBe(2);
        expect(r.stderr, c[0]).toMatch(/the archive is read-only/);
      }
    } finally {
      rmSync(d2, { recursive: true, force: true });
    }
  }, 60_000);
});
