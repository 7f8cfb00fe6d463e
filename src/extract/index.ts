// Runs every extractor over one document's canonical text.
//
// Real paragraphs are at most a few thousand characters. A document with a longer line (a
// 5 MB line with no punctuation, 100,000 numbers in a row) is extracted window by window,
// each window cut at a sentence or clause boundary where there is one, so that the cost
// stays linear in the input whatever the extractors do inside a sentence. Ordinary documents
// are extracted whole, exactly as before.
//
// After a rules change only the stale extractor families are run (`extractAll(ctx, families)`);
// the family versions are computed here (`familyVersions`), from the rules as the extractors
// loaded them (src/extract/families.ts says which files each family reads).
import type { ExtractContext, Extraction } from '../types.js';
import { contentHash, setFamilyVersionSource, type FamilyVersions } from '../rules/loader.js';
import { extractQuantities } from './quantities/index.js';
import { extractAwards } from './awards.js';
import { extractWorkshops } from './workshops.js';
import { extractEntities } from './entities.js';
import { CODE_VERSIONS, ITEM_FAMILIES, nodejiebaVersion, type ItemFamily } from './families.js';
import { loadQuantityRules } from './quantities/rules.js';
import { numberRules } from './numbers/rules.js';
import { namedRules } from './named/rules.js';
import { userDictLines } from './named/jieba.js';
import { confermentRules } from './named/conferment.js';
import { peopleRules } from './named/people-cues.js';
import { refineNamed } from './named/refine.js';
import { workshopNameRules } from './named/workshop-names.js';
import { refineSubjects, subjectCues } from './quantities/subject-refine.js';

export { ITEM_FAMILIES, type ItemFamily } from './families.js';

let versionsCache: { env: string | undefined; versions: FamilyVersions } | null = null;

/**
 * The version of every extractor family for the current rules: a hash of the parsed, validated
 * rules each family reads (the very objects the extractors use, so no extra parsing) and of its
 * code version, including the versions of what it builds on (segmentation, structure).
 */
export function familyVersions(): FamilyVersions {
  const env = process.env.GONGWEN_RULES;
  if (versionsCache && versionsCache.env === env) return versionsCache.versions;
  const structure = contentHash({ code: CODE_VERSIONS.structure });
  const segmentation = contentHash({ code: CODE_VERSIONS.segmentation, jieba: nodejiebaVersion(), dict: userDictLines() });
  const q = loadQuantityRules();
  const quantities = contentHash({
    code: CODE_VERSIONS.quantities,
    numbers: numberRules().rules,
    units: q.units,
    context: q.context,
    subjectCues: subjectCues(),
    segmentation,
    structure,
  });
  const { dir: _dir, ...named } = namedRules();
  const namedV = contentHash({ code: CODE_VERSIONS.named, rules: named, conferment: confermentRules().v, people: peopleRules().cues, workshopNames: workshopNameRules(), segmentation, structure });
  const versions: FamilyVersions = { structure, segmentation, quantities, named: namedV };
  versionsCache = { env, versions };
  return versions;
}
setFamilyVersionSource(familyVersions);

/** a line longer than this switches the document to windowed extraction */
export const MAX_LINE = 4000;
/** the size a window aims at */
const WINDOW = 4000;

function extractWhole(ctx: ExtractContext, families: readonly ItemFamily[]): Extraction {
  const named = families.includes('named');
  const ex: Extraction = {
    quantities: families.includes('quantities') ? refineSubjects(ctx.text, extractQuantities(ctx)) : [],
    awards: named ? extractAwards(ctx) : [],
    workshops: named ? extractWorkshops(ctx) : [],
    entities: named ? extractEntities(ctx) : [],
  };
  return named ? refineNamed(ctx, ex) : ex;
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
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}

function shift<T extends { start: number; end: number }>(items: T[], by: number): T[] {
  for (const it of items) {
    it.start += by;
    it.end += by;
  }
  return items;
}

function extractWindowed(ctx: ExtractContext, families: readonly ItemFamily[]): Extraction {
  const out: Extraction = { quantities: [], awards: [], workshops: [], entities: [] };
  for (let a = 0; a < ctx.text.length; ) {
    const b = windowEnd(ctx.text, a);
    const sub: ExtractContext = {
      text: ctx.text.slice(a, b),
      meta: ctx.meta,
      sections: [],
      pageAt: (o) => ctx.pageAt(o + a),
    };
    const part = extractWhole(sub, families);
    const base = out.quantities.length;
    for (const q of part.quantities) if (q.partOf !== null) q.partOf += base;
    out.quantities.push(...shift(part.quantities, a));
    out.awards.push(...shift(part.awards, a));
    out.workshops.push(...shift(part.workshops, a));
    out.entities.push(...shift(part.entities, a));
    a = b;
  }
  return out;
}

/**
 * Every extractor over the document, or only those of `families` (the other families' arrays
 * are then empty): the items of a family are the same either way.
 */
export function extractAll(ctx: ExtractContext, families: readonly ItemFamily[] = ITEM_FAMILIES): Extraction {
  return hasLongLine(ctx.text) ? extractWindowed(ctx, families) : extractWhole(ctx, families);
}
