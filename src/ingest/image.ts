// A scanned page as a PNG or JPEG file: one page, read by OCR (named explicitly: directory walks
// do not pick up images, which are more often logos and photos than documents).
import type { IngestResult } from '../types.js';
import { FormatFailure } from './errors.js';
import { engineName, ocrPages, stderrProgress } from './ocr/index.js';

const A4_WIDTH_PT = 595.28;

export async function readImage(buf: Buffer, path: string): Promise<IngestResult> {
  const kind = buf[0] === 0x89 ? 'PNG' : 'JPEG';
  if (engineName() === 'off') throw new FormatFailure(`${kind} image: needs OCR, and OCR is off (GONGWEN_OCR=off)`);
  const { loadImage } = await import('@napi-rs/canvas');
  let size: { width: number; height: number };
  try {
    size = await loadImage(buf);
  } catch (e) {
    throw new FormatFailure(`damaged ${kind} image: ${(e as Error).message}`);
  }
  // the page is taken as A4-wide: only the proportions matter to the line geometry
  const heightPt = (A4_WIDTH_PT * size.height) / size.width;
  const read = await ocrPages([{ page: 1, image: buf, widthPt: A4_WIDTH_PT, heightPt }], stderrProgress(path));
  if (!read?.lines.length) throw new FormatFailure(`${kind} image: OCR (${read?.info.engine ?? 'off'}) found no text${read?.notes.length ? ` (${read.notes[0]})` : ''}`);
  return { format: 'image', lines: read.lines, pageCount: 1, encoding: null, ocr: read.info };
}
