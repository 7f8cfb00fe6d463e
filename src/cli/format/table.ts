// Rows → an aligned text table for a terminal (CJK-aware widths; long cells cut with …).
import { displayWidth, padEnd, truncate } from './width.js';

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'bigint') return v.toString();
  if (Buffer.isBuffer(v)) return `<${v.length} bytes>`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v).replace(/\r?\n/g, '⏎');
}

export interface TableOptions {
  /** widest a column may get, in terminal columns (default 60) */
  maxWidth?: number;
}

export function formatTable(columns: string[], rows: Record<string, unknown>[], opts: TableOptions = {}): string {
  const max = opts.maxWidth ?? 60;
  const cells = rows.map((r) => columns.map((c) => truncate(cellText(r[c]), max)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((row) => displayWidth(row[i]))));
  const line = (vals: string[]) => vals.map((v, i) => padEnd(v, widths[i])).join('  ').trimEnd();
  const out = [line(columns), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) out.push(line(row));
  return out.join('\n') + '\n';
}
