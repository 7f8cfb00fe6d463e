// issue-sequence: within one series (改革快报 …), the numbers 第N期 (per year), 总第N期 and the
// dates of the stored bulletins must agree:
//   - duplicate: two documents with the same year and 第N期, or the same 总第N期   → error
//   - inconsistent: inside one year, 总第 − 第 must be constant (第23期 = 总第74期 means
//     第24期 = 总第75期); across years the total numbering must keep rising          → error
//   - date order: a later issue dated before an earlier one                          → error
//   - gap: issues missing between two stored issues of one year (第23期 then 第25期)  → warning
//     (the archive may simply not hold every issue; a draft that skips a number is
//     worth a look)
//   - a date whose year is neither the issue's year nor the next                    → warning
// Each item is the document's 第N期 / 总第N期 / date as written in its header.
import type { Finding, FindingItem } from '../types.js';
import { docLabel, type Archive, type DocRow } from './model.js';
import { lineStart } from '../text-lines.js';

type Field = 'issue' | 'total' | 'date';

function spanOf(a: Archive, d: DocRow, field: Field): FindingItem {
  const head = a.headOf(d.id);
  let m: RegExpExecArray | null = null;
  let value: number | null = null;
  if (field === 'issue' && d.issue != null) {
    m = new RegExp(`(?<!总)第\\s*${d.issue}\\s*期`).exec(head);
    value = d.issue;
  } else if (field === 'total' && d.totalIssue != null) {
    m = new RegExp(`总\\s*第\\s*${d.totalIssue}\\s*期`).exec(head);
    value = d.totalIssue;
  } else if (field === 'date' && d.date) {
    const [y, mo, da] = d.date.split('-').map(Number);
    m = new RegExp(`${y}\\s*年\\s*0?${mo}\\s*月\\s*0?${da}\\s*日`).exec(head);
    if (!m) m = new RegExp(`${d.date}`).exec(head);
  }
  const start = m ? m.index : 0;
  const end = m ? m.index + m[0].length : 0;
  const text = m ? m[0] : '';
  let ls = lineStart(head, start);
  let le = head.indexOf('\n', end);
  if (le < 0) le = head.length;
  if (!m) ls = le = 0;
  return { documentId: d.id, source: d.source, text, sentence: head.slice(ls, le).trim(), value, start, end };
}

/** With `about` (a document id), only the findings that name that document (check's draft). */
export function findIssueSequence(a: Archive, about?: string): Finding[] {
  const bySeries = new Map<string, DocRow[]>();
  for (const d of a.docs.values()) {
    if (!d.series || (d.issue == null && d.totalIssue == null)) continue;
    let l = bySeries.get(d.series);
    if (!l) bySeries.set(d.series, (l = []));
    l.push(d);
  }
  const out: Finding[] = [];
  // the items' spans read each document's header from the archive: only for the findings wanted
  const push = (severity: Finding['severity'], message: string, spans: [DocRow, Field][]) => {
    if (about === undefined || spans.some(([d]) => d.id === about)) out.push({ type: 'issue-sequence', severity, message, items: spans.map(([d, f]) => spanOf(a, d, f)) });
  };

  for (const [series, docs] of bySeries) {
    const numbers = new Map<string, number>(); // year/issue → how many documents carry it
    for (const d of docs) if (d.year != null && d.issue != null) numbers.set(`${d.year}/${d.issue}`, (numbers.get(`${d.year}/${d.issue}`) ?? 0) + 1);
    const has = (y: number, i: number) => numbers.has(`${y}/${i}`);
    const twice = (y: number, i: number) => (numbers.get(`${y}/${i}`) ?? 0) > 1;
    // duplicates
    const seen = new Map<string, DocRow>();
    const seenTotal = new Map<number, DocRow>();
    for (const d of docs) {
      if (d.year != null && d.issue != null) {
        const k = `${d.year}/${d.issue}`;
        const o = seen.get(k);
        if (o) {
          // 第7期 twice and no 第8期 (or 第6期): one of the two is most likely the missing one
          const gap = [d.issue + 1, d.issue - 1].find((i) => i >= 1 && !has(d.year!, i) && has(d.year!, i + (i > d.issue! ? 1 : -1)));
          const hint = gap !== undefined ? `，而第${gap}期缺失：其中一期的期号可能应为第${gap}期` : '';
          push('error', `《${series}》${d.year}年第${d.issue}期出现两次：${o.source} 与 ${d.source}${hint}。`, [[o, 'issue'], [d, 'issue']]);
        }
        else seen.set(k, d);
      }
      if (d.totalIssue != null) {
        const o = seenTotal.get(d.totalIssue);
        if (o && !(o.year === d.year && o.issue === d.issue))
          push('error', `《${series}》总第${d.totalIssue}期出现两次：${docLabel(o)} 与 ${docLabel(d)}。`, [[o, 'total'], [d, 'total']]);
        else if (!o) seenTotal.set(d.totalIssue, d);
      }
    }
    // order by (year, issue), falling back to the total number
    const ordered = docs
      .filter((d) => d.year != null && d.issue != null)
      .sort((x, y) => x.year! - y.year! || x.issue! - y.issue! || x.id.localeCompare(y.id));
    for (let i = 1; i < ordered.length; i++) {
      const p = ordered[i - 1];
      const d = ordered[i];
      if (p.year === d.year && p.issue === d.issue) continue; // duplicate, reported above
      if (p.year === d.year) {
        const di = d.issue! - p.issue!;
        if (p.totalIssue != null && d.totalIssue != null) {
          const dt = d.totalIssue - p.totalIssue;
          if (dt !== di) {
            push(
              'error',
              `《${series}》期号与总期号不一致：${docLabel(p)}为总第${p.totalIssue}期，` +
                `${docLabel(d)}应为总第${p.totalIssue + di}期，实为总第${d.totalIssue}期。`,
              [[p, 'issue'], [p, 'total'], [d, 'issue'], [d, 'total']],
            );
          }
        }
        // a single missing number next to a duplicate is that duplicate's mistake (reported above)
        if (di > 1 && !(di === 2 && (twice(p.year!, p.issue!) || twice(d.year!, d.issue!)))) {
          const missing = di === 2 ? `第${p.issue! + 1}期` : `第${p.issue! + 1}–${d.issue! - 1}期`;
          push('warning', `《${series}》${d.year}年缺少${missing}：第${p.issue}期之后是第${d.issue}期。`, [
            [p, 'issue'],
            [d, 'issue'],
          ]);
        }
      } else if (p.totalIssue != null && d.totalIssue != null && d.totalIssue <= p.totalIssue) {
        push('error', `《${series}》总期号倒退：${docLabel(p)}为总第${p.totalIssue}期，其后的${docLabel(d)}为总第${d.totalIssue}期。`, [
          [p, 'total'],
          [d, 'total'],
        ]);
      }
      if (p.date && d.date && d.date < p.date) {
        push('error', `《${series}》日期倒序：${docLabel(d)}（${d.date}）早于在前的${docLabel(p)}（${p.date}）。`, [
          [p, 'date'],
          [d, 'date'],
        ]);
      }
    }
    for (const d of docs) {
      if (d.year == null || !d.date) continue;
      const dy = Number(d.date.slice(0, 4));
      if (dy !== d.year && dy !== d.year + 1)
        push('warning', `${docLabel(d)}的日期 ${d.date} 与期号的年份 ${d.year} 不符。`, [[d, 'issue'], [d, 'date']]);
    }
  }
  return out;
}
