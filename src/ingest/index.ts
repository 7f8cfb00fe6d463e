// ingestFile: read a file, decide its format from the bytes, hand it to the format's reader.
// Every failure is an IngestError(path, reason) with one clear line for the user.
import { readFile, stat } from 'node:fs/promises';
import type { IngestResult } from '../types.js';
import { detectFormat, isMarkdownName, looksLikeMarkdown } from './detect.js';
import { FormatFailure, IngestError, fmtMB } from './errors.js';
import { readText } from './text.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_MAX_TEXT_BYTES } from './limits.js';

export { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_MAX_TEXT_BYTES };

export interface IngestOptions {
  /**
   * refuse files larger than this many bytes, of any format; also bounds a DOCX's expanded size
   * and a PDF's decompressed streams. Unset: the defaults below, by format.
   */
  maxBytes?: number;
  /** refuse PDFs with more pages than this (default 2000) */
  maxPages?: number;
}


const tooLarge = (n: number, limit: number, what = 'file'): string =>
  `refused: ${what} is ${fmtMB(n)} MB, more than the limit of ${fmtMB(limit)} MB (raise it with --max-bytes)`;

export { detectFormat } from './detect.js';
export { decodeText } from './text.js';
export type { PdfLine } from './pdf.js';
// The other readers are imported when a file of their format comes: a cold `gongwen extract` of a
// text file spent ~50 ms of CPU loading the PDF, OCR, OFD, DOCX, HTML and DOC readers' modules.

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

async function isOfd(path: string, buf: Buffer): Promise<boolean> {
  const { centralNames } = await import('./zip-entries.js');
  const names = centralNames(buf);
  return names ? names.some((n) => n.toLowerCase() === 'ofd.xml') : /\.ofd$/i.test(path);
}

/** A web page: by its name, or a text file that opens with a doctype or <html>. */
export function looksLikeHtml(path: string, buf: Buffer): boolean {
  if (/\.(html?|shtml|xhtml)$/i.test(path)) return true;
  const head = buf.subarray(0, 1024).toString('latin1').replace(/^(\xef\xbb\xbf|\s|<!--[\s\S]*?-->)+/, '').toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

export async function ingestFile(path: string, bytes?: Buffer, opts: IngestOptions = {}): Promise<IngestResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxText = opts.maxBytes ?? DEFAULT_MAX_TEXT_BYTES;
  const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
  let buf: Buffer;
  if (bytes) buf = bytes;
  else {
    try {
      const st = await stat(path);
      if (st.isDirectory()) throw new IngestError(path, 'unreadable: is a directory');
      if (st.size > maxBytes) throw new IngestError(path, tooLarge(st.size, maxBytes));
      buf = await readFile(path);
    } catch (e) {
      if (e instanceof IngestError) throw e;
      throw new IngestError(path, ioReason(e as NodeJS.ErrnoException));
    }
  }
  if (buf.length > maxBytes) throw new IngestError(path, tooLarge(buf.length, maxBytes));
  try {
    const d = detectFormat(path, buf);
    switch (d.format) {
      case 'pdf': {
        const { readPdf } = await import('./pdf.js');
        return await readPdf(d.offset ? buf.subarray(d.offset) : buf, { maxPages, ...(opts.maxBytes ? { maxInflated: opts.maxBytes } : {}) });
      }
      case 'docx': {
        const { readDocx, DOCX_DEFAULTS } = await import('./docx.js');
        // an OFD is a zip too: its root names OFD.xml
        // (a zip too damaged to list is taken by its name)
        if (await isOfd(path, buf)) {
          const { readOfd } = await import('./ofd.js');
          const { ocrPages, stderrProgress } = await import('./ocr/index.js');
          return await readOfd(buf, {
            maxPages,
            limits: { maxUncompressed: Math.min(DOCX_DEFAULTS.maxUncompressed, maxBytes), maxRatio: DOCX_DEFAULTS.maxRatio },
            ocr: (pages) => ocrPages(pages, stderrProgress(path)),
          });
        }
        return await readDocx(buf, {
          ...DOCX_DEFAULTS,
          maxUncompressed: Math.min(DOCX_DEFAULTS.maxUncompressed, maxBytes),
          maxXml: opts.maxBytes ?? DOCX_DEFAULTS.maxXml,
        });
      }
      case 'image': {
        const { readImage } = await import('./image.js');
        return await readImage(buf, path);
      }
      case 'doc':
      case 'wps': {
        const { readDoc } = await import('./doc.js');
        return await readDoc(buf, d.format);
      }
      default: {
        if (buf.length > maxText) throw new IngestError(path, tooLarge(buf.length, maxText, 'text file'));
        if (looksLikeHtml(path, buf)) {
          const { readHtml } = await import('./html.js');
          return await readHtml(buf);
        }
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
