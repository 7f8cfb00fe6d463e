// Is one canonical text a copy of another "up to layout"? The same bulletin as PDF and DOCX
// gives texts that differ in whitespace (handled by the content key) and, for PDFs, in a few
// characters (a dropped glyph, a header fragment). Character-bigram Jaccard similarity over
// the texts with whitespace removed catches those; it is only tried against documents that
// share a series+year+issue or a 文号, so unrelated documents are never merged by accident.
import { createHash } from 'node:crypto';

export const NEAR_DUPLICATE_JACCARD = 0.97;

export function stripWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** sha256 of the text with all whitespace removed. */
export function contentKey(text: string): string {
  return createHash('sha256').update(stripWhitespace(text), 'utf8').digest('hex');
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Jaccard similarity of the character-bigram sets of two texts (whitespace ignored). */
export function bigramJaccard(a: string, b: string): number {
  const sa = bigrams(stripWhitespace(a));
  const sb = bigrams(stripWhitespace(b));
  if (sa.size === 0 && sb.size === 0) return 1;
  let inter = 0;
  const [small, big] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  for (const g of small) if (big.has(g)) inter++;
  return inter / (sa.size + sb.size - inter);
}

/** A line that is only a number (a page number left by the layout: `3`, `- 3 -`, `— 3 —`). */
const PAGE_NUMBER_LINE = /^[ \t]*[-—–]?[ \t]*\d{1,4}[ \t]*[-—–]?[ \t]*$/gm;

/** The figures written in a text (digit runs), as a multiset; page-number lines left out. */
function figures(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of text.replace(PAGE_NUMBER_LINE, '').match(/\d+(?:\.\d+)?/g) ?? []) m.set(f, (m.get(f) ?? 0) + 1);
  return m;
}

/** How many figures are in one text and not the other (multiset symmetric difference), and the total. */
export function figureDifference(a: string, b: string): { differ: number; total: number } {
  const fa = figures(a);
  const fb = figures(b);
  let differ = 0;
  let total = 0;
  for (const [k, n] of fa) {
    differ += Math.abs(n - (fb.get(k) ?? 0));
    total += n;
  }
  for (const [k, n] of fb) {
    if (!fa.has(k)) differ += n;
    total += n;
  }
  return { differ, total };
}

/**
 * The same document up to layout: near-identical text (bigram Jaccard ≥ threshold) AND the same
 * figures (a page number alone on its line aside). Two issues of a bulletin made from one template
 * share most of their text but not their figures, and a corrected figure (技术能手 29 名 → 30 名)
 * makes another document: neither is ever merged into the stored one.
 */
export function nearDuplicate(a: string, b: string, threshold = NEAR_DUPLICATE_JACCARD): boolean {
  const la = stripWhitespace(a).length;
  const lb = stripWhitespace(b).length;
  if (la === 0 || lb === 0) return false;
  // lengths far apart cannot reach the threshold
  if (Math.min(la, lb) / Math.max(la, lb) < threshold - 0.02) return false;
  if (figureDifference(a, b).differ > 0) return false;
  return bigramJaccard(a, b) >= threshold;
}
