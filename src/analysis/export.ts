// export: one table of the archive with its documents' metadata (the v_* views of schema
// v2), as CSV (UTF-8 with BOM, RFC 4180 quoting, CRLF), a JSON array, or JSON lines.
import type Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { BOM, CSV_OPTIONS, csvCell } from './format.js';

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

const JSON_COLUMNS = new Set(['issuers', 'recipients', 'distribution']);
const BOOL_COLUMNS = new Set(['approx', 'cumulative']);

/** A row as JSON wants it: JSON columns parsed, flags as booleans, value exact from value_text. */
export function jsonRow(r: Record<string, unknown>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (JSON_COLUMNS.has(k) && typeof v === 'string') {
      try {
        o[k] = JSON.parse(v);
        continue;
      } catch {
        /* fall through */
      }
    }
    if (BOOL_COLUMNS.has(k) && v != null) o[k] = Number(v) === 1;
    else if (k === 'value' && r.value_text != null && r.value_text !== '') o[k] = Number(r.value_text);
    else if (typeof v === 'bigint') o[k] = Number(v);
    else o[k] = v;
  }
  return o;
}

function csvValue(k: string, v: unknown): string {
  if (JSON_COLUMNS.has(k) && typeof v === 'string') {
    try {
      const p = JSON.parse(v);
      if (Array.isArray(p)) return p.join('、');
    } catch {
      /* as is */
    }
  }
  return csvCell(v);
}

export function exportRows(db: Database.Database, table: ExportTable): IterableIterator<Record<string, unknown>> {
  return db.prepare(SQL[table]).iterate() as IterableIterator<Record<string, unknown>>;
}

export function exportColumns(db: Database.Database, table: ExportTable): string[] {
  return db
    .prepare(SQL[table])
    .columns()
    .map((c) => c.name);
}

/** Produces the export as chunks of text (the CSV header, with its BOM, first). */
export function* exportChunks(db: Database.Database, table: ExportTable, format: ExportFormat, rowsPerChunk = 500): Generator<string> {
  const cols = exportColumns(db, table);
  let buf: string[] = [];
  let first = true;
  if (format === 'csv') yield BOM + stringify([cols], CSV_OPTIONS);
  if (format === 'json') yield '[';
  let pending: unknown[][] = [];
  for (const r of exportRows(db, table)) {
    if (format === 'csv') {
      pending.push(cols.map((c) => csvValue(c, r[c])));
      if (pending.length >= rowsPerChunk) {
        yield stringify(pending, CSV_OPTIONS);
        pending = [];
      }
      continue;
    }
    const line = JSON.stringify(jsonRow(r));
    buf.push(format === 'json' ? (first ? '\n' : ',\n') + line : line + '\n');
    first = false;
    if (buf.length >= rowsPerChunk) {
      yield buf.join('');
      buf = [];
    }
  }
  if (pending.length) yield stringify(pending, CSV_OPTIONS);
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
