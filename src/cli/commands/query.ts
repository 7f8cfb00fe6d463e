// gongwen query "<SQL>": one read-only statement against the archive.
// Read-only three times over: the database is opened read-only with PRAGMA query_only, the
// prepared statement must report stmt.readonly, and statements that change the connection or
// reach outside the archive (ATTACH, DETACH, PRAGMA, VACUUM, transactions, load_extension) are
// refused before they run. Refusals are usage errors: exit status 2.
import { Command, Option } from 'commander';
import { EXIT_CODES_HELP, UsageError, dbOption, examples, resolveDb } from '../help.js';
import { formatTable } from '../format/table.js';
import { formatCsv } from '../format/csv.js';
import { formatJson } from '../format/json.js';

/** PRAGMAs that only read (no `=` and no argument that sets anything). */
const READ_PRAGMAS = new Set([
  'table_info', 'table_xinfo', 'table_list', 'index_list', 'index_info', 'index_xinfo', 'foreign_key_list',
  'user_version', 'schema_version', 'page_count', 'page_size', 'freelist_count', 'database_list', 'compile_options',
  'function_list', 'collation_list', 'pragma_list', 'integrity_check', 'quick_check', 'encoding', 'journal_mode',
]);

function stripCommentsAndStrings(sql: string): string {
  return sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'/g, "''");
}

/** Refuses (UsageError) what must never run through `query`; returns the SQL trimmed. */
export function checkQuery(sql: string): string {
  const trimmed = sql.trim().replace(/;\s*$/, '').trim();
  if (!trimmed) throw new UsageError('query: the SQL statement is empty');
  const bare = stripCommentsAndStrings(trimmed);
  if (/;\s*\S/.test(bare)) throw new UsageError('query: only one SQL statement is allowed (found more than one)');
  const first = (bare.trim().match(/^[A-Za-z]+/)?.[0] ?? '').toUpperCase();
  if (first === 'ATTACH' || first === 'DETACH') {
    throw new UsageError(`query refused: ${first} could reach outside the archive; only reading the archive is allowed`);
  }
  if (/\bload_extension\s*\(/i.test(bare)) throw new UsageError('query refused: load_extension is not allowed');
  if (['BEGIN', 'COMMIT', 'END', 'ROLLBACK', 'SAVEPOINT', 'RELEASE', 'VACUUM', 'REINDEX', 'ANALYZE'].includes(first)) {
    throw new UsageError(`query refused: ${first} is not a read-only query`);
  }
  if (first === 'PRAGMA') {
    const m = bare.trim().match(/^PRAGMA\s+(?:\w+\s*\.\s*)?(\w+)\s*(=|\()?/i);
    const name = m?.[1]?.toLowerCase() ?? '';
    if (m?.[2] === '=' || !READ_PRAGMAS.has(name)) {
      throw new UsageError(`query refused: PRAGMA ${name || ''} can change the database or connection; only read-only PRAGMAs are allowed`);
    }
    if (name === 'journal_mode' && m?.[2]) throw new UsageError('query refused: PRAGMA journal_mode with an argument changes the database');
  }
  return trimmed;
}

interface QueryFlags {
  format: 'table' | 'csv' | 'json';
}

export function register(program: Command): void {
  program
    .command('query')
    .summary('run one read-only SQL statement (table, csv or json)')
    .description(
      'Run one read-only SQL statement against the archive. Writes, ATTACH, load_extension, PRAGMAs that set ' +
        'anything and multiple statements are refused (exit 2). Tables: documents, sources, sections, quantities, ' +
        'awards, workshops, entities, ingest_errors.',
    )
    .argument('<sql>', 'one SQL statement (SELECT, WITH … SELECT, EXPLAIN, or a read-only PRAGMA)')
    .addOption(dbOption())
    .addOption(
      new Option('--format <format>', 'table: aligned columns; csv: with a header row; json: an array of row objects')
        .choices(['table', 'csv', 'json'])
        .default('table'),
    )
    .addHelpText(
      'after',
      examples(
        `gongwen query "SELECT series, year, issue, title FROM documents ORDER BY date"`,
        `gongwen query "SELECT subject, value, unit FROM quantities WHERE kind = 'money'" --format csv`,
      ) + EXIT_CODES_HELP,
    )
    .action(async (sql: string, flags: QueryFlags, cmd: Command) => {
      const text = checkQuery(sql);
      const { openArchive } = await import('../../analysis/open.js');
      const db = openArchive(cmd)!;
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
        if (!stmt.reader) {
          throw new UsageError('query refused: the statement returns no rows; query runs read-only statements that return data');
        }
        let columns: string[];
        let rows: Record<string, unknown>[];
        try {
          columns = stmt.columns().map((c) => c.name);
          rows = stmt.all() as Record<string, unknown>[];
        } catch (e) {
          throw new UsageError(`query: ${(e as Error).message}`);
        }
        if (flags.format === 'json') process.stdout.write(formatJson(rows));
        else if (flags.format === 'csv') process.stdout.write(formatCsv(columns, rows));
        else {
          process.stdout.write(formatTable(columns, rows));
          process.stderr.write(`(${rows.length} row${rows.length === 1 ? '' : 's'})\n`);
        }
      } finally {
        db.close();
      }
    });
}
