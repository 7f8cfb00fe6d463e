// PLACEHOLDER until ingest lands: reads UTF-8 text only.
import { readFile } from 'node:fs/promises';
import type { IngestResult } from '../types.js';

export interface IngestOptions {
  /** refuse files larger than this many bytes */
  maxBytes?: number;
  /** refuse PDFs with more pages than this */
  maxPages?: number;
}

export async function ingestFile(path: string, bytes?: Buffer, _opts: IngestOptions = {}): Promise<IngestResult> {
  const buf = bytes ?? (await readFile(path));
  const lines = buf.toString('utf8').split(/\r?\n/).map((text) => ({ text, page: null, kind: 'para' as const }));
  return { format: 'txt', lines, pageCount: null, encoding: 'UTF-8' };
}
