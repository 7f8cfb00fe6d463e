// gongwen query "<SQL>": one read-only statement against the archive.
// Read-only three times over: the database is opened read-only with PRAGMA query_only, the
// prepared statement must report stmt.readonly, and statements that change the connection or
// reach outside the archive (ATTACH, DETACH, PRAGMA, VACUUM, transactions, load_extension) are
// refused before they run (query-check.ts). Refusals are usage errors: exit status 2. The
// statement runs in a child process (query-run.ts) that is killed after --timeout seconds.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXIT_CODES_HELP, EXIT_INPUT_FAILED, dbOption, examples, resolveDb } from '../help.js';
import { checkQuery } from '../query-check.js';
import type { QueryFormat } from '../query-run.js';

export { checkQuery };

export const DEFAULT_TIMEOUT_S = 60;

interface QueryFlags {
  format: QueryFormat;
  timeout: number;
}

function seconds(v: string): number {
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v.trim()) || !Number.isFinite(n)) throw new InvalidArgumentError('--timeout must be a number of seconds (0: no limit)');
  return n;
}

export function register(program: Command): void {
  program
    .command('query')
    .summary('run one read-only SQL statement (table, csv, json or jsonl)')
    .description(
      'Run one read-only SQL statement against the archive. Writes, ATTACH, load_extension, PRAGMAs that set ' +
        'anything and multiple statements are refused (exit 2). Rows are streamed; a table shows the first ' +
        '1000. Tables and views: docs/DATA.md.',
    )
    .argument('<sql>', 'one SQL statement (SELECT, WITH … SELECT, EXPLAIN, or a read-only PRAGMA)')
    .addOption(dbOption())
    .addOption(
      new Option('--format <format>', 'table: aligned columns; csv: with a header row (UTF-8 with BOM); json: an array of row objects; jsonl: one object per line')
        .choices(['table', 'csv', 'json', 'jsonl'])
        .default('table'),
    )
    .addOption(new Option('--timeout <seconds>', 'stop the statement after this long (0: no limit)').argParser(seconds).default(DEFAULT_TIMEOUT_S))
    .addHelpText(
      'after',
      examples(
        `gongwen query "SELECT series, year, issue, title FROM documents ORDER BY date"`,
        `gongwen query "SELECT subject, value, unit FROM quantities WHERE kind = 'money'" --format csv`,
      ) + EXIT_CODES_HELP,
    )
    .action(async (sql: string, flags: QueryFlags, cmd: Command) => {
      checkQuery(sql); // refusals before a process is started
      const job = JSON.stringify({ sql, db: resolveDb(cmd), format: flags.format });
      const child = spawn(process.execPath, [fileURLToPath(new URL('../query-run.js', import.meta.url)), job], {
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      let timedOut = false;
      const timer =
        flags.timeout > 0
          ? setTimeout(() => {
              timedOut = true;
              child.kill('SIGKILL');
            }, flags.timeout * 1000)
          : null;
      const onSigint = () => child.kill('SIGKILL');
      process.once('SIGINT', onSigint);
      const code = await new Promise<number | null>((res) => child.on('close', (c) => res(c)));
      if (timer) clearTimeout(timer);
      process.off('SIGINT', onSigint);
      if (timedOut) {
        process.stderr.write(
          `gongwen: query: stopped after ${flags.timeout} s (--timeout ${flags.timeout}): the statement did not finish; ` +
            'the rows printed so far are all there is. Narrow it, or raise --timeout (0: no limit)\n',
        );
        process.exitCode = EXIT_INPUT_FAILED;
        return;
      }
      process.exitCode = code ?? EXIT_INPUT_FAILED;
    });
}
