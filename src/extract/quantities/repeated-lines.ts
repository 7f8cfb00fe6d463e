// A contents line (本期要目, 目录) repeated as an article's title: the figure in it is one figure, read where
// the article prints it; the earlier copy is no second count (◆ 我市12名职工获评… / 我市12名职工获评…).
import type { Doc, DocLine } from '../doc.js';
import { lineStart } from '../../text-lines.js';

/** list marks and enumerations a contents line carries that its title may not (◆, 一、, 1.) */
const MARKS = /^[\s◆◇●○■□★☆▲△▶►•·\-—>＞]+|^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))\s*/g;
/** a line shorter than this is a heading like （10个） that may well repeat on its own */
const MIN_CHARS = 8;

const cache = new WeakMap<readonly DocLine[], Set<number>>();

/** a heading that ends in its count (先进集体（10个）) is printed again in an annex: both are kept */
const COUNTED_HEADING = /[（(][^（(）)]*[）)]$/;

function normalized(text: string): string {
  const k = text.replace(MARKS, '').replace(MARKS, '').replace(/[\s\u3000]+/g, '');
  return COUNTED_HEADING.test(k) ? '' : k;
}

/** the starts of the lines whose content is printed again as a whole line further on */
function repeatedStarts(doc: Doc): Set<number> {
  const hit = cache.get(doc.lines);
  if (hit) return hit;
  const lastAt = new Map<string, number>();
  const keys = doc.lines.map((l) => normalized(doc.text.slice(l.start, l.end)));
  keys.forEach((k, i) => { if (k.length >= MIN_CHARS) lastAt.set(k, i); });
  const out = new Set<number>();
  keys.forEach((k, i) => { if (k.length >= MIN_CHARS && lastAt.get(k)! > i) out.add(doc.lines[i].start); });
  cache.set(doc.lines, out);
  return out;
}

/** true when the number at `at` stands on a line the document prints again further on */
export function onRepeatedLine(doc: Doc, at: number): boolean {
  const starts = repeatedStarts(doc);
  if (!starts.size) return false;
  const ls = lineStart(doc.text, at);
  return starts.has(ls);
}
