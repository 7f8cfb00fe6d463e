// Sentence bounds in the canonical text. A sentence ends at 。！？ (with any closing quote or
// bracket after it) or at the end of its line; lines are paragraphs, so a sentence never
// crosses a '\n'. The spans of a text are computed once and looked up by binary search, so
// that asking for the sentence of every number stays linear on long unpunctuated text.
// (on UTF-16 code units: reading text[i] makes a string of every CJK character it reads)
/** 。！？!? */
const isEnd = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
/** ”’」』）) */
const isCloser = (c: number): boolean => c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29;
/** what /\s/ matches */
export function isSpaceCode(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const NL = 0x0a;

export interface Span {
  start: number;
  end: number;
}

function scanSentence(text: string, offset: number): Span {
  let start = offset;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c === NL || isEnd(c)) break;
    start--;
  }
  let end = offset;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === NL) break;
    end++;
    if (isEnd(c)) {
      while (end < text.length && isCloser(text.charCodeAt(end))) end++;
      break;
    }
  }
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  return { start, end };
}

function computeSentences(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === NL) {
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

let cache: { text: string; spans: Span[] } | null = null;

/** Every sentence of the text, in order. */
export function sentences(text: string): Span[] {
  if (cache?.text !== text) cache = { text, spans: computeSentences(text) };
  return cache.spans;
}

/** The sentence holding `offset`: [start, end) including its final punctuation. */
export function sentenceAt(text: string, offset: number): Span {
  const spans = sentences(text);
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
