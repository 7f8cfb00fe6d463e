// Runs one command and measures it: wall time, exit status, output, and peak RSS.
// Peak RSS, two ways, the larger is reported:
//  - GNU time (`/usr/bin/time -v -o <file>`): "Maximum resident set size" of the process
//    (worker threads share the process, so their memory is in it);
//  - a sampler that every 50 ms walks the process tree under the command
//    (/proc/<pid>/task/*/children) and sums VmRSS, which also covers child processes.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  ms: number;
  code: number | null;
  signal: string | null;
  stdout: string;
  /** the last 4 KB of stderr */
  stderrTail: string;
  /** KiB, from GNU time; null without it */
  timeRssKb: number | null;
  /** KiB, the largest sampled sum over the process tree */
  sampledRssKb: number;
  /**
   * KiB, the largest sampled sum over the tree with shared pages counted once: every process's
   * private pages plus the most any one of them shares (a launcher that only waits for a second node
   * process shares node's binary with it; the plain sum counts that twice). One process: its RSS.
   */
  sampledUniqueKb: number;
  peakRssKb: number;
  /** user + system CPU time of the process, from GNU time; null without it */
  cpuMs: number | null;
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** measure RSS (default true) */
  rss?: boolean;
  sampleMs?: number;
}

const TIME = '/usr/bin/time';
export const haveGnuTime = (() => {
  try {
    return existsSync(TIME);
  } catch {
    return false;
  }
})();

function children(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const s = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        if (s) for (const c of s.split(/\s+/)) out.push(Number(c));
      } catch {
        /* gone */
      }
    }
  } catch {
    /* gone */
  }
  return out;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s*kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function treePids(root: number, skipRoot: boolean): number[] {
  const pids = skipRoot ? [] : [root];
  const stack = children(root);
  while (stack.length) {
    const p = stack.pop()!;
    pids.push(p);
    stack.push(...children(p));
  }
  return pids;
}

/** Private and shared KiB of one process (smaps_rollup), zeros when it is gone. */
function privateShared(pid: number): [number, number] {
  try {
    const t = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (re: RegExp) => Number(re.exec(t)?.[1] ?? 0);
    return [kb(/Private_Clean:\s+(\d+)/) + kb(/Private_Dirty:\s+(\d+)/), kb(/Shared_Clean:\s+(\d+)/) + kb(/Shared_Dirty:\s+(\d+)/)];
  } catch {
    return [0, 0];
  }
}

/** The tree's resident KiB with shared pages counted once (see Measured.sampledUniqueKb). */
export function treeUniqueKb(root: number, skipRoot = false): number {
  let priv = 0;
  let shared = 0;
  for (const pid of treePids(root, skipRoot)) {
    const [p, s] = privateShared(pid);
    priv += p;
    shared = Math.max(shared, s);
  }
  return priv + shared;
}

/** Sum of VmRSS over the tree under `root` (the root itself excluded when `skipRoot`). */
export function treeRssKb(root: number, skipRoot = false): number {
  let sum = skipRoot ? 0 : rssKb(root);
  const stack = children(root);
  while (stack.length) {
    const p = stack.pop()!;
    sum += rssKb(p);
    stack.push(...children(p));
  }
  return sum;
}

let seq = 0;

export function measure(cmd: string, args: string[], opts: MeasureOptions = {}): Promise<Measured> {
  const wantRss = opts.rss !== false;
  const useTime = wantRss && haveGnuTime;
  const timeFile = join(tmpdir(), `gongwen-bench-time-${process.pid}-${seq++}.txt`);
  const [c, a] = useTime ? [TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(c, a, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString('utf8')).slice(-4096);
    });
    let sampled = 0;
    let unique = 0;
    const timer = wantRss
      ? setInterval(() => {
          if (!child.pid) return;
          sampled = Math.max(sampled, treeRssKb(child.pid, useTime));
          unique = Math.max(unique, treeUniqueKb(child.pid, useTime));
        }, opts.sampleMs ?? 50)
      : null;
    child.on('error', (e) => {
      if (timer) clearInterval(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      const ms = performance.now() - t0;
      if (timer) clearInterval(timer);
      let timeRssKb: number | null = null;
      let cpuMs: number | null = null;
      let exit = code;
      if (useTime) {
        try {
          const t = readFileSync(timeFile, 'utf8');
          const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(t);
          if (m) timeRssKb = Number(m[1]);
          const user = /User time \(seconds\):\s*([\d.]+)/.exec(t);
          const sys = /System time \(seconds\):\s*([\d.]+)/.exec(t);
          if (user && sys) cpuMs = (Number(user[1]) + Number(sys[1])) * 1000;
          const e = /Exit status:\s*(\d+)/.exec(t);
          if (e) exit = Number(e[1]);
          else if (/Command terminated by signal/.test(t)) exit = null;
        } catch {
          /* time did not write */
        }
        rmSync(timeFile, { force: true });
      }
      resolve({
        ms,
        code: exit,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderrTail: err,
        timeRssKb,
        sampledRssKb: sampled,
        sampledUniqueKb: unique,
        peakRssKb: Math.max(timeRssKb ?? 0, sampled),
        cpuMs,
      });
    });
  });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
