// gongwen remove <documentId|path>...: takes documents out of the archive, in one transaction.
import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { EXIT_CODES_HELP, EXIT_INPUT_FAILED, dbOption, examples, plural, resolveDb } from '../help.js';
import { formatJson } from '../../format/json.js';
import { safeText } from '../../format/escape.js';

interface Flags {
  dryRun?: boolean;
  format: 'text' | 'json';
}

export function register(program: Command): void {
  program
    .command('remove')
    .summary('remove documents (with their sources, items and search rows)')
    .description(
      'Removes the documents named by id (64 hex digits, or a unique prefix of 8 or more), by a path as ' +
        'stored in sources.path or documents.source, or by a file whose bytes were stored. A path of a file ' +
        'linked to a document removes that whole document. Everything goes in one transaction. An argument that ' +
        'names nothing is reported and the others are still removed (exit 1).',
    )
    .argument('<documentId|path...>', 'documents to remove')
    .addOption(dbOption())
    .option('--dry-run', 'say what would be removed, change nothing')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addHelpText('after', examples('gongwen remove samples/kuaibao-2021-10-qujing.docx --dry-run', 'gongwen remove 36414a7f') + EXIT_CODES_HELP)
    .action(async (args: string[], flags: Flags, cmd: Command) => {
      const { openDb } = await import('../../store/db.js');
      const { planRemoval, removeDocuments } = await import('../../store/remove.js');
      const path = resolveDb(cmd);
      // never creates an archive: a missing one is refused (exit 2) by the read-only open
      const db = openDb(path, { readonly: !!flags.dryRun || !existsSync(path) });
      try {
        const plan = planRemoval(db, args);
        const removed = flags.dryRun ? 0 : removeDocuments(db, plan.targets.map((t) => t.id));
        for (const a of plan.unmatched) process.stderr.write(`gongwen: remove: no stored document matches ${safeText(a)}\n`);
        if (flags.format === 'json') {
          process.stdout.write(formatJson({ dryRun: !!flags.dryRun, removed, documents: plan.targets, unmatched: plan.unmatched }));
        } else {
          const verb = flags.dryRun ? 'would remove' : 'removed';
          for (const t of plan.targets) {
            process.stdout.write(
              `${verb} ${t.id.slice(0, 12)} ${safeText(t.source)}: ${plural(t.sources, 'source')}, ${plural(t.quantities, 'quantity', 'quantities')}, ` +
                `${plural(t.awards, 'award')}, ${plural(t.workshops, 'workshop')}, ${plural(t.entities, 'entity', 'entities')}\n`,
            );
          }
          process.stdout.write(`${flags.dryRun ? 'would remove' : 'removed'} ${plural(plan.targets.length, 'document')}\n`);
        }
        if (plan.unmatched.length) process.exitCode = EXIT_INPUT_FAILED;
      } finally {
        db.close();
      }
    });
}
