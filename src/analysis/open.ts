// Opening the archive for search / metrics / export / compare / check.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { resolveDb } from '../cli/help.js';
import { DbError, openDb, type DB } from '../store/db.js';

/**
 * Opens the archive read-write when possible (pending migrations run, the search index can
 * be brought up to date), read-only otherwise. A missing archive is a usage error (exit 2),
 * unless `allowMissing`, which returns null.
 */
export function openArchive(cmd: Command, opts: { allowMissing?: boolean; readonly?: boolean } = {}): DB | null {
  const path = resolveDb(cmd);
  if (!existsSync(path)) {
    if (opts.allowMissing) return null;
    return openDb(path, { readonly: true }); // throws DbError: no archive here
  }
  if (opts.readonly) return openDb(path, { readonly: true });
  try {
    return openDb(path);
  } catch (e) {
    if (e instanceof DbError && /read-only|readonly|permission|EACCES/i.test(e.message)) return openDb(path, { readonly: true });
    throw e;
  }
}
