// `holdYoung` (pool.ts): once the batch's workers say their young generation has grown to its
// limit, the pool stops V8 growing young generations, so the main thread's stays the size it had
// instead of growing to 32 MB over a long batch. Run in a node of its own (the switch is
// process-wide): the main thread makes objects that survive its collections after one file, and
// the size of its new space is compared with and without the hold. Runs the compiled pool (dist/).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdsYoung, youngFull } from '../../src/pipeline/pool.js';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'samples', 'kuaibao-2022-23-tobacco.txt');

const script = (hold: boolean) => `
import { readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
const { createProcessor } = await import(${JSON.stringify(join(ROOT, 'dist', 'src', 'pipeline', 'pool.js'))});
const pool = createProcessor({ workers: 1, mode: 'workers', packed: true, youngMb: 12, holdYoung: ${hold} });
await pool.run(${JSON.stringify(SAMPLE)}, readFileSync(${JSON.stringify(SAMPLE)}));
const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
const before = newSpace();
let keep = [];
for (let i = 0; i < 100; i++) {
  for (let j = 0; j < 20000; j++) keep.push({ j, s: 'x' + j });
  if (keep.length > 200000) keep = keep.slice(100000);
}
console.log(JSON.stringify({ before, after: newSpace() }));
await pool.close();
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-young-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sizes = (hold: boolean) => {
  // a file, not -e: a worker inherits the parent's execArgv, and --input-type would stop it
  const file = join(dir, `young-${hold}.mjs`);
  writeFileSync(file, script(hold));
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { before: number; after: number };
};

describe('worker pool, holdYoung', () => {
  it("keeps the main thread's young generation at its size once the worker's is full", () => {
    // (V8 may first take a new space it shrank back to its initial size: 1 → 2 MB, not beyond)
    const held = sizes(true);
    expect(held.after).toBeLessThanOrEqual(2 * held.before);
    // without the hold the same objects grow it (V8 doubles it up to 32 MB of semi-spaces)
    const free = sizes(false);
    expect(free.after).toBeGreaterThan(8 * free.before);
  }, 300_000);
});

// The pool's decision on the sizes the workers report (round 62): hold while every live worker's
// new space is full, lift it as soon as one is below its limit (V8 shrank it, or a new worker).
describe('worker pool, holdYoung decision', () => {
  const MB = 2 ** 20;
  it('takes a new space of two thirds of the limit as full', () => {
    expect(youngFull(8 * MB, 12)).toBe(true);
    expect(youngFull(8.4e6, 12)).toBe(true);
    expect(youngFull(4 * MB, 12)).toBe(false);
    expect(youngFull(2.1e6, 12)).toBe(false);
  });
  it('holds only while every worker has reported a full young generation', () => {
    expect(holdsYoung([], 12)).toBe(false);
    expect(holdsYoung([undefined], 12)).toBe(false);
    expect(holdsYoung([8 * MB], 12)).toBe(true);
    expect(holdsYoung([8 * MB, 4 * MB], 12)).toBe(false);
    expect(holdsYoung([8 * MB, 8 * MB], 12)).toBe(true);
    // a replacement worker has not reported yet
    expect(holdsYoung([8 * MB, undefined], 12)).toBe(false);
  });
  it('lifts the hold when V8 shrinks a worker and sets it again when it has grown back', () => {
    const reports = [1, 2, 4, 8, 2, 4, 8].map((mb) => mb * MB);
    expect(reports.map((b) => holdsYoung([b], 12))).toEqual([false, false, false, true, false, false, true]);
  });
});
