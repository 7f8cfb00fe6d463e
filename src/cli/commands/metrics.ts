// gongwen metrics: one figure across documents, as a series ordered by date.
import { Command, Option } from 'commander';
import { EXIT_CODES_HELP, dbOption, examples } from '../help.js';
import { METRIC_COLUMNS, metrics } from '../../analysis/metrics.js';
import { renderTable, toCsv } from '../../analysis/format.js';
import { openArchive } from '../../analysis/open.js';

interface Flags {
  subject?: string;
  scope?: string;
  kind?: string;
  format: 'table' | 'csv' | 'json';
}

export function register(program: Command): void {
  program
    .command('metrics')
    .summary('a figure across documents, ordered by date')
    .description(
      'The quantities whose subject / scope contain the given words (after synonyms: 劳模 = 劳动模范; ' +
        '全市 = the document\'s city), of the given kind, as a series ordered by document date: date, series, ' +
        'issue, scope, subject, value, unit, approx, the sentence.',
    )
    .addOption(dbOption())
    .option('--subject <words>', 'what is counted (劳模创新工作室, 产业工人 …)')
    .option('--scope <words>', 'whose figure it is (云南省, 曲靖市 …)')
    .addOption(new Option('--kind <kind>', 'count, money, percent or ratio').choices(['count', 'money', 'percent', 'ratio']))
    .addOption(new Option('--format <format>', 'table, csv (UTF-8 with BOM) or json').choices(['table', 'csv', 'json']).default('table'))
    .addHelpText('after', examples('gongwen metrics --subject 劳模创新工作室', 'gongwen metrics --scope 曲靖市 --kind money --format csv') + EXIT_CODES_HELP)
    .action((flags: Flags, cmd: Command) => {
      const db = openArchive(cmd)!;
      try {
        const rows = metrics(db, { subject: flags.subject, scope: flags.scope, kind: flags.kind });
        if (flags.format === 'json') {
          process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
          return;
        }
        const table = rows.map((r) => [r.date, r.series, r.issue, r.scope, r.subject, r.valueText, r.unit, r.approx, r.sentence]);
        if (flags.format === 'csv') {
          process.stdout.write(toCsv([...METRIC_COLUMNS, 'source', 'start', 'end'], rows.map((r, i) => [...table[i], r.source, r.start, r.end]), { bom: true }));
          return;
        }
        process.stdout.write(renderTable([...METRIC_COLUMNS], table.map((r) => r.map((c) => (c === true ? '≈' : c === false ? '' : (c as string | number | null))))));
        process.stderr.write(`(${rows.length} row${rows.length === 1 ? '' : 's'})\n`);
      } finally {
        db.close();
      }
    });
}
