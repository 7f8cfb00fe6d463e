// When pdf.js's worker source no longer takes an edit (another pdf.js version), the stock worker is
// loaded and PDFs are read as before, only slower. Its own file: pdf.js keeps the first worker
// it is handed for the life of the process.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { CMAP_URL } from '../../src/ingest/pdf.js';
import { STOCK_WORKER, WORKER_EDITS, loadPdfWorker, pdfWorkerState } from '../../src/ingest/pdf-worker.js';

it('falls back to the stock worker when an edit does not match, and reads with it', async () => {
  const broken = [...WORKER_EDITS, { why: 'a line this pdf.js does not have', find: 'no such line in pdf.js', replace: '' }];
  const state = await loadPdfWorker(broken);
  expect(state).toEqual({ edited: false, reason: 'not found: a line this pdf.js does not have' });
  expect(pdfWorkerState()).toEqual(state);
  const stock = (await import(pathToFileURL(STOCK_WORKER).href)) as { WorkerMessageHandler: unknown };
  expect((globalThis as { pdfjsWorker?: { WorkerMessageHandler: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBe(stock.WorkerMessageHandler);
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(readFileSync('samples/kuaibao-2022-23-tobacco.pdf')), cMapUrl: CMAP_URL, cMapPacked: true });
  try {
    expect((await parser.getText()).text).toContain('劳模');
  } finally {
    await parser.destroy();
  }
});
