// The sentence of a figure in an annex heading. An annex opens with a block of short lines —
// 附件1 / 某某市工人先锋号名单 / （20个） — that a reader takes as one heading: the count on a line of
// its own belongs to the title above it, and the title to the annex number above that. Lines are
// otherwise sentences of their own (src/extract/sentences.ts), so the figure's stored sentence is
// widened over that block only; it stays a substring of the text (start, end exact).
import type { Span } from '../sentences.js';
import { lineEnd, lineStart } from '../../text-lines.js';

const DIGITS = '0-9０-９一二三四五六七八九十百零〇两兩';
/** a line that is only a bracketed count: （16個） （共3个） (25名) */
const COUNT_LINE = new RegExp(`^[（(]共?[${DIGITS}]+[^\\s（）()\\d]{1,3}[）)]$`);
/** a line that is only an annex number: 附件1 附件二： */
const ANNEX_LINE = new RegExp(`^附件[${DIGITS}]*[:：]?$`);
/** a heading line: short, no sentence end, no list separator */
const HEADING_LINE = /^[^。！？；;，,、]{2,60}$/;
const MAX_BLANK_LINES = 2;
/** a line that ends in a bracketed count: 某某名单（9个） （12名） */
const ENDS_IN_COUNT = new RegExp(`[（(]共?[${DIGITS}]+[^\\s（）()\\d]{1,3}[）)]$`);
/** the first group heading of a two-level list, with its own count: 一、某镇（3个） 一、企业职工（10名） */
const FIRST_GROUP_LINE = new RegExp(`^一、[^。！？；;，,]{1,40}[（(][${DIGITS}]+[^\\s（）()\\d]{1,3}[）)]$`);

interface Line { start: number; end: number; body: string }

/** the nearest non-blank line ending before `offset`, at most MAX_BLANK_LINES blank lines up */
function lineAbove(text: string, offset: number): Line | null {
  let end = text.lastIndexOf('\n', offset - 1);
  for (let blanks = 0; end >= 0 && blanks <= MAX_BLANK_LINES; blanks++) {
    const start = lineStart(text, end);
    const body = text.slice(start, end).replace(/[\s\u3000]+/g, '');
    const line = text.slice(start, end);
    if (body) return { start: start + line.length - line.trimStart().length, end, body };
    end = start - 1;
  }
  return null;
}

/** the nearest non-blank line starting after `offset`, at most MAX_BLANK_LINES blank lines down */
function lineBelow(text: string, offset: number): Line | null {
  let start = lineEnd(text, offset) + 1;
  for (let blanks = 0; start < text.length && blanks <= MAX_BLANK_LINES; blanks++) {
    const end = lineEnd(text, start);
    const line = text.slice(start, end);
    const body = line.replace(/[\s\u3000]+/g, '');
    if (body) return { start: start + line.length - line.trimStart().length, end: start + line.trimEnd().length, body };
    start = end + 1;
  }
  return null;
}

/** a heading that ends in its count and is followed by 一、某某（3个）, the first group of a two-level
 * list, reads on into that group heading: the total and the heading of its first part are one
 * heading block to a reader (名单（9个） / 一、某镇（3个）) */
function intoFirstGroup(text: string, own: string, end: number): number {
  if (!ENDS_IN_COUNT.test(own) || text.slice(end, lineEnd(text, end)).trim() !== '') return end;
  const next = lineBelow(text, end);
  return next && FIRST_GROUP_LINE.test(next.body) ? next.end : end;
}

/** widen `s` (the figure's own line) over the annex heading block above it, if it is one */
export function annexHeadingSentence(text: string, s: Span): Span {
  const own = text.slice(s.start, s.end).replace(/[\s\u3000]+/g, '');
  const ls = lineStart(text, s.start);
  if (text.slice(ls, s.start).trim() !== '') return s; // not the line's first sentence
  let start = s.start;
  if (COUNT_LINE.test(own)) {
    const title = lineAbove(text, s.start);
    if (!title || !HEADING_LINE.test(title.body) || COUNT_LINE.test(title.body) || ANNEX_LINE.test(title.body)) return s;
    start = title.start;
  } else if (!HEADING_LINE.test(own)) return s;
  const annex = lineAbove(text, start);
  if (annex && ANNEX_LINE.test(annex.body)) start = annex.start;
  const end = intoFirstGroup(text, own, s.end);
  return start === s.start && end === s.end ? s : { start, end };
}
