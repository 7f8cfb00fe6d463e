// Opening the archive for the commands that only read it (query, search, metrics, export,
// compare, check): read-only, no write lock, `immutable` when the folder cannot be written.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { resolveDb } from './help.js';
import { openDb, openReader, type DB } from '../store/db.js';

/**
 * A missing archive is a usage error (exit 2), unless `allowMissing`, which returns null.
 * (`readonly` is accepted for older callers: every archive opened here is read-only.)
 */
export function openArchive(cmd: Command, opts: { allowMissing?: boolean; readonly?: boolean } = {}): DB | null {
  const path = resolveDb(cmd);
  if (!existsSync(path)) {
    if (opts.allowMissing) return null;
    return openDb(path, { readonly: true }); // throws DbError: no archive here
  }
  return openReader(path);
}
