// When pdf.js's worker is not patched (installed with --ignore-scripts, another pdf.js), the stock
// worker is loaded and PDFs are read as before, only slower, and the state says why. Its own file:
// pdf.js keeps the first worker it is handed for the life of the process.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { CMAP_URL } from '../../src/ingest/pdf.js';
import { STOCK_WORKER, loadPdfWorker, pdfWorkerState } from '../../src/ingest/pdf-worker.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-stock-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** the installed worker with the install-time patch taken out again: each hunk's new lines (context
 * and +) replaced by its old ones (context and -), each found exactly once */
function unpatched(): string {
  const patch = readFileSync(join('patches', readdirSync('patches').find((f) => f.startsWith('pdfjs-dist+'))!), 'utf8');
  let src = readFileSync(STOCK_WORKER, 'utf8');
  for (const hunk of patch.split(/^@@[^\n]*\n/m).slice(1)) {
    const lines = hunk.split('\n').filter((l) => /^[ +-]/.test(l) && !l.startsWith('diff '));
    const side = (keep: string) => lines.filter((l) => l[0] === ' ' || l[0] === keep).map((l) => l.slice(1)).join('\n');
    const [now, before] = [side('+'), side('-')];
    expect(src.split(now).length, 'a hunk of the patch is found once').toBe(2);
    src = src.replace(now, () => before);
  }
  return src;
}

it('falls back to the stock worker when the install-time patch is missing, and reads with it', async () => {
  const file = join(dir, 'pdf.worker.mjs');
  writeFileSync(file, unpatched());
  copyFileSync(`${STOCK_WORKER}.map`, `${file}.map`); // vite reads it when the module is imported
  const state = await loadPdfWorker(file);
  expect(state).toMatchObject({ edited: false });
  expect(state.edited ? '' : state.reason).toContain('not patched');
  expect(pdfWorkerState()).toEqual(state);
  const stock = (await import(pathToFileURL(file).href)) as { WorkerMessageHandler: unknown };
  expect((globalThis as { pdfjsWorker?: { WorkerMessageHandler: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBe(stock.WorkerMessageHandler);
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(readFileSync('samples/kuaibao-2022-23-tobacco.pdf')), cMapUrl: CMAP_URL, cMapPacked: true });
  try {
    expect((await parser.getText()).text).toContain('劳模');
  } finally {
    await parser.destroy();
  }
});
