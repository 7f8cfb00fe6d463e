// Character-level rules of the canonical text.
import { isSponsorLine } from './footer.js';

/** Han characters, CJK punctuation and full-width forms (the "Chinese side" of a space). */
const CJK_CLASS = '\\u2E80-\\u2FFF\\u3001-\\u303F\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u201C\\u201D\\u2018\\u2019\\u2014\\u2026\\u00B7';
const HAN_CLASS = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
export const CJK = new RegExp(`[${CJK_CLASS}]`);
const HAN = new RegExp(`[${HAN_CLASS}]`);

/** Full-width digits, Latin letters, ％ and ｜ → ASCII; odd spaces → ' '; invisible characters removed. */
export function foldWidth(s: string): string {
  return s
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    // (a full-width bar is a bar: a table's cells parted by ｜ read as by |)
    .replace(/｜/g, '|')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

/** a note in brackets right after a Han word, ending the text (某某（省劳动模范）) */
const NOTE_END = new RegExp(`[${HAN_CLASS}][（(][^（()）]{1,20}[）)]$`);

/**
 * Remove spaces that are layout artefacts: a space run with a Chinese character or Chinese
 * punctuation on one side and Chinese, a digit or % on the other (改 革 快 报, 2021 年, 1287 个,
 * “好人” 1 人). A space between two Latin words or numbers stays, as does one between a Han
 * character and a Latin word (采用 AI 技术).
 */
export function collapseSpaces(s: string, keepHanSpace = false): string {
  s = s.replace(/ {2,}/g, ' ').trim();
  if (!s.includes(' ')) return s; // most lines: nothing for the pair scan below to do
  return s.replace(/(.) (?=(.))/gu, (m, a: string, b: string, at: number) => {
    const ca = CJK.test(a);
    const cb = CJK.test(b);
    if (!ca && !cb) return m;
    // in a title or heading, one space between two Han characters separates parallel phrases
    // (高位推动 多措并举; 关于发挥企业主体作用 积极推进…): kept
    if (keepHanSpace && HAN.test(a) && HAN.test(b)) return m;
    // (so does one after a word's note in brackets, where a table row's cell ends: 某某（省劳动模范） 某某公司; a list
    // number's bracket, （一） 加强…, is no note)
    if (keepHanSpace && HAN.test(b) && NOTE_END.test(s.slice(Math.max(0, at - 24), at + 1))) return m;
    if (ca && cb) return a;
    const other = ca ? b : a;
    const cjkSide = ca ? a : b;
    if (/[A-Za-z]/.test(other) && HAN.test(cjkSide)) return m;
    return a;
  });
}

/** Join two pieces of one paragraph: nothing between Chinese, a space between two Latin words. */
export function joinPieces(a: string, b: string): string {
  const x = a.at(-1) ?? '';
  const y = b[0] ?? '';
  if (/[A-Za-z0-9]/.test(x) && /[A-Za-z]/.test(y)) return `${a} ${b}`;
  if (/[A-Za-z]/.test(x) && /[0-9]/.test(y)) return `${a} ${b}`;
  return a + b;
}

// ---------------------------------------------------------------- paragraph classification

/** A line that is only a page number, in the forms Chinese documents use. */
export function isPageNumber(t: string): boolean {
  const s = t.replace(/\s+/g, '');
  return (
    /^[—–\-－−~～_·•]+\d{1,4}[—–\-－−~～_·•]+$/.test(s) ||
    /^第\d{1,4}页([,，/／]?共\d{1,4}页)?$/.test(s) ||
    /^共\d{1,4}页[,，/／]?第\d{1,4}页$/.test(s) ||
    /^(page)?\d{1,4}(of|\/|／)\d{1,4}$/i.test(s) ||
    /^page\d{1,4}$/i.test(s) ||
    /^[-—]?[ivxlc]{1,6}[-—]?$/i.test(s) && /^[-—]/.test(s)
  );
}

/** A bare number (or Roman numeral) – a page number when it stands at a page edge. */
export function isBareNumber(t: string): boolean {
  return /^\s*[(（]?\d{1,4}[)）]?\s*$/.test(t) || /^\s*[ivxlc]{1,6}\s*$/i.test(t);
}

// a periodical's issue mark beside a folio: 2019·3, 2019.03, 2019年第3期
const ISSUE_MARK = /^(?:19|20)\d{2}(?:[·・.．/-]\d{1,2}|年第?\d{1,3}期)$/;

/** A folio line: a bare page number and the periodical's issue mark on one line (“30  2019·3”). */
export function isFolio(t: string): boolean {
  const parts = t.trim().split(/\s+/);
  return parts.length > 1 && parts.some((p) => isBareNumber(p)) && parts.every((p) => isBareNumber(p) || ISSUE_MARK.test(p));
}

const CN_NUM = '[一二三四五六七八九十百零〇两]';
/** Section markers that start a new paragraph: 一、 （一） 1. 1、 （1） ⑴ ① 一是 第一， 第X章/条/节 */
export const SECTION_START = new RegExp(
  `^(?:${CN_NUM}{1,4}[、．.]|[（(]${CN_NUM}{1,4}[）)]|\\d{1,3}[、．.](?!\\d)|[（(]\\d{1,3}[）)]|[⑴-⒇①-⑳❶-❿]|${CN_NUM}{1,3}是|第${CN_NUM}{1,3}[，,、]|第${CN_NUM}{1,4}[章节条部篇]|[一二三四五六七八九十]{1,2}要|首先|其次|再次|最后，)`,
);

/** A rule drawn across the page with characters: ----, ＝＝＝, ____ or box-drawing lines (──, ━━, ═══)
 * that bulletins set between the masthead, the contents and the articles. */
export const isRuleLine = (t: string): boolean => /^[-—－=＝_*·•~～\u2500-\u257f\u2580-\u259f]{3,}$/.test(t.replace(/\s+/g, ''));

/** Lines that are never merged with neighbours: dates, distribution and attachment lines, signatures. */
export function isStandaloneLine(t: string): boolean {
  const s = t.replace(/\s+/g, '');
  return (
    /^(\d{4}|[〇零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日[）)]?$/.test(s) ||
    /^[（(]?(报|送|抄送|抄报|发|附件|附|主送|联系人|联系电话|电话|传真|邮箱|印发|来源|责任编辑|编辑|审核|签发|签发人|校对|(?:主办|承办|协办)(?:单位)?|版权所有|技术支持)[：:]/.test(s) ||
    // (a web page's footer sponsors in any order: 某市总工会 版权所有 运维单位：某市数据中心)
    isSponsorLine(t) ||
    /^[（(]?(此件|本件).*[）)]$/.test(s) ||
    isRuleLine(s) ||
    /[〔[［]\d{4}[〕\]］]\d+号$/.test(s)
  );
}

const CLOSERS = '”’」』）)》〉】〕］]';
/** Ends a sentence: 。！？；：… possibly followed by closing quotes/brackets. */
export function endsTerminal(t: string): boolean {
  const s = t.replace(/\s+$/, '');
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.includes(s[i]!)) i--;
  if (i < 0) return false;
  return /[。！？!?；;：:…]/.test(s[i]!) || (i < s.length - 1 && /[.]/.test(s[i]!));
}

/** Punctuation that cannot start a line in Chinese typesetting: a line starting with it continues.
 * An angle bracket closes a title only when the line before left one open: else it is a bullet
 * (〉第三届…揭晓 / 》市总工会… in a contents list), and the line stands alone. */
export const startsWithCloser = (t: string, before?: string): boolean => {
  if (!/^[，。、；：！？,;:!?）)》〉】〕」』”’…%]/.test(t)) return false;
  if (before === undefined || !/^[》〉]/.test(t)) return true;
  const open = t[0] === '》' ? '《' : '〈';
  return before.split(open).length > before.split(t[0]).length;
};

/**
 * How many characters a line breaker moved down with a mark that may not start a line (查、 名，
 * 会：): the line above then ends that many characters short of the measure (0 when none).
 */
export function carriedBeforeCloser(t: string): number {
  const m = /^([^，。、；：！？,;:!?）)》〉】〕」』”’…%\s]{1,2})[，。、；：！？）》〉】〕」』”’…%]/.exec(t);
  return m ? m[1]!.length : 0;
}

/** Opening brackets (《（〔【) left open: the paragraph continues on the next line. */
export function hasOpenBracket(t: string): boolean {
  // one pass by code unit with a depth per pair (all brackets are single BMP code units), instead of a
  // pass per pair over one-character strings: every line of a document is tested
  let book = 0;
  let paren = 0;
  let tortoise = 0;
  let lenticular = 0;
  let ascii = 0;
  for (let i = 0; i < t.length; i++) {
    switch (t.charCodeAt(i)) {
      case 0x300a: book++; break; // 《
      case 0x300b: if (book > 0) book--; break; // 》
      case 0xff08: paren++; break; // （
      case 0xff09: if (paren > 0) paren--; break; // ）
      case 0x3014: tortoise++; break; // 〔
      case 0x3015: if (tortoise > 0) tortoise--; break; // 〕
      case 0x3010: lenticular++; break; // 【
      case 0x3011: if (lenticular > 0) lenticular--; break; // 】
      case 0x28: ascii++; break; // (
      case 0x29: if (ascii > 0) ascii--; break; // )
    }
  }
  return book > 0 || paren > 0 || tortoise > 0 || lenticular > 0 || ascii > 0;
}

/**
 * A row of cells too long for titleLikeLine: no sentence punctuation, three cells or more parted by spaces, each of
 * four characters or more (某某县人民医院急诊科\u3000某某县环卫所一中队\u3000…, a list of units laid out on one line).
 * Letter-spacing gives one-character runs, so such a row is a layout of cells, and its spaces are kept.
 */
export function cellRowLine(t: string): boolean {
  const s = t.trim();
  if (!s || /[。；！？!?;，,、：:]/.test(s)) return false;
  const runs = s.split(/\s+/).filter(Boolean);
  return runs.length >= 3 && runs.every((r) => [...r].length >= 4);
}

/** one entry of an annex's list run into a line (于某\u3000某村党支部书记, 王某（女）\u3000某校教师): a name, its note, one
 * space, then the unit and post without a space */
const RUN_ENTRY = /^[\u4e00-\u9fa5·]{2,6}(?:[（(][^（）()]{1,8}[）)])?\s+[\u4e00-\u9fa5（）()、·\d]{4,40}$/;

/**
 * An annex's list written as running text, its entries parted by ；: every entry a name, a space and the unit and
 * post (an excerpt's closing note, ……（其余16名略）, aside), two entries at least. The space after each name is the only
 * mark of where the name ends, so collapseSpaces keeps it.
 */
export function entryRunLine(t: string): boolean {
  const parts = t.trim().split(/[；;]/).map((x) => x.trim()).filter(Boolean);
  const entries = parts.filter((x) => RUN_ENTRY.test(x));
  return entries.length >= 2 && parts.every((x) => RUN_ENTRY.test(x) || /^[….]{2,}/.test(x));
}

/** a list line's label of two to twelve Han characters, letter-spaced or not to the width of the labels above and
 * below it (电 工：…, 中式烹调：…), as a regex source */
export const LINE_LABEL = '[\u4e00-\u9fa5](?: ?[\u4e00-\u9fa5]){1,11}';
const LABEL_LEAD = new RegExp(`^${LINE_LABEL}[：:]\\s*`);

/** one entry of a prize list written unit first (某某供电公司 某某, 某中学食堂 某某（并列）): the unit, one space, the name */
const UNIT_ENTRY = /^[\u4e00-\u9fa5（）()·\d]{4,30}\s+[\u4e00-\u9fa5·]{2,6}(?:[（(][^（）()]{1,8}[）)])?$/;

/**
 * A labelled line of a contest's winners, each entry its unit, a space and the name, entries parted by ；
 * (电工：某某水务集团 某某；某某投资公司 某某): the space before each name is the only mark of where the unit ends, so
 * collapseSpaces keeps it, as it does in entryRunLine's entries written name first.
 */
export function unitEntryLine(t: string): boolean {
  const body = t.trim().replace(LABEL_LEAD, '');
  const parts = body.split(/[；;]/).map((x) => x.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every((x) => UNIT_ENTRY.test(x));
}

export const endsWithComma = (t: string): boolean => /[，、,]$/.test(t.trimEnd());
export const hasSentencePunct = (t: string): boolean => /[，。；！？、：,;!?]/.test(t);

/**
 * A short non-sentence line (a title, a heading, a header line): no 。；！？, at most 60 characters
 * without spaces, and not letter-spaced (改 革 快 报: most space-separated runs are one character).
 * In such lines a single space between two Han characters is deliberate and kept by collapseSpaces.
 */
export function titleLikeLine(t: string): boolean {
  const s = t.trim();
  if (!s || /[。；！？!?;]/.test(s)) return false;
  if (s.replace(/\s+/g, '').length > 60) return false;
  const all = s.split(/\s+/).filter(Boolean);
  // a list line whose two-character name is padded to the width of three (陈\u3000丹\u3000某某医院\u3000护士长), after its
  // row number or not (2  任  静  某某有限公司  质检员): a row, not letter-spacing
  const runs = all.length >= 4 && /^\d{1,3}[.、．]?$/.test(all[0]) ? all.slice(1) : all;
  const one = (r: string) => [...r].length === 1;
  // (a sex column after the name is a cell of one character too: 纳\u3000强\u3000\u3000男\u3000\u3000回族\u3000\u3000某公司项目经理)
  if (runs.length >= 3 && one(runs[0]) && one(runs[1]) && runs.slice(2).every((r) => !one(r) || /^[男女]$/.test(r)) && !runs.slice(2).every((r) => one(r))) return true;
  if (all.length >= 3 && all.filter((r) => [...r].length === 1).length / all.length >= 0.5) return false;
  if (all.length === 2 && all.every((r) => [...r].length === 1)) return false;
  return true;
}
