// gongwen search "<words>": full-text search of the archive (1-, 2- and 3+-character terms).
import { Command, Option } from 'commander';
import pc from 'picocolors';
import { EXIT_CODES_HELP, UsageError, dbOption, examples, plural, positiveInt } from '../help.js';
import { search } from '../../analysis/search.js';
import { openArchive } from '../open.js';
import { formatJson } from '../../format/json.js';
import { colorOn, formatTable } from '../../format/table.js';
import { safeText } from '../../format/escape.js';

interface Flags {
  limit: number;
  format: 'table' | 'json';
}

// private-use marks around a match (safeText leaves them), turned into 【】 once the text is safe
const paint = pc.createColors(true); // used only when colorOn() said yes
const OPEN = '\ue000';
const CLOSE = '\ue001';

/** A snippet for the table: made safe, its matches in 【】 (coloured on a terminal; the table's cut keeps both). */
export function tableSnippet(snippet: string, color: boolean): string {
  return safeText(snippet).replace(/\ue000([^\ue000\ue001]*)\ue001/g, (_m, t: string) => (color ? paint.bold(paint.red(`【${t}】`)) : `【${t}】`));
}

export function register(program: Command): void {
  program
    .command('search')
    .summary('full-text search of the archive (劳模, 烟, 产业工人 …)')
    .description(
      'Search the canonical texts of the archive. Several words narrow the search (all must occur). ' +
        'Terms of any length work: 3+ characters use the trigram index, 1–2 characters a per-character index. ' +
        'Each hit: its document, the date, the page when known, the offsets of the first match in documents.text ' +
        'and a snippet with the matches marked 【…】 (in colour on a terminal).',
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
        const json = flags.format === 'json';
        const hits = search(db, query, { limit: flags.limit, mark: json ? ['【', '】'] : [OPEN, CLOSE] });
        if (json) {
          process.stdout.write(formatJson({ query, hits }));
          return;
        }
        const color = colorOn();
        const rows = hits.map((h, i) => [
          i + 1,
          h.series && h.year != null ? `${h.series} ${h.year}年第${h.issue}期` : h.docNumber ?? h.title ?? h.source,
          h.date ?? '',
          h.page ?? '',
          `${h.start}-${h.end}`,
          tableSnippet(h.snippet, color),
        ]);
        process.stdout.write(formatTable(['#', '文档', '日期', '页', '位置', '摘录'], rows, { maxWidth: 100, trusted: [5] }));
        process.stderr.write(`(${plural(hits.length, 'document')})\n`);
      } finally {
        db.close();
      }
    });
}
