// gongwen ingest <file-or-dir>... : parse, extract and store; one bad file never stops the batch.
import { Command, Option } from 'commander';
import { relative } from 'node:path';
import {
  EXIT_CODES_HELP,
  EXIT_INPUT_FAILED,
  EXIT_INTERRUPTED,
  dbOption,
  examples,
  formatNote,
  plural,
  positiveInt,
  resolveDb,
  UsageError,
} from '../help.js';
import { formatJson } from '../../format/json.js';
import { safeText } from '../../format/escape.js';

interface IngestFlags {
  concurrency?: number;
  force?: boolean;
  format: 'text' | 'json';
  maxBytes?: number;
  timeout?: number;
  progress?: boolean;
  followSymlinks?: boolean;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .summary('parse, extract and store files and directories in the archive')
    .description(
      'Parse every supported file (PDF incl. scanned via OCR, DOCX, OFD, DOC, WPS, HTML, TXT, Markdown; directories recursively), extract, and store in the archive. ' +
        'A file whose bytes are already stored is skipped as `unchanged` unless --force or the rules changed since. ' +
        'A file holding a document already stored from another file (the same bulletin as PDF and DOCX) is `linked`: ' +
        'it becomes another source of that document, not a second document. A bad file is reported as ' +
        '`path: reason`, recorded in the ingest_errors table, and the rest of the batch is stored.',
    )
    .argument('<paths...>', 'files and directories to ingest (directories are walked recursively)')
    .addOption(dbOption())
    .addOption(
      new Option('--concurrency <n>', 'files parsed at once, each in its own worker thread (default: one per CPU core)').argParser(
        positiveInt('--concurrency'),
      ),
    )
    .option('--force', 're-parse and re-extract files even when their bytes are already stored', false)
    .addOption(
      new Option('--format <format>', 'text: per-file lines and a summary; json: one JSON object when done')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addOption(
      new Option('--max-bytes <n>', 'refuse files larger than this many bytes, of any format (default: 20 MB for text and Markdown, 32 MB of XML for DOCX, 200 MB for PDF)').argParser(
        positiveInt('--max-bytes'),
      ),
    )
    .addOption(
      new Option('--timeout <seconds>', 'give up on a file that takes longer than this to parse (default 300)').argParser(
        positiveInt('--timeout'),
      ),
    )
    .option('--no-progress', 'no progress bar even when stderr is a terminal')
    .option('--follow-symlinks', 'follow links to files outside the folders named (default: refused, with the reason)', false)
    .addHelpText(
      'after',
      examples('gongwen ingest samples', 'gongwen ingest --db /tmp/a.db 2021/ 2022/简报.pdf --format json') +
        `
--format json prints { "files": [ { "path", "status", "documentId"?, "error"? } ],
  "added", "unchanged", "updated", "linked", "failed" }; status is one of
  added | unchanged | updated | linked | failed.
Ctrl-C finishes the files in hand, stores nothing partial, prints what was done and exits 130.` +
        EXIT_CODES_HELP,
    )
    .action(async (paths: string[], flags: IngestFlags, cmd: Command) => {
      await runIngestCommand(paths, flags, resolveDb(cmd));
    });
}

function shown(p: string): string {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') ? r : p;
}

async function runIngestCommand(paths: string[], flags: IngestFlags, dbPath: string): Promise<void> {
  const { openDb } = await import('../../store/db.js');
  const { Archive } = await import('../../store/write.js');
  const { runIngest } = await import('../../pipeline/ingest.js');
  const { countFiles } = await import('../../pipeline/walk.js');
  const db = openDb(dbPath);
  const archive = new Archive(db);
  const json = flags.format === 'json';
  const files: { path: string; status: string; documentId?: string; error?: string; warnings?: string[]; note?: string }[] = [];
  const sourceFormat = db.prepare('SELECT format FROM sources WHERE document_id = ? AND path = ?').pluck();
  const controller = new AbortController();
  let sigints = 0;
  let bar: import('cli-progress').SingleBar | null = null;
  const onSigint = () => {
    sigints++;
    if (bar) process.stderr.write('\r\x1b[K'); // no progress-bar debris before the message
    if (sigints > 1) {
      process.stderr.write('\ngongwen: interrupted again: exiting now (every stored document is whole)\n');
      process.exit(EXIT_INTERRUPTED);
    }
    // the bar is taken down first: a message written across it leaves the bar's debris on the line
    bar?.stop();
    bar = null;
    process.stderr.write('gongwen: interrupted: finishing the files in hand (Ctrl-C again to quit at once)…\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);

  const useBar = !!process.stderr.isTTY && flags.progress !== false;
  if (useBar) {
    const { default: cliProgress } = await import('cli-progress');
    bar = new cliProgress.SingleBar(
      { format: 'ingest [{bar}] {value}/{total} files | {status}', hideCursor: true, clearOnComplete: true, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    bar.start(0, 0, { status: 'listing files…' });
    void countFiles(paths).then((n) => bar?.setTotal(n), () => {});
  }
  let seen = 0;
  const t0 = Date.now();
  try {
    const summary = await runIngest(archive, paths, {
      force: flags.force,
      concurrency: flags.concurrency,
      maxBytes: flags.maxBytes,
      followSymlinks: flags.followSymlinks,
      timeoutMs: flags.timeout ? flags.timeout * 1000 : undefined,
      signal: controller.signal,
      onResult: (r) => {
        seen++;
        // a file whose content is another format than its name says (fake.docx holding text)
        const note = r.documentId && (r.status === 'added' || r.status === 'updated' || r.status === 'linked')
          ? formatNote(r.path, sourceFormat.get(r.documentId, r.path) as string | undefined)
          : null;
        if (json) files.push(note ? { ...r, note } : r);
        if (r.status === 'failed') {
          if (bar) process.stderr.write('\r\x1b[K');
          process.stderr.write(`gongwen: ${safeText(r.path)}: ${safeText(r.error ?? 'failed')}\n`);
        }
        for (const w of r.warnings ?? []) {
          if (bar) process.stderr.write('\r\x1b[K');
          process.stderr.write(`gongwen: ${safeText(r.path)}: warning: ${safeText(w)}\n`);
        }
        if (r.status !== 'failed' && !json && !bar) {
          process.stderr.write(`${r.status.padEnd(9)} ${safeText(r.path)}${note ? ` (${note})` : ''}\n`);
        } else if (r.status !== 'failed' && note && !json) {
          process.stderr.write(`\r\x1b[Kgongwen: ${safeText(r.path)}: ${note}\n`);
        }
        bar?.update(seen, { status: `${r.status} ${safeText(shown(r.path))}` });
      },
    });
    bar?.stop();
    if (summary.archiveError) {
      throw new UsageError(`${shown(dbPath)}: ${summary.archiveError}; the batch stopped (${summary.skipped} file(s) not processed, every stored document is whole)`);
    }
    if (summary.configError) {
      throw new UsageError(
        `the extraction rules cannot be loaded, nothing was ingested after this point: ${summary.configError}`,
      );
    }
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (json) {
      process.stdout.write(
        formatJson({
          files,
          added: summary.added,
          unchanged: summary.unchanged,
          updated: summary.updated,
          linked: summary.linked,
          failed: summary.failed,
          ...(summary.interrupted ? { interrupted: true, skipped: summary.skipped } : {}),
        }),
      );
    } else {
      const total = summary.added + summary.unchanged + summary.updated + summary.linked + summary.failed;
      const counts = db
        .prepare(
          `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM sources) AS sources,
                  (SELECT count(*) FROM quantities) AS quantities, (SELECT count(*) FROM awards) AS awards,
                  (SELECT count(*) FROM workshops) AS workshops, (SELECT count(*) FROM entities) AS entities`,
        )
        .get() as Record<string, number>;
      process.stdout.write(
        `${plural(total, 'file')} in ${secs} s: ${summary.added} added, ${summary.updated} updated, ` +
          `${summary.linked} linked, ${summary.unchanged} unchanged, ${summary.failed} failed\n` +
          `archive ${safeText(shown(dbPath))}: ${plural(counts.documents, 'document')} from ${plural(counts.sources, 'file')}; ` +
          `${plural(counts.quantities, 'quantity', 'quantities')}, ${plural(counts.awards, 'award')}, ` +
          `${plural(counts.workshops, 'workshop')}, ${plural(counts.entities, 'entity', 'entities')}\n`,
      );
      if (summary.interrupted) {
        process.stdout.write(`interrupted: ${plural(summary.skipped, 'listed file')} not processed; run the same command again to finish\n`);
      }
      if (summary.failed > 0) process.stderr.write(`gongwen: ${plural(summary.failed, 'file')} failed; see above or the ingest_errors table\n`);
    }
    const total = summary.added + summary.unchanged + summary.updated + summary.linked + summary.failed;
    if (total === 0 && !summary.interrupted) {
      const { SUPPORTED_EXTENSIONS } = await import('../../pipeline/walk.js');
      process.stderr.write(
        `gongwen: no supported file in ${paths.map(safeText).join(', ')} (supported: ${SUPPORTED_EXTENSIONS.join(' ')}); nothing was stored\n`,
      );
      process.exitCode = EXIT_INPUT_FAILED;
    }
    if (summary.interrupted) process.exitCode = EXIT_INTERRUPTED;
    else if (summary.failed > 0) process.exitCode = EXIT_INPUT_FAILED;
  } finally {
    bar?.stop();
    process.off('SIGINT', onSigint);
    db.close();
  }
}
