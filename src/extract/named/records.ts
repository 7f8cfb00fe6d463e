// A workshop's record: a workshop mention opens a record that runs to the end of its list item, and
// the record gives its fields whatever the layout the writer chose. One reading serves them all:
//   - a list item in running text ends at ；。 or the line's end (A工作室，带头人为全国技术能手某某；B工作室…);
//   - an entry line takes the block of labelled lines under it (1．某某工作室 / 依托单位：… / 领衔人：…);
//   - a table row (Markdown pipes or space-aligned cells) ends with its line, and its cells are the fields
//     the head row's cells name (rules/workshop-names.yaml recordColumns).
// A labelled field is a label, then 为 / 是 / a colon, then its value; a leader's value may carry an honour
// or a post before the name (带头人为湖北省技术能手某某).
import { isName, slotName, type PeopleRules } from './people-cues.js';
import { lineStart, lineEnd } from '../../text-lines.js';

/** the labels of a record's fields: the head cells of a table, the labels of a field line */
export interface RecordColumns { name: string[]; leader: string[]; unit: string[]; level: string[]; person?: string[]; count?: string[]; honour?: string[]; sector?: string[] }

export interface RecordLeader { name: string; start: number; end: number; role: string | null }

/** no table row and no record item runs longer: a longer line is prose (and a 5 MB line with no break is read in
 * time linear in its size, not once per workshop mention in it) */
const ROW_MAX = 400;

/** a line of labelled fields: a short label, then its colon (依托单位：, 领 衔 人：, 工作室名称：) */
// (a dash or a bullet may mark the field under its item: ——领衔人：某某, ● 负责人：某某)
// (a whole field line may stand in brackets: （依托：某协会；带头人：某某）)
const LABEL_LINE = /^[\s\u3000]*(?:[—―－\-–·•●○◆◇▲■□※＊*>（(]{1,2}[\s\u3000]*)?[\u4e00-\u9fa5](?:[ \u3000]{0,2}[\u4e00-\u9fa5]){1,6}[：:]/;
/** a field line written without a colon, its label and value parted by blanks (带头人\u3000某某, 所在单位\u3000某厂): the
 * whole line is the two, no sentence's mark in it */
const SPACED_FIELD = /^[\s\u3000]*[\u4e00-\u9fa5]{2,6}[ \u3000]{1,4}[\u4e00-\u9fa5（）()·]{2,30}$/;

interface Cell { text: string; start: number }

/** a delimiter that parts a row's cells where the writer used no table: a slash (full-width or ASCII) or a tab
 * (1．某工作室／某公司／某某); 、 parts them too, but only where a legend or the cells' shape says the line is a row */
// (a long dash parts an annex line's fields as a slash does: 某工作室——某某厂——某某、某某)
const STRONG_DELIMS = ['／', '/', '\t', '——'];

/** the cells of a line parted by `delims`: two marks or more of one of them, the row number off the first cell, every
 * cell some Han and no sentence's punctuation (a date 2025/10/28, a path or a sentence is no row) */
export function delimitedCells(text: string, ls: number, le: number, delims: string[] = STRONG_DELIMS): Cell[] | null {
  if (le - ls > ROW_MAX) return null;
  const line = text.slice(ls, le);
  const d = delims.find((x) => line.split(x).length >= 3);
  if (!d) return null;
  const out: Cell[] = [];
  let at = 0;
  for (const raw of line.split(d)) {
    const num = out.length ? null : /^[\s\u3000]*(?:\d{1,3}[.、．]|[（(]\d{1,3}[）)])?[\s\u3000]*/.exec(raw);
    const lead = num ? num[0].length : raw.length - raw.trimStart().length;
    const cell = raw.slice(lead).trim();
    if (!/[\u4e00-\u9fa5]/.test(cell) || /[。，；,;：:|]/.test(cell)) return null;
    out.push({ text: cell, start: ls + at + lead });
    at += raw.length + d.length;
  }
  return out;
}

/** the cells of a table row: between pipes, parted by a slash or a tab, or parted by spaces where the line has three
 * cells or more and no sentence punctuation (the normaliser writes some tables so) */
export function rowCells(text: string, ls: number, le: number): Cell[] | null {
  if (le - ls > ROW_MAX) return null;
  // (a full-width bar is the same bar: ｜序号｜工作室名称｜领衔人｜)
  const line = text.slice(ls, le).replace(/｜/g, '|');
  if ((line.match(/\|/g)?.length ?? 0) >= 2) {
    const out: Cell[] = [];
    // (a row with no outer bars, 1|某某|某工作室|某公司, has cells before its first bar and after its last)
    let at = /^[\s\u3000]*\|/.test(line) ? line.indexOf('|') + 1 : 0;
    const last = /\|[\s\u3000]*$/.test(line) ? line.lastIndexOf('|') : line.length;
    for (let next = line.indexOf('|', at); at <= last; at = next + 1, next = line.indexOf('|', at)) {
      if (next < 0 || next > last) next = last;
      const raw = line.slice(at, next);
      const lead = raw.length - raw.trimStart().length;
      out.push({ text: raw.trim(), start: ls + at + lead });
    }
    return out.length >= 2 ? out : null;
  }
  const parted = delimitedCells(text, ls, le);
  if (parted) return parted;
  // (a cell may carry its label: 某公司 某工作室 带头人：某某（工种）; the label's colon is no sentence's)
  if (/[。，；,;：:]/.test(line.replace(/(^|[\s\u3000])[\u4e00-\u9fa5]{2,6}[：:]/g, '$1'))) return null;
  const out = [...line.matchAll(/[^\s\u3000]+/g)].map((m) => ({ text: m[0], start: ls + m.index! }));
  return out.length >= 3 ? out : null;
}

/** a legend over a list that names its columns in the order of the cells (（按工作室名称／依托单位／带头人排列）,
 * 名录如下（工作室名称、依托单位、领衔人）): its labels as head cells, when one of them is the leader's */
function legendCells(text: string, ls: number, le: number, cols: RecordColumns): Cell[] | null {
  const m = /([\u4e00-\u9fa5]{2,9}(?:[／/、\t][\u4e00-\u9fa5]{2,9}){2,})/.exec(text.slice(ls, le));
  if (!m) return null;
  const known = allLabels(cols);
  const cells = m[1].split(/[／/、\t]/).map((x) => x.replace(/^(?:按照|按|依次为|依次|分别为)/, '').replace(/(?:排列|排序|顺序|的顺序)$/, ''));
  if (!cells.some((c) => cols.leader.includes(c)) || !cells.every((c) => known.includes(c))) return null;
  return cells.map((c) => ({ text: c, start: ls + m.index }));
}

/** every label a head row may hold */
const allLabels = (cols: RecordColumns): string[] => [...cols.name, ...cols.leader, ...cols.unit, ...cols.level, ...(cols.person ?? []), ...(cols.count ?? []), ...(cols.honour ?? []), ...(cols.sector ?? [])];

/** head cells a space-aligned row split inside a letter-spaced label (姓\u3000名 → 姓名): single characters that join into one */
function spacedLabels(cells: Cell[], cols: RecordColumns): Cell[] {
  const labels = allLabels(cols);
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const j = [3, 2].map((n) => i + n).find((k) => k <= cells.length && cells.slice(i, k).every((c) => /^[\u4e00-\u9fa5]$/.test(c.text)) && labels.includes(cells.slice(i, k).map((c) => c.text).join('')));
    out.push(j ? { text: cells.slice(i, j).map((c) => c.text).join(''), start: cells[i].start } : cells[i]);
    if (j) i = j - 1;
  }
  return out;
}

/** the label a head cell names: its letters unspaced, a note in brackets after it dropped (领衔人（主要荣誉）,
 * 带头人(职称), 负责人〔荣誉称号〕 head the leader's column as 领衔人 does) */
export const headLabel = (cell: string): string => cell.replace(/[\s\u3000]/g, '').replace(/^([\u4e00-\u9fa5]{2,8})[（(〔【[][^）)〕】\]]{1,12}[）)〕】\]]$/, '$1');

/** the label of `labels` a head cell names: its own label, or the first of two fields one cell holds (领衔人及荣誉
 * heads cells of 某某（省劳动模范）: the leader's column, the honour in the note) */
function labelOf(cell: string, labels: string[]): string | null {
  const label = headLabel(cell);
  if (labels.includes(label)) return label;
  // (or the label a note in brackets gives the column: 姓名（领衔人） heads the leader's names)
  const note = /[（(]([\u4e00-\u9fa5]{2,6})[）)]$/.exec(cell.replace(/[\s\u3000]/g, ''));
  if (note && labels.includes(note[1])) return note[1];
  const first = /^([\u4e00-\u9fa5]{2,6})及[\u4e00-\u9fa5]{2,6}$/.exec(label);
  return first && labels.includes(first[1]) ? first[1] : null;
}

/** the labels of the leader's column a head row holds: a leader's label (带头人), or a person's (姓名) where the head also
 * has the workshop's column (序号 姓名 … 所在工作室: a table of people, one per workshop, is a record of its leaders) */
export function leaderColumn(head: Cell[], cols: RecordColumns): string[] | null {
  const has = (labels: string[]) => head.some((c) => labelOf(c.text, labels) !== null);
  if (has(cols.leader)) return cols.leader;
  return cols.person && has(cols.person) && has(cols.name) ? cols.person : null;
}

/** a heading between a list's legend and its rows (一、省级技能大师工作室（2个）): a short line, no sentence */
const HEADING = (line: string): boolean => line.trim().length <= 30 && !/[。，；,;]/.test(line);

/** the head row of the table whose row spans [ls, le): the nearest row above that names the leader's column, or a
 * legend line that names the columns; the rows between are the table's (a rule line |---| among them), with the
 * headings of its parts */
function headRow(text: string, ls: number, cols: RecordColumns): Cell[] | null {
  let s = ls;
  for (let n = 0; n < 80 && s > 0; n++) {
    const pe = s - 1;
    const ps = lineStart(text, pe);
    s = ps;
    if (text.slice(ps, pe).trim() === '') continue;
    const raw = rowCells(text, ps, pe) ?? delimitedCells(text, ps, pe, ['、']);
    const cells = raw && spacedLabels(raw, cols);
    if (cells && leaderColumn(cells, cols)) return cells;
    const legend = legendCells(text, ps, pe, cols);
    if (legend) return legend;
    if (!cells && !HEADING(text.slice(ps, pe))) return null;
  }
  return null;
}

/** the cell under the head cell a label names: the same column, or counted from the row's end where the
 * row has fewer cells than its head (a row number glued to the next cell: 2某某公司 …) */
function cellUnder(head: Cell[], row: Cell[], labels: string[]): Cell | null {
  const i = head.findIndex((c) => labelOf(c.text, labels) !== null);
  if (i < 0) return null;
  if (row.length === head.length) return row[i];
  const k = row.length - (head.length - i);
  return k >= 0 && k < row.length ? row[k] : null;
}

/** a transcribed name read after a post with nothing between (主任医师|某某·某某): the first part never holds the post's
 * last character (师, 员, 长), so the name opens after it */
function postCut(m: RegExpExecArray | null): { name: string; index: number } | null {
  if (!m) return null;
  const cut = /^[\u4e00-\u9fa5]*[师员长](?=[\u4e00-\u9fa5]{2,}·)/.exec(m[0]);
  return cut ? { name: m[0].slice(cut[0].length), index: m.index + cut[0].length } : { name: m[0], index: m.index };
}

/** a leader's value: the name it ends with, after an honour or a post (全国技术能手|某某), a note in brackets
 * or after a comma dropped (某某（高级技师）, 某某，电工) */
function nameInValue(at: number, value: string, r: PeopleRules, slot: boolean): { name: string; start: number } | null {
  // (a cell of two names parted by 、, a workshop led by two: the first-named is the leader, 甲、乙)
  // (the first may be a transcribed name, 某某·某某、乙)
  const v = value.replace(/[（(].*$/, '').trimEnd().replace(/^([\u4e00-\u9fa5]{2,5}|[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,8})(?:[、，,／/][\u4e00-\u9fa5·]{2,15})+$/, '$1');
  const dotted = postCut(/[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,8}$/.exec(v));
  if (dotted && isName(dotted.name, r)) return { name: dotted.name, start: at + dotted.index };
  if (slot && /^[\u4e00-\u9fa5]{2,5}$/.test(v) && slotName(v, r)) return { name: v, start: at };
  // (a Mongolian or Tibetan name of four or five characters is read whole, not by its last part: 工程师|萨仁格日勒)
  for (const [k, n] of [5, 4, 3, 2, 4].entries()) {
    const who = v.slice(-n);
    if (k < 2 && (r.single.has(who[0]) || r.double.some((d) => who.startsWith(d)))) continue;
    if (who.length === n && /^[\u4e00-\u9fa5]+$/.test(who) && isName(who, r)) return { name: who, start: at + v.length - n };
  }
  return null;
}

/** the row at `at`: a table's row, or a line 、 parts (read as a row only under a legend or by its cells' shape) */
function rowAt(text: string, at: number): Cell[] | null {
  const ls = lineStart(text, at);
  const le = lineEnd(text, at);
  return rowCells(text, ls, le) ?? delimitedCells(text, ls, le, ['、']);
}

/** the row at `at` and the head row over it (no head where the line is no row) */
interface RowAndHead { row: Cell[] | null; head: Cell[] | null }

function rowAndHead(text: string, at: number, cols: RecordColumns): RowAndHead {
  const row = rowAt(text, at);
  return { row, head: row && headRow(text, lineStart(text, at), cols) };
}

/** the cell of `t`'s row under the head cell one of `labels` names, and that head's label; never the cell at `at` */
function cellIn(t: RowAndHead, at: number, labels: string[]): { cell: Cell; head: string } | null {
  const cell = t.head && cellUnder(t.head, t.row!, labels);
  if (!cell || (at >= cell.start && at <= cell.start + cell.text.length)) return null;
  return { cell, head: t.head!.map((c) => labelOf(c.text, labels)).find((x) => x !== null)! };
}

/** the cell of the row at `at` under the head cell one of `labels` names, and that head's label; never the cell at `at` */
export function columnCell(text: string, at: number, labels: string[], cols: RecordColumns): { cell: Cell; head: string } | null {
  return cellIn(rowAndHead(text, at, cols), at, labels);
}

/** the leader a table row's leader column holds (| 4 | 某工作室 | 某公司 | 某某 | 焊工 |); with no head or legend over
 * it, a row whose cells are the workshop, a unit (its last character one of `unitEnds`) and a bare name: the name is
 * the leader's (1．某工作室／某某公司／某某), which no row without a unit's cell says */
export function columnLeader(text: string, at: number, cols: RecordColumns, r: PeopleRules, unitEnds = ''): RecordLeader | null {
  // (the row and its head are read once for the two columns and the shaped row: finding the head scans up to 80 lines above)
  const table = rowAndHead(text, at, cols);
  const person = cols.person ? cellIn(table, at, cols.person) : null;
  const c = cellIn(table, at, cols.leader) ?? person;
  const who = c && nameInValue(c.cell.start, c.cell.text, r, true);
  // (a person's column gives no post: 姓名 is no role)
  if (c) return who && who.start === c.cell.start ? { name: who.name, start: who.start, end: who.start + who.name.length, role: c === person ? null : c.head } : null;
  return verticalLeader(text, at, cols, r) ?? personRow(text, at, cols, r) ?? shapedLeader(table, at, r, unitEnds);
}

/** the start of the nearest line up to `le` that holds only 序号 or 编号 (the head of a vertical table), or -1 */
function numberHeadAbove(text: string, le: number): number {
  let best = -1;
  for (const word of ['序号', '编号']) {
    for (let k = text.lastIndexOf(word, le); k > best; k = k > 0 ? text.lastIndexOf(word, k - 1) : -1) {
      const s = lineStart(text, k);
      if (text.slice(s, lineEnd(text, k)).trim() === word) { best = s; break; }
    }
  }
  return best;
}

/** a table the normaliser wrote one cell a line (序号\n工作室名称\n依托单位\n领衔人（主要荣誉）\n1\n某工作室\n…): the head is
 * the short labels after 序号, each row as many lines opening with its row number; the cell of the row at `at` under
 * the leader's head, counted in lines from the row's number (never the cell at `at`) */
export function verticalLeader(text: string, at: number, cols: RecordColumns, r: PeopleRules): RecordLeader | null {
  // (the head line found by its words, not by reading every line above each mention: most texts have none)
  const ls = lineStart(text, at);
  const head = numberHeadAbove(text, lineEnd(text, at));
  const lines: { t: string; s: number }[] = [];
  // (a head lies a few dozen rows above at most: no further back than a long table runs, 400 lines with its own)
  for (let s = head; s >= 0 && s <= ls && lines.length <= 400; s = lineEnd(text, s) + 1) lines.push({ t: text.slice(s, lineEnd(text, s)).trim(), s });
  if (head < 0 || lines.length > 400) return labelHeadLeader(text, at, cols, r);
  let n = 1;
  while (n < lines.length && n < 10 && /^[\u4e00-\u9fa5（）()]{2,12}$/.test(lines[n].t)) n++;
  const lead = lines.slice(0, n).findIndex((l) => cols.leader.includes(headLabel(l.t)));
  const own = (lines.length - 1 - n) % n;
  const row = lines.length - 1 - own;
  if (n < 3 || lead < 1 || own === lead || !/^\d{1,3}$/.test(lines[row]?.t ?? '')) return null;
  let cs = lines[row].s;
  for (let k = 0; k < lead && cs < text.length; k++) cs = lineEnd(text, cs) + 1;
  const raw = text.slice(cs, lineEnd(text, cs));
  const from = cs + raw.length - raw.trimStart().length;
  const who = nameInValue(from, raw.trim(), r, true);
  return who && who.start === from ? { name: who.name, start: who.start, end: who.start + who.name.length, role: headLabel(lines[lead].t) } : null;
}

/** a cell of a table the normaliser wrote one cell a line under a head of labels and no row number (工作室\n负责人\n
 * 所在单位\n成员数\n某工作室\n某某\n某公司\n9人): the head is a run of three short lines or more, two of them labels of
 * rules/workshop-names.yaml recordColumns (one the name's or the leader's), never told by position; each row below as
 * many lines as the head; a line of a sentence ends the table */
export interface LineCell { head: string; rowStart: number; rowEnd: number; cellStart: number; cells: { t: string; s: number }[]; heads: string[]; written: string[] }

const HEAD_LINE = /^[\u4e00-\u9fa5（）()／/、 ]{2,14}$/;

export function lineCellAt(text: string, at: number, cols: RecordColumns): LineCell | null {
  const lines: { t: string; s: number }[] = [];
  for (let s = lineStart(text, at), n = 0; n < 300 && s >= 0; n++) {
    const t = text.slice(s, lineEnd(text, s)).trim();
    if (n > 0 && /[。；;！？]/.test(t)) break;
    lines.unshift({ t, s });
    if (s === 0) break;
    s = lineStart(text, s - 1);
  }
  const known = allLabels(cols);
  const isLabel = (t: string) => labelOf(t, known) !== null;
  const self = lines.length - 1;
  for (let h = self - 3; h >= 0; h--) {
    // (the head ends at its last label: a row's cells are short lines too)
    let n = 0;
    for (let j = h; j < self && HEAD_LINE.test(lines[j].t); j++) if (isLabel(lines[j].t)) n = j - h + 1;
    n = headWidth(lines, h, n, cols);
    const heads = lines.slice(h, h + n).map((l) => l.t);
    if (n < 3 || !isLabel(lines[h].t) || (h > 0 && HEAD_LINE.test(lines[h - 1].t) && isLabel(lines[h - 1].t))) continue;
    if (heads.filter(isLabel).length < 2 || !heads.some((x) => [...cols.name, ...cols.leader].includes(headLabel(x)))) continue;
    const k = self - h - n;
    if (k < 0) continue;
    const row = h + n + Math.floor(k / n) * n;
    if (row + n - 1 >= lines.length && lineEnd(text, lines[self].s) >= text.length) return null;
    const cells = [];
    for (let j = 0, s = lines[row].s; j < n && s < text.length; j++, s = lineEnd(text, s) + 1) cells.push({ t: text.slice(s, lineEnd(text, s)).trim(), s });
    if (cells.length < n || cells.some((c) => /[。；;]/.test(c.t))) return null;
    const last = cells[n - 1];
    return { head: headLabel(heads[k % n]), rowStart: cells[0].s, rowEnd: last.s + last.t.length, cellStart: lines[self].s, cells, heads: heads.map(headLabel), written: heads };
  }
  return null;
}

/** the width of a one-cell-a-line head whose last columns bear no known label (…领衔人\n成员人数\n近三年授徒人数): the head
 * runs on over short lines until the first row's cell under the name's label names a workshop */
function headWidth(lines: { t: string }[], h: number, n: number, cols: RecordColumns): number {
  const ni = lines.slice(h, h + n).findIndex((l) => cols.name.includes(headLabel(l.t)));
  const names = (p: number): boolean => /工作[室站]$/.test(lines[h + p + ni]?.t ?? '');
  if (ni < 0 || n < 3 || names(n)) return n;
  for (let p = n + 1; p <= n + 3 && HEAD_LINE.test(lines[h + p - 1]?.t ?? ''); p++) if (names(p)) return p;
  return n;
}

/** the leader the leader's column of a one-cell-a-line table with no row number holds (lineCellAt) */
function labelHeadLeader(text: string, at: number, cols: RecordColumns, r: PeopleRules): RecordLeader | null {
  const c = lineCellAt(text, at, cols);
  // (a head written with its note, 姓名（领衔人）, read as written; a person's column where no leader's is: leaderColumn)
  const labels = c && leaderColumn(c.written.map((t, s) => ({ text: t, start: s })), cols);
  const i = c && labels ? c.written.findIndex((x) => labelOf(x, labels) !== null) : -1;
  if (!c || !labels || i < 0 || !cols.name.includes(c.head)) return null;
  const cell = c.cells[i];
  const who = nameInValue(cell.s, cell.t, r, true);
  return who && who.start === cell.s ? { name: who.name, start: who.start, end: who.start + who.name.length, role: labels === cols.leader ? labelOf(c.written[i], labels) : null } : null;
}

/** a row of a table of people whose cells the normaliser glued (1陶某某男1971.03农艺师…某某创新工作室): the row number, the
 * person's name, then the sex or the birth date (a personnel table's order); the row is that person's record and the
 * workshop on it theirs, where a head above names a person's column and a workshop's (序号姓名性别…所在工作室) */
function personRow(text: string, at: number, cols: RecordColumns, r: PeopleRules): RecordLeader | null {
  const ls = lineStart(text, at);
  const m = /^[\s\u3000]*\d{1,3}[.、．]?[\s\u3000]*([\u4e00-\u9fa5·]{2,16}?)[\s\u3000]*(?=[男女][\s\u3000]*(?:\d|[（(])|\d{4})/.exec(text.slice(ls, lineEnd(text, at)));
  if (!m || !isName(m[1], r) || !personHead(text, ls, cols)) return null;
  const start = ls + m[0].indexOf(m[1]);
  return at > start + m[1].length ? { name: m[1], start, end: start + m[1].length, role: null } : null;
}

/** a head line above `ls`, across the rows of its table, that names a person's column and a workshop's */
function personHead(text: string, ls: number, cols: RecordColumns): boolean {
  for (let s = ls, n = 0; n < 40 && s > 0; n++) {
    const pe = s - 1;
    s = lineStart(text, pe);
    const line = text.slice(s, pe).replace(/[\s\u3000]/g, '');
    if ((cols.person ?? []).some((x) => line.includes(x)) && cols.name.some((x) => x.length >= 3 && line.includes(x))) return true;
    if (line && !/^\d/.test(line) && !HEADING(line)) return false;
  }
  return false;
}

/** a cell of a bare name, or of two names a workshop's two leaders are written with (某某、某某) */
const leadersCell = (cell: string, r: PeopleRules): boolean => {
  const parts = cell.split('、');
  // (the cell after the unit's stands where a leader's name does: a Tibetan or Mongolian name of no known part too)
  return parts.length <= 2 && parts.every((p) => /^[\u4e00-\u9fa5·]{2,8}$/.test(p) && (isName(p, r) || slotName(p, r)));
};

/** a row of three cells or more with no head: the workshop's cell ends at `at`, one cell is a unit, one a bare name */
function shapedLeader(table: RowAndHead, at: number, r: PeopleRules, unitEnds: string): RecordLeader | null {
  const row = unitEnds ? table.row : null;
  if (!row || row.length < 3 || table.head) return null;
  const own = row.findIndex((c) => c.start + c.text.length === at);
  const unit = row.some((c, i) => i !== own && c.text.length >= 4 && unitEnds.includes(c.text[c.text.length - 1]));
  const names = row.filter((c, i) => i !== own && leadersCell(c.text, r));
  if (own < 0 || !unit || names.length !== 1) return null;
  // (two leaders in one cell, 某某、某某: the first is the leader)
  const first = names[0].text.split('、')[0];
  return { name: first, start: names[0].start, end: names[0].start + first.length, role: null };
}

/** where the record a workshop mention ending at `e` opens ends: a table row at its line's end; a list item at
 * ；。 or its line's end, or before a clause that names another workshop; an entry line or a row takes the
 * labelled lines under it (up to four; a line that is no label's, or names a workshop, ends the block) */
export function recordEnd(text: string, e: number): number {
  const le = Math.min(lineEnd(text, e), e + ROW_MAX);
  // (the line's start looked for no further back than a row runs)
  const from = Math.max(0, e - ROW_MAX);
  const back = text.slice(from, e).lastIndexOf('\n');
  const ls = back >= 0 ? from + back + 1 : from === 0 ? 0 : -1;
  const row = ls < 0 ? null : rowCells(text, ls, le);
  if (!row && headingClosedAt(text, e)) return fieldsEnd(text, e, le);
  const stopAt = row ? -1 : outsideBrackets(text, e, le, /[；;。！？]/);
  const stop = stopAt >= 0 ? { index: stopAt - e } : null;
  const item = stop ? e + stop.index : le;
  for (const m of row ? [] : text.slice(e, item).matchAll(/[，,、]/g)) {
    const clause = /^[^，,、；;。\n]*/.exec(text.slice(e + m.index! + 1))![0];
    if (/工作[室站]/.test(clause)) return e + m.index!;
  }
  if (stop) return item;
  let end = le;
  for (let n = 0; n < 4 && end < text.length; n++) {
    const ne = lineEnd(text, end + 1);
    const line = text.slice(end + 1, ne);
    if (!(LABEL_LINE.test(line) || SPACED_FIELD.test(line)) || /工作[室站]/.test(line.replace(/^[^：:]*[：:]/, ''))) break;
    end = ne;
  }
  return end;
}

/** a list item whose heading is the name alone, closed by 。 with its fields after it on the line, labelled or
 * written as sentences (一、某某职工创新工作室。依托单位：某公司；负责人：某某 / 2．某某工匠工作室。依托单位为某公司，
 * 领衔人某某): the 。 closes the heading, not the record */
export function headingClosedAt(text: string, e: number): boolean {
  return /^[。.][\s\u3000]*[\u4e00-\u9fa5]{2}/.test(text.slice(e, e + 12)) && lineOpens(text, e);
}

/** the name opens its line right after an item's list mark (一、, 1., （3）) */
function lineOpens(text: string, e: number): boolean {
  const head = text.slice(lineStart(text, e), e);
  return /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)])[\s\u3000]*[^\s\u3000。；;，,：:]{2,40}$/.test(head);
}

/** the fields of a heading's record run to its line's end, or to the next item's list mark on the same line */
function fieldsEnd(text: string, e: number, le: number): number {
  const next = /[。；;][\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,3}[.、．])/.exec(text.slice(e + 1, le));
  return next ? e + 1 + next.index + 1 : le;
}

/** the first mark `re` matches in [from, to) outside a bracket: a bracket's note is the record's own however it is
 * punctuated (某工作室（某公司；领衔人：某某，省劳动模范）) */
function outsideBrackets(text: string, from: number, to: number, re: RegExp): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && re.test(c)) return i;
  }
  return -1;
}

/** a note in brackets in the record that opens with a person's name, alone or before the person's title or honour
 * (某工作室——某公司（某某，高级技师）, 某工作室（某某、省劳动模范）, 某工作室（某公司；某某）): the person the record
 * names is its leader; a note that opens with a unit, a craft or a count is none. The note right after the name is
 * the name's own slot (工作室名称（领办人） heads such cells), so a name of a surname no list holds (敬某某) is read there */
export function bracketLeader(text: string, e: number, end: number, r: PeopleRules, roles: string[] = []): RecordLeader | null {
  for (const m of text.slice(e, end).matchAll(/[（(]([^（()）]{2,40})[）)]/g)) {
    for (const part of m[1].split(/[；;]/).slice(0, 2)) {
      const who = /^[\s\u3000]*([\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,8})[\s\u3000]*(?=$|[，,、\s\u3000])/.exec(part);
      if (who && (isName(who[1], r) || (m.index === 0 && slotName(who[1], r)))) {
        const start = e + m.index! + 1 + m[1].indexOf(part) + who[0].indexOf(who[1]);
        return { name: who[1], start, end: start + who[1].length, role: m.index === 0 ? headRole(text, e, roles) : null };
      }
    }
  }
  return null;
}

/** the leader's label a table's head writes in brackets over the name's cell (| 工作室名称（领办人） |, 名称(负责人)):
 * the post of the person each cell's note names; the head is the nearest line above that holds 名称 */
function headRole(text: string, e: number, roles: string[]): string | null {
  const head = /[^\n]*名称[^\n]*\n(?![^]*名称)[^]*$/.exec(text.slice(Math.max(0, e - 3000), e));
  if (!head) return null;
  const m = /名称[（(]([^（()）]{2,4})[）)]/.exec(head[0]);
  return m && roles.includes(m[1]) ? m[1] : null;
}

/** a field the record labels (带头人：某某, 带头人为全国技术能手某某, 领 衔 人：某某（省劳动模范）): its value up to
 * the next comma, bracket or field */
export function labelledLeader(text: string, e: number, end: number, labels: string, r: PeopleRules): RecordLeader | null {
  const re = new RegExp(`(${labels})(?:[：:]|为|是)?[\\s\\u3000]*`, 'g');
  const span = text.slice(e, end);
  for (const m of span.matchAll(re)) {
    // the label opens its field: after a mark, a space or the workshop itself (工作室带头人), not inside a
    // longer word (各单位领衔人)
    const before = text.slice(Math.max(0, e + m.index! - 3), e + m.index!);
    if (/[\u4e00-\u9fa5]$/.test(before) && !/工作[室站]$/.test(before) && m.index! > 0) continue;
    const at = e + m.index! + m[0].length;
    // (a label then 分别 / 依次 gives leaders in order, for several workshops: workshop-names.ts respectiveLeaders)
    if (/^(?:分别|依次)/.test(text.slice(at, at + 2))) continue;
    const value = /^[^，,；;。、\n\s\u3000]*/.exec(text.slice(at, end))![0];
    // (a colon makes the value a name's slot; so does a label written right against a value of a name's three
    // characters, alone in its field: ——领衔人某某某，依托单位：…)
    // (so does a label that opens its line, parted from the value by blanks: 带头人\u3000某某)
    const colon = /[：:]$/.test(m[0].trim()) || m[0] === m[1] && /^[\u4e00-\u9fa5]{3}$/.test(value.replace(/[（(].*$/, '')) ||
      /[\s\u3000]$/.test(m[0]) && SPACED_FIELD.test(text.slice(lineStart(text, e + m.index!), lineEnd(text, at)));
    const who = value && nameInValue(at, value, r, colon);
    if (who) return { name: who.name, start: who.start, end: who.start + who.name.length, role: m[1].replace(/[\s\u3000]/g, '') };
  }
  return null;
}
