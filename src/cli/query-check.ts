// What `gongwen query` refuses before a statement runs (the read-only connection and
// stmt.readonly refuse the rest): several statements, ATTACH/DETACH, load_extension,
// transactions, VACUUM, and PRAGMAs other than those that only read. Refusals are usage errors.
import { UsageError } from './help.js';

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
    if (name === 'journal_mode') {
      // SQLite marks this PRAGMA as one that may write even without an argument, so the
      // read-only check below would call it a write: say what is true instead
      throw new UsageError(
        'query refused: SQLite counts PRAGMA journal_mode as a statement that can change the database, even without ' +
          'an argument, so query cannot run it; ask `SELECT * FROM pragma_journal_mode` instead (the archive uses WAL)',
      );
    }
  }
  return trimmed;
}

