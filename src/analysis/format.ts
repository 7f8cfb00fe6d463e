// Output helpers shared by search, metrics and export: aligned tables that count CJK
// characters as two columns, CSV (UTF-8 with BOM, RFC 4180 quoting) and JSON.
import { stringify } from 'csv-stringify/sync';
import { displayWidth, truncate as cutToWidth } from '../cli/format/width.js';

const ANSI = /\x1b\[[0-9;]*m/g;

/** Cuts to `max` columns; colour codes are kept when nothing needs cutting. */
function truncate(s: string, max: number): string {
  const plain = s.replace(ANSI, '');
  return displayWidth(plain) <= max ? s : cutToWidth(plain, max);
}

export interface TableOptions {
  /** widest a column may get (display columns); longer cells are cut with … */
  maxWidth?: number;
}

/** A plain aligned table: header, a rule, one line per row. Newlines in cells become spaces. */
export function renderTable(headers: string[], rows: (string | number | null | undefined)[][], opts: TableOptions = {}): string {
  const max = opts.maxWidth ?? 60;
  const cells = rows.map((r) =>
    r.map((c) => {
      const s = c == null ? '' : String(c).replace(/\s*\n\s*/g, ' ');
      return truncate(s, max);
    }),
  );
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth((r[i] ?? '').replace(ANSI, '')))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s.replace(ANSI, ''))));
  const line = (r: string[]) => r.map((c, i) => pad(c ?? '', widths[i])).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + '\n';
}

export const BOM = '\ufeff';

/** RFC 4180: CRLF between records; a field with a comma, a quote or a line break is quoted
 * (csv-stringify quotes commas and quotes itself; line breaks need quoted_match). */
export const CSV_OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;

/** CSV text: RFC 4180 quoting, CRLF line ends; with `bom` the UTF-8 byte order mark first. */
export function toCsv(headers: string[], rows: unknown[][], opts: { bom?: boolean; header?: boolean } = {}): string {
  const body = stringify(rows.map((r) => r.map(csvCell)), CSV_OPTIONS);
  const head = opts.header === false ? '' : stringify([headers], CSV_OPTIONS);
  return (opts.bom ? BOM : '') + head + body;
}

export function csvCell(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return v.join('、');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
