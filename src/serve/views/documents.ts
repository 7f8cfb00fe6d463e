// The documents list: full-text search (the same search as `gongwen search`), facets, sorting, paging.
import { search } from '../../analysis/search.js';
import type { DocEntry, ServeArchive } from '../archive.js';
import { html, qs, raw, escapeHtml, type Html } from '../html.js';
import { page } from '../layout.js';

export const FACETS = [
  ['series', '系列 series'],
  ['year', '年份 year'],
  ['kind', '类型 kind'],
  ['issuer', '发文机关 issuer'],
  ['province', '省份 province'],
  ['city', '城市 city'],
] as const;
type FacetKey = (typeof FACETS)[number][0];

const SORTS = {
  date: (d: DocEntry) => d.date ?? '',
  series: (d: DocEntry) => `${d.series ?? '\uffff'} ${String(d.year ?? 0).padStart(4, '0')} ${String(d.issue ?? 0).padStart(4, '0')}`,
  title: (d: DocEntry) => d.title ?? d.docNumber ?? d.source,
  quantities: (d: DocEntry) => d.quantities,
  source: (d: DocEntry) => d.source,
} as const;
type SortKey = keyof typeof SORTS;

const KIND_LABEL: Record<string, string> = { bulletin: '简报 bulletin', notice: '通知 notice', other: '其他 other' };
/** Search hits collected for the list and its facets (each hit is verified on its stored text, ~0.3 ms
 * a document): a search with more counts its facets over the newest SEARCH_CAP, and pages beyond them
 * collect as many hits as the page needs. */
export const SEARCH_CAP = 200;
const MAX_PER = 500;

export interface ListQuery {
  q: string;
  filters: Partial<Record<FacetKey, string>>;
  sort: SortKey | null;
  order: 'asc' | 'desc';
  page: number;
  per: number;
}

export function parseListQuery(p: URLSearchParams): ListQuery {
  const filters: ListQuery['filters'] = {};
  for (const [k] of FACETS) {
    const v = p.get(k);
    if (v) filters[k] = v;
  }
  const sort = p.get('sort');
  const per = Math.min(MAX_PER, Math.max(1, Number.parseInt(p.get('per') ?? '50', 10) || 50));
  return {
    q: (p.get('q') ?? '').trim(),
    filters,
    sort: sort && sort in SORTS ? (sort as SortKey) : null,
    order: p.get('order') === 'asc' ? 'asc' : 'desc',
    page: Math.max(1, Number.parseInt(p.get('page') ?? '1', 10) || 1),
    per,
  };
}

function facetValue(d: DocEntry, k: FacetKey): string[] {
  switch (k) {
    case 'series': return d.series ? [d.series] : [];
    case 'year': return d.year != null ? [String(d.year)] : d.date ? [d.date.slice(0, 4)] : [];
    case 'kind': return [d.kind];
    case 'issuer': return d.issuers;
    case 'province': return d.province ? [d.province] : [];
    case 'city': return d.city ? [d.city] : [];
  }
}

export interface ListResult {
  query: ListQuery;
  total: number;
  docs: DocEntry[];
  /** facet → [value, count] by count */
  facets: Record<string, [string, number][]>;
  snippets: Map<string, string>;
  searchCapped: boolean;
  searchPending: number;
}

/** The filtered, sorted list and its facets for one query (all pages), kept for the next page or a return. */
interface Listed {
  docs: DocEntry[];
  facets: ListResult['facets'];
  snippets: Map<string, string>;
  searchCapped: boolean;
}

/** A few recent lists per archive version: paging and going back do not search or sort again. */
export class ListCache {
  private entries = new Map<string, Listed>();
  get(key: string, build: () => Listed): Listed {
    let v = this.entries.get(key);
    if (v) {
      this.entries.delete(key); // most recent last
    } else {
      v = build();
      if (this.entries.size >= 16) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, v);
    return v;
  }
}

export function listDocuments(a: ServeArchive, q: ListQuery, cache?: ListCache): ListResult {
  // the search collects at least SEARCH_CAP hits; a later page may need more (a new search)
  const limit = q.q ? Math.max(SEARCH_CAP, q.page * q.per + 1) : 0;
  const key = JSON.stringify([a.dataVersion, q.q, limit, q.filters, q.sort, q.order]);
  const l = cache ? cache.get(key, () => buildList(a, q, limit)) : buildList(a, q, limit);
  const from = (q.page - 1) * q.per;
  return {
    query: q, total: l.docs.length, docs: l.docs.slice(from, from + q.per), facets: l.facets, snippets: l.snippets,
    searchCapped: l.searchCapped, searchPending: q.q ? a.searchPending() : 0,
  };
}

function buildList(a: ServeArchive, q: ListQuery, limit: number): Listed {
  let docs: DocEntry[];
  const snippets = new Map<string, string>();
  let searchCapped = false;
  if (q.q) {
    const hits = search(a.db, q.q, { limit, mark: ['\u0001', '\u0002'] });
    searchCapped = hits.length >= limit;
    docs = [];
    for (const h of hits) {
      const e = a.entry(h.documentId);
      if (!e) continue;
      docs.push(e);
      snippets.set(h.documentId, h.snippet);
    }
  } else docs = [...a.allDocs()];
  docs = docs.filter((d) => FACETS.every(([k]) => !q.filters[k] || facetValue(d, k).includes(q.filters[k]!)));
  const facets: ListResult['facets'] = {};
  for (const [k] of FACETS) {
    const counts = new Map<string, number>();
    for (const d of docs) for (const v of facetValue(d, k)) counts.set(v, (counts.get(v) ?? 0) + 1);
    facets[k] = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  }
  if (q.sort || !q.q) {
    const key = SORTS[q.sort ?? 'date'];
    const dir = q.order === 'asc' ? 1 : -1;
    docs.sort((x, y) => {
      const a1 = key(x), b1 = key(y);
      return (a1 < b1 ? -1 : a1 > b1 ? 1 : 0) * dir || x.id.localeCompare(y.id);
    });
  }
  return { docs, facets, snippets, searchCapped };
}

export function docLabel(d: Pick<DocEntry, 'series' | 'year' | 'issue' | 'docNumber' | 'title' | 'source'>): string {
  if (d.series && d.year != null) return `${d.series} ${d.year}年第${d.issue ?? '?'}期`;
  return d.docNumber ?? d.title ?? d.source;
}

export function listJson(r: ListResult) {
  return {
    query: r.query.q || null,
    filters: r.query.filters,
    sort: r.query.sort ?? (r.query.q ? 'relevance' : 'date'),
    order: r.query.order,
    page: r.query.page,
    per: r.query.per,
    total: r.total,
    searchCapped: r.searchCapped,
    facets: Object.fromEntries(Object.entries(r.facets).map(([k, v]) => [k, v.map(([value, count]) => ({ value, count }))])),
    documents: r.docs.map((d) => ({ ...d, url: `/documents/${d.id}`, snippet: r.snippets.get(d.id)?.replace(/[\u0001\u0002]/g, '') })),
  };
}

export const CSV_HEADERS = ['id', 'date', 'series', 'year', 'issue', 'total_issue', 'doc_number', 'kind', 'format', 'title', 'issuers', 'province', 'city', 'quantities', 'source'];
export function csvRows(docs: DocEntry[]): unknown[][] {
  return docs.map((d) => [d.id, d.date, d.series, d.year, d.issue, d.totalIssue, d.docNumber, d.kind, d.format, d.title, d.issuers, d.province, d.city, d.quantities, d.source]);
}

/** The snippet with the search's marks (control characters) as <b>, the rest escaped. */
function snippetHtml(s: string): Html {
  return raw(escapeHtml(s).replace(/\u0001/g, '<b>').replace(/\u0002/g, '</b>'));
}

export function listPage(r: ListResult, params: URLSearchParams): string {
  const q = r.query;
  const base = (over: Record<string, string | number | null>) => {
    const p: Record<string, string | number | null> = { q: q.q, ...q.filters, sort: q.sort, order: q.sort ? q.order : null, per: q.per === 50 ? null : q.per };
    return '/documents' + qs({ ...p, ...over });
  };
  const sortLink = (key: SortKey, label: string) => {
    const active = (q.sort ?? (q.q ? null : 'date')) === key;
    const order = active && q.order === 'desc' ? 'asc' : 'desc';
    return html`<a href="${base({ sort: key, order, page: null })}">${label}${active ? (q.order === 'desc' ? ' ↓' : ' ↑') : ''}</a>`;
  };
  const pages = Math.max(1, Math.ceil(r.total / q.per));
  const dataQuery = params.toString() ? `?${params.toString()}` : '';
  const chips = Object.entries(q.filters).map(
    ([k, v]) => html`<a href="${base({ [k]: null, page: null })}" title="移除 remove">${FACETS.find((f) => f[0] === k)?.[1] ?? k}: ${k === 'kind' ? KIND_LABEL[v!] ?? v : v} ✕</a>`,
  );
  const body = html`<h1>文档 Documents <span class="muted">(${r.total}${r.searchCapped ? '+' : ''})</span></h1>
<form class="search" method="get" action="/documents">
<input type="search" name="q" value="${q.q}" placeholder="全文检索：劳模、烟、产业工人……" aria-label="search">
${Object.entries(q.filters).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
<button type="submit">检索 Search</button></form>
${chips.length ? html`<div class="chips">${chips}</div>` : ''}
${r.searchCapped ? html`<p class="notice">匹配文档很多：数目与分面按最新的 ${r.total} 篇统计（翻页会继续检索）；加词或筛选可缩小范围。</p>` : ''}
${r.searchPending ? html`<p class="notice">${r.searchPending} 篇文档尚未进入全文索引（由其他工具写入）：这些文档逐篇核对，较慢。下一次 <code>gongwen ingest</code> 会补建索引。</p>` : ''}
<div class="layout"><aside class="facets">${FACETS.map(([k, label]) => facetBlock(k, label, r.facets[k], q.filters[k], base))}</aside>
<div><table class="docs"><thead><tr>
<th>${sortLink('date', '日期 date')}</th><th>${sortLink('series', '期号 issue')}</th><th>${sortLink('title', '标题 title')}</th>
<th>发文机关 issuer</th><th>${sortLink('quantities', '数字 figures')}</th></tr></thead><tbody>
${r.docs.map(
  (d) => html`<tr data-id="${d.id}"><td>${d.date ?? ''}</td><td>${docLabel(d)}</td><td><a href="/documents/${d.id}">${d.title ?? d.docNumber ?? d.source}</a>
${r.snippets.has(d.id) ? html`<div class="snippet">${snippetHtml(r.snippets.get(d.id)!)}</div>` : ''}</td>
<td>${d.issuers[0] ?? ''}${d.issuers.length > 1 ? html` <span class="muted">等${d.issuers.length}家</span>` : ''}</td><td class="num">${d.quantities}</td></tr>`,
)}</tbody></table>
${r.docs.length ? '' : html`<p class="muted">没有匹配的文档。No documents match.</p>`}
<div class="pager">${q.page > 1 ? html`<a href="${base({ page: q.page - 1 })}" rel="prev">← 上一页</a>` : ''}
<span>第 ${q.page} / ${pages} 页</span>${q.page < pages ? html`<a href="${base({ page: q.page + 1 })}" rel="next">下一页 →</a>` : ''}</div>
</div></div>`;
  return page({
    title: q.q ? `检索：${q.q}` : '文档',
    active: '/documents',
    body,
    formats: [['JSON', `/documents.json${dataQuery}`], ['CSV', `/documents.csv${dataQuery}`]],
  });
}

function facetBlock(k: FacetKey, label: string, values: [string, number][], active: string | undefined, base: (o: Record<string, string | number | null>) => string): Html {
  if (!values.length) return html``;
  const shown = values.slice(0, 12);
  return html`<section data-facet="${k}"><h3>${label}</h3><ul>${shown.map(
    ([v, n]) => html`<li><a href="${base({ [k]: active === v ? null : v, page: null })}"${active === v ? html` class="active"` : ''}>${k === 'kind' ? KIND_LABEL[v] ?? v : v}</a><span class="muted">${n}</span></li>`,
  )}${values.length > shown.length ? html`<li class="muted">… 另 ${values.length - shown.length} 项</li>` : ''}</ul></section>`;
}
