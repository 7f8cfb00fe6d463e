// Opening the archive: WAL, a busy timeout so that two processes wait for each other instead
// of failing with "database is locked", foreign keys on, and the pending migrations run.
import Database from 'better-sqlite3';
import { accessSync, constants, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
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

export { DEFAULT_DB, resolveDbPath } from './db-path.js';
export const BUSY_TIMEOUT_MS = 10_000;
/**
 * Page cache of a read-write connection, KB (SQLite's default, 2 MB). A larger one costs the
 * ingest's peak RSS and no less CPU: 64 MB cost ~64 MB (1,000 bench bulletins: 301 → 237 MB at
 * 8 MB) and the writer's main thread used 7.9 s at 64 MB, 7.6 s at 8 MB, 7.1 s at 2 MB (a larger
 * cache is walked at every transaction's end); 8 → 2 MB: 249 → 244 MB at 1,000 bulletins, 263 →
 * 254 MB at 10,000 (the pages it no longer holds are read from the OS's file cache).
 */
export const CACHE_KB = 2048;

export interface OpenOptions {
  /** read-only (in a folder that cannot be written, the archive is read into memory: see openDb) */
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

/**
 * A new archive gives its free pages back to the file system when asked (auto_vacuum incremental,
 * set before the first table; Archive.beginBulk's undo asks): the full-text index's merges free
 * pages during a batch, 60–300 of ~11,000 on 1,000 bulletins, left in the file otherwise. Set
 * before the switch to WAL, which writes the file's first page. An archive created before keeps its
 * mode (a change needs a VACUUM; the request is then a no-op).
 */
function freeSpaceReturned(db: DB): void {
  const empty = (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n === 0;
  if (empty) db.pragma('auto_vacuum = INCREMENTAL');
}

/**
 * Runs every migration above the database's user_version, each in its own IMMEDIATE transaction.
 * A current schema takes no lock at all (a reader never waits behind a writer here).
 */
export function migrate(db: DB): number {
  const pending = [...migrations].sort((a, b) => a.version - b.version);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current >= currentSchemaVersion()) return 0;
  let ran = 0;
  for (const m of pending) {
    if (m.version <= current) continue;
    const done = withBusyRetry(() =>
      db.transaction(() => {
        // re-read inside the write lock: another process may have migrated meanwhile
        const v = db.pragma('user_version', { simple: true }) as number;
        if (v >= m.version) return false;
        db.exec(m.sql);
        m.after?.(db);
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
  if (!readonly && st && (!writable(path) || !writable(dirname(path)))) {
    throw new DbError(`${path}: the archive is read-only (no write permission on the file or its folder); nothing can be stored in it`);
  }
  let db: DB | undefined;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
    if (readonly) db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    db?.close();
    // A WAL archive in a folder that cannot be written (a CD, a read-only share) cannot get its
    // -shm file. SQLite's immutable=1 needs URI filenames, which better-sqlite3 is built without,
    // so the archive is read into memory instead, marked as a rollback-journal database (header
    // bytes 18–19) since memory cannot hold a WAL: the same result, at the file's size in memory.
    if (!readonly || !st || writable(dirname(path))) throw sqliteMessage(path, e);
    db = fromBytes(path);
  }
  return prepareConnection(db, path, readonly, opts);
}

function prepareConnection(db: DB, path: string, readonly: boolean, opts: OpenOptions): DB {
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // touch the schema: a file that is not SQLite fails here
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    refuseNewer(db, path);
    if (!readonly) {
      freeSpaceReturned(db);
      // setting WAL when it is already set would still ask for a lock
      if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') {
        withBusyRetry(() => db.pragma('journal_mode = WAL', { simple: true }));
      }
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma(`cache_size = -${CACHE_KB}`);
      if (opts.migrate ?? true) migrate(db);
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

function fromBytes(path: string): DB {
  try {
    const bytes = readFileSync(path);
    if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
    return new Database(bytes, { readonly: true });
  } catch (e) {
    throw sqliteMessage(path, e);
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every command refuses an archive written by a newer gongwen, with the same message. */
function refuseNewer(db: DB, path: string): void {
  const v = db.pragma('user_version', { simple: true }) as number;
  if (v > currentSchemaVersion()) {
    throw new DbError(
      `${path}: the archive has schema version ${v}, newer than this gongwen (${currentSchemaVersion()}); upgrade gongwen`,
    );
  }
}

/**
 * Opens the archive for a command that only reads (query, search, export, metrics, compare,
 * check): read-only, never a write lock. An archive of an older schema is upgraded first when
 * it is writable (one read-write open), else refused: the readers need the current schema.
 */
export function openReader(path: string): DB {
  let db = openDb(path, { readonly: true });
  const v = db.pragma('user_version', { simple: true }) as number;
  if (v >= currentSchemaVersion()) return db;
  db.close();
  if (!writable(path) || !writable(dirname(path))) {
    throw new DbError(
      `${path}: the archive has schema version ${v}, older than this gongwen (${currentSchemaVersion()}), and is read-only; ` +
        'open it once where it can be written (any gongwen command upgrades it), or use the gongwen that wrote it',
    );
  }
  openDb(path).close(); // migrates
  db = openDb(path, { readonly: true });
  return db;
}
