// The README's example outputs, produced by the current build on the samples, so that they
// cannot drift from what gongwen prints. Each example sits in README.md between
//   <!-- example:NAME -->  and  <!-- /example -->
// as a ```text block: the command line shown, then its output.
//   node dist/scripts/readme-examples.js           rewrites README.md
//   node dist/scripts/readme-examples.js --check   exits 1 and names the examples that differ
// Timings ("in 4.6 s") are compared as "in N s"; CSV line ends (CRLF) are shown as LF.
// test/cli/readme.test.ts runs the check.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      readFileSync(join(dir, 'package.json'));
      return dir;
    } catch {
      dir = dirname(dir);
    }
  }
}
const ROOT = findRoot();
const BIN = join(ROOT, 'bin', 'gongwen.js');

interface Example {
  name: string;
  /** the command as the README shows it (after `$ npx gongwen `) */
  shown: string;
  args: string[];
  /** which streams to show, in this order */
  show: ('stdout' | 'stderr')[];
  /** run in the scratch folder (files made by `setup`) instead of the checkout */
  scratch?: boolean;
  /** shorten or reshape the output for the page */
  cut?: (out: string) => string;
}

const head = (n: number, more = true) => (s: string) => {
  const lines = s.replace(/\n$/, '').split('\n');
  return lines.slice(0, n).join('\n') + (more && lines.length > n ? '\n…' : '') + '\n';
};

/** The Document JSON with its text and arrays cut to a first element, as the page can hold it. */
function documentJson(s: string): string {
  const j = JSON.parse(s) as Record<string, unknown> & { document: Record<string, unknown>; quantities: unknown[] };
  const text = String(j.document.text).split('\n').slice(0, 2).join('\n');
  const doc = { ...j.document, text: `${text}\n…` };
  const out = JSON.stringify({ document: doc, quantities: [j.quantities[0], '…'], awards: '…', workshops: '…', entities: '…' }, null, 2);
  return out.replace(/,\n {4}"…"\n/, ',\n    …\n').replace(/"awards": "…",\n {2}"workshops": "…",\n {2}"entities": "…"/, '"awards": [ … ], "workshops": [ … ], "entities": [ … ]') + '\n';
}

const EXAMPLES: Example[] = [
  { name: 'ingest', shown: 'ingest samples', args: ['ingest', 'samples'], show: ['stderr', 'stdout'] },
  { name: 'ingest-again', shown: 'ingest samples 2>/dev/null', args: ['ingest', 'samples'], show: ['stdout'] },
  { name: 'ingest-json', shown: 'ingest samples/kuaibao-2022-23-tobacco.pdf --format json', args: ['ingest', 'samples/kuaibao-2022-23-tobacco.pdf', '--format', 'json'], show: ['stdout'] },
  { name: 'ingest-bad', shown: 'ingest notes/ broken.pdf missing.docx', args: ['ingest', 'notes/', 'broken.pdf', 'missing.docx'], show: ['stderr', 'stdout'], scratch: true },
  { name: 'extract-json', shown: 'extract samples/kuaibao-2022-23-tobacco.docx --format json', args: ['extract', 'samples/kuaibao-2022-23-tobacco.docx', '--format', 'json'], show: ['stdout'], cut: documentJson },
  { name: 'extract-text', shown: 'extract samples/notice-yungongtong-2022-21.txt --format text', args: ['extract', 'samples/notice-yungongtong-2022-21.txt', '--format', 'text'], show: ['stdout'], cut: head(16) },
  { name: 'query-table', shown: 'query "SELECT series, year, issue, total_issue, date, title FROM documents ORDER BY date"', args: ['query', 'SELECT series, year, issue, total_issue, date, title FROM documents ORDER BY date'], show: ['stdout'] },
  {
    name: 'query-csv',
    shown: 'query "SELECT d.title, count(*) AS files, group_concat(s.format) AS formats FROM sources s JOIN documents d ON d.id = s.document_id GROUP BY d.id ORDER BY d.date" --format csv',
    args: ['query', 'SELECT d.title, count(*) AS files, group_concat(s.format) AS formats FROM sources s JOIN documents d ON d.id = s.document_id GROUP BY d.id ORDER BY d.date', '--format', 'csv'],
    show: ['stdout'],
  },
  { name: 'query-refused', shown: 'query "DELETE FROM documents"', args: ['query', 'DELETE FROM documents'], show: ['stderr'] },
  { name: 'search', shown: 'search 劳模 --limit 3', args: ['search', '劳模', '--limit', '3'], show: ['stdout', 'stderr'] },
  { name: 'metrics', shown: 'metrics --subject 产业工人', args: ['metrics', '--subject', '产业工人'], show: ['stdout'] },
  { name: 'metrics-grouped', shown: 'metrics --subject 工作室 --group-by scope,year,subject', args: ['metrics', '--subject', '工作室', '--group-by', 'scope,year,subject'], show: ['stdout', 'stderr'] },
  { name: 'export', shown: 'export --table awards --format csv | head -2', args: ['export', '--table', 'awards', '--format', 'csv'], show: ['stdout'], cut: head(2, false) },
  { name: 'compare', shown: 'compare', args: ['compare'], show: ['stdout'] },
  { name: 'check', shown: 'check samples/kuaibao-2021-10-qujing.md', args: ['check', 'samples/kuaibao-2021-10-qujing.md'], show: ['stdout'] },
  { name: 'remove', shown: 'remove samples/kuaibao-2021-10-qujing.md --dry-run', args: ['remove', 'samples/kuaibao-2021-10-qujing.md', '--dry-run'], show: ['stdout'] },
  { name: 'errors', shown: 'extract missing.pdf', args: ['extract', 'missing.pdf'], show: ['stderr'] },
  { name: 'errors-query', shown: 'query "PRAGMA journal_mode"', args: ['query', 'PRAGMA journal_mode'], show: ['stderr'] },
];

function run(args: string[], cwd: string, db: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((res) => {
    const env: Record<string, string | undefined> = { ...process.env, GONGWEN_DB: db, NO_COLOR: '1' };
    delete env.FORCE_COLOR;
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => res({ stdout, stderr, code }));
  });
}

/** Every example's block text (command line and output), run in order on a fresh archive. */
export async function renderExamples(): Promise<Map<string, string>> {
  const tmp = mkdtempSync(join(tmpdir(), 'gongwen-readme-'));
  const scratch = join(tmp, 'work');
  mkdirSync(join(scratch, 'notes'), { recursive: true });
  writeFileSync(join(scratch, 'notes', '会议纪要.txt'), '改革快报\n2023年第1期\n全市新建劳模创新工作室12个，培养技术能手300余名。\n');
  writeFileSync(join(scratch, 'broken.pdf'), '%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\n%%EOF\n');
  const db = join(tmp, 'gongwen.db');
  const out = new Map<string, string>();
  try {
    for (const ex of EXAMPLES) {
      const r = await run(ex.args, ex.scratch ? scratch : ROOT, ex.scratch ? join(tmp, 'scratch.db') : db);
      // the archive as a user without --db sees it
      let text = ex.show.map((s) => r[s]).join('').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replaceAll(join(tmp, 'scratch.db'), 'data/gongwen.db').replaceAll(db, 'data/gongwen.db');
      if (ex.cut) text = ex.cut(text);
      out.set(ex.name, `$ npx gongwen ${ex.shown}\n${text}`.replace(/\n*$/, '\n'));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

const BLOCK = /<!-- example:([\w-]+) -->\n```text\n[\s\S]*?```\n<!-- \/example -->/g;

/** README text with every example block replaced by its rendering. */
export function applyExamples(readme: string, blocks: Map<string, string>): string {
  return readme.replace(BLOCK, (whole, name: string) => {
    const b = blocks.get(name);
    return b === undefined ? whole : `<!-- example:${name} -->\n\`\`\`text\n${b}\`\`\`\n<!-- /example -->`;
  });
}

/** Timings differ between runs: compared as "in N s". */
export function normalise(s: string): string {
  return s.replace(/ in \d+(\.\d+)? s/g, ' in N s');
}

/** The names of the blocks in README that differ from the rendering (normalised), and those missing. */
export function staleExamples(readme: string, blocks: Map<string, string>): string[] {
  const fresh = applyExamples(readme, blocks);
  const names = [...blocks.keys()];
  const body = (text: string, name: string) => text.match(new RegExp(`<!-- example:${name} -->\\n([\\s\\S]*?)<!-- /example -->`))?.[1];
  return names.filter((n) => {
    const now = body(readme, n);
    return now === undefined || normalise(now) !== normalise(body(fresh, n)!);
  });
}

async function main(): Promise<void> {
  const path = resolve(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const blocks = await renderExamples();
  if (process.argv.includes('--check')) {
    const stale = staleExamples(readme, blocks);
    if (stale.length) {
      process.stderr.write(`README examples out of date: ${stale.join(', ')} (run node dist/scripts/readme-examples.js)\n`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(path, applyExamples(readme, blocks));
  process.stderr.write(`README.md: ${blocks.size} examples written\n`);
}

if (process.argv[1] && /readme-examples\.js$/.test(process.argv[1])) await main();
