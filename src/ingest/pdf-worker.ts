// Under Node, pdf.js runs its "worker" in this thread (a fake worker) and uses the one on
// globalThis.pdfjsWorker when it is set. gongwen loads that worker itself, from a copy of pdf.js's
// own source with the edits below, because for every document pdf.js re-parses the built-in CMaps
// of a non-embedded CID font (STSong-Light with UniGB-UCS2-H and Adobe-GB1-UCS2, the usual case
// in government PDFs) and rebuilds from them the font's code→Unicode and code→glyph tables,
// tens of thousands of entries each: about 80% of its time on such a PDF. Those tables are pure
// functions of the CMap files shipped with pdfjs-dist, so the edited worker keeps them for the life
// of the thread and hands each document a copy.
// pdf.js has no hook for this. Each edit must match its source exactly once; if one does not
// (another pdf.js version) the stock worker is loaded instead, correct and slower, and
// `pdfWorkerState()` says why.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface SourceEdit {
  why: string;
  find: string;
  replace: string;
}

export const WORKER_EDITS: readonly SourceEdit[] = [
  {
    why: 'a built-in CMap is parsed once per thread, not once per document',
    find: 'async function createBuiltInCMap(name, fetchBuiltInCMap) {\n  if (name === "Identity-H") {',
    replace: `const gwBuiltInCMaps = new Map();
function createBuiltInCMap(name, fetchBuiltInCMap) {
  if (name === "Identity-H" || name === "Identity-V" || !BUILT_IN_CMAPS.includes(name)) {
    return createBuiltInCMapUncached(name, fetchBuiltInCMap);
  }
  let cMap = gwBuiltInCMaps.get(name);
  if (!cMap) {
    cMap = createBuiltInCMapUncached(name, fetchBuiltInCMap);
    gwBuiltInCMaps.set(name, cMap);
    cMap.catch(() => gwBuiltInCMaps.delete(name));
  }
  return cMap;
}
async function createBuiltInCMapUncached(name, fetchBuiltInCMap) {
  if (name === "Identity-H") {`,
  },
  {
    why: 'the caches of the two tables below',
    find: '\nclass ToUnicodeMap {\n',
    replace: '\nconst gwToUnicode = new WeakMap();\nconst gwFontChar = new WeakMap();\nclass ToUnicodeMap {\n',
  },
  {
    why: 'a code→Unicode map that was amended no longer equals its cached source',
    find: '  amend(map) {\n    for (const charCode in map) {',
    replace: '  amend(map) {\n    this.gwKey = undefined;\n    for (const charCode in map) {',
  },
  {
    why: "a CID font's code→Unicode table depends only on its built-in CMap and the UCS2 CMap of its ordering",
    find: `      const ucs2CMapName = Name.get(\`\${registry}-\${ordering}-UCS2\`);
      const ucs2CMap = await CMapFactory.create({`,
    replace: `      const ucs2CMapName = Name.get(\`\${registry}-\${ordering}-UCS2\`);
      let gwByCMap = gwToUnicode.get(properties.cMap);
      const gwHit = gwByCMap?.get(ucs2CMapName.name);
      if (gwHit) {
        const gwMap = new ToUnicodeMap(gwHit.slice());
        gwMap.gwKey = gwHit;
        return gwMap;
      }
      const ucs2CMap = await CMapFactory.create({`,
  },
  {
    why: '(the table is kept, keyed by the parsed CMap, which is itself kept)',
    find: `          toUnicode[charcode] = String.fromCharCode(...buf);
        }
      });
      return new ToUnicodeMap(toUnicode);`,
    replace: `          toUnicode[charcode] = String.fromCharCode(...buf);
        }
      });
      if (properties.cMap.builtInCMap) {
        if (!gwByCMap) gwToUnicode.set(properties.cMap, gwByCMap = new Map());
        const gwKey = toUnicode.slice();
        gwByCMap.set(ucs2CMapName.name, gwKey);
        const gwMap = new ToUnicodeMap(toUnicode);
        gwMap.gwKey = gwKey;
        return gwMap;
      }
      return new ToUnicodeMap(toUnicode);`,
  },
  {
    why: "a non-embedded composite font's code→glyph table depends only on its code→Unicode table",
    find: `    } else {
      const glyphsUnicodeMap = getGlyphsUnicode();
      const map = [];
      this.toUnicode.forEach((charCode, unicodeCharCode) => {`,
    replace: `    } else if (this.composite && this.toUnicode.gwKey && gwFontChar.has(this.toUnicode.gwKey)) {
      this.toFontChar = gwFontChar.get(this.toUnicode.gwKey).slice();
    } else {
      const glyphsUnicodeMap = getGlyphsUnicode();
      const map = [];
      const gwKey = this.composite ? this.toUnicode.gwKey : undefined;
      this.toUnicode.forEach((charCode, unicodeCharCode) => {`,
  },
  {
    why: '(kept, keyed by the cached code→Unicode table)',
    find: `      this.toFontChar = map;
    }
    amendFallbackToUnicode(properties);`,
    replace: `      this.toFontChar = map;
      if (gwKey) {
        gwFontChar.set(gwKey, map.slice());
      }
    }
    amendFallbackToUnicode(properties);`,
  },
  {
    why: 'decompressed bytes are counted against the budget of the document being read (a small PDF whose streams inflate to gigabytes)',
    find: `    let size = this.minBufferLength;
    while (size < requested) {
      size *= 2;
    }
    const buffer2 = new Uint8Array(size);`,
    replace: `    let size = this.minBufferLength;
    while (size < requested) {
      size *= 2;
    }
    const gwBudget = globalThis.gwPdfInflateBudget;
    if (gwBudget) {
      gwBudget.used += size - buffer.byteLength;
      if (gwBudget.used > gwBudget.limit) {
        gwBudget.exceeded = true;
        throw new Error("decompressed data beyond the limit");
      }
    }
    const buffer2 = new Uint8Array(size);`,
  },
];

/** The budget of decompressed bytes the edited worker counts for the document being read. */
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

/** Applies every edit, each of which must match exactly once; the reason when one does not. */
export function editSource(source: string, edits: readonly SourceEdit[]): { source: string } | { failed: string } {
  let out = source;
  for (const e of edits) {
    const at = out.indexOf(e.find);
    if (at < 0) return { failed: `not found: ${e.why}` };
    if (out.indexOf(e.find, at + 1) >= 0) return { failed: `found more than once: ${e.why}` };
    out = out.slice(0, at) + e.replace + out.slice(at + e.find.length);
  }
  return { source: out };
}

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));
/** the worker pdf-parse's pdf.js (the legacy build) would load */
export const STOCK_WORKER = path.join(PDFJS_DIR, 'legacy', 'build', 'pdf.worker.mjs');

export type PdfWorkerState = { edited: true; file: string } | { edited: false; reason: string };
let state: PdfWorkerState | null = null;

/** A folder of this user's in the shared temporary folder: created private, and refused when it is
 * a link or someone else's (another user could otherwise swap the file between check and import). */
function privateTmpDir(): string {
  const uid = process.getuid?.() ?? null;
  const dir = path.join(tmpdir(), `gongwen-cache-${uid ?? 'user'}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = lstatSync(dir);
  if (!st.isDirectory() || (uid !== null && st.uid !== uid) || (st.mode & 0o022) !== 0)
    throw new Error(`${dir} is not a private folder of this user`);
  return dir;
}

/** Writes the edited worker where it can, named by its content (so a stale copy is never used):
 * beside pdfjs-dist (node_modules/.cache/gongwen), else in a private temporary folder. */
function writeEdited(source: string): string {
  const version = (JSON.parse(readFileSync(path.join(PDFJS_DIR, 'package.json'), 'utf8')) as { version: string }).version;
  const name = `pdf.worker-${version}-${createHash('sha256').update(source).digest('hex').slice(0, 16)}.mjs`;
  const besidePdfjs = () => {
    const dir = path.join(PDFJS_DIR, '..', '.cache', 'gongwen');
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  let lastError = '';
  for (const where of [besidePdfjs, privateTmpDir]) {
    let dir: string;
    try {
      dir = where();
    } catch (e) {
      lastError = (e as Error).message;
      continue;
    }
    const file = path.join(dir, name);
    try {
      if (readFileSync(file, 'utf8') === source) return file;
    } catch {
      // not written yet
    }
    try {
      // written under a unique name and renamed, so a thread reading it never sees half a file
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, source);
      renameSync(tmp, file);
      return file;
    } catch (e) {
      lastError = (e as Error).message;
    }
  }
  throw new Error(`cannot write the edited pdf.js worker: ${lastError}`);
}

/** Loads the edited worker (else the stock one) and hands it to pdf.js through globalThis. */
export async function loadPdfWorker(edits: readonly SourceEdit[] = WORKER_EDITS): Promise<PdfWorkerState> {
  let file = STOCK_WORKER;
  try {
    const r = editSource(readFileSync(STOCK_WORKER, 'utf8'), edits);
    if ('failed' in r) state = { edited: false, reason: r.failed };
    else state = { edited: true, file: (file = writeEdited(r.source)) };
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
