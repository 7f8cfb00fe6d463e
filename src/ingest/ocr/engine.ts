// The OCR engine interface: one image in, lines with boxes and confidences out. Engines:
// tesseract.js (default: WebAssembly, Simplified Chinese data from an npm package, offline) and
// the tesseract command (when installed with chi_sim data). GONGWEN_OCR chooses: "tesseract.js",
// "tesseract" (the command), "off".

/** A recognised line, in the image's pixels. */
export interface OcrLine {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** 0–1 */
  confidence: number;
}

export interface OcrEngine {
  readonly name: string;
  /** `image`: PNG bytes (already preprocessed) */
  recognize(image: Buffer): Promise<OcrLine[]>;
  close(): Promise<void>;
}

/** Tesseract puts spaces between Chinese characters: only spaces between two Latin/digit runs are kept. */
export function cleanOcrText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/(?<=[^A-Za-z0-9.,%]) | (?=[^A-Za-z0-9.,%])/g, '')
    .trim();
}
