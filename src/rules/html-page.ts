// rules/html-page.yaml: how article pages are laid out (meta tags, containers, labels, chrome), as data.
import { z } from 'zod';
import { loadRuleFile, oncePerRulesDir } from './loader.js';

const Words = z.array(z.string().min(1));
const FieldNames = ['title', 'written', 'date', 'source', 'publisher', 'author', 'docNumber'] as const;
export type LabelField = (typeof FieldNames)[number];

const Rule = z.object({
  id: z.literal('html-page'),
  meta: z.object({ title: Words, date: Words, source: Words, author: Words, site: Words, column: Words }),
  titleSeparators: Words,
  labels: z.object({ title: Words, written: Words, date: Words, source: Words, publisher: Words, author: Words, docNumber: Words, other: Words }),
  sourceNotNames: Words,
  /** a short 来源 on a place government's site names that place's body (src/ingest/html/page-header.ts placedSource) */
  placedSource: z.object({ levels: Words, government: z.string().min(1), placeholders: Words, fullForms: z.record(z.string(), z.string()).default({}) }),
  paperMasthead: z.object({ endings: Words, editions: Words }).optional(),
  containers: Words,
  titleSelectors: Words,
  siteSelectors: Words,
  /** elements each of whose children is one field of the page's info (an official account's meta list) */
  infoItemSelectors: Words.optional(),
  /** the roles that open a reporter's credit with no label (记者\u3000王某\u3000通讯员\u3000李某) in an info bar's item */
  reporterRoles: Words.optional(),
  /** elements whose text is the author's name, unlabelled (an official account's author span) */
  authorSelectors: Words.optional(),
  /** the prompt that asks the reader to follow the account a page went out on (关注“某某发布”): group 1 the
   * account, whose name in the author span credits no writer */
  followPrompt: z.string().min(1).optional(),
  /** the regions an official account's page shows as where it went out from (the IP location beside the
   * publish time): a region's name in the author span is no writer */
  ipRegions: Words.default([]),
  /** a publish time a script states (group 1), for a page saved before its scripts filled it in */
  scriptDates: z.array(z.object({ pattern: z.string().min(1), epoch: z.boolean() })).optional(),
  siteEndings: Words,
  shortSiteEndings: Words,
  shortSiteMaxLength: z.number().int().positive(),
  siteWelcome: Words,
  orgEndings: Words,
  orgMaxLength: z.number().int().positive(),
  chromeSelectors: Words,
  chromeLines: Words,
  sponsorLabels: z.object({ before: Words, after: Words }),
  /** an article's editing credit set just below it, outside its container (【责任编辑：某某】): its labels */
  editorLabels: Words.default([]),
  /** the labels of the article's source credited just below it, outside its container (来源：某县总工会) */
  closingSourceLabels: Words.default([]),
  /** the article's other credits set just below it (记者：某某, 视频：某某, 剪辑：某某): their labels */
  creditLabels: Words.default([]),
  examples: z.object({
    fields: z.array(z.record(z.string(), z.string())),
    titles: z.array(z.object({ title: z.string(), want: z.string() })),
    chrome: z.array(z.string()),
    sponsors: z.array(z.object({ line: z.string(), want: z.string() })),
    placed: z.array(z.object({ source: z.string(), sites: Words, want: z.string() })),
  }),
});
export type HtmlPageRule = z.infer<typeof Rule>;

export interface HtmlPageRules {
  v: HtmlPageRule;
  chromeLines: RegExp[];
  /** label occurrences: group 1 the label (letter-spacing allowed), group 2 what follows it: a colon,
   * a slash (文/…) or, in a panel's cell, spaces; lineFields keeps the hits the label allows */
  label: RegExp;
  /** a label's letters without spaces → its field (null: a label that fills none) */
  fieldOf: Map<string, LabelField | null>;
  /** a site's name by its ending */
  siteEnding: RegExp;
  /** a body's name by its ending (the site's owner), when short */
  orgEnding: RegExp;
  /** a short site's name by its shorter ending (某某工会网) */
  shortSiteEnding: RegExp;
  /** a greeting and the site's name after it (欢迎访问某某工会网): group 1 the name */
  welcome: RegExp;
  /** an e-paper's masthead: group 1 the paper, group 2 the date */
  masthead: RegExp;
  /** a line of editing credits and nothing else: one or more 编辑：某某, each bracketed or not (【责任编辑：某某】 【审核：某某】,
   * （编辑：某某 审核：某某）); a name of two may be letter-spaced as a name column is (庞 某); the reporters' and makers'
   * credits of a credits block are read alike (记者：某某\u3000通讯员：某某) */
  creditLine: RegExp;
  /** 来源：某县总工会 on a line of its own: the article's source credited below it (no sentence, one field) */
  closingSource: RegExp;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export const htmlPageRules = oncePerRulesDir((dir): HtmlPageRules => {
  const [v] = loadRuleFile('html-page.yaml', Rule, dir);
  const fieldOf = new Map<string, LabelField | null>();
  for (const f of FieldNames) for (const l of v.labels[f]) fieldOf.set(l, f);
  for (const l of v.labels.other) if (!fieldOf.has(l)) fieldOf.set(l, null);
  // longest first, each letter may be followed by spaces (标 题, 索 取 号); a one-letter label (文) needs
  // its colon or slash, a longer one may stand alone in a table cell before spaces
  const alts = [...fieldOf.keys()].sort((a, b) => b.length - a.length).map((l) => [...l].map(esc).join('[ \\u3000]*'));
  const label = new RegExp(`(${alts.join('|')})([ \\u3000]*[：:]|[/／]|[ \\u3000]+)`, 'gu');
  const siteEnding = new RegExp(`(?:${v.siteEndings.map(esc).join('|')})$`, 'u');
  const orgEnding = new RegExp(`(?:${v.orgEndings.map(esc).join('|')})$`, 'u');
  const shortSiteEnding = new RegExp(`(?:${v.shortSiteEndings.map(esc).join('|')})$`, 'u');
  const welcome = new RegExp(`(?:${v.siteWelcome.map(esc).join('|')})[\\s\u3000]*([^\\s\u3000|｜丨!！,，。、:：]{2,30})`, 'gu');
  const pm = v.paperMasthead;
  // (某某日报 2025年05月08日 星期四, 某某晚报数字报 2025-05-08: the paper, its edition's word, the date)
  const masthead = pm ? new RegExp(`^([\u4e00-\u9fa5]{1,10}(?:${pm.endings.map(esc).join('|')}))(?:${pm.editions.map(esc).join('|')})?[\\s\u3000]*(\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{1,2}-\\d{1,2})`, 'u') : /(?!)/;
  return { v, masthead, chromeLines: v.chromeLines.map((p) => new RegExp(p, 'u')), label, fieldOf, siteEnding, orgEnding, shortSiteEnding, welcome,
    creditLine: creditLine(v), closingSource: closingSource(v) };
});

const longestAlt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

function creditLine(v: HtmlPageRule): RegExp {
  const name = '(?:[\\u4e00-\\u9fa5·]{2,8}|[\\u4e00-\\u9fa5][\\s\u3000][\\u4e00-\\u9fa5])';
  const one = `[【（(\\[]?(?:${longestAlt([...v.editorLabels, ...v.creditLabels])})[：:]\\s*${name}[】）)\\]]?`;
  return new RegExp(`^${one}(?:[\\s\u3000]+${one})*$`);
}

function closingSource(v: HtmlPageRule): RegExp {
  const labels = longestAlt(v.closingSourceLabels);
  return labels ? new RegExp(`^[【（(\\[]?(?:${labels})[：:]\\s*[^\\s\u3000：:，。；]{3,30}[】）)\\]]?$`) : /(?!)/;
}
