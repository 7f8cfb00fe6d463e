// OCR of page images: chooses the engine, prepares each image (red channel; the red head read
// apart from red ink), turns the engine's lines into positioned lines for the normaliser and
// reports { engine, pages, confidence } for document.ocr.
import type { OcrInfo } from '../../types.js';
import { itemsToLines, type Item, type PdfLine } from '../pdf.js';
import type { OcrEngine, OcrLine } from './engine.js';
import { applyFixes } from './fixes.js';
import { decodeImage, inkShare, redChannel, redInk, redRows } from './image.js';
import { tesseractCli, tesseractCliAvailable } from './tesseract-cli.js';
import { tesseractJs } from './tesseract-js.js';

export type { OcrEngine, OcrLine } from './engine.js';

export interface PageImage {
  page: number;
  /** PNG or JPEG bytes */
  image: Buffer;
  widthPt: number;
  heightPt: number;
}

export type EngineName = 'tesseract.js' | 'tesseract' | 'off';

export function engineName(): EngineName {
  const e = (process.env.GONGWEN_OCR ?? 'tesseract.js').toLowerCase();
  if (e === 'off' || e === 'none' || e === '0') return 'off';
  if (e === 'tesseract' || e === 'tesseract-cli') return 'tesseract';
  return 'tesseract.js';
}

export async function openEngine(name: EngineName = engineName()): Promise<OcrEngine | null> {
  if (name === 'off') return null;
  if (name === 'tesseract') {
    const cmd = await tesseractCliAvailable();
    if (!cmd) throw new Error('GONGWEN_OCR=tesseract but the tesseract command with chi_sim data is not installed');
    return tesseractCli(cmd);
  }
  return tesseractJs();
}

/** One page: the red channel first; rows above its first line that hold red ink are read from the red ink alone. */
export async function recognizePage(engine: OcrEngine, bytes: Buffer): Promise<{ lines: OcrLine[]; width: number; height: number }> {
  const img = await decodeImage(bytes);
  if (inkShare(img) < 0.002) return { lines: [], width: img.width, height: img.height };
  const body = (await engine.recognize(await redChannel(img))).filter(keep);
  const firstTop = body.length ? Math.min(...body.map((l) => l.y0)) : img.height;
  const red = redRows(img, 0, firstTop - 2);
  let head: OcrLine[] = [];
  if (red.length >= 8) {
    const y0 = Math.max(0, red[0]! - 10);
    const y1 = Math.min(firstTop - 1, red.at(-1)! + 10);
    const pad = 40;
    head = (await engine.recognize(await redInk(img, y0, y1, pad))).filter(keep).map((l) => ({ ...l, y0: l.y0 + y0 - pad, y1: l.y1 + y0 - pad }));
  }
  const lines = [...head, ...body].map((l) => ({ ...l, text: applyFixes(l.text) }));
  return { lines, width: img.width, height: img.height };
}

/** Specks, rules and seal fragments come out as short low-confidence lines. */
function keep(l: OcrLine): boolean {
  const n = [...l.text.replace(/\s/g, '')].length;
  if (!/[\p{L}\p{N}]/u.test(l.text)) return false;
  return l.confidence >= 0.5 || (n >= 3 && l.confidence >= 0.25);
}

/** Engine lines → positioned lines in points, as the PDF reader gives them. */
export function ocrToLines(lines: OcrLine[], page: number, width: number, height: number, widthPt: number, heightPt: number): PdfLine[] {
  const sx = widthPt / width;
  const sy = heightPt / height;
  const items: Item[] = lines.map((l) => ({ str: l.text, x: l.x0 * sx, y: l.y1 * sy, w: (l.x1 - l.x0) * sx, size: Math.max(4, (l.y1 - l.y0) * sy) }));
  return itemsToLines(items, page, widthPt, heightPt);
}

export interface OcrResult {
  lines: PdfLine[];
  info: OcrInfo;
  /** pages whose image could not be read (an image format the canvas does not decode, a damaged one) */
  notes: string[];
}

/** Reads the pages; `progress` is told each page as it is done. Null when OCR is off. */
export async function ocrPages(pages: PageImage[], progress?: (done: number, total: number, page: number) => void): Promise<OcrResult | null> {
  const engine = await openEngine();
  if (!engine) return null;
  try {
    const lines: PdfLine[] = [];
    let chars = 0;
    let weighted = 0;
    const notes: string[] = [];
    const read: number[] = [];
    for (const [i, p] of pages.entries()) {
      let r: Awaited<ReturnType<typeof recognizePage>>;
      try {
        r = await recognizePage(engine, p.image);
      } catch (e) {
        notes.push(`page ${p.page}: OCR could not read its image (${(e as Error).message.split('\n')[0]})`);
        continue;
      }
      read.push(p.page);
      for (const l of r.lines) {
        const n = l.text.replace(/\s/g, '').length;
        chars += n;
        weighted += n * l.confidence;
      }
      lines.push(...ocrToLines(r.lines, p.page, r.width, r.height, p.widthPt, p.heightPt));
      progress?.(i + 1, pages.length, p.page);
    }
    const confidence = chars ? Math.round((weighted / chars) * 1000) / 1000 : 0;
    return { lines, info: { engine: engine.name, pages: read, confidence }, notes };
  } finally {
    await engine.close();
  }
}

/** Progress to stderr, one line a page, when stderr is a terminal (or GONGWEN_OCR_PROGRESS=1). */
export function stderrProgress(file: string): ((done: number, total: number, page: number) => void) | undefined {
  if (!process.stderr.isTTY && process.env.GONGWEN_OCR_PROGRESS !== '1') return undefined;
  return (done, total, page) => process.stderr.write(`ocr ${file}: page ${page} (${done}/${total})\n`);
}
