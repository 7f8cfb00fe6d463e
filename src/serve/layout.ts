// The frame every page shares: navigation, the stylesheet and script (served by this server only),
// and links to the page's JSON / CSV forms.
import { html, type Html } from './html.js';

export const NAV: [string, string][] = [
  ['/documents', '文档 Documents'],
  ['/metrics', '指标 Metrics'],
  ['/findings', '一致性 Findings'],
  ['/check', '草稿检查 Check'],
];

export interface PageOptions {
  title: string;
  active: string;
  body: Html;
  /** the same view as data: [label, url] */
  formats?: [string, string][];
  scripts?: string[];
  styles?: string[];
}

export function page(o: PageOptions): string {
  return (
    '<!doctype html>\n' +
    html`<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · gongwen</title>
${(o.styles ?? []).map((s) => html`<link rel="stylesheet" href="${s}">`)}<link rel="stylesheet" href="/assets/app.css">
</head><body>
<header class="top"><a class="brand" href="/documents">gongwen 公文</a><nav>${NAV.map(
      ([href, label]) => html`<a href="${href}"${o.active === href ? html` class="active" aria-current="page"` : ''}>${label}</a>`,
    )}</nav>${
      o.formats?.length ? html`<span class="formats">${o.formats.map(([l, u]) => html`<a href="${u}">${l}</a>`)}</span>` : ''
    }</header>
<main>${o.body}</main>
${(o.scripts ?? []).map((s) => html`<script src="${s}"></script>`)}<script src="/assets/app.js"></script>
</body></html>`.value
  );
}

/** A link to `path` with the extension (.json/.csv) before the query string. */
export function withExt(path: string, ext: string, query: string): string {
  return `${path}.${ext}${query}`;
}
