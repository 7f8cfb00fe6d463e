// One document: header fields, linked sources, section tree, and the canonical text with every
// extracted item highlighted in its sentence.
import { computeSentences as sentences } from '../../extract/sentences.js';
import { ocrPages, type ItemRow, type ServeArchive } from '../archive.js';
import { markup, type Marker, type Span } from '../highlight.js';
import { escapeHtml, html, jsonBlock, raw, type Html } from '../html.js';
import { page } from '../layout.js';
import { docLabel } from './documents.js';

export const KIND_LABELS: Record<ItemRow['kind'], string> = {
  quantity: '数字 quantity',
  award: '荣誉 award',
  workshop: '工作室 workshop',
  org: '机构 org',
  person: '人物 person',
  place: '地名 place',
  policy: '文件 policy',
};

export interface DocumentView {
  id: string;
  header: Record<string, unknown>;
  text: string;
  sections: ReturnType<ServeArchive['sections']>;
  sources: ReturnType<ServeArchive['sources']>;
  items: ItemRow[];
  sentences: { start: number; end: number }[];
}

export function loadDocument(a: ServeArchive, id: string): DocumentView | null {
  const row = a.document(id);
  if (!row) return null;
  const text = a.text(id) ?? '';
  const parse = (s: unknown) => {
    try {
      return typeof s === 'string' ? JSON.parse(s) : s;
    } catch {
      return s;
    }
  };
  const header: Record<string, unknown> = {
    id: row.id, source: row.source, format: row.format, kind: row.kind, series: row.series, year: row.year, issue: row.issue,
    totalIssue: row.total_issue, date: row.date, docNumber: row.doc_number, issuers: parse(row.issuers), title: row.title,
    byline: row.byline, attachmentTitle: row.attachment_title, distribution: parse(row.distribution), pageCount: row.page_count,
    encoding: row.encoding, ocr: parse(row.ocr) ?? null, rulesVersion: row.rules_version, storedAt: row.stored_at,
  };
  const e = a.entry(id);
  if (e) Object.assign(header, { province: e.province, city: e.city });
  return {
    id, header, text, sections: a.sections(id), sources: a.sources(id), items: a.items(id, ocrPages(row)),
    sentences: sentences(text).map((s) => ({ start: s.start, end: s.end })),
  };
}

export function documentJson(v: DocumentView) {
  return {
    document: { ...v.header, text: v.text },
    sections: v.sections,
    sources: v.sources,
    items: v.items.map((it) => ({ ...it, anchor: `#s-${sentenceStart(v.sentences, it.start)}` })),
    sentences: v.sentences.map((s) => ({ ...s, anchor: `#s-${s.start}` })),
  };
}

/** The start of the sentence holding `offset` (its anchor is s-<start>); the offset itself between sentences. */
export function sentenceStart(spans: { start: number; end: number }[], offset: number): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start > offset) hi = mid - 1;
    else if (spans[mid].end <= offset) lo = mid + 1;
    else return spans[mid].start;
  }
  return offset;
}

function tooltip(it: ItemRow): string {
  const f = Object.entries(it.fields).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join('、') : String(v)}`);
  return [`${KIND_LABELS[it.kind]} ${it.text}`, ...f, `rule: ${it.rule}`, ...(it.lowConfidence ? ['OCR / 低置信度'] : [])].join('\n');
}

/** The text with sentence anchors, section anchors and the items as nested <mark>s. */
export function textHtml(v: DocumentView): Html {
  const spans: Span[] = v.sentences.map((s) => ({
    start: s.start, end: s.end, open: `<span class="s" id="s-${s.start}">`, cont: '<span class="s cont">', close: '</span>',
  }));
  // sentences that are not covered (blank lines) need no anchor; items outside any sentence still nest
  v.items.forEach((it, i) => {
    const cls = `hl k-${it.kind}${it.lowConfidence ? ' low' : ''}`;
    spans.push({
      start: it.start, end: it.end,
      open: `<mark class="${cls}" data-kind="${it.kind}" data-start="${it.start}" data-end="${it.end}" data-idx="${it.idx}" data-item="${i}"${it.lowConfidence ? ' data-low="1"' : ''} title="${escapeHtml(tooltip(it))}">`,
      cont: `<mark class="${cls} cont" data-cont="${i}">`,
      close: '</mark>',
      rank: 1,
    });
  });
  const markers: Marker[] = v.sections.map((s) => ({ at: s.start, html: `<a class="sec" id="sec-${s.idx}"></a>` }));
  return raw(markup(v.text, spans, markers));
}

function sectionTree(sections: DocumentView['sections']): Html {
  const children = new Map<number | null, DocumentView['sections']>();
  for (const s of sections) {
    const p = s.parent == null ? null : s.parent;
    const list = children.get(p);
    if (list) list.push(s);
    else children.set(p, [s]);
  }
  const branch = (p: number | null): Html => {
    const list = children.get(p);
    if (!list?.length) return html``;
    return html`<ul class="tree">${list.map((s) => html`<li><a href="#sec-${s.idx}">${s.marker} ${s.heading}</a>${branch(s.idx)}</li>`)}</ul>`;
  };
  return branch(null);
}

const FIELD_LABELS: [string, string][] = [
  ['series', '系列'], ['year', '年份'], ['issue', '期号'], ['totalIssue', '总期号'], ['date', '日期'],
  ['docNumber', '文号'], ['province', '省份'], ['attachmentTitle', '附件'],
  ['city', '城市'], ['kind', '类型'], ['format', '格式'], ['pageCount', '页数'], ['ocr', 'OCR'], ['byline', '作者'],
];

export function documentPage(v: DocumentView): string {
  const h = v.header;
  const counts = new Map<string, number>();
  for (const it of v.items) counts.set(it.kind, (counts.get(it.kind) ?? 0) + 1);
  const fmt = (x: unknown) => (Array.isArray(x) ? x.join('、') : typeof x === 'object' && x ? JSON.stringify(x) : String(x));
  const label = docLabel({ series: h.series as string | null, year: h.year as number | null, issue: h.issue as number | null, docNumber: h.docNumber as string | null, title: h.title as string | null, source: String(h.source) });
  const itemsData = v.items.map((it) => ({ kindLabel: KIND_LABELS[it.kind], start: it.start, end: it.end, text: it.text, rule: it.rule, page: it.page, lowConfidence: !!it.lowConfidence, fields: it.fields }));
  const low = v.items.filter((i) => i.lowConfidence).length;
  const body = html`<h1>${(h.title as string | null) ?? label}</h1>
<div class="doc"><div>
<dl class="header">${FIELD_LABELS.filter(([k]) => h[k] != null && !(Array.isArray(h[k]) && !(h[k] as unknown[]).length)).map(
    ([k, l]) => html`<dt>${l}</dt><dd data-field="${k}">${fmt(h[k])}</dd>`,
  )}</dl>
${(h.issuers as string[] | null)?.length ? html`<p class="issuers"><span class="muted">发文机关</span> ${(h.issuers as string[]).join('、')} <span class="muted">· ID ${v.id}</span></p>` : html`<p class="muted">ID ${v.id}</p>`}
${h.ocr ? html`<p class="notice">本文有 OCR 识别页面：这些页上的条目以虚线框标出。</p>` : ''}
<h2>正文 Text <span class="muted">(${v.items.length} 个条目 items${low ? `，${low} 个 OCR/低置信度` : ''})</span></h2>
<div class="legend">${(Object.keys(KIND_LABELS) as ItemRow['kind'][]).map((k) => html`<span class="k-${k}">${KIND_LABELS[k]} ${counts.get(k) ?? 0}</span>`)}</div>
<div class="text" id="text" lang="zh-CN">${textHtml(v)}</div>
</div><aside class="side">
<h2>条目 Item</h2><div id="item-panel" class="muted">点击正文中的高亮查看字段。Click a highlight for its fields.</div>
<h2>来源文件 Sources</h2><ul class="sources">${v.sources.map((s) => html`<li title="${s.path}"><code>${s.path.split(/[\\/]/).pop()}</code> <span class="muted">${s.format}, ${Math.ceil(s.size / 1024)} KB</span></li>`)}</ul>
${v.sections.length ? html`<h2>结构 Sections</h2>${sectionTree(v.sections)}` : ''}
</aside></div>
${jsonBlock('items', itemsData)}`;
  return page({ title: label, active: '/documents', body, formats: [['JSON', `/documents/${v.id}.json`]] });
}
