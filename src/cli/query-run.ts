// The body of `gongwen query`, run in a child process by src/cli/commands/query.ts so that a
// statement that runs too long (a runaway recursive CTE) can be stopped: better-sqlite3 cannot
// interrupt a statement, a process can be killed. Rows are streamed, waiting for the reader of a
// pipe to drain it (2M rows into a pipe: 406 MB without waiting, flat with it); a table, which
// needs its widths, shows at most TABLE_ROWS rows and says so.
import type { ColumnInfo } from '../format/encode.js';
import { columnKind, decodeRow } from '../format/encode.js';
import { csvHeader, csvRecords } from '../format/csv.js';
import { formatJson, jsonLine } from '../format/json.js';
import { formatObjectTable } from '../format/table.js';
import { UsageError } from './help.js';
import { checkQuery } from './query-check.js';

export type QueryFormat = 'table' | 'csv' | 'json' | 'jsonl';
export const TABLE_ROWS = 1000;
const CHUNK = 500;

export interface QueryJob {
  sql: string;
  db: string;
  format: QueryFormat;
}

export async function runQuery(job: QueryJob, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<void> {
  const text = checkQuery(job.sql);
  const { openReader } = await import('../store/db.js');
  const db = openReader(job.db);
  try {
    let stmt;
    try {
      stmt = db.prepare(text);
    } catch (e) {
      const msg = (e as Error).message;
      if (/more than one statement/i.test(msg)) throw new UsageError('query: only one SQL statement is allowed (found more than one)');
      throw new UsageError(`query: ${msg}`);
    }
    if (!stmt.readonly) throw new UsageError('query refused: the statement would write to the archive; query is read-only');
    if (!stmt.reader) throw new UsageError('query refused: the statement returns no rows; query runs read-only statements that return data');
    const cols: ColumnInfo[] = stmt.columns();
    const names = cols.map((c) => c.name);
    const kinds = cols.map(columnKind);
    let n = 0;
    let buf: unknown[] = [];
    const flush = async () => {
      if (!buf.length) return;
      const ok = out.write(job.format === 'csv' ? csvRecords(buf as unknown[][]) : (buf as string[]).join(''));
      buf = [];
      if (!ok) await new Promise<void>((res) => out.once('drain', () => res()));
    };
    if (job.format === 'csv') out.write(csvHeader(names));
    if (job.format === 'json') out.write('[');
    const table: Record<string, unknown>[] = [];
    let more = false;
    try {
      for (const raw of stmt.iterate() as IterableIterator<Record<string, unknown>>) {
        const r = decodeRow(cols, kinds, raw);
        if (job.format === 'table') {
          if (table.length >= TABLE_ROWS) {
            more = true;
            break;
          }
          table.push(r);
          continue;
        }
        if (job.format === 'csv') buf.push(names.map((c) => r[c]));
        else if (job.format === 'jsonl') buf.push(jsonLine(r));
        else buf.push((n ? ',\n' : '\n') + formatJson(r, false).trimEnd());
        n++;
        if (buf.length >= CHUNK) await flush();
      }
    } catch (e) {
      await flush();
      throw new UsageError(`query: ${(e as Error).message}`);
    }
    await flush();
    if (job.format === 'json') out.write(n ? '\n]\n' : ']\n');
    if (job.format === 'table') {
      out.write(formatObjectTable(names, table));
      err.write(
        more
          ? `(the first ${TABLE_ROWS} rows; there are more: --format csv, json or jsonl prints them all)\n`
          : `(${table.length} row${table.length === 1 ? '' : 's'})\n`,
      );
    }
  } finally {
    db.close();
  }
}

// run as a child: the job is in argv[2] (JSON)
if (process.argv[1] && /query-run\.js$/.test(process.argv[1]) && process.argv[2]) {
  const job = JSON.parse(process.argv[2]) as QueryJob;
  // `gongwen query … | head`: a closed pipe ends the output quietly, as in main.ts
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  runQuery(job).catch((e: { message?: string; exitCode?: number }) => {
    process.stderr.write(`gongwen: ${e.message ?? String(e)}\n`);
    process.exitCode = typeof e.exitCode === 'number' ? e.exitCode : 1;
  });
}
