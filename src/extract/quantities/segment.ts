// Word segmentation (nodejieba) as a hint with character offsets. Rules never depend on it
// alone: it only vetoes a verb found inside a longer noun and finds where a following noun ends.
// jieba is loaded once per process, with the user dictionary built from the rules, by the
// named-entity module: loading it here first would load the dictionaries twice and make the
// segmentation depend on which extractor ran first.
import { jiebaTag } from '../named/jieba.js';

export interface Token { word: string; tag: string; start: number; end: number }

const cache = new Map<string, Token[]>();

/** Tokens of `s` with offsets relative to s; a token whose text does not line up is dropped. */
export function tokens(s: string): Token[] {
  const hit = cache.get(s);
  if (hit) return hit;
  const out: Token[] = [];
  let pos = 0;
  for (const t of jiebaTag(s)) {
    const at = s.indexOf(t.word, pos);
    if (at < 0) continue;
    out.push({ word: t.word, tag: t.tag, start: at, end: at + t.word.length });
    pos = at + t.word.length;
  }
  if (cache.size > 5000) cache.clear();
  cache.set(s, out);
  return out;
}

/** true when [a,b) of s lies strictly inside one longer token (not an unknown one, tag x) */
export function insideNounOrWord(s: string, a: number, b: number): boolean {
  for (const t of tokens(s)) {
    if (t.start <= a && t.end >= b && t.end - t.start > b - a) return t.tag !== "x";
    if (t.start >= b) break;
  }
  return false;
}
