// Kept for callers of the former helpers: tables and CSV are written by src/format/ (one
// table renderer, one CSV writer); these names delegate to them.
import { BOM, csvCell, csvHeader, csvRecords } from '../format/csv.js';
import { formatTable, type TableOptions } from '../format/table.js';

export { BOM, csvCell, type TableOptions };

export function renderTable(headers: string[], rows: unknown[][], opts: TableOptions = {}): string {
  return formatTable(headers, rows, opts);
}

/** CSV of the one dialect (BOM, CRLF, formula guard); `bom: false` drops the BOM. */
export function toCsv(headers: string[], rows: unknown[][], opts: { bom?: boolean; header?: boolean } = {}): string {
  const head = opts.header === false ? '' : csvHeader(headers);
  const text = head + csvRecords(rows);
  return opts.bom === false && text.startsWith(BOM) ? text.slice(1) : text;
}
