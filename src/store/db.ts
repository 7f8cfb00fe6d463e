// Opening the archive: WAL, a busy timeout so that two processes wait for each other instead
// of failing with "database is locked", foreign keys on, and the pending migrations run.
import Database from 'better-sqlite3';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { migrations } from './migrations.js';

export type DB = Database.Database;

/** The archive cannot be opened or is not an SQLite database: a usage error (exit 2). */
export class DbError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'DbError';
  }
}

export const DEFAULT_DB = 'data/gongwen.db';
export const BUSY_TIMEOUT_MS = 10_000;

/** --db, else $GONGWEN_DB, else data/gongwen.db relative to the working directory. */
export function resolveDbPath(flag?: string | null): string {
  const p = flag || process.env.GONGWEN_DB || DEFAULT_DB;
  return resolve(p);
}

export interface OpenOptions {
  readonly?: boolean;
  /** run pending migrations (default true for read-write opens) */
  migrate?: boolean;
}

function sqliteMessage(path: string, e: unknown): DbError {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  if (code === 'SQLITE_NOTADB' || /not a database/i.test(err.message ?? '')) {
    return new DbError(`${path}: not an SQLite database (file is not a database)`);
  }
  if (code === 'SQLITE_CORRUPT') return new DbError(`${path}: the database is corrupt (${err.message})`);
  if (code === 'SQLITE_CANTOPEN') return new DbError(`${path}: cannot open the database (${err.message})`);
  if (code === 'SQLITE_READONLY') return new DbError(`${path}: the database is read-only (${err.message})`);
  return new DbError(`${path}: cannot use the database: ${err.message ?? String(e)}`);
}

/** Synchronous sleep (the writer is synchronous; only used between SQLITE_BUSY retries). */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function isBusy(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

/** Runs fn, retrying on SQLITE_BUSY with backoff (on top of the busy timeout). */
export function withBusyRetry<T>(fn: () => T, attempts = 8): T {
  for (let i = 0; ; i++) {
    try {
      return fn();
    } catch (e) {
      if (!isBusy(e) || i >= attempts - 1) throw e;
      sleepSync(Math.min(2000, 50 * 2 ** i) + Math.floor(Math.random() * 50));
    }
  }
}

export function currentSchemaVersion(): number {
  return migrations.reduce((m, x) => Math.max(m, x.version), 0);
}

/** Runs every migration above the database's user_version, each in its own IMMEDIATE transaction. */
export function migrate(db: DB): number {
  const pending = [...migrations].sort((a, b) => a.version - b.version);
  let ran = 0;
  for (const m of pending) {
    const done = withBusyRetry(() =>
      db.transaction(() => {
        // re-read inside the write lock: another process may have migrated meanwhile
        const v = db.pragma('user_version', { simple: true }) as number;
        if (v >= m.version) return false;
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
        return true;
      }).immediate(),
    );
    if (done) ran++;
  }
  return ran;
}

/** Opens (creating if needed, unless readonly) the archive at `path`. Throws DbError. */
export function openDb(path: string, opts: OpenOptions = {}): DB {
  const readonly = opts.readonly ?? false;
  let st: ReturnType<typeof statSync> | undefined;
  try {
    st = statSync(path);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw new DbError(`${path}: is a directory, not a database file`);
  if (readonly && !st) throw new DbError(`${path}: no archive here (run \`gongwen ingest\` first, or pass --db)`);
  if (!readonly) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (e) {
      throw new DbError(`${dirname(path)}: cannot create the database folder (${(e as Error).message})`);
    }
  }
  let db: DB;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (e) {
    throw sqliteMessage(path, e);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // touch the schema: a file that is not SQLite fails here
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!readonly) {
      const mode = withBusyRetry(() => db.pragma('journal_mode = WAL', { simple: true }));
      if (String(mode).toLowerCase() !== 'wal' && String(mode).toLowerCase() !== 'memory') {
        // a filesystem without shared memory: still works, just without concurrent readers
      }
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      // 64 MB of page cache (default 2 MB): the writer's indexes (items, full-text) stay in memory
      db.pragma('cache_size = -65536');
      if (opts.migrate ?? true) {
        const v = db.pragma('user_version', { simple: true }) as number;
        if (v > currentSchemaVersion()) {
          throw new DbError(
            `${path}: the archive has schema version ${v}, newer than this gongwen (${currentSchemaVersion()}); upgrade gongwen`,
          );
        }
        migrate(db);
      }
    } else {
      db.pragma('query_only = ON');
    }
  } catch (e) {
    db.close();
    if (e instanceof DbError) throw e;
    throw sqliteMessage(path, e);
  }
  return db;
}
