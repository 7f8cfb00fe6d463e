// A worker that dies on one file (here: out of memory) takes only that file with it: the files
// already queued behind it at that worker are processed by its replacement, with the same result
// as alone. Runs the compiled pool (dist/), as `gongwen ingest` does.
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SAMPLES = ['kuaibao-2022-23-tobacco.txt', 'notice-yungongtong-2022-21.txt', 'kuaibao-2021-10-qujing.md'].map((f) => join(ROOT, 'samples', f));
let dir: string;
let big: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-pool-'));
  big = join(dir, 'big.txt');
  const text = readFileSync(SAMPLES[0]!, 'utf8');
  writeFileSync(big, text.repeat(Math.ceil(24e6 / text.length))); // ~24 M characters: beyond a 128 MB heap
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('worker pool', () => {
  it('hands the files queued behind a worker that ran out of memory to its replacement', async () => {
    const { createProcessor } = await import(join(ROOT, 'dist', 'src', 'pipeline', 'pool.js'));
    const one = createProcessor({ workers: 1, mode: 'workers', packed: true });
    const alone = [];
    for (const f of SAMPLES) alone.push(await one.run(f, readFileSync(f)));
    await one.close();

    // (the text limit raised: the file must reach the parser to run it out of memory)
    const pool = createProcessor({ workers: 1, mode: 'workers', maxHeapMb: 128, packed: true, process: { ingest: { maxBytes: 200 * 1024 * 1024 } } });
    try {
      const files = [big, ...SAMPLES];
      const res = await Promise.allSettled(files.map((f) => pool.run(f, readFileSync(f))));
      expect(res[0]).toMatchObject({ status: 'rejected', reason: { reason: 'too large: the parser ran out of memory' } });
      const rest = res.slice(1).map((r) => (r.status === 'fulfilled' ? r.value : r.reason));
      expect(rest).toEqual(alone);
      expect(rest.map((d: { quantities: unknown[] }) => d.quantities.length).every((n: number) => n > 0)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('runs a file that a worker under its first heap limit could not hold again, under the full limit', async () => {
    const { createProcessor } = await import(join(ROOT, 'dist', 'src', 'pipeline', 'pool.js'));
    const one = createProcessor({ workers: 1, mode: 'workers', packed: true });
    const alone = [];
    for (const f of SAMPLES) alone.push(await one.run(f, readFileSync(f)));
    await one.close();

    // 8 MB cannot even hold the rules: the first file runs the worker out of memory, then all of
    // them run in its replacement under the full limit, each exactly as alone
    const pool = createProcessor({ workers: 1, mode: 'workers', packed: true, firstHeapMb: 8 });
    try {
      const res = await Promise.allSettled(SAMPLES.map((f) => pool.run(f, readFileSync(f))));
      expect(res.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      expect(res.map((r) => (r.status === 'fulfilled' ? r.value : r.reason))).toEqual(alone);
    } finally {
      await pool.close();
    }
  }, 300_000);
});
