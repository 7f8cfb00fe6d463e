// The distinct subjects of the archive's figures, read from the quantities rows (schema 11,
// migration-11.ts) rather than through the `quantities` view users query: the view joins
// `documents` for every row, so `SELECT DISTINCT subject FROM quantities` walked 22,800 rows and
// as many look-ups for 1,000 bulletins (~60 ms of a cold `check`, ten times that at 10,000),
// where the rows' subject index gives the same values in ~1 ms. The same values: every row has
// its document (a foreign key, and a trigger that deletes a document's rows with it).
import type { DB } from './db.js';

export function distinctSubjects(db: DB): string[] {
  return db.prepare('SELECT DISTINCT subject FROM quantities_rows').pluck().all() as string[];
}
