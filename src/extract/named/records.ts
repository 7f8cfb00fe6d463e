// A workshop's record: a workshop mention opens a record that runs to the end of its list item, and
// the record gives its fields whatever the layout the writer chose. One reading serves them all:
//   - a list item in running text ends at ；。 or the line's end (A工作室，带头人为全国技术能手某某；B工作室…);
//   - an entry line takes the block of labelled lines under it (1．某某工作室 / 依托单位：… / 领衔人：…);
//   - a table row (Markdown pipes or space-aligned cells) ends with its line, and its cells are the fields
//     the head row's cells name (rules/workshop-names.yaml recordColumns).
// A labelled field is a label, then 为 / 是 / a colon, then its value; a leader's value may carry an honour
// or a post before the name (带头人为湖北省技术能手某某).
import { isName, slotName, type PeopleRules } from './people-cues.js';

/** the labels of a record's fields: the head cells of a table, the labels of a field line */
export interface RecordColumns { name: string[]; leader: string[]; unit: string[]; level: string[] }

export interface RecordLeader { name: string; start: number; end: number; role: string }

const LINE_END = (text: string, at: number): number => { const e = text.indexOf('\n', at); return e < 0 ? text.length : e; };
const LINE_START = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

/** a line of labelled fields: a short label, then its colon (依托单位：, 领 衔 人：, 工作室名称：) */
const LABEL_LINE = /^[\s\u3000]*[\u4e00-\u9fa5](?:[ \u3000]{0,2}[\u4e00-\u9fa5]){1,6}[：:]/;

interface Cell { text: string; start: number }

/** the cells of a table row: between pipes, or parted by spaces where the line has three cells or more and
 * no sentence punctuation (the normaliser writes some tables so) */
export function rowCells(text: string, ls: number, le: number): Cell[] | null {
  const line = text.slice(ls, le);
  if ((line.match(/\|/g)?.length ?? 0) >= 2) {
    const out: Cell[] = [];
    let at = line.indexOf('|') + 1;
    for (let next = line.indexOf('|', at); next >= 0; at = next + 1, next = line.indexOf('|', at)) {
      const raw = line.slice(at, next);
      const lead = raw.length - raw.trimStart().length;
      out.push({ text: raw.trim(), start: ls + at + lead });
    }
    return out.length >= 2 ? out : null;
  }
  // (a cell may carry its label: 某公司 某工作室 带头人：某某（工种）; the label's colon is no sentence's)
  if (/[。，；,;：:]/.test(line.replace(/(^|[\s\u3000])[\u4e00-\u9fa5]{2,6}[：:]/g, '$1'))) return null;
  const out = [...line.matchAll(/[^\s\u3000]+/g)].map((m) => ({ text: m[0], start: ls + m.index! }));
  return out.length >= 3 ? out : null;
}

/** the head row of the table whose row spans [ls, le): the nearest row above that names the leader's column;
 * the rows between are the table's (a rule line |---| among them) */
function headRow(text: string, ls: number, cols: RecordColumns): Cell[] | null {
  let s = ls;
  for (let n = 0; n < 80 && s > 0; n++) {
    const pe = s - 1;
    const ps = LINE_START(text, pe);
    s = ps;
    if (text.slice(ps, pe).trim() === '') continue;
    const cells = rowCells(text, ps, pe);
    if (!cells) return null;
    if (cells.some((c) => cols.leader.includes(c.text.replace(/[\s\u3000]/g, '')))) return cells;
  }
  return null;
}

/** the cell under the head cell a label names: the same column, or counted from the row's end where the
 * row has fewer cells than its head (a row number glued to the next cell: 2某某公司 …) */
function cellUnder(head: Cell[], row: Cell[], labels: string[]): Cell | null {
  const i = head.findIndex((c) => labels.includes(c.text.replace(/[\s\u3000]/g, '')));
  if (i < 0) return null;
  if (row.length === head.length) return row[i];
  const k = row.length - (head.length - i);
  return k >= 0 && k < row.length ? row[k] : null;
}

/** a leader's value: the name it ends with, after an honour or a post (全国技术能手|某某), a note in brackets
 * or after a comma dropped (某某（高级技师）, 某某，电工) */
function nameInValue(at: number, value: string, r: PeopleRules, slot: boolean): { name: string; start: number } | null {
  const v = value.replace(/[（(].*$/, '').trimEnd();
  const dotted = /[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,8}$/.exec(v);
  if (dotted && isName(dotted[0], r)) return { name: dotted[0], start: at + dotted.index };
  if (slot && /^[\u4e00-\u9fa5]{2,5}$/.test(v) && slotName(v, r)) return { name: v, start: at };
  for (const n of [3, 2, 4]) {
    const who = v.slice(-n);
    if (who.length === n && /^[\u4e00-\u9fa5]+$/.test(who) && isName(who, r)) return { name: who, start: at + v.length - n };
  }
  return null;
}

/** the cell of the row at `at` under the head cell one of `labels` names, and that head's label; never the cell at `at` */
export function columnCell(text: string, at: number, labels: string[], cols: RecordColumns): { cell: Cell; head: string } | null {
  const ls = LINE_START(text, at);
  const row = rowCells(text, ls, LINE_END(text, at));
  const head = row && headRow(text, ls, cols);
  const cell = head && cellUnder(head, row, labels);
  if (!cell || (at >= cell.start && at <= cell.start + cell.text.length)) return null;
  return { cell, head: head.find((c) => labels.includes(c.text.replace(/[\s\u3000]/g, '')))!.text.replace(/[\s\u3000]/g, '') };
}

/** the leader a table row's leader column holds (| 4 | 某工作室 | 某公司 | 某某 | 焊工 |) */
export function columnLeader(text: string, at: number, cols: RecordColumns, r: PeopleRules): RecordLeader | null {
  const c = columnCell(text, at, cols.leader, cols);
  const who = c && nameInValue(c.cell.start, c.cell.text, r, true);
  if (!c || !who || who.start !== c.cell.start) return null;
  return { name: who.name, start: who.start, end: who.start + who.name.length, role: c.head };
}

/** where the record a workshop mention ending at `e` opens ends: a table row at its line's end; a list item at
 * ；。 or its line's end, or before a clause that names another workshop; an entry line or a row takes the
 * labelled lines under it (up to four; a line that is no label's, or names a workshop, ends the block) */
export function recordEnd(text: string, e: number): number {
  const le = LINE_END(text, e);
  const row = rowCells(text, LINE_START(text, e), le);
  const stop = row ? null : /[；;。！？]/.exec(text.slice(e, le));
  const item = stop ? e + stop.index : le;
  for (const m of row ? [] : text.slice(e, item).matchAll(/[，,、]/g)) {
    const clause = /^[^，,、；;。\n]*/.exec(text.slice(e + m.index! + 1))![0];
    if (/工作[室站]/.test(clause)) return e + m.index!;
  }
  if (stop) return item;
  let end = le;
  for (let n = 0; n < 4 && end < text.length; n++) {
    const ne = LINE_END(text, end + 1);
    const line = text.slice(end + 1, ne);
    if (!LABEL_LINE.test(line) || /工作[室站]/.test(line.replace(/^[^：:]*[：:]/, ''))) break;
    end = ne;
  }
  return end;
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
    const value = /^[^，,；;。、\n\s\u3000]*/.exec(text.slice(at, end))![0];
    const colon = /[：:]$/.test(m[0].trim());
    const who = value && nameInValue(at, value, r, colon);
    if (who) return { name: who.name, start: who.start, end: who.start + who.name.length, role: m[1].replace(/[\s\u3000]/g, '') };
  }
  return null;
}
