// DOCX via mammoth's HTML conversion (keeps headings). Before mammoth touches the zip we read
// the central directory with yauzl and refuse archives that would expand absurdly (zip bombs).
import yauzl from 'yauzl';
import type { IngestResult } from '../types.js';
import { htmlToLines } from './docx-html.js';
import { FormatFailure, fmtMB, MB } from './errors.js';

export interface DocxOptions {
  /** refuse when the entries' declared uncompressed sizes add up to more than this */
  maxUncompressed: number;
  /** refuse when an entry claims to expand more than this many times */
  maxRatio: number;
}

export const DOCX_DEFAULTS: DocxOptions = { maxUncompressed: 200 * MB, maxRatio: 500 };

interface ZipSummary {
  names: Set<string>;
  total: number;
  worstRatio: number;
  worstName: string;
}

function scanZip(buf: Buffer): Promise<ZipSummary> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) return reject(new FormatFailure(`not a DOCX: damaged zip archive (${err?.message ?? 'unreadable'})`));
      const s: ZipSummary = { names: new Set(), total: 0, worstRatio: 0, worstName: '' };
      zip.on('entry', (e: yauzl.Entry) => {
        s.names.add(e.fileName.replace(/\\/g, '/'));
        s.total += e.uncompressedSize;
        const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
        if (e.uncompressedSize > MB && ratio > s.worstRatio) {
          s.worstRatio = ratio;
          s.worstName = e.fileName;
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(s));
      zip.on('error', (e: Error) => reject(new FormatFailure(`not a DOCX: damaged zip archive (${e.message})`)));
      zip.readEntry();
    });
  });
}

export async function readDocx(buf: Buffer, opts: DocxOptions = DOCX_DEFAULTS): Promise<IngestResult> {
  const zip = await scanZip(buf);
  if (!zip.names.has('word/document.xml')) throw new FormatFailure('zip archive but not a DOCX (no word/document.xml)');
  if (zip.total > opts.maxUncompressed)
    throw new FormatFailure(`refused: DOCX expands to ${fmtMB(zip.total)} MB (zip bomb?); the limit is ${fmtMB(opts.maxUncompressed)} MB`);
  if (zip.worstRatio > opts.maxRatio)
    throw new FormatFailure(`refused: DOCX entry ${zip.worstName} expands ${Math.round(zip.worstRatio)} times (zip bomb?)`);
  let html: string;
  try {
    // loaded on the first DOCX only: mammoth costs ~300 ms of start-up that a .txt never needs
    const { default: mammoth } = await import('mammoth');
    html = (await mammoth.convertToHtml({ buffer: buf })).value;
  } catch (e) {
    throw new FormatFailure(`damaged DOCX: ${(e as Error).message?.split('\n')[0] ?? String(e)}`);
  }
  const lines = htmlToLines(html);
  if (!lines.length) throw new FormatFailure('DOCX has no text');
  return { format: 'docx', lines, pageCount: null, encoding: null };
}
