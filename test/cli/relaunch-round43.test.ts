// The batch relaunch (src/cli/relaunch.ts): which runs relaunch and how, and that an ingest run as a
// user gets it behaves as one with the opt-out (exit codes, the failing file's line; where node has
// process.execve, the cap in the same process and SIGINT still interrupting it).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARENA_MAX, commandOf, relaunchBatch, relaunchEnv, runsOnGlibc } from '../../src/cli/relaunch.js';
import { BIN, ROOT, gw } from './helpers.js';

const yes = () => true;

describe('relaunchEnv', () => {
  it('relaunches ingest with the arena cap, global options before it or not', () => {
    expect(relaunchEnv(['ingest', 'a.txt'], {}, yes)?.MALLOC_ARENA_MAX).toBe(ARENA_MAX);
    expect(relaunchEnv(['--db', 'x.db', 'ingest', 'dir'], {}, yes)?.MALLOC_ARENA_MAX).toBe('2');
    expect(commandOf(['--db', 'ingest', 'extract', 'f.txt'])).toBe('extract');
  });

  it('leaves the one-file commands, help and a bare call in the first process without asking for glibc', () => {
    let asked = 0;
    const glibc = () => (asked++, true);
    for (const args of [['extract', 'f.txt'], ['check', 'd.docx'], ['help', 'ingest'], ['--help'], []]) {
      expect(relaunchEnv(args, {}, glibc)).toBeNull();
    }
    expect(asked).toBe(0);
  });

  it('never relaunches twice, keeps a value the user set, and honours the opt-out and other C libraries', () => {
    expect(relaunchEnv(['ingest', 'd'], { MALLOC_ARENA_MAX: '2' }, yes)).toBeNull();
    expect(relaunchEnv(['ingest', 'd'], { MALLOC_ARENA_MAX: '8' }, yes)).toBeNull();
    expect(relaunchEnv(['ingest', 'd'], { GONGWEN_RELAUNCH: '0' }, yes)).toBeNull();
    expect(relaunchEnv(['ingest', 'd'], {}, () => false)).toBeNull();
    expect(relaunchEnv(['ingest', 'd'], { GONGWEN_RELAUNCH: '1' }, yes)).not.toBeNull();
  });
});

describe('relaunchBatch', () => {
  type Call = { file: string; args: string[]; env: NodeJS.ProcessEnv };
  const recorder = () => {
    const calls: Call[] = [];
    return { calls, execve: (file: string, args: string[], env: NodeJS.ProcessEnv) => void calls.push({ file, args, env }) };
  };

  it('execs node with its own flags, this script and the same arguments, under the cap', () => {
    const { calls, execve } = recorder();
    relaunchBatch(['ingest', 'folder', '--force'], execve, yes);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.file).toBe(process.execPath);
    expect(calls[0]!.args).toEqual([process.execPath, ...process.execArgv, process.argv[1], 'ingest', 'folder', '--force']);
    expect(calls[0]!.env.MALLOC_ARENA_MAX).toBe(ARENA_MAX);
  });

  it('does nothing for extract, without execve, or off glibc; a failed exec leaves the command to run here', () => {
    const { calls, execve } = recorder();
    relaunchBatch(['extract', 'f.txt'], execve, yes);
    relaunchBatch(['ingest', 'folder'], execve, () => false);
    expect(calls).toHaveLength(0);
    expect(() => relaunchBatch(['ingest', 'folder'], undefined, yes)).not.toThrow();
    const failing = () => {
      throw Object.assign(new Error('execve'), { code: 'ENOENT' });
    };
    expect(() => relaunchBatch(['ingest', 'folder'], failing, yes)).not.toThrow();
  });
});

const BULLETIN =
  '关于春季植树工作的简报\n\n今年以来，全县共植树12.5万株，新增绿地面积340亩，参与群众8600人次。\n\n县林业局\n2025年3月20日\n';

async function waitFor<T>(probe: () => T | null, ms = 20_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = probe();
    if (v !== null) return v;
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.runIf(runsOnGlibc() && existsSync(join(ROOT, 'dist', 'src', 'cli', 'relaunch.js')))('a relaunched ingest', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-relaunch-'));
    writeFileSync(join(dir, 'good.txt'), BULLETIN);
    writeFileSync(join(dir, 'broken.pdf'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 7, 9]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an ingest as a user runs it exits and reports as one with the opt-out', async () => {
    const relaunched = await gw(['ingest', dir, '--db', join(dir, 'a.db')]);
    const here = await gw(['ingest', dir, '--db', join(dir, 'b.db')], { env: { GONGWEN_RELAUNCH: '0' } });
    expect(relaunched.code).toBe(1);
    expect(here.code).toBe(1);
    expect(relaunched.stderr).toMatch(/broken\.pdf: .*PDF/);
    expect(relaunched.stderr).toBe(here.stderr);
    expect(relaunched.stdout.replace(/\d+\.\d s/, '')).toBe(here.stdout.replace(/\d+\.\d s/, '').replace('b.db', 'a.db'));
  }, 120_000);

  const HAS_EXECVE = typeof (process as { execve?: unknown }).execve === 'function';

  it.runIf(HAS_EXECVE)('runs the ingest in the same process under the cap, and SIGINT still interrupts it (130)', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 300; i++) writeFileSync(join(many, `${i}.txt`), BULLETIN.replace('8600', String(1000 + i)));
    const child = spawn(process.execPath, [BIN, 'ingest', many, '--db', join(dir, 'int.db')], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (d) => (out.stdout += d));
    child.stderr.on('data', (d) => (out.stderr += d));
    const done = new Promise<number | null>((res) => child.on('close', (code) => res(code)));
    await waitFor(() => (/^added/m.test(out.stderr) ? true : null), 60_000); // storing: the ingest's own SIGINT handler is on
    expect(readFileSync(`/proc/${child.pid}/environ`, 'utf8').split('\0')).toContain(`MALLOC_ARENA_MAX=${ARENA_MAX}`);
    child.kill('SIGINT');
    const code = await done;
    if (code === 0) return; // the batch finished before the signal: nothing to interrupt
    expect(code).toBe(130);
    expect(out.stderr).toMatch(/interrupted/);
  }, 120_000);
});
