// The header a web page states outside its article: meta tags, the info line (发布时间 / 来源 / 作者),
// the info-disclosure panel (发文机关 / 成文日期 / 文号 / 标题), the title element or <title> less the
// site's name. It is written into the canonical text as the title and one info line, in the form
// the header reader (src/structure/page.ts) reads, so a stored text re-extracts the same header.
import type { SourceLine } from '../../types.js';
import { foldToSimplified } from '../../normalize/fold.js';
import type { HtmlPageRules, LabelField } from '../../rules/html-page.js';

export type PageFields = Partial<Record<LabelField, string>>;

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
const tidy = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** the label：value fields of one line (traditional labels read folded; values as written) */
export function lineFields(r: HtmlPageRules, line: string): PageFields {
  const folded = foldToSimplified(line);
  // a colon always; a slash only after 文 (文/王某); spaces only after a label of two letters or more
  // after a text glued to it (…委员会点击量：1200) only a label of two letters or more with its colon
  const hits = [...folded.matchAll(r.label)].filter((m) => {
    const apart = m.index === 0 || /[\s\u3000|｜丨【】\]\d]/.test(folded[m.index - 1]);
    const long = squash(m[1]).length >= 2;
    if (/[：:]/.test(m[2])) return apart || long;
    return apart && (/[/／]/.test(m[2]) ? squash(m[1]) === '文' : long);
  });
  const out: PageFields = {};
  hits.forEach((m, k) => {
    const field = r.fieldOf.get(squash(m[1]));
    const end = k + 1 < hits.length ? hits[k + 1].index : line.length;
    // (fields boxed in brackets, 【发布时间：…】【来源：…】: the brackets part them, they hold no value)
    const value = tidy(line.slice(m.index + m[0].length, end).replace(/[|｜丨]\s*$/, '').replace(/[\s\u3000]*】?[\s\u3000]*【?[\s\u3000]*$/, ''));
    if (field && value && !out[field]) out[field] = value;
  });
  return out;
}

/** a bare dateline: 2025-04-22 16:05 望川区人社局 (a date, a time, then the source or labelled fields); the
 * fields set side by side in inline elements (<span>time</span><span>source</span>) run on with no space
 * between them, so a time may be glued to the source's first letter */
export function dateline(line: string): { date: string; rest: string } | null {
  const m = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+|$|(?<=:\d{2})(?=\p{Script=Han}))(.*)$/u.exec(line.trim());
  return m ? { date: line.trim().slice(0, line.trim().length - m[2].length).trim(), rest: m[2].trim() } : null;
}

/** the parts of <title> (标题_栏目_网站, 网站 | 标题) */
export function docTitleParts(r: HtmlPageRules, title: string): string[] {
  const seps = [...r.v.titleSeparators].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // (a column boxed before the title, 【工会动态】某市…, names the column, not the article)
  return title.split(new RegExp(seps.join('|'))).map((p) => tidy(p).replace(/^[【[][^【】[\]]{1,10}[】\]]\s*(?=\S)/, '')).filter(Boolean);
}

/** a site's own name by its ending (某某市人民政府门户网站, 湘南新闻网, a short 某某工会网) or its owner's (某某区总工会) */
export const siteLike = (r: HtmlPageRules, s: string) => {
  const c = squash(foldToSimplified(s));
  return r.siteEnding.test(c) || (c.length <= r.v.orgMaxLength && r.orgEnding.test(c)) || (c.length <= r.v.shortSiteMaxLength && r.shortSiteEnding.test(c));
};

/** <title> less the column and site names around it: of the parts that name no site, the longest (a
 * column's name, 工作动态 / 就业创业, is shorter than a headline, whichever order the CMS writes them in) */
export function titleFromDocTitle(r: HtmlPageRules, title: string, sites: Set<string>): { title: string; stripped: boolean } {
  const parts = docTitleParts(r, title);
  const own = parts.filter((p) => !sites.has(squash(p)) && !siteLike(r, p));
  if (parts.length < 2 || !own.length) return { title: tidy(title), stripped: false };
  return { title: own.reduce((a, b) => (squash(b).length > squash(a).length ? b : a)), stripped: true };
}

/** the title element a reader sees when <title> gives the same article's title otherwise (shortened
 * or cut off with …): the longest element that opens as <title>'s own part does (its first eight
 * characters, or all of a shorter part) */
export function displayedTitle(own: string[], cands: string[]): string | undefined {
  const opens = (c: string) => own.some((o) => {
    const head = o.replace(/(?:…|\.{3})+$/, '').slice(0, 8);
    return head.length >= 6 && squash(c).startsWith(head);
  });
  return cands.filter(opens).sort((a, b) => squash(b).length - squash(a).length)[0];
}

/** an ISO-like date from a meta tag (2024-10-18T16:40:00+08:00 → 2024-10-18 16:40) */
export const metaDate = (s: string) => s.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*$/, '$1 $2');

export interface PageHeader {
  title: string | null;
  date: string | null;
  /** the date's label: 成文日期 for a document's own date, else 发布时间 */
  dateLabel: string;
  /** the document's own date (成文日期) when the panel gives the publication date as well */
  writtenAlso?: string | null;
  source: string | null;
  author: string | null;
  docNumber: string | null;
  /** the source or author was read from an info bar's unlabelled items (its own line then goes: the header block restates it) */
  fromBar?: boolean;
  /** the source is the body an info bar names unlabelled (<span>某县融媒体中心</span>), the page's publisher */
  barSource?: boolean;
  /** the body that carried the page (the bar's) when a 来源 below the article credits another: set unlabelled before the date */
  carrier?: string | null;
}

/** the header block the reader puts before the article: the title, one info line, the 文号 */
export function headerLines(h: PageHeader, withTitle: boolean, withInfo: boolean): SourceLine[] {
  const out: SourceLine[] = [];
  if (withTitle && h.title) out.push({ text: h.title, page: null, kind: 'heading', level: 1 });
  if (!withInfo) return out;
  const info = [h.carrier, h.date && `${h.dateLabel}：${h.date}`, h.writtenAlso && `成文日期：${h.writtenAlso}`, h.source && `来源：${h.source}`, h.author && `作者：${h.author}`].filter(Boolean);
  if (info.length) out.push({ text: info.join('\u3000'), page: null, kind: 'para' });
  if (h.docNumber) out.push({ text: `文号：${h.docNumber}`, page: null, kind: 'para' });
  return out;
}

/** A source named short by its level (来源：区总工会, 县人社局) on the site of a place's government (X市Y区人民政府,
 * X自治县人民政府门户网站): the body of that place, the site's name up to the level's word before 人民政府; a site
 * named by a placeholder (某市人民政府, an anonymised copy) names no place (rules/html-page.yaml placedSource);
 * the body so completed is written in full (县人社局 → X县人力资源和社会保障局) */
export function placedSource(r: HtmlPageRules, source: string | null, sites: string[]): string | null {
  const { levels, government, placeholders } = r.v.placedSource;
  const level = source ? foldToSimplified(source.trim().charAt(0)) : '';
  if (!source || !levels.includes(level)) return source;
  for (const s of sites) {
    const folded = foldToSimplified(s);
    const k = folded.lastIndexOf(level);
    if (k > 0 && !placeholders.some((p) => s.startsWith(p)) && folded.startsWith(government, k + 1)) return `${s.slice(0, k + 1)}${inFull(r, squash(source).slice(1))}`;
  }
  return source;
}

/** a body's standard short form written in full (人社局 → 人力资源和社会保障局; rules/html-page.yaml placedSource) */
function inFull(r: HtmlPageRules, body: string): string {
  const f = foldToSimplified(body);
  const hit = Object.entries(r.v.placedSource.fullForms).find(([short]) => f.endsWith(short));
  return hit ? body.slice(0, -hit[0].length) + hit[1] : body;
}
