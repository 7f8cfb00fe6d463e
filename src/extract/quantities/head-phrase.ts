// The head noun phrase of a subject (rules/subject-cues.yaml `heads`): what a figure counts is a
// noun phrase, so the words that only lead up to it — a time (全年, 聘期内, 3年内), a pronoun or a
// distributive (该市, 每月, 各级), an adverb or a conjunction (已, 并, 和), a verb of achieving,
// receiving or reporting (实现, 享受, 报送) — are cut off its start, and a frame word or an adverb
// (中, 由此, 仅) off its end. A candidate left with no noun at all (已, 到, 新, 后来) names nothing.
import { jiebaTag } from '../named/jieba.js';
import { perRules } from '../named/doc.js';
import { WHOLE_AREA } from './territory.js';

export interface HeadCues {
  /** time words that open a clause before what it counts (全年, 今年, 目前) */
  times: string[];
  /** verbs of achieving, receiving, registering or reporting that open a subject (实现, 享受, 已有) */
  leadVerbs: string[];
  /** adverbs and frame words after the counted noun (由此, 仅, 中) */
  tails: string[];
  /** measures per head or on average (人均, 平均) that open what is counted */
  averages: string[];
  /** rates, sums and periods between a doer and its act (每年, 共, 先后) */
  frames: string[];
  /** words opening with a preposition's character that are no preposition (在岗, 在建) */
  prepWords: string[];
  /** verbs of building or setting up at a place (建, 新设, 设立) */
  placeVerbs: string[];
  /** verbs of a survey reporting what it found (显示, 表明) */
  reports: string[];
  /** generic heads that name nothing alone (活动, 机构): a verb before them stays, as their name */
  bareHeads?: string[];
}

/** a time span before a clause: 3年内, 三年内, 聘期内, 建设期内, 今年以来, 前三季度, 一季度, a
 * deadline (年底前, 6月底前, 2026年底前, 十月末前);
 * the territory of the whole after a period of months is the figure's scope (前三季度全市) */
const TIME_SPAN = new RegExp(String.raw`^(?:(?:\d{4}年)?(?:年|\d{1,2}月|[一二三四五六七八九十]{1,3}月)[底末]前(?:${WHOLE_AREA})?|(?:\d+|[一二三四五六七八九十两]+)(?:年|个月)(?:内|来|以来)|[\u4e00-\u9fa5]{1,3}期(?:内|间)|[\u4e00-\u9fa5]{2}以来|(?:前?[一二三四1-4]季度|前(?:\d+|[一二三四五六七八九十两]+)个月)(?:${WHOLE_AREA})?)`);
/** the part-of-speech tags of words that only lead up to a noun: adverb, conjunction */
const LEAD_TAG = /^(?:d|c)$/;
/** a pronoun that points or distributes (该市, 每月, 各级, 这些) leads up to a noun; one that selects a
 * part (其他, 其余) or names a set of bodies (各县, 各单位) is part of the name */
/** the writer's own place (我市, 本县, 我省) */
const OWN_PLACE = /^[我本][省市县区州旗盟镇乡]/;
const LEAD_PRONOUN = /^(?:该[市县区州省镇乡]?|每[月年日周天季期个人项家名位次]?|各[级类种]|这|这些|此|那些)$/;
/** a time word that dates the clause (后来, 近三年, 今年以来); one that qualifies the noun (青年, 现代,
 * 春日: jieba tags them t too) is part of the name */
const LEAD_TIME = /^(?:[近今去前当本首明]\S{0,2}年|后来|目前|当前|此前|随后|之后|今后|同期)$|以来$/;
/** 培训后取证: the 后 of an act before it is left on the phrase when that act is cut; it dates, names nothing */
const AFTER = /^(?:后|之后|以后|此后)$/;
/** the words of place and frame the segmenter tags f that name nothing (上, 中, 以上, 之间, 左右) */
const LOCALITY = /^(?:[上下中内外里前后旁间东西南北]|以[上下内外前后来]|之[上下中内外间前后]|左右|附近|其中|前后|上下)$/;
/** nouns of people that the segmenter tags as time words (青年, 少年, 老年) */
const PEOPLE_TIME = /^(?:青年|少年|老年|中年|青少年|幼儿)$/;
/** the tags of a word that names nothing (adverb, conjunction, preposition, pronoun, time, locality,
 * particle), and those of a lone character that names nothing (到 v, 新 a) */
const NO_NOUN_TAG = /^(?:d|c|p|r|t|f|u|y|ul|uj)$/;
// (zg: a bound morpheme the segmenter leaves alone, 仍)
const NO_NOUN_CHAR_TAG = /^(?:v|a|ad|m|q|zg)$/;

const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
/** the listed leading and trailing words, longest first: sorted once per rules load (~1 % of an ingest when per phrase) */
const leadWords = (c: HeadCues) => perRules(c, 'head.leads', () => byLength([...c.times, ...c.leadVerbs]));
const tailWords = (c: HeadCues) => perRules(c, 'head.tails', () => byLength(c.tails));

/** 招聘活动, 评价机构: what a verb would leave is a generic head alone, so the verb is its name */
const namesBareHead = (rest: string, c: HeadCues) => (c.bareHeads ?? []).includes(rest);

/** one leading piece to drop from s, or '' (at least two characters must stay) */
function leadingPiece(s: string, c: HeadCues): string {
  const span = TIME_SPAN.exec(s)?.[0];
  if (span && s.length - span.length >= 2) return span;
  const toks = jiebaTag(s);
  const first = toks[0];
  if (!first || s.length - first.word.length < 2) return '';
  for (const w of leadWords(c)) {
    // a listed word must end where a word ends (有 in 有效 is no verb)
    if (s.startsWith(w) && s.length - w.length >= 2 && endsOnToken(toks, w.length) && !namesBareHead(s.slice(w.length), c)) return w;
  }
  // 我市职工, 本县班组: the writer's own place before a noun says whose they are, not what is counted
  const own = OWN_PLACE.exec(s)?.[0];
  if (own && s.length - own.length >= 2 && endsOnToken(toks, own.length)) return own;
  // 该市, 每月, 各级, 已, 并, 后来: a pronoun, adverb, conjunction or time word before a noun
  const second = toks[1];
  // (a negation prefix makes a noun: 非公企业, 非遗, 未成年工)
  const leads = (LEAD_TAG.test(first.tag) && !/^[非不未无没]/.test(first.word)) || (first.tag === 'r' && LEAD_PRONOUN.test(first.word)) ||
    (first.tag === 't' && LEAD_TIME.test(first.word)) || (first.tag === 'f' && AFTER.test(first.word));
  if (leads && second && !/^(?:u|uj|ul|p)$/.test(second.tag)) return first.word;
  return '';
}

/** 街道工会计划在景区停车场、城乡接合部再建驿站 → 驿站: after 在 (a word of its own) and its places, what
 * the verb of building or setting up makes; the verb must start and end on word boundaries (福建, 建设路
 * are places, not the verb) */
function afterPlaceFrame(s: string, c: HeadCues): string {
  const toks = jiebaTag(s);
  const starts: number[] = [];
  const ends = new Set<number>();
  let at = 0;
  for (const t of toks) { starts.push(at); at += t.word.length; ends.add(at); }
  const p = toks.findIndex((t) => t.word === '在');
  if (p < 0) return s;
  const verbs = perRules(c, 'head.placeVerbs', () => byLength(c.placeVerbs));
  for (const from of starts.slice(p + 2)) {
    const v = verbs.find((w) => s.startsWith(w, from) && ends.has(from + w.length));
    if (v) return s.length - from - v.length >= 2 ? s.slice(from + v.length) : s;
  }
  return s;
}

/** 问卷显示月收入 → 月收入: what a survey or a count reports follows its verb */
export function afterReport(s: string, c: HeadCues): string {
  let cut = -1;
  for (const w of c.reports) {
    const i = s.lastIndexOf(w);
    if (i > 0 && s.length - i - w.length >= 2) cut = Math.max(cut, i + w.length);
  }
  return cut > 0 ? s.slice(cut) : s;
}

function endsOnToken(toks: { word: string }[], at: number): boolean {
  let n = 0;
  for (const t of toks) {
    n += t.word.length;
    if (n === at) return true;
    if (n > at) return false;
  }
  return false;
}

/** one trailing adverb or frame word to drop from s, or '' */
function trailingPiece(s: string, c: HeadCues): string {
  const toks = jiebaTag(s);
  const last = toks[toks.length - 1];
  if (!last) return '';
  for (const w of tailWords(c)) {
    if (!s.endsWith(w) || s.length - w.length < 2) continue;
    // the word itself, or glued by the segmenter to an unknown token (率仅)
    if (last.word === w || last.tag === 'x' || (last.word.length > w.length && last.word.endsWith(w) && !/^n/.test(last.tag))) return w;
  }
  return '';
}

/** 首席技师聘期内每月享受岗位津贴 → 岗位津贴: what follows the last verb of achieving or receiving
 * inside the phrase (two characters or more, ending where a word ends) */
function afterInnerVerb(s: string, c: HeadCues): string {
  const toks = jiebaTag(s);
  let at = 0;
  let cut = -1;
  for (const t of toks) {
    at += t.word.length;
    if (t.word.length >= 2 && c.leadVerbs.includes(t.word) && s.length - at >= 2 && !namesBareHead(s.slice(at), c)) cut = at;
  }
  return cut > 0 ? s.slice(cut) : s;
}

/** 部分企业人均培训经费 → 人均培训经费: an average opens the phrase (what it measures follows it) */
function fromAverage(s: string, c: HeadCues): string {
  let cut = -1;
  for (const w of c.averages) {
    const i = s.lastIndexOf(w);
    if (i > 0 && s.length - i - w.length >= 2 && i > cut) cut = i;
  }
  return cut > 0 ? s.slice(cut) : s;
}

/** a period written inside the phrase (近三年, 三年来, 近两年) */
const INNER_PERIOD = /^(?:近(?:\d+|[一二三四五六七八九十两]+)年|(?:\d+|[一二三四五六七八九十两]+)年(?:来|以来))$/;

/** 工作室近三年共带徒 → 带徒, 工匠每年带徒 → 带徒: after the last rate, sum or period
 * that follows a doer (a noun), the act it frames; read on jieba's words, so a listed word inside a
 * longer word (共青团, 公共) never cuts. The doer must be a noun word and the act two characters. */
function afterInnerFrame(s: string, c: HeadCues): string {
  const toks = jiebaTag(s);
  let at = 0;
  let cut = -1;
  let doer = false;
  for (let i = 0; i < toks.length; i++) {
    let w = toks[i].word;
    // (近 and 三年 as two words)
    if (w === '近' && toks[i + 1] && INNER_PERIOD.test(w + toks[i + 1].word)) w += toks[++i].word;
    at += w.length;
    if (doer && s.length - at >= 2 && (c.frames.includes(w) || INNER_PERIOD.test(w))) cut = at;
    // (a listed word glued by the segmenter to the act after it: 共带 in 共带徒)
    else if (doer && toks[i].tag === 'x') {
      const f = c.frames.find((x) => w.startsWith(x) && w.length > x.length && s.length - (at - w.length + x.length) >= 2);
      if (f) cut = at - w.length + f.length;
    }
    if (/^n/.test(toks[i].tag)) doer = true;
  }
  return cut > 0 ? s.slice(cut) : s;
}

/** 农产品加工（约7200人）、装备制造（约5100人）和建筑业（约4300人）: a band after an earlier band's bracketed
 * figure starts after that bracket and the joiner (、 和 及 与) that follows it */
const BRACKET_JOIN = /^[）)]\s*(?:[、，,]|和|及|与|以及)?\s*/;
function afterBracketedBand(s: string): string {
  const rest = s.replace(BRACKET_JOIN, '');
  return rest.length >= 2 && rest !== s ? rest : s;
}

/** the head noun phrase of a subject (see the file's comment); s when nothing is to be cut */
export function headPhrase(s: string, c: HeadCues): string {
  let out = fromAverage(afterInnerVerb(afterInnerFrame(afterPlaceFrame(afterReport(afterBracketedBand(s), c), c), c), c), c);
  for (let guard = 0; guard < 6; guard++) {
    const lead = leadingPiece(out, c);
    const tail = lead ? '' : trailingPiece(out, c);
    if (!lead && !tail) break;
    out = lead ? out.slice(lead.length) : out.slice(0, out.length - tail.length);
  }
  return out;
}

/** a candidate with no noun in it: only function words (已, 并, 后来), or one verb or adjective
 * character (到, 新) */
export function namesNothing(s: string): boolean {
  const bare = s.replace(/[\s、，,（）()“”"]/g, '');
  if (!bare) return false;
  const toks = jiebaTag(bare);
  // (其余, 其他: a pronoun that selects a part names it; 青年, a noun the segmenter tags as time, names people)
  // (初中, a school level the segmenter tags as a locality, names the part)
  if (toks.every((t) => NO_NOUN_TAG.test(t.tag) && (t.tag !== 'r' || LEAD_PRONOUN.test(t.word)) && (t.tag !== 't' || LEAD_TIME.test(t.word) || !PEOPLE_TIME.test(t.word)) && (t.tag !== 'f' || LOCALITY.test(t.word)))) return true;
  return bare.length === 1 && NO_NOUN_CHAR_TAG.test(toks[0].tag);
}
