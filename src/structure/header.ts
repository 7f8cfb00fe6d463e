// Reading the header block (and the tail) of bulletins and notices.
import type { DocMeta } from '../types.js';
import type { Line } from './lines.js';
import { genrePatterns } from './genres.js';
import { foldToSimplified } from '../normalize/fold.js';
import { gazetteer } from '../extract/named/gazetteer.js';
import { bylineOf, isColumn, lastTableCell, opensWithNewsLead, pageLayout, subHeadline } from './page.js';
import { longestPatternsAlt } from '../extract/refiners/regex.js';
import { compact, dateOnly, findDate, isOrgLike, isRuleMarks, joinNameLines, orgPrefixEnds, parseNum, splitJoinedOrgs, tidyTitle } from './util.js';
import { isSponsorLine } from '../normalize/footer.js';

export function emptyMeta(): DocMeta {
  return {
    kind: 'other', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
    issuers: [], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
  };
}

export interface HeaderResult {
  meta: DocMeta;
  /** where the sections may end: the start of the trailing block (byline, 报/送), else the end of the text */
  bodyEnd: number;
  /** the byline was read at the end of the issue (it closes its last article, not the first) */
  bylineAtEnd?: boolean;
}

const NUM = '0-9〇○零一二两三四五六七八九十百';
const ISSUE = new RegExp(`(?:(\\d{4}|[〇○零一二三四五六七八九]{4})年)?第([${NUM}]+)期`);
const TOTAL = new RegExp(`总第([${NUM}]+)期`);
/** a line that holds the running number alone, bracketed or not: （总第173期） */
const TOTAL_ALONE = new RegExp(`^[（(〔［\\[]?${TOTAL.source}[）)〕］\\]]?$`);
/** a series name may also be a short free name just above the issue line */
const SHORT_NAME = /^[\u3400-\u9fff]{2,12}$/;

/** 文号: 云工通〔2022〕21号, 云发[2021]3号, 云政办发（2020）15号 → normalised to the GB/T 9704 form with 〔〕. */
// a 公告/通告's own number on the line under its title (2025年第6号, 第3号): it stands for the 文号
// (bracketed or not: （2025年第3号） under 某县总工会公告)
const NOTICE_NO = /^[（(〔［]?((?:\d{4}年)?第\d{1,4}[号號])[）)〕］]?$/;
const DOCNO = /([\u3400-\u9fff]{1,14}?)[〔[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*(\d{1,4})\s*号/;

/** the mark of a seal in a signature block: （印章）, （盖章）, alone or after a name */
export const SEAL = /[（(](?:印章|盖章|公章|签章|章)[）)]/g;

const SECTION_START = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]+是)/;

/** trailing print / editing lines of a bulletin (not body, not byline) */
// (bracketed or not: （本期共印40份）, （编辑：某某\u3000校对：某某）)
const TAIL_MISC = /^[（(]?(?:(?:本期)?共印\d+份|责任编辑|编辑[：:]|审核[：:]|签发[：:]|校对[：:]|审稿[：:]|联系人|联系电话|电话[：:]|邮箱|此件)/;

/** Splits a 报/送 list on ，、,；; outside brackets (各县（市、区）总工会 stays whole). */
function splitList(s: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if ('（(《“〔【'.includes(ch)) depth++;
    else if ('）)》”〕】'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '，、,；;'.includes(ch)) { items.push(cur); cur = ''; }
    else cur += ch;
  }
  items.push(cur);
  return items.map((x) => compact(x).replace(/[。.]+$/, '')).filter((x) => x.length > 0);
}

/** a line of typographic marks alone (★, ◆ ◆ ◆): set over a title, no word of it */
const markOnly = (ct: string): boolean => ct.replace(pageLayout().markers, '') === '';

/** Title lines from `from`: heading-ish lines without sentence end, joined with nothing; tidied. */
function readTitle(lines: Line[], from: number, corpus: string, maxLines = 4, sub?: (title: string, line: string) => boolean): { title: string | null; next: number } {
  const parts: string[] = [];
  let i = from;
  while (i < lines.length && parts.length < maxLines) {
    const t = lines[i]!.text;
    const ct = compact(t);
    // (a rule drawn under the masthead stands before the title; one under the title ends it)
    if (!ct || (isRuleMarks(ct) && !parts.length)) { i++; continue; }
    if (isRuleMarks(ct)) break;
    // a mark set over or before the title (★ on its own line, ☆关于…的决定) is typography, not its words
    if (markOnly(ct)) { if (parts.length) break; i++; continue; }
    const mark = pageLayout().headMarker.exec(ct);
    if (parts.length > 0 && lines[i]!.heading !== lines[from]!.heading) break;
    // (a heading of another level under the title, ## 标题 over ### ◆ 领导批示, is the body's first part;
    // a line set off by a mark under it, ◆ 基本情况, labels a part)
    if (parts.length > 0 && (lines[i]!.level !== lines[from]!.level || mark)) break;
    if (/[。！？]$/.test(ct) || /[：:]$/.test(ct) || ct.length > 80 || SECTION_START.test(ct)) break;
    // a paragraph closed by a bracketed credit (…决出一等奖3名。（某县总工会\u3000李明）) is no title line
    if (/[。！？][（(][^（）()]{2,40}[）)]$/.test(ct)) break;
    // a line opening with a dash under the title states the occasion or a subtitle (——在县政协会议上的发言)
    if (parts.length > 0 && /^[—－]{1,2}(?![\d—－])/.test(ct) && !/^—\d/.test(ct)) break;
    if (/^[（(].*[）)]$/.test(ct) && parts.length > 0) break; // a byline under the title
    if (parts.length > 0 && bylineOf(pageLayout(), t) !== null) break; // 执笔 王某, 作者：某某
    if (parts.length > 0 && opensWithNewsLead(ct)) break; // 本刊讯（通讯员 某某）opens the story
    if (parts.length > 0 && sub?.(compact(parts.join('')), ct)) break; // a sub-headline (副题) under the headline
    if (/^(编者按|按语|编者的话)/.test(ct) || dateOnly(t)) break;
    if (parts.length > 0 && compact(parts.join('')).length + ct.length > 100) break;
    parts.push(!parts.length && mark ? t.trim().slice(mark[0].length) : t);
    i++;
    // (a traditional-script copy ends its title in 報告, 決定 alike)
    if (genrePatterns().documentType.test(foldToSimplified(ct))) break;
  }
  if (!parts.length) return { title: null, next: from };
  return { title: tidyTitle(parts.join(''), corpus), next: i };
}

/** a body's name that opens with a place of the gazetteer (盘锦市…, 中共某市委…) is whole at its start */
function opensWithPlace(name: string): boolean {
  const t = foldToSimplified(name).replace(/^(?:中共|共青团)/, '');
  const g = gazetteer();
  for (let n = Math.min(10, t.length - 1); n >= 2; n--) if (g.byName.get(t.slice(0, n))?.some((pl) => pl.name === t.slice(0, n))) return true;
  return false;
}

function bylineText(line: string): string | null {
  const ct = line.trim();
  const m = /^[（(](.+)[）)]$/.exec(ct);
  if (!m) return null;
  // (a reporter's role used as the label, （通讯员：某某、某某）, is kept as credited: 通讯员 某某、某某)
  const roleLabel = new RegExp(`^(?:${longestPatternsAlt(pageLayout().v.bylineRoles)})[：:]`).test(foldToSimplified(m[1]!.trim()));
  if (roleLabel) { const b = bylineOf(pageLayout(), ct); if (b) return b; }
  // (a mark set before the unit inside the bracket, （□宣教部\u3000某某）, is typography)
  let inner = m[1]!.trim().replace(/^[■□●◆◇▲★☆※◎]+/, '').replace(genrePatterns().bylineLabel, '').replace(genrePatterns().bylineTail, '');
  if (!inner || /[。；]/.test(inner) || compact(inner).length > 60 || /^此件/.test(inner)) return null;
  // (a second label inside, 某股\u3000供稿\u3000执笔人：某某: the page reader tells the writer from the unit that supplied it)
  if (/[：:]/.test(inner)) { const b = bylineOf(pageLayout(), ct); if (b) return b; }
  inner = inner.replace(/[\s\u3000]+/g, ' ');
  // the normalizer may have removed the space between the unit and the author: 某某总工会杨付坤
  if (!inner.includes(' ') && !isOrgLike(inner)) {
    const ends = orgPrefixEnds(inner).filter((p) => inner.length - p >= 2 && inner.length - p <= 4);
    const p = ends[ends.length - 1];
    if (p !== undefined) inner = `${inner.slice(0, p)} ${inner.slice(p)}`;
  }
  return inner;
}

/** Distribution lists anywhere after the body start; returns the offset of the first such line. */
function readDistribution(lines: Line[], from: number, meta: DocMeta): number | null {
  let first: number | null = null;
  const { reportTo: BAO, copyTo: SONG } = genrePatterns();
  for (let i = from; i < lines.length; i++) {
    const ct = compact(lines[i]!.text);
    const target = BAO.test(ct) ? meta.distribution.bao : SONG.test(ct) ? meta.distribution.song : null;
    if (!target) continue;
    if (first === null) first = lines[i]!.start;
    let rest = ct.replace(BAO.test(ct) ? BAO : SONG, '');
    // a list broken over lines: continue while the list ends in a separator
    while (/[，、,]$/.test(rest) && i + 1 < lines.length) {
      const nt = compact(lines[i + 1]!.text);
      if (BAO.test(nt) || SONG.test(nt) || findDate(nt)) break;
      rest += nt;
      i++;
    }
    target.push(...splitList(rest));
  }
  return first;
}

function isTailLine(ct: string): boolean {
  const g = genrePatterns();
  if (g.reportTo.test(ct) || g.copyTo.test(ct) || TAIL_MISC.test(ct)) return true;
  // print line: 某某办公室  2021年5月13日印发
  const d = findDate(ct);
  return !!d && /印发|印$/.test(ct.slice(d.index + d.length)) ;
}

function splitSeries(text: string): { series: string; office: string | null } | null {
  // spaces first: the last token (runs of spaced-out single characters merged: 改 革 快 报)
  const tokens = text.trim().split(/[\s\u3000]+/);
  const merged: string[] = [];
  let prevSingle = false;
  for (const t of tokens) {
    const single = /^[\u3400-\u9fff]$/.test(t);
    if (single && prevSingle) merged[merged.length - 1] += t;
    else merged.push(t);
    prevSingle = single;
  }
  const lastTok = merged[merged.length - 1]!;
  if (merged.length > 1 && genrePatterns().seriesEnd.test(lastTok) && lastTok.length <= 12) {
    const office = compact(merged.slice(0, -1).join(''));
    return { series: lastTok, office: office || null };
  }
  const s = compact(text);
  if (!genrePatterns().seriesEnd.test(s) && !SHORT_NAME.test(s)) return null;
  if (s.length <= 10) return { series: s, office: null };
  // never inside a word that starts with an ending's character (队伍, 部署)
  const inside = [...s.matchAll(new RegExp(genrePatterns().wordAcross.source, 'g'))].map((m) => [m.index!, m.index! + m[0].length]);
  const ends = orgPrefixEnds(s).filter((p) => s.length - p >= 4 && s.length - p <= 10 && !inside.some(([a, b]) => p > a && p < b));
  const p = ends[ends.length - 1];
  // a long series name with no body in it (某省产业工人队伍建设改革工作动态) is the series whole
  if (p === undefined) return genrePatterns().seriesEnd.test(s) && s.length <= 24 ? { series: s, office: null } : null;
  return { series: s.slice(p), office: s.slice(0, p) };
}

/** an office that edits a bulletin for its body: 办公室, 综合办, 编辑部, 宣传部 */
const EDITING_OFFICE = /(?:办公室|办|编辑部|宣传部|宣教部|综合部)$/;

/** an editing office named in full: its body's name before the office's word opens with the body's place
 * (晋州市总工会办公室 under a masthead 晋州工会, which names the body short), not with a bare level
 * (市人社局办公室) or nothing (办公室) */
function namedInFull(office: string): boolean {
  const body = office.replace(EDITING_OFFICE, '');
  return body.length >= 4 && isOrgLike(body) && !/^[省市县区州旗盟镇乡局]/.test(body);
}

function cleanOffice(s: string): string {
  // a masthead line of several fields (主办：某市总工会 承办：某部): the body that runs the bulletin
  const fields = s.trim().split(/[\s\u3000]+(?=[^\s\u3000：:]{1,6}[：:])/);
  const host = fields.length > 1 ? fields.find((f) => /^(主办单位|主办|编印单位|编印|主编单位)[：:]/.test(foldToSimplified(f.trim()))) : undefined;
  // (a masthead line whose fields are set apart by dots or bars, 第9期 · 某办公室 · 日期: the marks are no name's)
  const c = compact(host ?? s).replace(/^[·•・|｜/／]+|[·•・|｜/／]+$/g, '');
  // (the labels are matched on the folded line: 主辦單位：, 編印 alike)
  const lead = /^(主办单位|主办|编印单位|编印|编发|编)[：:]/.exec(foldToSimplified(c))?.[0].length ?? 0;
  const tail = /(编印|主办|编发|编|印发|制)$/.exec(foldToSimplified(c))?.[0].length ?? 0;
  return signerCut(c.slice(lead, c.length - tail));
}

/** the office without the person who signs or edits the issue after it on its line (某办公室 签发：王某) */
function signerCut(c: string): string {
  const labels = longestPatternsAlt([...pageLayout().v.editingLabels, '签发人', '主编', '总编']);
  const m = new RegExp(`(?:${labels})[：:][\\u4e00-\\u9fa5·]{2,8}$`).exec(foldToSimplified(c));
  return m && m.index >= 4 ? c.slice(0, m.index) : c;
}

// ------------------------------------------------------------------ bulletins

/** how many lines open the text as a Markdown metadata block (title: … / date: … / source: …, ASCII keys,
 * fenced by --- in the source): its fields restate the masthead and are read as a page's info elsewhere */
export function metadataLines(lines: Line[]): number {
  let k = 0;
  while (k < lines.length && k < 12 && /^[A-Za-z_][\w-]*[ \t]*:(?!\/\/)/.test(lines[k]!.text)) k++;
  return k >= 2 ? k : 0;
}

export function readBulletin(lines: Line[], text: string): HeaderResult | null {
  // (a Markdown copy's metadata block above the masthead, title: 某某工作动态（2025年第3期）, is no issue line)
  const skip = metadataLines(lines);
  const HEAD = Math.min(lines.length, 12 + skip);
  let iIssue = -1;
  let m: RegExpExecArray | null = null;
  for (let i = skip; i < HEAD; i++) {
    const ct = compact(lines[i]!.text);
    const mm = ISSUE.exec(ct);
    if (mm && ct.length <= 60 && !/[。，]/.test(ct)) { iIssue = i; m = mm; break; }
  }
  if (iIssue < 0 || !m) return null;
  const meta = emptyMeta();
  meta.kind = 'bulletin';
  const issueCt = compact(lines[iIssue]!.text);
  // series: on the issue line before 第N期, or on a line above
  let sr: { series: string; office: string | null } | null = null;
  let iSeries = iIssue;
  const before = issueCt.slice(0, m.index);
  if (before) sr = splitSeries(before);
  if (!sr || !before) {
    sr = null;
    for (let i = iIssue - 1; i >= 0 && !sr; i--) { sr = splitSeries(lines[i]!.text); iSeries = i; }
  }
  if (!sr) return null;
  meta.series = sr.series;
  const y = m[1] ? parseNum(m[1]) : null;
  meta.year = y;
  meta.issue = parseNum(m[2]!);
  // (the running number may sit on a line of its own under the issue line: 2025年 第10期 / （总第173期）)
  const totalLine = (i: number) => { const c = compact(lines[i]?.text ?? ''); return TOTAL_ALONE.test(c) ? TOTAL.exec(c) : null; };
  const tm = TOTAL.exec(issueCt) ?? totalLine(iIssue + 1);
  meta.totalIssue = tm ? parseNum(tm[1]!) : null;

  // date: on the issue line after the issue, or within the next few lines
  let iDate = -1;
  let datePrefix = '';
  for (let i = iIssue; i < Math.min(lines.length, iIssue + 7); i++) {
    const ct = compact(lines[i]!.text);
    const scan = i === iIssue ? ct.slice(m.index + m[0].length) : ct;
    const d = findDate(scan);
    if (d && scan.length - d.length <= 40) {
      meta.date = d.iso;
      iDate = i;
      // (the office may stand between 第N期 and the date on the issue line itself)
      datePrefix = scan.slice(0, d.index);
      break;
    }
  }
  if (meta.year === null && meta.date) meta.year = Number(meta.date.slice(0, 4));

  // issuing office: lines between the issue line and the date (joined where a name was broken)
  // no date: the office is whatever run of name lines follows the issue line
  let iAfter = iIssue + 1;
  if (iDate < 0) while (iAfter < lines.length && iAfter < iIssue + 4 && isOrgLike(cleanOffice(lines[iAfter]!.text))) iAfter++;
  const officeLines =
    iDate > iIssue
      ? lines.slice(iIssue + 1, iDate).filter((_, k) => !totalLine(iIssue + 1 + k)).map((l) => cleanOffice(l.text))
      : lines.slice(iIssue + 1, iAfter).map((l) => cleanOffice(l.text));
  if (datePrefix) officeLines.push(cleanOffice(datePrefix));
  const offices = joinNameLines(officeLines).filter(isOrgLike);
  if (offices.length) meta.issuers = offices;
  else if (sr.office && isOrgLike(cleanOffice(sr.office))) meta.issuers = [cleanOffice(sr.office)];
  // the body in the masthead above the series (某市人力资源和社会保障局 / 改革快报) issues it when
  // the office that edits it is named short (市人社局办公室编印, 办公室编); an office named in full,
  // opening with its body's name (某市总工会办公室 under 某市总工会), is the issuer as written
  const masthead = lines.slice(0, iSeries).map((l) => compact(l.text)).find((c) => isOrgLike(c) && !EDITING_OFFICE.test(c));
  const office = meta.issuers[0] ?? '';
  if (masthead && meta.issuers.length === 1 && EDITING_OFFICE.test(office) && !sr.office && !office.startsWith(masthead) && !namedInFull(office)) meta.issuers = [masthead];

  // title after the date, and after an editor's note set above the first article (编者按：…)
  let tStart = iDate >= 0 ? iDate + 1 : iAfter;
  // (and after a column heading, 【工作动态】, that groups the articles under it)
  while (tStart < lines.length && isColumn(pageLayout(), lines[tStart]!.text)) tStart++;
  if (tStart < lines.length && /^(编者按|按语|编者的话|编者按语)/.test(foldToSimplified(compact(lines[tStart]!.text)))) {
    tStart++;
    while (tStart < lines.length && tStart < iIssue + 12 && /[。！？]$/.test(compact(lines[tStart]!.text)) && compact(lines[tStart]!.text).length > 40) tStart++;
  }
  const corpus = tStart < lines.length ? text.slice(lines[Math.min(tStart + 1, lines.length - 1)]!.start) : '';
  const { title, next } = readTitle(lines, tStart, corpus, 3, subHeadline);
  meta.title = title;
  let bodyIdx = next;
  // a byline directly under the title: （供稿：某某）
  if (bodyIdx < lines.length && title) {
    const b = bylineText(lines[bodyIdx]!.text) ?? bylineOf(pageLayout(), lines[bodyIdx]!.text.trim().replace(/^[—－]+\s*/, ''));
    if (b && compact(lines[bodyIdx]!.text).length <= 40) { meta.byline = b; bodyIdx++; }
  }
  meta.bodyStart = bodyIdx < lines.length ? lines[bodyIdx]!.textStart : text.length;

  // the tail: distribution lists, print lines, a web page's footer sponsors, and the byline just before them
  readDistribution(lines, bodyIdx, meta);
  let j = lines.length - 1;
  while (j >= bodyIdx && (isTailLine(compact(lines[j]!.text)) || isSponsorLine(lines[j]!.text))) j--;
  let bodyEnd = j >= 0 && j < lines.length ? lines[j]!.end : text.length;
  if (j >= bodyIdx) {
    const b = bylineText(lines[j]!.text);
    if (b) {
      const atEnd = !meta.byline;
      if (atEnd) meta.byline = b;
      bodyEnd = j - 1 >= 0 ? lines[j - 1]!.end : lines[j]!.start;
      return { meta, bodyEnd, bylineAtEnd: atEnd };
    }
  }
  return { meta, bodyEnd };
}

// ------------------------------------------------------------------ notices

export function readNotice(lines: Line[], text: string): HeaderResult | null {
  const HEAD = Math.min(lines.length, 20);
  let iFile = -1;
  let iNo = -1;
  let docNo: RegExpExecArray | null = null;
  for (let i = 0; i < HEAD; i++) {
    const ct = compact(lines[i]!.text);
    if (iFile < 0 && iNo < 0 && /文件$/.test(ct) && ct.length <= 80 && !/[。，：]/.test(ct)) iFile = i;
    const dm = DOCNO.exec(ct);
    if (dm && ct.length - dm[0].length <= 20 && !/[。]/.test(ct)) { iNo = i; docNo = dm; break; }
  }
  if (iFile < 0 && iNo < 0) return null;
  const meta = emptyMeta();
  meta.kind = 'notice';
  if (docNo) {
    // the issuer code is what directly precedes the bracket (drop a 签发人 or org prefix on the same line)
    let code = docNo[1]!;
    code = code.replace(/^.*(签发人[：:][\u3400-\u9fff]{2,4}|文件)/, '');
    meta.docNumber = `${code}〔${docNo[2]}〕${Number(docNo[3])}号`;
  }

  // header issuers: the lines above 文件 (or above the 文号), and a name on the 文件 line itself
  const headEnd = iFile >= 0 ? iFile : iNo;
  const headLines: string[] = [];
  for (let i = 0; i < headEnd; i++) {
    const ct = compact(lines[i]!.text);
    if (/^(特急|加急|平急|急件|特提|机密|秘密|绝密|内部|明电|签发人|份号|\d+$)/.test(ct)) continue;
    headLines.push(lines[i]!.text);
  }
  if (iFile >= 0) {
    const fileLine = lines[iFile]!.text.replace(/文\s*件\s*$/, '');
    if (compact(fileLine)) headLines.push(fileLine);
  }
  const headerIssuers: string[] = [];
  for (const l of headLines) {
    // several names on one line, separated by spaces
    const parts = l.trim().split(/[\s\u3000]{2,}|\s+(?=\S{4,})/).filter(Boolean);
    if (parts.length > 1 && parts.every(isOrgLike)) headerIssuers.push(...parts.map(compact));
    else headerIssuers.push(compact(l));
  }
  const header = joinNameLines(headerIssuers).flatMap(splitJoinedOrgs).filter(isOrgLike);

  // title after the 文号 (or after 文件)
  let tFrom = (iNo >= 0 ? iNo : iFile) + 1;
  while (tFrom < lines.length && (/^签发人[：:]/.test(compact(lines[tFrom]!.text)) || markOnly(compact(lines[tFrom]!.text)))) tFrom++;
  // the issuers' names set on lines of their own above a 关于 title (某市委办公室 / 某市政府办公室 /
  // 关于印发…的通知) head the title, they are not part of it
  let k = tFrom;
  while (k < lines.length && k < tFrom + 3 && lines[k]!.text.trim().split(/[\s\u3000]+/).every((w) => isOrgLike(w))) k++;
  if (k > tFrom && k < lines.length && /^关于/.test(foldToSimplified(compact(lines[k]!.text)))) {
    // (they name every body, where a joint notice's 文件 head may give only the lead one)
    const named = lines.slice(tFrom, k).flatMap((l) => l.text.trim().split(/[\s\u3000]+/).map(compact));
    if (named.length > header.length) header.splice(0, header.length, ...named);
    tFrom = k;
  }
  const corpus = tFrom + 1 < lines.length ? text.slice(lines[tFrom + 1]!.start) : '';
  const { title, next } = readTitle(lines, tFrom, corpus, 5);
  meta.title = title;
  meta.bodyStart = next < lines.length ? lines[next]!.textStart : text.length;

  // signing date: the first date-only line after the title; the names right above it are the signatures
  let iDate = -1;
  for (let i = next; i < lines.length; i++) if (dateOnly(lines[i]!.text)) { iDate = i; break; }
  let signature: string[] = [];
  if (iDate >= 0) {
    meta.date = dateOnly(lines[iDate]!.text);
    const sig: string[] = [];
    for (let i = iDate - 1; i >= next; i--) {
      // (the seal's mark beside a name, 某市总工会（盖章）, is no part of it)
      const t = lines[i]!.text.replace(SEAL, '');
      const ct = compact(t);
      if (!ct) continue;
      // (a list's table ending above the date ends each row with a unit, 依托单位: no signature)
      if (lastTableCell(lines, i)) break;
      const parts = t.trim().split(/[\s\u3000]{2,}/).filter(Boolean);
      if (parts.length > 1 && parts.every(isOrgLike)) { sig.unshift(...parts.map(compact)); continue; }
      // (a line above continues a name broken over lines only when the name below does not open with
      // its own place: 刘某 above 某市财政局 is the last cell of a table, not the start of a name)
      if (isOrgLike(ct) || (sig.length > 0 && ct.length <= 30 && !/[。，；：]/.test(ct) && !opensWithPlace(sig[0]) && isOrgLike(ct + sig[0]))) { sig.unshift(ct); continue; }
      break;
    }
    signature = joinNameLines(sig).flatMap(splitJoinedOrgs).filter(isOrgLike);
  }
  // The signature block is where the seals go, so its names are the bodies' official names; the
  // header is typeset separately and may abbreviate or mistype one (管理委员会 for 监督管理委员会).
  // Use the signature when it names at least as many bodies as the header, else the header.
  meta.issuers = signature.length >= header.length && signature.length > 0 ? signature : header;

  // the attached document: 印发《X》的通知 → X; else the title line after the signing date
  if (title) {
    const inner = /(?:印发|转发|颁发|发布|公布)《(.+)》(?:的)?(?:通知|决定|通报)?$/.exec(title);
    if (inner) meta.attachmentTitle = inner[1]!;
    else if (/印发|转发/.test(title) && iDate >= 0) {
      let k = iDate + 1;
      while (k < lines.length && /^附件\d*[：:]?$/.test(compact(lines[k]!.text))) k++;
      const att = readTitle(lines, k, k + 1 < lines.length ? text.slice(lines[k + 1]!.start) : '', 4);
      meta.attachmentTitle = att.title ?? (/(?:印发|转发)(.+?)的通知$/.exec(title)?.[1] ?? null);
    }
  }

  const first = readDistribution(lines, next, meta);
  let j = lines.length - 1;
  while (j >= next && (isTailLine(compact(lines[j]!.text)) || isSponsorLine(lines[j]!.text))) j--;
  const bodyEnd = j >= 0 ? lines[j]!.end : text.length;
  return { meta, bodyEnd: first !== null ? Math.min(bodyEnd, text.length) : bodyEnd };
}

// ------------------------------------------------------------------ anything else

/** a 公告 (通告) numbers itself on the line under its title, 2025年第6号: that is its docNumber, not body */
function readAnnouncementNo(lines: Line[], at: number, meta: DocMeta): number {
  const ct = at < lines.length ? compact(lines[at]!.text) : '';
  const no = NOTICE_NO.exec(ct);
  if (!meta.title || !/[公通]告$/.test(foldToSimplified(meta.title)) || !no) return at;
  meta.docNumber = no[1]!;
  return at + 1;
}

/** the line the title of a sheet starts on: past the kind of sheet set alone above it (喜\u3000报), and a
 * line under that with the issuing body and its date (某县总工会\u30002025年5月8日) */
function pastSheetLabel(lines: Line[]): number {
  if (!lines.length || !genrePatterns().sheetLabel.test(foldToSimplified(compact(lines[0]!.text)))) return 0;
  const ct = compact(lines[1]?.text ?? '');
  const d = findDate(ct);
  return d && d.index + d.length === ct.length && isOrgLike(ct.slice(0, d.index)) ? 2 : 1;
}

export function readOther(lines: Line[], text: string): HeaderResult {
  const meta = emptyMeta();
  const from = pastSheetLabel(lines);
  const corpus = lines.length > from + 1 ? text.slice(lines[from + 1]!.start) : '';
  const { title, next } = lines.length > from ? readTitle(lines, from, corpus, 2) : { title: null, next: from };
  meta.title = title;
  const body = readAnnouncementNo(lines, next, meta);
  meta.bodyStart = body < lines.length ? lines[body]!.textStart : text.length;
  for (const l of lines.slice(next)) {
    const d = dateOnly(l.text);
    if (d) { meta.date = d; break; }
  }
  readDistribution(lines, next, meta);
  return { meta, bodyEnd: text.length };
}
