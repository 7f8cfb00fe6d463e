// gongwen compare: consistency findings over the whole archive.
import { Command, Option } from 'commander';
import { EXIT_CODES_HELP, dbOption, examples, ttyDefault } from '../help.js';
import { compareArchive, formatFindingsText } from '../../compare/index.js';
import { openArchive } from '../../analysis/open.js';

export function register(program: Command): void {
  program
    .command('compare')
    .summary('cross-document and within-document consistency findings')
    .description(
      'Finds figures that contradict each other across the archive: conflict (same subject, scope and period, ' +
        'different values), sum-mismatch (a total its parts do not add up to), percent-mismatch, ' +
        'cumulative-decrease (a 累计 figure lower in a later document), issue-sequence (第N期 / 总第N期 / dates). ' +
        'Text output is grouped by severity; json prints { "findings": [...] }.',
    )
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default(ttyDefault('text', 'text')))
    .addHelpText('after', examples('gongwen compare', 'gongwen compare --format json') + EXIT_CODES_HELP)
    .action((flags: { format: 'text' | 'json' }, cmd: Command) => {
      const db = openArchive(cmd)!;
      try {
        const findings = compareArchive(db);
        if (flags.format === 'json') process.stdout.write(JSON.stringify({ findings }, null, 2) + '\n');
        else process.stdout.write(formatFindingsText(findings, { title: '档案一致性检查' }));
      } finally {
        db.close();
      }
    });
}
