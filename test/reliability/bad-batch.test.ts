// Hostile files in a batch, through the real CLI (dist/, built by `npm test`): each costs only
// itself (status failed with a reason), the files beside it are stored, the batch goes on.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const OK = '关于表彰先进的通报\n全市共有职工12.5万人，建成劳模创新工作室8个。\n';
let dir: string;

export function gongwen(args: string[], opts: { timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'gongwen.js'), ...args], { encoding: 'utf8', timeout: opts.timeout ?? 120_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** the same, without blocking the test worker: a batch that runs for a minute under load would
 * otherwise starve vitest's own messages ("Timeout calling onTaskUpdate") */
function gongwenAsync(args: string[], timeout: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin', 'gongwen.js'), ...args], { timeout });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('error', reject);
    p.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

type Files = { files: { path: string; status: string; error?: string }[] };
const byName = (out: string) => Object.fromEntries((JSON.parse(out) as Files).files.map((f) => [f.path.split('/').pop()!, f]));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-bad-batch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one bad file never kills the batch', () => {
  it('texts that would make millions of items (one endless sentence) fail alone, with the reason', async () => {
    const d = join(dir, 'volume');
    mkdirSync(d);
    writeFileSync(join(d, 'a-repeat.txt'), '共5人，其中'.repeat(100_000));
    writeFileSync(join(d, 'b-numbers.txt'), Array.from({ length: 200_000 }, (_, i) => `${i}个`).join('、'));
    writeFileSync(join(d, 'c-ok.txt'), OK);
    const r = await gongwenAsync(['ingest', d, '--db', join(dir, 'volume.db'), '--format', 'json', '--concurrency', '2'], 300_000);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    const f = byName(r.stdout);
    expect(f['a-repeat.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/^refused: 100,000 items whose texts and sentences come to \d+ MB/) });
    expect(f['b-numbers.txt']).toMatchObject({ status: 'failed', error: 'refused: 200,000 items extracted, more than the limit of 100,000 per document' });
    expect(f['c-ok.txt']!.status).toBe('added');
  }, 300_000);
});

describe('extract and check have a time limit', () => {
  it('a file that takes longer than --timeout ends with the reason, exit 1', () => {
    const f = join(dir, 'slow.txt');
    const text = readFileSync(join(ROOT, 'samples', 'kuaibao-2022-23-tobacco.txt'), 'utf8');
    writeFileSync(f, text.repeat(Math.ceil((6 * 1024 * 1024) / Buffer.byteLength(text)))); // ~15 s of extraction
    for (const cmd of ['extract', 'check']) {
      const t0 = Date.now();
      const r = gongwen([cmd, f, '--timeout', '2', '--db', join(dir, 'none.db')]);
      expect(Date.now() - t0).toBeLessThan(12_000);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${f}: timed out after 2 s`);
    }
  }, 60_000);
});
