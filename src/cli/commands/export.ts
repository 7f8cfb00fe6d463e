// gongwen export: one table with its documents' metadata, as CSV (Excel-ready), JSON or JSONL.
import { Command, Option } from 'commander';
import { EXIT_CODES_HELP, dbOption, examples } from '../help.js';
import { EXPORT_TABLES, exportTo, type ExportFormat, type ExportTable } from '../../analysis/export.js';
import { openArchive } from '../open.js';

interface Flags {
  table: ExportTable;
  format: ExportFormat;
}

export function register(program: Command): void {
  program
    .command('export')
    .summary('dump a table with its documents\' metadata (csv, json, jsonl)')
    .description(
      'Dumps documents, quantities, awards, workshops or entities; every item row carries its document\'s ' +
        'series, year, issue, total_issue, date, issuers, title, doc_number and source. CSV is UTF-8 with a BOM ' +
        '(Excel shows the Chinese), RFC 4180 quoting, CRLF line ends.',
    )
    .addOption(dbOption())
    .addOption(new Option('--table <table>', 'what to dump').choices([...EXPORT_TABLES]).default('documents'))
    .addOption(new Option('--format <format>', 'csv, json (an array) or jsonl (one object per line)').choices(['csv', 'json', 'jsonl']).default('csv'))
    .addHelpText('after', examples('gongwen export --table quantities --format csv > quantities.csv', 'gongwen export --table awards --format jsonl') + EXIT_CODES_HELP)
    .action(async (flags: Flags, cmd: Command) => {
      const db = openArchive(cmd)!;
      try {
        await exportTo(db, flags.table, flags.format, process.stdout);
      } finally {
        db.close();
      }
    });
}
