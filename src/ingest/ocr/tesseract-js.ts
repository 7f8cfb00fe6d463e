// tesseract.js with the chi_sim data shipped by @tesseract.js-data/chi_sim: the language data is
// read from the package folder (langPath) and never cached or fetched (cacheMethod 'none').
import { createRequire } from 'node:module';
import path from 'node:path';
import { cleanOcrText, type OcrEngine, type OcrLine } from './engine.js';

const require = createRequire(import.meta.url);

/** "best_int" (LSTM only, 1.7 MB) reads these pages better and faster than the 20 MB 4.0.0 data. */
export const CHI_SIM_DIR = path.join(path.dirname(require.resolve('@tesseract.js-data/chi_sim/package.json')), process.env.GONGWEN_OCR_DATA ?? '4.0.0_best_int');

export async function tesseractJs(): Promise<OcrEngine> {
  const { createWorker, OEM, PSM } = await import('tesseract.js');
  const worker = await createWorker('chi_sim', OEM.LSTM_ONLY, { langPath: CHI_SIM_DIR, cacheMethod: 'none', gzip: true, logger: () => undefined, errorHandler: () => undefined });
  // one column of text of varying sizes (PSM 4), as 公文 are: the automatic layout (PSM 3) cut the
  // lines of scanned pages into pieces (README: OCR measurements)
  // debug_file: Tesseract's 'Estimating resolution' and 'Detected N diacritics' go nowhere, not to stderr
  await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_COLUMN, preserve_interword_spaces: '1', debug_file: '/dev/null' } as any);
  return {
    name: 'tesseract.js',
    async recognize(image: Buffer): Promise<OcrLine[]> {
      const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
      const out: OcrLine[] = [];
      for (const b of data.blocks ?? [])
        for (const p of b.paragraphs)
          for (const l of p.lines) {
            const text = cleanOcrText(l.text);
            if (text) out.push({ text, x0: l.bbox.x0, y0: l.bbox.y0, x1: l.bbox.x1, y1: l.bbox.y1, confidence: l.confidence / 100 });
          }
      return out;
    },
    async close() {
      await worker.terminate();
    },
  };
}
