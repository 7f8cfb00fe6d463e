// The one table renderer for a terminal: widths by string-width (CJK and full-width characters
// take two columns), long cells cut by cli-truncate (colour codes kept across the cut), colour by
// picocolors (which honours NO_COLOR and FORCE_COLOR). Text is made safe first (escape.ts).
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import pc from 'picocolors';
import { textOf } from './encode.js';
import { safeText } from './escape.js';

export interface TableOptions {
  /** widest a column may get, in terminal columns (default 60) */
  maxWidth?: number;
  /** cells already made safe and possibly coloured (search snippets): not escaped again */
  trusted?: readonly number[];
}

/** Whether stdout gets colour: a terminal, or FORCE_COLOR; never with NO_COLOR (picocolors decides). */
export const colorOn = (): boolean => pc.isColorSupported && (!!process.stdout.isTTY || !!process.env.FORCE_COLOR);

/** Cuts to at most `max` columns with …; cli-truncate can overshoot by one when it cuts next to a wide character. */
export function cut(s: string, max: number): string {
  let t = cliTruncate(s, max);
  for (let m = max - 1; stringWidth(t) > max && m > 0; m--) t = cliTruncate(s, m);
  return t;
}

export function formatTable(columns: readonly string[], rows: readonly unknown[][], opts: TableOptions = {}): string {
  const max = opts.maxWidth ?? 60;
  const trusted = new Set(opts.trusted ?? []);
  const cells = rows.map((r) => r.map((v, i) => cut(trusted.has(i) ? String(v ?? '') : safeText(textOf(v)), max)));
  const widths = columns.map((c, i) => Math.max(stringWidth(c), ...cells.map((row) => stringWidth(row[i] ?? ''))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - stringWidth(s)));
  const line = (vals: readonly string[]) => vals.map((v, i) => pad(v ?? '', widths[i])).join('  ').trimEnd();
  const out = [line(columns), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) out.push(line(row));
  return out.join('\n') + '\n';
}

/** Rows as objects, in column order. */
export function formatObjectTable(columns: readonly string[], rows: readonly Record<string, unknown>[], opts: TableOptions = {}): string {
  return formatTable(columns, rows.map((r) => columns.map((c) => r[c])), opts);
}
