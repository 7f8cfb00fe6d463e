// documents.lines as stored (schema 13): the JSON array of the canonical lines, each object
// without the keys that hold their default, `"page": null` and `"heading": false` (issue 17: on
// bench bulletins those two keys were half the column, ~1 KB of a document's ~44). A reader gets
// the full objects back from parseStoredLines, whichever form the archive holds (schema 3–12
// wrote every key; both forms stay readable, so an archive's rows may mix them).
import type Database from 'better-sqlite3';
import type { CanonicalLine } from '../types.js';

/** The lines as documents.lines keeps them: a line's default page (null) and heading (false) left out. */
export function storedLinesJson(lines: readonly CanonicalLine[]): string {
  return JSON.stringify(lines.map(withoutDefaults));
}

function withoutDefaults(l: CanonicalLine): Partial<CanonicalLine> {
  if (l.page !== null && l.heading) return l;
  const out: Partial<CanonicalLine> = { ...l };
  if (out.page === null) delete out.page;
  if (out.heading === false) delete out.heading;
  return out;
}

/** documents.lines (either form) → the canonical lines, every line with its page and heading. */
export function parseStoredLines(json: string): CanonicalLine[] {
  return (JSON.parse(json) as Partial<CanonicalLine>[]).map(withDefaults);
}

/** a line with its keys in the order the structure stage writes them (start, end, page, heading, …) */
function withDefaults(l: Partial<CanonicalLine>): CanonicalLine {
  if ('page' in l && 'heading' in l) return l as CanonicalLine;
  const { start, end, page = null, heading = false, ...rest } = l;
  return { start: start!, end: end!, page, heading, ...rest };
}

/**
 * Migration 13: every stored documents.lines rewritten in the compact form. A value that is not
 * a JSON array of objects (NULL before schema 3, '' for none, or written by another tool) stays.
 */
export function compactStoredLines(db: Database.Database): void {
  const rows = db.prepare(`SELECT rowid AS r, lines FROM documents WHERE lines LIKE '[%]'`).iterate() as Iterable<{ r: number; lines: string }>;
  const update = db.prepare(`UPDATE documents SET lines = ? WHERE rowid = ?`);
  const changed: [string, number][] = [];
  for (const row of rows) {
    const compact = compactedJson(row.lines);
    if (compact !== null && compact !== row.lines) changed.push([compact, row.r]);
  }
  for (const [lines, r] of changed) update.run(lines, r);
}

function compactedJson(json: string): string | null {
  try {
    const lines = JSON.parse(json) as unknown;
    if (!Array.isArray(lines) || !lines.every((l) => l !== null && typeof l === 'object')) return null;
    return storedLinesJson(lines as CanonicalLine[]);
  } catch {
    return null;
  }
}
