// Runs every extractor over one document's canonical text.
//
// Real paragraphs are at most a few thousand characters. A document with a longer line (a
// 5 MB line with no punctuation, 100,000 numbers in a row) is extracted window by window,
// each window cut at a sentence or clause boundary where there is one, so that the cost
// stays linear in the input whatever the extractors do inside a sentence. Ordinary documents
// are extracted whole, exactly as before.
import type { ExtractContext, Extraction } from '../types.js';
import { extractQuantities } from './quantities/index.js';
import { extractAwards } from './awards.js';
import { extractWorkshops } from './workshops.js';
import { extractEntities } from './entities.js';

/** a line longer than this switches the document to windowed extraction */
export const MAX_LINE = 4000;
/** the size a window aims at */
const WINDOW = 4000;

function extractWhole(ctx: ExtractContext): Extraction {
  return {
    quantities: extractQuantities(ctx),
    awards: extractAwards(ctx),
    workshops: extractWorkshops(ctx),
    entities: extractEntities(ctx),
  };
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

function extractWindowed(ctx: ExtractContext): Extraction {
  const out: Extraction = { quantities: [], awards: [], workshops: [], entities: [] };
  for (let a = 0; a < ctx.text.length; ) {
    const b = windowEnd(ctx.text, a);
    const sub: ExtractContext = {
      text: ctx.text.slice(a, b),
      meta: ctx.meta,
      sections: [],
      pageAt: (o) => ctx.pageAt(o + a),
    };
    const part = extractWhole(sub);
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

export function extractAll(ctx: ExtractContext): Extraction {
  return hasLongLine(ctx.text) ? extractWindowed(ctx) : extractWhole(ctx);
}
