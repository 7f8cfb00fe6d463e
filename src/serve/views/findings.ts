// compare's findings grouped by type and severity, filterable, each item linking to its sentence; and
// the draft check page (an uploaded file, processed in memory, never stored).
import type { Finding, FindingItem } from '../../types.js';
import type { FindingsState } from '../findings.js';
import { html, qs, type Html } from '../html.js';
import { page } from '../layout.js';

export const TYPE_LABELS: Record<string, string> = {
  conflict: '数字冲突 conflict',
  'sum-mismatch': '合计不符 sum-mismatch',
  'percent-mismatch': '比例不符 percent-mismatch',
  'cumulative-decrease': '累计数下降 cumulative-decrease',
  'restated-changed': '重述不一 restated-changed',
  'issue-sequence': '期号/日期 issue-sequence',
};
export const SEVERITY_LABELS: Record<string, string> = { error: '错误 error', warning: '警告 warning', info: '提示 info' };
const SEVERITIES = ['error', 'warning', 'info'];

/** The link to an item's sentence in its document (null when the document is not in the archive: a draft). */
export type AnchorOf = (item: FindingItem) => string | null;

export interface FindingsQuery {
  type: string | null;
  severity: string | null;
  page: number;
  per: number;
}

export function parseFindingsQuery(p: URLSearchParams): FindingsQuery {
  return {
    type: p.get('type') || null,
    severity: p.get('severity') || null,
    page: Math.max(1, Number.parseInt(p.get('page') ?? '1', 10) || 1),
    per: Math.min(1000, Math.max(1, Number.parseInt(p.get('per') ?? '100', 10) || 100)),
  };
}

export function filterFindings(all: Finding[], q: FindingsQuery): Finding[] {
  return all.filter((f) => (!q.type || f.type === q.type) && (!q.severity || f.severity === q.severity));
}

/** type → severity → count */
export function groupCounts(all: Finding[]): Map<string, Map<string, number>> {
  const g = new Map<string, Map<string, number>>();
  for (const f of all) {
    const m = g.get(f.type) ?? new Map<string, number>();
    m.set(f.severity, (m.get(f.severity) ?? 0) + 1);
    g.set(f.type, m);
  }
  return g;
}

export function findingsJson(list: Finding[], q: FindingsQuery, anchor: AnchorOf, total = list.length) {
  const from = (q.page - 1) * q.per;
  return {
    total,
    page: q.page,
    per: q.per,
    filters: { type: q.type, severity: q.severity },
    findings: list.slice(from, from + q.per).map((f) => ({ ...f, items: f.items.map((i) => ({ ...i, url: anchor(i) })) })),
  };
}

export const FINDING_CSV_HEADERS = ['finding', 'type', 'severity', 'message', 'documentId', 'source', 'text', 'value', 'start', 'end', 'sentence', 'url'];
export function findingsCsvRows(list: Finding[], anchor: AnchorOf): unknown[][] {
  return list.flatMap((f, n) =>
    (f.items.length ? f.items : [null]).map((i) => [n + 1, f.type, f.severity, f.message, i?.documentId, i?.source, i?.text, i?.value, i?.start, i?.end, i?.sentence, i ? anchor(i) : null]),
  );
}

/** The item's sentence with the item's text marked (its first occurrence in the sentence). */
function sentenceWithItem(i: FindingItem): Html {
  const s = i.sentence || i.text;
  const at = i.text ? s.indexOf(i.text) : -1;
  if (at < 0) return html`${s}`;
  return html`${s.slice(0, at)}<b class="hit">${i.text}</b>${s.slice(at + i.text.length)}`;
}

/** items shown under one finding (a conflict can name thousands of documents; the JSON has them all) */
export const ITEMS_SHOWN = 12;

export function findingList(list: Finding[], anchor: AnchorOf): Html {
  return html`${list.map(
    (f) => html`<div class="finding" data-type="${f.type}" data-severity="${f.severity}"><span class="badge sev-${f.severity}">${SEVERITY_LABELS[f.severity] ?? f.severity}</span><span class="badge">${TYPE_LABELS[f.type] ?? f.type}</span> ${f.message}
<ul>${f.items.slice(0, ITEMS_SHOWN).map((i) => {
      const url = anchor(i);
      const file = i.source.split(/[\\/]/).pop() ?? i.source;
      return html`<li>${url ? html`<a class="item-link" href="${url}" title="${i.source}" data-doc="${i.documentId}" data-start="${i.start}" data-end="${i.end}">${file}</a>` : html`<span class="muted" title="${i.source}">${file}</span>`}
${i.value != null ? html` <span class="muted">值 ${i.value}</span>` : ''}：${sentenceWithItem(i)}</li>`;
    })}${f.items.length > ITEMS_SHOWN ? html`<li class="muted">…另 ${f.items.length - ITEMS_SHOWN} 项（JSON / CSV 中列全）</li>` : ''}</ul></div>`,
  )}`;
}

export function findingsPage(state: FindingsState, q: FindingsQuery, anchorFor: (list: Finding[]) => AnchorOf, params: URLSearchParams): string {
  const dataQuery = params.toString() ? `?${params.toString()}` : '';
  const formats: [string, string][] = [['JSON', `/findings.json${dataQuery}`], ['CSV', `/findings.csv${dataQuery}`]];
  if (state.status !== 'ready') {
    const body =
      state.status === 'running'
        ? html`<h1>一致性检查 Findings</h1><p class="notice" id="computing">正在计算整个档案的一致性检查（已用 ${Math.round((Date.now() - state.since) / 1000)} 秒），请稍后刷新。Computing…</p>`
        : html`<h1>一致性检查 Findings</h1><p class="error">计算失败：${state.error}</p>`;
    return page({ title: '一致性检查', active: '/findings', body, formats });
  }
  const all = state.findings;
  const list = filterFindings(all, q);
  const groups = groupCounts(all);
  const base = (o: Record<string, string | number | null>) => '/findings' + qs({ type: q.type, severity: q.severity, ...o });
  const from = (q.page - 1) * q.per;
  const shown = list.slice(from, from + q.per);
  const pages = Math.max(1, Math.ceil(list.length / q.per));
  const cell = (type: string | null, sev: string | null, n: number) =>
    n ? html`<a href="${'/findings' + qs({ type, severity: sev })}">${n}</a>` : html`<span class="muted">0</span>`;
  const body = html`<h1>一致性检查 Findings <span class="muted">(${list.length} / ${all.length})</span></h1>
<table class="groups"><thead><tr><th>类型 type</th>${SEVERITIES.map((s) => html`<th class="num">${SEVERITY_LABELS[s]}</th>`)}<th class="num">合计</th></tr></thead><tbody>
${[...groups].map(
  ([t, m]) => html`<tr${q.type === t ? html` class="active"` : ''}><td><a href="${'/findings' + qs({ type: t })}">${TYPE_LABELS[t] ?? t}</a></td>${SEVERITIES.map((s) => html`<td class="num">${cell(t, s, m.get(s) ?? 0)}</td>`)}<td class="num">${[...m.values()].reduce((a, b) => a + b, 0)}</td></tr>`,
)}</tbody></table>
<form class="search" method="get" action="/findings">
<select name="type" aria-label="type"><option value="">全部类型 all types</option>${[...groups.keys()].map((t) => html`<option value="${t}"${q.type === t ? html` selected` : ''}>${TYPE_LABELS[t] ?? t}</option>`)}</select>
<select name="severity" aria-label="severity"><option value="">全部级别 all severities</option>${SEVERITIES.map((s) => html`<option value="${s}"${q.severity === s ? html` selected` : ''}>${SEVERITY_LABELS[s]}</option>`)}</select>
<button type="submit">筛选 Filter</button></form>
<div id="findings">${findingList(shown, anchorFor(shown))}</div>
${list.length ? '' : html`<p class="muted">没有发现。No findings.</p>`}
<div class="pager">${q.page > 1 ? html`<a href="${base({ page: q.page - 1 })}" rel="prev">← 上一页</a>` : ''}<span>第 ${q.page} / ${pages} 页</span>${q.page < pages ? html`<a href="${base({ page: q.page + 1 })}" rel="next">下一页 →</a>` : ''}</div>`;
  return page({ title: '一致性检查', active: '/findings', body, formats });
}

export function checkPage(result: { name: string; findings: Finding[]; anchor: AnchorOf; ms: number } | null, error: string | null): string {
  const body = html`<h1>草稿检查 Check a draft</h1>
<p class="muted">上传一份草稿（PDF、DOCX、TXT、MD），或粘贴文本：检查其内部合计、比例，并与档案比对。草稿只在内存中处理，不会存入档案。
The draft is processed in memory and never stored.</p>
<form method="post" action="/check" enctype="multipart/form-data" class="check">
<p><label>文件 File：<input type="file" name="file" accept=".pdf,.docx,.txt,.md,.doc,.wps,.ofd,.html"></label></p>
<p><label>或粘贴文本 or paste text：<br><textarea name="text" rows="8" cols="80"></textarea></label></p>
<p><button type="submit">检查 Check</button></p></form>
${error ? html`<p class="error">${error}</p>` : ''}
${result ? html`<h2>“${result.name}” 的检查结果：${result.findings.length} 条 <span class="muted">(${result.ms} ms)</span></h2>
<div id="findings">${findingList(result.findings, result.anchor)}</div>${result.findings.length ? '' : html`<p>没有发现问题。No findings.</p>`}` : ''}`;
  return page({ title: '草稿检查', active: '/check', body });
}
