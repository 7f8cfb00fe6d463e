// The batch commands' one relaunch: `gongwen ingest` replaces itself once with the same command run
// with MALLOC_ARENA_MAX=2. glibc gives every thread that mallocs (V8's compiler and GC threads above
// all) an arena of its own and keeps what was freed in each; capping them at two lowers an ingest's
// peak RSS by ~20 MB at the same CPU (scripts/bench/arenas.ts), but glibc reads the variable only
// when a process starts. bin/gongwen.js calls relaunchBatch() before loading anything else: on Linux
// with glibc, for `ingest` alone (a one-file `extract` or `check` would pay a second node start for
// nothing), when MALLOC_ARENA_MAX is unset (the new image has it, so there is never a second
// relaunch, and a user's own value stands) and GONGWEN_RELAUNCH is not 0 (the opt-out).
// It uses process.execve (Node ≥ 22.15): the same process, pid, stdin/stdout/stderr, signals and exit
// code, nothing in between. Node 20 has no execve; a child process with this one waiting for it was
// measured (round 43) to cost as much as the cap saves (the waiting node holds ~7 MB of its own and
// shares ~35 MB with the child, which a sum of RSS counts twice), so there the command runs as is.
import { readFileSync } from 'node:fs';

/** Commands that run the worker pool over many files. */
export const BATCH_COMMANDS: ReadonlySet<string> = new Set(['ingest']);
export const ARENA_MAX = '2';
/** GONGWEN_RELAUNCH=0 keeps `ingest` in the first process image (and glibc's default arenas). */
export const OPT_OUT = 'GONGWEN_RELAUNCH';

type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => void;

/** The command named on the command line, skipping global options (src/cli/main.ts reads it the same way). */
export function commandOf(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--db') {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    return a;
  }
  return null;
}

/** True when this process's C library is glibc (musl and others ignore MALLOC_ARENA_MAX). */
export function runsOnGlibc(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    return /\/libc\.so\.6$/m.test(readFileSync('/proc/self/maps', 'utf8'));
  } catch {
    return false;
  }
}

/** The environment to relaunch `args` with, or null when this process should run the command as is. */
export function relaunchEnv(args: readonly string[], env: NodeJS.ProcessEnv, glibc: () => boolean = runsOnGlibc): NodeJS.ProcessEnv | null {
  if (env[OPT_OUT] === '0' || env.MALLOC_ARENA_MAX !== undefined) return null;
  const cmd = commandOf(args);
  if (cmd === null || !BATCH_COMMANDS.has(cmd) || !glibc()) return null;
  return { ...env, MALLOC_ARENA_MAX: ARENA_MAX };
}

/**
 * Replaces this process with the same command under the arena cap when relaunchEnv() says so and
 * node has process.execve; returns (run the command here) otherwise, or when the exec failed.
 */
export function relaunchBatch(
  args: readonly string[] = process.argv.slice(2),
  execve: Execve | undefined = (process as { execve?: Execve }).execve?.bind(process),
  glibc: () => boolean = runsOnGlibc,
): void {
  if (!execve) return;
  const env = relaunchEnv(args, process.env, glibc);
  if (!env) return;
  try {
    execve(process.execPath, [process.execPath, ...process.execArgv, process.argv[1]!, ...args], env);
  } catch {
    /* the exec failed (the process is unchanged): run the command here, without the cap */
  }
}
