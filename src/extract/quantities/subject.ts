// The subject of a quantity: the counted noun phrase, written before the number (全市有劳模105人 →
// 劳模) or after it (24家基层单位均建立 → 基层单位); for event counts (3次对…进行专题研究部署) the
// action at the end of the clause. Word lists come from rules/quantity-context.yaml.
import type { QuantityRules, UnitRule } from './rules.js';
import type { Segmentation } from '../segmentation.js';
import { splitScope } from './scope.js';
import { namesNothing } from './head-phrase.js';
import { aspectGoverned, heldShare, itemOpened, meansOrValue } from './subject-governed.js';
import { BULLET } from './bullets.js';
import { placeSpan } from '../named/gazetteer.js';
import { opensWithWholeArea, withoutWholeArea } from './territory.js';

const DELIM = new Set(['，', ',', '；', ';', '。', '：', ':', '！', '？', '!', '?', '\n']);
export function isDelimiter(c: string | undefined): boolean {
  return c === undefined || DELIM.has(c);
}

/** No real clause is longer; the bound keeps extraction linear on text with no punctuation. */
export const MAX_CLAUSE = 400;

/** DELIM by UTF-16 code unit (reading text[i] would make a string of every CJK character read) */
const DELIM_CODE = new Uint8Array(0x10000);
for (const c of DELIM) DELIM_CODE[c.charCodeAt(0)] = 1;
const NL = 0x0a;
/** （ ( and ） ) */
const OPEN_A = 0xff08, OPEN_B = 0x28, CLOSE_A = 0xff09, CLOSE_B = 0x29;

/** the clause around offset: between delimiters, skipping over （…） groups, at most MAX_CLAUSE each way */
export function clauseBounds(text: string, offset: number): { start: number; end: number } {
  let i = offset;
  let depth = 0;
  const lo = Math.max(0, offset - MAX_CLAUSE);
  const hi = Math.min(text.length, offset + MAX_CLAUSE);
  while (i > lo) {
    const c = text.charCodeAt(i - 1);
    if (c === CLOSE_A || c === CLOSE_B) depth++;
    else if ((c === OPEN_A || c === OPEN_B) && depth > 0) depth--;
    else if (c === NL || (depth === 0 && DELIM_CODE[c] === 1)) break;
    i--;
  }
  let j = offset;
  depth = 0;
  while (j < hi) {
    const c = text.charCodeAt(j);
    if (c === OPEN_A || c === OPEN_B) depth++;
    else if ((c === CLOSE_A || c === CLOSE_B) && depth > 0) depth--;
    else if (c === NL || (depth === 0 && DELIM_CODE[c] === 1)) break;
    j++;
  }
  return { start: i, end: j };
}

export interface SubjectResult {
  subject: string;
  scope: string | null;
  side: 'left' | 'right' | 'event' | 'none';
}

function stripEnd(s: string, words: string[], keep: string[] = []): string {
  for (let changed = true; changed; ) {
    changed = false;
    // 户均, 人均, 合计: a word the list would cut a piece off stays whole
    if (words.includes(s) || keep.some((k) => s.endsWith(k))) break;
    for (const w of words) {
      if (s.length > w.length && s.endsWith(w)) {
        s = s.slice(0, -w.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

function stripStart(s: string, words: string[]): string {
  for (let changed = true; changed; ) {
    changed = false;
    s = s.replace(/^[、，,：:；;\s（(〔【［]+/, '');
    for (const w of words) {
      if (s.length > w.length && s.startsWith(w)) {
        s = s.slice(w.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}

/** the verbs (longest first) by first character, per verb list (one per rules load) */
const verbIndex = new WeakMap<string[], Map<string, string[]>>();
function verbsStartingWith(verbs: string[]): Map<string, string[]> {
  let ix = verbIndex.get(verbs);
  if (!ix) {
    ix = new Map();
    for (const v of verbs) ix.set(v[0], [...(ix.get(v[0]) ?? []), v]);
    verbIndex.set(verbs, ix);
  }
  return ix;
}

/** 新增长沙市: a verb found at p whose first character ends a verb begun before it (新增 over 增长),
 * where a place name of the gazetteer opens right after that earlier verb, is read as that verb */
function overlapped(s: string, p: number, ix: Map<string, string[]>): { start: number; end: number } | null {
  if (placeSpan(s, p + 1) < 2) return null;
  for (let q = Math.max(0, p - 3); q < p; q++) {
    const w = (ix.get(s[q]) ?? []).find((v) => s.startsWith(v, q) && q + v.length === p + 1);
    if (w) return { start: q, end: p + 1 };
  }
  return null;
}

/** the last verb of s, [start,end), ignoring one that the segmenter puts inside a longer word */
function lastVerb(s: string, verbs: string[], seg: Segmentation): { start: number; end: number } | null {
  const ix = verbsStartingWith(verbs);
  for (let p = s.length - 1; p >= 0; p--) {
    // only verbs starting with s[p] can start at p; same order as the full list
    for (const v of ix.get(s[p]) ?? []) {
      // (服务类班组, 管理类岗位: a verb before 类 names a category of the noun)
      if (s.startsWith(v, p) && !seg.insideLongerWord(s, p, p + v.length) && s[p + v.length] !== '类') return overlapped(s, p, ix) ?? { start: p, end: p + v.length };
    }
  }
  return null;
}

/** 从事建筑施工、餐饮服务等行业: a verb followed by 、 or 等 is an item of a list closing on the class noun
 * (and a verb right before such an item is one word with it, 建筑施工); the predicate is the verb before
 * the list, and the whole list with its noun is what is counted */
const LISTED_ITEM = /^(?:、[^、等]+)*等(?![级奖])/;
function predicateVerb(s: string, verbs: string[], seg: Segmentation): { start: number; end: number } | null {
  let end = s.length;
  let itemStart = -1;
  for (let guard = 0; guard < 12; guard++) {
    const v = lastVerb(s.slice(0, end), verbs, seg);
    if (!v) return null;
    // (not the verbs of a coordinated predicate, 新建、提升驿站: no 等 closes them)
    const listed = LISTED_ITEM.test(s.slice(v.end));
    if (!listed && v.end !== itemStart) return v;
    // (only one verb joins an item: 从事 before 建筑施工 is the predicate again)
    itemStart = listed ? v.start : -1;
    end = v.start;
  }
  return null;
}

/** 持证人员与未持证人员之比(由): a ratio of two sets is named by both (rules/quantity-context.yaml, ratio-pair);
 * the name, up to its ratio word, or null */
function pairRatio(s: string, rules: QuantityRules): string | null {
  for (const re of rules.ratioPairs) {
    const m = re.exec(s);
    if (m) return s.slice(0, m.index + m[0].length);
  }
  return null;
}

/** X的比例 with X two characters or more (一线职工的比例, 取得证书的比例) */
const ratioOf = (s: string, rules: QuantityRules) => rules.words('ratio-head').some((w) => s.endsWith('的' + w) && s.length > w.length + 2);

/** the phrase after the last 的, unless what follows 的 is a ratio (一线职工的比例): a ratio word is named by
 * what it measures, 的 and all */
function afterLastDe(s: string, ratios: string[] = []): string {
  const i = s.lastIndexOf('的');
  if (i >= 2 && ratios.includes(s.slice(i + 1))) return s;
  if (i >= 0 && s.length - i - 1 >= 2) return s.slice(i + 1);
  return s;
}

/** 本市企业和职业院校中年龄在35周岁以下: a set + 中 (a word of its own) frames what follows; the
 * subject is what follows it */
function afterAmong(s: string, seg: Segmentation): string {
  const toks = seg.tokensOf(s);
  let at = 0;
  let cut = -1;
  for (const t of toks) {
    at += t.word.length;
    if ((t.word === '中' || t.word === '之中') && at > 2 && s.length - at >= 2) cut = at;
  }
  return cut > 0 ? s.slice(cut) : s;
}

// (a bullet opening a line, ◆ 某县职工创新工作室（3个）, marks the item, it names nothing)
const ENUMERATION = new RegExp(`^(?:${BULLET}+|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.．、](?!\\d))`);

const QUOTED_END = /[“"「][^“”"「」]{2,20}[”"」]$/;

/** 第二届“某某工匠”评选表彰8名: a quoted title and a verb of conferring it (rules: confer-after) before the
 * count: those who got the title are counted, named by it */
function conferredTitle(s: string, rules: QuantityRules): RegExpExecArray | null {
  const verb = rules.words('confer-after').find((w) => s.endsWith(w));
  const m = verb ? QUOTED_END.exec(s.slice(0, -verb.length)) : null;
  return m && m.index > 0 ? m : null;
}

export function leftSubject(left: string, rules: QuantityRules, seg: Segmentation): string {
  const trailing = rules.words('strip-trailing');
  const leading = rules.words('strip-leading');
  const verbs = rules.words('verb');
  const nounSuffix = rules.words('noun-suffix');
  const nominal = rules.words('nominal-verb');
  const deeds = rules.words('deed');
  // an enumeration mark opening the clause (四、全县职工总数 / （二） / 3.) is no part of the subject
  const keep = rules.words('per-unit');
  let s = stripEnd(left.replace(/\s+/g, '').replace(ENUMERATION, ''), trailing, keep);
  // (设置“户外劳动者服务站点”118个: a quoted name right before the number is one piece, its verbs and all)
  // (after a verb that sets it up or names it; 安全隐患排查“回头看” keeps the noun before the quote)
  const quoted = QUOTED_END.exec(s);
  if (quoted && (quoted.index === 0 || verbs.some((v) => s.slice(0, quoted.index).endsWith(v)))) return quoted[0];
  const title = conferredTitle(s, rules);
  if (title) return title[0];
  // (参训职工中取得证书的比例: a ratio is named by its 的-phrase, verbs and all; no verb in it governs the figure)
  if (ratioOf(s, rules)) return afterAmong(stripStart(s, rules.words('strip-leading')), seg);
  const pair = pairRatio(s, rules);
  if (pair) return afterAmong(stripStart(pair, rules.words('strip-leading')), seg);
  let out = '';
  let lastRemoved = '';
  for (let guard = 0; guard < 6; guard++) {
    const v = predicateVerb(s, verbs, seg);
    // 办结率, 参与率: a verb before a one-character noun suffix is part of the name
    // (培训合格率, 培训后就业率: a rate names the service it measures, verb and all)
    const rate = !!v && nominal.includes(s.slice(v.start, v.end)) && /^[\u4e00-\u9fa5]{0,3}率$/.test(s.slice(v.end));
    if (!v || rate || nounSuffix.includes(s.slice(v.end))) {
      // 农村转移劳动力培训1.35万人次, 生活困难补助4.55万元: with no verb governing the phrase, a verb of
      // service right before the number is the head of a noun phrase (the kind of training, of aid)
      out = guard === 1 && !v && nominal.includes(lastRemoved) && s.length >= 2 ? s + lastRemoved : s;
      break;
    }
    // 新认定就业帮扶车间6家, 完成培训任务2400人次: a verb of service before a noun it names (车间, 任务) is
    // one noun with it; the verb before them governs the whole
    const serviceHead = servicePhrase(s, v, rules, seg);
    if (serviceHead) { out = serviceHead; break; }
    const rest = stripStart(s.slice(v.end), leading);
    // 给予建设补助5万元: a verb word right before the number, after the object of a governing
    // verb, is that object's head noun (补助, 奖励), not a verb of its own
    // (发放补助1.2万元: right after another verb, it is that verb's object)
    // 带动就业1840人, 扶持创业612人, 城镇新增就业3860人: a deed of outcome (就业, 创业) names no thing counted;
    // the people are counted by the deed, so the verb phrase with its modifiers is the subject
    if (guard === 0 && deeds.includes(rest)) return deedPhrase(s, leading);
    // (签约金额3260万元, 参赛人数: a verb right against a measure noun makes one noun with it)
    if (rules.words('measure-noun').includes(s.slice(v.end))) { out = s.slice(v.start); break; }
    if (rest && !/^[、，,：:；;]*$/.test(rest)) { out = guard === 1 && lastRemoved ? rest + lastRemoved : rest; break; }
    if (guard === 1 && lastRemoved && s.endsWith(s.slice(v.start, v.end))) { out = lastRemoved; break; }
    lastRemoved = s.slice(v.start, v.end);
    s = stripEnd(s.slice(0, v.start), trailing, keep);
    if (!s) break;
  }
  // (省内转移9.4万人: a place before a deed of outcome says where it was done, it stays)
  out = deeds.some((d) => out.endsWith(d) && out.length > d.length) ? deedPhrase(out, leading) : stripStart(out, leading);
  out = stripEnd(out, trailing, keep);
  out = afterLastDe(out, rules.words('ratio-head'));
  out = afterAmong(out, seg);
  if ((!out || trailing.includes(out)) && lastRemoved) out = lastRemoved;
  return factAdverbAct(out, lastRemoved, rules);
}

/** 年度目标1100人，实际完成1187人: an adverb of fact left alone once its verb was cut names nothing; with the verb
 * it names the act done against the target (实际完成) */
function factAdverbAct(out: string, lastRemoved: string, rules: QuantityRules): string {
  return lastRemoved && rules.words('fact-adverb').includes(out) ? out + lastRemoved : out;
}

/** the service verb v with the noun it names after it (帮扶车间, 培训任务) and what stands between them and the
 * verb before them (就业帮扶车间), or '' when v is no such verb */
function servicePhrase(s: string, v: { start: number; end: number }, rules: QuantityRules, seg: Segmentation): string {
  if (!rules.words('nominal-verb').includes(s.slice(v.start, v.end)) || !rules.words('service-head').includes(s.slice(v.end))) return '';
  const before = predicateVerb(s.slice(0, v.start), rules.words('verb'), seg);
  return before ? s.slice(before.end) : '';
}

/** 全区城镇新增就业 / 其中省内转移: the deed phrase, list glue dropped but a place (省内, 区内) kept */
function deedPhrase(s: string, leading: string[]): string {
  return stripStart(s, leading.filter((w) => !PLACE_WITHIN.test(w)));
}
const PLACE_WITHIN = /^[省市州县区镇乡村]内$/;

/** the noun phrase written after the unit, up to a stop word, particle, adverb or new number */
export function rightSubject(rest: string, rules: QuantityRules, seg: Segmentation, people = false, located = false): string {
  const stops = rules.words('stop-after');
  const verbs = rules.words('verb');
  // a quoted name or a title right after the unit is one piece (29个“职工之家”)
  let out = '';
  const q = /^(“[^”]{1,30}”|《[^》]{1,60}》|「[^」]{1,30}」)/.exec(rest);
  if (q) {
    out = q[1];
    rest = rest.slice(out.length);
  }
  const sector = belongsTo(rest, rules);
  if (sector && !out) return sector;
  const toks = seg.tokensOf(rest);
  let pos = 0; // offset in rest of toks[k]
  for (let k = 0; k < toks.length; pos += toks[k].word.length, k++) {
    const t = toks[k];
    // 12名青年“某州青年五四奖章”: a quoted name after the noun is one piece (its numerals are no figure)
    const quoted = k > 0 && /^[“"「]/.test(t.word) ? /^[“"「][^”"」]{1,30}[”"」]/.exec(rest.slice(pos)) : null;
    if (quoted) {
      out += quoted[0];
      const end = pos + quoted[0].length;
      while (k + 1 < toks.length && pos + toks[k].word.length < end) { pos += toks[k].word.length; k++; }
      // (a token running past the closing mark stops the phrase)
      if (pos + toks[k].word.length > end) break;
      continue;
    }
    if (k > 0 || out) {
      // (12名困难快递员, 2个流动服务点, 4家定点培训机构: a verb right before a noun suffix is part of a name)
      if (verbBeforeSuffix(toks, k, rules)) { out += t.word; continue; }
      if (people && actAfterPeople(out, toks, k, rules)) break;
      // (43家企业和院校的选手, 12名职工及家属: 和 between two nouns joins them into what is counted; not
      // the 与 of a partner before a verb, 6家企业与驿站签订协议)
      if (JOINS.has(t.word) && joinedNoun(toks, k + 1)) { out += t.word; continue; }
      if (stops.includes(t.word)) break;
      // an unknown (HMM-guessed) token that begins with a stop word: the stop word ends the phrase
      if (t.tag === 'x' && stops.some((w) => t.word.startsWith(w))) break;
      // (a token tagged m with no numeral in it is a name's suffix: 青年文明/号, 工人先锋/号)
      // (三八红旗集体, 五一劳动奖章: a festival's date opens a title's name, it is no number)
      if (/^(p|d|u|r|c)/.test(t.tag) || (/^m/.test(t.tag) && NUMERAL.test(t.word) && !FESTIVAL.test(t.word))) break;
      // (2至3家企业新获得…: a one-character adjective right before a verb is its adverb)
      if (t.word.length === 1 && /^a/.test(t.tag) && /^v/.test(toks[k + 1]?.tag ?? '')) break;
      if (/^\d/.test(t.word)) break;
      if (out.length >= 2 && verbs.includes(t.word) && k < toks.length - 1 && !gradedKind(toks, k)) break;
      // (3项技术攻关课题, 2项技术攻关或技艺创新项目: a verb of work no rule knows, inside a compound that
      // closes the clause on its noun head, is part of the name)
      if (t.tag === 'v' && out.length >= 2 && workCompound(toks, k, rules)) { out += toks.slice(k).map((x) => x.word).join(''); break; }
      // a verb ends the phrase unless it closes the clause as a noun of service (专项补助, not 选手获奖)
      // (…, unless a lone character the segmenter split off a word between two nouns: 非/遗传/承/工匠)
      // (26名优胜选手获得: 选手 is a noun of people the segmenter tags as a verb)
      if (t.tag === 'v' && out.length >= 2 && (k < toks.length - 1 || located || !nominalEnd(t.word, rules)) && !splitChar(t.word, toks[k + 1]?.tag, rules) &&
        !rules.words('people-noun').includes(t.word) && !gradedKind(toks, k)) break;
    }
    out += t.word;
  }
  return out.replace(/[、，,\s]+$/, '');
}

/** toks[k] is a verb and toks[k+1] a noun suffix (rules: noun-suffix) or a one-character noun of people
 * (员, 者, 师): together they are one noun (快递员, 服务点, 培训机构), not a verb and its object */
function verbBeforeSuffix(toks: { word: string; tag: string }[], k: number, rules: QuantityRules): boolean {
  const next = toks[k + 1]?.word;
  if (!next || !/^v/.test(toks[k].tag)) return false;
  return rules.words('noun-suffix').includes(next) || (next.length === 1 && rules.words('people-head').includes(next));
}

/** 400名职工现场聆听, 3名劳模工匠作报告: in a count of people, once the phrase has reached a noun of people
 * (rules: people-head), a verb after it — before any other noun of people — is what they did, and the words
 * between (现场, 领衔) say how; the phrase ends on the people */
function actAfterPeople(out: string, toks: { word: string; tag: string }[], k: number, rules: QuantityRules): boolean {
  const heads = rules.words('people-head');
  const isHead = (w: string) => heads.some((h) => w.endsWith(h));
  if (!isHead(out)) return false;
  for (let j = k; j < toks.length; j++) {
    const t = toks[j];
    if (isHead(t.word) || /^[，。；;,、]/.test(t.word)) return false;
    if (t.tag === 'v' && !rules.words('people-noun').includes(t.word)) return true;
    // (480名职工测量血压: a verbal noun with its object after it is an act too)
    if (t.tag === 'vn' && /^n/.test(toks[j + 1]?.tag ?? '')) return true;
  }
  return false;
}

/** 已在全区30余家民宿推广: a count right after 在 (a preposition) and at most a scope word names where the
 * clause-final verb was done; that verb is the predicate, no noun of service closing the phrase */
function locatedBefore(leftSeg: string, seg: Segmentation): boolean {
  const toks = seg.tokensOf(leftSeg.replace(/\s+/g, ''));
  const at = toks.map((t) => t.word === '在' && t.tag === 'p').lastIndexOf(true);
  return at >= 0 && toks.length - at <= 2;
}

/** 3个属于文化旅游领域，: the field a verb of belonging names, to the end of its clause (属于服务业的 is a
 * relative clause, read with its 的 elsewhere) */
function belongsTo(rest: string, rules: QuantityRules): string | null {
  const verb = rules.words('belong').find((w) => rest.startsWith(w));
  const m = verb ? /^([^，。；;、,\n的]{2,16})(?=[，。；;,\n]|$)/.exec(rest.slice(verb.length)) : null;
  return m ? m[1] : null;
}

/** from toks[k], a verb none of the subject rules knows, on to the end: at most five words of nouns, such
 * verbs and 或/和 only, closing on a noun of a work item (攻关课题, 攻关或合理化建议项目; not a verb and its
 * object, 走上讲台, 进入决赛) */
function workCompound(toks: { word: string; tag: string }[], k: number, rules: QuantityRules): boolean {
  const rest = toks.slice(k);
  const known = (w: string) => rules.words('verb').includes(w) || rules.words('stop-after').includes(w) || rules.words('clause-verb').includes(w);
  const last = rest[rest.length - 1];
  return rest.length >= 2 && rest.length <= 5 && /^n/.test(last?.tag ?? '') && WORK_ITEM.test(last.word) && rest.every((x) =>
    /^n(?!r)/.test(x.tag) || (x.tag === 'v' && !known(x.word)) || (x.tag === 'c' && /^(?:或|和|及)$/.test(x.word)));
}

/** the heads of work items counted in 项 / 个 (技术攻关课题, 创新项目, 合理化建议) */
const WORK_ITEM = /(?:项目|课题|成果|建议|方案|难题)$/;
/** the conjunctions that join two nouns into one counted set */
const JOINS = new Set(['和', '及', '与', '與', '或']);
/** a run of nouns from toks[k] that closes the phrase (at 的 or the end of the rest) */
function joinedNoun(toks: { word: string; tag: string }[], k: number): boolean {
  let j = k;
  // (the segmenter tags some compounds l: 技术革新或攻关项目)
  while (j < toks.length && /^(?:n(?!r)|l)/.test(toks[j].tag) && !NUMERAL.test(toks[j].word)) j++;
  return j > k && (j === toks.length || toks[j].word === '的');
}
const NUMERAL = /[0-9０-９〇零一二三四五六七八九十百千万亿两几数]/;
/** the dates that name festivals and the titles after them (三八红旗手, 五四青年奖章) */
const FESTIVAL = /^(?:三八|五一|五四|六一|七一|八一)$/;

/** 5个优秀组织单位, 3个先进服务集体: a verb between a grading adjective and a noun names a kind of body (the
 * 组织 of 优秀组织单位 is no act of theirs) */
const gradedKind = (toks: { word: string; tag: string }[], k: number) =>
  /^a/.test(toks[k - 1]?.tag ?? '') && /^n(?!r)/.test(toks[k + 1]?.tag ?? '');

/** a lone verb character no subject rule knows, with a noun right after it: a piece of a word */
const splitChar = (w: string, nextTag: string | undefined, rules: QuantityRules) =>
  w.length === 1 && /^n/.test(nextTag ?? '') && !rules.words('verb').includes(w) && !rules.words('stop-after').includes(w);

/** a clause-final verb that may close a noun phrase: a verb of service or payment (补助, 培训), or a
 * word the segmenter tags as a verb that is none of the subject reader's verbs */
function nominalEnd(word: string, rules: QuantityRules): boolean {
  return rules.words('nominal-verb').some((w) => word.endsWith(w)) ||
    (!rules.words('verb').includes(word) && !rules.words('stop-after').includes(word) && !rules.words('clause-verb').includes(word));
}

/** 对20个全市工会工作先进集体予以表彰: 全市 after the count is part of a title's name, not its scope */
const scoped = (subject: string, side: SubjectResult['side'], rules: QuantityRules) =>
  side === 'right' && opensWithWholeArea(subject) ? { subject, scope: null } : splitScope(subject, rules);

function eventTail(rest: string): string {
  let cut = -1;
  for (const w of ['的', '进行了', '进行', '了']) {
    const i = rest.lastIndexOf(w);
    if (i >= 0 && i + w.length < rest.length) cut = Math.max(cut, i + w.length);
  }
  return (cut >= 0 ? rest.slice(cut) : rest).replace(/\s+/g, '');
}

/** the closing square brackets of a bracketed heading or label (〕】］) */
const CLOSE_SQUARE = /^[〕】］]$/;

/** 由三部门联合发文: a measure word that is itself the noun counted, whatever the clause around it says */
function namedByUnit(text: string, numStart: number, end: number, rule: UnitRule): SubjectResult | null {
  const word = rule.namesItself ? rule.words?.find((w) => text.slice(numStart, end).endsWith(w)) : undefined;
  return word ? { subject: word, scope: null, side: 'left' } : null;
}

/** whether the clause ends right after the unit, at `after` (its first character past any spaces): at the clause's
 * end, a delimiter, an ASCII full stop where it is no decimal point (管理人员21万人.), a bracket that opens an aside
 * (320家（含省级示范书屋25家）) or a closing square bracket that ends a bracketed heading (〔电工类 6人〕): the subject
 * is then on the left */
function endsAfterUnit(text: string, after: number, clauseEnd: number): boolean {
  const c = text[after];
  const asciiStop = c === '.' && !/[0-9]/.test(text[after + 1] ?? '');
  return after >= clauseEnd || isDelimiter(c) || asciiStop || c === '、' || c === '）' || c === ')' || c === '（' || c === '(' || CLOSE_SQUARE.test(c);
}

export function findSubject(
  text: string, numStart: number, end: number, rule: UnitRule, rules: QuantityRules,
  spans: { start: number; end: number }[], index: number, seg: Segmentation,
): SubjectResult {
  const own = namedByUnit(text, numStart, end, rule);
  if (own) return own;
  const { cb, c, rest, clauseRest, leftSeg, followsDelim } = figureContext(text, numStart, end, spans, index);
  // (80户农户增收: households are counted as people are, and end on their noun the same way)
  const people = rule.id === 'unit.people' || text.slice(numStart, end).endsWith('户');
  let side = sideOf(rule, rest, leftSeg, followsDelim, rules, seg, people);
  let subject = '';
  if (side === 'left') subject = leftSubject(leftSeg, rules, seg);
  else if (side === 'event') subject = eventTail(clauseRest);
  else subject = relativeObject(leftSeg, rest, rules, seg) ?? rightSubject(rest, rules, seg, people, locatedBefore(leftSeg, seg));
  // 价值3.8万元的慰问品: a measure of value before the number, 的 and a noun after it: the noun
  // (并分别给予1万元至3万元的经费补助: a left side with no noun in it names nothing, the noun after 的 does)
  if (side === 'left' && c === '的' && (rules.words('value-of').includes(subject) || namesNothing(subject) || grantedBefore(leftSeg, rules) || governedBefore(leftSeg, rule, rules) || measuredAttribute(leftSeg, rule, rules, seg))) {
    const owner = rightSubject(rest.slice(1), rules, seg);
    if (owner.length >= 2) { subject = owner; side = 'right'; }
  } else if (side === 'left' && rules.words('value-of').includes(subject) && leftSeg.replace(/\s+/g, '') === subject && cb.start > 0 && /[，,]/.test(text[cb.start - 1])) {
    // …发放保温杯、急救包等慰问品，价值3.8万元: the value clause follows the noun it measures
    const prev = clauseBounds(text, cb.start - 1);
    const owner = leftSubject(text.slice(prev.start, cb.start - 1), rules, seg).replace(/^.*等/, '');
    if (owner.length >= 2) subject = owner;
  }
  // (一次性给予4万元启动经费: a sum granted names the fund written after it, whatever its first word)
  // (给予6万元、其余的每个给予1.5万元的经费补助: sums in a series share the fund after the last of them)
  const fundWords = c === '、' ? clauseRest.slice(clauseRest.lastIndexOf('元') + 1) : rest;
  const fund = side === 'left' && rule.kind === 'money' && (!followsDelim || c === '、') ? grantedFund(leftSeg, fundWords, rules) : null;
  if (fund) { subject = fund; side = 'right'; }
  // (这20名省级劳模中: a left side with no noun in it; the noun is written after the figure)
  const [opener, second] = seg.tokensOf(rest);
  // (65名获评者中: a verb and the agent suffix 者 make a noun of people)
  const agent = !!opener && /^v/.test(opener.tag) && second?.word === '者';
  const nounAfter = agent || (!!opener && !/^(?:v|p|d|c|u|r|f)/.test(opener.tag) && !rules.words('stop-after').includes(opener.word));
  if ((!subject || (namesNothing(subject) && nounAfter)) && side === 'left' && !followsDelim && rest) {
    subject = rightSubject(rest, rules, seg);
    side = 'right';
  }
  const bare = side === 'left' && !followsDelim && rest ? predicateOfBareLead(subject, rest, rule, rules, seg) : null;
  if (bare) ({ subject, side } = bare);
  if (side === 'right') subject = townshipsOnly(subject);
  const sp = scoped(subject, side, rules);
  return { subject: sp.subject, scope: sp.scope, side: subject ? side : 'none' };
}

/** a footnote mark (慰问资金46.80万元①，… / 注：①含本级经费38.50万元): it refers the figure to a note and is
 * no word of its clause, so the subject is read past it like a space */
const FOOTNOTE_MARK = /[①-⑳]/;

/** the stretches a figure's subject is read from: its clause (全市3,140名一线职工: running on from the unit, not from
 * inside the figure, whose thousands separator is a comma), the text left of it back to the figure before it, the
 * first character after the unit and its spaces, and the rest of the clause after the unit up to the next figure */
function figureContext(text: string, numStart: number, end: number, spans: { start: number; end: number }[], index: number) {
  const cb = { start: clauseBounds(text, numStart).start, end: clauseBounds(text, end).end };
  let segStart = cb.start;
  const prev = spans[index - 1];
  if (prev && prev.end <= numStart && prev.end > segStart) segStart = prev.end;
  while (segStart < numStart && FOOTNOTE_MARK.test(text[segStart])) segStart++;
  let after = end;
  while (after < text.length && (/[ \u3000\t]/.test(text[after]) || FOOTNOTE_MARK.test(text[after]))) after++;
  let restEnd = cb.end;
  const next = spans[index + 1];
  if (next && next.start < restEnd) restEnd = next.start;
  return {
    cb, c: text[after], leftSeg: text.slice(segStart, numStart), followsDelim: endsAfterUnit(text, after, cb.end),
    rest: text.slice(after, restEnd).replace(/\s+/g, ''), clauseRest: text.slice(after, cb.end).replace(/\s+/g, ''),
  };
}

/** 全县共有74人报名, 共有约5.3万人次参与投票: a count whose left side holds only a whole area, a lead word or an
 * adverb (rules: bare-lead) names nothing there; the clause after it is read as if nothing stood before the count */
function predicateOfBareLead(
  subject: string, rest: string, rule: UnitRule, rules: QuantityRules, seg: Segmentation,
): { subject: string; side: SubjectResult['side'] } | null {
  if (rule.kind === 'percent' || rule.kind === 'ratio' || rule.side === 'left') return null;
  const bare = rules.words('bare-lead');
  const left = withoutWholeArea(subject, false);
  if (!subject || (left && !bare.includes(left))) return null;
  // (由全国劳模领衔, 因场地不符: a preposition after the count opens an adverbial, which the clause readers take)
  if (/^p/.test(seg.tokensOf(rest)[0]?.tag ?? '')) return null;
  // (a verb after the count is read as with nothing before the count: the phrase after it, verb and all)
  const side = sideOf(rule, rest, '', false, rules, seg) === 'event' ? 'event' : 'right';
  const got = side === 'event' ? eventTail(rest) : rightSubject(rest, rules, seg);
  return got.length >= 2 ? { subject: got, side } : null;
}

/** 9个乡镇和县直单位, 14个镇（街道）及市直部门, 10个乡镇工会和县直42个基层工会: the units a county, city or district runs directly take no
 * number, so the count is of the townships alone (the segmenter may also read 和县 as a place) */
const TOWNSHIPS_AND_DIRECT = /^((?:乡镇|镇|乡|街道|社区|村)(?:（[^）]{1,8}）)?(?:工会|工会联合会|工联|党委|党组织|政府|人民政府)?)(?:和|及|与|以及)[县市区旗](?:直.*)?$/;
function townshipsOnly(subject: string): string {
  return TOWNSHIPS_AND_DIRECT.exec(subject)?.[1] ?? subject;
}

/** the side of the figure that names what it counts: the left, the noun after the unit, or an event */
function sideOf(
  rule: UnitRule, rest: string, leftSeg: string, followsDelim: boolean, rules: QuantityRules, seg: Segmentation, people = false,
): SubjectResult['side'] {
  if (rule.kind === 'percent' || rule.kind === 'ratio' || followsDelim || rule.side === 'left') return 'left';
  const toks = seg.tokensOf(rest);
  if (objectOfPreposition(leftSeg, toks, rules, seg)) return 'right';
  if (people && peopleBeforeAct(leftSeg, toks, rules)) return 'left';
  if (rule.class === 'event') return 'event';
  // the counted noun follows unless what follows is a verb, preposition, adverb or particle
  const first = toks[0];
  // a one-character stop or verb counts only as a word of its own (在 stops, 在册劳模 does not)
  // (深入3个省级化工园区: a level word opening the phrase after the count is part of the noun)
  const opens = (w: string) => (/级$/.test(w) ? false : w.length > 1 ? rest.startsWith(w) : first?.word === w);
  const startsStop = rules.words('stop-after').some(opens) || (rules.words('verb').some(opens) && !actNoun(toks, rules));
  const side = !first || startsStop || (/^(p|d|c|u|r)/.test(first.tag) && !nounPrefix(toks)) ? 'left' : 'right';
  // (吐鲁番职业技术学院等4家培训机构: 等 closes a list of examples, the noun after the count names
  // their kind even when it opens with a verb word; not the 等 of a grade, 一等)
  if (side === 'left' && first && /^n|^v/.test(first.tag) && /[^一二三四五六七八九十特优]等$/.test(leftSeg.trimEnd())) return 'right';
  return side;
}

/** 市总工会为15家新建“爱心驿站”授牌, 学校与7家本地企业签订协议: a count right after a preposition (rules:
 * object-prep; the whole area or an adverb of about may stand between) is its object, named after it; the doer
 * before the preposition is never what is counted. Only where words follow that may open a noun phrase (not 和 of
 * a series, 以下 of a band). */
const AREA_OR_ABOUT = /(?:全[国省市州区县旗]|约|近|超过|共计|共)$/;
function objectOfPreposition(leftSeg: string, toks: { word: string; tag: string }[], rules: QuantityRules, seg: Segmentation): boolean {
  const first = toks[0];
  if (!first || toks.map((t) => t.word).join('').length < 2 || /^(?:c|u|f|m)/.test(first.tag) || /^[、和及与或]/.test(first.word)) return false;
  const left = leftSeg.replace(/\s+/g, '').replace(AREA_OR_ABOUT, '');
  const last = seg.tokensOf(left).at(-1)?.word;
  return !!last && rules.words('object-prep').includes(last);
}
/** 为2个新认定的区级技能大师工作室授牌, 对11名在…技艺精湛的一线职工进行表彰: the object of a preposition opening with
 * a relative clause (a verb, an adverb or a preposition, up to 的) is the noun after the 的 (not the 的 of an owner,
 * 对10名优秀产业工人的先进事迹进行表彰) */
const RELATIVE_OBJECT = /^[^，。；;,的]{1,40}?的([^，。；;,、的]{2,})/;
function relativeObject(leftSeg: string, rest: string, rules: QuantityRules, seg: Segmentation): string | null {
  const toks = seg.tokensOf(rest);
  // (新认定的, 新命名的: a one-character adjective before a short verb and 的 is its adverb)
  const adverb = toks[0]?.word.length === 1 && /^a/.test(toks[0].tag) && (/^v/.test(toks[1]?.tag ?? '') || /^.{2,4}的/.test(rest.slice(1)));
  if (!objectOfPreposition(leftSeg, toks, rules, seg) || !(/^(?:v|p|d)/.test(toks[0].tag) || adverb)) return null;
  const m = RELATIVE_OBJECT.exec(rest);
  const noun = m ? rightSubject(m[1], rules, seg) : '';
  return noun.length >= 2 ? noun : null;
}

/** 吸纳留守妇女126人就业, 组织群众安全监督员123人深入班组查隐患: people named right before their count (a noun
 * of people closes the left, rules: people-head) and a verb right after it: the count is of those people, what
 * follows is what they did (not a verb and the noun it makes, 服务员, nor one naming a set, 10名表彰对象) */
function peopleBeforeAct(leftSeg: string, toks: { word: string; tag: string }[], rules: QuantityRules): boolean {
  const first = toks[0];
  if (!first || !/^v/.test(first.tag) || rules.words('people-noun').includes(first.word)) return false;
  if (verbBeforeSuffix(toks, 0, rules) || actNoun(toks, rules)) return false;
  const left = leftSeg.replace(/\s+/g, '');
  return rules.words('people-head').some((w) => left.endsWith(w)) && left.length >= 2;
}

/** 10名表彰对象, 23家推荐单位, 2个申报集体: a verb opening what follows the count, with a head it names right
 * after it (rules: act-noun-head) and nothing more in the clause but a stop, is one noun with that head */
function actNoun(toks: { word: string; tag: string }[], rules: QuantityRules): boolean {
  const [verb, head, next] = toks;
  const act = !!verb && (/^v/.test(verb.tag) || rules.words('verb').includes(verb.word));
  if (!act || !head || !rules.words('act-noun-head').includes(head.word)) return false;
  // (what follows the head ends the phrase: a mark, a preposition, an adverb or what the people did)
  return !next || /^[，。；;,、：:！？\n]/.test(next.word) || /^(?:p|d|c|u|v)/.test(next.tag) || rules.words('stop-after').includes(next.word);
}

/** 126家非公企业: the segmenter tags 非公 as an adverb, but 非 before a noun makes a noun (非公企业,
 * 非公有制经济组织), not the negation of a verb (3家未建会 stays on the left) */
function nounPrefix(toks: { word: string; tag: string }[]): boolean {
  return /^非./.test(toks[0]?.word ?? '') && /^n/.test(toks[1]?.tag ?? '');
}

/** 还将招收15名左右的新学员: a count (not a share) right after the verb that governs it and before 的 is
 * the measure of that verb's object, the noun after 的 (a one-character verb, 有 or 为, may be a mere link) */
function governedBefore(leftSeg: string, rule: UnitRule, rules: QuantityRules): boolean {
  if (rule.kind === 'percent' || rule.kind === 'ratio') return false;
  const s = leftSeg.replace(/\s+/g, '');
  return rules.words('verb').some((w) => w.length >= 2 && s.endsWith(w));
}

/** 建起了约120平方米的职工活动室, 推荐审批表、1500字左右的先进事迹材料, 以97.5分的成绩, 问卷中有四成的职工: a
 * figure tied with 的 to the noun after it, right after its governing verb, as a new item of a series, after 以 or
 * 价值 (a count or measure), or after 有 (a share: 平均年龄只有29岁的年轻队伍, 中有5个的工会经费 keep theirs) */
function measuredAttribute(leftSeg: string, rule: UnitRule, rules: QuantityRules, seg: Segmentation): boolean {
  if (rule.kind === 'percent' || rule.kind === 'ratio') return heldShare(leftSeg);
  return aspectGoverned(leftSeg, rules, seg) || itemOpened(leftSeg) || meansOrValue(leftSeg);
}

/** the kind of money a sum granted is (创建经费, 经费补助, 启动资金, 一次性奖励, 岗位津贴) */
const FUND = /^的?([\u4e00-\u9fa5]{0,6}?(?:经费|资金|资助|补助|补贴|奖励|奖金|津贴|慰问金|经费支持))$/;

/** 一次性给予4万元启动经费, 每个给予1.5万元经费补助: after a verb of giving, the sum and the fund that
 * closes its clause, the fund is what the sum is (the segmenter reads 创建 or 启动 as a verb) */
function grantedFund(leftSeg: string, rest: string, rules: QuantityRules): string | null {
  const m = FUND.exec(rest);
  return m && grantedBefore(leftSeg, rules) ? m[1] : null;
}

/** 按规定享受每月300元的技能津贴, 给予每人2000元的一次性奖励: a verb of giving or receiving, a per-head
 * or per-period word, the sum and 的: the noun after 的 is what the sum is (rules: grant-verb) */
function grantedBefore(leftSeg: string, rules: QuantityRules): boolean {
  const s = leftSeg.replace(/\s+/g, '').replace(/(?:每[人月年户名家个次天位项期]|最高|一次性|不低于|不少于|不超过)+$/, '');
  return rules.words('grant-verb').some((w) => s.endsWith(w));
}
