// Sentence bounds in the canonical text. A sentence ends at 。！？ (or ; ；when a list of
// clauses is long enough to matter is left to callers) or at the end of its line; lines are
// paragraphs, so a sentence never crosses a '\n'.
const END = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')']);

export interface Span {
  start: number;
  end: number;
}

/** The sentence holding `offset`: [start, end) including its final punctuation. */
export function sentenceAt(text: string, offset: number): Span {
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

/** Every sentence of the text, in order. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\n') {
      i++;
      continue;
    }
    const s = sentenceAt(text, i);
    if (s.end > s.start) out.push(s);
    i = Math.max(s.end, i + 1);
  }
  return out;
}
