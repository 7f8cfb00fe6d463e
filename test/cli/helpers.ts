// Running the built CLI (bin/gongwen.js → dist/) in tests, and a samples archive to run it on.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDb } from '../../src/store/db.js';

export const ROOT = resolve(__dirname, '../..');
export const BIN = join(ROOT, 'bin', 'gongwen.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs are as root in CI containers, where permissions do not hold: `asNobody` drops to uid 65534. */
export const IS_ROOT = process.getuid?.() === 0;

/** Whether permissions can be tested here: not root, or root with setpriv to drop to nobody. */
export const CAN_DROP = !IS_ROOT || spawnSync('setpriv', ['--version']).status === 0;

export function gw(args: string[], opts: { env?: Record<string, string>; asNobody?: boolean; cwd?: string } = {}): Promise<Run> {
  return new Promise((res) => {
    const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
    if (!opts.env?.GONGWEN_DB) delete env.GONGWEN_DB;
    const argv = [process.execPath, BIN, ...args];
    const [cmd, ...rest] =
      opts.asNobody && IS_ROOT ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...argv] : argv;
    const child = spawn(cmd, rest, { cwd: opts.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => res({ code, stdout, stderr }));
  });
}

/** A fresh folder (world-readable, for runs as nobody) holding the samples' archive at the current schema. */
export function samplesArchive(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-cli-'));
  chmodSync(dir, 0o755);
  const db = join(dir, 'a.db');
  copyFileSync(join(ROOT, 'test/store/fixtures/archive-v6.db'), db);
  const h = openDb(db); // upgraded here
  h.pragma('wal_checkpoint(TRUNCATE)');
  h.close();
  chmodSync(db, 0o644);
  return { dir, db };
}
