// gongwen's PDF reader alone, for the PDF row of the peer benchmark: every PDF named in a list
// file is read as `gongwen ingest` reads it (pdf.js text items → lines → the canonical text) in
// one process, and its text written to stdout, the way `pdftotext FILE -` writes one; no
// extraction, no archive. Set against `pdftotext`, it says how much of the ingest's gap to
// pdftotext is the reading of the PDF and how much the rest of the pipeline.
//
//   node dist/scripts/bench/pdf-read.js LIST_FILE > /dev/null
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../../src/ingest/index.js';
import { normalize } from '../../src/normalize/index.js';

/** The canonical text of one PDF, as the archive would store it. */
export async function pdfText(path: string): Promise<string> {
  return normalize(await ingestFile(path, readFileSync(path))).text;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const list = process.argv[2];
  if (!list) {
    process.stderr.write('usage: pdf-read.js LIST_FILE (one PDF path a line)\n');
    process.exit(2);
  }
  for (const path of readFileSync(list, 'utf8').split('\n').filter(Boolean)) {
    try {
      process.stdout.write((await pdfText(path)) + '\n\f');
    } catch (e) {
      process.stderr.write(`${path}: ${(e as Error).message}\n`);
      process.exitCode = 1;
    }
  }
}
