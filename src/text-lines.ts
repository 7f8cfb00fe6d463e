// Bounds of the line, sentence or clause that holds a position in a text: rows of tables, list lines and headings
// are read a line at a time, and the words before a name back to its clause's start, by extraction and the
// findings alike, so the bounds are written once here.

/** the offset where the line holding `at` begins (just after the previous '\n', or 0) */
export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/**
 * The offset just after the last of `breaks` (single characters: 。！？ and '\n', say) before `at`, or 0: where the
 * sentence or clause holding `at` begins. It reads back only as far as that character; a lastIndexOf per break reads
 * to the text's start for every break the text lacks, which a long annex of items pays once per item. The same as
 * `Math.max(...[...breaks].map((c) => text.lastIndexOf(c, at - 1))) + 1`.
 */
export function startAfter(text: string, at: number, breaks: string): number {
  for (let i = Math.max(at - 1, 0); i >= 0; i--) if (breaks.includes(text[i])) return i + 1;
  return 0;
}

/** the clause before an award name starts after one of these */
export const SENTENCE_PART_ENDS = '\n。；;！？';
/** the clause before a workshop name starts after one of these */
export const PHRASE_ENDS = '\n。；;，,！？';

/** the text from just after the last of `breaks` before `pos` (or from 0) up to `pos` */
export const textBackTo = (text: string, pos: number, breaks: string): string => text.slice(startAfter(text, pos, breaks), pos);

/** the offset of the '\n' that ends the line holding `at` (text.length on the last line) */
export function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/** the text of the line holding `at`, without its '\n' */
export function lineAt(text: string, at: number): string {
  return text.slice(lineStart(text, at), lineEnd(text, at));
}
