// gongwen extract <file>: parse and extract one file without touching any database.
import { Command, Option } from 'commander';
import { EXIT_CODES_HELP, InputError, UsageError, examples, formatNote, positiveInt, requireFile, ttyDefault } from '../help.js';
import { formatJson } from '../../format/json.js';
import { safeText } from '../../format/escape.js';
import type { ExtractContext, ProcessedDocument } from '../../types.js';

interface ExtractFlags {
  format?: 'json' | 'text';
  explain?: boolean;
  timeout?: number;
}

export function register(program: Command): void {
  program
    .command('extract')
    .summary('print the Document JSON (or a summary) of one file; no database')
    .description(
      'Parse and extract one file (PDF, DOCX, OFD, DOC, WPS, HTML, TXT, Markdown) without touching any database, and print the ' +
        'Document JSON (--format json) or a readable summary (--format text, the default on a terminal).',
    )
    .argument('<file>', 'the file to extract')
    .addOption(
      new Option('--format <format>', 'json: the Document JSON of the contract; text: a readable summary (default: text on a terminal, json otherwise)').choices([
        'json',
        'text',
      ]),
    )
    .addOption(new Option('--timeout <seconds>', 'give up on the file after this long (default 300)').argParser(positiveInt('--timeout')))
    .option('--explain', 'also list every number read (the quantity it made, or why none) and every award, workshop and entity candidate: the rule, the evidence, and why a rejected one was rejected (on stderr with --format json)', false)
    .addHelpText('after', examples('gongwen extract samples/kuaibao-2022-23-tobacco.pdf', 'gongwen extract notice.docx --format json > notice.json') + EXIT_CODES_HELP)
    .action(async (file: string, flags: ExtractFlags) => {
      requireFile(file);
      const format = flags.format ?? ttyDefault('text', 'json');
      const { processOne } = await import('../../pipeline/one-file.js');
      const { failureReason, isConfigError } = await import('../../pipeline/protocol.js');
      let pd: ProcessedDocument;
      try {
        pd = await processOne(file, (flags.timeout ?? 300) * 1000);
      } catch (e) {
        if (isConfigError(e) || (e as { config?: boolean }).config) throw new UsageError(`the extraction rules cannot be loaded: ${failureReason(e)}`);
        throw new InputError(`${file}: ${failureReason(e)}`);
      }
      for (const w of pd.warnings ?? []) process.stderr.write(`gongwen: ${safeText(file)}: warning: ${safeText(w)}\n`);
      const note = formatNote(file, pd.json.document.format);
      if (note) process.stderr.write(`gongwen: ${file}: ${note}\n`);
      if (format === 'json') process.stdout.write(formatJson(pd.json));
      else process.stdout.write(formatText(pd));
      if (flags.explain) await explain(pd, format === 'text');
    });
}

/**
 * --explain: what each extractor of the registry considered in the document, kept or rejected,
 * and why (src/extract/registry.ts `explainAll`: figures number by number, then award / workshop /
 * entity candidates). With --format json the JSON stays alone on stdout and the explanation goes
 * to stderr.
 */
async function explain(pd: ProcessedDocument, toStdout: boolean): Promise<void> {
  const { explainAll } = await import('../../extract/registry.js');
  const { asDoc } = await import('../../extract/doc.js');
  const { pageLookup } = await import('../../normalize/pages.js');
  // the extractors read the folded copy (same offsets): so does the explanation of a traditional-script text
  const { foldToSimplified } = await import('../../normalize/fold.js');
  const text = foldToSimplified(pd.json.document.text);
  const ctx: ExtractContext = { text, meta: pd.meta, sections: pd.sections, pageAt: pageLookup(pd) };
  const out = explainAll(asDoc(ctx), { ...pd.json, citations: pd.json.citations ?? [] });
  (toStdout ? process.stdout : process.stderr).write(out);
}

function formatText(pd: ProcessedDocument): string {
  const j = pd.json;
  const d = j.document;
  const out: string[] = [];
  const field = (name: string, v: unknown) => {
    if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) out.push(`${name.padEnd(11)} ${Array.isArray(v) ? v.join('；') : v}`);
  };
  field('file', d.source);
  field('id', d.id);
  field('format', d.format + (pd.pageCount ? ` (${pd.pageCount} pages)` : '') + (pd.encoding ? ` (${pd.encoding})` : ''));
  field('kind', pd.meta.kind);
  field('series', d.series);
  if (d.year !== null || d.issue !== null) {
    field('issue', `${d.year ?? '?'}年第${d.issue ?? '?'}期` + (d.totalIssue !== null ? `（总第${d.totalIssue}期）` : ''));
  }
  field('date', d.date);
  field('docNumber', d.docNumber);
  field('issuers', d.issuers);
  field('title', d.title);
  field('byline', d.byline);
  field('attachment', pd.meta.attachmentTitle);
  const lines = d.text.split('\n');
  out.push(`text        ${d.text.length} characters, ${lines.length} paragraphs, ${pd.sections.length} sections`);
  for (const s of pd.sections) out.push(`  ${'  '.repeat(Math.max(0, s.level - 1))}${s.marker}${s.heading}`);
  out.push('');
  out.push(`quantities  ${j.quantities.length}`);
  for (const [i, q] of j.quantities.entries()) {
    const scope = q.scope ? `${q.scope} ` : '';
    const period = q.period ? ` (${q.period})` : '';
    const part = q.partOf !== null ? ` ⊂#${q.partOf}` : '';
    out.push(`  #${i} ${q.kind} ${q.approx ? '≈' : ''}${q.value} ${q.unit}  ${scope}${q.subject}${period}${part}  「${q.text}」 [${q.start},${q.end}) ${q.rule}`);
  }
  out.push(`awards      ${j.awards.length}`);
  for (const a of j.awards) {
    out.push(`  ${a.name}${a.level ? ` (${a.level})` : ''}${a.count !== null ? ` ×${a.count}` : ''}${a.recipients.length ? `: ${a.recipients.join('、')}` : ''}  「${a.text}」 ${a.rule}`);
  }
  out.push(`workshops   ${j.workshops.length}`);
  for (const w of j.workshops) {
    out.push(`  ${w.name ?? w.type}${w.name ? ` (${w.type})` : ''}${w.level ? ` ${w.level}` : ''}${w.count !== null ? ` ×${w.count}` : ''}${w.leader ? ` 领衔人 ${w.leader}` : ''}  ${w.rule}`);
  }
  out.push(`entities    ${j.entities.length}`);
  for (const e of j.entities) {
    out.push(`  ${e.type.padEnd(6)} ${e.name}${e.canonical !== e.name ? ` → ${e.canonical}` : ''}${e.role ? ` (${e.role})` : ''}  ${e.rule}`);
  }
  // file names and document text may hold control characters: shown, never obeyed
  return out.map(safeText).join('\n') + '\n';
}
