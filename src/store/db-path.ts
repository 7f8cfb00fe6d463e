// Where the archive is, without opening it: light (no better-sqlite3, no migrations), because the
// CLI resolves --db for every command before knowing whether it opens the archive at all.
import { resolve } from 'node:path';

export const DEFAULT_DB = 'data/gongwen.db';

/** --db, else $GONGWEN_DB, else data/gongwen.db relative to the working directory. */
export function resolveDbPath(flag?: string | null): string {
  const p = flag || process.env.GONGWEN_DB || DEFAULT_DB;
  return resolve(p);
}
