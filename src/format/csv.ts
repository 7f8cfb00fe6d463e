// The one CSV writer (csv-stringify): RFC 4180 quoting (a field with a comma, a quote or a line
// break is quoted), CRLF line ends, UTF-8 with a byte order mark so that Excel shows the Chinese,
// and text cells that Excel would run as a formula (starting = + - @, tab or CR) prefixed with '
// (numbers, including negative ones, are left alone). Every command writes this one dialect.
import { stringify } from 'csv-stringify/sync';
import { textOf } from './encode.js';

export const BOM = '\ufeff';
const OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A typed value as a CSV cell. */
export function csvCell(v: unknown): string | number {
  if (typeof v === 'number') return v;
  const s = textOf(v);
  return FORMULA.test(s) && !NUMBER.test(s) ? `'${s}` : s;
}

/** The header line, BOM first. */
export function csvHeader(columns: readonly string[]): string {
  return BOM + stringify([columns.map(csvCell)], OPTIONS);
}

/** Records (typed rows, in column order). */
export function csvRecords(rows: readonly unknown[][]): string {
  return rows.length ? stringify(rows.map((r) => r.map(csvCell)), OPTIONS) : '';
}

/** A whole CSV document from row objects. */
export function formatCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return csvHeader(columns) + csvRecords(rows.map((r) => columns.map((c) => r[c])));
}
