// mammoth's HTML → lines: the original DOCX path, kept for the documents the tree walk
// (docx-tree.ts) cannot answer for with certainty.
import type { SourceLine } from '../types.js';
import { LineSink } from './docx-lines.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const BLOCK = new Set(['p', 'li', 'td', 'th', 'tr', 'table', 'ol', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'blockquote', 'div']);

/** a cell with at most one paragraph of inline text (no line break, image, list or note) */
const CELL = /<t([dh])\b[^>]*>(?:<p>((?:(?!<\/?(?:p|table|tr|td|th|h[1-6]|br|ul|ol|li|img|sup|input)\b)[\s\S])*)<\/p>)?<\/t\1>/g;
const ROW = /<tr>((?:<t([dh])\b[^>]*>(?:<p>(?:(?!<\/?(?:p|table|tr|td|th|h[1-6]|br|ul|ol|li|img|sup|input)\b)[\s\S])*<\/p>)?<\/t\2>)+)<\/tr>/g;

/** A row of one-paragraph cells → one paragraph, the written cells joined by a space (as docx-tree.ts rowLine). */
export function rowsAsLines(html: string): string {
  return html.replace(ROW, (_m, cells: string) => {
    const texts = [...cells.matchAll(CELL)].filter((c) => c[2] !== undefined).map((c) => c[2]!);
    return `<tr><td><p>${texts.join(' ')}</p></td></tr>`;
  });
}

/** mammoth's HTML → one SourceLine per heading / paragraph / list item / table row of simple cells / other cell paragraph. */
export function htmlToLines(html: string): SourceLine[] {
  html = rowsAsLines(html);
  const sink = new LineSink(decodeEntities);
  const re = /<(\/?)([a-zA-Z0-9]+)[^>]*?(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (m[4] !== undefined) {
      sink.text(m[4]);
      continue;
    }
    const tag = m[2]!.toLowerCase();
    if (!BLOCK.has(tag)) continue; // inline: strong, em, a, span, sup, img …
    sink.boundary();
    const h = /^h([1-6])$/.exec(tag);
    if (h) sink.setHeading(m[1] ? 0 : Number(h[1]));
  }
  return sink.finish();
}
