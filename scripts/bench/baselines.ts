// The raw baselines gongwen's ingest is measured against, each run alone in one process on
// one core over the same files as the end-to-end run:
//   text: read + decode (UTF-8, else GB18030) + jieba cut (@node-rs/jieba, with HMM, main dictionary)
//   pdf:  read + pdf-parse getText (pdf.js with the packed CMaps, as the pipeline needs them; its
//         worker file is the one patched at install, so this is no longer stock pdf.js)
//   pdf-kept: the same with the worker handed over by gongwen's loader (src/ingest/pdf-worker.ts),
//         as the pipeline runs it; since the install-time patch, the same worker as `pdf`.
//   docx: read + mammoth.convertToHtml
// Time is measured from the first read to the last result, after the libraries are loaded
// (their load time is reported separately as `loadMs`).
// As a script: `node dist/scripts/bench/baselines.js <kind> <file-list.json>` prints
// one JSON line with the result; the benchmark spawns it under /usr/bin/time for peak RSS.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type BaselineKind = 'text' | 'pdf' | 'pdf-kept' | 'docx';
export const BASELINE_KINDS: readonly BaselineKind[] = ['text', 'docx', 'pdf', 'pdf-kept'];

export interface BaselineResult {
  kind: BaselineKind;
  docs: number;
  bytes: number;
  ms: number;
  loadMs: number;
  /** characters produced: a check that the parser did the work */
  chars: number;
  failed: number;
}

const require = createRequire(import.meta.url);

export function cmapDir(): string {
  return join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export async function runBaseline(kind: BaselineKind, files: string[]): Promise<BaselineResult> {
  const l0 = performance.now();
  let one: (bytes: Buffer) => Promise<number>;
  if (kind === 'text') {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
    const jieba = Jieba.withDict(dict); // dictionaries, as a worker would at start
    one = async (bytes) => {
      const text = decode(bytes);
      const words = jieba.cut(text, true);
      return words.length ? text.length : 0;
    };
  } else if (kind === 'pdf' || kind === 'pdf-kept') {
    const { PDFParse } = await import('pdf-parse');
    if (kind === 'pdf-kept') await (await import('../../src/ingest/pdf-worker.js')).loadPdfWorker();
    const cMapUrl = cmapDir();
    one = async (bytes) => {
      const parser = new PDFParse({ data: new Uint8Array(bytes), cMapUrl, cMapPacked: true });
      try {
        return (await parser.getText()).text.length;
      } finally {
        await parser.destroy();
      }
    };
  } else {
    const mammoth = (await import('mammoth')).default;
    one = async (bytes) => (await mammoth.convertToHtml({ buffer: bytes })).value.length;
  }
  const loadMs = performance.now() - l0;
  let bytes = 0;
  let chars = 0;
  let failed = 0;
  const t0 = performance.now();
  for (const f of files) {
    const b = readFileSync(f);
    bytes += b.length;
    try {
      chars += await one(b);
    } catch {
      failed++;
    }
  }
  return { kind, docs: files.length, bytes, ms: performance.now() - t0, loadMs, chars, failed };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [kind, list] = process.argv.slice(2);
  if (!BASELINE_KINDS.includes(kind as BaselineKind) || !list) {
    process.stderr.write(`usage: baselines.js <${BASELINE_KINDS.join('|')}> <file-list.json>\n`);
    process.exit(2);
  }
  const files = JSON.parse(readFileSync(list, 'utf8')) as string[];
  const r = await runBaseline(kind as BaselineKind, files);
  process.stdout.write(JSON.stringify(r) + '\n');
}
