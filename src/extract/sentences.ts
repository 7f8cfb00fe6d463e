// Sentence bounds in the canonical text. A sentence ends at 。！？ (with any closing quote or
// bracket after it) or at the end of its line; lines are paragraphs, so a sentence never
// crosses a '\n'. A Doc computes a text's sentences once (`computeSentences`) and looks them up
// by binary search (`findSentence`), so that asking for the sentence of every number stays
// linear on long unpunctuated text.
import { NEWLINE, isCloser, isSentenceEnd, isSpaceCode } from './codes.js';

export { isSpaceCode } from './codes.js';

export interface Span {
  start: number;
  end: number;
}

function scanSentence(text: string, offset: number): Span {
  let start = offset;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c === NEWLINE || isSentenceEnd(c)) break;
    start--;
  }
  let end = offset;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === NEWLINE) break;
    end++;
    if (isSentenceEnd(c)) {
      while (end < text.length && isCloser(text.charCodeAt(end))) end++;
      break;
    }
  }
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  return { start, end };
}

/** Every sentence of the text, in order. */
export function computeSentences(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === NEWLINE) {
      i++;
      continue;
    }
    // scanning forward from a sentence's first char only walks that sentence
    const s = scanSentence(text, i);
    if (s.end > s.start) out.push(s);
    i = Math.max(s.end, i + 1);
  }
  return out;
}

/** The sentence of `spans` (the text's sentences) holding `offset`. */
export function findSentence(spans: readonly Span[], text: string, offset: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start > offset) hi = mid - 1;
    else if (spans[mid].end <= offset) lo = mid + 1;
    else return spans[mid];
  }
  return scanSentence(text, offset); // between sentences (a newline, leading blanks)
}

/** The sentence holding `offset`, for one-off use (tests, tools): a Doc's `sentenceAt` keeps the spans. */
export function sentenceAt(text: string, offset: number): Span {
  return findSentence(computeSentences(text), text, offset);
}
