// PDF via pdf-parse 2 (pdf.js). We read pdf.js text items with their positions so that the
// normaliser can tell a line broken by the layout from a paragraph end, and a page-edge line
// (page number, running header/footer) from body text.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFParse as PDFParseT } from 'pdf-parse';
import type { IngestResult, SourceLine } from '../types.js';
import { FormatFailure, fmtMB, MB } from './errors.js';
import { loadKeepingNatives } from './keep-natives.js';
import { FEW_CHARS, ocrPdfPages, pagesNeedingOcr, paintsImage, unmappedShare, type PageText } from './pdf-ocr.js';
import { engineName } from './ocr/index.js';
import { endInflateBudget, loadPdfWorker, startInflateBudget, type InflateBudget } from './pdf-worker.js';

const require = createRequire(import.meta.url);
/** pdf.js's packed CMaps: without them CID fonts (STSong-Light, UniGB-UCS2-H) give empty text. */
export const CMAP_URL = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + path.sep;
const STANDARD_FONTS_URL = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;

/** A PDF line with the geometry the normaliser uses (all in PDF points, y from the top). */
export interface PdfLine extends SourceLine {
  page: number;
  x: number;
  right: number;
  top: number;
  size: number;
  /** its glyphs were set spaced out at one pitch and are joined here (see letterSpaced) */
  letterSpaced?: boolean;
  /** 'top' / 'bottom' for the first / last text line of its page. */
  edge?: 'top' | 'bottom';
  pageWidth: number;
  pageHeight: number;
}

export function isPdfLine(l: SourceLine): l is PdfLine {
  return typeof (l as PdfLine).x === 'number' && typeof (l as PdfLine).right === 'number';
}

export interface Item {
  str: string;
  x: number;
  y: number; // from the top
  w: number;
  size: number;
}

const isWordChar = (c: string | undefined): boolean => !!c && /[A-Za-z0-9]/.test(c);

/**
 * A letter-spaced line (2 0 2 5 年 3 月 1 4 日, 临 江 市 总 工 会 under a signature): four or more
 * single glyphs set at one even pitch, whether the producer wrote the spacing as gaps or as space
 * items. Its text is the glyphs joined; null for any other line. Uneven gaps (two issuers side by
 * side, each letter-spaced) are not one run and are left to the gap rule.
 */
function letterSpaced(row: Item[]): string | null {
  const glyphs = row.filter((i) => i.str.trim());
  if (glyphs.length < 4 || glyphs.length < row.length / 2 || !glyphs.every((i) => [...i.str.trim()].length === 1)) return null;
  const gaps = glyphs.slice(1).map((g, k) => g.x - (glyphs[k]!.x + glyphs[k]!.w));
  const size = Math.max(...glyphs.map((g) => g.size));
  const lo = Math.min(...gaps);
  const hi = Math.max(...gaps);
  if (lo < 0.2 * size || hi - lo > 0.3 * size) return null;
  return glyphs.map((g) => g.str.trim()).join('');
}

export function itemsToLines(items: Item[], page: number, pageWidth: number, pageHeight: number): PdfLine[] {
  // group by baseline: items within 40% of the font size vertically share a line
  const rows: Item[][] = [];
  for (const it of items) {
    const tol = Math.max(2, it.size * 0.4);
    const row = rows.find((r) => Math.abs(r[0]!.y - it.y) <= tol);
    if (row) row.push(it);
    else rows.push([it]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const spaced = letterSpaced(row);
    let text = spaced ?? '';
    let lastRight: number | undefined;
    for (const it of text ? [] : row) {
      if (lastRight !== undefined && text && !/\s$/.test(text) && !/^\s/.test(it.str)) {
        const gap = it.x - lastRight;
        // a visible gap between two Latin/digit runs is a word space; between CJK it is layout
        if (gap > it.size * 0.25 && isWordChar(text.at(-1)) && isWordChar(it.str[0])) text += ' ';
        else if (gap > it.size * 1.5) text += ' ';
      }
      text += it.str;
      lastRight = it.x + it.w;
    }
    if (!text.trim()) continue;
    const x = Math.min(...row.filter((i) => i.str.trim()).map((i) => i.x));
    const right = Math.max(...row.map((i) => i.x + i.w));
    const size = Math.max(...row.map((i) => i.size));
    lines.push({ text, page, kind: 'para', x, right, top: row[0]!.y, size, pageWidth, pageHeight, ...(spaced ? { letterSpaced: true } : {}) });
  }
  // reading order: top to bottom (government documents are single-column)
  lines.sort((a, b) => a.top - b.top || a.x - b.x);
  if (lines.length) {
    lines[0]!.edge = 'top';
    if (lines.length > 1) lines[lines.length - 1]!.edge = 'bottom';
  }
  return lines;
}

function classify(e: unknown): string {
  const err = e as { name?: string; message?: string };
  const name = err?.name ?? '';
  const msg = (err?.message ?? String(e)).replace(/\s+/g, ' ').trim();
  if (name === 'PasswordException' || /password/i.test(msg)) return 'encrypted PDF (password required)';
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException' || /Invalid PDF|XRef|startxref|trailer|stream|EOF|bad/i.test(msg))
    return `corrupt or truncated PDF: ${msg || name}`;
  return `corrupt or unreadable PDF: ${msg || name}`;
}

export interface PdfOptions {
  maxPages: number;
  /** decompressed bytes of the document's streams (content, fonts) beyond which it is refused */
  maxInflated?: number;
}

/** A bulletin's streams inflate to a few MB; a text PDF of 2,000 pages to ~100 MB. */
export const DEFAULT_MAX_INFLATED = 256 * MB;

function checkBudget(b: InflateBudget): void {
  // pdf.js may catch the error inside a page and go on with partial text: the flag decides
  if (b.exceeded) throw new FormatFailure(`refused: PDF streams decompress to more than ${fmtMB(b.limit)} MB (a decompression bomb?)`);
}

// pdf-parse (pdf.js, ~300 ms to load) is loaded on the first PDF only: `gongwen extract x.txt`
// and a batch without PDFs never pay for it.
let pdfParse: Promise<typeof PDFParseT> | null = null;
/** the built-ins pdf.js's polyfills replaced and loadPdfParse put back (for the tests) */
export let restoredNatives: string[] = [];
export function loadPdfParse(): Promise<typeof PDFParseT> {
  // the worker is loaded here, not by pdf.js at the first document, so that its own core-js is
  // also loaded inside loadKeepingNatives
  pdfParse ??= loadKeepingNatives(async () => {
    const mod = await import('pdf-parse');
    await loadPdfWorker();
    return mod;
  }).then(({ value, restored }) => {
    restoredNatives = restored;
    return value.PDFParse;
  });
  return pdfParse;
}

export async function readPdf(data: Buffer, opts: PdfOptions): Promise<IngestResult> {
  const PDFParse = await loadPdfParse();
  const budget = startInflateBudget(opts.maxInflated ?? DEFAULT_MAX_INFLATED);
  try {
    return await readPdfPages(PDFParse, data, opts, budget);
  } finally {
    endInflateBudget();
  }
}

async function readPdfPages(PDFParse: typeof PDFParseT, data: Buffer, opts: PdfOptions, budget: InflateBudget): Promise<IngestResult> {
  const parser = new PDFParse({
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice(),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_URL,
    verbosity: 0,
    stopAtErrors: false,
  });
  try {
    let doc: any;
    try {
      // the loaded PDFDocumentProxy: its page count needs no page read, and we read text items
      // with their positions ourselves (pdf-parse's getInfo() would also fetch the metadata,
      // outline, permissions and page labels, none of which we use)
      doc = await (parser as unknown as { load(): Promise<any> }).load();
      if (doc.numPages > opts.maxPages)
        throw new FormatFailure(`refused: PDF has ${doc.numPages} pages, more than the limit of ${opts.maxPages} (maxPages)`);
    } catch (e) {
      if (e instanceof FormatFailure) throw e;
      checkBudget(budget);
      throw new FormatFailure(classify(e));
    }
    const numPages: number = doc.numPages;
    if (numPages === 0) throw new FormatFailure('corrupt or truncated PDF: no pages');
    let lines: PdfLine[] = [];
    const pageTexts: PageText[] = [];
    const sizes = new Map<number, { w: number; h: number }>();
    let textChars = 0;
    let pageErrors = 0;
    let firstPageError = '';
    for (let n = 1; n <= numPages; n++) {
      let page: any;
      try {
        page = await doc.getPage(n);
        const vp = page.getViewport({ scale: 1 });
        const tc = await page.getTextContent();
        const items: Item[] = [];
        for (const it of tc.items as any[]) {
          if (typeof it.str !== 'string' || it.str === '') continue;
          const [x, yv] = vp.convertToViewportPoint(it.transform[4], it.transform[5]);
          const size = Math.hypot(it.transform[2], it.transform[3]) || it.height || 10;
          items.push({ str: it.str, x, y: yv, w: it.width, size });
        }
        const pl = itemsToLines(items, n, vp.width, vp.height);
        for (const l of pl) textChars += l.text.replace(/\s/g, '').length;
        const pageText = pl.map((l) => l.text).join('');
        const chars = pageText.replace(/\s/g, '').length;
        pageTexts.push({ page: n, chars, unmapped: unmappedShare(pageText), image: chars < FEW_CHARS ? await paintsImage(page) : false });
        sizes.set(n, { w: vp.width, h: vp.height });
        lines.push(...pl);
        checkBudget(budget);
      } catch (e) {
        if (e instanceof FormatFailure) throw e;
        checkBudget(budget);
        pageErrors++;
        if (!firstPageError) firstPageError = `page ${n}: ${classify(e)}`;
      } finally {
        page?.cleanup?.();
      }
    }
    if (pageErrors === numPages) throw new FormatFailure(firstPageError || 'corrupt or truncated PDF');
    // scanned pages (no text layer, or glyphs without Unicode) are read by OCR when it is on
    const scanned = pagesNeedingOcr(pageTexts);
    if (scanned.length) {
      const read = await ocrPdfPages(parser, scanned, sizes);
      if (read) {
        const ocrSet = new Set(scanned);
        lines = [...lines.filter((l) => !ocrSet.has(l.page)), ...read.lines].sort((a, b) => a.page - b.page);
        if (!lines.length)
          throw new FormatFailure(
            `no text layer (scanned image?): needs OCR, and OCR (${read.info.engine}) found no text on ${scanned.length} page${scanned.length > 1 ? 's' : ''}${read.notes.length ? ` (${read.notes[0]})` : ''}`,
          );
        return { format: 'pdf', lines, pageCount: numPages, encoding: null, ocr: read.info.pages.length ? read.info : null, notes: read.notes };
      }
    }
    if (textChars === 0)
      throw new FormatFailure(
        `no text layer (scanned image?): needs OCR (${numPages} page${numPages > 1 ? 's' : ''}, no text; ${engineName() === 'off' ? 'OCR is off: GONGWEN_OCR=off' : 'and no image on them for OCR to read'})`,
      );
    return { format: 'pdf', lines, pageCount: numPages, encoding: null };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
