// gongwen metrics: one figure across documents, as a series ordered by date, or grouped
// (--group-by scope,year: count, sum and latest figure of each group).
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXIT_CODES_HELP, dbOption, examples, plural } from '../help.js';
import { GROUP_KEYS, METRIC_COLUMNS, groupMetrics, metrics, type GroupKey, type MetricRow } from '../../analysis/metrics.js';
import { openArchive } from '../open.js';
import { formatCsv } from '../../format/csv.js';
import { formatJson } from '../../format/json.js';
import { formatObjectTable } from '../../format/table.js';

interface Flags {
  subject?: string;
  scope?: string;
  kind?: string;
  groupBy?: GroupKey[];
  format: 'table' | 'csv' | 'json';
}

function groupKeys(v: string): GroupKey[] {
  const keys = v.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = keys.filter((k) => !(GROUP_KEYS as readonly string[]).includes(k));
  if (!keys.length || bad.length) throw new InvalidArgumentError(`--group-by takes a comma-separated list of ${GROUP_KEYS.join(', ')} (not ${bad.join(', ') || 'nothing'})`);
  return keys as GroupKey[];
}

const SERIES_EXTRA = ['source', 'start', 'end'] as const;
const GROUP_COLUMNS = ['count', 'documents', 'sum', 'latest', 'latest_date', 'unit', 'approx'] as const;

export function register(program: Command): void {
  program
    .command('metrics')
    .summary('a figure across documents, ordered by date (or grouped: --group-by scope,year)')
    .description(
      'The quantities whose subject / scope contain the given words (after synonyms: 劳模 = 劳动模范; ' +
        '全市 = the document\'s city), of the given kind, as a series ordered by document date: date, series, ' +
        'issue, scope, subject, value, unit, approx, the sentence. With --group-by, one row per group (and unit): ' +
        'how many figures, from how many documents, their exact sum, and the latest figure with its date ' +
        '(a sum adds a figure restated in two documents twice; latest does not).',
    )
    .addOption(dbOption())
    .option('--subject <words>', 'what is counted (劳模创新工作室, 产业工人 …)')
    .option('--scope <words>', 'whose figure it is (云南省, 曲靖市 …)')
    .addOption(new Option('--kind <kind>', 'count, money, percent or ratio').choices(['count', 'money', 'percent', 'ratio']))
    .addOption(new Option('--group-by <keys>', `group by any of ${GROUP_KEYS.join(', ')} (comma-separated)`).argParser(groupKeys))
    .addOption(new Option('--format <format>', 'table, csv (UTF-8 with BOM) or json').choices(['table', 'csv', 'json']).default('table'))
    .addHelpText(
      'after',
      examples(
        'gongwen metrics --subject 劳模创新工作室',
        'gongwen metrics --subject 劳模创新工作室 --group-by scope,year',
        'gongwen metrics --scope 曲靖市 --kind money --format csv',
      ) + EXIT_CODES_HELP,
    )
    .action((flags: Flags, cmd: Command) => {
      const db = openArchive(cmd)!;
      try {
        const rows = metrics(db, { subject: flags.subject, scope: flags.scope, kind: flags.kind });
        if (flags.groupBy) return writeGroups(db, rows, flags);
        if (flags.format === 'json') {
          process.stdout.write(formatJson(rows));
          return;
        }
        const objs = rows.map((r) => ({ ...r, value: r.valueText }));
        if (flags.format === 'csv') {
          process.stdout.write(formatCsv([...METRIC_COLUMNS, ...SERIES_EXTRA], objs));
          return;
        }
        process.stdout.write(formatObjectTable(METRIC_COLUMNS, objs));
        process.stderr.write(`(${plural(rows.length, 'row')})\n`);
      } finally {
        db.close();
      }
    });
}

function writeGroups(db: import('../../store/db.js').DB, rows: MetricRow[], flags: Flags): void {
  const keys = flags.groupBy!;
  const issuer = db.prepare(`SELECT json_extract(issuers, '$[0]') FROM documents WHERE id = ?`).pluck();
  const groups = groupMetrics(rows, keys, (r) => (issuer.get(r.documentId) as string | null) ?? null);
  if (flags.format === 'json') {
    process.stdout.write(formatJson(groups.map((g) => ({ ...g.key, count: g.count, documents: g.documents, sum: Number(g.sum), latest: Number(g.latest), latestDate: g.latestDate, unit: g.unit, approx: g.approx }))));
    return;
  }
  const objs = groups.map((g) => ({ ...g.key, count: g.count, documents: g.documents, sum: g.sum, latest: g.latest, latest_date: g.latestDate, unit: g.unit, approx: g.approx }));
  const cols = [...keys, ...GROUP_COLUMNS];
  if (flags.format === 'csv') process.stdout.write(formatCsv(cols, objs));
  else {
    process.stdout.write(formatObjectTable(cols, objs));
    process.stderr.write(`(${plural(groups.length, 'group')} of ${plural(rows.length, 'figure')})\n`);
  }
}
