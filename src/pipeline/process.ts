// One file → everything the archive stores about it: ingest → normalize → structure →
// extract, then the Document JSON of the contract. Pure (no database), so it runs the same
// in a worker thread, in-process, and for `gongwen extract`.
import { readFile } from 'node:fs/promises';
import { ingestFile, type IngestOptions } from '../ingest/index.js';
import { normalize } from '../normalize/index.js';
import { structure } from '../structure/index.js';
import { extractAll, familyVersions, ITEM_FAMILIES } from '../extract/index.js';
import { combineVersions, type FamilyVersions } from '../rules/loader.js';
import { compileRules } from '../extract/compiled-rules.js';
import type { Canonical, DocMeta, DocumentJson, ExtractContext, Extraction, OcrInfo } from '../types.js';
import { contentKey } from '../normalize/similar.js';
import { pageLookup } from '../normalize/pages.js';
import type { Processed, StoredCanonical } from '../store/canonical.js';
import { parseStoredLines } from '../store/stored-lines.js';
import { checkItemVolume } from './limits.js';
import { foldToSimplified, restoreMeta, restoreOriginal } from '../normalize/fold.js';
import { taggingOnce } from '../extract/named/jieba.js';
import { prefetchRuns } from '../extract/segmentation.js';

import { sha256 } from './hash.js';
export { sha256 };

export interface ProcessOptions {
  ingest?: IngestOptions;
  /** runs the synchronous part (normalize → structure → extract); one-file.ts bounds its time */
  guard?: <T>(run: () => T) => T;
}

export type { Processed, StoredCanonical };

export async function processFile(path: string, bytes?: Buffer, opts: ProcessOptions = {}): Promise<Processed> {
  // (no bytes, or none given by the pool for a single file: the file is read here)
  const buf = bytes?.length ? bytes : await readFile(path);
  const id = sha256(buf);
  const ingested = await ingestFile(path, buf, opts.ingest ?? {});
  const guard = opts.guard ?? (<T>(run: () => T): T => run());
  const out = guard(() => {
    const canonical = normalize(ingested);
    return extractCanonical({
      id,
      source: path,
      format: ingested.format,
      text: canonical.text,
      lines: canonical.lines,
      pageCount: ingested.pageCount,
      encoding: ingested.encoding,
      ocr: ingested.ocr ?? null,
    });
  });
  // what the reader repaired or guessed, and what it could not read (an OFD page in private-use
  // code points, a page OCR found empty): both reach the user as warnings
  const warnings = [...(ingested.warnings ?? []), ...(ingested.notes ?? []), ...(out.warnings ?? [])];
  if (warnings.length) out.warnings = warnings;
  return out;
}

/** The contract's Document JSON: the document's identity and text, its header metadata, its items. */
export function documentJson(
  doc: { id: string; source: string; format: string; text: string; ocr?: OcrInfo | null },
  meta: DocMeta,
  ex: Extraction,
): DocumentJson {
  return {
    document: {
      id: doc.id,
      source: doc.source,
      format: doc.format,
      series: meta.series,
      year: meta.year,
      issue: meta.issue,
      totalIssue: meta.totalIssue,
      date: meta.date,
      docNumber: meta.docNumber,
      issuers: meta.issuers,
      title: meta.title,
      byline: meta.byline,
      articles: meta.articles ?? [],
      ocr: doc.ocr ?? null,
      text: doc.text,
    },
    // every item table's array, in table order (src/extract/tables.ts)
    ...ex,
  };
}

/**
 * structure → extract → Document JSON, from a canonical text (fresh from a file, or stored).
 * With `c.families`, only those item families are extracted (structure always runs: every
 * extractor reads the sections and header).
 */
export function extractCanonical(c: StoredCanonical): Processed {
  const lines = typeof c.lines === 'string' ? parseStoredLines(c.lines) : c.lines;
  const canonical: Canonical = { text: c.text, lines };
  // rules are simplified Chinese: structure and extractors read a folded copy (same offsets)
  const folded = foldToSimplified(canonical.text);
  const st = structure({ text: folded, lines }, c.format);
  const sections = st.sections;
  const ctx: ExtractContext = {
    text: folded,
    meta: st.meta,
    sections,
    pageAt: pageLookup(canonical),
  };
  const partial = c.families ?? null;
  const failures: string[] = [];
  const extract = () => {
    prefetchRuns(ctx.text);
    return extractAll(ctx, partial ?? ITEM_FAMILIES, failures);
  };
  const ex = restoreOriginal(taggingOnce(extract), canonical.text, folded);
  checkItemVolume(c.source, ex);
  // figures on pages read by OCR are flagged: digits are where OCR fails (19→14)
  const ocrPages = new Set(c.ocr?.pages ?? []);
  if (ocrPages.size) for (const q of ex.quantities) if (q.page != null && ocrPages.has(q.page)) q.ocr = true;
  const meta = restoreMeta(st.meta, canonical.text, folded);
  const json = documentJson({ id: c.id, source: c.source, format: c.format, text: canonical.text, ocr: c.ocr }, meta, ex);
  return withRulesVersions({
    json,
    meta,
    sections,
    lines: canonical.lines,
    pageCount: c.pageCount,
    encoding: c.encoding,
    contentKey: contentKey(canonical.text),
    ...(partial ? { partial: { families: partial, itemDigests: c.itemDigests ?? null, storedAt: c.storedAt ?? '' } } : {}),
    ...(failures.length ? { warnings: failures } : {}),
  });
}

/**
 * The rules versions the document was extracted with, computed when first read: hashing every
 * compiled rule costs ~10–30 ms, which only a document bound for the archive needs (`extract` and
 * `check` never read them). They hash the rules the extraction just compiled, whenever they are read.
 */
function withRulesVersions(p: Omit<Processed, 'rulesVersion' | 'rulesVersions'>): Processed {
  const rules = compileRules();
  let versions: FamilyVersions | null = null;
  let combined: string | null = null;
  const get = () => (versions ??= familyVersions(rules));
  return Object.defineProperties(p as Processed, {
    rulesVersion: { get: () => (combined ??= combineVersions(get())), enumerable: true, configurable: true },
    rulesVersions: { get, enumerable: true, configurable: true },
  });
}
