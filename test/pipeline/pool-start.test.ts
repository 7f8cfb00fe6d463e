// The pool's workers start with its first task: a batch whose files are all stored already (or a
// command that never parses) does not pay for loading the rules and jieba in every worker.
// Counted as the threads of this process (/proc, Linux).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const threads = () => readdirSync('/proc/self/task').length;

it.runIf(existsSync('/proc/self/task'))('starts no worker before the first task, then all of them', async () => {
  const { createProcessor } = await import(join(ROOT, 'dist', 'src', 'pipeline', 'pool.js'));
  const before = threads();
  const pool = createProcessor({ workers: 2, mode: 'workers', packed: true });
  try {
    await new Promise((r) => setTimeout(r, 300));
    expect(threads()).toBe(before);
    const f = join(ROOT, 'samples', 'kuaibao-2022-23-tobacco.txt');
    const doc = await pool.run(f, readFileSync(f));
    expect(doc).toBeTruthy();
    // each worker thread brings V8 and libuv helpers of its own: at least the two workers
    expect(threads()).toBeGreaterThanOrEqual(before + 2);
  } finally {
    await pool.close();
  }
}, 60_000);
