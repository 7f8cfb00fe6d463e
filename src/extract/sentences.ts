// Sentence bounds in the canonical text. A sentence ends at 。！？ (with any closing quote or
// bracket after it) or at the end of its line; lines are paragraphs, so a sentence never
// crosses a '\n'. The spans of a text are computed once and looked up by binary search, so
// that asking for the sentence of every number stays linear on long unpunctuated text.
const END = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')']);

export interface Span {
  start: number;
  end: number;
}

function scanSentence(text: string, offset: number): Span {
  let start = offset;
  while (start > 0) {
    const c = text[start - 1];
    if (c === '\n' || END.has(c)) break;
    start--;
  }
  let end = offset;
  while (end < text.length) {
    const c = text[end];
    if (c === '\n') break;
    end++;
    if (END.has(c)) {
      while (end < text.length && CLOSERS.has(text[end])) end++;
      break;
    }
  }
  while (start < end && /\s/.test(text[start])) start++;
  return { start, end };
}

function computeSentences(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\n') {
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
