// One representation per type, the same in every command (docs/DATA.md, "Encodings"):
//   flags (quantities.approx, .cumulative)   JSON true/false    CSV and tables true/false
//   lists (documents.issuers, awards.recipients)  JSON arrays  CSV and tables joined with 、
//   objects (documents.distribution …)        JSON objects       CSV and tables as JSON text
//   exact decimals (value)                    JSON numbers       CSV and tables as written (value_text)
//   NULL                                      JSON null          CSV and tables empty
// The archive stores flags as 0/1 and lists as JSON text; which columns they are is known from
// each result column's origin (table.column), so `query` decodes them exactly as export does.
export type ColumnKind = 'flag' | 'json' | 'plain';

// (since schema 11 a column of the quantities view comes from quantities_rows)
const FLAGS = new Set(['quantities.approx', 'quantities.cumulative', 'quantities_rows.approx', 'quantities_rows.cumulative']);
const JSON_TEXT = new Set([
  'documents.issuers', 'documents.distribution', 'documents.lines', 'documents.rules_versions', 'documents.item_digests',
  'awards.recipients', 'awards_rows.recipients', 'rules_fingerprints.versions',
]);

export interface ColumnInfo {
  name: string;
  table?: string | null;
  column?: string | null;
}

/** What a result column holds, from where it comes (better-sqlite3's stmt.columns()). */
export function columnKind(c: ColumnInfo): ColumnKind {
  const origin = c.table && c.column ? `${c.table}.${c.column}` : null;
  if (origin && FLAGS.has(origin)) return 'flag';
  if (origin && JSON_TEXT.has(origin)) return 'json';
  return 'plain';
}

/** A stored value as the typed value every format starts from. */
export function decode(kind: ColumnKind, v: unknown): unknown {
  if (v == null) return null;
  if (kind === 'flag') return Number(v) !== 0;
  if (kind === 'json' && typeof v === 'string') {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}

/** Decodes a row by its columns' kinds. */
export function decodeRow(cols: readonly ColumnInfo[], kinds: readonly ColumnKind[], r: Record<string, unknown>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  cols.forEach((c, i) => (o[c.name] = decode(kinds[i], r[c.name])));
  return o;
}

export const LIST_SEPARATOR = '、';

/** A typed value as text for CSV and tables. */
export function textOf(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') return v.toString();
  if (Buffer.isBuffer(v)) return v.toString('base64');
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(LIST_SEPARATOR);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A typed value for JSON: bigints as numbers when safe (else strings), Buffers as base64. */
export function jsonOf(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (Buffer.isBuffer(v)) return v.toString('base64');
  return v;
}
