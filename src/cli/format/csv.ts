// Rows → CSV with a header row (RFC 4180 quoting). `bom` prefixes a UTF-8 BOM so Excel reads Chinese.
import { stringify } from 'csv-stringify/sync';

export function csvValue(v: unknown): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return v.toString();
  if (Buffer.isBuffer(v)) return v.toString('base64');
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function formatCsv(columns: string[], rows: Record<string, unknown>[], opts: { bom?: boolean } = {}): string {
  const body = stringify([columns, ...rows.map((r) => columns.map((c) => csvValue(r[c])))], { record_delimiter: '\r\n' });
  return (opts.bom ? '\uFEFF' : '') + body;
}
