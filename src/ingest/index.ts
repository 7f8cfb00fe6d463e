// ingestFile: read a file, decide its format from the bytes, hand it to the format's reader.
// Every failure is an IngestError(path, reason) with one clear line for the user.
import { readFile, stat } from 'node:fs/promises';
import { IngestError, type IngestResult } from '../types.js';
import { detectFormat, isMarkdownName, looksLikeMarkdown } from './detect.js';
import { readDoc } from './doc.js';
import { readDocx, DOCX_DEFAULTS } from './docx.js';
import { FormatFailure, fmtMB, MB } from './errors.js';
import { readHtml } from './html.js';
import { readImage } from './image.js';
import { ocrPages, stderrProgress } from './ocr/index.js';
import { readOfd } from './ofd.js';
import { readPdf } from './pdf.js';
import { centralNames } from './zip-entries.js';
import { readText } from './text.js';

export interface IngestOptions {
  /** refuse files larger than this many bytes (default 200 MB); also bounds a DOCX's expanded size */
  maxBytes?: number;
  /** refuse PDFs with more pages than this (default 2000) */
  maxPages?: number;
}

export const DEFAULT_MAX_BYTES = 200 * MB;
export const DEFAULT_MAX_PAGES = 2000;

export { detectFormat } from './detect.js';
export { decodeText } from './text.js';
export type { PdfLine } from './pdf.js';
export { isPdfLine } from './pdf.js';

function ioReason(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'unreadable: no such file';
    case 'EACCES':
    case 'EPERM':
      return 'unreadable: permission denied';
    case 'EISDIR':
      return 'unreadable: is a directory';
    default:
      return `unreadable: ${e.code ?? ''} ${e.message}`.trim();
  }
}

function isOfd(path: string, buf: Buffer): boolean {
  const names = centralNames(buf);
  return names ? names.some((n) => n.toLowerCase() === 'ofd.xml') : /\.ofd$/i.test(path);
}

/** A web page: by its name, or a text file that opens with a doctype or <html>. */
function looksLikeHtml(path: string, buf: Buffer): boolean {
  if (/\.(html?|shtml|xhtml)$/i.test(path)) return true;
  const head = buf.subarray(0, 1024).toString('latin1').replace(/^(\xef\xbb\xbf|\s|<!--[\s\S]*?-->)+/, '').toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

export async function ingestFile(path: string, bytes?: Buffer, opts: IngestOptions = {}): Promise<IngestResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
  let buf: Buffer;
  if (bytes) buf = bytes;
  else {
    try {
      const st = await stat(path);
      if (st.isDirectory()) throw new IngestError(path, 'unreadable: is a directory');
      if (st.size > maxBytes) throw new IngestError(path, `refused: file is ${fmtMB(st.size)} MB, more than the limit of ${fmtMB(maxBytes)} MB`);
      buf = await readFile(path);
    } catch (e) {
      if (e instanceof IngestError) throw e;
      throw new IngestError(path, ioReason(e as NodeJS.ErrnoException));
    }
  }
  if (buf.length > maxBytes) throw new IngestError(path, `refused: file is ${fmtMB(buf.length)} MB, more than the limit of ${fmtMB(maxBytes)} MB`);
  try {
    const d = detectFormat(path, buf);
    switch (d.format) {
      case 'pdf':
        return await readPdf(d.offset ? buf.subarray(d.offset) : buf, { maxPages });
      case 'docx':
        // an OFD is a zip too: its root names OFD.xml
        // (a zip too damaged to list is taken by its name)
        if (isOfd(path, buf))
          return await readOfd(buf, {
            maxPages,
            limits: { maxUncompressed: Math.min(DOCX_DEFAULTS.maxUncompressed, maxBytes), maxRatio: DOCX_DEFAULTS.maxRatio },
            ocr: (pages) => ocrPages(pages, stderrProgress(path)),
          });
        return await readDocx(buf, { ...DOCX_DEFAULTS, maxUncompressed: Math.min(DOCX_DEFAULTS.maxUncompressed, maxBytes) });
      case 'image':
        return await readImage(buf, path);
      case 'doc':
      case 'wps':
        return await readDoc(buf, d.format);
      default: {
        if (looksLikeHtml(path, buf)) return await readHtml(buf);
        const isMd = isMarkdownName(path);
        const r = readText(buf, isMd);
        // a text file under another name that is clearly Markdown is read as Markdown
        if (!isMd && !/\.txt$/i.test(path) && looksLikeMarkdown(r.lines.map((l) => l.text).join('\n'))) return readText(buf, true);
        return r;
      }
    }
  } catch (e) {
    if (e instanceof IngestError) throw e;
    if (e instanceof FormatFailure) throw new IngestError(path, e.reason);
    const err = e as Error;
    throw new IngestError(path, `unexpected error while reading: ${err?.message ?? String(e)}`);
  }
}
