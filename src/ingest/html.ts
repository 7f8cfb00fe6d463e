// Web pages (.html/.htm, UTF-8 or GBK). Government sites publish a notice inside a CMS container
// (TRS_Editor and its kin) wrapped in site chrome: crumbs, an info bar with 【打印】【关闭】, share
// bars, related links, footers. The container is taken when one is known, else Readability picks
// the article; block elements become paragraphs, chrome never reaches the text. The page's
// meta tags (ArticleTitle, PubDate, ContentSource, SiteName) are kept in `meta`.
import type { IngestResult, SourceLine, SourceMeta } from '../types.js';
import { FormatFailure } from './errors.js';
import { decodeText } from './text.js';

/** CMS article containers, most specific first (TRS WCM, 云政务/Ucap, 开普, 拓尔思 variants, common themes). */
const CONTAINERS = [
  '.TRS_Editor', '.TRS_UEDITOR', '#UCAP-CONTENT', '.ucapContent', '#zoom', '#Zoom', '.view.TRS_UEDITOR', '.pages_content', '#content_body',
  '.article-content', '.article_content', '.articleContent', '.art_con', '.article_con', '.content_text', '.con_text', '.wzy_content', '.xxgk_content',
  '.detail-content', '.news_content', '.news-content', '#article', 'article',
];

/** Elements inside a container that are chrome, by selector. */
const CHROME_SELECTORS = [
  'script', 'style', 'noscript', 'iframe', 'form', 'button', 'select', 'input', 'nav', 'template', '[hidden]', '[style*="display:none"]', '[style*="display: none"]',
  '[class*="share"]', '[id*="share"]', '.bdsharebuttonbox', '[class*="print"]', '[class*="crumb"]', '[class*="position"]', '[class*="location"]',
  '[class*="related"]', '[class*="xgwz"]', '[class*="xglj"]', '[class*="footer"]', '[id*="footer"]', '[class*="pager"]', '[class*="fontsize"]', '[class*="font-size"]',
];

/** Lines that are chrome by their text (what the selectors above miss when a site uses plain tags). */
const CHROME_LINES: RegExp[] = [
  /^(\s*【[^】]{1,8}】\s*)+$/u, // 【打印】【关闭窗口】
  /^(当前位置|您的位置|所在位置|您现在的位置)[:：]/u,
  /^(字号|字体)[:：]?\s*[【\[]?\s*大\s*中\s*小/u,
  /^分享到[:：]?/u,
  /^(扫一扫|用手机扫描|扫描二维码)/u,
  /^(上一篇|下一篇|上一条|下一条)[:：]/u,
  /^(相关链接|相关文章|相关阅读|相关新闻|相关信息)[:：]?$/u,
  /^(版权所有|主办单位|承办单位|网站标识码|网站地图|联系我们)[:：\s]/u,
  /(ICP备|公网安备)\s*\d/u,
  /^(发布时间|发布日期|信息来源|来源|浏览次数|阅读次数|访问量|点击数)[:：]\s*\S*(\s+(发布时间|发布日期|信息来源|来源|浏览次数|阅读次数|字号|作者)[:：].*)+$/u,
  /^(浏览次数|阅读次数|点击数|访问量)[:：]\s*\d*$/u,
  /^【?(打印本页|关闭窗口|打印|关闭|返回顶部|收藏)】?$/u,
];

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

/** Block-level walk: each block element ends a paragraph, <br> too; headings are marked. */
function blockLines(root: any): SourceLine[] {
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

function clean(lines: SourceLine[]): SourceLine[] {
  return lines.filter((l) => !CHROME_LINES.some((re) => re.test(l.text.trim())));
}

function pickContainer(doc: any): any | null {
  for (const sel of CONTAINERS) {
    const all = [...doc.querySelectorAll(sel)] as any[];
    // the container with the most text (a page may repeat the class for a summary box)
    const best = all.sort((a, b) => squash(b.textContent ?? '').length - squash(a.textContent ?? '').length)[0];
    if (best && squash(best.textContent ?? '').length >= 50) return best;
  }
  return null;
}

async function readabilityRoot(html: string): Promise<any | null> {
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const { document } = parseHTML(html);
  const article = new Readability(document as any, { charThreshold: 100 }).parse();
  if (!article?.content || squash(article.textContent ?? '').length < 30) return null;
  return parseHTML(`<html><body>${article.content}</body></html>`).document.body;
}

export async function readHtml(buf: Buffer): Promise<IngestResult> {
  const { text: html, encoding } = decodeHtml(buf);
  const { parseHTML } = await import('linkedom');
  const { document: doc } = parseHTML(html);
  const meta: HtmlMeta = {
    title: metaOf(doc, 'ArticleTitle', 'og:title') ?? (doc.querySelector('title')?.textContent?.trim() || null),
    date: metaOf(doc, 'PubDate', 'pubdate', 'publishdate', 'article:published_time'),
    source: metaOf(doc, 'ContentSource', 'source'),
    site: metaOf(doc, 'SiteName', 'og:site_name'),
  };
  let root = pickContainer(doc);
  if (!root) root = await readabilityRoot(html);
  if (!root) throw new FormatFailure('web page without an article: no known content container and Readability found none');
  for (const sel of CHROME_SELECTORS) for (const el of [...root.querySelectorAll(sel)] as any[]) el.remove();
  const lines = clean(blockLines(root));
  if (!lines.length) throw new FormatFailure('web page article has no text');
  // the article's title stands outside the container on most sites: put it first unless the body opens with it
  const title = metaOf(doc, 'ArticleTitle') ?? (doc.querySelector('h1')?.textContent?.trim() || null);
  if (title && !lines.slice(0, 12).some((l) => squash(l.text).includes(squash(title)) || squash(title).startsWith(squash(l.text)) && squash(l.text).length > 4))
    lines.unshift({ text: title.replace(/\s+/g, ' ').trim(), page: null, kind: 'heading', level: 1 });
  return { format: 'html', lines, pageCount: null, encoding, meta };
}
