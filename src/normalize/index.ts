// normalize: one canonical text per document, one paragraph per line.
// 1. clean each source line (width folding, invisible characters);
// 2. drop page numbers and (PDF) running headers/footers;
// 3. re-join lines broken by the page layout (PDF geometry) and paragraphs broken mid-sentence;
// 4. remove layout spaces; 5. lay out the text with its line table.
import type { Canonical, CanonicalLine, IngestResult, SourceLine } from '../types.js';
import {
  collapseSpaces,
  titleLikeLine,
  cellRowLine,
  entryRunLine,
  endsTerminal,
  endsWithComma,
  foldWidth,
  hasOpenBracket,
  hasSentencePunct,
  isBareNumber,
  isFolio,
  isPageNumber,
  isStandaloneLine,
  joinPieces,
  unitEntryLine,
  LINE_LABEL,
  SECTION_START,
  startsWithCloser,
  carriedBeforeCloser,
} from './text.js';
import { fillsWidth, startsIndented, wrapWidth } from './wrap.js';

export { collapseSpaces, foldWidth, isPageNumber } from './text.js';

/** Geometry that the PDF reader attaches to its lines (see src/ingest/pdf.ts). */
interface Geo {
  x: number;
  right: number;
  top: number;
  size: number;
  edge?: 'top' | 'bottom';
  /** set in spaced-out glyphs (a signature, a display line): never a run of prose */
  letterSpaced?: boolean;
}
type Line = {
  text: string;
  page: number | null;
  heading: boolean;
  level?: number;
  geo?: Geo;
  /** hard-wrapped text: the (last) line fills the wrap width, and the line starts indented */
  full?: boolean;
  indented?: boolean;
  /** the raw line holds a run of spaces between its words: cells set out by hand (PADDED) */
  padded?: boolean;
};

/** Canonical plus where each source page starts in the text (a paragraph can run over a page break). */
export interface CanonicalWithPages extends Canonical {
  /** ascending: from offset `start` on, the text comes from page `page` (paged formats only) */
  pageStarts: Array<{ start: number; page: number }>;
}

const geoOf = (l: SourceLine): Geo | undefined => {
  const g = l as unknown as Partial<Geo>;
  return typeof g.x === 'number' && typeof g.right === 'number' && typeof g.size === 'number'
    ? { x: g.x, right: g.right, top: g.top ?? 0, size: g.size, edge: g.edge, ...(g.letterSpaced ? { letterSpaced: true } : {}) }
    : undefined;
};

const squash = (t: string) => t.replace(/\s+/g, '');
const pageKey = (t: string) => squash(t).replace(/\d+/g, '#');

/** Lines repeated at the top or bottom of many pages: running headers and footers. */
function runningLines(lines: Line[], pageCount: number): Set<Line> {
  const out = new Set<Line>();
  if (pageCount < 2) return out;
  const byPage = new Map<number, Line[]>();
  for (const l of lines) if (l.page != null) (byPage.get(l.page) ?? byPage.set(l.page, []).get(l.page)!).push(l);
  const counts = new Map<string, Set<number>>();
  const edgeLines: Array<[string, Line]> = [];
  for (const [p, ls] of byPage) {
    const edges = new Set([...ls.slice(0, 2), ...ls.slice(-2)]);
    for (const l of edges) {
      const k = pageKey(l.text);
      if (!k || k.length > 60 || /[。！？；]/.test(k)) continue;
      (counts.get(k) ?? counts.set(k, new Set()).get(k)!).add(p);
      edgeLines.push([k, l]);
    }
  }
  const need = pageCount <= 3 ? pageCount : Math.max(3, Math.ceil(pageCount * 0.5));
  for (const [k, l] of edgeLines) if ((counts.get(k)?.size ?? 0) >= need) out.add(l);
  return out;
}

/** Body font size, left margin and right margin of a PDF, from its lines. */
type Layout = { size: number; left: number; right: number; indented: boolean; pitch: number; spaced: boolean };
function pdfLayout(lines: Line[]): Layout | null {
  const g = lines.filter((l) => l.geo).map((l) => ({ ...l.geo!, n: squash(l.text).length }));
  if (!g.length) return null;
  const bySize = new Map<number, number>();
  for (const x of g) bySize.set(Math.round(x.size), (bySize.get(Math.round(x.size)) ?? 0) + x.n);
  const size = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const body = g.filter((x) => Math.abs(x.size - size) < 1);
  const lefts = body.map((x) => x.x).sort((a, b) => a - b);
  // left margin: the smallest x that several body lines share
  let left = lefts[0]!;
  for (const x of lefts) {
    if (lefts.filter((y) => Math.abs(y - x) < size * 0.3).length >= Math.min(3, lefts.length)) {
      left = x;
      break;
    }
  }
  const rights = body.map((x) => x.right).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? rights[rights.length - 1]!;
  // first-line indentation (two characters) marks paragraph starts in this document
  const indentedStarts = body.filter((x) => Math.abs(x.x - left - 2 * size) < size * 0.6).length;
  const atLeft = body.filter((x) => Math.abs(x.x - left) < size * 0.3).length;
  // line pitch (baseline to baseline inside a paragraph) and whether paragraphs are set apart by space
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (!a.geo || !b.geo || a.page !== b.page || Math.abs(a.geo.size - size) > 1 || Math.abs(b.geo.size - size) > 1) continue;
    const d = b.geo.top - a.geo.top;
    if (d > 0) gaps.push(d);
  }
  const hist = new Map<number, number>();
  for (const d of gaps) hist.set(Math.round(d), (hist.get(Math.round(d)) ?? 0) + 1);
  const pitch = [...hist.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? size * 1.5;
  const spaced = gaps.filter((d) => d > pitch * 1.5).length >= 3;
  return { size, left, right, indented: indentedStarts >= 3 && atLeft >= indentedStarts, pitch, spaced };
}

/** The layout for the break before line i: when the line before it ends where its own neighbour
 * (above, or line i) ends, short of the page's measure but over most of it, the column is set
 * narrower there (text running around a picture or a pull quote) and that edge is the measure. */
function localMeasure(lines: Line[], i: number, lay: Layout): Layout {
  const a = lines[i - 1]?.geo;
  if (!a || Math.abs(a.size - lay.size) >= 1 || a.right >= lay.right - 1.5 * lay.size) return lay;
  if (a.right - lay.left < 0.75 * (lay.right - lay.left)) return lay;
  const same = [lines[i - 2], lines[i]].some((l) => l?.geo && l.page === lines[i - 1]!.page && Math.abs(l.geo.size - lay.size) < 1 && Math.abs(l.geo.right - a.right) <= 0.5 * lay.size);
  return same ? { ...lay, right: a.right } : lay;
}

/** a gap the PDF reader kept between two Chinese runs: the line is set in columns (cells) */
const CELL_GAP = /[\u3400-\u9fff）)] [\u3400-\u9fff（(]/;

/** Does PDF line b continue line a (a line broken by the layout)? */
function layoutContinues(a: Line, b: Line, lay: Layout): boolean {
  const ga = a.geo;
  const gb = b.geo;
  if (!ga || !gb) return false;
  if (a.page != null && b.page != null && b.page !== a.page && b.page !== a.page + 1) return false;
  if (Math.abs(ga.size - gb.size) > 1) return false;
  if (startsWithCloser(b.text, a.text)) return true;
  // (kinsoku: a character moved down with the mark after it leaves the line that much shorter)
  const full = ga.right >= lay.right - (1.5 + carriedBeforeCloser(b.text)) * ga.size;
  if (!full) return false;
  if (isStandaloneLine(a.text) || isStandaloneLine(b.text)) return false;
  if (ga.letterSpaced || gb.letterSpaced) return false;
  // two body-type lines each set in cells (a layout gap between Chinese runs): table rows, not one
  // sentence (a masthead in large type may be spaced and still run on)
  if (ga.size <= lay.size + 0.5 && CELL_GAP.test(a.text) && CELL_GAP.test(b.text)) return false;
  const atMargin = gb.x <= lay.left + 0.5 * gb.size;
  // with indented paragraph starts, a full line followed by a line at the margin is one paragraph
  // even when the sentence ends exactly at the line end
  if (atMargin && lay.indented && !SECTION_START.test(b.text)) return true;
  // with space between paragraphs, a line at the normal pitch below a full line continues it
  if (lay.spaced && a.page === b.page) {
    const d = gb.top - ga.top;
    if (d > lay.pitch * 1.5) return false;
    if (atMargin && d > 0 && !SECTION_START.test(b.text)) return true;
  }
  if (endsTerminal(a.text)) return false;
  if (atMargin) return true;
  // a large-type title or header line that fills the measure and goes on centred below
  if (ga.size > lay.size + 1 && !/[\p{P}]$/u.test(a.text)) return true;
  return false;
}

/** A paragraph that reads like a title or heading (no sentence inside, short). */
function titleLike(t: string): boolean {
  if (/[。！？；]/.test(t)) return false;
  return squash(t).length <= 40 || SECTION_START.test(t);
}

/** a line opened by a short label and a colon, a count in brackets or not: a record of a list */
// (the label may be letter-spaced to the width of the others above and below it: 电 工：…, 中式烹调：…)
const LABELLED = new RegExp(`^${LINE_LABEL}(?:[（(]\\d{1,4}[\u4e00-\u9fa5]{1,2}[）)])?[：:](?!$)`);

/** In hard-wrapped text, does q go on with p? A line that fills the wrap width was cut by it, and the
 * line after it continues unless it starts a paragraph: indented, numbered, or a line of its own (a date,
 * 附件：). When paragraphs open indented, even a full line ending a sentence runs on into a line at the
 * margin. A labelled line (抄送：…) may be cut too; a date or a seal note is never. */
function wrapContinues(p: Line, q: Line, indents: boolean): boolean {
  if (!p.full || q.indented || q.full === undefined) return false;
  if (SECTION_START.test(q.text) || isStandaloneLine(q.text)) return false;
  if (isStandaloneLine(p.text) && !/[：:]/.test(p.text)) return false;
  return indents || !endsTerminal(p.text);
}

/** a line opening with a bullet (·, ●, ◆ …) before a word is an item of a list: it opens a paragraph of its own */
const BULLET_START = /^[\s\u3000]*[·•●◆◇■□▪★☆▲►▶][\s\u3000]*[\u4e00-\u9fa5“「]/;

/** Do paragraphs p and q form one paragraph broken mid-sentence? */
function paragraphContinues(p: Line, q: Line, inBody: boolean, indents = false): boolean {
  if (p.heading || q.heading) return false;
  if (wrapContinues(p, q, indents)) return true;
  if (isStandaloneLine(p.text) || isStandaloneLine(q.text)) return false;
  if (endsTerminal(p.text)) return false;
  // strong signs, anywhere (header block too)
  if (startsWithCloser(q.text, p.text)) return true;
  if (figureCut(p.text, q.text)) return true;
  if (SECTION_START.test(q.text) || BULLET_START.test(q.text)) return false;
  if (endsWithComma(p.text)) return true;
  if (hasOpenBracket(p.text)) return true;
  // weak sign, body only: a sentence fragment followed by the rest of the sentence
  if (!inBody || titleLike(p.text)) return false;
  // a labelled record of a list (焊工（3名）：某、某 / 电工：某（某公司）) is done before the next record, and
  // done when its last item's note in brackets closes it
  if (LABELLED.test(p.text) && (LABELLED.test(q.text) || /[）)]$/.test(p.text))) return false;
  // (two rows of a table, cells parted by tabs, are two records though a note in a cell holds a comma: 盘某（女，瑶族）)
  if (p.text.includes('\t') && q.text.includes('\t')) return false;
  // (nor two rows set out with runs of spaces, a cell of the second holding a list: 3  某工程  某公司  未设置告示牌、台账不全)
  if (p.padded && q.padded) return false;
  return hasSentencePunct(q.text);
}

/** a table row the writer parted with tabs (1\t某某（某市工匠）\t“某某”创新工作室\t某公司): its tabs are the cells' bounds and
 * stay, each cell's spaces cleaned on its own; the folding to one space would glue the row number to the next cell and
 * erase the bound between two Han cells (records.ts reads the tab as a delimiter) */
function tabRow(raw: string): string | null {
  const cells = raw.trim().split(/\t+/).map((c) => foldWidth(c).replace(/\s+/g, ' ').trim());
  if (cells.length < 3 || cells.some((c) => !c) || !cells.some((c) => /[\u4e00-\u9fa5]/.test(c))) return null;
  return cells.join('\t');
}

/** a run of spaces inside a line: cells or a right-aligned signature, set out by hand, not cut by a wrap */
const PADDED = /\S[\s\u3000]{2,}\S/;

/** A figure cut from its measure word by a copied page's line break (…的人员 96 / 名，开展…): a line that
 * ends in a digit and one that opens with the measure word and runs on as a sentence are one; a table's
 * row (cells set apart by runs of spaces) is not cut */
const FIGURE_TAIL = /\d$/;
const MEASURE_HEAD = /^(?:名|人次|人|个|家|项|场次|次|元|万元|亿元|万|亿|%|％)[，。、；,;\u4e00-\u9fa5]/;
const figureCut = (p: string, q: string): boolean =>
  FIGURE_TAIL.test(p.trim()) && !PADDED.test(p.trim()) && MEASURE_HEAD.test(q.trim()) && hasSentencePunct(q);

/** Text (no page geometry) cut at a fixed width: the width, and whether its paragraphs open indented. */
function hardWrap(r: IngestResult): { width: number; half: boolean; indents: boolean } | null {
  const src = r.lines;
  const raw = src.filter((s) => s.page == null && s.kind !== 'heading' && !geoOf(s)).map((s) => s.text);
  if (raw.length < src.length) return null;
  // every character counted alike (a plain text wrap), else digits counted half (a typeset page copied out, which
  // only a text file holds: a DOCX's or a page's lines are its paragraphs, and a table's rows may be alike in width)
  const plain = wrapWidth(raw);
  const width = plain ?? (r.format === 'txt' || r.format === 'md' ? wrapWidth(raw, true) : null);
  return width == null ? null : { width, half: plain == null, indents: raw.filter(startsIndented).length >= 3 };
}

export function normalize(r: IngestResult): CanonicalWithPages {
  // 1. clean (and, in text cut at a fixed width, mark the lines the wrap cut)
  const wrap = hardWrap(r);
  let lines: Line[] = [];
  for (const s of r.lines) {
    const text = tabRow(s.text) ?? foldWidth(s.text).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const line: Line = { text, page: s.page, heading: s.kind === 'heading', level: s.level, geo: geoOf(s), padded: PADDED.test(s.text.trim()) };
    if (wrap) Object.assign(line, { full: fillsWidth(s.text, wrap.width, wrap.half) && !PADDED.test(s.text.trim()), indented: startsIndented(s.text) });
    lines.push(line);
  }

  // 2. page numbers and running headers/footers
  const pageCount = r.pageCount ?? 0;
  const paged = lines.some((l) => l.page != null);
  if (paged) {
    const byPage = new Map<number, Line[]>();
    for (const l of lines) if (l.page != null) (byPage.get(l.page) ?? byPage.set(l.page, []).get(l.page)!).push(l);
    const drop = new Set<Line>();
    for (const ls of byPage.values()) {
      // a bare number (or a folio with the issue mark) among the first/last two lines of a page
      const edges = [...ls.slice(0, 2), ...ls.slice(-2)];
      for (const l of edges) if (isBareNumber(l.text) || isPageNumber(l.text) || isFolio(l.text)) drop.add(l);
    }
    for (const l of runningLines(lines, Math.max(pageCount, byPage.size))) drop.add(l);
    lines = lines.filter((l) => !drop.has(l));
  }
  lines = lines.filter((l) => !isPageNumber(l.text));

  // 3a. PDF: re-join lines broken by the layout
  const lay = paged ? pdfLayout(lines) : null;
  type Para = Line & { pieces: Array<{ text: string; page: number | null }> };
  const paras: Para[] = [];
  for (const [i, l] of lines.entries()) {
    const prev = paras[paras.length - 1];
    // the previous paragraph's last piece, as a line (only the PDF layout test reads it)
    const last: Line | undefined = prev && lay ? { ...prev, text: prev.pieces[prev.pieces.length - 1]!.text, geo: prev.geo } : undefined;
    if (prev && last && lay && !prev.heading && !l.heading && layoutContinues(last, l, localMeasure(lines, i, lay))) {
      prev.pieces.push({ text: l.text, page: l.page });
      prev.text = joinPieces(prev.text, l.text);
      prev.geo = l.geo;
      continue;
    }
    paras.push({ ...l, pieces: [{ text: l.text, page: l.page }] });
  }

  // 3b. paragraphs broken mid-sentence (every format); the header block keeps its lines
  const merged: Para[] = [];
  let inBody = false;
  for (const p of paras) {
    const prev = merged[merged.length - 1];
    if (prev && paragraphContinues(prev, p, inBody, wrap?.indents)) {
      prev.pieces.push(...p.pieces);
      prev.text = joinPieces(prev.text, p.text);
      prev.geo = p.geo;
      prev.full = p.full;
    } else merged.push(p);
    const cur = merged[merged.length - 1]!;
    if (!inBody && !cur.heading && (/[。！？；]/.test(cur.text) || /[：:]$/.test(cur.text))) inBody = true;
  }

  // 4 + 5. spaces, offsets, pages
  const parts: string[] = [];
  const out: CanonicalLine[] = [];
  const pageStarts: Array<{ start: number; page: number }> = [];
  let pos = 0;
  for (const p of merged) {
    // clean the spaces piece by piece so that page changes inside a paragraph keep their offsets
    let text = '';
    // titles and headings keep a single space between two Han characters (see titleLikeLine)
    const keep = titleLikeLine(p.text) || cellRowLine(p.text) || entryRunLine(p.text) || unitEntryLine(p.text);
    for (const piece of p.pieces) {
      const t = collapseSpaces(piece.text, keep);
      if (!t) continue;
      const joined = text ? joinPieces(text, t) : t;
      const at = pos + joined.length - t.length;
      if (piece.page != null && pageStarts[pageStarts.length - 1]?.page !== piece.page) pageStarts.push({ start: at, page: piece.page });
      text = joined;
    }
    text = collapseSpaces(text, keep);
    if (!text) continue;
    parts.push(text);
    const line: CanonicalLine = { start: pos, end: pos + text.length, page: p.pieces[0]!.page, heading: p.heading };
    if (p.heading && p.level != null) line.level = p.level;
    out.push(line);
    pos += text.length + 1;
  }
  return { text: parts.join('\n'), lines: out, pageStarts };
}

/** The source page of an offset, from normalize()'s pageStarts (null for unpaged formats). */
export function pageAtOffset(c: Canonical, offset: number): number | null {
  const starts = (c as Partial<CanonicalWithPages>).pageStarts;
  if (starts?.length) {
    let page: number | null = null;
    for (const s of starts) {
      if (s.start <= offset) page = s.page;
      else break;
    }
    return page ?? starts[0]!.page;
  }
  const line = c.lines.find((l) => offset >= l.start && offset <= l.end);
  return line?.page ?? null;
}
