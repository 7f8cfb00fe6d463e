// Which PDF pages need OCR, and reading them: a page with no text layer, or whose text is mostly
// glyphs without a Unicode mapping (U+FFFD, private use, controls), is rendered by pdf.js on
// @napi-rs/canvas at GONGWEN_OCR_DPI (150 by default: the best of 150/300 on our scans) and read
// by the OCR engine.
import { ocrPages, stderrProgress, type OcrResult } from './ocr/index.js';

const UNMAPPED = /[\uFFFD\uE000-\uF8FF\u0000-\u0008\u000e-\u001f]/gu;

/** Share of a page's non-space characters that are unmapped glyphs. */
export function unmappedShare(text: string): number {
  const t = text.replace(/\s/g, '');
  if (!t.length) return 0;
  return (t.match(UNMAPPED)?.length ?? 0) / [...t].length;
}

export interface PageText {
  page: number;
  chars: number;
  unmapped: number;
  /** the page paints an image (asked only of pages with a few characters) */
  image?: boolean;
}

/** Below this many characters, a page that paints an image is a scan with a stamp or watermark line. */
export const FEW_CHARS = 30;

/**
 * Pages to OCR: more than half unmapped glyphs, or no or a few characters over an image (a scan,
 * perhaps with a scanner app's stamp line). A page without text and without an image (blank, or
 * a damaged content stream) is not rendered: there is nothing for OCR to read.
 */
export function pagesNeedingOcr(pages: PageText[]): number[] {
  return pages.filter((p) => p.unmapped > 0.5 || (p.chars < FEW_CHARS && p.image)).map((p) => p.page);
}

/** pdf.js operator codes that paint an image (pdfjs-dist OPS: stable across versions). */
const IMAGE_OPS = new Set([82, 83, 84, 85, 86, 87, 88]);

/** Does the page paint an image? (its operator list; asked only of pages with few characters) */
export async function paintsImage(page: any): Promise<boolean> {
  try {
    const ops = await page.getOperatorList();
    return (ops.fnArray as number[]).some((f) => IMAGE_OPS.has(f));
  } catch {
    return false;
  }
}

/** Renders the pages with the parser that loaded the document and reads them; null when OCR is off. */
export async function ocrPdfPages(parser: any, pages: number[], sizes: Map<number, { w: number; h: number }>, file = 'PDF'): Promise<OcrResult | null> {
  const dpi = Number(process.env.GONGWEN_OCR_DPI ?? 150);
  const images = [];
  for (const page of pages) {
    const size = sizes.get(page) ?? { w: 595.28, h: 841.89 };
    const shot = await parser.getScreenshot({ partial: [page], desiredWidth: Math.round((size.w * dpi) / 72), imageDataUrl: false, imageBuffer: true });
    const data = shot.pages[0]?.data as Uint8Array | undefined;
    if (data?.length) images.push({ page, image: Buffer.from(data.buffer, data.byteOffset, data.byteLength), widthPt: size.w, heightPt: size.h });
  }
  return ocrPages(images, stderrProgress(file));
}
