// A figure alone in a table's cell, its measure word in a label's brackets: the head cell over its column
// (成员（人） | … | 14) or the label that opens its row (送温暖慰问（户） 320 300 106.7%, an indicator table
// set out with wide spaces: 指标 | 目标 | 完成 | 完成率, any set of columns). Its subject is that label without the
// bracket, its sentence the row (which says whose figure it is); a rate cell (106.7%) takes the same label.
import { lineStart, lineEnd } from '../../text-lines.js';
import { lineCellAt, type RecordColumns } from '../named/records.js';

/** a label and the measure word its brackets hold (成员（人）, 近三年攻关项目（项）) */
const BRACKETED = /^([\u4e00-\u9fa5][\u4e00-\u9fa5、·]{0,19})[（(]([\u4e00-\u9fa5/／]{1,4})[）)]$/;
const LABEL = '([\\u4e00-\\u9fa5][\\u4e00-\\u9fa5、·]{0,19})';
/** a cell: a figure (1860, 2.14万) or a rate, the rate with the two-character word of its direction before it
 * (增长6.3%, 下降2.1%: a 同比 column); the normaliser may have dropped the wide spaces between cells */
const CELL = '(?:\\d[\\d.,，]*[万亿]?|(?:[\\u4e00-\\u9fa5]{2})?\\d[\\d.,，]*[%％])';
const CELLS = `${CELL}(?:[ \\t]*${CELL})*`;
/** a row of figures under a label with its measure word, rate cells among them: 新办理会员卡（张）1200 1350 112.5% */
const LABEL_ROW = new RegExp(`^${LABEL}[（(]([\\u4e00-\\u9fa5]{1,4})[）)][ \\t]*${CELLS}$`);
/** the same row with the measure word in a column of its own under a 单位 head: 新办理会员卡 张 1200 1350 112.5% */
const UNIT_COLUMN_ROW = new RegExp(`^${LABEL}[ \\t]+([\\u4e00-\\u9fa5]{1,3})[ \\t]+${CELLS}$`);
/** a cell that is only a figure or a rate, on a line of its own (a table the normaliser set out one cell a line) */
const FIGURE_LINE = /^\d[\d.,，]*[%％]?$/;
const UNIT_HEAD = '单位';
/** a table row between vertical rules: box-drawn (│ ┃) or a pipe table (| ｜) */
const RULED_ROW = /^\s*[│┃|｜].*[│┃|｜]\s*$/;

export interface CellUnit {
  /** the measure word in the label's brackets */
  word: string;
  subject: string;
  rowStart: number;
  rowEnd: number;
}

/** the label and measure word of the number spanning [start, end) when it is a whole cell of a table row */
export function cellUnit(text: string, start: number, end: number): CellUnit | null {
  const row = rowLabelCell(text, start, end);
  if (row) return row;
  const ls = lineStart(text, start);
  const le = lineEnd(text, end);
  return headCellUnit(text, ls, le, start, end) ?? spacedCellUnit(text, start, end);
}

/** the label that opens the row of the figure or rate spanning [start, end), with the row's measure word: in its
 * brackets, or in a 单位 column; the row on one line or set out one cell a line. A rate keeps its own unit (%). */
export function rowLabelCell(text: string, start: number, end: number): CellUnit | null {
  const ls = lineStart(text, start);
  const le = lineEnd(text, end);
  const line = text.slice(ls, le);
  if (line.trim() === text.slice(start, end)) return lineRow(text, ls, le);
  const { cells, at } = ruledCells(line);
  const own = LABEL_ROW.exec(cells);
  if (own && start - ls - at > own[1].length) return { word: own[2], subject: own[1], rowStart: ls, rowEnd: le };
  const col = UNIT_COLUMN_ROW.exec(cells);
  const lead = col ? at + cells.indexOf(col[2], col[1].length) + col[2].length : 0;
  if (col && start - ls >= lead && unitHeadAbove(text, ls)) return { word: col[2], subject: col[1], rowStart: ls, rowEnd: le };
  return null;
}

/** a row drawn between rules (│技能培训（人次）│1200 │980 │81.7% │, a box-drawn or pipe table) read as a row set out
 * with spaces: each rule a space, the row from its first cell on (`at`: where that cell starts in the line) */
function ruledCells(line: string): { cells: string; at: number } {
  if (!RULED_ROW.test(line)) return { cells: line, at: 0 };
  const spaced = line.replace(/[│┃|｜]/g, ' ');
  const at = spaced.length - spaced.trimStart().length;
  return { cells: spaced.trim(), at };
}

/** a figure alone on its line: the figure lines before it back to the label that opens the row (its measure word in
 * brackets, or on the line after it under a 单位 head) */
function lineRow(text: string, ls: number, le: number): CellUnit | null {
  let s = ls;
  for (let n = 0; n < 8 && s > 0; n++) {
    s = lineStart(text, s - 1);
    const t = text.slice(s, lineEnd(text, s)).trim();
    if (FIGURE_LINE.test(t)) continue;
    const b = BRACKETED.exec(t);
    if (b) return opensRow(text, s, le) ? { word: b[2], subject: b[1], rowStart: s, rowEnd: le } : null;
    if (!/^[\u4e00-\u9fa5]{1,3}$/.test(t) || s === 0) return null;
    const ps = lineStart(text, s - 1);
    const label = new RegExp(`^${LABEL}$`).exec(text.slice(ps, s - 1).trim());
    return label && opensRow(text, ps, le) && unitHeadAbove(text, ps) ? { word: t, subject: label[1], rowStart: ps, rowEnd: le } : null;
  }
  return null;
}

/** the label line at `ls` opens the row the figure line ending at `le` closes: not a head cell among head cells (a
 * bracketed cell before it: the head of a table whose columns carry the units), and the figure is not the next row's
 * number (a row number before the label, another label after the figure) */
function opensRow(text: string, ls: number, le: number): boolean {
  if (ls === 0) return true;
  const before = text.slice(lineStart(text, ls - 1), ls - 1).trim();
  if (BRACKETED.test(before) || serialHeadAbove(text, ls)) return false;
  if (!FIGURE_LINE.test(before) || le >= text.length) return true;
  const after = text.slice(le + 1, lineEnd(text, le + 1)).trim();
  return !after || FIGURE_LINE.test(after) || /[。；;！？：:，,]/.test(after);
}

/** the label line at `ls` is a head cell after a 序号 head cell (序号\n单位\n推荐名额（名）\n1\n…, a table written one
 * cell a line): the figure after it is the first row's number, no count */
function serialHeadAbove(text: string, ls: number): boolean {
  for (let s = ls, n = 0; s > 0 && n < 6; n++) {
    s = lineStart(text, s - 1);
    const t = text.slice(s, lineEnd(text, s)).trim();
    if (t === '序号') return true;
    if (!/^[\u4e00-\u9fa5（）()]{1,12}$/.test(t)) return false;
  }
  return false;
}

/** a 单位 head cell in the table above the row at `ls` (the table ends upwards at a line of a sentence) */
function unitHeadAbove(text: string, ls: number): boolean {
  for (let s = ls, n = 0; s > 0 && n < 60; n++) {
    s = lineStart(text, s - 1);
    const t = text.slice(s, lineEnd(text, s)).trim();
    if (/[。；;！？]/.test(t)) return false;
    if (t.split(/[ \t]+/).includes(UNIT_HEAD)) return true;
  }
  return false;
}

/** a head cell naming a count by its measure word and 数 (成员人数, 帮扶户数): that word is its cells' unit */
const COUNT_HEAD = /^([\u4e00-\u9fa5]{1,12})([\u4e00-\u9fa5])数$/;
/** a box-drawn rule line between a table's rows (├────┼────┤, ┌──┬──┐): it draws, it holds no cells */
const BOX_RULE_LINE = /^\s*[┌├└┏┣┗╔╠╚┠┝╞╟][─━┬┼┴┯┿┷┳╋┻═╤╪╧╦╬╩┰╂┸\s]*[┐┤┘┓┫┛╗╣╝┨┥╡╢]\s*$/;
/** a rule row under a pipe table's head (| --- | :---: |) */
const RULE_CELL = /^[\s:：\-—─━=]*$/;

/** a tab row's or a pipe row's cell that is only the number: the unit in its column's head cell, the first row of
 * the table above (the run of rows of as many cells the row stands in, a pipe table's rule row passed over) */
function headCellUnit(text: string, ls: number, le: number, start: number, end: number): CellUnit | null {
  const col = cellColumn(text.slice(ls, le), start - ls, end - ls);
  const head = col ? gridHead(text, ls, col.width) : null;
  return head ? headUnit(head.cells[col!.index].trim(), ls, le) : null;
}

/** the head row of the tab or pipe table whose row starts at `ls`: the first of the run of rows of `width` cells
 * above it (a pipe table's rule row passed over), its cells and where it starts */
function gridHead(text: string, ls: number, width: number): { cells: string[]; at: number } | null {
  let head: { cells: string[]; at: number } | null = null;
  for (const row of rowsAbove(text, ls, width, splitRow)) if (!row.cells.every((c) => RULE_CELL.test(c))) head = row;
  return head;
}

/** the rows right above the row starting at `ls` that `split` reads as `width` cells, nearest first: the run of a
 * table's rows up to its first line of another shape (the grid tables and the ruled tables both read their head so) */
function* rowsAbove(text: string, ls: number, width: number, split: (line: string) => string[] | null): Generator<{ cells: string[]; at: number }> {
  for (let e = ls - 1; e > 0; ) {
    const s = lineStart(text, e);
    if (BOX_RULE_LINE.test(text.slice(s, e))) { e = s - 1; continue; }
    const cells = split(text.slice(s, e));
    if (!cells || cells.length !== width) return;
    yield { cells, at: s };
    e = s - 1;
  }
}

/** the cells of a tab row, or of a row between vertical rules (its outer rules dropped); null for other lines */
function splitRow(line: string): string[] | null {
  if (RULED_ROW.test(line)) return line.trim().slice(1, -1).split(/[│┃|｜]/);
  return line.includes('\t') ? line.split('\t') : null;
}

/** the column of the cell [start, end) of a row when the number is the whole cell, and the row's width */
function cellColumn(line: string, start: number, end: number): { index: number; width: number } | null {
  const cells = splitRow(line);
  if (!cells) return null;
  const ruled = RULED_ROW.test(line);
  const before = line.slice(ruled ? line.search(/[│┃|｜]/) + 1 : 0, start);
  const sep = ruled ? /[│┃|｜]/ : /\t/;
  const whole = new RegExp(`(?:^|${sep.source})[ ]*$`);
  if (!whole.test(before) || !new RegExp(`^[ ]*(?:${sep.source}|$)`).test(line.slice(end))) return null;
  return { index: before.split(sep).length - 1, width: cells.length };
}

/** a bare number alone on its line in a table the normaliser wrote one cell a line (工作室名称\n…\n成员人数\n某工作室\n
 * …\n9): its column's head read as the workshop records read it (records.ts lineCellAt), its measure word in the
 * head's brackets or before its 数; the row is its sentence (whose figure it is) */
export function lineCellUnit(text: string, start: number, end: number, cols: RecordColumns): CellUnit | null {
  if (text.slice(lineStart(text, start), lineEnd(text, end)).trim() !== text.slice(start, end)) return null;
  const c = lineCellAt(text, start, cols);
  return c ? headUnit(c.head, c.rowStart, c.rowEnd) : null;
}

/** a head naming a count of visits by its measure word (培训人次, 走访户次, 服务车次): that word is its cells' unit */
const VISIT_HEAD = /^[\u4e00-\u9fa5]{1,10}?([人户家台架车]次)$/;

/** the measure word a head cell gives its column: in its brackets (成员（人）), before its 数 (成员人数) or the
 * visits it counts (培训人次) */
function headUnit(head: string, rowStart: number, rowEnd: number): CellUnit | null {
  const b = BRACKETED.exec(head);
  if (b) return { word: b[2], subject: b[1], rowStart, rowEnd };
  const word = VISIT_HEAD.exec(head)?.[1] ?? COUNT_HEAD.exec(head)?.[2];
  return word ? { word, subject: head, rowStart, rowEnd } : null;
}

/** a tab or pipe row's first cell and the column of the figure spanning [start, end), the table's head the first
 * row of the run of rows as wide above it (a pipe table's rule row passed over) */
export function gridTableCell(text: string, start: number, end: number): SpacedCell | null {
  const ls = lineStart(text, start);
  const le = lineEnd(text, end);
  const col = cellColumn(text.slice(ls, le), start - ls, end - ls);
  if (!col || col.index === 0) return null;
  const head = gridHead(text, ls, col.width);
  const label = splitRow(text.slice(ls, le))![0].trim().replace(/[ \t]+/g, '');
  return head ? { label, index: col.index, head: head.cells.map((c) => c.trim()), headStart: head.at, rowStart: ls, rowEnd: le } : null;
}

/** a row whose cells carry their measure words after its label, the spaces between cells kept or not by the
 * normaliser (家政服务 6期 240人次, 家政服务6期240人次) */
const MEASURED_ROW = /^([\u4e00-\u9fa5][\u4e00-\u9fa5、·]{0,19}?)\s*((?:\d[\d.,]*(?:万|亿)?(?:[\u4e00-\u9fa5]{1,3}?|[%％])\s*)+)$/;
const MEASURED_CELL = /\d[\d.,]*(?:万|亿)?(?:[\u4e00-\u9fa5]{1,3}?|[%％])(?=\s*\d|\s*$)/g;
/** a head cell: a word naming a column (项目, 期数, 人次, 资金（万元）) */
const HEAD_CELL = /^[\u4e00-\u9fa5]{1,8}(?:[（(][\u4e00-\u9fa5]{1,4}[）)])?$/;

/** the label and cells of a row of measured cells, or null */
function measuredRow(line: string): { label: string; cells: string[] } | null {
  const m = MEASURED_ROW.exec(line.trim());
  return m ? { label: m[1], cells: m[2].match(MEASURED_CELL) ?? [] } : null;
}

/** 家政服务 6期 240人次 under 项目 期数 人次 (a table set out with spaces whose cells carry their measure
 * words): the label that opens the row of the cell spanning [start, end), for each cell counts what the row names */
export function measuredRowLabel(text: string, start: number, end: number): string | null {
  const ls = lineStart(text, start);
  const row = measuredRow(text.slice(ls, lineEnd(text, end)));
  if (!row || !row.cells.includes(text.slice(start, end))) return null;
  const width = row.cells.length + 1;
  for (let s = ls, n = 0; s > 0 && n < 30; n++) {
    s = lineStart(text, s - 1);
    const above = text.slice(s, lineEnd(text, s));
    if (measuredRow(above)?.cells.length === width - 1) continue;
    const head = above.trim().split(/\s+/);
    return head.length === width && head.every((c) => HEAD_CELL.test(c)) ? row.label : null;
  }
  return null;
}

/** a column head that names a count (计划人数, 参赛名额, 资助金额, 数量): what each figure under it counts */
const COUNT_COLUMN = /^[\u4e00-\u9fa5]{0,6}(?:人数|名额|数量|金额|户数|件数|个数)$/;
/** the cells of a line set out with spaces (the normaliser leaves one space between cells, or none before a figure) */
const cellsOf = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/** 焊工 学生组60人 某市高级技工学校 under 竞赛项目 组别 计划人数 竞赛地点 (a table set out with spaces, words in its other
 * cells): a figure that is a cell of its own, or glued to the cell before it, under a head naming a count is counted
 * by that head, not by the name in the cell after it */
export function countColumnHead(text: string, start: number, end: number): string | null {
  const ls = lineStart(text, start);
  const le = lineEnd(text, end);
  const before = cellsOf(text.slice(ls, start));
  const after = cellsOf(text.slice(end, le));
  // (the figure must end its cell: 80人次以上 is no cell)
  if (/^\S/.test(text.slice(end, le)) || before.length === 0) return null;
  const index = before.length;
  const width = before.length + 1 + after.length;
  if (width < 3) return null;
  for (let s = ls, n = 0; s > 0 && n < 30; n++) {
    s = lineStart(text, s - 1);
    const above = cellsOf(text.slice(s, lineEnd(text, s)));
    if (above.some((c) => /\d/.test(c))) continue;
    if (above.length !== width || !above.every((c) => HEAD_CELL.test(c))) return null;
    return COUNT_COLUMN.test(above[index]) ? above[index] : null;
  }
  return null;
}

/** a row of a table set out with spaces or tabs whose label opens it and whose other cells are figures, rates or
 * dashes for an empty cell (the normaliser may glue the label or a dash to a figure: 国家级1 0, 合 计86 3700——);
 * the label may count what it names (其余8个街道, 前3名企业: a figure with the word after it stays in the label) */
const SPACED_ROW = /^([\u4e00-\u9fa5](?:[\u4e00-\u9fa5 （）()、·]|\d+(?=[\u4e00-\u9fa5])){0,19}?)[ \t]*((?:\d[\d.,]*[%％]?|[—–－-]+)(?:[ \t]*(?:\d[\d.,]*[%％]?|[—–－-]+))*)$/;
const SPACED_CELL = /\d[\d.,]*[%％]?|[—–－-]+/g;
/** a head cell of such a table; a closing bracket ends a cell even when glued to the next (人数（人）占年度任务) */
const SPACED_HEAD_CELL = /[\u4e00-\u9fa5]{1,10}(?:[（(][\u4e00-\u9fa5]{1,4}[）)])?/g;
/** a head naming a count by its measure word and 数 (期数, 人数, 户数): the word is its column's unit */
const MEASURE_COUNT_HEAD = /^([\u4e00-\u9fa5]{1,2})数$/;

export interface SpacedCell {
  /** the row's label, its spaces dropped (合 计 → 合计) */
  label: string;
  /** the cell's column (0 the label column) */
  index: number;
  /** the table's head cells and where its head line starts */
  head: string[];
  headStart: number;
  rowStart: number;
  rowEnd: number;
}

/** the label and the cells (with their offsets in the line) of a row set out with spaces or tabs, or null */
function spacedRow(line: string): { label: string; cells: { text: string; at: number }[] } | null {
  const m = SPACED_ROW.exec(line.trimEnd());
  if (!m) return null;
  const from = m[0].length - m[2].length;
  const cells = [...m[2].matchAll(SPACED_CELL)].map((c) => ({ text: c[0], at: from + c.index! }));
  return { label: m[1].replace(/[ \t]+/g, ''), cells };
}

/** a row number that opens a row under a 序号 head, glued to the row's label by the normaliser (1红星镇总工会3) */
const ROW_NUMBER = /^\s*\d{1,3}[.、．]?[ \t]*(?=[\u4e00-\u9fa5])/;
/** the head word of a column of row numbers */
const SERIAL_HEAD = /^\s*序号[ \t]*/;

/** a row of a numbered table (1 某镇工会 3, under 序号 单位 名额（名）): its number is read as no cell of it, as the
 * head's 序号 is no head cell (numberedHead); the cells' offsets stay those of the line. Null for other lines. */
function numberedRow(line: string): { label: string; cells: { text: string; at: number }[] } | null {
  const n = ROW_NUMBER.exec(line);
  const row = n ? spacedRow(line.slice(n[0].length)) : null;
  return row ? { label: row.label, cells: row.cells.map((c) => ({ text: c.text, at: c.at + n![0].length })) } : null;
}

/** a row of the table above a row: a plain row, or a numbered one when `numbered` (a numbered row's table has
 * numbered rows above it; a plain row may close a numbered table, 合计 under its numbered rows, but a second plain
 * row below that total is past the table's end: 附件2 after it) */
function tableRowAbove(line: string, numbered: boolean): { cells: { text: string; at: number }[]; plain: boolean } | null {
  const r = spacedRow(line);
  if (r) return { cells: r.cells, plain: true };
  const n = numbered ? numberedRow(line) : null;
  return n ? { cells: n.cells, plain: false } : null;
}

/** the head of a numbered table without its 序号 (序号单位推荐名额（名）, the normaliser gluing its cells); the head of
 * the label column glued to the first figure column's bracketed head (单位推荐名额（名）) is set apart as an empty cell:
 * the unit is in the figure column's brackets */
function numberedHead(line: string, width: number): string[] | null {
  if (!SERIAL_HEAD.test(line)) return null;
  const head = spacedHead(line.replace(SERIAL_HEAD, ''));
  if (!head || head.length === 0) return null;
  if (head.length === width - 1 && BRACKETED.test(head[0])) return ['', ...head];
  return head;
}

/** the head cells of a line of words (工种 班次 人数（人） 合格率), or null for a line with a figure or a mark */
function spacedHead(line: string): string[] | null {
  const t = line.trim();
  if (!t || /[\d，,。；;：:！？、]/.test(t)) return null;
  const cells = t.match(SPACED_HEAD_CELL) ?? [];
  return cells.join('') === t.replace(/[ \t]+/g, '') ? cells : null;
}

/** 焊工培训12 540 96.3% under 工种 班次 人数（人） 合格率: the figure spanning [start, end) as a cell of a table
 * set out with spaces or tabs, the rows above it of as many cells back to a head line of words as wide */
export function spacedTableCell(text: string, start: number, end: number): SpacedCell | null {
  const ls = lineStart(text, start);
  const le = lineEnd(text, end);
  const line = text.slice(ls, le);
  const plain = spacedRow(line);
  const row = plain ?? numberedRow(line);
  const index = row ? row.cells.findIndex((c) => c.at === start - ls && c.text.length >= end - start) + 1 : 0;
  if (!row || index === 0 || row.cells[index - 1].text.replace(/[%％]$/, '') !== text.slice(start, end).replace(/[%％]$/, '')) return null;
  const width = row.cells.length + 1;
  let plainAbove = false;
  for (let s = ls, n = 0; s > 0 && n < 30; n++) {
    s = lineStart(text, s - 1);
    const above = text.slice(s, lineEnd(text, s));
    const r = tableRowAbove(above, !plain || !plainAbove);
    if (r?.cells.length === width - 1) { plainAbove ||= r.plain; continue; }
    const head = numberedHead(above, width) ?? (plain ? spreadLabelJoined(spacedHead(above), width) : null);
    return head && head.length === width ? { label: row.label, index, head, headStart: s, rowStart: ls, rowEnd: le } : null;
  }
  return null;
}

/** 乡 镇  会员数  女职工: a short head word over the label column is spread with spaces to the width of its labels
 * (as 合 计 is in the rows), so a head one to three cells too wide whose first cells are single characters is
 * that word spread out */
function spreadLabelJoined(head: string[] | null, width: number): string[] | null {
  if (!head || head.length <= width || head.length > width + 3) return head;
  const spread = head.length - width + 1;
  if (!head.slice(0, spread).every((c) => c.length === 1)) return head;
  return [head.slice(0, spread).join(''), ...head.slice(spread)];
}

/** the measure word a spaced table's column head gives its cells: in its brackets (人数（人）) or the visits it counts
 * (培训人次); else the table's caption line above its head (…情况如下（单位：人）：); else the word before its 数 (期数,
 * 培训人数) */
export function spacedCellUnit(text: string, start: number, end: number): CellUnit | null {
  const c = spacedTableCell(text, start, end);
  if (!c) return null;
  const head = c.head[c.index];
  // (a caption's unit is said outright; a head's word before 数 may be a noun, 会员数, and is read after it)
  const word = BRACKETED.exec(head)?.[2] ?? VISIT_HEAD.exec(head)?.[1] ?? captionUnit(text, c.headStart, c.index, c.head.length - 1) ??
    MEASURE_COUNT_HEAD.exec(head)?.[1] ?? COUNT_HEAD.exec(head)?.[2];
  return word ? { word, subject: c.label, rowStart: c.rowStart, rowEnd: c.rowEnd } : null;
}

/** the unit a table's caption states for all its cells, on the line right above its head: （单位：人）, 单位:万元;
 * or one per figure column, in their order (（单位：人次、人、万元）) */
const CAPTION_UNIT = /单位[：:]\s*([\u4e00-\u9fa5]{1,3}(?:[、，,/／][\u4e00-\u9fa5]{1,3})*)\s*[）)]?[：:。]?\s*$/;
function captionUnit(text: string, headStart: number, column: number, columns: number): string | undefined {
  if (headStart === 0) return undefined;
  const units = CAPTION_UNIT.exec(text.slice(lineStart(text, headStart - 1), headStart - 1))?.[1].split(/[、，,/／]/);
  if (!units) return undefined;
  // a list of units names the figure columns one by one: it must name them all
  return units.length === 1 ? units[0] : units.length === columns ? units[column - 1] : undefined;
}

/** a rate in a spaced table's row (96.3% of 焊工培训12 540 96.3%): the row's label is its subject */
export function spacedRateCell(text: string, start: number, end: number): CellUnit | null {
  const c = spacedTableCell(text, start, end);
  return c ? { word: '%', subject: c.label, rowStart: c.rowStart, rowEnd: c.rowEnd } : null;
}

/** a rule between cells; a pipe table may be written without its outer rules (乡镇 ｜ 会员数 ｜ 其中女职工) */
const CELL_RULE = /[│┃|｜]/;
/** a figure that carries its own measure word (5830人, 12.5万元, 38.2%) */
const MEASURED_FIGURE = /^\d[\d.,，]*(?:万|亿)?(?:[\u4e00-\u9fa5]{1,3}|[%％])$/;
/** what a head cell says before the measure it names when the column is a part of another (其中女职工, 含农民工) */
const PART_HEAD = /^(?:其中|内含|含)/;

/** the cells of a line with at least one rule between cells, its outer rules dropped; null for other lines */
function ruledLineCells(line: string): string[] | null {
  if (!CELL_RULE.test(line)) return null;
  const cells = line.trim().replace(/^[│┃|｜]|[│┃|｜]$/g, '').split(CELL_RULE).map((c) => c.replace(/[\s\u3000]+/g, ''));
  return cells.length >= 2 ? cells : null;
}

/** a figure carrying its measure word that is a whole cell of a pipe table's row (its outer rules written or not),
 * under a head row of words as wide (a rule row passed over): the row's cells, the figure's column, the head cells
 * and where each of the row's cells starts */
interface RuledCell { cells: string[]; index: number; head: string[]; at: number[] }
function ruledCellAt(text: string, start: number, end: number): RuledCell | null {
  const ls = lineStart(text, start);
  const line = text.slice(ls, lineEnd(text, end));
  const cells = ruledLineCells(line);
  const figure = text.slice(start, end);
  if (!cells || !MEASURED_FIGURE.test(figure)) return null;
  const outer = /^\s*[│┃|｜]/.test(line) ? 1 : 0;
  const index = line.slice(0, start - ls).split(CELL_RULE).length - 1 - outer;
  if (index < 1 || cells[index] !== figure || !/^[\u4e00-\u9fa5]/.test(cells[0])) return null;
  const at = cellStarts(line, ls, outer);
  let n = 0;
  for (const { cells: above } of rowsAbove(text, ls, cells.length, ruledLineCells)) {
    if (++n > 30) return null;
    if (above.every((c) => RULE_CELL.test(c)) || above.some((c) => /\d/.test(c))) continue;
    return above.every((c) => /^[\u4e00-\u9fa5（）()]{1,12}$/.test(c)) ? { cells, index, head: above, at } : null;
  }
  return null;
}

/** where each cell of a ruled line starting at `ls` begins in the text (its first character that is not a space) */
function cellStarts(line: string, ls: number, outer: number): number[] {
  const at: number[] = [];
  let from = 0;
  for (const part of line.split(CELL_RULE).slice(outer)) {
    from = line.indexOf(part, from);
    at.push(ls + from + (part.length - part.trimStart().length));
    from += part.length;
  }
  return at;
}

/** 合隆镇 | 5830人 | 2614人 under 乡镇 | 会员数 | 其中女职工 (a pipe table whose cells carry their measure words):
 * the figure spanning [start, end) is the row's label's count of what its column head names (某镇会员数, 某镇女职工:
 * a part column's 其中 dropped) */
export function ruledCellSubject(text: string, start: number, end: number): string | null {
  const c = ruledCellAt(text, start, end);
  return c ? c.cells[0] + c.head[c.index].replace(PART_HEAD, '') : null;
}

/** a rate cell of a ruled table under a head naming a rate (│云兴镇│2600│2754│105.9%│ under │乡镇│年度目标（人）│
 * 完成数（人）│完成率│): the head names what the rate measures, the row label only whose it is */
export function ruledRateHead(text: string, start: number, end: number): string | null {
  if (!/[%％]$/.test(text.slice(start, end))) return null;
  const c = ruledCellAt(text, start, end);
  const head = c?.head[c.index];
  return head && /(?:率|比例|进度|進度)$/.test(head) ? head : null;
}

/** the same table's part column (其中女职工 beside 会员数): where the row's whole figure starts, the first figure
 * cell of the row under a head that is no part column; null for a cell of no part column */
export function ruledWholeCell(text: string, start: number, end: number): number | null {
  const c = ruledCellAt(text, start, end);
  if (!c || !PART_HEAD.test(c.head[c.index])) return null;
  const whole = c.head.findIndex((h, k) => k > 0 && k < c.index && !PART_HEAD.test(h));
  return whole > 0 && MEASURED_FIGURE.test(c.cells[whole]) ? c.at[whole] : null;
}
