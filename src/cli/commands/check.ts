// gongwen check <file>: findings for one draft, within itself and against the archive.
// Stores nothing (the archive is opened read-only). Exit 1 when any finding is an error.
import { Command, Option } from 'commander';
import { EXIT_CODES_HELP, InputError, dbOption, examples, formatNote, positiveInt, requireFile } from '../help.js';
import { processOne } from '../../pipeline/one-file.js';
import { addFindingFlags, filterFromFlags, findingsJson, FINDINGS_HELP, type FindingFlags } from './finding-flags.js';

export function register(program: Command): void {
  const cmd = program
    .command('check')
    .summary('check a draft against itself and the archive (exit 1 on an error)')
    .description(
      'Processes one draft file (nothing is stored) and reports its findings: totals that do not add up, ' +
        'shares that contradict their numbers, figures that conflict with or fall below the archive, and issue ' +
        'numbers / dates that do not follow the stored bulletins of its series. Exit status 1 when any finding ' +
        'is an error, so it can gate a publishing step.',
    )
    .argument('<file>', 'the draft (pdf, docx, ofd, doc, wps, html, txt, md)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(new Option('--timeout <seconds>', 'give up on the draft after this long (default 300)').argParser(positiveInt('--timeout')));
  addFindingFlags(cmd, false)
    .addHelpText(
      'after',
      FINDINGS_HELP + '\n' + examples('gongwen check drafts/2022-24.docx', 'gongwen check draft.pdf --severity error', 'gongwen check draft.pdf --format json') + EXIT_CODES_HELP,
    )
    .action(async (file: string, flags: { format: 'text' | 'json'; timeout?: number } & FindingFlags, c: Command) => {
      const filter = filterFromFlags('check', flags);
      requireFile(file);
      // the worker processes the draft while this thread loads jieba for it, the detectors, their
      // rules (synonyms.yaml, findings.yaml) and the archive's reader (imported here, after the
      // worker is spawned)
      const processing = processOne(file, (flags.timeout ?? 300) * 1000);
      processing.catch(() => {}); // awaited below; not unhandled while the imports run
      const { openArchive } = await import('../open.js');
      const { checkDocument, formatFindingsText, hasErrors } = await import('../../compare/index.js');
      const { loadSynonyms } = await import('../../analysis/synonyms.js');
      const { loadStatementRules } = await import('../../compare/statement.js');
      // a broken synonyms or findings file is reported where checkDocument loads it, after the draft
      let syn: ReturnType<typeof loadSynonyms> | undefined;
      try {
        syn = loadSynonyms();
      } catch {
        syn = undefined;
      }
      try {
        loadStatementRules();
      } catch {
        /* loaded again, and reported, by the detectors */
      }
      // the archive too is opened while the worker runs (its native module is loaded then, ~8 ms);
      // a draft that cannot be read is still reported before an archive that cannot be opened
      let db: ReturnType<typeof openArchive> = null;
      let dbError: unknown = null;
      try {
        db = openArchive(c, { allowMissing: true });
      } catch (e) {
        dbError = e;
      }
      let pd;
      try {
        pd = await processing;
      } catch (e) {
        db?.close();
        throw new InputError(`${file}: ${(e as Error).message}`);
      }
      if (dbError) throw dbError;
      if (!db) process.stderr.write('gongwen: no archive yet; checking the draft against itself only\n');
      const note = formatNote(file, pd.json.document.format);
      if (note) process.stderr.write(`gongwen: ${file}: ${note}\n`);
      let findings;
      try {
        findings = checkDocument(db, pd, syn, filter);
      } finally {
        db?.close();
      }
      if (flags.format === 'json') process.stdout.write(findingsJson(findings));
      else process.stdout.write(formatFindingsText(findings, { title: `草稿检查 ${file}` }));
      if (hasErrors(findings)) process.exitCode = 1;
    });
}
