// A figure alone in a table's cell, its measure word in a label's brackets: the head cell over its column
// (成员（人） | … | 14) or the label that opens its row (送温暖慰问（户） 320 300 106.7%, an indicator table
// set out with wide spaces: 指标 | 目标 | 完成 | 完成率, any set of columns). Its subject is that label without the
// bracket, its sentence the row (which says whose figure it is); a rate cell (106.7%) takes the same label.

/** a label and the measure word its brackets hold (成员（人）, 近三年攻关项目（项）) */
const BRACKETED = /^([\u4e00-\u9fa5][\u4e00-\u9fa5、·]{0,19})[（(]([\u4e00-\u9fa5/／]{1,4})[）)]$/;
/** a row of figures under a label with its measure word, rate cells among them: 新办理会员卡（张）1200 1350 112.5% */
const LABEL_ROW = /^([\u4e00-\u9fa5][\u4e00-\u9fa5、·]{0,19})[（(]([\u4e00-\u9fa5]{1,4})[）)][ \t]*\d[\d.,，]*[%％]?(?:[ \t]+\d[\d.,，]*[%％]?)*$/;

export interface CellUnit {
  /** the measure word in the label's brackets */
  word: string;
  subject: string;
  rowStart: number;
  rowEnd: number;
}

/** the label and measure word of the number spanning [start, end) when it is a whole cell of a table row */
export function cellUnit(text: string, start: number, end: number): CellUnit | null {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const le = nl < 0 ? text.length : nl;
  const line = text.slice(ls, le);
  const own = LABEL_ROW.exec(line);
  if (own && start - ls > own[1].length) return { word: own[2], subject: own[1], rowStart: ls, rowEnd: le };
  return line.includes('\t') ? headCellUnit(text, ls, le, start, end) : null;
}

/** the row label of a rate cell (112.5%) in a row of figures under a label with its measure word; the rate keeps
 * its own unit (%), the label names what it is the rate of */
export function rateCellLabel(text: string, start: number, end: number): CellUnit | null {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const le = nl < 0 ? text.length : nl;
  const own = LABEL_ROW.exec(text.slice(ls, le));
  return own && start - ls > own[1].length ? { word: own[2], subject: own[1], rowStart: ls, rowEnd: le } : null;
}

/** a tab row's cell that is only the number: the unit in its column's head cell, the first row of the table above */
function headCellUnit(text: string, ls: number, le: number, start: number, end: number): CellUnit | null {
  const before = text.slice(ls, start);
  if (!/(?:^|\t)[ ]*$/.test(before) || !/^[ ]*(?:\t|$)/.test(text.slice(end, le))) return null;
  const col = before.split('\t').length - 1;
  const width = text.slice(ls, le).split('\t').length;
  // (the head is the first of the run of tab rows of as many cells the row stands in)
  let head: string | null = null;
  for (let e = ls - 1; e > 0; ) {
    const s = text.lastIndexOf('\n', e - 1) + 1;
    const cells = text.slice(s, e).split('\t');
    if (cells.length !== width) break;
    head = text.slice(s, e);
    e = s - 1;
  }
  const m = head ? BRACKETED.exec(head.split('\t')[col].trim()) : null;
  return m ? { word: m[2], subject: m[1], rowStart: ls, rowEnd: le } : null;
}
