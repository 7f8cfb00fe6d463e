// OCR quality and cost per engine on the scanned fixtures: character error rate (edit distance
// over the reference's characters, whitespace ignored), figure recall (digit runs of the
// reference found in the output), seconds and peak RSS per page.
//   npx tsc -p tsconfig.json && node dist/scripts/ocr-measure.js [engine ...]
// engines: tesseract.js (default data 4.0.0_best_int; GONGWEN_OCR_DATA=4.0.0 for the other), tesseract
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEngine, recognizePage, type EngineName } from '../src/ingest/ocr/index.js';
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

async function main() {
  const engines = (process.argv.slice(2).length ? process.argv.slice(2) : ['tesseract.js']) as EngineName[];
  const ref = bare(readFileSync(path.join(fixtures, 'notice-scan.expected.txt'), 'utf8'));
  const image = readFileSync(path.join(fixtures, 'notice-scan.jpg'));
  for (const name of engines) {
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const t0 = performance.now();
    const engine = await openEngine(name);
    const t1 = performance.now();
    const r = await recognizePage(engine!, image);
    const t2 = performance.now();
    await engine!.close();
    clearInterval(timer);
    const hyp = bare(r.lines.map((l) => l.text).join('\n'));
    const cer = editDistance(ref, hyp) / [...ref].length;
    const conf = r.lines.reduce((a, l) => a + l.confidence * l.text.length, 0) / Math.max(1, r.lines.reduce((a, l) => a + l.text.length, 0));
    console.log(
      `${name}${name === 'tesseract.js' ? ` (${process.env.GONGWEN_OCR_DATA ?? '4.0.0_best_int'})` : ''}: CER ${(cer * 100).toFixed(1)} %, figure recall ${(figureRecall(readFileSync(path.join(fixtures, 'notice-scan.expected.txt'), 'utf8'), r.lines.map((l) => l.text).join('\n')) * 100).toFixed(0)} %, ` +
        `confidence ${conf.toFixed(2)}, start ${((t1 - t0) / 1000).toFixed(1)} s, page ${((t2 - t1) / 1000).toFixed(1)} s, peak RSS ${Math.round(peak / 1e6)} MB (main process)`,
    );
    // the whole pipeline on the scanned PDF: pdf.js renders the page, OCR, normalise, header
    process.env.GONGWEN_OCR = name;
    const t3 = performance.now();
    const doc = (await processFile(path.join(fixtures, 'notice-scan.pdf'))).json.document;
    const refText = readFileSync(path.join(fixtures, 'notice-scan.expected.txt'), 'utf8');
    console.log(
      `  ${name} through the PDF: CER ${((editDistance(ref, bare(doc.text)) / [...ref].length) * 100).toFixed(1)} %, figure recall ${(figureRecall(refText, doc.text) * 100).toFixed(0)} %, ` +
        `${((performance.now() - t3) / 1000).toFixed(1)} s, 文号 ${doc.docNumber ?? '–'}`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
