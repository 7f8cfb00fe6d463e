// Shared CLI pieces: the --db option, usage errors (exit 2), exit codes, help epilogues.
// Command modules (src/cli/commands/<name>.ts) export `register(program: Command)`; use
// `dbOption()` and `resolveDb(cmd)` from here so every command treats --db / GONGWEN_DB alike.
import { Command, InvalidArgumentError, Option } from 'commander';
import { resolveDbPath } from '../store/db.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

/** A usage error: bad flag value, missing argument, unreadable database. Exit status 2. */
export class UsageError extends Error {
  readonly exitCode = EXIT_USAGE;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Input that could not be processed (the rest was). Exit status 1. */
export class InputError extends Error {
  readonly exitCode = EXIT_INPUT_FAILED;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export function dbOption(): Option {
  return new Option(
    '--db <path>',
    'the archive (SQLite file); default $GONGWEN_DB, else data/gongwen.db in the current folder',
  );
}

/** The database path for a command: its --db, the program's --db, $GONGWEN_DB, or the default. */
export function resolveDb(cmd: Command): string {
  const o = cmd.optsWithGlobals() as { db?: string };
  return resolveDbPath(o.db);
}

export function positiveInt(name: string): (v: string) => number {
  return (v: string) => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < 1) {
      throw new InvalidArgumentError(`${name} must be a whole number ≥ 1`);
    }
    return n;
  };
}

export const EXIT_CODES_HELP = `
Exit status: 0 success, 1 some input failed (the rest was still processed and stored),
2 usage error (bad flag, missing file argument, unreadable database), 130 interrupted.`;

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

/** The output format default: `onTty` when stdout is a terminal, else `otherwise`. */
export function ttyDefault<T extends string>(onTty: T, otherwise: T): T {
  return process.stdout.isTTY ? onTty : otherwise;
}
