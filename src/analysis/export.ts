// export: one table of the archive with its documents' metadata (the v_* views of schema
// v2), as CSV (UTF-8 with BOM, RFC 4180 quoting, CRLF), a JSON array, or JSON lines.
import type Database from 'better-sqlite3';
import { csvHeader, csvRecords } from '../format/csv.js';
import { columnKind, decodeRow, jsonOf, type ColumnInfo } from '../format/encode.js';

export const EXPORT_TABLES = ['documents', 'quantities', 'awards', 'workshops', 'entities'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];
export const EXPORT_FORMATS = ['csv', 'json', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const SQL: Record<ExportTable, string> = {
  documents: `SELECT id, source, format, kind, series, year, issue, total_issue, date, doc_number, issuers, title, byline,
                     attachment_title, distribution, page_count, encoding, content_key, rules_version, stored_at, text
              FROM documents ORDER BY date IS NULL, date, series, year, issue, id`,
  quantities: `SELECT * FROM v_quantities ORDER BY date IS NULL, date, document_id, idx`,
  awards: `SELECT * FROM v_awards ORDER BY date IS NULL, date, document_id, idx`,
  workshops: `SELECT * FROM v_workshops ORDER BY date IS NULL, date, document_id, idx`,
  entities: `SELECT * FROM v_entities ORDER BY date IS NULL, date, document_id, idx`,
};

/** A decoded row as JSON wants it: the value exact from value_text (encode.ts has the rest). */
export function jsonRow(r: Record<string, unknown>): Record<string, unknown> {
  if (r.value_text != null && r.value_text !== '' && 'value' in r) return { ...r, value: Number(r.value_text) };
  return r;
}

export function exportColumns(db: Database.Database, table: ExportTable): ColumnInfo[] {
  return db.prepare(SQL[table]).columns();
}

/** The export's rows, decoded (flags as booleans, lists as arrays: encode.ts). */
export function* exportRows(db: Database.Database, table: ExportTable): Generator<Record<string, unknown>> {
  const cols = exportColumns(db, table);
  const kinds = cols.map(columnKind);
  for (const r of db.prepare(SQL[table]).iterate() as IterableIterator<Record<string, unknown>>) yield decodeRow(cols, kinds, r);
}

/** Produces the export as chunks of text (the CSV header, with its BOM, first). */
export function* exportChunks(db: Database.Database, table: ExportTable, format: ExportFormat, rowsPerChunk = 500): Generator<string> {
  const cols = exportColumns(db, table).map((c) => c.name);
  let buf: string[] = [];
  let pending: unknown[][] = [];
  let first = true;
  if (format === 'csv') yield csvHeader(cols);
  if (format === 'json') yield '[';
  for (const r of exportRows(db, table)) {
    if (format === 'csv') {
      // the exact decimal, as written: value_text
      pending.push(cols.map((c) => (c === 'value' && r.value_text != null && r.value_text !== '' ? String(r.value_text) : r[c])));
      if (pending.length >= rowsPerChunk) {
        yield csvRecords(pending);
        pending = [];
      }
      continue;
    }
    const line = JSON.stringify(jsonRow(r), (_k, v) => jsonOf(v));
    buf.push(format === 'json' ? (first ? '\n' : ',\n') + line : line + '\n');
    first = false;
    if (buf.length >= rowsPerChunk) {
      yield buf.join('');
      buf = [];
    }
  }
  if (pending.length) yield csvRecords(pending);
  if (buf.length) yield buf.join('');
  if (format === 'json') yield first ? ']\n' : '\n]\n';
}

/** Writes the export to a stream, waiting for it to drain. */
export async function exportTo(
  db: Database.Database,
  table: ExportTable,
  format: ExportFormat,
  out: NodeJS.WritableStream,
): Promise<void> {
  for (const chunk of exportChunks(db, table, format)) {
    if (!out.write(chunk)) await new Promise<void>((res) => out.once('drain', () => res()));
  }
}

/** The whole export as one string (tests, small archives). */
export function exportString(db: Database.Database, table: ExportTable, format: ExportFormat): string {
  return [...exportChunks(db, table, format)].join('');
}
