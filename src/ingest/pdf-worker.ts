// Under Node, pdf.js runs its "worker" in this thread (a fake worker) and uses the one on
// globalThis.pdfjsWorker when it is set. For every document pdf.js re-parses the built-in CMaps
// of a non-embedded CID font (STSong-Light with UniGB-UCS2-H and Adobe-GB1-UCS2, the usual case
// in government PDFs) and rebuilds from them the font's code→Unicode and code→glyph tables,
// tens of thousands of entries each: about 80% of its time on such a PDF. Those tables are pure
// functions of the CMap files shipped with pdfjs-dist, so gongwen's pdf.js worker keeps them for the
// life of the thread and shares them with every document (a table is copied only when pdf.js
// amends it: copying both tables for every document cost ~1 of its ~10 ms). pdf.js has no hook
// for this: the worker file is patched when the package is installed
// (patches/pdfjs-dist+5.4.296.patch, applied by patch-package in `postinstall`; pdf-parse is
// pinned to an exact version, and it pins pdfjs-dist).
// The patch, edit by edit:
//  - a built-in CMap is parsed once per thread, not once per document (createBuiltInCMap);
//  - a CID font's code→Unicode table depends only on its built-in CMap and the UCS2 CMap of its
//    ordering: kept, keyed by the parsed CMap, which is itself kept (gwToUnicode);
//  - a code→Unicode map shares its cached table until pdf.js amends it (amend copies it first and
//    drops its key);
//  - a non-embedded composite font's code→glyph table depends only on its code→Unicode table:
//    kept, keyed by the cached code→Unicode table (gwFontChar);
//  - decompressed bytes are counted against the budget of the document being read
//    (globalThis.gwPdfInflateBudget, set by startInflateBudget below).
// When the patch is missing (installed with --ignore-scripts, or another pdf.js), the stock worker
// reads the same text, slower, and `pdfWorkerState()` says why.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));
/** the worker pdf-parse's pdf.js (the legacy build) loads: the file the install patches */
export const STOCK_WORKER = path.join(PDFJS_DIR, 'legacy', 'build', 'pdf.worker.mjs');

/** a line only the patched worker has */
export const PATCH_MARKER = 'const gwBuiltInCMaps = new Map();';

export type PdfWorkerState = { edited: true; file: string } | { edited: false; reason: string };
let state: PdfWorkerState | null = null;

/** Whether a worker source carries the install-time patch (a Buffer: the file's 2 MB are not
 * decoded to a string, ~10 ms at every first PDF, only searched). */
export function patchState(source: string | Buffer, file: string): PdfWorkerState {
  return source.includes(PATCH_MARKER)
    ? { edited: true, file }
    : { edited: false, reason: `${file} is not patched (run \`npx patch-package\` or \`npm install\` without --ignore-scripts)` };
}

/** Loads pdf.js's worker (patched at install) and hands it to pdf.js through globalThis. */
export async function loadPdfWorker(file: string = STOCK_WORKER): Promise<PdfWorkerState> {
  try {
    state = patchState(readFileSync(file), file);
  } catch (e) {
    state = { edited: false, reason: (e as Error).message };
  }
  const mod = (await import(pathToFileURL(file).href)) as { WorkerMessageHandler: unknown };
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = { WorkerMessageHandler: mod.WorkerMessageHandler };
  return state;
}

/** Which worker this thread's pdf.js runs, and why (null before the first PDF). */
export function pdfWorkerState(): PdfWorkerState | null {
  return state;
}

/** The budget of decompressed bytes the patched worker counts for the document being read
 * (the patch's last edit, in pdf.js's DecodeStream.ensureBuffer: a small PDF whose streams
 * inflate to gigabytes fails there). */
export interface InflateBudget {
  limit: number;
  used: number;
  exceeded: boolean;
}

/** Starts counting a document's decompressed bytes (one document at a time per thread). */
export function startInflateBudget(limit: number): InflateBudget {
  const b: InflateBudget = { limit, used: 0, exceeded: false };
  (globalThis as { gwPdfInflateBudget?: InflateBudget }).gwPdfInflateBudget = b;
  return b;
}

export function endInflateBudget(): void {
  delete (globalThis as { gwPdfInflateBudget?: InflateBudget }).gwPdfInflateBudget;
}
