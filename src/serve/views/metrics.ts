// Metrics: a subject (synonyms as in `gongwen metrics`), scope and kind; the series over time by scope
// (uPlot, served from node_modules), the table under it, each point and row linking to its sentence.
import { METRIC_COLUMNS, type MetricRow } from '../../analysis/metrics.js';
import type { MetricPoint } from '../metrics-index.js';
import { html, jsonBlock, qs } from '../html.js';
import { page } from '../layout.js';

export interface MetricsQuery {
  subject: string;
  scope: string;
  kind: string;
  page: number;
}

const KINDS: [string, string][] = [['', '全部 all'], ['count', '计数 count'], ['money', '金额 money'], ['percent', '百分比 percent'], ['ratio', '比率 ratio']];
const MAX_SERIES = 8;
const PER = 200;

export function parseMetricsQuery(p: URLSearchParams): MetricsQuery {
  const kind = p.get('kind') ?? '';
  return {
    subject: (p.get('subject') ?? '').trim(),
    scope: (p.get('scope') ?? '').trim(),
    kind: KINDS.some(([k]) => k === kind) ? kind : '',
    page: Math.max(1, Number.parseInt(p.get('page') ?? '1', 10) || 1),
  };
}

/** The link to a row's sentence: /documents/<id>/at/<offset> redirects to the sentence anchor. */
export const rowLink = (r: { documentId: string; start: number }) => `/documents/${r.documentId}/at/${r.start}`;

export interface ChartData {
  /** unix seconds of each distinct date */
  x: number[];
  series: { label: string; y: (number | null)[]; links: ([number, number] | null)[]; rows: number }[];
  /** the documents the points link to; a link is [index here, offset]: /documents/<id>/at/<offset> */
  docs: string[];
  otherScopes: number;
}

/** One line per scope (the most frequent ones), one point per date: the largest value stated that day. */
export function chartData(rows: MetricPoint[]): ChartData {
  const dated = rows.filter((r) => r.date && Number.isFinite(r.value));
  const dates = [...new Set(dated.map((r) => r.date!))].sort();
  const at = new Map(dates.map((d, i) => [d, i]));
  const byScope = new Map<string, MetricPoint[]>();
  for (const r of dated) {
    const k = r.scope ?? '（未注明范围）';
    const list = byScope.get(k);
    if (list) list.push(r);
    else byScope.set(k, [r]);
  }
  const scopes = [...byScope].sort((a, b) => b[1].length - a[1].length);
  const docs: string[] = [];
  const docAt = new Map<string, number>();
  const docIndex = (id: string) => {
    let k = docAt.get(id);
    if (k === undefined) docAt.set(id, (k = docs.push(id) - 1));
    return k;
  };
  const series = scopes.slice(0, MAX_SERIES).map(([label, list]) => {
    const y: (number | null)[] = dates.map(() => null);
    const best: (MetricPoint | null)[] = dates.map(() => null);
    for (const r of list) {
      const i = at.get(r.date!)!;
      if (y[i] == null || r.value > y[i]!) {
        y[i] = r.value;
        best[i] = r;
      }
    }
    const links = best.map((r): [number, number] | null => (r ? [docIndex(r.documentId), r.start] : null));
    return { label, y, links, rows: list.length };
  });
  return { x: dates.map((d) => Math.floor(Date.parse(d + 'T00:00:00Z') / 1000)), series, docs, otherScopes: Math.max(0, scopes.length - MAX_SERIES) };
}

export function metricsJsonRows(rows: MetricRow[]) {
  return rows.map((r) => ({ ...r, url: rowLink(r) }));
}

export const METRIC_CSV_HEADERS = [...METRIC_COLUMNS, 'kind', 'period', 'documentId', 'source', 'start', 'end', 'url'];
export function metricsCsvRows(rows: MetricRow[]): unknown[][] {
  return rows.map((r) => [r.date, r.series, r.issue, r.scope, r.subject, r.valueText, r.unit, r.approx, r.sentence, r.kind, r.period, r.documentId, r.source, r.start, r.end, rowLink(r)]);
}

export interface MetricsResult {
  total: number;
  points: MetricPoint[];
  /** the rows of the table's page */
  rowsOf: (from: number, to: number) => MetricRow[];
}

export function metricsPage(q: MetricsQuery, result: MetricsResult | null, subjects: { subject: string; n: number }[], params: URLSearchParams): string {
  const dataQuery = params.toString() ? `?${params.toString()}` : '';
  const form = html`<form class="search" method="get" action="/metrics">
<input type="text" name="subject" value="${q.subject}" list="subjects" placeholder="对象 subject：劳模创新工作室、产业工人……" aria-label="subject">
<input type="text" name="scope" value="${q.scope}" placeholder="范围 scope：云南省、曲靖市……" aria-label="scope">
<select name="kind" aria-label="kind">${KINDS.map(([k, l]) => html`<option value="${k}"${q.kind === k ? html` selected` : ''}>${l}</option>`)}</select>
<button type="submit">查看 Show</button></form>
<datalist id="subjects">${subjects.map((s) => html`<option value="${s.subject}">`)}</datalist>`;
  if (!result) {
    const body = html`<h1>指标 Metrics</h1>${form}<p class="muted">选择一个对象（同义词按 <code>gongwen metrics</code> 归并：劳模 = 劳动模范）。常见对象：</p>
<div class="chips">${subjects.slice(0, 40).map((s) => html`<a href="${'/metrics' + qs({ subject: s.subject })}">${s.subject} <span class="muted">${s.n}</span></a>`)}</div>`;
    return page({ title: '指标', active: '/metrics', body });
  }
  const chart = chartData(result.points);
  const pages = Math.max(1, Math.ceil(result.total / PER));
  const shown = result.rowsOf((q.page - 1) * PER, q.page * PER);
  const base = (o: Record<string, string | number | null>) => '/metrics' + qs({ subject: q.subject, scope: q.scope, kind: q.kind, ...o });
  const body = html`<h1>指标 Metrics <span class="muted">${q.subject || '全部对象'}${q.scope ? ` · ${q.scope}` : ''} (${result.total} 条)</span></h1>${form}
<div id="chart" aria-label="chart" data-series="${chart.series.length}"></div>
${chart.otherScopes ? html`<p class="muted">另有 ${chart.otherScopes} 个范围未画出（只画条目最多的 ${MAX_SERIES} 个）；表格列出全部。</p>` : ''}
${chart.x.length ? '' : html`<p class="muted">没有带日期的数据可画。</p>`}
<table class="metrics"><thead><tr><th>日期 date</th><th>系列/期号</th><th>范围 scope</th><th>对象 subject</th><th class="num">数值 value</th><th>单位 unit</th><th>约数</th><th>句子 sentence</th></tr></thead><tbody>
${shown.map(
  (r) => html`<tr><td>${r.date ?? ''}</td><td>${r.series ?? ''}${r.year != null ? ` ${r.year}-${r.issue ?? ''}` : ''}</td><td>${r.scope ?? ''}</td><td>${r.subject}</td><td class="num">${r.valueText}</td><td>${r.unit}</td><td>${r.approx ? '≈' : ''}</td>
<td><a class="row-link" href="${rowLink(r)}">${r.sentence}</a></td></tr>`,
)}</tbody></table>
<div class="pager">${q.page > 1 ? html`<a href="${base({ page: q.page - 1 })}" rel="prev">← 上一页</a>` : ''}<span>第 ${q.page} / ${pages} 页</span>${q.page < pages ? html`<a href="${base({ page: q.page + 1 })}" rel="next">下一页 →</a>` : ''}</div>
${jsonBlock('metric-data', chart)}`;
  return page({
    title: `指标：${q.subject}`,
    active: '/metrics',
    body,
    formats: [['JSON', `/metrics.json${dataQuery}`], ['CSV', `/metrics.csv${dataQuery}`]],
    scripts: ['/assets/uPlot.iife.min.js'],
    styles: ['/assets/uPlot.min.css'],
  });
}
