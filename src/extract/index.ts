// Runs the extractors of the registry over one document's canonical text, on one Doc built for
// the document, and computes the extractor families' versions.
//
// Real paragraphs are at most a few thousand characters. A document with a longer line (a
// 5 MB line with no punctuation, 100,000 numbers in a row) is extracted window by window,
// each window cut at a sentence or clause boundary where there is one, so that the cost
// stays linear in the input whatever the extractors do inside a sentence. Ordinary documents
// are extracted whole, exactly as before.
//
// After a rules change only the stale extractor families are run (`extractAll(ctx, families)`).
import type { ExtractContext, Extraction } from '../types.js';
import { combineVersions, contentHash, type FamilyVersions } from '../rules/loader.js';
import { CODE_VERSIONS, FAMILIES, ITEM_FAMILIES, nodejiebaVersion, ruleContent, type ItemFamily } from './families.js';
import { refineNamed } from './named/refine.js';
import { refineSubjects } from './quantities/subject-refine.js';
import { compileRules, type CompiledRules } from './compiled-rules.js';
import { userDictLines } from './named/jieba.js';
import { buildDoc, HEAD_LENGTH } from './doc.js';
import { EXTRACTORS } from './registry.js';
import { ITEM_TABLES, emptyExtraction, type ItemTable } from './tables.js';
import { isHighSurrogate } from './codes.js';

export { ITEM_FAMILIES, type ItemFamily } from './families.js';

const versionsCache = new Map<CompiledRules, FamilyVersions>();

/**
 * The version of every extractor family for the current rules: a hash of the parsed, validated
 * rules each family reads (the very objects the extractors use, so no extra parsing) and of its
 * code version, including the versions of what it builds on (segmentation, structure).
 */
export function familyVersions(rules: CompiledRules = compileRules()): FamilyVersions {
  const hit = versionsCache.get(rules);
  if (hit) return hit;
  const structure = contentHash({ code: CODE_VERSIONS.structure, genres: rules.genres, page: ruleContent(rules.page.v) });
  const segmentation = contentHash({ code: CODE_VERSIONS.segmentation, jieba: nodejiebaVersion(), dict: userDictLines(rules.dir) });
  const versions: FamilyVersions = { structure, segmentation };
  for (const f of ITEM_FAMILIES) {
    const spec = FAMILIES[f];
    versions[f] = contentHash({ code: spec.code, ...spec.content(rules), ...(spec.segmentation ? { segmentation } : {}), structure });
  }
  versionsCache.set(rules, versions);
  return versions;
}

/** The combined version of the current rules (documents.rules_version). */
export function rulesVersion(rules?: CompiledRules): string {
  return combineVersions(familyVersions(rules));
}

/** a line longer than this switches the document to windowed extraction */
export const MAX_LINE = 4000;
/** the size a window aims at */
const WINDOW = 4000;

/**
 * Runs one extractor or refiner. When it throws, the document keeps what the others found and the failure becomes
 * a warning naming the reader: a bug met in one reader on an unforeseen layout must not lose the whole document
 * from a batch. GONGWEN_STRICT_EXTRACT=1 (set for the tests) rethrows, so a bug still fails a test.
 */
function guarded<T>(what: string, run: () => T, fallback: T, failures: string[]): T {
  try {
    return run();
  } catch (e) {
    if (process.env.GONGWEN_STRICT_EXTRACT === '1') throw e;
    failures.push(`the ${what} reader failed and was skipped: ${(e as Error).message}`);
    return fallback;
  }
}

/** `head`: the whole document's start, when `ctx` is one window of it; a reader's failure is added to `failures` */
function extractWhole(ctx: ExtractContext, families: readonly ItemFamily[], failures: string[], head?: string): Extraction {
  const doc = buildDoc(ctx, compileRules(), head);
  const out = emptyExtraction();
  for (const t of ITEM_TABLES) {
    const x = EXTRACTORS[t];
    if (families.includes(x.family)) (out[t] as unknown[]) = guarded(t, () => x.extract(doc), [], failures);
  }
  // the refiners of issue 18: subjects as official writing states them; honours by conferment,
  // people where the layout names them, named workshops, organisations of any province
  if (families.includes('quantities')) {
    out.quantities = guarded('subject', () => refineSubjects(ctx.text, out.quantities, doc.rules.subjects), out.quantities, failures);
  }
  // (the Doc itself, not ctx: what it derived once, such as the document's place, is not derived again)
  return families.includes('named') ? guarded('names', () => refineNamed(doc, out, doc.rules), out, failures) : out;
}

function hasLongLine(text: string): boolean {
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    if (nl - start > MAX_LINE) return true;
    start = nl + 1;
  }
  return false;
}

const STRONG = /[。！？；!?;]/;
const WEAK = /[，、,：:\s]/;

/** Where to end a window that starts at `a`: a line end, else the last boundary before the limit. */
function windowEnd(text: string, a: number): number {
  const limit = Math.min(text.length, a + WINDOW);
  if (limit === text.length) return limit;
  const nl = text.lastIndexOf('\n', limit);
  if (nl > a) return nl + 1;
  for (const re of [STRONG, WEAK]) {
    for (let i = limit - 1; i > a + WINDOW / 2; i--) if (re.test(text[i])) return i + 1;
  }
  // no boundary: cut, but never inside a surrogate pair
  return isHighSurrogate(text.charCodeAt(limit - 1)) ? limit + 1 : limit;
}

function shift<T extends { start: number; end: number }>(items: T[], by: number): T[] {
  for (const it of items) {
    it.start += by;
    it.end += by;
  }
  return items;
}

function extractWindowed(ctx: ExtractContext, families: readonly ItemFamily[], failures: string[]): Extraction {
  const out = emptyExtraction();
  for (let a = 0; a < ctx.text.length; ) {
    const b = windowEnd(ctx.text, a);
    const sub: ExtractContext = {
      text: ctx.text.slice(a, b),
      meta: ctx.meta,
      sections: [],
      pageAt: (o) => ctx.pageAt(o + a),
    };
    const part = extractWhole(sub, families, failures, ctx.text.slice(0, HEAD_LENGTH));
    const base = out.quantities.length;
    for (const q of part.quantities) if (q.partOf !== null) q.partOf += base;
    for (const t of ITEM_TABLES) (out[t] as Array<{ start: number; end: number }>).push(...shift(part[t] as ItemOf[], a));
    a = b;
  }
  return out;
}
type ItemOf = Extraction[ItemTable][number];

/**
 * Every extractor over the document, or only those of `families` (the other families' arrays
 * are then empty): the items of a family are the same either way. A reader that failed is
 * named in `failures` (its items are then missing, the others kept).
 */
export function extractAll(ctx: ExtractContext, families: readonly ItemFamily[] = ITEM_FAMILIES, failures: string[] = []): Extraction {
  return hasLongLine(ctx.text) ? extractWindowed(ctx, families, failures) : extractWhole(ctx, families, failures);
}
