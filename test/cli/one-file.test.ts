// `extract` and `check` process their file in a worker whose segmenter is the main thread's jieba
// (src/extract/named/jieba-port.ts: the main thread loads the dictionary while the worker starts),
// except a small text file, which they process in their own thread (src/pipeline/one-file.ts).
// Through the real CLI (dist/, built by `npm test`), the output must be what one thread alone
// makes (GONGWEN_INLINE=1: no worker, jieba loaded in-process), explanation included: the DOCX
// files go through the worker and its served segmenter, the text file through the command's thread.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin', 'gongwen.js');

/** the CLI in a child process, without blocking the test worker (a blocked worker misses vitest's own messages) */
function gw(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const e: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!env.GONGWEN_INLINE) delete e.GONGWEN_INLINE;
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: e, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', rej);
    child.on('close', (code) => res({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json` first');
});

describe('the worker segments with the main thread’s jieba', () => {
  for (const name of ['kuaibao-2022-23-tobacco.txt', 'kuaibao-2021-10-qujing.docx']) {
    it(`extract ${name}: the same JSON and explanation as in one thread`, async () => {
      const file = join(ROOT, 'samples', name);
      const [served, inline] = await Promise.all([
        gw(['extract', file, '--format', 'text', '--explain']),
        gw(['extract', file, '--format', 'text', '--explain'], { GONGWEN_INLINE: '1' }),
      ]);
      expect(served.code, served.stderr).toBe(0);
      expect(inline.code, inline.stderr).toBe(0);
      // people and organisations found at all: the tokens were served
      expect(served.stdout).toMatch(/entities\s+[1-9]/);
      expect(served.stdout).toBe(inline.stdout);
      const [json, jsonInline] = await Promise.all([gw(['extract', file, '--format', 'json']), gw(['extract', file, '--format', 'json'], { GONGWEN_INLINE: '1' })]);
      expect(json.stdout).toBe(jsonInline.stdout);
    }, 120_000);
  }

  it('check: the same findings as in one thread', async () => {
    const file = join(ROOT, 'samples', 'kuaibao-2022-23-tobacco.docx');
    const args = ['check', file, '--db', join(ROOT, 'no-such-dir', 'none.db'), '--format', 'json'];
    const [served, inline] = await Promise.all([gw(args), gw(args, { GONGWEN_INLINE: '1' })]);
    expect(served.stderr).toContain('no archive yet');
    expect([0, 1]).toContain(served.code);
    expect(served.code).toBe(inline.code);
    expect(served.stdout).toBe(inline.stdout);
  }, 120_000);
});
