// Web pages (.html/.htm, UTF-8 or GBK). Government sites publish a notice inside a CMS container
// (TRS_Editor and its kin) wrapped in site chrome: crumbs, an info bar with 【打印】【关闭】, share
// bars, related links, footers. The container is taken when one is known, else Readability picks
// the article; block elements become paragraphs, chrome never reaches the text. The page's
// meta tags (ArticleTitle, PubDate, ContentSource, SiteName) are kept in `meta`; the header the page
// states outside the article (title, info line, disclosure panel) opens the text (./html/page-header.ts).
// Containers, labels and chrome are data: rules/html-page.yaml.
import type { IngestResult, SourceLine, SourceMeta } from '../types.js';
import { FormatFailure } from './errors.js';
import { decodeText } from './text.js';
import { foldToSimplified } from '../normalize/fold.js';
import { htmlPageRules, type HtmlPageRules } from '../rules/html-page.js';
import { sponsorFields } from '../normalize/footer.js';
import { dateline, displayedTitle, docTitleParts, headerLines, lineFields, metaDate, placedSource, siteLike, titleFromDocTitle, type PageFields, type PageHeader } from './html/page-header.js';

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TR', 'TABLE', 'TBODY', 'UL', 'OL', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'PRE', 'CENTER', 'HEADER', 'DT', 'DD', 'ADDRESS', 'FIGURE', 'FIGCAPTION', 'HR']);
const HEADING = /^H([1-6])$/;

export type HtmlMeta = SourceMeta;

/** The page's text: BOM, then a charset named in the first 8 KB (meta charset / http-equiv), then detection. */
export function decodeHtml(buf: Buffer): { text: string; encoding: string } {
  if ((buf[0] === 0xef && buf[1] === 0xbb) || (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) return decodeText(buf);
  const head = buf.subarray(0, 8192).toString('latin1');
  const named = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i)?.[1]?.toLowerCase();
  if (named) {
    // GB2312 and GBK pages routinely hold characters outside those sets: GB18030 is their superset
    const label = /^(gb2312|gbk|x-gbk|gb_2312-80|gb18030|cp936)$/.test(named) ? 'gb18030' : named;
    try {
      const text = new TextDecoder(label, { fatal: true }).decode(buf);
      return { text, encoding: label === 'gb18030' ? `GB18030 (declared ${named})` : named.toUpperCase() };
    } catch {
      /* the declaration is wrong: detect */
    }
  }
  return decodeText(buf);
}

function metaOf(doc: any, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[name="${n}"]`) ?? doc.querySelector(`meta[name="${n.toLowerCase()}"]`) ?? doc.querySelector(`meta[property="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Block-level walk: each block element ends a paragraph, <br> too; headings are marked. With `rows`, a table's
 * row of data is one line of tab-parted cells (the article's tables; the page's header panel is read from words
 * parted by spaces) */
function blockLines(root: any, rows = false): SourceLine[] {
  const out: SourceLine[] = [];
  let cur = '';
  let heading: number | undefined;
  const flush = () => {
    const t = cur.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (t) out.push(heading ? { text: t, page: null, kind: 'heading', level: heading } : { text: t, page: null, kind: 'para' });
    cur = '';
    heading = undefined;
  };
  const walk = (n: any) => {
    if (n.nodeType === 3) {
      cur += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = String(n.tagName).toUpperCase();
    if (tag === 'BR') return flush();
    const row = rows && tag === 'TR' ? rowCells(n) : null;
    if (row) {
      flush();
      out.push({ text: row.join('\t'), page: null, kind: 'para' });
      return;
    }
    if (tag === 'TD' || tag === 'TH') cur += ' ';
    const block = BLOCK.has(tag);
    if (block) flush();
    const h = HEADING.exec(tag);
    if (h) heading = Number(h[1]);
    for (const c of n.childNodes ?? []) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** a table row of data (| 某工作室 | 某某 | 某公司 | 12 |): its cells, each one line, for a row of two cells or more
 * and none of them long or holding a table of its own; a layout table's row (the whole article in one cell) is
 * walked as blocks. The cells go on one line parted by tabs (the normaliser keeps a tab row's bounds): joined by
 * spaces, a cell that ends or opens with a bracket or quote would lose its bound to the next */
function rowCells(tr: any): string[] | null {
  const cells = ([...(tr.children ?? [])] as any[]).filter((c) => /^T[DH]$/i.test(String(c.tagName)));
  // (a cell of stacked lines, two issuers over 文件 in a masthead, is laid out, not a record's field)
  if (cells.length < 2 || tr.querySelector('table') || tr.querySelector('br')) return null;
  const texts = cells.map((c) => String(c.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim());
  return texts.some((t) => t.length > 80) ? null : texts;
}

function clean(r: HtmlPageRules, lines: SourceLine[]): SourceLine[] {
  return lines.filter((l) => !r.chromeLines.some((re) => re.test(foldToSimplified(l.text.trim()))));
}

function pickContainer(r: HtmlPageRules, doc: any): any | null {
  for (const sel of r.v.containers) {
    const all = [...doc.querySelectorAll(sel)] as any[];
    // the container with the most text (a page may repeat the class for a summary box)
    const best = all.sort((a, b) => squash(b.textContent ?? '').length - squash(a.textContent ?? '').length)[0];
    if (best && squash(best.textContent ?? '').length >= 50) return best;
  }
  return null;
}

/** Put `line` back into `body` before the block that follows it on the original `page` (at the end when none does). */
function restoreLine(body: any, line: string, page: any): void {
  const want = squash(line);
  const all = [...page.body.querySelectorAll('*')] as any[];
  const holder = all.find((el) => squash(el.textContent ?? '') === want && ![...el.children].some((c: any) => squash(c.textContent ?? '') === want));
  const next = holder ? all.slice(all.indexOf(holder) + 1).find((el) => !holder.contains(el) && squash(el.textContent ?? '').length >= 4) : null;
  const key = next ? squash(next.textContent ?? '').slice(0, 20) : null;
  const blocks = [...body.querySelectorAll('*')] as any[];
  const before = key ? blocks.find((el) => BLOCK.has(String(el.tagName).toUpperCase()) && squash(el.textContent ?? '').startsWith(key)) : null;
  const p = body.ownerDocument.createElement('p');
  p.textContent = line;
  if (before) before.parentNode.insertBefore(p, before);
  else body.appendChild(p);
}

async function readabilityRoot(html: string, page: any): Promise<any | null> {
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const { document } = parseHTML(html);
  const article = new Readability(document as any, { charThreshold: 100 }).parse();
  if (!article?.content || squash(article.textContent ?? '').length < 30) return null;
  const body = parseHTML(`<html><body>${article.content}</body></html>`).document.body;
  // Readability lifts a credit line (<p class="author">（记者 … 通讯员 …）) out of the article into
  // `byline`; it is the article's own text, so it goes back where the page had it
  const byline = article.byline?.trim();
  if (byline && !squash(body.textContent ?? '').includes(squash(byline))) restoreLine(body, byline, page);
  return body;
}

export async function readHtml(buf: Buffer): Promise<IngestResult> {
  const r = htmlPageRules();
  const { text: html, encoding } = decodeHtml(buf);
  const { parseHTML } = await import('linkedom');
  const { document: doc } = parseHTML(html);
  const meta: HtmlMeta = {
    title: metaOf(doc, ...r.v.meta.title.filter((n) => n !== 'title')) ?? (doc.querySelector('title')?.textContent?.trim() || null),
    date: metaOf(doc, ...r.v.meta.date),
    source: metaOf(doc, ...r.v.meta.source),
    site: metaOf(doc, ...r.v.meta.site),
  };
  // the whole page's lines, before anything is removed (the info line and panel sit outside the article)
  const pageLines = doc.body ? blockLines(parseCopy(doc)) : [];
  let root = pickContainer(r, doc);
  if (!root) root = await readabilityRoot(html, doc);
  if (!root) throw new FormatFailure('web page without an article: no known content container and Readability found none');
  for (const sel of r.v.chromeSelectors) for (const el of [...root.querySelectorAll(sel)] as any[]) el.remove();
  let lines = clean(r, blockLines(root, true));
  // the article's head: its lines above the first sentence, eight at the most
  const firstSentence = lines.findIndex((l) => /[。；！？]/.test(l.text));
  const headLength = firstSentence < 0 ? 8 : Math.min(firstSentence, 8);
  // an article that opens with its own header (a bulletin's masthead, a notice's date line) keeps it;
  // else the page's own info line in its head (a table layout) goes: the header block restates it
  const ownHead = lines.slice(0, headLength).some((l) => isOwnHeaderLine(l.text));
  if (!ownHead) lines = lines.filter((l, i) => i >= headLength || !isInfoLine(r, l.text));
  // the header is read above the article's first sentence: a 时间： or a date inside the article is no header
  const sentences = new Set(lines.filter((l) => /[。；！？]/.test(l.text)).map((l) => squash(l.text)));
  const first = pageLines.findIndex((l) => sentences.has(squash(l.text)));
  const credits = editorLines(r, pageLines, sentences, infoItemLines(r, doc));
  const header = creditedHeader(r, pageHeader(r, doc, meta, first < 0 ? pageLines : pageLines.slice(0, first)), credits);
  // (an info bar of items run together in the article's head, 某区融媒体中心记者\u3000王某2025-11-18 08:30: the header block restates it)
  if (!ownHead && header.fromBar) {
    const bars = infoBarTexts(r, doc);
    lines = lines.filter((l, i) => i >= headLength || !bars.has(squash(l.text)));
  }
  if (!lines.length) throw new FormatFailure('web page article has no text');
  // the article's title stands outside the container on most sites: put it first unless the body opens with it
  const title = header.title;
  // (the title may be broken over two or three lines; a signature line that merely opens the title is no title)
  const t = title ? squash(title) : '';
  // (a first sentence that repeats the title's words is the article, not its title)
  const opensAt = t ? lines.slice(0, 10).findIndex((l, i) => squash(lines.slice(i, i + 3).map((x) => x.text).join('')).startsWith(t) && !/[。！？]/.test(l.text) || squash(l.text).includes(t) && !/[。！？]/.test(l.text)) : -1;
  const opens = opensAt >= 0;
  const head = headerLines(header, !opens, !ownHead);
  // the title goes first, the info line under it (after the body's own title when the body opens with it)
  let after = opensAt;
  while (opens && after < opensAt + 3 && !squash(lines.slice(opensAt, after + 1).map((x) => x.text).join('')).includes(t)) after++;
  lines.splice(opens ? after + 1 : 0, 0, ...head);
  // (not when the container held the footer: its lines are there already)
  const kept = new Set(lines.map((l) => squash(l.text)));
  lines.push(...credits.filter((l) => !kept.has(squash(l.text))));
  lines.push(...sponsorLines(r, pageLines, sentences).filter((l) => !kept.has(squash(l.text))));
  return { format: 'html', lines, pageCount: null, encoding, meta };
}

/** an editing credit (【责任编辑：某某】) or a source's (来源：某县总工会) among the three lines right below the
 * article's last sentence, where the page set it outside the article's container, and the credit lines that
 * run on right after it (a news page's credits block: 来源, 记者/通讯员, 视频/剪辑, 一审/二审/三审): the article's
 * own lines; a page that credits its editor only in the info bar above the article (<span>编辑：某某</span> beside
 * 来源 and 作者) has that item as the credit, which the header block, restating the bar's fields, leaves out */
function editorLines(r: HtmlPageRules, pageLines: SourceLine[], sentences: Set<string>, infoItems: SourceLine[]): SourceLine[] {
  if (!r.v.editorLabels.length) return [];
  let last = -1;
  pageLines.forEach((l, i) => { if (sentences.has(squash(l.text))) last = i; });
  if (last < 0) return [];
  const credit = r.creditLine;
  const source = r.closingSource;
  // (labels are matched on the simplified fold, so a traditional-script page's 【責任編輯：某某】 is a credit too)
  const isCredit = (l: SourceLine) => { const t = folded(l); return credit.test(t) || source.test(t); };
  const near = pageLines.slice(last + 1, last + 4);
  // (the block runs on from the last credit among those three, one credit line after another)
  const from = last + 2 + near.map(isCredit).lastIndexOf(true);
  let end = from;
  while (from > last + 1 && end < pageLines.length && end <= last + 12 && isCredit(pageLines[end])) end++;
  const below = [...near.filter(isCredit), ...pageLines.slice(from, end)];
  const credited = below.some((l) => credit.test(folded(l)));
  const above = credited ? [] : infoItems.filter((l) => credit.test(folded(l)));
  return [...below, ...above].map((l) => ({ text: l.text.trim(), page: null, kind: 'para' as const }));
}

/** a page line trimmed and folded to simplified characters (same length), as the credit patterns read it */
const folded = (l: SourceLine): string => foldToSimplified(l.text.trim());

/** A page whose info bar names its publisher unlabelled (<span>某县融媒体中心</span>) and whose credits below the
 * article name the piece's source (来源：某县总工会): the source is the credited body, the bar's the carrier's */
function creditedHeader(r: HtmlPageRules, header: PageHeader, credits: SourceLine[]): PageHeader {
  const credited = header.barSource && header.source ? creditedSource(r, credits) : null;
  if (!credited || squash(credited) === squash(header.source ?? '')) return header;
  return { ...header, source: credited, carrier: header.source };
}

/** the body a 来源：line of the closing credits names (来源：某县总工会), if any */
function creditedSource(r: HtmlPageRules, credits: SourceLine[]): string | null {
  const line = credits.find((l) => r.closingSource.test(folded(l)));
  const body = line ? line.text.replace(/^[【（([]?[^：:]+[：:]\s*/, '').replace(/[】）)\]]$/, '') : '';
  return body && r.orgEnding.test(squash(foldToSimplified(body))) ? body : null;
}

/** The footer's sponsor fields below the article (主办：… 承办：…, 某市总工会主办): the one part of
 * the footer kept, a line of its own each (see normalize/footer.ts) */
function sponsorLines(r: HtmlPageRules, pageLines: SourceLine[], sentences: Set<string>): SourceLine[] {
  let last = -1;
  pageLines.forEach((l, i) => { if (sentences.has(squash(l.text))) last = i; });
  if (last < 0) return [];
  const seen = new Set<string>();
  const out: SourceLine[] = [];
  for (const l of pageLines.slice(last + 1)) {
    const text = sponsorFields(r, l.text);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    out.push({ text, page: null, kind: 'para' });
  }
  return out;
}

/** a document's own date line (2024年10月15日) or issue line (2024年第11期…) */
const isOwnHeaderLine = (line: string) => /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^\d{4}\s*年\s*第\s*\d+\s*期/.test(line.trim());

/** a line of label：value fields that are all the page's info (发布时间：… 来源：… 点击：88), no sentence,
 * opening with its label or a dateline (比赛时间：… is the article's) */
function isInfoLine(r: HtmlPageRules, line: string): boolean {
  if (!dateline(line) && !new RegExp(`^(?:${r.label.source})`, 'u').test(foldToSimplified(line.trim()))) return false;
  const f = lineFields(r, line);
  const known = Object.keys(f).length;
  return !/[。；]/.test(line) && (known >= 2 || (known === 1 && !!dateline(line.replace(/^[^：:]{1,6}[：:]\s*/, ''))) || (!!dateline(line) && line.length < 60));
}

/** the text of the page's elements that hold a title: headings and title-classed blocks, in page order */
function titleCandidates(r: HtmlPageRules, doc: any): string[] {
  const sel = ['h1', 'h2', 'h3', ...r.v.titleSelectors].join(',');
  return ([...doc.querySelectorAll(sel)] as any[])
    .filter((el) => !el.closest('nav, [class*=crumb], [class*=position], [class*=location], [class*=related], a, li, [class*=footer], [class*=nav], [class*=menu]'))
    .map((el) => String(el.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    .filter((t) => squash(t).length >= 6 && squash(t).length <= 90 && !/[。！？]$/.test(t));
}

/** the site's own names: its SiteName tag, the text and image alt of its logo and masthead, and the
 * name it greets its reader with (欢迎访问某某工会网) */
function siteNames(r: HtmlPageRules, doc: any, site: string | null, lines: SourceLine[]): Set<string> {
  const out = new Set<string>(site ? [squash(site)] : []);
  for (const l of lines) for (const m of foldToSimplified(l.text).matchAll(r.welcome)) out.add(squash(l.text.slice(m.index! + m[0].length - m[1].length, m.index! + m[0].length)));
  for (const el of [...doc.querySelectorAll(r.v.siteSelectors.join(','))] as any[]) {
    const t = squash(String(el.textContent ?? ''));
    if (t && t.length <= 40) out.add(t);
    for (const img of [...el.querySelectorAll('img[alt]')] as any[]) out.add(squash(String(img.getAttribute('alt'))));
  }
  return out;
}

/** the fields of an info area laid out as inline elements (an official account's 作者 / account / time):
 * one line each, read before the page's lines, where they run together */
function infoItemLines(r: HtmlPageRules, doc: any): SourceLine[] {
  const sel = (r.v.infoItemSelectors ?? []).join(',');
  const els: any[] = sel ? [...doc.querySelectorAll(sel)] : [];
  return els.map((el) => String(el.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim()).filter(Boolean)
    .map((text) => ({ text, page: null, kind: 'para' as const }));
}

/** an info bar's unlabelled items (<span>某区融媒体中心</span><span>记者\u3000王某\u3000通讯员\u3000李某</span>): a short
 * body's name is the page's source; a reporter's credit is its author, from the first role on (a unit
 * before the role, 某某融媒 记者 王某, names the account that carried it, not the writer) */
function bareInfoItems(r: HtmlPageRules, doc: any, sites: Set<string>): { source: string | null; author: string | null } {
  const sel = (r.v.infoItemSelectors ?? []).join(',');
  // (a link in the bar is the account's nickname, 某某工会, a short name of the body, not its source as the page credits it)
  const items = ((sel ? [...doc.querySelectorAll(sel)] : []) as any[]).filter((el) => String(el.tagName).toUpperCase() !== 'A').map((el) => ({ text: String(el.textContent ?? '') }));
  const roles = [...(r.v.reporterRoles ?? [])].sort((a, b) => b.length - a.length).join('|');
  // (the role may be labelled, 记者：王某\u3000通讯员：李某, as a byline writes it without the colons)
  const credit = roles ? new RegExp(`(?:^|[\\s\u3000])((?:${roles})(?:[：:][\\s\u3000]*|[\\s\u3000]+)[\\u4e00-\\u9fa5·]{2,}[^：:]*(?:(?:${roles})[：:][^：:]+)*)$`, 'u') : null;
  let source: string | null = null;
  let author: string | null = null;
  for (const { text } of items) {
    const t = text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (!t || /[\d。，；]/.test(t) || squash(t).length > 40) continue;
    const m = credit?.exec(foldToSimplified(t));
    if (m && !author) author = t.slice(t.length - m[1].length).replace(/[：:][\s\u3000]*/g, ' ');
    else if (!m && !/[：:]/.test(t) && !source && !sites.has(squash(t)) && r.orgEnding.test(squash(foldToSimplified(t))) && !r.v.sourceNotNames.includes(squash(t))) source = t;
  }
  return { source, author };
}

/** the whole text of each info bar whose items infoItemLines reads, spaces taken out */
function infoBarTexts(r: HtmlPageRules, doc: any): Set<string> {
  const sel = (r.v.infoItemSelectors ?? []).join(',');
  const els: any[] = sel ? [...doc.querySelectorAll(sel)] : [];
  return new Set(els.map((el) => squash(String(el.parentNode?.textContent ?? ''))).filter(Boolean));
}

/** the author an unlabelled author element names (an official account's author span): a short
 * name, no date, no label of another field; a 作者： label before it is dropped. The account the page
 * asks its reader to follow (关注“某某发布”) carried the article and wrote none of it */
function authorElement(r: HtmlPageRules, doc: any): string | null {
  const sel = (r.v.authorSelectors ?? []).join(',');
  const accounts = followedAccounts(r, doc);
  for (const el of (sel ? [...doc.querySelectorAll(sel)] : []) as any[]) {
    const t = String(el.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim().replace(/^作者[：:]\s*/, '');
    // (the IP location an account's page shows beside the publish time, 新疆, names no writer)
    if (t && squash(t).length <= 20 && !/\d|[：:。，]/.test(t) && !r.v.sourceNotNames.includes(squash(t)) && !accounts.has(squash(t)) && !r.v.ipRegions.includes(squash(t))) return t;
  }
  return null;
}

/** the accounts a page asks its reader to follow (长按二维码关注“某某发布”), spaces taken out */
function followedAccounts(r: HtmlPageRules, doc: any): Set<string> {
  if (!r.v.followPrompt) return new Set();
  const text = String(doc.body?.textContent ?? '');
  return new Set([...text.matchAll(new RegExp(r.v.followPrompt, 'gu'))].map((m) => squash(m[1])));
}

/** the publish time a script of the page states (var ct = "1746527400" → 2025-05-06 18:30, Beijing time) */
function scriptDate(r: HtmlPageRules, doc: any): string | null {
  const code = ([...doc.querySelectorAll('script')] as any[]).map((el) => String(el.textContent ?? '')).join('\n');
  for (const { pattern, epoch } of r.v.scriptDates ?? []) {
    const m = new RegExp(pattern).exec(code);
    if (!m) continue;
    if (!epoch) return m[1];
    return new Date((+m[1] + 8 * 3600) * 1000).toISOString().replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*$/, '$1 $2');
  }
  return null;
}

/** a dateline's first word less a field's label glued to its end (某某中心阅读 of 某某中心阅读 3186 → 某某中心):
 * a label of two letters or more, the one-letter 文 being too common an ending */
function cutAtLabel(r: HtmlPageRules, word: string): string {
  const f = foldToSimplified(word);
  const hit = [...r.fieldOf.keys()].filter((l) => l.length >= 2 && f.length > l.length && f.endsWith(l)).sort((a, b) => b.length - a.length)[0];
  return hit ? word.slice(0, -hit.length) : word;
}

/** The header the page states: meta tags, the panel and info line, the title element, <title>. */
function pageHeader(r: HtmlPageRules, doc: any, meta: HtmlMeta, above: SourceLine[]): PageHeader {
  const fields: PageFields = {};
  let bareDate: string | null = null;
  let bareSource: string | null = null;
  const read = [...infoItemLines(r, doc), ...above];
  for (const [i, l] of read.entries()) {
    const t = l.text.trim();
    if (t.length > 160 || /[。；]/.test(t)) continue;
    // (a panel laid out as label and value cells, <dt>发布机构：</dt><dd>某局</dd>, gives one line each)
    const cell = /^[^：:\s]{1,8}[\s\u3000]*[：:]$/.test(t) && read[i + 1] && !/[：:]/.test(read[i + 1].text) ? `${t}${read[i + 1].text.trim()}` : t;
    for (const [k, v] of Object.entries(lineFields(r, cell))) if (!(k in fields)) (fields as any)[k] = v;
    // (an e-paper's masthead names the paper and the day: they stand for the page's source and date)
    const mast: RegExpExecArray | null = !bareDate ? r.masthead.exec(foldToSimplified(t)) : null;
    if (mast) { bareDate = mast[2]; bareSource = t.slice(0, mast[1].length); continue; }
    const dl: { date: string; rest: string } | null = !bareDate ? dateline(t) : null;
    if (dl) {
      bareDate = dl.date;
      // (a source glued to the field after it, 某某中心阅读 3186, ends where that field's label begins)
      const rest = cutAtLabel(r, dl.rest.split(/[\s\u3000]+/)[0] ?? '');
      if (rest && !/[：:]/.test(rest) && rest.length <= 30) bareSource = rest;
    }
  }
  const sites = siteNames(r, doc, meta.site, above);
  const docTitle = doc.querySelector('title')?.textContent?.replace(/[\s\u00a0]+/g, ' ').trim() ?? '';
  const fromDoc = docTitle ? titleFromDocTitle(r, docTitle, sites) : null;
  const own = docTitle ? docTitleParts(r, docTitle).filter((p) => !sites.has(squash(p)) && !siteLike(r, p)).map(squash) : [];
  const cands = titleCandidates(r, doc).filter((c) => !sites.has(squash(c)) && !siteLike(r, c));
  const named = metaOf(doc, ...r.v.meta.title.filter((n) => n !== 'title')) ?? fields.title ?? null;
  // a title element that <title> repeats, the longest when several do (the site's name is shorter)
  const matching = cands.filter((c) => own.includes(squash(c))).sort((a, b) => squash(b).length - squash(a).length)[0];
  // a <title> with no Chinese character is a file or template name (b02-report), never the article's
  const chinese = (s: string | null | undefined) => (s && /\p{Script=Han}/u.test(s) ? s : null);
  // a part of <title> the page shows as a line of its own is what a reader sees; one it does not show
  // (a column, a site's name the endings miss) yields to the heading nearest above the info line
  const shown = own.find((o) => above.some((l) => squash(l.text) === o));
  const stripped = fromDoc?.stripped && (shown || !nearInfo(r, above, cands)) ? fromDoc.title : null;
  const title = named ?? matching ?? displayedTitle(own, cands) ?? chinese(stripped) ?? nearInfo(r, above, cands) ?? cands[0] ?? chinese(fromDoc?.title) ?? null;
  // (a panel that states both the day the document was written and the day the page put it up dates the
  // page by the latter, as its reader sees it; the former is kept beside it: a notice is dated by it downstream)
  const written = fields.date ? null : fields.written ?? null;
  const date = fields.date ?? written ?? bareDate ?? (meta.date ? metaDate(meta.date) : null) ?? scriptDate(r, doc);
  const bare = bareInfoItems(r, doc, sites);
  const author = fields.author ?? authorElement(r, doc) ?? bare.author ?? metaOf(doc, ...r.v.meta.author) ?? null;
  const source = [fields.publisher, fields.source, bareSource, bare.source, meta.source].find((v) => v && !r.v.sourceNotNames.includes(squash(v))) ?? null;
  return {
    title: title ? title.replace(/[\s\u00a0\u3000]+/g, ' ').trim() : null,
    date: date ? date.replace(/\s+/g, ' ').trim() : null,
    dateLabel: written ? '成文日期' : '发布时间',
    writtenAlso: fields.date && fields.written ? fields.written.replace(/\s+/g, ' ').trim() : null,
    source: placedSource(r, source, [...sites, ...docTitleParts(r, docTitle).map(squash)]),
    author: author && squash(author).length <= 30 ? author : null,
    fromBar: (!!bare.source && !fields.publisher && !fields.source && !bareSource) || (!!bare.author && !fields.author && author === bare.author),
    barSource: !!source && source === bare.source,
    docNumber: fields.docNumber ?? null,
  };
}

/** the title element nearest above the page's info line (发布时间：… 来源：…): a page heads its article so */
function nearInfo(r: HtmlPageRules, above: SourceLine[], cands: string[]): string | undefined {
  const info = above.findIndex((l) => isInfoLine(r, l.text));
  if (info < 0) return undefined;
  const keys = new Map(cands.map((c) => [squash(c), c]));
  for (let i = info - 1; i >= 0 && i >= info - 3; i--) { const c = keys.get(squash(above[i].text)); if (c) return c; }
  return undefined;
}

/** the page's body without scripts and styles, for reading its header (the original stays whole) */
function parseCopy(doc: any): any {
  const copy = doc.body.cloneNode(true);
  for (const el of [...copy.querySelectorAll('script, style, noscript, template')] as any[]) el.remove();
  return copy;
}
