// The header of real documents beyond the red-head notice and the one-article bulletin
// (rules/page-layout.yaml): web pages (chrome is never the title; the info line gives date, source
// and author), a Markdown metadata block, bulletin issues with several articles (本期要目 / 目录, a
// title followed by its byline), notices whose title sits above the 文号, dates broken over lines,
// and issuers read from the signature block when there is no red head.
import { z } from 'zod';
import { loadRuleFile, oncePerRulesDir } from '../rules/loader.js';
import type { Article, DocMeta } from '../types.js';
import { SEAL, metadataLines, type HeaderResult } from './header.js';
import type { Line } from './lines.js';
import { compact, dateOnly, findDate, isOrgLike, isRuleMarks, monthOnly } from './util.js';
import { foldToSimplified } from '../normalize/fold.js';
import { escapeClass, longestFirst, longestPatternsAlt } from '../extract/refiners/regex.js';
import { gazetteer } from '../extract/named/gazetteer.js';
import { jiebaTag } from '../extract/named/jieba.js';
import { genrePatterns } from './genres.js';
import { isSponsorLine } from '../normalize/footer.js';

const Layout = z.object({
  id: z.literal('page-layout'),
  chrome: z.array(z.string()),
  navigation: z.array(z.string()),
  info: z.object({ date: z.array(z.string()), written: z.array(z.string()).default([]), source: z.array(z.string()), author: z.array(z.string()), counters: z.array(z.string()).default([]) }),
  toc: z.array(z.string()),
  tocBullets: z.string(),
  tocNumbering: z.string().optional(),
  tocPageRef: z.string().optional(),
  bylineLabels: z.array(z.string()),
  bylineTails: z.array(z.string()),
  roleTails: z.array(z.string()).default([]),
  bylineRoles: z.array(z.string()).default([]),
  sectionEndings: z.array(z.string()).default([]),
  accountLine: z.string().optional(),
  notSection: z.array(z.string()).default([]),
  speech: z.object({
    occasion: z.string(), speakerRoles: z.array(z.string()), speakerLabels: z.array(z.string()).default([]),
    leaderBodies: z.array(z.object({ post: z.string(), body: z.string(), prefix: z.string().default('') })).default([]),
  }).optional(),
  panel: z.object({ title: z.array(z.string()), publisher: z.array(z.string()), owner: z.array(z.string()), fields: z.array(z.string()).default([]) }),
  frontMatter: z.record(z.string(), z.enum(['title', 'date', 'source', 'byline'])),
  photoLabels: z.array(z.string()).default([]),
  writerLabels: z.array(z.string()).default([]),
  /** the words that say an article was reprinted from another body (转自): that body is its byline */
  reprintLabels: z.array(z.string()).default([]),
  sourceLabels: z.array(z.string()).default(['(?!)']),
  drafterLabels: z.array(z.string()).default([]),
  /** how a 来源 naming a body's account ends (某县总工会微信公众号): the body runs it */
  accountSuffixes: z.array(z.string()).default([]),
  /** the tag an official account sets before its own name on an original article (来源：原创 某县总工会) */
  accountTags: z.array(z.string()).default([]),
  editingLabels: z.array(z.string()).default([]),
  notCredit: z.array(z.string()).default([]),
  creditBullets: z.string().default(''),
  headingMarkers: z.string().default('◆◇■□●○▲△★☆◎※▶►'),
  nameEndings: z.array(z.string()).default([]),
  column: z.string().optional(),
  columnTag: z.string().optional(),
  headlineWho: z.string().default('(?!)'),
  headlineVerb: z.string().default('(?!)'),
  storyLead: z.string().default('(?!)'),
  briefsHeading: z.string().default('(?!)'),
  pictureHeading: z.string().default('(?!)'),
  notesHeading: z.string().default('(?!)'),
  editorNotes: z.array(z.string()).default([]),
  authorGroups: z.array(z.string()).default([]),
  links: z.object({
    line: z.string(), heading: z.string(), sentence: z.string(),
    examples: z.object({ positive: z.array(z.object({ text: z.string(), links: z.array(z.string()) })), negative: z.array(z.string()) }),
  }).optional(),
  newspaper: z.object({ paperEndings: z.array(z.string()), pageRef: z.string(), kicker: z.array(z.string()), main: z.array(z.string()), sub: z.array(z.string()) }).optional(),
  examples: z.object({ positive: z.array(z.record(z.string(), z.unknown())), negative: z.array(z.string()) }),
});
export type PageLayout = z.infer<typeof Layout>;

interface Compiled { v: PageLayout; paper: RegExp; pageRef2: RegExp; column: RegExp; columnTag: RegExp; markers: RegExp; headMarker: RegExp; speakerLabel: RegExp; creditBullet: RegExp; notCredit: RegExp[]; chrome: RegExp[]; navigation: RegExp[]; toc: Set<string>; bullets: RegExp; pageRef: RegExp; occasion: RegExp | null; roles: RegExp; headlineWho: RegExp; headlineVerb: RegExp; storyLead: RegExp; briefsHeading: RegExp; pictureHeading: RegExp; notesHeading: RegExp; editorNote: RegExp; credit: CreditPatterns }
/** rules/page-layout.yaml compiled (CompiledRules.page is the same object) */
export type PageLayoutRules = Compiled;

/** read once per rules folder: structure, which has no CompiledRules, reads it per document */
export const pageLayout = oncePerRulesDir((dir): Compiled => {
  const [v] = loadRuleFile('page-layout.yaml', Layout, dir);
  const c: Compiled = {
    v,
    column: new RegExp(v.column ?? '(?!)'),
    columnTag: new RegExp(v.columnTag ?? '(?!)'),
    paper: new RegExp(`^[\u4e00-\u9fa5]{1,10}(?:${longestPatternsAlt(v.newspaper?.paperEndings.length ? v.newspaper.paperEndings : ['(?!)'])})`),
    pageRef2: new RegExp(v.newspaper?.pageRef ?? '(?!)'),
    // (typographic marks set around a heading: stepped over at both ends of a contents heading)
    markers: new RegExp(`^[${escapeClass(v.headingMarkers)}\\s]+|[${escapeClass(v.headingMarkers)}\\s]+$`, 'g'),
    headMarker: new RegExp(`^([${escapeClass(v.headingMarkers)}])[\\s\u3000]*(?=\\S)`),
    creditBullet: new RegExp(`^[${escapeClass(v.creditBullets || '■')}]+[\\s\u3000]*`),
    notCredit: v.notCredit.map((p) => new RegExp(p)),
    chrome: v.chrome.map((p) => new RegExp(p)),
    navigation: v.navigation.map((p) => new RegExp(p)),
    toc: new Set(v.toc.map(compact)),
    bullets: new RegExp(`^(?:[${escapeClass(v.tocBullets)}\\s]|${v.tocNumbering ?? '(?!)'})+`),
    pageRef: new RegExp(v.tocPageRef ?? '(?!)'),
    occasion: v.speech ? new RegExp(v.speech.occasion) : null,
    speakerLabel: new RegExp(`^(?:${longestPatternsAlt(v.speech?.speakerLabels?.length ? v.speech.speakerLabels : ['(?!)'])})[\\s\u3000]*[：:]`),
    headlineWho: new RegExp(v.headlineWho),
    headlineVerb: new RegExp(v.headlineVerb),
    storyLead: new RegExp(v.storyLead),
    briefsHeading: new RegExp(v.briefsHeading),
    pictureHeading: new RegExp(v.pictureHeading),
    notesHeading: new RegExp(v.notesHeading),
    credit: creditPatterns(v),
    editorNote: new RegExp(`^(?:${longestPatternsAlt(v.editorNotes.length ? v.editorNotes : ['(?!)'])})[：:]`),
    roles: new RegExp(`^(?:${longestPatternsAlt(v.bylineRoles.length ? v.bylineRoles : ['(?!)'])})[\\s\u3000]*[\u4e00-\u9fa5·]{2,}`),
  };
  return c;
});

/** the patterns of credits and info lines, built with the layout: the byline reader runs on many lines a page */
interface CreditPatterns {
  labelOpen: RegExp; labelOnly: RegExp; labelCut: RegExp; unitLabel: RegExp;
  tailSpaced: RegExp; tailLine: RegExp; tailEnd: RegExp; tailCut: RegExp;
  editingTail: RegExp; photoTail: RegExp; photoName: RegExp; photoOpen: RegExp;
  sourceThenWriter: RegExp; roleOpen: RegExp; roleTail: RegExp | null; slashTail: RegExp; writerMid: RegExp;
  unitRole: RegExp; writerPhotoGlued: RegExp; writerSpaced: RegExp; rolesAll: RegExp;
  infoLabels: RegExp; account: RegExp; footer: RegExp; editingLine: RegExp; drafters: RegExp; roleColons: RegExp;
  /** a reprint line, its opening (bracket, label, colon) and its closing bracket captured */
  reprint: RegExp | null;
}

function creditPatterns(v: PageLayout): CreditPatterns {
  const labels = longestPatternsAlt(v.bylineLabels);
  const tails = longestPatternsAlt(v.bylineTails);
  const photo = longestPatternsAlt(v.photoLabels);
  const writers = longestPatternsAlt(v.writerLabels);
  const roles = longestPatternsAlt(v.bylineRoles);
  const editing = longestPatternsAlt(v.editingLabels);
  return {
    labelOpen: new RegExp(`^(?:${labels})[：:/／]`),
    labelOnly: new RegExp(`^(?:${labels})$`),
    labelCut: new RegExp(`^(?:${labels})[：:/／]\\s*`),
    unitLabel: new RegExp(`^(\\S{3,30}?)[\\s\u3000]+(?:${labels})[：:/／]\\s*([\\u4e00-\\u9fa5·\\s\u3000]{2,20})$`),
    tailSpaced: new RegExp(`[\\s\u3000]+(?:${tails})$`),
    tailLine: new RegExp(`^\\S{3,30}?(?:${tails})$`),
    tailEnd: new RegExp(`(?:${tails})$`),
    tailCut: new RegExp(`\\s*(?:${tails})$`),
    editingTail: new RegExp(`(?<=\\S)[\\s\u3000]+(?:${editing})[：:].*$`),
    photoTail: new RegExp(`(?<=\\S)[\\s\u3000]+(?:${photo})[：:/／].*$`),
    photoName: new RegExp(`[\\s\u3000]+(?:${photo})(?:[：:/／][\\s\u3000]*|[\\s\u3000]+)[\u4e00-\u9fa5·]{2,4}$`),
    photoOpen: new RegExp(`^(?:${photo})(?:[：:/／]|为)`),
    sourceThenWriter: new RegExp(`^(?:(?:${longestPatternsAlt(v.sourceLabels)})[：:].*?|\\S{1,30}?[\\s\u3000]*(?:${tails}))[\\s\u3000]*(?:${writers})[：:/／]\\s*(?=\\S)`),
    roleOpen: new RegExp(`^(${roles})[：:]\\s*`),
    reprint: v.reprintLabels.length ? new RegExp(`^((?:[（(](?:${longestPatternsAlt(v.reprintLabels)})[：:]?|(?:${longestPatternsAlt(v.reprintLabels)})[：:])[\\s\u3000]*)\\S.*?([）)]?)$`) : null,
    roleTail: v.roleTails.length ? new RegExp(`(?<=\\S)[\\s\u3000]+(?:${longestPatternsAlt(v.roleTails)})$`) : null,
    // (…or set after the name with a slash, 某某／文, 某某/摄: the label says what the one named did)
    slashTail: new RegExp(`(?<=[\u4e00-\u9fa5·])[\\s\u3000]*[/／][\\s\u3000]*(?:${longestPatternsAlt(['文', ...v.roleTails])})$`),
    writerMid: new RegExp(`(?<=\\S[\\s\u3000]+)(?:${writers})[：:/／][\\s\u3000]*(?=[\u4e00-\u9fa5])(?!(?:${photo})(?:[\\s\u3000/／]|$))`),
    unitRole: new RegExp(`^([\u4e00-\u9fa5]{2,12})[\\s\u3000]+(${roles})[：:][\\s\u3000]*([\u4e00-\u9fa5·][\u4e00-\u9fa5·\\s\u3000、]{1,30})$`),
    writerPhotoGlued: new RegExp(`^(${writers})([\u4e00-\u9fa5]{2,3})(?:${photo})([\u4e00-\u9fa5]{2,3})$`),
    writerSpaced: new RegExp(`^(?:${writers})[\\s\u3000]+([\u4e00-\u9fa5·][\u4e00-\u9fa5·\\s\u3000]{0,8})$`),
    rolesAll: new RegExp(`(${roles})`, 'g'),
    // (a reporter's role with its colon on a credits line, 记者：王某\u3000通讯员：李某)
    roleColons: new RegExp(`(${roles})[：:][\\s\u3000]*`, 'g'),
    // (the labels of an info line, unescaped as the page's yaml writes them)
    infoLabels: new RegExp(`(${longestFirst([...v.info.date, ...v.info.source, ...v.info.author, ...v.bylineRoles, ...v.info.counters]).join('|')})(?=[：:])`, 'g'),
    account: new RegExp(v.accountLine ?? '(?!)'),
    footer: new RegExp(`^(?:${longestPatternsAlt(v.panel.owner)})[：:]|ICP备|备案号`),
    editingLine: new RegExp(`^[【（(]?(?:${editing})[：:]`),
    drafters: new RegExp(`^(?:${writers})[：:]`),
  };
}

const SENTENCE_END = /[。！？；：:]$/;
const SECTION = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d))/;

const isChrome = (p: Compiled, s: string) => p.chrome.some((re) => re.test(compact(s)));

/** a whole line of web-page chrome (navigation, font size, print, view counts, info panels) */
export const isChromeLine = (line: string): boolean => isChrome(pageLayout(), line);

/** a navigation line of a web page (当前位置：首页 > 新闻中心 > …) */
export const isNavigation = (p: Compiled, line: string): boolean => p.navigation.some((re) => re.test(compact(line)));
export const isNavigationLine = (line: string): boolean => isNavigation(pageLayout(), line);

/** the news lead that opens a story before its credit or its first words: 本刊讯, 本报讯, 新华社北京电 */
const NEWS_LEAD = '[^（(，。；\\s]{0,16}[讯訊电電]';
const LEAD_THEN_BRACKET = new RegExp(`^${NEWS_LEAD}[（(]`);
/** [the lead, then] a bracket that opens the line (本刊讯（通讯员 某某）…): the bracket's words are group 1 */
const LEAD_BRACKET = new RegExp(`^(?:${NEWS_LEAD})?[（(]([^（）()\\n]{2,40})[）)]`);
/** the same where the paragraph goes on after the bracket, or the line ends with it */
const LEAD_BRACKET_OPENS = new RegExp(`${LEAD_BRACKET.source}(?=\\S|$)`);
/** the lead alone, set apart from the story's first words by a space */
const LEAD_SPACED = new RegExp(`^${NEWS_LEAD}[\\s\u3000]+`);
/** 本刊讯（通讯员 某某）: a story's lead and its bracketed credit open the line */
export const opensWithNewsLead = (line: string): boolean => LEAD_THEN_BRACKET.test(line);

function titleLike(s: string, min = 6): boolean {
  const c = compact(s);
  return c.length >= min && c.length <= 60 && !isRuleMarks(c) && !SENTENCE_END.test(c) && !SECTION.test(c) && !/^[（(].*[）)]$/.test(c) &&
    !dateOnly(s) && !/\d{4}-\d{1,2}-\d{1,2}/.test(c) && !/[，。]/.test(c);
}

/** a dateline run into the field before it, and all after it */
const GLUED_DATELINE = /(?<=[^\d\s：:])\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日).*$/;

/** the info line of a page: 发布时间：2023-11-06 09:15\u3000来源：…\u3000作者：记者 孙艺 (label：value, space-separated) */
function readInfo(p: Compiled, line: string): { date?: string; written?: string; source?: string; author?: string } {
  const out: { date?: string; written?: string; source?: string; author?: string } = {};
  const fields: { label: string; value: string }[] = [];
  // the normaliser may have removed the space between two fields (09:15来源：…): put one before each label
  // (a page's counter, 阅读量：913, is a field of its own and no part of the author before it)
  // fields boxed in brackets (【信息时间：…】【信息来源：…】【字号：大 中 小】) or set apart by bars
  // (来源：…｜发布时间：…): the brackets and bars part them like spaces
  // (a button in brackets, 【打印】【关闭】, holds no field and adds nothing to the one before it)
  const spaced = line.replace(/[【〖［[][^：:【】〖〗［］[\]]{1,8}[】〗］\]]/g, ' ').replace(/[【】〖〗［］[\]｜|丨]/g, ' ').replace(p.credit.infoLabels, ' $1');
  for (const tok of spaced.trim().split(/[\s\u3000]+/)) {
    const m = /^([^：:]{1,6})[：:](.*)$/.exec(tok);
    if (m) fields.push({ label: m[1], value: m[2] });
    else if (fields.length) fields[fields.length - 1].value += (fields[fields.length - 1].value ? ' ' : '') + tok;
  }
  const credited = reportersOfInfo(p, fields);
  if (credited) out.author = credited;
  for (const { label: raw, value: tagged } of fields) {
    // (a traditional-script copy labels alike: 信息來源, 發佈時間)
    const label = foldToSimplified(raw);
    // (an account's tag of an original article is no part of the name after it: 来源：原创 某县总工会)
    const value = withoutAccountTag(p, tagged);
    if (credited && p.v.bylineRoles.includes(label)) continue;
    // (a panel's 成文日期 beside the publication date is the document's own date, kept apart)
    if (p.v.info.date.includes(label)) { const d = anyDate(value); if (d && out.date && p.v.info.written.includes(label)) out.written = d; else if (d) out.date = d; }
    // (the normaliser takes out the space between a source and the dateline after it: 来源：某县融媒体中心2025-11-02 18:30)
    else if (p.v.info.source.includes(label) && value) {
      const { source, reporters } = sourceThenReporters(p, value.replace(GLUED_DATELINE, ''));
      out.source = compact(source) || undefined;
      if (reporters && !out.author) out.author = reporters;
    }
    // (作者：（记者 王某 通讯员 李某）: the byline's own brackets are no part of it)
    // (…and the dateline run into the last name: 作者：记者 王某 李某2025-10-17 18:05)
    else if (p.v.info.author.includes(label) && value) out.author = spacedRoles(p, writerOf(cutFolded(value.replace(GLUED_DATELINE, '').trim().replace(/^[（(]([^（）()]+)[）)]$/, '$1').trim(),
      p.credit.photoTail)));
  }
  // a bare dateline: 2023-05-04 10:32:18
  if (!out.date) { const d = anyDate(line); if (d) out.date = d; }
  return out;
}

/** 原创 某县总工会 → 某县总工会: the account's tag before the name it marks as the original's */
function withoutAccountTag(p: Compiled, value: string): string {
  const v = value.trim();
  const tag = p.v.accountTags.find((t) => v.startsWith(t) && v.length > t.length);
  return tag ? v.slice(tag.length).trim() : value;
}

/** a source run on into its reporters with no label of their own (来源：某县融媒体中心\u3000记者\u3000王某\u3000通讯员\u3000李某):
 * the body before the first reporter's role is the source, the reporters credited after it are the byline */
function sourceThenReporters(p: Compiled, value: string): { source: string; reporters: string | null } {
  const toks = value.trim().split(/[\s\u3000]+/);
  const roles = longestFirst(p.v.bylineRoles);
  const k = toks.findIndex((tok, i) => i > 0 && roles.some((r) => foldToSimplified(tok).startsWith(r)));
  const reporters = k > 0 ? reporterLine(p, toks.slice(k).join(' ')) : null;
  return reporters ? { source: toks.slice(0, k).join(''), reporters } : { source: value, reporters: null };
}

/** the info line's reporters, each labelled by their role (记者：王某\u3000通讯员：李某): credited as a
 * byline writes them, role and name, all of them (记者 王某 通讯员 李某); a photographer's credit
 * (摄影：…) is no writer's. null when no field is labelled by a role, or the line is no info line */
function reportersOfInfo(p: Compiled, fields: { label: string; value: string }[]): string | null {
  // (only on a page's info line, which has a field of its own: a bracketed credit under a bulletin's
  // headline, （通讯员：某某、某某）, is read where bylines are)
  const info = [...p.v.info.date, ...p.v.info.source, ...p.v.info.author];
  if (!fields.some(({ label }) => info.includes(foldToSimplified(label)))) return null;
  const credits = fields
    .filter(({ label, value }) => value.trim() && p.v.bylineRoles.includes(foldToSimplified(label)) && !/^摄影/.test(foldToSimplified(label)))
    .map(({ label, value }) => `${label} ${value.trim()}`);
  return credits.length ? credits.join(' ').replace(/[\s\u3000]+/g, ' ') : null;
}

/** a line that opens with an info label (发布日期：2023年4月27日\u3000来源：劳动午报): the page's info line,
 * whatever its date looks like, never a title */
function infoLabelled(p: Compiled, line: string): boolean {
  const c = withoutCarrier(p, compact(line));
  if ([...p.v.info.date, ...p.v.info.source].some((l) => c.startsWith(`${l}：`) || c.startsWith(`${l}:`))) return Object.keys(readInfo(p, line)).length > 0;
  // a dateline that goes on with labelled fields (2025年05月06日 10:12 来源：某报 作者：记者 某某)
  const fields = [...p.v.info.source, ...p.v.info.author].some((l) => c.includes(`${l}：`) || c.includes(`${l}:`));
  return fields && !!anyDate(c.slice(0, 12)) && !/[，。]/.test(c);
}

/** 某县工会\u3000发布时间：… 来源：某县总工会: the account that carried a page, named unlabelled before its dated
 * info line (a short name, no digit or colon), is stepped over; the fields after it are the info */
function withoutCarrier(p: Compiled, c: string): string {
  const found = p.v.info.date.map((l) => c.indexOf(`${l}：`)).filter((i) => i >= 0);
  const at = Math.min(...found);
  return at > 0 && at <= 16 && !/[：:\d，。]/.test(c.slice(0, at)) ? c.slice(at) : c;
}

/** 2023年4月27日 or a web dateline's 2023-11-06 / 2023/11/06 / 2023.11.06 */
function anyDate(s: string): string | null {
  const d = findDate(compact(s));
  if (d) return d.iso;
  const m = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(s);
  if (!m || +m[2] < 1 || +m[2] > 12 || +m[3] < 1 || +m[3] > 31) return null;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/** the byline a line states, or null: （记者 王某）, （某某总工会 王某 供稿）, 作者：…, 某某总工会\u3000王某,
 * ■ 记者 王某, 某某总工会供稿, （某科 作者：王某） */
export function bylineOf(p: Compiled, raw: string): string | null {
  // a typographic bullet may open a credit line (■ 记者 徐某); the writer's label may close it after a
  // slash (某某总工会\u3000王某／文): the line credits the one named
  const t = cutFolded(raw.trim().replace(p.creditBullet, ''), p.credit.slashTail);
  const reprinted = reprintSource(p, t);
  if (reprinted !== undefined) return reprinted;
  if (notCreditLine(p, t)) return null;
  // labels are matched on the folded line (作者單位, 供稿 alike); what is kept is sliced from the line as written
  const ft = foldToSimplified(t);
  const credit = p.credit;
  let inner: string | null = null;
  let writerOnly: string | null;
  // (a tortoise-shell bracket holds a credit as a round one does: 〔某县总工会\u3000撰稿人：某某〕)
  const br = /^[（(〔](.+)[）)〕]$/.exec(t);
  // (square brackets hold a credit only when a reporter's role or a label opens it: 【记者 王某】, not 【本期导读】)
  const sq = /^[【〖［[](.+)[】〗］\]]$/.exec(t);
  // (…the bullet may stand inside the bracket, （■某部\u3000王某）: the credit starts after it)
  const brIn = br ? br[1].trim().replace(p.creditBullet, '') : '';
  if (br) inner = unitThenLabel(p, brIn) ?? brIn;
  else if (sq && (p.roles.test(foldToSimplified(sq[1].trim())) || credit.labelOpen.test(foldToSimplified(sq[1].trim())) || spacedWriter(p, sq[1].trim()))) inner = sq[1].trim();
  else if (credit.labelOpen.test(ft)) inner = t;
  else if (unitThenLabel(p, t)) inner = unitThenLabel(p, t);
  else if (creditRunLine(t)) inner = t;
  // reporters on a line of their own: 记者 徐某, 本刊记者 王某 通讯员 李某 (a short unit before them: 某某融媒 记者：王某)
  // (…the word that credits them set apart after the names: 通讯员 王某 报道)
  else if ((writerOnly = reporterLine(p, cutFolded(t, credit.tailSpaced)) ?? unitThenRole(p, t))) inner = writerOnly;
  // the writer's label set apart by a space, the name letter-spaced or not (文\u3000杨\u3000帆, 作者 李明),
  // the photographer's credit after it dropped (文\u3000某某\u3000\u3000图\u3000某某): who shot it did not write it
  // (…or the normaliser took the spaces out between the Han letters: 文韦丽华图黄志明)
  else if ((writerOnly = spacedWriter(p, t) ?? spacedWriter(p, cutFolded(t, credit.photoName)) ?? gluedWriterPhoto(p, t))) inner = writerOnly;
  // a unit and the word that credits it, without brackets: 某某县总工会供稿
  else if (credit.tailLine.test(ft) && creditUnit(p, ft.replace(credit.tailEnd, ''))) inner = t;
  else {
    const sp = /^(\S{3,30})[\s\u3000]+([\u4e00-\u9fa5·]{2,8})$/.exec(t);
    if (sp && isOrgLike(sp[1])) inner = t;
    // the same without its space (两江新区总工会罗涛): a unit's ending, then a surname and one or two characters
    // (not a section of the unit that opens with a surname's character: 县总工会|文体部 is one unit)
    const glued = /^(.{3,24}?(?:会|局|部|司|团|厂|委|办|室))([\u4e00-\u9fa5]{2,3})$/.exec(ft);
    if (!inner && glued && isOrgLike(glued[1]) && opensWithSurname(glued[2]) && !isOrgLike(ft)) inner = `${t.slice(0, glued[1].length)} ${t.slice(glued[1].length)}`;
  }
  if (!inner) return null;
  // (a writer's label set apart by a space inside the brackets, [撰稿\u3000某某] / （执笔\u3000某某）: the name alone)
  inner = spacedWriter(p, inner.trim()) ?? inner;
  // （责任编辑：王某）, （审核：李某）: a field of the page's editing, not its author; （共印60份）: the print run
  const field = /^\s*([^：:\s]{1,6})\s*[：:]/.exec(foldToSimplified(inner));
  if (field && !credit.labelOnly.test(field[1])) return null;
  if (p.notCredit.some((re) => re.test(foldToSimplified(compact(inner!))))) return null;
  // the photographer credited after the writer (文/某某 图/某某) did not write it, nor the editor
  // who checked it (撰稿：某某 审核：某某)
  inner = cutFolded(inner, credit.editingTail);
  inner = cutFolded(inner, credit.photoTail);
  // (a reporter's role used as the label, 通讯员：某某\u3000某某, is kept as credited: 通讯员 某某 某某)
  // (a source credited before the writer, 信息来源：某股\u3000执笔：某某: the writer is the byline, the source is not)
  // (…or the unit closed by the word that credits it, 某股\u3000供稿\u3000执笔人：某某: the same, the label after the unit)
  const writer = credit.sourceThenWriter.exec(foldToSimplified(inner));
  if (writer) inner = inner.slice(writer[0].length);
  // (the labels of who wrote and who shot it run together before the name: 文/图 某某, 图文：某某)
  inner = writerOf(inner);
  const role = credit.roleOpen.exec(foldToSimplified(inner));
  if (role) inner = `${inner.slice(0, role[1].length)} ${inner.slice(role[0].length)}`;
  else inner = cutFolded(inner, credit.labelCut);
  inner = unitBeforeName(inner);
  // (the roles the credited one had, set after the name, 通讯员 王某 文/图: what they did, not who they are)
  if (credit.roleTail) inner = cutFolded(inner, credit.roleTail);
  inner = cutFolded(inner, credit.slashTail);
  // (…and a unit, then the writer's label and the name, （某镇\u3000文/某某）: the label only says who wrote it)
  inner = cutFolded(inner, credit.writerMid);
  inner = cutFolded(inner, credit.tailCut).replace(/[\s\u3000]+/g, ' ').trim();
  inner = joinSpacedNames(spacedRoles(p, writerOf(inner)));
  if (!inner || /[。；，]/.test(inner) || compact(inner).length > 40 || /^[一二三四五六七八九十]+$/.test(inner)) return null;
  return inner;
}

/** （转自某市总工会《某刊》第21期）, 转自：某市总工会微信公众号: an article reprinted from another body is credited
 * to that body as the line names it, less the periodical and its issue (a title and an ordinal, no author);
 * undefined when the line is no reprint line, null when what it names is no credit */
function reprintSource(p: Compiled, t: string): string | null | undefined {
  const m = p.credit.reprint?.exec(foldToSimplified(t));
  if (!m) return undefined;
  const src = t.slice(m[1].length, t.length - m[2].length).trim().replace(/《[^《》]{1,20}》(?:第[\d一二三四五六七八九十百〇零]{1,6}期)?$/, '').trim();
  return src.length >= 3 && src.length <= 40 && !/[。，；！？]/.test(src) ? src : null;
}

/** a unit that credits an article: a body's name, or a bureau's section (某某服务股) */
function creditUnit(p: Compiled, s: string): boolean {
  if (isOrgLike(s)) return true;
  const c = foldToSimplified(compact(s));
  return /^[\u4e00-\u9fa5]{3,12}$/.test(c) && p.v.sectionEndings.some((e) => c.endsWith(e)) && !p.v.notSection.some((w) => c.endsWith(w));
}

/** 某某融媒 记者：王某 李某: a short unit set apart by a space, a reporter's role with its colon, then
 * names only; credited as written (某某融媒 记者 王某 李某). The names vouch for the line. */
function unitThenRole(p: Compiled, t: string): string | null {
  const m = p.credit.unitRole.exec(foldToSimplified(t.trim()));
  if (!m) return null;
  const names = m[3].split(/[\s\u3000、]+/).filter(Boolean);
  if (!names.length || !names.every((n) => personName(n))) return null;
  const w = t.trim();
  return `${w.slice(0, m[1].length)} ${w.slice(m[1].length).trim().replace(/[：:]/, ' ')}`;
}

/** 温某某（某镇总工会）: the writer with the unit bracketed after the name, credited as a byline
 * writes it, the unit first (某镇总工会 温某某) */
function unitBeforeName(s: string): string {
  const m = /^([\u4e00-\u9fa5·]{2,16})[\s\u3000]*[（(]([^（）()]{3,30})[）)]$/.exec(s.trim());
  return m && personName(m[1]) && isOrgLike(foldToSimplified(compact(m[2]))) ? `${compact(m[2])} ${m[1]}` : s;
}

/** 文某某图某某 with the spaces taken out: the writer, when both names open with a surname */
function gluedWriterPhoto(p: Compiled, t: string): string | null {
  const c = compact(t);
  const m = p.credit.writerPhotoGlued.exec(foldToSimplified(c));
  // (the fold keeps every offset: the name is sliced as written)
  return m && personName(m[2]) && personName(m[3]) ? c.slice(m[1].length, m[1].length + m[2].length) : null;
}

/** a two- or three-character name letter-spaced by the layout (通讯员 齐晓峰 张 宁 → 通讯员 齐晓峰 张宁): a
 * run of single Han characters between spaces is one name */
function joinSpacedNames(s: string): string {
  const out: string[] = [];
  let run = '';
  for (const w of s.split(' ')) {
    if (/^[\u4e00-\u9fa5]$/.test(w) && run.length < 3) { run += w; continue; }
    if (run) out.push(run);
    run = /^[\u4e00-\u9fa5]$/.test(w) ? w : '';
    if (!run) out.push(w);
  }
  if (run) out.push(run);
  return out.join(' ');
}

/** 文\u3000杨\u3000帆 / 作者 李明 / 执笔 王某: a writer's label, a space, then a name alone (its characters may be spaced) */
function spacedWriter(p: Compiled, t: string): string | null {
  const m = p.credit.writerSpaced.exec(foldToSimplified(t));
  if (!m) return null;
  const toks = m[1].split(/[\s\u3000]+/).filter(Boolean);
  const name = t.slice(t.length - m[1].length).replace(/[\s\u3000]+/g, '');
  return (toks.length === 1 || toks.every((w) => w.length === 1)) && personName(name) ? name : null;
}

/** the writer without the labels of who wrote and who shot it before the name (文/图 刘某, 图文/刘某,
 * 文、图：刘某): a byline credits the writer as named */
const CREDIT_LABEL = '(?:图片|图文|文图|摄影|文|图|摄)';
// (a bar parts label and writer as a slash does: 文｜某某, 文 | 某某, 图丨某某; a middle dot joins two labels
// as a slash does: 文·摄 某某)
const CREDIT_RUN = new RegExp(`^${CREDIT_LABEL}(?:\\s*[/／、和·・]\\s*${CREDIT_LABEL})+\\s+|^${CREDIT_LABEL}(?:\\s*[/／、和·・]\\s*${CREDIT_LABEL})*\\s*[/／：:｜|丨]\\s*`);
/** 文·摄\u3000某某 / 文/图 某某: the labels of who wrote and who shot it, a space, then one name: the writer's line */
function creditRunLine(t: string): boolean {
  const m = CREDIT_RUN.exec(foldToSimplified(t));
  return !!m && /[文]/.test(m[0]) && personName(compact(t.slice(m[0].length)));
}
function writerOf(s: string): string {
  const m = CREDIT_RUN.exec(foldToSimplified(s));
  return m && m[0].length < s.length ? s.slice(m[0].length).trim() : s;
}

/** a reporter's role run into the name by the layout (（通讯员黄某）): set apart again, as credited (通讯员 黄某) */
function spacedRoles(p: Compiled, s: string): string {
  if (!p.roles.test(foldToSimplified(s))) return s;
  const f = foldToSimplified(s);
  let out = '';
  let last = 0;
  for (const m of f.matchAll(p.credit.rolesAll)) {
    out += `${s.slice(last, m.index)} ${s.slice(m.index!, m.index! + m[0].length)} `;
    last = m.index! + m[0].length;
  }
  return (out + s.slice(last)).replace(/\s+/g, ' ').trim();
}

/** s without the first match of re, matched on s folded to simplified (the fold keeps every offset) */
function cutFolded(s: string, re: RegExp): string {
  const m = re.exec(foldToSimplified(s));
  return m ? s.slice(0, m.index) + s.slice(m.index + m[0].length) : s;
}

/** a drafter's label after a word too short to name a unit (（股\u3000执笔人：某某）, the section's name cut
 * to its last word): the one who drafted it, alone */
function drafterAfterStub(p: Compiled, t: string): string | null {
  const m = /^[\u4e00-\u9fa5]{1,2}[\s\u3000]+([^：:\s]{2,3})[：:]\s*([\u4e00-\u9fa5·]{2,4})$/.exec(t);
  return m && p.v.drafterLabels.includes(foldToSimplified(m[1])) && personName(m[2]) ? m[2] : null;
}

/** 市人社局职业能力建设科 文/刘志远: the unit, then the label and the names (any order reads alike); a
 * drafter's label (某部\u3000执笔：某某, 某股\u3000执笔人：某某) credits the one who drafted it for the unit: the name alone */
function unitThenLabel(p: Compiled, t: string): string | null {
  const f = foldToSimplified(t);
  const m = p.credit.unitLabel.exec(f);
  if (!m) return drafterAfterStub(p, t);
  const names = t.slice(t.length - m[2].length).trim();
  const label = f.slice(m[1].length).trim();
  // (a bureau's section drafts for its bureau as a department does: 某某股\u3000执笔人：某某)
  const drafted = p.v.drafterLabels.some((d) => label.startsWith(`${d}：`) || label.startsWith(`${d}:`));
  if (!isOrgLike(m[1]) && !(drafted && creditUnit(p, m[1]))) return null;
  return drafted ? names : `${t.slice(0, m[1].length)} ${names}`;
}

/** a bracket of reporters and nothing else anywhere in a paragraph (10月14日，（通讯员 某某 记者 某某）…,
 * 本报讯 10月14日（记者 某某）…): the paragraph's credit, wherever the layout put it */
function reportersInParagraph(p: Compiled, text: string): string | null {
  for (const m of text.matchAll(/[（(]([^（）()\n]{4,30})[）)]/g)) {
    // (the normaliser drops the spaces between Han letters: the roles set the names apart again)
    const r = reporterLine(p, spacedRoles(p, m[1].trim()));
    if (r) return r;
  }
  return null;
}

/** a line of reporters and nothing else: each role (rules/page-layout.yaml bylineRoles) followed by
 * one or more names (记者 徐某, 记者 王某 李某 通讯员 张某); null otherwise. A name opens with a surname,
 * or is two or three letters and no credit's word: the role before it vouches for it (the Dai 玉某某,
 * a rare surname) */
function reporterLine(p: Compiled, t: string): string | null {
  if (/[。，；：:！？]/.test(t) || compact(t).length > 30) return null;
  const roles = longestFirst(p.v.bylineRoles);
  const isName = (w: string) => (/^[\u4e00-\u9fa5·]{2,4}$/.test(w) && (opensWithSurname(w) || (w.length <= 3 && !creditWord(p, foldToSimplified(w))))) ||
    longName(w) || transcribedFour(p, w);
  const out: string[] = [];
  let named = true;
  for (const tok of joinSpacedNames(t.trim().split(/[\s\u3000]+/).join(' ')).split(' ')) {
    const role = roles.find((r) => foldToSimplified(tok).startsWith(r));
    const name = role ? tok.slice(role.length) : tok;
    if (role) {
      if (!named || (name && !isName(name))) return null;
      out.push(name ? `${tok.slice(0, role.length)} ${name}` : tok);
      named = !!name;
    } else {
      if (!out.length || !isName(name)) return null;
      out.push(name);
      named = true;
    }
  }
  return out.length && named ? out.join(' ') : null;
}

/** a name longer than a Han one that a role vouches for: a transcribed one in parts joined by a dot (某某·某某某),
 * or a Mongolian or Tibetan one of five or six letters written as one run — no body's name (县委宣传部) and no
 * phrase: a structural particle (的, 了, 着) never stands inside a transcribed name (记者|采访了劳模, 记者|节里的坚守) */
const longName = (w: string): boolean =>
  /^[\u4e00-\u9fa5]{2,8}(?:·[\u4e00-\u9fa5]{2,8})+$/.test(w) || (/^[\u4e00-\u9fa5]{5,6}$/.test(w) && !isOrgLike(w) &&
    !/[部局委办科股室站所队处]$/.test(foldToSimplified(w)) && !jiebaTag(foldToSimplified(w)).some((t) => t.tag.startsWith('u')));

/** a Tibetan or Mongolian name of four letters with no Han surname (记者 次仁德吉, after a role that vouches for it):
 * no credit word, no body, and no word of the language inside — only names, places or unknown runs and single
 * letters (记者 深入一线 / 记者 走进车间 hold a verb: a phrase) */
function transcribedFour(p: Compiled, w: string): boolean {
  const t = foldToSimplified(w);
  if (!/^[\u4e00-\u9fa5]{4}$/.test(t) || creditWord(p, t) || isOrgLike(t) || /[部局委办科股室站所队处]$/.test(t)) return false;
  return jiebaTag(t).every((x) => x.word.length === 1 || /^(?:nr|ns|nz|x)/.test(x.tag));
}

/** a word of the credits themselves (供稿, 摄影, 审核, 通讯员, 来源), never a name */
const creditWords = new WeakMap<Compiled, Set<string>>();
function creditWord(p: Compiled, w: string): boolean {
  let set = creditWords.get(p);
  if (!set) {
    const v = p.v;
    set = new Set([...v.bylineTails, ...v.roleTails, ...v.photoLabels, ...v.editingLabels, ...v.bylineLabels, ...v.bylineRoles, ...layoutLabels(p)]);
    creditWords.set(p, set);
  }
  return set.has(w);
}

const Surnames = z.object({ id: z.string(), single: z.string().optional(), double: z.array(z.string()).optional(), cuedDouble: z.array(z.string()).optional() }).passthrough();
let surnameSet: { single: Set<string>; double: string[] } | null = null;
/** the single and double surnames of rules/people.yaml (a byline's name must start with one) */
function surnames(): { single: Set<string>; double: string[] } {
  if (!surnameSet) {
    const r = loadRuleFile('people.yaml', Surnames).find((x) => x.id === 'people.surnames');
    // (a byline's label is the cue that makes a compound surname that is also a word one: 记者：南宫|某某)
    surnameSet = { single: new Set([...(r?.single ?? '')]), double: [...(r?.double ?? []), ...(r?.cuedDouble ?? [])] };
  }
  return surnameSet;
}

/** `w` opens with a surname: a single one, or a double one followed by a given name (令狐|某某, 富察|某某),
 * whose first character alone is often no surname */
function opensWithSurname(w: string): boolean {
  const f = foldToSimplified(w);
  return surnames().single.has(f[0]) || surnames().double.some((d) => f.startsWith(d) && f.length > d.length);
}

// ------------------------------------------------------------------------------ pages

/** A Markdown metadata block (title: … / date: … at the top): the fields it states, and where the text begins. */
function frontMatter(p: Compiled, lines: Line[]): { meta: Partial<Record<'title' | 'date' | 'source' | 'byline', string>>; next: number } {
  const meta: Partial<Record<'title' | 'date' | 'source' | 'byline', string>> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^([A-Za-z\u4e00-\u9fa5]+)\s*[：:]\s*(.+)$/.exec(lines[i].text.trim());
    const field = m ? p.v.frontMatter[m[1]] : undefined;
    if (!m || !field) break;
    meta[field] = field === 'date' ? anyDate(m[2]) ?? undefined : m[2].trim();
  }
  return Object.keys(meta).length >= 2 ? { meta, next: i } : { meta: {}, next: 0 };
}

/** 索 取 号：QQHR-1\u3000信息分类：就业 → its label：value cells (a letter-spaced label stays whole) */
function splitFields(l: string): string[] {
  const out: string[] = [];
  for (const c of l.split(/[\s\u3000]+(?=[^：:\s]{1,8}[：:])/)) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !/[：:]/.test(prev) && prev.length <= 3) out[out.length - 1] = prev + c;
    else out.push(c);
  }
  return out;
}

/** The label：value fields of a page's info panel and footer (索取号：…\u3000名称：…, a Markdown table row
 * | 发布机构 | 某局 | 成文日期 | … |, 版权所有：某市总工会), keyed by the label without spaces. */
function panelFields(p: Compiled, lines: Line[]): Map<string, string> {
  const out = new Map<string, string>();
  const labels = new Set([...p.v.panel.title, ...p.v.panel.publisher, ...p.v.panel.owner]);
  // a table the normaliser laid out one cell a line: the value is the next line
  const near = [...lines.slice(0, 24), ...lines.slice(-6)].map((l, i, a) => (labels.has(compact(l.text)) && a[i + 1] ? `${l.text}|${a[i + 1].text}` : l.text));
  for (const l of near) {
    const cells = l.includes('|') ? l.split('|').map((c) => c.trim()) : splitFields(l);
    for (let k = 0; k < cells.length; k++) {
      const kv = /^([^：:|]{1,10})[：:]\s*(.+)$/.exec(cells[k]);
      const [label, value] = kv ? [compact(kv[1]), kv[2].trim().split(/[\s\u3000]+/)[0]] : [compact(cells[k]), (cells[k + 1] ?? '').trim()];
      // (a traditional-script footer labels alike: 主辦：)
      const known = labels.has(label) ? label : foldToSimplified(label);
      if (labels.has(known) && value && !out.has(known)) out.set(known, compact(value));
    }
  }
  return out;
}

/** An official account's article copied as text heads its headline with the account's name and a bar
 * (某某工会 | 6名职工获评…); the account line under it names the account again. The name is the
 * channel, not the headline: dropped when a chrome line of the head repeats it. */
function withoutAccount(line: string, chromeAt: Line[]): string {
  const m = /^([^|｜丨]{2,16}?)[\s\u3000]*[|｜丨][\s\u3000]*([^|｜丨]+)$/.exec(line.trim());
  const account = m ? compact(m[1]) : '';
  return m && headlineLike(m[2]) && chromeAt.some((l) => compact(l.text).includes(account)) ? compact(m[2]) : compact(line);
}

/** a field of an info block (发文字号：某人社发〔2025〕3号, 公开方式：主动公开): its label opens it, so it is never a title */
function fieldLine(p: Compiled, s: string): boolean {
  const m = /^([^：:]{1,8})[：:]/.exec(compact(s));
  return !!m && layoutLabels(p).has(foldToSimplified(m[1]));
}

/** The page's title: the one its info panel names (名称：…), else the title-like line right above the
 * info line (a site's masthead and navigation come before it), else the first title-like line. */
function pageTitleLine(p: Compiled, lines: Line[], head: Line[], chromeAt: Line[], panel: Map<string, string>): Line | undefined {
  const named = p.v.panel.title.map((t) => panel.get(t)).find(Boolean);
  const byName = named ? lines.slice(0, 30).find((l) => !chromeAt.includes(l) && compact(l.text) === named) : undefined;
  if (byName) return byName;
  // the info line: labelled (发布时间：…), or a dateline with its source (2025年04月08日 16:42 来源：…)
  const info = head.findIndex((l) => infoLabelled(p, l.text) || (chromeAt.includes(l) && !isNavigation(p, l.text) && !!readInfo(p, l.text).source));
  let k = info - 1;
  while (k > 0 && !compact(head[k].text)) k--;
  // (a subtitle opened by a dash, ——某县推进…见闻, stands under the headline: the line over it is the title)
  const up = k > 0 && /^[—―─－]/.test(compact(head[k].text)) ? headlineAbove(p, head, k, chromeAt) : undefined;
  if (up !== undefined) k = up;
  const above = info > 0 && k >= 0 ? head[k] : undefined;
  if (above && !chromeAt.includes(above) && !fieldLine(p, above.text) && (headlineLike(above.text) || markedHeadline(above))) return above;
  // (a credit line under the headline is no title: 某某融媒 记者：王某)
  const own = head.filter((l) => !chromeAt.includes(l) && !bylineOf(p, l.text) && !fieldLine(p, l.text));
  return own.find((l) => titleLike(l.text)) ?? own.find((l) => commaHeadline(l.text));
}

/** An account's article may set an editor's note (编者按：…) between its account line and its headline:
 * when the head names no title, the headline is the first title-like line under the note */
function headlineAfterNote(p: Compiled, lines: Line[], chromeAt: Line[], at: number): Line | undefined {
  if (!chromeAt.length || at < 0 || !lines[at] || !p.editorNote.test(foldToSimplified(compact(lines[at].text)))) return undefined;
  const next = lines.slice(at + 1, at + 4).find((l) => compact(l.text).length > 0 && !paragraphLike(l.text));
  return next && !bylineOf(p, next.text) && !fieldLine(p, next.text) && headlineLike(next.text) ? next : undefined;
}

/** the index of the headline right over line k of a page's head (blank lines stepped over), if it is one */
function headlineAbove(p: Compiled, head: Line[], k: number, chromeAt: Line[]): number | undefined {
  let j = k - 1;
  while (j >= 0 && !compact(head[j].text)) j--;
  return j >= 0 && !chromeAt.includes(head[j]) && !fieldLine(p, head[j].text) && headlineLike(head[j].text) ? j : undefined;
}

/** a line the source marks as a heading (a page's <h1>, a Markdown #) reads as a headline even in two
 * clauses that exclaim and ask (某某也能评工匠！这9位工匠，你认识吗？): short, no full stop, no date */
const markedHeadline = (l: Line) => {
  const c = compact(l.text);
  return l.heading && c.length >= 6 && c.length <= 60 && !/[。；]/.test(c) && !/[：:]$/.test(c) && !dateOnly(l.text) && !SECTION.test(c);
};

/** a page's headline, which may exclaim or ask (首届工匠出炉！这9位你认识吗？): title-like once its closing mark is set aside */
const headlineLike = (s: string) => titleLike(compact(s).replace(/(?<=[^！？!?])[！？!?]+$/, ''));

/** an account's headline in two clauses parted by one comma (这位技能名师，带出了一支冠军班组): no
 * sentence, short, opening no paragraph */
function commaHeadline(s: string): boolean {
  const c = compact(s);
  return c.length >= 8 && c.length <= 40 && (c.match(/，/g) ?? []).length === 1 && !/[。；：:！？]$|[。；]/.test(c) && !/^[（(]/.test(c) && !/\d{4}-\d/.test(c);
}

/** the page's issuer: its panel's 发布机构, else the source unless it is an office of the site's owner
 * (来源：某市总工会办公室 on the site of 某市总工会, whose footer says 版权所有：某市总工会) */
function pageIssuer(p: Compiled, panel: Map<string, string>, source: string | undefined): string | undefined {
  const publisher = p.v.panel.publisher.map((t) => panel.get(t)).find((v) => v && isOrgLike(v));
  if (publisher) return publisher;
  const owner = p.v.panel.owner.map((t) => panel.get(t)).find((v) => v && isOrgLike(v));
  return owner && source && source.startsWith(owner) && source !== owner ? owner : source;
}

/** a source named short by its level (来源：县人社局) on the site of that place, whose crumbs open with the
 * site's name (某县人民政府网 > 政务公开 > 政策解读): the place's body. A headline or a page title naming a
 * place tells what the page is about, not whose site it is: the source is kept as written then */
function siteBody(p: Compiled, source: string | undefined, top: Line[]): string | undefined {
  if (!source || !/^[省市县区州旗縣區]/.test(source)) return source;
  const crumbs = top.filter((l) => isNavigation(p, l.text)).map((l) => l.text.split(/[>＞»›]/)[0]);
  return fullBodyName(source, crumbs) ?? source;
}

/** the site's name at the head of a page: before the crumbs on the navigation line (某市总工会 首页 >
 * 基层动态), or a line of its own right above the navigation; only a body's name */
function siteName(p: Compiled, head: Line[]): string | undefined {
  for (let k = 0; k < head.length; k++) {
    const c = compact(head[k].text);
    const nav = isNavigation(p, head[k].text) ? /^(.+?)(?:首页|当前位置|您的位置|您现在的位置|您所在的位置)/.exec(foldToSimplified(c)) : null;
    if (nav && isOrgLike(nav[1])) return c.slice(0, nav[1].length);
    if (head[k + 1] && isNavigation(p, head[k + 1].text) && isOrgLike(foldToSimplified(c))) return c;
  }
  return undefined;
}

/** the account an official account's article went out on: the name right before the date on its
 * account line (原创 作者 某某发布 2025年10月21日 17:36 吉林) */
function accountName(p: Compiled, chromeAt: Line[]): string | undefined {
  const re = p.credit.account;
  for (const l of chromeAt) {
    const t = l.text.trim();
    const m = re.exec(foldToSimplified(t));
    if (m) return t.slice(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length);
  }
  return undefined;
}

/** a body's name set before the page's dateline without a label (某市融媒体中心\u30002025-09-26 17:20
 * 点击量：…; the normaliser may have taken the space out): the page's source, as an account's name is */
function bodyBeforeDateline(chromeAt: Line[]): string | undefined {
  for (const l of chromeAt) {
    const m = /^([^\s\u3000：:\d]{3,30})[\s\u3000]*\d{4}[-/.年]/.exec(l.text.trim());
    if (m && isOrgLike(foldToSimplified(m[1]))) return m[1];
  }
  return undefined;
}

/** the body a 来源：line names among the article's closing credits (the last lines), if it is a body; a
 * body's account (来源：某县总工会微信公众号) is the body that runs it */
function closingSource(p: Compiled, lines: Line[]): string | undefined {
  for (const l of lines.slice(-12).reverse()) {
    const c = compact(l.text);
    const label = sourceLabelOf(p, c);
    const value = label ? withoutAccountSuffix(p, c.slice(label.length + 1)) : '';
    if (value && isOrgLike(foldToSimplified(value))) return value;
  }
  return undefined;
}

/** 某县总工会微信公众号 → 某县总工会: a body's name less the word that makes it the body's account */
function withoutAccountSuffix(p: Compiled, value: string): string {
  const f = foldToSimplified(value);
  const suffix = longestFirst(p.v.accountSuffixes).find((x) => f.endsWith(x) && f.length > x.length);
  return suffix ? value.slice(0, -suffix.length) : value;
}

const sourceLabelOf = (p: Compiled, c: string) => p.v.info.source.find((x) => foldToSimplified(c).startsWith(`${x}：`) || foldToSimplified(c).startsWith(`${x}:`));
/** a 来源：line among the article's closing credits, whatever it names */
const closingLabel = (p: Compiled, lines: Line[]) => lines.slice(-12).some((l) => !!sourceLabelOf(p, compact(l.text)));

/** 【发布机构】某局 / [发布日期]2025年4月30日: a label in brackets is a label (发布机构：某局); a bracket
 * with a colon (【字体：大 中 小】) or with no value after it (【打印】【关闭】) is none */
const BRACKET_LABEL = /(^|[\s\u3000])[【[]([^【】[\]：:，。\s]{2,8})[】\]](?=[^【[\s\u3000])/g;
const bracketLabels = (lines: Line[]): Line[] => lines.map((l) => (/[【[]/.test(l.text) ? { ...l, text: l.text.replace(BRACKET_LABEL, '$1$2：') } : l));

/** A web page or a Markdown copy with metadata: title, date, source and author from the page. */
function readPage(p: Compiled, written: Line[], meta: DocMeta): boolean {
  const lines = bracketLabels(written);
  const fm = frontMatter(p, lines);
  // a page states its title, date and source above the article: a label line after the first
  // paragraph is an article's credit (作者：…, 来源：…), not the page's info
  const head = lines.slice(fm.next, fm.next + 10);
  // (a line the source marks as a heading is none, though a headline may exclaim and ask: 某某也能评工匠！这9位你认识吗？)
  const firstParagraph = head.findIndex((l) => !l.heading && paragraphLike(l.text));
  if (firstParagraph >= 0) head.splice(firstParagraph);
  const chromeAt = head.filter((l) => isChrome(p, l.text) || infoLabelled(p, l.text) || Object.keys(readInfo(p, l.text)).length > 0 && /[：:]|\d{4}-\d/.test(l.text) && !titleLike(l.text));
  if (!fm.next && !chromeAt.length) return false;
  const info: { date?: string; written?: string; source?: string; author?: string } = {};
  for (const l of chromeAt) Object.assign(info, { ...readInfo(p, l.text), ...info });
  const panel = panelFields(p, lines);
  const titleLine = pageTitleLine(p, lines, head, chromeAt, panel) ?? headlineAfterNote(p, lines, chromeAt, fm.next + firstParagraph);
  const title = fm.meta.title ?? (titleLine ? withoutAccount(titleLine.text, chromeAt) : null);
  if (title) meta.title = title;
  // a page is dated as its reader sees it, by the day it went up (发布时间), even when it carries a
  // notice signed a day or two before; only a disclosure panel that states the notice's own date
  // (成文日期) beside it lets the notice's signature date it
  meta.date = fm.meta.date ?? (meta.kind === 'notice' && info.written && meta.date ? meta.date : info.date) ?? meta.date;
  const source = fm.meta.source ?? siteBody(p, pageIssuer(p, panel, info.source), lines.slice(fm.next, fm.next + 3));
  // the header reader may have taken the info line's 来源 already: the panel or the site's owner corrects it
  // (or the headline over a 文号 line, 某县总工会命名第五批…工作室, read as a name by its last word)
  const taken = meta.issuers.length === 1 && (compact(meta.issuers[0]) === info.source || (meta.title && compact(meta.issuers[0]) === compact(meta.title)));
  if (source && (!meta.issuers.length || taken)) meta.issuers = [source];
  // an article copied from an official account credits its source below it (来源：某市总工会 / 编辑：…)
  const below = !source && !meta.issuers.length ? closingSource(p, lines) : undefined;
  if (below) meta.issuers = [below];
  // …or the author field names a body, not a writer (an account's article by 某县融媒体中心): it issued the piece
  const authorBody = info.author && isOrgLike(foldToSimplified(compact(info.author))) ? info.author : undefined;
  if (authorBody && !source && !meta.issuers.length) meta.issuers = [compact(authorBody)];
  // …else the account the article went out on, named on its account line (原创 某某发布 2025年…),
  // unless a 来源 below credits the piece elsewhere (来源：网络: an origin the page does not name)
  const account = !source && !meta.issuers.length && !closingLabel(p, lines) ? accountName(p, chromeAt) ?? bodyBeforeDateline(chromeAt) : undefined;
  if (account) meta.issuers = [account];
  // a page that names no source is published by the site whose name heads it
  if (!source && !meta.issuers.length) {
    const site = siteName(p, lines.slice(fm.next, fm.next + 4));
    if (site) meta.issuers = [site];
  }
  // the lead paragraph may open with the byline, after the dateline word of a news lead (本网讯, 新华社
  // 北京5月1日电): （记者 王某 通讯员 李某）近日…
  // (no title line: the article still starts under the page's info line)
  const from = titleLine ?? chromeAt[chromeAt.length - 1];
  const after = from ? lines.filter((l) => l.start > from.start && !chromeAt.includes(l) && compact(l.text) !== compact(from.text)) : [];
  // (a font-size or share bar the page's chrome rules do not know may stand before it)
  const lead = after.slice(0, 3).map((l) => LEAD_BRACKET.exec(l.text.trim())).find((m) => m) ?? null;
  // …or the article may close with it: （通讯员 陈某 王某） as its last line before the page's chrome
  // (the site's footer, 版权所有：… / 备案号, is chrome too)
  const { footer, editingLine: editing } = p.credit;
  // (an editing credit below it, 【责任编辑：某某】, is no byline: the line before it may be)
  const closing = [...after].reverse().find((l) => !isChrome(p, l.text) && !footer.test(compact(l.text)) && !isSponsorLine(l.text) && !editing.test(compact(l.text)) && compact(l.text));
  const tail = closing ? (/^[（(][^（）()\n]{2,40}[）)]$/.test(closing.text.trim()) ? bylineOf(p, closing.text.trim()) : reporterClosing(p, closing.text) ?? (authorBody ? labelledByline(p, closing.text) : null)) : null;
  // …or a name line right under the title (王某, 记者 王某)
  // (a bare name of two or three characters: a longer line opening with a surname is a caption, 高清组图)
  // (…or reporters on a line of their own, a bullet before them: □记者 王某 通讯员 李某)
  const underLine = after[0] && !lead ? (labelledByline(p, after[0].text) ?? unitThenRole(p, after[0].text) ?? reporterLine(p, after[0].text.trim().replace(p.creditBullet, '')) ?? speakerOf(p, after[0].text, false)) : null;
  const under = underLine && (underLine.includes(' ') || underLine.length <= 3) ? underLine : null;
  // …or open it without brackets: 本报讯 记者 王某 通讯员 李某 5月5日，…
  const bare = !lead && after[0] ? reportersAfterDateline(p, after[0].text) : null;
  // (an author field naming a body credits no writer: the reporters under the title, when named, wrote it)
  // (…or its closing credit, 文字：某某\u3000图片：某某: the body is the byline only when no writer is named)
  const byline = fm.meta.byline ?? (lead ? bylineOf(p, `（${lead[1]}）`) : null) ?? bare ?? (authorBody ? under : null) ?? (authorBody ? null : info.author) ?? tail ?? under ?? reportersInParagraph(p, after.find((l) => paragraphLike(l.text))?.text ?? '') ?? info.author ?? null;
  if (byline) meta.byline = byline;
  if (after[0]) meta.bodyStart = after[0].textStart;
  meta.kind = meta.kind === 'other' ? 'other' : meta.kind;
  return true;
}

// ------------------------------------------------------------------------------ bulletins

/** a table of contents: its entries, each also as written when its number may be a figure's (2.5万…) */
export function tocEntries(p: Compiled, lines: Line[]): { entries: string[]; written: string[]; labels: string[]; at: number; end: number } | null {
  const at = lines.findIndex((l, i) => (i < 15 && (isTocHeading(p, l.text) || inlineToc(p, l.text) !== null)) || p.toc.has(compact(l.text)));
  if (at < 0) return null;
  const entries: string[] = [];
  const written: string[] = [];
  const labels: string[] = [];
  // (the first character of each entry taken: a mark that opened an entry opens no label after it)
  const opened = new Set<string>();
  let setOff = true;
  let firstLine = '';
  const runOf = (c: string) => {
    const run = c.split(CIRCLED_AHEAD).map((x) => x.replace(p.bullets, ''));
    return run.length >= 2 && run.every((x) => titleLike(x)) ? run : null;
  };
  // (the heading may carry the entries after it: 本期要目：①…②…)
  for (const x of runOf(inlineToc(p, lines[at].text) ?? '') ?? []) { entries.push(x); written.push(x); }
  let i = at + 1;
  for (; i < lines.length && entries.length < 12; i++) {
    // entries are numbered in sequence: the number that comes next is stripped even when the
    // normaliser glued it to a title opening with a figure (1. 17个集体… → 1.17个集体…)
    const c = compact(lines[i].text).replace(p.pageRef, '');
    // (the contents run on one line, each entry opened by a circled number: ①…②…③…)
    const run = runOf(c);
    if (run) {
      for (const x of run) { entries.push(x); written.push(x); }
      continue;
    }
    // (contents grouped under column labels, ◎技能竞赛 over its entries: the label is stepped over)
    if (!opened.has(c[0]) && tocLabel(p, lines[i].text, lines[i + 1]?.text ?? '')) { labels.push(c); continue; }
    opened.add(c[0]);
    if (!entries.length) firstLine = c;
    const seq = new RegExp(`^${entries.length + 1}[.．、]`).exec(c);
    const e = (seq ? c.slice(seq[0].length) : c).replace(p.bullets, '');
    // (an entry set off by its mark or number may be a short block's name: ▶简讯二则, 〔五〕工作简讯)
    if (!e || entries.includes(e) || !(titleLike(e, e.length < c.length ? 4 : 6) || markedTwoClauses(e, c))) break;
    // (numbered contents end where the numbering starts again: 一、 under 一、二、 is the body's first headline)
    if (entries.length && FIRST_NUMBER.test(c) && FIRST_NUMBER.test(firstLine)) break;
    // (contents whose entries were each set off by a number or a mark end at the first line set off
    // by neither: it is the body's first headline, under 1.… and 2.…)
    if (entries.length && setOff && e.length === c.length) break;
    setOff = setOff && e.length < c.length;
    entries.push(e);
    written.push(c.replace(p.bullets, ''));
  }
  return entries.length ? { entries, written, labels, at, end: i } : null;
}

/** a column label inside a table of contents (◎技能竞赛, 【工作动态】, ■ 基层传真): short, set off by a mark
 * or brackets, and the line under it is an entry set otherwise (not opened by the same mark); a
 * contents whose every entry opens with ◎ has no labels (its last entry, over the body, neither) */
function tocLabel(p: Compiled, line: string, next: string): boolean {
  const c = compact(line);
  if (isColumn(p, c)) return true;
  const m = p.headMarker.exec(c);
  if (!m || !/^[\u4e00-\u9fa5]{2,8}$/.test(c.slice(m[0].length))) return false;
  const n = compact(next);
  return n.length > 0 && !n.startsWith(m[1]) && titleLike(n.replace(p.bullets, ''));
}

/** the first number of a numbering (一、 1. （一） ①): a contents entry written with it opens the list */
const FIRST_NUMBER = /^(?:①|1[.．、](?!\d)|[（(〔［[【〈][一1][）)〕］\]】〉]|一、)/;

const CIRCLED_AHEAD = /(?=[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/;

/** a contents heading with its entries run on after it (本期要目：①…②…, 【本期提要】①…): the entries */
function inlineToc(p: Compiled, line: string): string | null {
  const c = compact(line);
  const k = c.search(CIRCLED_AHEAD);
  return k > 0 && isTocHeading(p, c.slice(0, k)) ? c.slice(k) : null;
}

/** a page's running head in an issue copied as text from its pages: the series and the issue's number
 * on one line (某县总工会工作简报\u3000\u3000第21期), repeated at the top of each page after the first */
function runningHead(line: string, meta: DocMeta): boolean {
  const c = compact(line);
  const series = meta.series ? compact(meta.series) : '';
  if (!series || meta.issue === null || !c.includes(series)) return false;
  const rest = c.slice(c.indexOf(series) + series.length);
  return /^(?:[（(]?(?:\d{4}年)?第\d+期[）)]?)(?:[（(]总第\d+期[）)])?$/.test(rest) && Number(/第(\d+)期/.exec(rest)![1]) === meta.issue;
}

/** a contents entry set off by its mark (◇ / · / 1.) in two clauses, 某某竞赛落幕，12名选手获评“某某”:
 * the contents may run a headline on with its news, where the headline under it stops at the comma */
const markedTwoClauses = (e: string, c: string) => e.length < c.length && commaHeadline(e);

/** the heading of a table of contents, however set off: 本期要目, 【本期导读】, ▲本期要目, ◆ 目录 ◆, 本期要目： */
export function isTocHeading(p: Compiled, line: string): boolean {
  const c = compact(line);
  if (p.toc.has(c)) return true;
  const bare = c.replace(p.markers, '').replace(/[：:]$/, '').replace(/^[【〖[]|[】〗\]]$/g, '');
  return p.toc.has(bare) || p.toc.has(foldToSimplified(bare));
}

/** The articles of a bulletin issue: from its table of contents, else the reader's title (its byline
 * split off when it was joined to it) and every later title that a byline line follows. */
function readArticles(p: Compiled, lines: Line[], text: string, meta: DocMeta, bodyEnd: number, bylineAtEnd = false, pastToc = 0): Article[] {
  const toc = pastToc ? null : tocEntries(p, lines);
  const starts: { i: number; title: string; byline: string | null }[] = [];
  let from = toc ? toc.end : pastToc;
  const marked = toc || pastToc ? null : headingSeries(p, lines, bodyEnd);
  if (marked) { starts.push(...marked); from = lines.length; }
  // (an issue with no headline under its masthead: its articles are read from where its body begins,
  // never from the masthead's lines, 某某工作月报 over （2025年第11期）)
  // (a column heading the header stepped over, 【本月综述】, is the body's)
  if (!toc && !marked && !pastToc && !meta.title) {
    from = Math.max(0, lines.findIndex((l) => l.textStart >= meta.bodyStart));
    while (from > 0 && isColumn(p, lines[from - 1].text)) from--;
  }
  if (!toc && !marked && meta.title) {
    const t = compact(meta.title);
    // (the reader drops a mark opening the title, ★全县…: the line is found with or without it)
    const at = lines.findIndex((l, i) => i >= from && i < from + 20 && titleLike(l.text) && (t.startsWith(compact(l.text)) || t.startsWith(compact(l.text).replace(p.headMarker, ''))));
    if (at < 0) return [];
    let title = t;
    // (a byline the reader found at the issue's end closes its last article: it is checked below)
    let byline = bylineAtEnd ? null : meta.byline;
    let k = at + 1;
    while (k < lines.length && title.length > compact(lines[at].text.slice(0)).length && !title.endsWith(compact(lines[k - 1].text))) k++;
    const swallowed = creditUnder(p, lines[k - 1]?.text ?? '', lines[k]?.text ?? '');
    if (k - 1 > at && swallowed && title.endsWith(compact(lines[k - 1].text))) {
      title = title.slice(0, title.length - compact(lines[k - 1].text).length);
      byline = byline ?? swallowed;
    }
    starts.push({ i: at, title, byline });
    from = k;
  }
  // a column heading (【工作动态】), or a label the contents grouped its entries under (◎技能竞赛)
  const column = (line: string) => isColumn(p, line) || (toc?.labels.includes(compact(line)) ?? false);
  // the line before line i, stepping over column headings
  // (and over rules drawn between articles: ※※※, ～～～)
  // (and over a page's running head left in a text copy, 某县总工会工作简报\u3000第21期)
  const before = (i: number) => { let j = i - 1; while (j > from && (column(lines[j].text) || isRuleMarks(lines[j].text) || runningHead(lines[j].text, meta))) j--; return j; };
  // (the first headline under contents that paraphrased it opens the first article, read after the loop:
  // a headline left out of the contents may follow it before any listed one)
  const lead = toc ? headlineUnderToc(p, lines, toc.end) : lines.length;
  for (let i = from; i < lines.length && lines[i].start < bodyEnd; i++) {
    // (a column of news briefs, 【简讯】 over ▲ items, is one more article, titled by its word)
    if (column(lines[i].text) && i > from && briefsBlock(p, lines, i, before(i))) starts.push({ i, title: unbracketed(compact(lines[i].text).replace(p.markers, '')), byline: null });
    if (column(lines[i].text)) continue;
    let c = compact(lines[i].text);
    const next = lines[i + 1] ? creditUnder(p, lines[i + 1].text, lines[i + 2]?.text ?? '') : null;
    // the body may number its headings otherwise than the contents (1. … there, 一、… here); with
    // no contents, a heading has its byline under it, or closes the article before with its credit
    // and opens a paragraph; a briefs heading (简讯) is one more article with or without contents, which
    // may list it under a word too short to be read as an entry
    const isTitle = toc ? listed(toc, c.replace(p.bullets, '')) || unlisted(p, lines, i, before(i), starts.length || (i > lead ? 1 : 0)) || (i > from && briefsBlock(p, lines, i, before(i))) : titleLike(lines[i].text) && bylineOf(p, lines[i].text) === null &&
      (next !== null || (i > from && closedBefore(p, lines[before(i)].text) && opensParagraph(lines, i + 1)) ||
        (i > from && paragraphLike(lines[i - 1].text) && leadCredit(p, lines[i + 1]?.text ?? '') !== null) ||
        (i > from && headlineBetween(p, lines, i, before(i)))) || (i > from && briefsBlock(p, lines, i, before(i)));
    if (isTitle && toc) c = c.replace(p.bullets, '');
    if (isTitle) starts.push({ i, title: c, byline: next });
  }
  if (toc && !starts.length) return paraphrasedToc(p, lines, text, meta, bodyEnd, bylineAtEnd, toc.end);
  if (toc) firstParaphrased(p, lines, toc, starts);
  if (!toc && !marked) numberedArticles(p, lines, from, bodyEnd, before, starts, !meta.title);
  if (!toc && !marked) markedArticles(p, lines, starts[0]?.i ?? from, bodyEnd, starts);
  if (!toc && !marked && !meta.title && !starts.length) labelledArticles(lines, from, bodyEnd, starts);
  // …or the credit opens the article's first paragraph: （本刊通讯员 毛某）9月24日，… / 本刊讯（记者 王某）…
  for (const s of starts) if (!s.byline) s.byline = leadCredit(p, lines[s.i + 1]?.text ?? '');
  return starts.map((s, k) => {
    let last = (k + 1 < starts.length ? starts[k + 1].i : lines.length) - 1;
    // (a column heading before the next article, 【基层传真】, belongs to neither)
    while (last > s.i && column(lines[last].text)) last--;
    // the last article runs to the distribution and print lines (报：/送：/印发), its byline included
    // (a credit line right after its last paragraph, 敦化市总工会 韩雪松, is no signature)
    while (k + 1 === starts.length && last > s.i && lines[last].start >= bodyEnd && (!/^[（(].*[）)]$/.test(lines[last].text.trim()) || notCreditLine(p, lines[last].text)) &&
      !(last - 1 > s.i && paragraphLike(lines[last - 1].text) && creditLine(p, lines[last].text, meta))) last--;
    // (a rule drawn under the last article, above the distribution lines, closes it and is no part of it)
    while (last > s.i && isRuleMarks(lines[last].text)) last--;
    // a byline closing the article: （济南市总工会 刘晓东）, or the unit alone (储运部工会)
    // (a block of briefs, 简讯, gathers items from several hands: who compiled it, （综合股 整理）, wrote none of them)
    const closing = !s.byline && last > s.i && !briefsTitle(p, s.title) ? closingByline(p, lines[last].text) ?? unitCredit(p, lines, last, s.i, meta) ?? creditAboveBox(p, lines, last, s.i) : null;
    return { title: untagged(p, s.title), byline: s.byline ?? closing, start: lines[s.i].textStart, end: Math.min(lines[Math.max(last, s.i)].end, text.length) };
    // (a block of pictures, 图片新闻 over its captions, ends the article before it and is none: its
    // captions have no headline, and who took them wrote nothing)
  }).filter((a) => !noArticle(p, a.title));
}

/** a heading that opens no article: a block of pictures (图片新闻), the notes that close an issue (数据来源与说明) */
function noArticle(p: Compiled, title: string): boolean {
  const bare = foldToSimplified(unbracketed(compact(title).replace(p.markers, '')));
  return p.pictureHeading.test(bare) || p.notesHeading.test(bare);
}

/** a headline the contents list: as written, without the contents' bracketed note, or with its figures left out (the contents shorten a
 * headline 某县认定首批6名“某某首席技师” to 某县认定首批“某某首席技师”: a count is the first word they drop) */
function listed(toc: { entries: string[]; written: string[] }, c: string): boolean {
  if (toc.entries.includes(c) || toc.written.includes(c)) return true;
  // (or with a note the contents set after it in brackets: …建设情况（来自某乡）, …（某局供稿）)
  if (c.length >= 6 && toc.entries.some((e) => e.replace(/[（(][^（）()]{2,16}[）)]$/, '') === c)) return true;
  const bare = withoutCounts(c);
  return bare !== c && bare.length >= 6 && toc.entries.some((e) => withoutCounts(e) === bare);
}

/** a line with its counts and sums (6名, 十二个, 3.5万人, 62.4万元) taken out */
const withoutCounts = (c: string) => c.replace(/(?:[\d.．]+|[一二两三四五六七八九十百千万]+)(?:万|亿)?(?:名|个|项|人次|人|家|件|批|支|场|元)/g, '');

/** Contents that paraphrase the headlines (本期导读 1.某市表彰情况 over 某市5个集体获…) match none of them: the
 * articles are read as in an issue without contents, the first headline under the contents opening the first */
function paraphrasedToc(p: Compiled, lines: Line[], text: string, meta: DocMeta, bodyEnd: number, bylineAtEnd: boolean, end: number): Article[] {
  const k = lines.findIndex((l, i) => i >= end && !isRuleMarks(l.text) && compact(l.text).length > 0);
  if (k < 0 || !titleLike(lines[k].text) || !(opensParagraph(lines, k + 1) || bylineOf(p, lines[k + 1]?.text ?? '') !== null)) return [];
  return readArticles(p, lines, text, { ...meta, title: compact(lines[k].text) }, bodyEnd, bylineAtEnd, end);
}

/** The first article of an issue whose contents paraphrased its entry (本期导读 ·某县工作室获州级命名 over
 * 某县4个工作室获评…) while matching later ones: the first headline under the contents, over a paragraph or
 * a credit, opens the issue's first article, as it does when the contents match none */
function firstParaphrased(p: Compiled, lines: Line[], toc: { entries: string[]; end: number }, starts: { i: number; title: string; byline: string | null }[]): void {
  if (!starts.length || starts.length >= toc.entries.length) return;
  const k = headlineUnderToc(p, lines, toc.end);
  if (k >= starts[0].i) return;
  const next = lines[k + 1] ? creditUnder(p, lines[k + 1].text, lines[k + 2]?.text ?? '') : null;
  if (next === null && !opensParagraph(lines, k + 1)) return;
  starts.unshift({ i: k, title: compact(lines[k].text).replace(p.bullets, ''), byline: next });
}

/** the first line under the contents when it reads as a headline (no column heading, no byline); else past the end */
function headlineUnderToc(p: Compiled, lines: Line[], end: number): number {
  const k = lines.findIndex((l, i) => i >= end && !isRuleMarks(l.text) && compact(l.text).length > 0);
  if (k < 0 || !titleLike(lines[k].text) || isColumn(p, lines[k].text) || bylineOf(p, lines[k].text) !== null) return lines.length;
  return k;
}

/** An article the contents left out or paraphrased (a 要目 lists the issue's main items, not all, and may
 * word them otherwise): after a listed one, a headline with an explicit byline under it (文／某中心\u3000某某,
 * 记者 某某; not a bare unit) that follows the end of a paragraph or a closing credit; or a headline right
 * after the credit that closed the article before, over a paragraph (the credit ended that story) */
function unlisted(p: Compiled, lines: Line[], i: number, prev: number, listed: number): boolean {
  if (!listed || !lines[i + 1] || !titleLike(lines[i].text) || bylineOf(p, lines[i].text) !== null) return false;
  const c = compact(lines[i].text);
  if (c.length > 40 || /[：:；;，,。]/.test(c) || SECTION.test(c)) return false;
  const closed = closedBefore(p, lines[prev].text);
  if (bylineOf(p, lines[i + 1].text) === null) return closed && opensParagraph(lines, i + 1);
  return (paragraphLike(lines[prev].text) && /[。！？”）)]$/.test(compact(lines[prev].text))) || closed;
}

/** a headline without the column tag glued before it (【产改动态】余姚选树… → 余姚选树…): the tag names the
 * issue's column, as a column heading on its own line does, and is no part of the title */
function untagged(p: Compiled, title: string): string {
  // (a piece appended to the issue, 附：致全县职工的倡议书, is titled without the word that appends it)
  const appended = /^附[：:]/.exec(title);
  if (appended && titleLike(title.slice(appended[0].length))) return untagged(p, title.slice(appended[0].length));
  const m = p.columnTag.exec(title);
  if (m && titleLike(title.slice(m[0].length))) return title.slice(m[0].length);
  // (a mark that sets a headline off, ◆某县…, is typography: a headline found otherwise than as one
  // of a marked series, by the credit closing the article before it, keeps none)
  const h = p.headMarker.exec(title);
  return h && title.length > h[0].length ? title.slice(h[0].length) : title;
}

/** how the name of a unit that writes for a bulletin ends (总工会, 人社局, 宣传教育部, 办公室); not the
 * places a headline's action ends in (…建成零工驿站, …走进职业学校) */
const UNIT_END = /(?:工会|妇联|团[省市县区州旗]?委|委员会|联合会|协会|局|厅|委|办公室|部|处|科|室|股|公司|集团)$/;

/** the credit on the line under an article's title: a byline, or the unit alone that wrote it
 * (汉滨区总工会, 市总工会权益保障部) when a paragraph follows it */
function creditUnder(p: Compiled, line: string, after: string): string | null {
  const b = bylineOf(p, line);
  if (b) return b;
  // (the unit alone, a dash or bullet before it as before a byline: ——市国资委党建工作处)
  const c = compact(line.trim().replace(p.creditBullet, ''));
  const f = foldToSimplified(c);
  return c.length <= 24 && !/[，。；：:\d]/.test(c) && UNIT_END.test(f) && creditUnit(p, f) && (paragraphLike(after) || leadIn(after)) ? c : null;
}

/** A headline standing alone between two paragraphs of an issue: an article without a byline under
 * its title (its credit closes it, or it has none). An issue's articles are news stories, and a story's
 * own subheadings are numbered (一、 / （一） / 一是) or run into their paragraph, so a short unnumbered line
 * with no clause punctuation, between the last sentence of one paragraph and the first of the next,
 * opens the next story. A credit, a signing unit, a caption or a labelled line (来源： 图/) is none. */
function headlineBetween(p: Compiled, lines: Line[], i: number, prev: number): boolean {
  const t = lines[i].text.trim();
  const c = compact(t);
  if (c.length > 40 || /[：:；;、]/.test(c) || /^[（(【〔]/.test(c) || bodyAlone(p, c) || bylineOf(p, t) !== null) return false;
  // (a headline naming no actor, 首届某某选树活动启动, is one when a story opens under it with its date)
  const storyUnder = p.storyLead.test(foldToSimplified(compact(lines[i + 1]?.text ?? ''))) && !/[，,。！？“”"]/.test(c.replace(/“[^”]{1,12}”/g, ''));
  if (p.credit.photoOpen.test(c) || !(namesWhoActs(p, c) || storyUnder)) return false;
  return paragraphLike(lines[prev].text) && /(?:[。！？”）)]|[\u4e00-\u9fa5”"][.!?])$/.test(compact(lines[prev].text)) && paragraphLike(lines[i + 1]?.text ?? '');
}

/** The heading of an issue's block of news briefs (简讯, 工会简讯, 基层动态; letter-spaced or not), after
 * the last article's end, with the briefs under it each opened by a bullet (▲…, ●…): one more article,
 * with no byline. Its heading is short, so it is never taken as a headline by its length. */
function briefsBlock(p: Compiled, lines: Line[], i: number, prev: number): boolean {
  // (the heading may be set off by marks as the issue's headlines are: ◆简讯, ■工会简讯■)
  const c = foldToSimplified(unbracketed(compact(lines[i].text).replace(p.markers, '')));
  const next = lines[i + 1]?.text.trim() ?? '';
  if (!p.briefsHeading.test(c) || !p.headMarker.test(next) || !paragraphLike(next)) return false;
  return (paragraphLike(lines[prev].text) && /[。！？”）)]$/.test(compact(lines[prev].text))) || closedBefore(p, lines[prev].text);
}

/** the line before a headline closes the article before it: a byline, or a unit set off by a dash (——县某某中心) */
const closedBefore = (p: Compiled, line: string) => closingByline(p, line) !== null || dashedUnit(p, line);

/** a unit set off by a dash or bullet on the line that closes an article (——县某某中心): its credit */
function dashedUnit(p: Compiled, line: string): boolean {
  const t = line.trim();
  const c = compact(t.replace(p.creditBullet, ''));
  return c !== compact(t) && c.length <= 20 && creditUnit(p, c);
}

/** an article titled by the word of a briefs block (简讯, 工作简讯, 【基层动态】) */
const briefsTitle = (p: Compiled, title: string) => p.briefsHeading.test(foldToSimplified(unbracketed(compact(title).replace(p.markers, ''))));

/** a line that names a body and states nothing of it (某乡总工会, a credit or a signature), not a
 * headline ending with a body's word (某乡成立板栗产业联合会): rules/page-layout.yaml headlineVerb */
const bodyAlone = (p: Compiled, c: string) => isOrgLike(c) && !p.headlineVerb.test(foldToSimplified(c));

/** a column's word without the brackets set around it (【简讯】 → 简讯) */
const unbracketed = (c: string) => c.replace(/^[【〖［[](.+)[】〗］\]]$/, '$1');

/** A news headline set over two lines, each a clause with its own subject (我县首批工匠工作室挂牌 / 8名工匠
 * 领衔攻关): the second is the sub-headline (副题), no part of the title. A title broken inside a phrase
 * leaves its first line hanging on a word that needs what follows (…为 / …和 / …的). */
export function subHeadline(title: string, line: string, p = pageLayout()): boolean {
  const t = compact(title);
  const c = compact(line);
  if (t.length < 8 || c.length < 6 || /[为对向在与和及把将给的、等之从由以于]$/.test(foldToSimplified(t))) return false;
  // (a unit alone or a credit under the headline, 某区总工会 / 记者 王某, is its byline, no sub-headline)
  if (bodyAlone(p, c) || bylineOf(p, line) !== null) return false;
  return namesWhoActs(p, t) && namesWhoActs(p, c);
}

/** a headline opens with who acts (rules/page-layout.yaml headlineWho): a place of the gazetteer, a
 * level's body or place (市总工会, 全市), a count, or a body's name */
function namesWhoActs(p: Compiled, c: string): boolean {
  const t = foldToSimplified(c.replace(/^[“"「]/, ''));
  if (p.headlineWho.test(t)) return true;
  const g = gazetteer();
  for (let n = Math.min(10, t.length); n >= 2; n--) if (g.byName.has(t.slice(0, n))) return true;
  for (let n = Math.min(16, t.length - 2); n >= 3; n--) if (isOrgLike(t.slice(0, n))) return true;
  return false;
}

/** An issue without contents whose articles are numbered (一、…, 二、…): the headings go as a series.
 * When one of them is shown to open an article (a credit under it, or one closing the part before
 * it), every heading of the series does, its number dropped; else they are one article's subheadings.
 * An issue with no headline under its masthead that opens its body with 一、 (a 月报 of numbered items
 * under a rule) has no article for them to sit under: they are its articles too. */
function numberedArticles(p: Compiled, lines: Line[], from: number, bodyEnd: number, before: (i: number) => number,
  starts: { i: number; title: string; byline: string | null }[], untitled = false): void {
  const heads: { i: number; n: string; title: string }[] = [];
  for (let i = from; i < lines.length && lines[i].start < bodyEnd; i++) {
    const m = /^([一二三四五六七八九十]{1,3})、(.+)$/.exec(compact(lines[i].text));
    if (m && titleLike(m[2])) heads.push({ i, n: m[1], title: m[2] });
  }
  if (heads.length < 2 || heads[0].n !== '一' || heads[1].n !== '二') return;
  const opens = untitled && !starts.length && !lines.slice(from, heads[0].i).some((l) => paragraphLike(l.text));
  const shown = opens || heads.some(({ i }) => (lines[i + 1] && bylineOf(p, lines[i + 1].text) !== null) ||
    (i > from && closingByline(p, lines[before(i)].text) !== null));
  if (!shown) return;
  for (const h of heads) {
    if (starts.some((s) => s.i === h.i)) continue;
    starts.push({ i: h.i, title: h.title, byline: lines[h.i + 1] ? bylineOf(p, lines[h.i + 1].text) : null });
  }
  starts.sort((a, b) => a.i - b.i);
}

/** An issue with no headline under its masthead whose body opens with a bracketed label over its text
 * (【本月综述】 over a paragraph, 【分乡镇进度】 over a table): each such label heads one part of the issue,
 * as a headline would, and titles it. Two or more make the series; a label over a headline is a column. */
function labelledArticles(lines: Line[], from: number, bodyEnd: number, starts: { i: number; title: string; byline: string | null }[]): void {
  const heads: { i: number; title: string; byline: null }[] = [];
  const first = lines.findIndex((l, i) => i >= from && compact(l.text).length > 0 && !isRuleMarks(l.text));
  for (let i = Math.max(first, 0); i < lines.length && lines[i].start < bodyEnd; i++) {
    const m = /^【([\u4e00-\u9fa5\d、—－“”]{2,24})】$/.exec(compact(lines[i].text));
    const under = lines[i + 1]?.text.trim() ?? '';
    if (m && (paragraphLike(under) || /^[┌┏╔│┃|]/.test(under))) heads.push({ i, title: m[1], byline: null });
  }
  if (heads.length >= 2 && heads[0].i === first) starts.push(...heads);
}

/** An issue whose source marks its headlines as headings of one level under the issue's name (a Markdown
 * copy: # 某县总工会工作动态 over ## 一、某某…, ## 某某…): each such heading opens an article, its number
 * (一、 / 1. / （一）) dropped from the title. The issue's name is the top heading and no article; a contents
 * heading (目录) or a column heading is none either. Two or more make the series. */
function headingSeries(p: Compiled, lines: Line[], bodyEnd: number): { i: number; title: string; byline: string | null }[] | null {
  // (a metadata block's last field, title: … over ---, may read as a heading: it is none)
  const skip = metadataLines(lines);
  const levels = lines.slice(skip).filter((l) => l.heading && l.level).map((l) => l.level!);
  if (levels.length < 3) return null;
  const top = Math.min(...levels);
  const heads: { i: number; title: string; byline: string | null }[] = [];
  for (let i = skip; i < lines.length && lines[i].start < bodyEnd; i++) {
    const l = lines[i];
    if (!l.heading || l.level !== top + 1 || isTocHeading(p, l.text) || isColumn(p, l.text) || bylineOf(p, l.text) !== null) continue;
    const title = compact(l.text).replace(SECTION, '');
    if (!titleLike(title) && !briefsTitle(p, title)) continue;
    heads.push({ i, title, byline: lines[i + 1] ? creditUnder(p, lines[i + 1].text, lines[i + 2]?.text ?? '') : null });
  }
  // (one level only: a lower heading inside an article, ### （一）…, is its own subheading)
  return heads.length >= 2 && levels.filter((v) => v === top).length === 1 ? heads : null;
}

/** An issue whose headlines each open with the same typographic mark (◎ 某县培育乡村工匠 / ▲… / ■…): two or
 * more such lines are the series of its articles, the mark dropped from each title. A credit set off by
 * a mark (■ 某科\u3000王某) or a column heading closed by one (◆基层传真◆) is none. */
function markedArticles(p: Compiled, lines: Line[], from: number, bodyEnd: number, starts: { i: number; title: string; byline: string | null }[]): void {
  const byMark = new Map<string, { i: number; title: string }[]>();
  for (let i = from; i < lines.length && lines[i].start < bodyEnd; i++) {
    const t = lines[i].text.trim();
    // (a column tag glued before each headline, 【产改动态】…, marks the series as a mark does, whatever the tag says)
    const m = p.headMarker.exec(t) ?? tagAsMark(p, compact(t));
    if (!m || isColumn(p, t) || bylineOf(p, t) !== null) continue;
    const title = compact(t.slice(m[0].length));
    if (!titleLike(title) || bodyAlone(p, title)) continue;
    byMark.set(m[1], [...(byMark.get(m[1]) ?? []), { i, title }]);
  }
  for (const heads of byMark.values()) {
    if (heads.length < 2) continue;
    for (const h of heads) {
      const s = starts.find((x) => x.i === h.i);
      if (s) s.title = h.title;
      else starts.push({ i: h.i, title: h.title, byline: lines[h.i + 1] ? creditUnder(p, lines[h.i + 1].text, lines[h.i + 2]?.text ?? '') : null });
    }
  }
  starts.sort((a, b) => a.i - b.i);
}

/** a column tag opening a headline, as a mark: the tag its match, its opening bracket the mark's kind */
function tagAsMark(p: Compiled, c: string): RegExpExecArray | null {
  const m = p.columnTag.exec(c);
  if (!m || !titleLike(c.slice(m[0].length))) return null;
  m[1] = `tag${c[0]}`;
  return m;
}

/** a column heading of a bulletin issue (【工作动态】, ◆基层传真◆): it groups articles, it titles none */
export const isColumn = (p: Compiled, line: string) => {
  const c = compact(line);
  // (a writer credited in the same brackets, 【执笔\u3000某某】, closes an article and groups none)
  return p.column.test(c) && !isTocHeading(p, c) && bylineOf(p, line) === null;
};

/** a print or editing line at the issue's end ((（共印60份）): no article's credit */
const notCreditLine = (p: Compiled, line: string) => p.notCredit.some((re) => re.test(compact(line).replace(/^[（(]|[）)]$/g, '')));

/** the credit in brackets that opens a paragraph, after a news lead's dateline word (本刊讯): it must
 * open with a reporter's role or be a unit and a name, so that （一）, （2025年…） or a bracketed name of a body are none */
function leadCredit(p: Compiled, line: string): string | null {
  // (the bracket opens the paragraph, or stands alone on the line under the title: 本刊讯（通讯员 某某）)
  const m = LEAD_BRACKET_OPENS.exec(line.trim());
  if (!m) return null;
  const inner = m[1].trim();
  if (p.roles.test(foldToSimplified(inner))) return bylineOf(p, `（${inner}）`);
  return unitAndWriter(inner) ?? unitBeforeRoles(p, inner);
}

/** （某县融媒体中心记者 某某 通讯员 某某）: the reporters' unit run into their first role; credited as
 * written, the unit before the role */
function unitBeforeRoles(p: Compiled, inner: string): string | null {
  const f = foldToSimplified(inner);
  for (let k = 3; k < Math.min(f.length - 3, 24); k++) {
    if (!p.roles.test(f.slice(k))) continue;
    const unit = inner.slice(0, k).trim();
    const reporters = isOrgLike(f.slice(0, k)) ? bylineOf(p, `（${inner.slice(k)}）`) : null;
    return reporters ? `${unit}${reporters}` : null;
  }
  return null;
}

/** a unit and its writer with no role word (（赤壁市总工会\u3000钱文斌）): the name after the unit opens
 * with a surname and is short, so （某某县总工会\u3000主办） or （一） are none (the normaliser may have
 * dropped the space: then the unit ends with a unit's word) */
function unitAndWriter(inner: string): string | null {
  const u = /^(\S{3,30})[\s\u3000]+([\u4e00-\u9fa5·]{2,4})$/.exec(inner) ??
    /^(.{3,24}?(?:会|局|部|司|团|厂|委|办|室|科|站|所|中心|社))([\u4e00-\u9fa5]{2,3})$/.exec(foldToSimplified(inner));
  return u && isOrgLike(u[1]) && opensWithSurname(u[2]) ? `${inner.slice(0, u[1].length).trim()} ${inner.slice(inner.length - u[2].length)}` : null;
}

/** line k opens a paragraph, though a copy out of a PDF may have left its first line cut mid-clause
 * (6月16日，某县总工会召开命名 / 授牌会，…): the cut line and the next are read as one */
function opensParagraph(lines: Line[], k: number): boolean {
  const c = lines[k]?.text ?? '';
  if (paragraphLike(c)) return true;
  // (a cut line of prose: long, with a comma in it, numbered as no heading is)
  return compact(c).length >= 15 && /[，,]/.test(c) && !/[。！？；：:]/.test(c) && !SECTION.test(compact(c)) && !!lines[k + 1] && paragraphLike(c + lines[k + 1].text);
}

/** a paragraph of body text (a full sentence or more), not a heading or a credit */
const paragraphLike = (line: string) => compact(line).length >= 20 && /[。！？]|[\u4e00-\u9fa5”"][.!?](?![\d.])/.test(line) && /[，,、]/.test(line);

/** a sentence leading into a table or list under it (前三季度，全区就业形势稳定，具体情况如下：): a paragraph
 * that ends with a colon instead of a full stop */
const leadIn = (line: string) => compact(line).length >= 12 && /[，,]/.test(line) && /[：:]$/.test(compact(line));

/** a credit line after an article's last paragraph: a byline, or a unit that is not the issue's issuer */
function creditLine(p: Compiled, line: string, meta: DocMeta): boolean {
  const c = compact(line);
  return closingByline(p, line) !== null || (c.length <= 20 && isOrgLike(c) && !meta.issuers.some((x) => compact(x).startsWith(c)));
}

/** A box set after an article's credit (【先进事迹】某某，男，…, 【链接】…: a tagged paragraph the editors added):
 * the credit above the box closes the article */
function creditAboveBox(p: Compiled, lines: Line[], last: number, first: number): string | null {
  if (last - 1 <= first || !p.columnTag.test(compact(lines[last].text)) || !paragraphLike(lines[last].text)) return null;
  return closingByline(p, lines[last - 1].text);
}

/** 储运部工会 on its own line under an article's last paragraph: the unit that wrote it */
function unitCredit(p: Compiled, lines: Line[], last: number, first: number, meta: DocMeta): string | null {
  // (a dash or bullet may set the unit off: ——市国资委党建工作处)
  const c = compact(lines[last].text.trim().replace(p.creditBullet, ''));
  // (a bureau's section credits its article as a body does: ——某局职业能力建设股)
  if (last - 1 <= first || !paragraphLike(lines[last - 1].text) || c.length > 20 || !creditUnit(p, c)) return null;
  // (the issue's own body, in its masthead or as its issuer, signs the issue, not the article)
  const issuer = meta.issuers.some((x) => compact(x) === c || compact(x).startsWith(c)) || lines.slice(0, 4).some((l) => compact(l.text).startsWith(c));
  return issuer ? null : c;
}

/** the byline that closes an article: its own line (（某某总工会 刘某）, 作者：…, 文/…) or a bracket
 * with a closing word at the end of the last paragraph (…第一名。（某某区总工会供稿）) */
function closingByline(p: Compiled, line: string): string | null {
  const t = line.trim().replace(p.creditBullet, '');
  // (a square bracket closes an article as a round one does: [撰稿\u3000某某], 【通讯员\u3000某某】)
  if (/^[（(【［[〖].*[）)】］\]〗]$/.test(t) || p.credit.labelOpen.test(t)) return bylineOf(p, t);
  // the writer's label and name on the article's last line, letter-spacing taken out by the layout (文\u3000杨\u3000帆 → 文杨帆)
  const glued = /^(?:文|作者)([\u4e00-\u9fa5]{2,3})$/.exec(compact(t));
  if (glued && personName(glued[1])) return glued[1];
  // a unit and its writer on a line of their own (敦化市总工会 韩雪松, 某某科 文/刘某)
  const own = !/[。，；！？]/.test(t) && compact(t).length <= 40 ? bylineOf(p, t) : null;
  if (own) return own;
  const end = /[。！？][（(]([^（）()\n]{2,40})[）)]$/.exec(t);
  if (end && p.credit.tailEnd.test(end[1])) return bylineOf(p, `（${end[1]}）`);
  // (…决出一等奖3名。（某县总工会\u3000李明）: a unit and its writer close the paragraph)
  const writer = end ? unitAndWriter(end[1].trim()) : null;
  if (writer) return writer;
  return reporterClosing(p, t);
}

/** the reporters credited at the end of the last paragraph (…办理入会。（通讯员 罗某）) or on a line of
 * their own without brackets (记者 王某 通讯员 李某): the bracket must open with a reporter's role */
function reporterClosing(p: Compiled, line: string): string | null {
  // (each role may take a colon, as a news page's credits block writes it: 记者：王某\u3000通讯员：李某)
  const t = line.trim().replace(p.credit.roleColons, '$1 ');
  const end = /(?:^|[。！？”])[（(]([^（）()\n]{2,40})[）)]$/.exec(t);
  const inner = end ? end[1] : !/[。，；：:！？]/.test(t) && compact(t).length <= 30 ? t : null;
  if (!inner || !p.roles.test(foldToSimplified(inner.trim()))) return null;
  return bylineOf(p, `（${inner.trim()}）`);
}

/** a byline line with its label: 作者：王某, 文/王某, 撰稿：王某 */
function labelledByline(p: Compiled, line: string): string | null {
  const t = line.trim();
  return p.credit.labelOpen.test(t) && compact(t).length <= 30 ? bylineOf(p, t) : null;
}

/** 本报讯 记者 王某 通讯员 李某 5月5日，…: the reporters after a news lead's dateline word, unbracketed */
function reportersAfterDateline(p: Compiled, line: string): string | null {
  const m = LEAD_SPACED.exec(line.trim());
  if (!m) return null;
  const toks = line.trim().slice(m[0].length).split(/[\s\u3000]+/);
  const isName = (w: string) => /^[\u4e00-\u9fa5·]{2,4}$/.test(w) && opensWithSurname(w);
  const roles = longestFirst(p.v.bylineRoles);
  const out: string[] = [];
  let named = true; // every role so far has its name
  for (const tok of toks) {
    const f = foldToSimplified(tok);
    const role = roles.find((r) => f.startsWith(r));
    const name = role ? tok.slice(role.length) : tok;
    if (role ? name && !isName(name) : !out.length || !isName(name)) break;
    if (role && !named) return null;
    out.push(role && name ? `${tok.slice(0, role.length)} ${name}` : tok);
    named = !role || !!name || false;
  }
  return out.length && named ? out.join(' ') : null;
}

/** a speaker's or author's line: the name alone (沈某某) or after a post (县总工会主席 沈某某, 记者 王某);
 * `posts` admits a post or body before the name, else only a reporter's role. The post is kept as the
 * byline credits it (区总工会党组书记、主席 殷某: the office speaks, not only the person). */
function speakerOf(p: Compiled, line: string, posts = true): string | null {
  const toks = speakerTokens(p, line);
  const name = toks[toks.length - 1] ?? '';
  if (toks.length > 3 || !(personName(name) || (posts && postedName(p, toks))) || isOrgLike(name)) return null;
  if (toks.length === 1) return layoutLabels(p).has(name) ? null : name;
  const before = foldToSimplified(compact(toks.slice(0, -1).join('')));
  if (p.roles.test(`${before}${name}`)) return `${toks.slice(0, -1).join(' ')} ${name}`;
  if (!posts) return null;
  const roles = p.v.speech?.speakerRoles ?? [];
  return roles.some((r) => before.endsWith(r)) || isOrgLike(before) ? `${compact(toks.slice(0, -1).join(''))} ${name}` : null;
}

/** 王某（某县人社局党组书记、局长）: the speaker named first, the post bracketed after the name, set
 * as a speaker's line writes it (某县人社局党组书记、局长 王某); any other line is kept */
function postFirst(p: Compiled, line: string): string {
  const m = /^([\u4e00-\u9fa5·]{2,16})[\s\u3000]*[（(]([^（）()]{2,40})[）)]$/.exec(line);
  if (!m || !personName(m[1])) return line;
  const post = foldToSimplified(compact(m[2])).replace(/[、，,]$/, '');
  const roles = p.v.speech?.speakerRoles ?? [];
  return roles.some((r) => post.endsWith(r)) ? `${compact(m[2])} ${m[1]}` : line;
}

/** a name of the minority peoples written without a dot (萨仁高娃, 巴特尔) after a post that ends in a
 * speaker's role (某旗总工会党组书记、常务副主席 萨仁高娃): the post vouches for the name its surname list cannot */
function postedName(p: Compiled, toks: string[]): boolean {
  const name = toks[toks.length - 1] ?? '';
  const before = foldToSimplified(compact(toks.slice(0, -1).join('')));
  return toks.length === 2 && /^[\u4e00-\u9fa5]{3,5}$/.test(name) && (p.v.speech?.speakerRoles ?? []).some((r) => before.endsWith(r));
}

/** the words of a speaker's line, a two-character name padded to the width of three (吕\u3000冰) joined again */
function speakerTokens(p: Compiled, line: string): string[] {
  // (the label that announces the speaker, 报告人：/汇报人：, is no part of the credit)
  const toks = postFirst(p, cutFolded(line.trim(), p.speakerLabel).trim()).split(/[\s\u3000]+/).filter(Boolean);
  const n = toks.length;
  if (n >= 3 && toks[n - 1].length === 1 && toks[n - 2].length === 1) return [...toks.slice(0, -2), toks[n - 2] + toks[n - 1]];
  return toks;
}

/** a person's name as a byline writes it: 2–4 characters opening with a surname, or a name of the
 * minority peoples in parts joined by · (艾尔肯·吐尔逊, 阿不都热合曼·买买提) */
function personName(w: string): boolean {
  if (/^[\u4e00-\u9fa5]{1,8}·[\u4e00-\u9fa5·]{1,12}$/.test(w)) return w.length <= 16 && !w.endsWith('·');
  return /^[\u4e00-\u9fa5]{2,4}$/.test(w) && opensWithSurname(w);
}

/** the words the layout uses as labels (文号, 标题, 来源 …): a line holding one is no name */
const labelCache = new WeakMap<Compiled, Set<string>>();
function layoutLabels(p: Compiled): Set<string> {
  let l = labelCache.get(p);
  if (!l) {
    const v = p.v;
    l = new Set([...v.info.date, ...v.info.source, ...v.info.author, ...v.panel.title, ...v.panel.publisher, ...v.panel.owner,
      ...Object.keys(v.frontMatter), ...v.bylineLabels, ...v.panel.fields].map(compact));
    labelCache.set(p, l);
  }
  return l;
}

/** A report or speech delivered at a meeting: the lines under its title state the occasion with its
 * date (（2025年1月20日在…会议上）, ——…在…会上的讲话) and the speaker (县总工会主席 沈某某, or the name alone). */
function speechHeader(p: Compiled, lines: Line[], meta: DocMeta): void {
  if (!meta.title || !p.occasion) return;
  const t = compact(meta.title);
  let ti = lines.findIndex((l, i) => i < 12 && compact(l.text).length >= 2 && t.endsWith(compact(l.text)));
  if (ti < 0) return;
  let occasion = false;
  let speaker: string | null = null;
  let body: string | null = null;
  let leader: { body: string; prefix: string } | null = null;
  // the title reader may have joined the speaker's line to a title that ends a speech (…的讲话 / 韦某某)
  const own = compact(lines[ti].text);
  const joined = t.length > own.length && SPEECH_TITLE.test(foldToSimplified(t.slice(0, -own.length))) ? speakerOf(p, lines[ti].text) : null;
  if (joined) {
    meta.title = t.slice(0, -own.length);
    speaker = joined;
    ti--;
    while (ti > 0 && !compact(lines[ti].text)) ti--;
  }
  for (let i = ti + 1, seen = 0; i < lines.length && seen < 3; i++) {
    let c = compact(lines[i].text);
    if (!c) continue;
    seen++;
    // (an occasion too long for one line is broken by the layout: ——2025年8月26日在某市人民代表大会 / 常务委员会…会议上)
    const next = lines[i + 1] ? compact(lines[i + 1].text) : '';
    if (!p.occasion.test(foldToSimplified(c)) && next && p.occasion.test(foldToSimplified(c + next))) { c += next; i++; }
    if (p.occasion.test(foldToSimplified(c)) || /^[（(][^（）()]{6,16}[）)]$/.test(c) && dateOnly(c.slice(1, -1))) {
      occasion = true;
      const d = findDate(c);
      if (d && !meta.date) meta.date = d.iso;
      continue;
    }
    const who = speakerOf(p, lines[i].text);
    if (!who) break;
    speaker = who;
    body = speakerBody(p, lines[i].text);
    leader = body ? null : leaderBody(p, lines[i].text);
  }
  // a name under a title is a speaker's only when the occasion or a report's title says so
  const delivered = occasion || SPEECH_TITLE.test(foldToSimplified(compact(meta.title)));
  if (speaker && !meta.byline && delivered) meta.byline = speaker;
  // the body the speaker speaks for issues the report when nothing else names it (浦东新区总工会主席
  // 沈某 → 浦东新区总工会; 区总工会主席 邱某 → the district the title names + 总工会)
  if (speaker && (body || leader) && delivered && !meta.issuers.length) {
    const short = body ?? leader!.body;
    const full = fullBodyName(short, [meta.title, ...lines.slice(0, ti + 4).map((l) => l.text)]) ?? bodyOfPlaceNamedMost(short, lines);
    if (full) meta.issuers = [body ? full : leader!.prefix + full];
  }
}

/** the body in a speaker's post: 浦东新区总工会主席 → 浦东新区总工会, 县总工会党组书记、常务副主席 → 县总工会 */
function speakerBody(p: Compiled, line: string): string | null {
  const toks = speakerTokens(p, line);
  if (toks.length < 2) return null;
  let post = compact(toks.slice(0, -1).join(''));
  const roles = longestFirst(p.v.speech?.speakerRoles ?? []);
  for (let cut = true; cut;) {
    cut = false;
    post = post.replace(/[、，,]$/, '');
    const r = roles.find((x) => foldToSimplified(post).endsWith(x) && post.length > x.length);
    if (r) { post = post.slice(0, -r.length); cut = true; }
  }
  if (post === compact(toks.slice(0, -1).join(''))) return null;
  // (posts in several bodies, 县委常委、县总工会主席: the last post says whom the speech speaks for)
  const last = post.split(/[、，,]/).pop() ?? '';
  return isOrgLike(foldToSimplified(post)) ? post : last !== post && isOrgLike(foldToSimplified(last)) ? last : null;
}

/** the body a leader of the place speaks for, named by the last post (县委副书记、县长 → 县人民政府; 县委副书记 →
 * 县委员会 under the prefix 中共): a 县长 or a 县委 secretary posts no body's name the way 县总工会主席 does */
function leaderBody(p: Compiled, line: string): { body: string; prefix: string } | null {
  const toks = speakerTokens(p, line);
  if (toks.length < 2) return null;
  const last = foldToSimplified(compact(toks.slice(0, -1).join(''))).split(/[、，,]/).filter(Boolean).pop() ?? '';
  for (const r of p.v.speech?.leaderBodies ?? []) {
    const post = new RegExp(r.post);
    if (post.test(last)) return { body: last.replace(post, r.body), prefix: r.prefix };
  }
  return null;
}

/** the longest name of a place the gazetteer holds (an autonomous county with four peoples) */
const PLACE_MAX = 16;

/** a body named short by its level alone (区总工会, 縣總工會) completed with the place of that level the
 * document names (关于海门区… → 海门区总工会); a body named with its place is kept; null if none is found */
function fullBodyName(body: string, texts: (string | null)[]): string | null {
  const level = /^[省市县区州旗]/.exec(foldToSimplified(body))?.[0];
  if (!level) return body;
  const g = gazetteer();
  for (const raw of texts) {
    const t = foldToSimplified(compact(raw ?? ''));
    for (let j = t.indexOf(level); j >= 0; j = t.indexOf(level, j + 1)) {
      // (an autonomous county's name runs long: 双江拉祜族佤族布朗族傣族自治县 has fifteen characters)
      for (let len = Math.min(PLACE_MAX, j + 1); len >= 2; len--) {
        const cand = t.slice(j - len + 1, j + 1);
        if (cand.length === len && g.byName.get(cand)?.some((pl) => pl.name === cand)) return `${(raw ? compact(raw) : '').slice(t.indexOf(cand), t.indexOf(cand) + cand.length)}${body.slice(1)}`;
      }
    }
  }
  return null;
}

/** a body named short by its level (县总工会) whose head names no place of that level (the title says
 * 甲县 alone, the occasion 在县总工会…会议上): completed with the place of that level the whole report
 * names most often in full, for a county's report names its own county again and again (甲县人民医院,
 * 甲县技术能手) and another seldom; null when no place is named twice or two tie */
function bodyOfPlaceNamedMost(body: string, lines: Line[]): string | null {
  const level = /^[省市县区州旗]/.exec(foldToSimplified(body))?.[0];
  if (!level) return null;
  const g = gazetteer();
  const counts = new Map<string, { written: string; n: number }>();
  for (const l of lines) {
    const raw = compact(l.text);
    const t = foldToSimplified(raw);
    for (let j = t.indexOf(level); j >= 0; j = t.indexOf(level, j + 1)) {
      for (let len = Math.min(PLACE_MAX, j + 1); len >= 2; len--) {
        const cand = t.slice(j - len + 1, j + 1);
        if (!g.byName.get(cand)?.some((pl) => pl.name === cand)) continue;
        const c = counts.get(cand) ?? { written: raw.slice(j - len + 1, j + 1), n: 0 };
        counts.set(cand, { ...c, n: c.n + 1 });
        break;
      }
    }
  }
  const [first, second] = [...counts.values()].sort((a, b) => b.n - a.n);
  if (first && first.n >= 2 && (!second || first.n > second.n)) return `${first.written}${body.slice(1)}`;
  const short = placeNamedShortMost(level, lines);
  return short ? `${short}${body.slice(1)}` : null;
}

/** a county's speech names its county by the short form alone in the names of its own honours and
 * brands (“广灵工匠”, “镇原巧媳妇”, 技能某某), never in full: the place of the level whose short form
 * (two characters or more) the report writes most, twice at least and more than any other */
function placeNamedShortMost(level: string, lines: Line[]): string | null {
  const text = foldToSimplified(lines.map((l) => compact(l.text)).join('\n'));
  const counts = new Map<string, number>();
  for (const pl of gazetteer().places) {
    if (!pl.name.endsWith(level) || pl.kind === 'province') continue;
    const short = pl.name.slice(0, -1);
    if (short.length < 2 || /[省市县区州旗]$/.test(short)) continue;
    let n = 0;
    for (let j = text.indexOf(short); j >= 0; j = text.indexOf(short, j + short.length)) n++;
    if (n) counts.set(pl.name, Math.max(counts.get(pl.name) ?? 0, n));
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}

/** A news story copied without its page (no chrome, no info line) credits its reporters as a page
 * does: on a line under the title (joined to it by the title reader), in the bracket that opens the
 * lead (本报讯（记者 王某）…), or in a bracket that opens with a reporter's role closing the story. */
function newsCredits(p: Compiled, lines: Line[], meta: DocMeta): void {
  if (meta.byline || !meta.title) return;
  const t = compact(meta.title);
  const ti = lines.findIndex((l, i) => i < 4 && t.endsWith(compact(l.text)));
  if (ti < 0) return;
  const own = reporterLine(p, lines[ti].text.trim());
  if (own && t.length > compact(lines[ti].text).length) {
    meta.title = t.slice(0, t.length - compact(lines[ti].text).length);
    meta.byline = own;
    if (lines[ti + 1]) meta.bodyStart = lines[ti + 1].textStart;
    return;
  }
  const body = lines.slice(ti + 1).filter((l) => compact(l.text));
  const first = body[0]?.text ?? '';
  const lead = leadCredit(p, first) ?? reportersAfterDateline(p, first) ?? (reporterLine(p, first.trim()) ?? null);
  const closing = body.length > 1 ? reporterClosing(p, body[body.length - 1].text) : null;
  const byline = lead ?? closing;
  if (byline) meta.byline = byline;
}

/** A newspaper page copied as text: the paper's name, then its date and page line (2025年10月22日 星期三
 * 第A3版：县域), or both on one line, then the headline block: a kicker (引题), the headline (主题) and a
 * subtitle (副题), labelled or not. The paper issues it, the page line dates it, the headline is its title,
 * and the reporters opening the first paragraph (本报讯（记者 某某）) are its byline. */
function newspaperHead(p: Compiled, lines: Line[], meta: DocMeta): boolean {
  const nv = p.v.newspaper;
  if (!nv) return false;
  const at = lines.findIndex((l, i) => i < 5 && p.pageRef2.test(foldToSimplified(compact(l.text))) && findDate(compact(l.text)) !== null);
  if (at < 0) return false;
  const c = compact(lines[at].text);
  const d = findDate(c)!;
  // (the paper's name before the date on the page line itself, or alone on the line above it)
  const own = foldToSimplified(c.slice(0, d.index));
  const above = at > 0 ? compact(lines[at - 1].text) : '';
  const paper = own && p.paper.test(own) && own.length <= 14 ? c.slice(0, d.index) : above && p.paper.test(foldToSimplified(above)) && above.length <= 14 && p.paper.exec(foldToSimplified(above))![0].length === above.length ? above : null;
  if (!paper) return false;
  const labelled = (ls: string[]) => new RegExp(`^(?:${longestPatternsAlt(ls)})[：:]\\s*`);
  const heads: { text: string; role: 'kicker' | 'main' | 'sub' | null }[] = [];
  let i = at + 1;
  for (; i < lines.length && heads.length < 4; i++) {
    const t = lines[i].text.trim();
    if (!t || isRuleMarks(t)) continue;
    const f = foldToSimplified(t);
    const role = labelled(nv.kicker).test(f) ? 'kicker' : labelled(nv.main).test(f) ? 'main' : labelled(nv.sub).test(f) ? 'sub' : null;
    const text = role ? t.slice(/[：:]/.exec(t)!.index + 1).trim() : t;
    if (!role && (paragraphLike(t) || /[。！？]$/.test(t) || compact(t).length > 60)) break;
    heads.push({ text, role: role ?? (/^[—－]{1,2}/.test(t) ? 'sub' : null) });
  }
  if (!heads.length) return false;
  // unlabelled: the headline stands after the kicker and above the subtitle: of three lines the middle
  // one; the line right above a subtitle (labelled or opened by a dash); the line after a labelled
  // kicker; else the first line
  const free = heads.filter((h) => h.role === null);
  const sub = heads.findIndex((h) => h.role === 'sub');
  const aboveSub = sub > 0 && heads[sub - 1].role === null ? heads[sub - 1] : undefined;
  const main = heads.find((h) => h.role === 'main') ?? (free.length === 3 ? free[1] : aboveSub ?? free[0]);
  if (!main) return false;
  meta.title = compact(main.text);
  meta.issuers = [paper];
  meta.date = d.iso;
  const first = lines.slice(i).find((l) => compact(l.text));
  if (first) {
    meta.bodyStart = first.textStart;
    const byline = leadCredit(p, first.text.trim()) ?? reportersAfterDateline(p, first.text.trim());
    if (byline) meta.byline = byline;
  }
  return true;
}

/** the title of a text someone delivers or signs (报告, 讲话, 工作总结, 工作要点) */
const SPEECH_TITLE = /(?:报告|讲话|发言|致辞|总结|要点|汇报|讲稿)$/;

// ------------------------------------------------------------------------------ notices and reports

/** a date written over several short lines at the end: 2023年 / 3月 / 15日 */
function brokenDate(lines: Line[]): { iso: string; first: number } | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 12); i--) {
    let joined = '';
    for (let k = i; k < Math.min(lines.length, i + 4); k++) {
      const c = compact(lines[k].text);
      if (c.length > 10 || !/^[\d〇○零一二三四五六七八九十年月日]+$/.test(c)) break;
      joined += c;
      const d = dateOnly(joined);
      if (d && k > i && /日$/.test(joined)) return { iso: d, first: i };
    }
  }
  return null;
}

/** 福 建 省 总 工 会 → 福建省总工会 (a letter-spaced name in a signature block) */
const unspace = (s: string) => (/^(?:[\u4e00-\u9fa5] )+[\u4e00-\u9fa5]$/.test(s.trim()) ? s.replace(/ /g, '') : s);

/** 江西省总工会江西省人力资源和社会保障厅 (two names of a signature line whose spaces the normaliser
 * removed): split where a body's name ends and another, opening with a place, begins; never inside
 * or before a word a name ends in (卫生健康委|员会, 人民政府|办公室: rules/page-layout.yaml nameEndings) */
function splitGlued(c: string): string[] {
  const inside = endingSpans(c);
  for (let p = 4; p <= c.length - 4; p++) {
    // (nor before one: a name never opens with the word that ends a name)
    if (inside.some(([a, b]) => p > a && p < b || p === a)) continue;
    const head = c.slice(0, p);
    const rest = c.slice(p);
    if (/[会厅局委办部院室府]$/.test(head) && isOrgLike(head) && opensWithPlace(rest) && isOrgLike(rest)) return [head, ...splitGlued(rest)];
  }
  return [c];
}

/** `rest` opens with a place the gazetteer knows (安顺市…, 共青团贺州市…): where a second name may begin.
 * A name's own words after 和 (人力资源和社会|保障局, 发展和改革|委员会) open with no place, so the
 * split never falls inside such a name */
function opensWithPlace(rest: string): boolean {
  const m = /^(中共|共青团)?([\u4e00-\u9fa5]{1,8}?(?:省|市|自治区|自治州|县|区|盟|旗))/.exec(rest);
  if (!m) return false;
  const places = gazetteer().byName;
  // (a place named without its level, 黔南州 / 克孜勒苏柯尔克孜自治州, is looked up as written)
  return places.has(foldToSimplified(m[2])) || /^(?:[\u4e00-\u9fa5]{2,4})(?:省|自治区)$/.test(m[2]);
}

/** where the words a name ends in (委员会, 办公室 …) stand in c: [start, end) */
function endingSpans(c: string): [number, number][] {
  const out: [number, number][] = [];
  for (const w of pageLayout().v.nameEndings) for (let i = c.indexOf(w); i >= 0; i = c.indexOf(w, i + 1)) out.push([i, i + w.length]);
  return out;
}

/** the names of one signature line: cells set apart by two spaces or more, each letter-spaced cell
 * joined (福 建 省 总 工 会), and a cell whose single spaces separate whole names split there
 * (岳阳市发展和改革委员会 共青团岳阳市委员会: the normaliser keeps one space between two names) */
function signatureCells(line: string): string[] {
  return line.replace(SEAL, '').trim().split(/[\s\u3000]{2,}/).map(unspace).flatMap((cell) => {
    const words = cell.trim().split(/[\s\u3000]+/);
    return words.length > 1 && words.every((w) => isOrgLike(w)) ? words : [cell];
  }).map(compact).filter(Boolean).flatMap(splitGlued);
}

/** line i is a cell of a table's last row: a table reaches the text one cell a line, each row opening
 * with its number (序号) alone on a line; the rows before it give the row's width (a list of workshops
 * ending each row with its host unit, 依托单位, is no signature block, the names under it are) */
export function lastTableCell(lines: Line[], i: number): boolean {
  const rowNo = (j: number) => (/^\d{1,3}$/.test(compact(lines[j].text)) ? Number(compact(lines[j].text)) : null);
  let n = i - 1;
  while (n >= Math.max(0, i - 8) && rowNo(n) === null) n--;
  const no = n >= 0 ? rowNo(n) : null;
  if (no === null || no < 2) return false;
  // (the row before opens with the number before, as many lines above as the row is wide)
  let m = n - 1;
  while (m >= Math.max(0, n - 8) && rowNo(m) !== no - 1) m--;
  return m >= 0 && rowNo(m) === no - 1 && i - n < n - m;
}

/** the bodies named in the lines above line `at` (a signature block), in order */
function signatureAbove(lines: Line[], at: number, stop: number): string[] {
  const names: string[] = [];
  for (let i = at - 1; i >= Math.max(stop, at - 8); i--) {
    const parts = signatureCells(lines[i].text);
    if (!parts.length || !parts.every(isOrgLike) || lastTableCell(lines, i)) break;
    names.unshift(...parts);
  }
  return names;
}

/** the title above the 文号 when the reader found none: 关于…的通知 (one or two lines) */
function titleAboveDocNo(lines: Line[], meta: DocMeta): string | null {
  if (!meta.docNumber) return null;
  const no = compact(meta.docNumber).slice(0, 4);
  const at = lines.findIndex((l) => compact(l.text).includes(no));
  for (let i = 0; i < lines.length && i < at + 6; i++) {
    const c = compact(lines[i].text);
    // (the kinds of rules/genres.yaml, read on the folded line: a traditional-script 決定, 批覆 alike)
    if (!genrePatterns().documentType.test(foldToSimplified(c)) || SENTENCE_END.test(c) || c.length > 80) continue;
    const prev = i > 0 ? compact(lines[i - 1].text) : '';
    const joined = prev && !isOrgLike(prev) && !prev.includes(no) && titleLike(prev) && !/^关于/.test(foldToSimplified(c)) ? prev + c : c;
    return joined;
  }
  return null;
}

/** a signature line that ends in the signing date (某市总工会  2025年4月1日) among the last lines:
 * its names and the date */
function signedLine(lines: Line[]): { names: string[]; iso: string } | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 4); i--) {
    const s = namesThenDate(lines[i].text);
    if (s) return s;
  }
  // (…or signed one body a line above the annex: never a table of the annex)
  return signedOneALine(bodyBeforeAnnex(lines));
}

const NAMES_DATE = /^(.+?)[\s\u3000]+((?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^年]{2,12}日)$/;
const NAMES_DATE_GLUED = new RegExp(NAMES_DATE.source.replace('[\\s\\u3000]+', '[\\s\\u3000]*'));

/** the names, spaces, then a date that ends the line (某市总工会\u3000\u30002025年4月1日) */
function namesThenDate(line: string, glued = false): { names: string[]; iso: string } | null {
  const m = (glued ? NAMES_DATE_GLUED : NAMES_DATE).exec(line.trim());
  const iso = m ? dateOnly(m[2]) : null;
  const names = m && iso ? signatureCells(m[1]) : [];
  return iso && names.length && names.every(isOrgLike) ? { names, iso } : null;
}

/** a joint document signed one body a line, each with the day it signed (某市人社局\u30002025年10月13日 /
 * 某市总工会\u30002025年10月14日), the block set before the annex it lists: two such lines or more in a row
 * anywhere; every body issues it, and it takes effect on the last day signed */
function signedOneALine(lines: Line[]): { names: string[]; iso: string } | null {
  const filled = lines.filter((l) => compact(l.text));
  for (let i = filled.length - 1; i > 0; i--) {
    const run: { names: string[]; iso: string }[] = [];
    for (let k = i; k >= 0; k--) {
      // (the normaliser may have taken out the spaces between the name and its date)
      const s = namesThenDate(filled[k].text, true);
      if (!s) break;
      run.unshift(s);
    }
    if (run.length >= 2) return { names: run.flatMap((s) => s.names), iso: run.map((s) => s.iso).sort().pop()! };
    i -= run.length;
  }
  return null;
}

function refineNotice(lines: Line[], meta: DocMeta): void {
  if (!meta.title) meta.title = titleAboveDocNo(lines, meta);
  const signed = !meta.date ? signedLine(lines) : null;
  if (signed) {
    meta.date = signed.iso;
    if (signed.names.length >= meta.issuers.length) meta.issuers = signed.names;
    return;
  }
  // (the signing date stands above the annex: an annex's list may end the text with a print line, 2025年12月 / 26日印发)
  const broken = !meta.date ? brokenDate(bodyBeforeAnnex(lines)) ?? brokenDate(lines) : null;
  if (broken) {
    meta.date = broken.iso;
    const sig = signatureAbove(lines, broken.first, 0);
    if (sig.length >= meta.issuers.length) meta.issuers = sig;
  } else if (meta.date) {
    // a signature block with several names on a line or letter-spaced names the reader missed
    const at = lines.map((l) => dateOnly(l.text)).lastIndexOf(meta.date);
    const sig = at > 0 ? signatureAbove(lines, at, 0) : [];
    if (sig.length > meta.issuers.length) meta.issuers = sig;
  }
}

/** A notice carried on a page signed by several bodies, the page's info line naming one of them as its
 * source (来源：某局, or the panel's 发文机关 the reader set there): the page is that body's, as its reader
 * sees it, and it alone issues it */
function pageSourceAmong(p: Compiled, lines: Line[], meta: DocMeta): void {
  if (meta.issuers.length < 2) return;
  const names = meta.issuers.map(compact);
  for (const l of lines.slice(0, 12)) {
    const s = readInfo(p, l.text).source;
    if (s && names.includes(compact(s))) { meta.issuers = [compact(s)]; return; }
  }
}

/** the lines of the document before its annex (a line 附件 / 附件1 alone after the body), all when none */
function bodyBeforeAnnex(lines: Line[]): Line[] {
  const at = lines.findIndex((l, i) => i > 3 && /^附件\d*[：:]?$/.test(compact(l.text)));
  return at > 0 ? lines.slice(0, at) : lines;
}

/** whole org lines right under the title line (joint notices set their issuers there) */
function issuersUnderTitle(lines: Line[], title: string): string[] {
  const ti = lines.findIndex((l) => compact(l.text) === title);
  const out: string[] = [];
  for (let i = ti + 1; ti >= 0 && i < Math.min(lines.length, ti + 5); i++) {
    const c = compact(unspace(lines[i].text));
    if (!c) continue;
    if (!isOrgLike(c) || c.length > 30) break;
    out.push(...splitGlued(c));
  }
  return out;
}

/** 搭平台\u3000强技能 / ——某县总工会推进…的做法 / （在…会上的交流发言） / 某县总工会 / （2025年12月18日）: the body
 * alone on its line between a report's title (with its subtitle and occasion) and the date it was given
 * on is its author and issues it; a line dated by itself is what makes the line above it the report's head */
function bodyOverDate(lines: Line[], title: string): string[] {
  const ti = lines.findIndex((l, i) => i < 4 && compact(l.text).length >= 2 && title.endsWith(compact(l.text)));
  const head = lines.slice(ti + 1, ti + 12).filter((l) => compact(l.text)).slice(0, 5);
  for (let k = 0; ti >= 0 && k < head.length - 1; k++) {
    const c = compact(unspace(head[k].text));
    // (a subtitle opens with a dash; an occasion is bracketed whole)
    if (/^[—―─-]{1,2}/.test(c) || /^[（(][^（）()]+[）)]$/.test(c)) continue;
    const dated = dateOnly(head[k + 1].text) ?? monthOnly(head[k + 1].text);
    return isOrgLike(c) && c.length <= 30 && dated ? splitGlued(c) : [];
  }
  return [];
}

/** 某市总工会 某市人力资源和社会保障局 / 关于…的通知: a head line of one or several bodies (a notice's
 * head without 文件) is no part of the title; the bodies are the issuers unless a signature says otherwise */
function headOfJointNotice(lines: Line[], meta: DocMeta): void {
  const first = lines.find((l) => compact(l.text));
  if (!first || !meta.title) return;
  if (stackedHead(lines, meta)) return;
  const parts = first.text.trim().split(/[\s\u3000]+/).map(unspace).map(compact).filter(Boolean).flatMap(splitGlued);
  const head = compact(first.text);
  if (parts.length && parts.every(isOrgLike) && compact(meta.title) === head && titleUnderHead(lines, first, meta)) return;
  const t = compact(meta.title);
  if (!parts.length || !parts.every(isOrgLike) || !t.startsWith(head) || t.length - head.length < 6) return;
  // one body alone is a head only above a title of its own (关于…, or one that names the body again:
  // 某市总工会办公室 / 某市总工会办公室关于…的通知); 某县总工会 / 2025年工作总结 is one title
  const rest = foldToSimplified(t.slice(head.length));
  if (parts.length < 2 && !/^关于/.test(rest) && !rest.startsWith(foldToSimplified(head))) return;
  meta.title = t.slice(head.length) + titleTail(lines, first, meta);
  if (!meta.issuers.length) meta.issuers = parts;
}

/** 某县总工会 / # 关于…的公示: the reader stopped at the body's line, the title being marked apart (a
 * Markdown heading under it): the line under the head is the title when it is one of its own (关于…,
 * or ending in the kind of document), and the head's bodies issue it */
function titleUnderHead(lines: Line[], first: Line, meta: DocMeta): boolean {
  const next = lines.find((l) => l.start > first.start && compact(l.text));
  const c = next ? compact(next.text) : '';
  if (!c || /[。：:；，]/.test(c) || c.length > 80 || dateOnly(c)) return false;
  if (!/^关于/.test(foldToSimplified(c)) && !genrePatterns().documentType.test(foldToSimplified(c))) return false;
  const last = titleRunOn(lines, next!);
  meta.title = lines.filter((l) => l.start >= next!.start && l.start <= last.start).map((l) => compact(l.text)).join('');
  if (!meta.issuers.length) meta.issuers = [compact(first.text)];
  // (the body begins under the title)
  const body = lines.find((l) => l.start > last.start);
  if (body && meta.bodyStart <= last.start) meta.bodyStart = body.textStart;
  return true;
}

/** the rest of a title under a body's head line that the reader cut after its first line (某县总工会 /
 * 关于拟命名…工作室和 / “某某工匠”人选的公示): the lines that carry it on to the kind of document, the
 * body starting under them */
function titleTail(lines: Line[], first: Line, meta: DocMeta): string {
  const second = lines.find((l) => l.start > first.start && compact(l.text));
  if (!second || !meta.title || !compact(meta.title).endsWith(compact(second.text))) return '';
  const last = titleRunOn(lines, second);
  if (last === second) return '';
  const body = lines.find((l) => l.start > last.start);
  if (body && meta.bodyStart <= last.start) meta.bodyStart = body.textStart;
  return lines.filter((l) => l.start > second.start && l.start <= last.start).map((l) => compact(l.text)).join('');
}

/** a 关于 title broken over lines (关于拟命名第二批…工作室和 / “某某工匠”人选的公示): the line that ends it
 * with the kind of document, within two more lines of no clause punctuation; else the first line alone */
function titleRunOn(lines: Line[], first: Line): Line {
  if (genrePatterns().documentType.test(foldToSimplified(compact(first.text)))) return first;
  const more = lines.filter((l) => l.start > first.start && compact(l.text)).slice(0, 2);
  for (const l of more) {
    const c = compact(l.text);
    if (/[。：:；，]/.test(c) || c.length > 60 || dateOnly(c)) break;
    if (genrePatterns().documentType.test(foldToSimplified(c))) return l;
  }
  return first;
}

/** the bodies of a joint notice stacked one a line above its title (中共某市委组织部 / 某市人力资源和
 * 社会保障局 / 某市总工会 / 关于…的通知): they head it; the title is the 关于 line and those that
 * continue it up to the word naming the kind of document (…的通知, …活动方案) */
function stackedHead(lines: Line[], meta: DocMeta): boolean {
  const bodies: string[] = [];
  let k = 0;
  for (; k < Math.min(lines.length, 6); k++) {
    const parts = lines[k].text.trim().split(/[\s\u3000]+/).map(unspace).map(compact).filter(Boolean).flatMap(splitGlued);
    if (!parts.length || !parts.every(isOrgLike)) break;
    bodies.push(...parts);
  }
  if (bodies.length < 2 || k >= lines.length) return false;
  let title = '';
  let kind = false;
  for (let j = k; j < Math.min(lines.length, k + 3) && !kind; j++) {
    const c = compact(lines[j].text);
    if (/[。：:；，]/.test(c) || c.length > 80 || dateOnly(c)) break;
    title += c;
    kind = genrePatterns().documentType.test(foldToSimplified(c));
  }
  // (a title of its own: 关于…, or one ending in the kind of document, …竞赛活动方案)
  if (!title || (!/^关于/.test(foldToSimplified(title)) && !kind)) return false;
  meta.title = title;
  if (!meta.issuers.length) meta.issuers = bodies;
  return true;
}

/** a report or other document: the issuer under the title or in the signature block at the end */
function refineOther(lines: Line[], meta: DocMeta): void {
  headOfJointNotice(lines, meta);
  if (meta.issuers.length) return;
  // 湄潭县2023年度…总结 / 湄潭县总工会 / （2023年12月20日）: the issuer line was joined to the title
  const t = meta.title ? compact(meta.title) : '';
  for (let i = 1; i < Math.min(lines.length, 4); i++) {
    const c = compact(lines[i].text);
    if (isOrgLike(c) && t.endsWith(c) && t.length > c.length) {
      meta.title = t.slice(0, t.length - c.length);
      meta.issuers = [c];
      if (!meta.date && lines[i + 1]) meta.date = dateOnly(lines[i + 1].text);
      return;
    }
  }
  // the signature: org lines right above a date at the end of the body (before an annex), or an org line that ends it
  const main = bodyBeforeAnnex(lines);
  const last = main.length - 1;
  const broken = last >= 0 && !dateOnly(main[last].text) ? brokenDate(main) : null;
  // (notes may follow the signing date: 附件：1.…, （联系人：…）, 抄送：…; the date is the last one among
  // the final lines that has a name right above it)
  const signedAt = () => {
    for (let i = last; i >= Math.max(1, last - 5); i--) if (dateOnly(main[i].text) && signatureAbove(main, i, i - 1).length) return i;
    return -1;
  };
  const dateAt = broken ? broken.first : last >= 0 && dateOnly(main[last].text) ? last : signedAt();
  const signed = dateAt < 0 ? signedLine(main) : null;
  if (signed) {
    meta.issuers = signed.names;
    if (!meta.date) meta.date = signed.iso;
  }
  const sig = dateAt > 0 ? signatureAbove(main, dateAt, Math.max(0, dateAt - 4)) : last >= 0 && isOrgLike(compact(main[last].text)) ? [compact(main[last].text)] : [];
  if (sig.length) meta.issuers = sig;
  if (dateAt > 0 && !meta.date) meta.date = broken ? broken.iso : dateOnly(main[dateAt].text);
  // 关于…的通知 / 某市总工会 / 某市人力资源和社会保障局: the issuers on the lines under the title
  // (read on the folded title: a traditional-script copy writes 關於; the fold keeps every offset)
  if (!meta.issuers.length && t && /^关于/.test(foldToSimplified(t))) meta.issuers = issuersUnderTitle(lines, t);
  if (!meta.issuers.length && t) meta.issuers = bodyOverDate(lines, t);
  // 某某总工会关于…的报告, 某某总工会2024年工作总结: the body before 关于 or a year is the issuer
  if (!meta.issuers.length && meta.title) {
    const m = /^(.{3,30}?)(?:关于|[0-9〇○零一二三四五六七八九]{4}年)/.exec(foldToSimplified(t));
    if (m && isOrgLike(m[1])) meta.issuers = [t.slice(0, m[1].length)];
  }
}

/** a report dated by the month alone on a line of the head, under its title and its author
 * (（2025年10月）), signed with no day at its end: the month is its date */
function monthUnderTitle(lines: Line[]): string | null {
  for (const l of lines.slice(1, 6)) {
    if (paragraphLike(l.text)) return null;
    const m = monthOnly(l.text);
    if (m) return m;
  }
  return null;
}

/** 某市总工会调研组 heading a report: a group that signs alone is the report's own author and issues it
 * (no byline: a report is not a news story); a report that also names its drafters (执笔：某某 某某 among
 * its last lines) was written for the body: the group as written credits it, the body issues it. A joint
 * group (某局\u3000某总工会联合调研组) names every body sending it: each issues the report, the line credits it */
function authorGroup(p: Compiled, lines: Line[], meta: DocMeta): void {
  if (!meta.issuers.length || !lines.slice(-8).some((l) => p.credit.drafters.test(foldToSimplified(compact(l.text))))) return;
  // (the group's line as written: its bodies set apart by a space, whether the reader split them or not)
  const whole = meta.issuers.map(compact).join('');
  const line = lines.slice(0, 8).find((l) => compact(l.text) === whole);
  const names = line ? line.text.trim().split(/[\s\u3000]+/) : meta.issuers.map(compact);
  if (!names.slice(0, -1).every((x) => isOrgLike(foldToSimplified(x)))) return;
  const name = names[names.length - 1];
  const group = longestFirst(p.v.authorGroups).find((g) => foldToSimplified(name).endsWith(g) && name.length > g.length);
  const body = group ? name.slice(0, -group.length) : '';
  if (!group || !isOrgLike(foldToSimplified(body))) return;
  if (!meta.byline) meta.byline = names.join(' ');
  meta.issuers = [...names.slice(0, -1), body];
}

export function refineHeader(lines: Line[], text: string, h: HeaderResult, p = pageLayout()): HeaderResult {
  const meta = { ...h.meta, issuers: [...h.meta.issuers] };
  const page = readPage(p, lines, meta);
  if (meta.kind === 'notice') refineNotice(lines, meta);
  if (meta.kind === 'notice' && page) pageSourceAmong(p, lines, meta);
  else if (meta.kind === 'other' && !page && newspaperHead(p, lines, meta)) newsCredits(p, lines, meta);
  else if (meta.kind === 'other' && !page) { refineOther(lines, meta); speechHeader(p, lines, meta); newsCredits(p, lines, meta); }
  // a page that names no source: the notice it carries may still be signed at its end
  else if (meta.kind === 'other' && !meta.issuers.length) refineOther(lines, meta);
  if (meta.kind === 'other') authorGroup(p, lines, meta);
  if (meta.kind === 'other' && !meta.date) meta.date = monthUnderTitle(lines);
  if (meta.kind === 'bulletin') {
    const articles = readArticles(p, lines, text, meta, h.bodyEnd, h.bylineAtEnd);
    if (articles.length) {
      meta.articles = articles;
      const bare = compact(meta.title ?? '').replace(p.markers, '');
      const bad = !meta.title || p.toc.has(bare.slice(0, 4)) || [...p.toc].some((t) => bare.startsWith(t));
      if (bad || !articles.some((a) => a.title === compact(meta.title!))) {
        meta.title = articles[0].title;
        // the body begins after the first article's title (and the byline under it)
        const ti = lines.findIndex((l) => l.textStart === articles[0].start);
        const skip = ti >= 0 && lines[ti + 1] && bylineOf(p, lines[ti + 1].text) ? 2 : 1;
        if (ti >= 0 && lines[ti + skip]) meta.bodyStart = lines[ti + skip].textStart;
      }
      // the issue's byline is its first article's (a credit at the issue's end closes the last one)
      if (articles[0].byline || (articles.length > 1 && h.bylineAtEnd)) meta.byline = articles[0].byline;
    }
  }
  if (!meta.articles && meta.title) meta.articles = [{ title: meta.title, byline: meta.byline, start: meta.bodyStart, end: h.bodyEnd }];
  return { meta, bodyEnd: h.bodyEnd };
}
