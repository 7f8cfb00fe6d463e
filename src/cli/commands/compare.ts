// gongwen compare: consistency findings over the whole archive.
import { Command, Option } from 'commander';
import { EXIT_CODES_HELP, dbOption, examples, ttyDefault } from '../help.js';
import { compareArchive, formatFindingsText, hasErrors } from '../../compare/index.js';
import { openArchive } from '../open.js';
import { addFindingFlags, filterFromFlags, findingsJson, FINDINGS_HELP, type FindingFlags } from './finding-flags.js';

export function register(program: Command): void {
  const cmd = program
    .command('compare')
    .summary('cross-document and within-document consistency findings (exit 1 on an error)')
    .description(
      'Finds figures that contradict each other across the archive. Narrow the list with --type, --severity, ' +
        '--since and --series. Exit status 1 when a listed finding is an error, so it can gate a publishing step.',
    )
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default(ttyDefault('text', 'text')));
  addFindingFlags(cmd, true)
    .addHelpText(
      'after',
      FINDINGS_HELP +
        '\n' +
        examples(
          'gongwen compare',
          'gongwen compare --severity error',
          'gongwen compare --type sum-mismatch,percent-mismatch --series 工作简报 --since 2024-06',
          'gongwen compare --format json',
        ) +
        EXIT_CODES_HELP.replace('Exit status: 0 success, 1 some input failed (the rest was still processed and stored)', 'Exit status: 0 success (no error finding), 1 an error finding is listed'),
    )
    .action((flags: { format: 'text' | 'json' } & FindingFlags, c: Command) => {
      const filter = filterFromFlags('compare', flags);
      const db = openArchive(c)!;
      try {
        // JSON carries offsets; locating (page, line, section) reads every named document's text
        const findings = compareArchive(db, undefined, filter, { locate: flags.format !== 'json' });
        if (flags.format === 'json') process.stdout.write(findingsJson(findings));
        else process.stdout.write(formatFindingsText(findings, { title: '档案一致性检查' }));
        if (hasErrors(findings)) process.exitCode = 1;
      } finally {
        db.close();
      }
    });
}
