// The one segmentation module the extractors use: jieba tokens with offsets into the document's
// text, kept per document (a `Segmentation` belongs to one Doc; nothing is keyed by text at
// module level). The segmenter itself is named/jieba.ts (`tagWithOffsets`); this module only
// decides what is cut and remembers it.
//
// jieba (cppjieba's PreFilter) cuts its input at space, tab, newline, ，and 。 first and segments
// each run between them on its own; tags are looked up word by word. So the tokens of a line are
// the tokens of its runs, each separator being a one-character run, and a run is cut only when a
// rule looks at it: most of a bulletin's runs hold no candidate (test/named/jieba-runs.test.ts).
import { prefetchTags, tagWithOffsets, type Token } from './named/jieba.js';
import { isRunSeparator } from './codes.js';
import { lineStart, lineEnd } from '../text-lines.js';

export type { Token } from './named/jieba.js';

interface Run {
  start: number;
  end: number;
  toks: Token[] | null;
}

/** a separator's tokens are the same wherever it stands: cut once per process, per character */
const separatorTags = new Map<string, Token[]>();
function separatorTokens(ch: string, at: number): Token[] {
  let toks = separatorTags.get(ch);
  if (!toks) {
    toks = tagWithOffsets(ch);
    separatorTags.set(ch, toks);
  }
  const out: Token[] = [];
  for (const t of toks) out.push({ word: t.word, tag: t.tag, start: at + t.start, end: at + t.end });
  return out;
}

/** The tokens of one document's text, cut lazily run by run. */
export class Segmentation {
  private readonly runsByLine = new Map<number, Run[]>();
  private readonly pieces = new Map<string, Token[]>();

  constructor(readonly text: string) {}

  /** The tokens of every run of from's line that overlaps [from, to): the same tokens, with the
   * same offsets, as cutting the whole line. */
  tokensBetween(from: number, to: number): Token[] {
    const { text } = this;
    const runs = this.lineRuns(from);
    const out: Token[] = [];
    let k = firstRunEndingAfter(runs, from);
    for (; k < runs.length; k++) {
      const r = runs[k];
      if (r.start >= Math.max(to, from + 1)) break;
      r.toks ??= r.end - r.start === 1 && isRunSeparator(text.charCodeAt(r.start))
        ? separatorTokens(text[r.start], r.start)
        : tagWithOffsets(text.slice(r.start, r.end), r.start);
      for (const t of r.toks) out.push(t);
    }
    return out;
  }

  /** The tokens of the line holding `pos`. */
  lineTokens(pos: number): Token[] {
    const [ls, le] = [lineStart(this.text, pos), lineEnd(this.text, pos)];
    return this.tokensBetween(ls, Math.max(le, ls + 1));
  }

  /** The token that starts exactly at `pos`, if any (it lies in the run holding pos). */
  tokenAt(pos: number): Token | null {
    return this.tokensBetween(pos, pos + 1).find((t) => t.start === pos) ?? null;
  }

  /** Where the run holding `pos` ends (after a separator, or at the next one or the line end). */
  runEnd(pos: number): number {
    const { text } = this;
    if (isRunSeparator(text.charCodeAt(pos))) return pos + 1;
    let i = pos;
    while (i < text.length && !isRunSeparator(text.charCodeAt(i))) i++;
    return i;
  }

  /** The tokens of a piece of text `s` cut on its own (offsets relative to s), remembered for
   * this document: the quantity rules cut clause tails this way. */
  tokensOf(s: string): Token[] {
    let toks = this.pieces.get(s);
    if (!toks) {
      toks = tagWithOffsets(s);
      this.pieces.set(s, toks);
    }
    return toks;
  }

  /** true when [a,b) of s lies strictly inside one longer token (not an unknown one, tag x) */
  insideLongerWord(s: string, a: number, b: number): boolean {
    for (const t of this.tokensOf(s)) {
      if (t.start <= a && t.end >= b && t.end - t.start > b - a) return t.tag !== 'x';
      if (t.start >= b) break;
    }
    return false;
  }

  private lineRuns(pos: number): Run[] {
    const [ls, le] = [lineStart(this.text, pos), lineEnd(this.text, pos)];
    let runs = this.runsByLine.get(ls);
    if (!runs) {
      runs = splitRuns(this.text, ls, le);
      this.runsByLine.set(ls, runs);
    }
    return runs;
  }
}

/** prefetched runs stop after this many characters: past a bulletin's size, tagging every run of a
 * long text would cost the serving thread more than the round trips of the runs actually asked */
const PREFETCH_CHARS = 60_000;

/** Tags the runs of `text` (up to PREFETCH_CHARS of them) at once when jieba is served by another
 * thread (named/jieba.ts `prefetchTags`); the tokens are those tokensBetween would cut. */
export function prefetchRuns(text: string): void {
  prefetchTags(() => {
    const runs: string[] = [];
    let chars = 0;
    for (const r of splitRuns(text, 0, text.length)) {
      if (r.end - r.start === 1 && isRunSeparator(text.charCodeAt(r.start))) continue;
      if ((chars += r.end - r.start) > PREFETCH_CHARS) break;
      runs.push(text.slice(r.start, r.end));
    }
    return runs;
  });
}

function splitRuns(text: string, ls: number, le: number): Run[] {
  const runs: Run[] = [];
  let b = ls;
  for (let i = ls; i < le; i++) {
    if (!isRunSeparator(text.charCodeAt(i))) continue;
    if (i > b) runs.push({ start: b, end: i, toks: null });
    runs.push({ start: i, end: i + 1, toks: null });
    b = i + 1;
  }
  if (le > b) runs.push({ start: b, end: le, toks: null });
  return runs;
}

/** binary search: a line may hold thousands of runs */
function firstRunEndingAfter(runs: Run[], from: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

