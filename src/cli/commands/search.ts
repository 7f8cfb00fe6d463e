// gongwen search "<words>": full-text search of the archive (1-, 2- and 3+-character terms).
import { Command, Option } from 'commander';
import { EXIT_CODES_HELP, UsageError, dbOption, examples, positiveInt } from '../help.js';
import { search } from '../../analysis/search.js';
import { renderTable } from '../../analysis/format.js';
import { openArchive } from '../../analysis/open.js';

interface Flags {
  limit: number;
  format: 'table' | 'json';
}

export function register(program: Command): void {
  program
    .command('search')
    .summary('full-text search of the archive (劳模, 烟, 产业工人 …)')
    .description(
      'Search the canonical texts of the archive. Several words narrow the search (all must occur). ' +
        'Terms of any length work: 3+ characters use the trigram index, 1–2 characters a per-character index. ' +
        'Each hit: its document, the date, the page when known, the offsets of the first match in documents.text ' +
        'and a snippet with the matches marked 【…】 (colour on a terminal).',
    )
    .argument('<words...>', 'the words to find (quote them or not)')
    .addOption(dbOption())
    .addOption(new Option('--limit <n>', 'at most this many documents').argParser(positiveInt('--limit')).default(20))
    .addOption(new Option('--format <format>', 'table or json').choices(['table', 'json']).default('table'))
    .addHelpText('after', examples('gongwen search 劳模', 'gongwen search "劳模 创新工作室" --format json') + EXIT_CODES_HELP)
    .action((words: string[], flags: Flags, cmd: Command) => {
      const query = words.join(' ').trim();
      if (!query) throw new UsageError('search: give at least one word');
      const db = openArchive(cmd)!;
      try {
        const color = flags.format === 'table' && process.stdout.isTTY && !process.env.NO_COLOR;
        const hits = search(db, query, {
          limit: flags.limit,
          mark: color ? ['\x1b[1;31m', '\x1b[0m'] : ['【', '】'],
        });
        if (flags.format === 'json') {
          process.stdout.write(JSON.stringify({ query, hits }, null, 2) + '\n');
          return;
        }
        const rows = hits.map((h, i) => [
          i + 1,
          h.series && h.year != null ? `${h.series} ${h.year}年第${h.issue}期` : h.docNumber ?? h.title ?? h.source,
          h.date ?? '',
          h.page ?? '',
          `${h.start}-${h.end}`,
          h.snippet,
        ]);
        process.stdout.write(renderTable(['#', '文档', '日期', '页', '位置', '摘录'], rows, { maxWidth: 100 }));
        process.stderr.write(`(${hits.length} document${hits.length === 1 ? '' : 's'})\n`);
      } finally {
        db.close();
      }
    });
}
