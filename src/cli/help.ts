// Shared CLI pieces: the --db option, usage errors (exit 2), exit codes, help epilogues.
// Command modules (src/cli/commands/<name>.ts) export `register(program: Command)`; use
// `dbOption()` and `resolveDb(cmd)` from here so every command treats --db / GONGWEN_DB alike.
import { Command, InvalidArgumentError, Option } from 'commander';
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { resolveDbPath } from '../store/db-path.js';

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

/** "1 document", "2 documents" (`many` for irregular plurals: entity → entities). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A file argument that must exist and be a file: otherwise a usage error (exit 2), the same for every command. */
export function requireFile(file: string): void {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new UsageError(`${file}: no such file`);
  }
  if (st.isDirectory()) throw new UsageError(`${file}: is a folder; give one file`);
}

const NAMED: Record<string, string> = { '.pdf': 'pdf', '.docx': 'docx', '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md' };

/**
 * When a file's content was read as another format than its name says (a fake.docx that is
 * plain text), the words that say so: "read as txt: the file is not a DOCX". Else null.
 */
export function formatNote(path: string, format: string | null | undefined): string | null {
  const named = NAMED[extname(path).toLowerCase()];
  if (!format || !named || named === format || (named === 'txt' && format === 'md')) return null;
  return `read as ${format}: the file is named ${extname(path)} but is not a ${named.toUpperCase()}`;
}
