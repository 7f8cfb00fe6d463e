// Bounds of the line that holds a position in a text: rows of tables, list lines and headings are
// read a line at a time by extraction and the findings alike, so the bounds are written once here.

/** the offset where the line holding `at` begins (just after the previous '\n', or 0) */
export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** the offset of the '\n' that ends the line holding `at` (text.length on the last line) */
export function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/** the text of the line holding `at`, without its '\n' */
export function lineAt(text: string, at: number): string {
  return text.slice(lineStart(text, at), lineEnd(text, at));
}
