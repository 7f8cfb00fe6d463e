// OCR quality and cost per engine on the scanned fixtures (SCANS): character error rate per page
// and over all pages (edit distance over the reference's characters, whitespace ignored), figure
// recall (digit runs of the reference found in the output), seconds per page, peak RSS.
//   npx tsc -p tsconfig.json && node dist/scripts/ocr-measure.js [engine ...]
// engines: tesseract.js (default data 4.0.0_best_int; GONGWEN_OCR_DATA=4.0.0 for the other), tesseract
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ocrToLines, openEngine, recognizePage, type EngineName } from '../src/ingest/ocr/index.js';
import { processFile } from '../src/pipeline/process.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'formats');

const bare = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

export function editDistance(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  let prev = Array.from({ length: B.length + 1 }, (_, j) => j);
  for (let i = 1; i <= A.length; i++) {
    const cur = [i];
    for (let j = 1; j <= B.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (A[i - 1] === B[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[B.length]!;
}

export function figureRecall(ref: string, hyp: string): number {
  const want = ref.match(/\d+(?:\.\d+)?%?/g) ?? [];
  const have = new Map<string, number>();
  for (const f of hyp.match(/\d+(?:\.\d+)?%?/g) ?? []) have.set(f, (have.get(f) ?? 0) + 1);
  let found = 0;
  for (const f of want) {
    const n = have.get(f) ?? 0;
    if (n > 0) {
      found++;
      have.set(f, n - 1);
    }
  }
  return want.length ? found / want.length : 1;
}

/** The scanned pages: the notice's first page (make-scan.ts) and three more (make-scans.ts). */
export const SCANS = ['notice-scan', 'kuaibao-tobacco-scan', 'kuaibao-qujing-scan', 'notice-scan-p5'];

interface PageResult {
  name: string;
  chars: number;
  errors: number;
  figures: number;
  found: number;
  conf: number;
  seconds: number;
}

const figuresOf = (s: string) => s.match(/\d+(?:\.\d+)?%?/g)?.length ?? 0;
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

async function measurePage(engine: NonNullable<Awaited<ReturnType<typeof openEngine>>>, name: string): Promise<PageResult> {
  const refText = readFileSync(path.join(fixtures, `${name}.expected.txt`), 'utf8');
  const ref = bare(refText);
  const t0 = performance.now();
  const r = await recognizePage(engine, readFileSync(path.join(fixtures, `${name}.jpg`)));
  const seconds = (performance.now() - t0) / 1000;
  // in reading order, as the pipeline lays the engine's lines out (ocrToLines)
  const text = ocrToLines(r.lines, 1, r.width, r.height, 595.28, 841.89).map((l) => l.text).join('\n');
  const figures = figuresOf(refText);
  const conf = r.lines.reduce((a, l) => a + l.confidence * l.text.length, 0) / Math.max(1, r.lines.reduce((a, l) => a + l.text.length, 0));
  return { name, chars: [...ref].length, errors: editDistance(ref, bare(text)), figures, found: Math.round(figureRecall(refText, text) * figures), conf, seconds };
}

async function main() {
  const engines = (process.argv.slice(2).length ? process.argv.slice(2) : ['tesseract.js']) as EngineName[];
  for (const name of engines) {
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const t0 = performance.now();
    const engine = (await openEngine(name))!;
    const start = (performance.now() - t0) / 1000;
    const pages: PageResult[] = [];
    for (const scan of SCANS) pages.push(await measurePage(engine, scan));
    await engine.close();
    clearInterval(timer);
    console.log(`${name}${name === 'tesseract.js' ? ` (${process.env.GONGWEN_OCR_DATA ?? '4.0.0_best_int'})` : ''}: start ${start.toFixed(1)} s, peak RSS ${Math.round(peak / 1e6)} MB (main process)`);
    for (const p of pages)
      console.log(`  ${p.name.padEnd(22)} CER ${pct(p.errors / p.chars).padStart(7)} (${p.chars} chars), figures ${p.found}/${p.figures}, confidence ${p.conf.toFixed(2)}, ${p.seconds.toFixed(1)} s`);
    const sum = (f: (p: PageResult) => number) => pages.reduce((a, p) => a + f(p), 0);
    console.log(
      `  ${'all pages'.padEnd(22)} CER ${pct(sum((p) => p.errors) / sum((p) => p.chars)).padStart(7)} (${sum((p) => p.chars)} chars), figures ${sum((p) => p.found)}/${sum((p) => p.figures)}, ` +
        `${sum((p) => p.seconds).toFixed(1)} s (${(sum((p) => p.seconds) / pages.length).toFixed(1)} s a page)`,
    );
    // the whole pipeline on the scanned PDF: pdf.js renders the page, OCR, normalise, header
    process.env.GONGWEN_OCR = name;
    const t3 = performance.now();
    const doc = (await processFile(path.join(fixtures, 'notice-scan.pdf'))).json.document;
    const refText = readFileSync(path.join(fixtures, 'notice-scan.expected.txt'), 'utf8');
    const ref = bare(refText);
    console.log(
      `  ${name} through notice-scan.pdf: CER ${pct(editDistance(ref, bare(doc.text)) / [...ref].length)}, figure recall ${(figureRecall(refText, doc.text) * 100).toFixed(0)} %, ` +
        `${((performance.now() - t3) / 1000).toFixed(1)} s, 文号 ${doc.docNumber ?? '–'}`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
