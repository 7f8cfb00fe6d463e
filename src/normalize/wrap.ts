// Text copied out of a PDF (or a fixed-width archive) keeps the layout's line breaks: every line is
// cut at the same number of characters, inside words and numbers (…五一劳动奖\n状”, 4.2\n万吨). Such a
// text shows its wrap width: many lines of one length, few longer, most of them ending mid-sentence.
import { endsTerminal } from './text.js';

/** the width of a raw line in characters, its trailing spaces left out (indentation counts: the wrap counted it);
 * `half`: an ASCII digit or letter counts half a character, as in a typeset line (one holding 2025 and 12 holds more
 * characters), where a plain text wrap counts every character alike */
const widthOf = (raw: string, half = false): number => {
  const chars = [...raw.replace(/\s+$/, '')];
  const narrow = half ? chars.filter((c) => c.charCodeAt(0) < 0x80).length : 0;
  return Math.round(chars.length - narrow / 2);
};

/** the shortest line that may be a wrapped one (a short line is a title, a name, a date) */
const MIN_WIDTH = 12;

/** the most frequent width among the lines long enough to be wrapped prose */
function modeWidth(widths: number[]): number | null {
  const count = new Map<number, number>();
  for (const w of widths) if (w >= MIN_WIDTH) count.set(w, (count.get(w) ?? 0) + 1);
  let best: [number, number] | null = null;
  for (const [w, n] of count) if (!best || n > best[1] || (n === best[1] && w > best[0])) best = [w, n];
  return best ? best[0] : null;
}

/**
 * The fixed width the lines were wrapped at, or null when the text was not hard-wrapped: at least six
 * lines within one character of the most frequent width, most of them ending without closing punctuation
 * (a cut falls mid-sentence), and few lines longer than that width (a wrap never leaves one).
 */
export function wrapWidth(raw: string[], half = false): number | null {
  const widths = raw.map((r) => widthOf(r, half));
  const w = modeWidth(widths);
  if (w == null || w < 15) return null;
  const full = raw.filter((_, i) => Math.abs(widths[i]! - w) <= 1);
  const open = full.filter((t) => !endsTerminal(t)).length;
  const longer = widths.filter((x) => x > w + 2).length;
  const prose = widths.filter((x) => x >= MIN_WIDTH).length;
  if (full.length < 6 || full.length < 0.3 * prose || open < 0.6 * full.length) return null;
  if (longer <= Math.max(1, 0.1 * prose)) return w;
  // a typeset text copied out (half): an annex of records, one a line, may run a little past the width (fewer such
  // lines than wrapped ones), where a paragraph on one line runs far past it
  const runaway = widths.filter((x) => x > 1.5 * w).length;
  return half && runaway <= Math.max(1, 0.1 * prose) && longer <= 0.5 * full.length ? w : null;
}

/** Does a raw line fill the wrap width (one character short: the breaker moved it down with a mark)? */
export const fillsWidth = (raw: string, width: number, half = false): boolean => {
  const n = widthOf(raw, half);
  return n >= width - 1 && n <= width + 2;
};

/** Does a raw line start indented (spaces or ideographic spaces before the text)? */
export const startsIndented = (raw: string): boolean => /^[\s\u3000]/.test(raw);
