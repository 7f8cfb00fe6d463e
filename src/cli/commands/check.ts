// gongwen check <file>: findings for one draft, within itself and against the archive.
// Stores nothing (the archive is opened read-only). Exit 1 when any finding is an error.
import { existsSync, statSync } from 'node:fs';
import { Command, Option } from 'commander';
import { EXIT_CODES_HELP, InputError, UsageError, dbOption, examples, positiveInt } from '../help.js';
import { checkDocument, formatFindingsText, hasErrors } from '../../compare/index.js';
import { processOne } from '../../pipeline/one-file.js';
import { openArchive } from '../../analysis/open.js';

export function register(program: Command): void {
  program
    .command('check')
    .summary('check a draft against itself and the archive (exit 1 on an error)')
    .description(
      'Processes one draft file (nothing is stored) and reports its findings: totals that do not add up, ' +
        'shares that contradict their numbers, figures that conflict with or fall below the archive, and issue ' +
        'numbers / dates that do not follow the stored bulletins of its series. Exit status 1 when any finding ' +
        'is an error, so it can gate a publishing step.',
    )
    .argument('<file>', 'the draft (pdf, docx, txt, md)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(new Option('--timeout <seconds>', 'give up on the draft after this long (default 300)').argParser(positiveInt('--timeout')))
    .addHelpText('after', examples('gongwen check drafts/2022-24.docx', 'gongwen check draft.pdf --format json') + EXIT_CODES_HELP)
    .action(async (file: string, flags: { format: 'text' | 'json'; timeout?: number }, cmd: Command) => {
      if (!existsSync(file)) throw new UsageError(`check: ${file}: no such file`);
      if (statSync(file).isDirectory()) throw new UsageError(`check: ${file} is a folder; give one file`);
      let pd;
      try {
        pd = await processOne(file, (flags.timeout ?? 300) * 1000);
      } catch (e) {
        const reason = (e as Error).message;
        throw new InputError(`check: ${reason.startsWith(file) ? reason : `${file}: ${reason}`}`);
      }
      const db = openArchive(cmd, { readonly: true, allowMissing: true });
      if (!db) process.stderr.write('check: no archive yet; checking the draft against itself only\n');
      let findings;
      try {
        findings = checkDocument(db, pd);
      } finally {
        db?.close();
      }
      if (flags.format === 'json') process.stdout.write(JSON.stringify({ findings }, null, 2) + '\n');
      else process.stdout.write(formatFindingsText(findings, { title: `草稿检查 ${file}` }));
      if (hasErrors(findings)) process.exitCode = 1;
    });
}
