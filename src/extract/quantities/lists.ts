// List structure: which stated total a figure is a part of (Quantity.partOf). The one definition
// of a list, for extraction and for the findings (src/compare/sum.ts, percent.ts read partOf and
// `directParts`). Words come from rules/lists.yaml; see its header for the two shapes of a list:
//   T，其中A…、B…   (an intro word after the total, its clause's tail and one mark between)
//   共…T，A…、B…    (a total word before T, the next clause made only of parts joined by 、)
// and their variants: 其中 opening the next sentence, 其中 after a figure of another unit (T项，参赛
//职工N人次，其中A…项), a single next-clause part that names a kind of T (技能人才…，高技能人才…), a
// total after its parts (A…、B…，共T), and an annex count line （共T个） over headings 一、X（N个）.
// A part whose clause starts with an earlier part's subject + 中 is nested under that part
// (职工总数 ⊃ 一线职工 ⊃ 技术工人): sums are checked over direct parts only.
// Frames name the set divided: a noun or figure + 中/里/当中 (这批工作室里, 这6.4万人中持证的…), a deed and
// a generic head (在实现就业的人员中, 受聘人员中), the leaders of workshops counted (领衔人中). A last pass
// links counts that add up exactly to a total before them (集体和个人62个 → 14家, 26个, 22名), each
// total of a combined count by its measure word (对45名个人和18个集体予以表彰：…), and the members of a
// set counted that have reached a step (推荐12名…，已有4人通过初评).
import type { Quantity } from '../../types.js';
import { loadListRules, type ListRules } from './list-rules.js';
import { computeSentences, findSentence, type Span } from '../sentences.js';

/** the sentence around an offset of the text the lists are read in (the Doc's, or computed once per call) */
type SentenceAt = (offset: number) => Span;
import { clauseBounds } from './subject.js';
import { foldToSimplified } from '../../normalize/fold.js';
import { lineEnd, lineStart } from '../../text-lines.js';
import { spacedTableCell, gridTableCell, ruledWholeCell } from './table-cells.js';
import { WHOLE_AREA, withoutWholeArea } from './territory.js';

// the words of a list and the findings' readings of it live in list-rules.ts (no extraction behind them)
export { directParts, isBreakdown, loadListRules, type ListRule, type ListRules } from './list-rules.js';

type Fig = Pick<Quantity, 'kind' | 'unit' | 'start' | 'end' | 'subject' | 'partOf' | 'valueText'> & Partial<Pick<Quantity, 'rule' | 'approx'>>;

const sameUnit = (a: Fig, b: Fig, lr: ListRules) =>
  a.kind === b.kind && (lr.unitGroup.get(a.unit) ?? a.unit) === (lr.unitGroup.get(b.unit) ?? b.unit);
/** a part may be counted in its total's unit or one the total's unit contains (人 within 人次, 名 within 对) */
const partUnit = (t: Fig, q: Fig, lr: ListRules) =>
  sameUnit(t, q, lr) || (t.kind === q.kind && (lr.unitWithin.get(t.unit) ?? []).includes(q.unit));
/** a part under a set named by a frame (这些优胜单位中) may also be counted as an intro list may (个 → 家) */
const framedUnit = (t: Fig, q: Fig, lr: ListRules) =>
  partUnit(t, q, lr) || (t.kind === q.kind && (lr.introWithin.get(t.unit) ?? []).includes(q.unit));

const MARKS = '，,；;。：:（(';
const DELIMS = /[，,；;。！？：:\n]/;
/** most characters of a total's clause between the figure and an intro word (…4150人，其中) */
const MAX_TAIL = 30;

const compact = (s: string) => s.replace(/\s+/g, '');
/** a figure's subject as compared with nouns: no spaces, no quotation marks (“某县工匠” names 工匠) */
const QUOTES = /[“”"‘’「」『』《》]/g;
const subjectOf = (f: Fig) => compact(f.subject ?? '').replace(QUOTES, '');
/** a short noun + 中 (or 里) right after a figure (58名职工中, 30名劳模里): the figure is the set the next clauses divide */
const AMONG = /^[^在于的，,]{1,10}(?:之中|中|里|裡)$/;
// (…15名带头人里已有6人, …企业中共有320家, …10个集体中又有3个: 里 frames as 中 does, an adverb may stand before 有)
const AMONG_HAS = /^[^在于的，,]{0,10}(?:之中|中|里)(?:已经|已|共|还|仍|也|均|又|再|另)?有[^的，,]{0,10}$/;
// (这6.4万人中持有证书的3.1万人 / 1500家企业中建立工会的有1320家: those of the set a 的 clause names)
const AMONG_WHO = /^[^在于的，,；;。]{0,10}(?:之中|中|里)[^，,；;。、\d０-９]{1,24}的(?:有|共有|为|达)?$/;
// (从…120家企业中选出30家 / 从这14名青年职工中推荐5人: 从 before the set, a verb of choosing after 中)
const SELECT_FROM = /^[^在于的，,；;。]{0,10}(?:之中|中|里)(?:择优|共|再|又|还)?(?:推荐|评出|评选出|选出|选拔|遴选|选树|确定|择优推荐|产生|挑选)(?:出)?$/;
/** where a part's own list ends: a semicolon, or its bracket's close when its intro opens one
 * (产业工人3.1万人（其中制造业1.8万人）、农民工2.2万人) */
function subEnd(text: string, partEnd: number, from: number, end: number): number {
  const semi = semicolonAfter(text, from, end);
  if (!/[（(]/.test(text.slice(partEnd, from))) return semi;
  const close = /[）)]/.exec(text.slice(from, semi));
  return close ? from + close.index : semi;
}
const semicolonAfter = (text: string, from: number, end: number) => {
  const m = /[；;]/.exec(text.slice(from, end));
  return m ? from + m.index : end;
};
/** 按行业分，制造业…、建筑业… : a clause naming the kind its figures are split by (按产业划分, 从年龄结构看) */
const BY_KIND = /^[\s　]*(?:按|从|分)[^，,；;。\d０-９]{1,8}?(?:划分|分|来看|看|统计)[，,：:]/;
/** time words that may open a clause before its verb */
const TIME_LEAD = /^(?:今年|去年|全年|年内|当年|本年度?|近年来|上半年|下半年|近[一二三四五两]年)/;
/** an ASCII full stop (not a decimal point) ends a sentence in text typed with ASCII punctuation */
function listEnd(text: string, from: number, end: number): number {
  const m = /\.(?![0-9０-９])/.exec(text.slice(from, end));
  return m ? from + m.index : end;
}
const startsWithAny = (s: string, words: string[]) => words.find((w) => s.startsWith(w)) ?? null;
const endsWithAny = (s: string, words: string[]) => words.some((w) => s.endsWith(w));

/** (…平均年龄47岁，均具有技师以上职业技能等级，其中…) a clause of what every member shares, without a
 * figure, describes the set and is no new fact: the offset after it (after one or two), or i */
function sharedSkipped(text: string, i: number, lr: ListRules): number {
  for (let n = 0; n < 2; n++) {
    const change = changeClause(text, i, lr);
    if (change) return change;
    const w = startsWithAny(text.slice(i, i + 3), lr.shared);
    // (都市圈…, 均值…: a word that only begins with the adverb)
    if (!w || /^(?:市|会|城|值|价|衡|匀)/.test(text.slice(i + w.length, i + w.length + 1))) return i;
    const clause = /^[^，,；;。！？：:\n]{1,30}[，,]/.exec(text.slice(i, i + 32));
    if (!clause || /[0-9０-９]/.test(clause[0])) return i;
    i = spacesAfter(text, i + clause[0].length);
  }
  return i;
}

/** (参训职工1530人次，同比增长12.7%；其中…) a clause stating the total's change, then an intro: the change is told
 * of the total, so the intro still speaks of it. The offset after the change clause, or null */
function changeClause(text: string, i: number, lr: ListRules): number | null {
  if (!startsWithAny(text.slice(i, i + 6), lr.change)) return null;
  const clause = /^[^，,；;。！？：:\n]{1,24}[，,；;]\s*/.exec(text.slice(i, i + 32));
  if (!clause) return null;
  const after = i + clause[0].length;
  return startsWithAny(text.slice(after, after + 4), lr.intro) ? after : null;
}

/** 12人中有高级技师七名: a part in Chinese numerals after the set + 中有 opens the parts as an Arabic one does;
 * any other Chinese numeral in the tail (一线职工) is read on as before */
function chineseAmongPart(text: string, t: Fig, i: number): boolean {
  return /[一二两兩三四五六七八九十]/.test(text[i]) && AMONG_HAS.test(compact(text.slice(t.end, i)));
}

/** the offset after the spaces at i, on the same line */
function spacesAfter(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]) && text[i] !== '\n') i++;
  return i;
}

/** After t: its clause's tail, at most one mark, an intro word → the offset after the intro. */
function introAfter(text: string, t: Fig, lr: ListRules): number | null {
  if (inAside(text, t.start, lr)) return null;
  let i = asideAfter(text, t.end, lr);
  let tail = 0;
  while (i < text.length && !DELIMS.test(text[i]) && !'（('.includes(text[i]) && tail <= MAX_TAIL) {
    // …等25名同志为2025年度“某某工匠”，其中…: a year in the tail is a date, no figure of the clause
    const year = YEAR.exec(text.slice(i, i + 8));
    if (year) { i += year[0].length; tail += year[0].length; continue; }
    if (chineseAmongPart(text, t, i)) return i;
    // 全市200家企业中有150家…: the set + 中(有) right before a figure opens it as a part
    if (/[0-9０-９]/.test(text[i])) {
      // 受表彰的10名劳模平均年龄41岁，其中…: the members' age or years, no figure of the list, is skipped
      const attr = MEMBERS.test(text.slice(t.end, i)) ? MEMBER_VALUE.exec(text.slice(i, i + 12)) : null;
      if (attr) { i += attr[0].length; tail += attr[0].length; continue; }
      const between = compact(text.slice(t.end, i));
      // (从这14名青年职工中推荐5人: a selection from the set counted)
      const chosen = SELECT_FROM.test(between) && /从[^，,；;。\d０-９]{0,4}$/.test(compact(text.slice(clauseBounds(text, t.start).start, t.start)));
      return AMONG_HAS.test(between) || AMONG_WHO.test(between) || chosen ? i : null;
    }
    if (startsWithAny(text.slice(i, i + 4), lr.intro)) break;
    // 来自口岸物流、食品加工、医疗卫生等不同岗位: an enumeration says one thing however many items it
    // names, so only its first item counts toward the tail
    if (text[i] === '、') {
      const item = /^、[^，,；;。！？：:、\n（(\d０-９]{1,10}/.exec(text.slice(i, i + 12));
      if (item) { i += item[0].length; continue; }
    }
    i++;
    tail++;
  }
  if (tail > MAX_TAIL) return null;
  // 受表彰的8个优胜单位中，有2个…: the figure's own noun + 中 frames the next clauses as its parts
  if (/[，,：:]/.test(text[i] ?? '') && AMONG.test(compact(text.slice(t.end, i)))) return i + 1;
  i = spacesAfter(text, i);
  const mark = text[i] ?? '\n';
  i = spacesAfter(text, MARKS.includes(mark) ? i + 1 : i);
  // 共有9位同志…，其平均年龄为44岁，其中…: a clause describing the members (no figure of the list) is skipped
  const desc = /[，,]/.test(mark) ? MEMBER_CLAUSE.exec(text.slice(i, i + 30)) ?? RATE_CLAUSE.exec(text.slice(i, i + 30)) : null;
  if (desc && (MEMBERS.test(desc[0]) || RATE_CLAUSE.test(desc[0]))) {
    i = spacesAfter(text, i + desc[0].length);
  }
  if (/[，,]/.test(mark)) i = sharedSkipped(text, i, lr);
  // 高技能人才2.04万人，按产业分，（分别为）A…、B…: a clause naming the kind the parts are split by
  // (in the total's sentence; one opening the next sentence is read by framedParts)
  const byKind = /[，,：:]/.test(mark) ? BY_KIND.exec(text.slice(i, i + 16)) : null;
  if (byKind) {
    i = spacesAfter(text, i + byKind[0].length);
    const after = startsWithAny(text.slice(i, i + 4), lr.intro);
    return after ? i + after.length + (/[，,：:]/.test(text[i + after.length] ?? '') ? 1 : 0) : i;
  }
  // (参训180余人；为其中86名困难职工发放慰问金: a preposition before the intro leaves it the intro)
  const prep = PREP_BEFORE_INTRO.exec(text.slice(i, i + 2))?.[0].length ?? 0;
  const w = startsWithAny(text.slice(i + prep, i + prep + 4), lr.intro);
  if (w && (!prep || w === '其中')) return i + prep + w.length;
  // …有2860人，又以纺织服装、林果加工两个行业最多，分别为1120人、760人: a clause naming the parts (no
  // figure in digits) between the total and 分别为
  const named = /[，,]/.test(mark) ? RESPECTIVE_AFTER.exec(text.slice(i, i + 40)) : null;
  return named ? i + named[0].length : null;
}

/** the offset after a total's aside (lr.aside: （含本批认定的7个）, （不含新建的3家）) right after it when an intro
 * follows the aside (41个（含本批认定的7个），其中…: the intro speaks of 41个, not of the 7个 it includes), else `end`
 * (the aside itself opens the list) */
function asideAfter(text: string, end: number, lr: ListRules): number {
  const aside = lr.aside.exec(text.slice(end, end + 34));
  if (!aside) return end;
  const after = text.slice(end + aside[0].length).replace(/^[，,；;：:\s]+/, '');
  return startsWithAny(after.slice(0, 4), lr.intro) ? end + aside[0].length : end;
}
/** a figure inside such an aside: what the total includes, no set the clause after the bracket divides */
function inAside(text: string, start: number, lr: ListRules): boolean {
  const before = text.slice(Math.max(lineStart(text, start), start - 32), start);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  return open >= 0 && !/[）)]/.test(before.slice(open)) && lr.aside.test(before.slice(open) + text.slice(start, start + 34));
}

/** 41个（含本批认定的7个）: the figure an aside includes is a part of the total the bracket follows (when the list
 * after the aside took the total's intro, nothing else linked it) */
function asideParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules): void {
  for (let k = 1; k < qs.length; k++) {
    const t = qs[k - 1];
    // (（不含本次确定的5个）: what the total leaves out is no part of it)
    if (links.has(k) || !inAside(text, qs[k].start, lr) || !lr.asideIncludes.test(text.slice(t.end, t.end + 4))) continue;
    if (partUnit(t, qs[k], lr) && !exceeds(qs[k], t, lr)) { links.set(k, k - 1); qs[k].partOf = k - 1; }
  }
}

/** a clause naming the parts, then a respectively word (分别为, 依次为) */
const RESPECTIVE_AFTER = /^[^，,；;。：:\d０-９]{2,30}[，,](?:分别为|分别是|分别有|依次为|依次是)[：:]?/;

/** a preposition whose object is the intro (为其中, 对其中, 向其中, 给其中) */
const PREP_BEFORE_INTRO = /^(?:为|對|对|向|给|給|為)/;

/** a year (2025年, 2025年度) inside a total's clause: a date, not a figure ending the clause's tail */
const YEAR = /^(?:19|20)\d\d年度?/;

/** the clause before q, from its start to q, without spaces (and without a leading intro word) */
function clauseLeft(text: string, q: Fig, lr: ListRules): string {
  const left = compact(text.slice(clauseBounds(text, q.start).start, q.start));
  const w = startsWithAny(left, lr.intro);
  return w ? left.slice(w.length) : left;
}

/** an earlier part whose subject, with a nested word, starts q's clause (一线职工中技术工人) */
function nestedUnder(text: string, q: Fig, parts: Fig[], lr: ListRules): Fig | null {
  const left = clauseLeft(text, q, lr);
  // the nesting phrase may be a clause of its own (全国劳模中，在岗职工21名)
  const cs = clauseBounds(text, q.start).start;
  const before = cs > 0 ? compact(text.slice(clauseBounds(text, cs - 1).start, cs - 1)).replace(/^在/, '') : '';
  for (let k = parts.length - 1; k >= 0; k--) {
    const s = subjectOf(parts[k]);
    if (s && lr.nested.some((w) => left.startsWith(s + w) || before === s + w)) return parts[k];
  }
  return null;
}

/**
 * A clause after the intro that starts with an outcome verb (其中获得国家专利12项) names the subset that
 * did it, a part, when it is nominalised with 的 (其中取得证书的有620人, 命名…领衔的工作室5个) or is the
 * only figure of the list; a series of outcomes (其中，获评能手45名，晋升技术等级320人) is no breakdown.
 */
function outcomePart(left: string, single: boolean, lr: ListRules): boolean {
  // a time word before the verb (今年新建46个) leaves it a new fact
  if (!startsWithAny(left.replace(TIME_LEAD, ''), lr.outcome)) return true;
  return single || left.includes('的');
}

/** 城镇新增就业2860人。其中，帮助失业人员再就业610人: a part's clause that says the total's own deed (the
 * last two characters of its subject) again is a breakdown of it, whatever verb opens it */
const restatesDeed = (left: string, t: Fig) => {
  const deed = subjectOf(t).slice(-2);
  // (a time word before the verb opens a new fact: …，全年新增书屋9个)
  return deed.length === 2 && /^[\u4e00-\u9fa5]{2}$/.test(deed) && !TIME_LEAD.test(left) && left.slice(2).includes(deed);
};

/** a figure a share is taken of (完成年度目标任务3200人的89.4%): a reference, no set the next sentence divides */
const isReference = (text: string, q: Fig) => /^的[0-9０-９.]+[%％]/.test(text.slice(q.end, q.end + 12));

/** the figures joined only by 、 (one clause): one verb before them names what all the parts did
 * (其中取得高级工证书40名、技师证书12名) */
const joinedSeries = (text: string, qs: Fig[], ks: number[]) =>
  ks.length > 1 && ks.slice(1).every((k, n) => /^[^，,；;。：:]*、/.test(text.slice(qs[ks[n]].end, qs[k].start)));

/** 另有2人曾获… / 还有1人为…: a figure with no noun of its own, a predicate right after it (另有8名职工… has one) */
const bareAfter = (text: string, q: Fig) => /^(?:曾|是|为|来自|获|荣获|已|均|都|也|系|属|在|担任|具有|取得|被|先后|由|入选|持有|从事)/.test(text.slice(q.end, q.end + 2));

/** 另有5名技工曾被评为… / 另有2名选手此前获得…: a short noun, then what its members had won before (曾, 此前):
 * a trait of members of a set already counted, not a new outcome (另有8名职工受到通报表扬) */
const pastTraitAfter = (text: string, q: Fig) => /^[\u4e00-\u9fa5]{1,4}?(?:曾|此前|之前|先前|以前|早前)/.test(text.slice(q.end, q.end + 8));

/** 另有2人曾获… / 另有由全国劳模领衔的1个 / 另有来自科研院所的3人: after a frame-more word, a figure with no
 * noun of its own, either before a predicate or after a headless 的 clause that ends with it */
function moreOfSet(text: string, q: Fig, stop: string | null, lr: ListRules): boolean {
  if (!stop || !lr.frameMore.includes(stop)) return false;
  if (bareAfter(text, q) || pastTraitAfter(text, q)) return true;
  const left = compact(text.slice(clauseBounds(text, q.start).start, q.start)).replace(/^(?:其中|当中)[，,]?/, '').slice(stop.length);
  return /^[^，,；;。\d]{2,24}的$/.test(left) && !/[^。.]/.test(compact(text.slice(q.end, clauseBounds(text, q.start).end)));
}

/**
 * A later clause of a 其中 list that states a new fact ends it: one reopened after a semicolon by the
 * document's scope (…；全市累计有11人入选 / 全市已有7人获评), or one that counts who then won something
 * (最终有8人获评…, 此后有3名选手被评为…): the parts before were a breakdown, the winners are news.
 */
function newFact(text: string, q: Fig, left: string, from: number, lr: ListRules): boolean {
  const semi = /[；;]/.test(text.slice(from, q.start));
  if (semi && SCOPE_LEAD.test(left)) return true;
  if (!/^(?:最终|最后|此后|其后|后来|其中)?(?:共|已)?有$/.test(left)) return false;
  // (the figure's own short noun may stand before the verb: 有3名选手被评为)
  const after = text.slice(q.end, q.end + 10);
  return [0, 1, 2, 3, 4].some((n) => !/[，,；;。]/.test(after.slice(0, n)) && !!startsWithAny(after.slice(n), lr.outcome.concat(['被评为', '被授予'])));
}

/** a clause opened by a whole area's scope (全市, 全省, 全县 …) */
const SCOPE_LEAD = new RegExp(`^(?:${WHOLE_AREA}|全国)`);

/** a whole figure's exact value, else null (约12.5万人 is 125000: a bound is read as written) */
const wholeValue = (f: Fig) => (/^\d+$/.test(f.valueText ?? '') ? BigInt(f.valueText!) : null);

/** the sum of the figures from k joined by 、 / 和 / 及 only (whole numbers), or null */
function seriesSum(text: string, qs: Fig[], k: number): bigint | null {
  let sum = 0n;
  for (let j = k; j < qs.length; j++) {
    if (j > k && !/^\s*(?:、|和|及|与)\s*$/.test(text.slice(qs[j - 1].end, qs[j].start))) break;
    const v = wholeValue(qs[j]);
    if (v === null) return null;
    sum += v;
  }
  return sum > 0n ? sum : null;
}

/** parts ks and one more, k, that together stay within the total i (all whole numbers, at least one part) */
function withinTotal(qs: Fig[], i: number, ks: number[], k: number): boolean {
  const total = wholeValue(qs[i]);
  const vs = [...ks, k].map((n) => wholeValue(qs[n]));
  if (total === null || !ks.length || vs.some((v) => v === null)) return false;
  return vs.reduce((a, v) => a! + v!, 0n)! <= total;
}

/** a second measure word in brackets right after a total (2860人（户）, 32名（个）): a set counted in both, whose
 * parts may be counted in either */
const bracketUnit = (text: string, t: Fig) => /^[（(]([\u4e00-\u9fa5])[）)]/.exec(text.slice(t.end, t.end + 3))?.[1] ?? null;

/** The parts after an intro word: same-unit figures to the sentence end, nested ones under their part. */
function partsAfterIntro(text: string, qs: Fig[], i: number, from: number, lr: ListRules, sentenceAt: SentenceAt, unitOf: Fig = qs[i]): Map<number, number> {
  const end = listEnd(text, from, sentenceAt(from).end);
  const out = new Map<number, number>(); // part index → its total's index (t, or an earlier part)
  const cands: number[] = [];
  const alt = bracketUnit(text, qs[i]);
  for (let k = i + 1; k < qs.length && qs[k].start < end; k++) {
    if (qs[k].start >= from && (partUnit(unitOf, qs[k], lr) || (qs[k].kind === unitOf.kind && qs[k].unit === alt))) cands.push(k);
  }
  // a part with its own intro (其中高技能人才5860人，分别是高级工…) is the total of the figures after it
  // (to the next semicolon: 其中一类项目3个，分别是A、B；二类项目9个 goes back to the total)
  let sub: { k: number; from: number; end: number } | null = null;
  // 这46名首席技师里有7人…，另有2人…: in a frame of the set's own figure + 中/里, 另有 adds one more of them
  const lead = compact(text.slice(qs[i].end, from));
  const framed = lead.length <= 12 && /(?:之中|中|里)/.test(lead) && !lr.intro.some((w) => lead.includes(w));
  for (const k of cands) {
    const q = qs[k];
    // (这14名 / 上述20家: a figure pointing back at a set already counted is no new part; the list is over)
    if (/(?:这|该|上述|此)$/.test(text.slice(Math.max(0, q.start - 2), q.start))) break;
    const left = clauseLeft(text, q, lr);
    const stop = startsWithAny(left.replace(TIME_LEAD, ''), lr.stop);
    // (the frame holds to a semicolon: …；另有…等2个工作室暂缓命名 is no more of them)
    // (without a frame, 另有 adds one more part while the parts stay within the total: 其中A…、B…，另有N…)
    const more = (framed || withinTotal(qs, i, [...out].filter(([, t]) => t === i).map(([n]) => n), k)) &&
      moreOfSet(text, q, stop, lr) && !/[；;]/.test(text.slice(from, q.start));
    if ((stop && !more) || startsWithAny(left.replace(TIME_LEAD, ''), lr.change)) break;
    if (!outcomePart(left, cands.length === 1 || joinedSeries(text, qs, cands), lr) && !(k === cands[0] && restatesDeed(left, qs[i]))) break;
    if (k !== cands[0] && newFact(text, q, left, from, lr)) break;
    const earlier = [...out.keys()];
    const under = nestedUnder(text, q, earlier.map((n) => qs[n]), lr);
    out.set(k, under ? earlier[earlier.findIndex((n) => qs[n] === under)] : sub && q.start >= sub.from && q.start < sub.end ? sub.k : i);
    const own: number | null = sub ? null : introAfter(text, q, lr);
    if (own !== null) sub = { k, from: own, end: subEnd(text, q.end, own, end) };
  }
  return out;
}

/**
 * 评出优胜企业45家、优秀班组120个，其中…优胜企业12家: an intro after a series of totals joined by 、
 * divides each earlier total of the series whose unit no other member has, with the parts of its unit.
 */
function partsOfSeries(text: string, qs: Fig[], i: number, from: number, lr: ListRules, sentenceAt: SentenceAt): Map<number, number> {
  const series = [i];
  for (let j = i - 1; j >= 0 && /^[^，,；;。：:\n]*、[^，,；;。：:\n]*$/.test(text.slice(qs[j].end, qs[j + 1].start)); j--) series.unshift(j);
  const out = new Map<number, number>();
  for (const m of series) {
    if (m === i || series.some((o) => o !== m && sameUnit(qs[o], qs[m], lr))) continue;
    for (const [k, t] of partsAfterIntro(text, qs, m, from, lr, sentenceAt)) if (t === m && !partUnit(qs[i], qs[k], lr)) out.set(k, m);
  }
  return out;
}

/** the longest common ending of two subjects (竞赛 of 各类劳动和技能竞赛 and 市级竞赛) */
function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * 竞赛286项，参赛职工12万人次，其中市级竞赛35项: the intro after a figure of another unit opens the
 * parts of the figure before it whose unit they have, when they name the same head noun (竞赛).
 */
function partsAcrossFigure(text: string, qs: Fig[], i: number, lr: ListRules, sentenceAt: SentenceAt): Map<number, number> {
  const t = qs[i];
  const u = qs[i + 1];
  const none = new Map<number, number>();
  const done = completedShare(text, qs, i, lr, sentenceAt);
  if (done.size) return done;
  if (!u || sameUnit(t, u, lr) || sentenceAt(t.start).end <= u.start) return none;
  const between = text.slice(t.end, u.start);
  // 受表彰的20名劳模平均年龄45岁，其中…: a figure of the members (平均, 他们) may share t's clause
  const members = MEMBERS.test(between) && !/[。；;\d０-９]/.test(between);
  // (为683名劳动者追回工资842.5万元: a set and what it got may share one clause, when the list mirrors both)
  const oneClause = /^[^，,；;。\d０-９]{0,30}$/.test(between);
  if (!members && !oneClause && !/^[^，,；;。\d０-９]{0,30}[，,；;][^，,；;。\d０-９]*$/.test(between)) return none;
  const from = introAfter(text, u, lr);
  if (from === null) return none;
  // (…等15名…。本届从62名候选人中产生，分布在4个行业，其中…: the intro speaks of the chosen set, not the pool)
  const chosen = isPool(text, t) ? chosenSet(text, qs, i, from, lr, sentenceAt) : null;
  if (chosen) return chosen;
  const found = partsAfterIntro(text, qs, i, from, lr, sentenceAt);
  // 为683名劳动者追回工资842.5万元，其中农民工639人、796万元: a list with parts of both figures mirrors
  // the clause, each part counted as its figure is, whatever its noun
  // (parts of u that t's unit also takes, 人 after 人次 and 人, mirror nothing: they are u's alone)
  const mirrored = found.size > 0 && [...partsAfterIntro(text, qs, i + 1, from, lr, sentenceAt).keys()].some((k) => !found.has(k));
  if (mirrored) return found;
  if (oneClause && !members) return none;
  // 选树工匠60名，每名奖励2万元；其中…: a figure per item of t (每名, 每个) says nothing new of the set
  const perItem = /^每[名个人位家项]/.test(compact(text.slice(clauseBounds(text, u.start).start, u.start)));
  // 高技能人才1.2万人，占技能人才总数的28%，其中…: a share of t (占…的N%) says nothing new of the set either
  const share = u.kind === 'percent' && /^[，,]?占/.test(compact(text.slice(t.end, u.start)));
  const ok = perItem || share || members || [...found.keys()].every((k) => sharedHead(subjectOf(qs[k]), subjectOf(t)) >= 2);
  return ok ? found : none;
}

/** 新增就业1240人，完成年度目标任务2000人的62%；其中…: a share of a target after the total (its
 * denominator a reference, not a set) says nothing new of the set; the intro after it divides t */
function completedShare(text: string, qs: Fig[], i: number, lr: ListRules, sentenceAt: SentenceAt): Map<number, number> {
  const [t, ref, share] = [qs[i], qs[i + 1], qs[i + 2]];
  if (!ref || !share || !sameUnit(t, ref, lr) || !isReference(text, ref) || share.kind !== 'percent') return new Map();
  if (sentenceAt(t.start).end <= share.start || !/^[，,](?:完成|达到|占)[^，,；;。]{0,30}$/.test(compact(text.slice(t.end, ref.start)))) return new Map();
  const from = introAfter(text, share, lr);
  return from === null ? new Map() : partsAfterIntro(text, qs, i, from, lr, sentenceAt);
}

/** words that describe the members of a set just counted (他们平均年龄46岁, 人均培训60学时, 其平均…) */
const MEMBERS = /(?:他们|她们|其|人均|平均)[^，,；;。]{0,6}(?:年龄|年齡|年限|工龄|工齡|时长|時長|学时|學時|学历|學歷)/;

/** the value of such a description: 41岁, 18.5年, 60学时 */
const MEMBER_VALUE = /^[0-9０-９]+(?:\.[0-9]+)?(?:周岁|週歲|岁|歲|年|学时|學時|小时|小時)(?:以上|左右)?/;

/** a whole clause of such a description, with its comma: 其平均年龄为44岁， */
const MEMBER_CLAUSE = /^[^，,；;。\d０-９]{2,14}[0-9０-９]+(?:\.[0-9]+)?(?:周岁|週歲|岁|歲|年|学时|學時|小时|小時)(?:以上|左右)?[，,]/;

/** a clause giving the total's rate, with its comma (完成年度任务的112%，同比增长8.5%，): the 其中 after it still
 * divides the total before it */
const RATE_CLAUSE = /^[^，,；;。\d０-９]{2,14}[0-9０-９]+(?:\.[0-9]+)?[%％](?:以上|左右)?[，,]/;

/** a clause saying where a set is spread (分布在8个行业, 覆盖12个乡镇, 来自36家企业) */
const SPREAD = /(?:分布在|分布于|分布|覆盖|遍布|遍及|来自)[^，,；;。]{0,30}$/;

/**
 * 12名工匠…。工匠分布在…等8个行业，其中一线职工9名，专业技术人员3名: parts after an intro that count another
 * kind than the figure before it (people after a count of industries) divide the nearest total of
 * their own measure word before it, in its sentence or the one before, when they stay within it.
 */
function partsOfOtherKind(text: string, qs: Fig[], i: number, from: number, lr: ListRules, sentenceAt: SentenceAt): Map<number, number> {
  const none = new Map<number, number>();
  const t = qs[i];
  const end = listEnd(text, from, sentenceAt(from).end);
  const first = qs.findIndex((q, k) => k > i && q.start >= from && q.start < end);
  // (…30个驿站，分布在5个街道，其中街道驿站12个: a figure of where a set is spread is never the set divided)
  const spread = SPREAD.test(compact(text.slice(clauseBounds(text, t.start).start, t.start)));
  // (a sum of money is no set: 培训职工2150人次，发放补贴42万元，其中农民工… may count its recipients)
  if (t.kind !== 'count' || first < 0 || qs[first].kind !== 'count' || (framedUnit(t, qs[first], lr) && !spread)) return none;
  let back = sentenceAt(t.start).start - 1;
  while (back > 0 && /[\s。！？!?.]/.test(text[back])) back--;
  const reach = back > 0 ? sentenceAt(back).start : 0;
  const named = membersNamed(text, t, sentenceAt);
  // (a named set may have been counted a few lines before: the name, not nearness, picks it)
  for (let j = i - 1; j >= 0 && qs[j].start >= (named ? Math.min(reach, t.start - FRAME_REACH) : reach); j--) {
    if (qs[j].kind !== 'count' || !partUnit(qs[j], qs[first], lr)) continue;
    // (第二届“某某工匠”平均年龄46岁，…其中…: the set counted where the topic's name stands)
    if (named && !clauseNames(text, qs[j].start, named)) continue;
    if (isChange(text, qs[j], lr)) return none;
    const found = partsAfterIntro(text, qs, j, from, lr, sentenceAt);
    const parts = [...found].filter(([, to]) => to === j).map(([k]) => k);
    const total = wholeValue(qs[j]);
    const vs = parts.map((k) => wholeValue(qs[k]));
    // (a set picked by its name may be split by attributes that cross: each part within it is enough)
    const within = named ? vs.every((v) => v! <= total!) : vs.reduce((a, v) => a! + v!, 0n)! <= total!;
    return parts.length && total !== null && !vs.includes(null) && within ? found : none;
  }
  return none;
}

/** whether the clause around offset at names the set (its quotes aside) */
function clauseNames(text: string, at: number, named: string): boolean {
  const { start, end } = clauseBounds(text, at);
  return compact(text.slice(start, end)).replace(QUOTES, '').includes(named);
}

/** 第二届“某某工匠”平均年龄46岁: the name a figure of the members' attribute is told of (no figure in it), or null */
function membersNamed(text: string, t: Fig, sentenceAt: SentenceAt): string | null {
  const left = compact(text.slice(sentenceAt(t.start).start, t.start));
  if (!MEMBERS.test(left) || /[0-9０-９]/.test(left)) return null;
  const name = left.replace(/(?:他们|她们|其|人均|平均).*$/, '').replace(QUOTES, '');
  // (首届金牌工匠 for 首届“某某区金牌工匠”: the name's head, its last four characters, is what is matched)
  return name.length >= 2 ? name.slice(-4) : null;
}

/** 农民工总数3.6万人，农民工中已入会的2.9万人: a clause opening with T's noun + 中 speaks of a part of T */
function partsNamedAfter(text: string, qs: Fig[], i: number, lr: ListRules, sentenceAt: SentenceAt): Map<number, number> {
  const t = qs[i];
  const out = new Map<number, number>();
  const noun = subjectOf(t).replace(/(?:总数|总量|人数)$/, '');
  if (noun.length < 2) return out;
  const end = sentenceAt(t.start).end;
  for (let k = i + 1; k < qs.length && qs[k].start < end; k++) {
    if (!partUnit(t, qs[k], lr)) continue;
    if (lr.nested.some((w) => clauseLeft(text, qs[k], lr).startsWith(noun + w))) out.set(k, i);
  }
  return out;
}

/** a figure whose clause opens with a stop word (比上年增加, 同比增长) or a change word (较去年底增加,
 * 比上年末增加) states a change, not a set */
const isChange = (text: string, q: Fig, lr: ListRules) => {
  const left = clauseLeft(text, q, lr).replace(TIME_LEAD, '');
  return !!(startsWithAny(left, lr.stop) || startsWithAny(left, lr.change) || SINCE_YEAR.test(left) || namedChange(left, lr));
};
/** a change verb closing a clause (增加了, 增长, 减少) after a change word */
const CHANGE_VERB = /^[^\d０-９，,；;。]{0,4}?(?:增加|增长|减少|下降|提高|上升|新增|增|减|多|少)(?:了)?(?:近|约|超过|逾)?$/;
/** 参赛人数比上届增加了61人 / 慰问人数比上年增加了196人: the set's own noun before the change word leaves the
 * clause a change against an earlier time, no set of its own */
function namedChange(left: string, lr: ListRules): boolean {
  return lr.change.some((w) => {
    const at = left.indexOf(w);
    return at >= 2 && at <= 8 && !/[\d０-９]/.test(left.slice(0, at)) && CHANGE_VERB.test(left.slice(at + w.length));
  });
}
/** a comparison with a named year (较2021年底增加, 比2020年末, 与2022年相比): a change, as 比上年 is */
const SINCE_YEAR = /^(?:较|比|与)(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:底|末|初|同期)?(?:相比)?[，,]?(?:增加|增长|减少|下降|提高|上升|新增|多|少)/;

/** the last figure of q's unit before it in its sentence that is no change itself (the stock a change is of), or -1 */
function stockBefore(text: string, qs: Fig[], i: number, lr: ListRules, sentenceAt: SentenceAt): number {
  const sent = sentenceAt(qs[i].start);
  for (let j = i - 1; j >= 0 && qs[j].start >= sent.start; j--) if (partUnit(qs[j], qs[i], lr) && !isChange(text, qs[j], lr)) return j;
  return -1;
}

/** 佛山市有6人入选，…。其中，…3人: an intro opening the next sentence speaks of the last figure of its unit */
function partsNextSentence(text: string, qs: Fig[], i: number, lr: ListRules, sentenceAt: SentenceAt): Map<number, number> {
  const t = qs[i];
  const sent = sentenceAt(t.start);
  // a change (会员21.6万人，比上年增加0.9万人) is no set the next sentence divides; a clause opening with a
  // total word is one (累计开班146期。其中，…专班有41期)
  const left = clauseLeft(text, t, lr).replace(TIME_LEAD, '');
  if (isChange(text, t, lr) && !startsWithAny(left, lr.total)) return new Map();
  if (isReference(text, t)) return new Map();
  for (let k = i + 1; k < qs.length && qs[k].start < sent.end; k++) if (partUnit(t, qs[k], lr) && !isChange(text, qs[k], lr) && !isReference(text, qs[k])) return new Map();
  let j = sent.end;
  while (j < text.length && /[\s。！？!?]/.test(text[j])) j++;
  const w = startsWithAny(text.slice(j, j + 4), lr.intro);
  if (!w) return new Map();
  let from = j + w.length;
  if (/[，,：:]/.test(text[from] ?? '')) from++;
  const chosen = isPool(text, t) ? chosenSet(text, qs, i, from, lr, sentenceAt) : null;
  return chosen ?? partsAfterIntro(text, qs, i, from, lr, sentenceAt);
}

/** 从申报的15个中择优产生 / 从56名候选人中评选产生: a pool the set was chosen from, not the set itself */
const POOL = /从[^，,；;。]{0,16}[0-9０-９]+[^，,；;。\d]{0,8}中(?:择优|经评审|评审)?(?:产生|选出|评出|评选产生|遴选产生|确定)/;

const isPool = (text: string, t: Fig) => {
  const cb = clauseBounds(text, t.start);
  return POOL.test(compact(text.slice(cb.start, cb.end)));
};

/** 认定…等6个工作室。本批工作室从申报的15个中择优产生。其中，…4个，…各1个: the intro after a pool speaks of the
 * chosen set, the latest count of its unit before the pool, when its parts add up to it exactly; else null */
function chosenSet(text: string, qs: Fig[], i: number, from: number, lr: ListRules, sentenceAt: SentenceAt): Map<number, number> | null {
  for (let j = i - 1; j >= 0 && qs[j].start >= qs[i].start - FRAME_REACH; j--) {
    if (!sameUnit(qs[j], qs[i], lr) || qs[j].partOf != null || tallyOf(qs[j], lr) === null) continue;
    const parts = partsAfterIntro(text, qs, j, from, lr, sentenceAt);
    const direct = [...parts].filter(([, t]) => t === j).map(([k]) => k);
    const vs = direct.map((k) => tallyOf(qs[k], lr));
    if (vs.some((v) => v === null)) return null;
    const sum = direct.reduce((a, k, n) => a + vs[n]! * eachTimes(text, qs[k]), 0n);
    return direct.length >= 2 && sum === tallyOf(qs[j], lr) ? parts : null;
  }
  return null;
}

/** 共…T，A…、B…: the next clause holds only same-unit figures joined by 、 (after 分别是 … if written);
 * one figure alone is a part when it names a kind of T (技能人才1.26万人，高技能人才2980人) */
function partsInNextClause(text: string, qs: Fig[], i: number, lr: ListRules): number[] {
  const t = qs[i];
  const cb = clauseBounds(text, t.start);
  const left = compact(text.slice(cb.start, t.start));
  if (!lr.total.some((w) => left.includes(w))) return [];
  const tc = clauseBounds(text, t.end);
  if (tc.end >= text.length || !/[，：:,]/.test(text[tc.end])) return [];
  const next = clauseBounds(text, tc.end + 1);
  const firstWords = compact(text.slice(next.start, next.end));
  if (startsWithAny(firstWords, lr.stop) || startsWithAny(firstWords, lr.outcome)) return [];
  const inNext: number[] = [];
  for (let k = i + 1; k < qs.length && qs[k].start < next.end; k++) if (qs[k].start >= next.start) inNext.push(k);
  if (!inNext.length || !inNext.every((k) => sameUnit(t, qs[k], lr))) return [];
  if (inNext.length === 1) {
    const q = qs[inNext[0]];
    // 技能人才总量48万人，高技能人才13.5万人: the total's noun without 总量 / 总数; the part's clause
    // may qualify it with a 的 phrase the subject reader leaves out (参加竞赛的班组1790个)
    const ts = subjectOf(t).replace(/(?:总量|总数|总额|总计)$/, '');
    const kind = (ps: string) => ts.length >= 2 && ps.length > ts.length && ps.endsWith(ts);
    return kind(subjectOf(q)) || kind(clauseLeft(text, q, lr)) ? inNext : [];
  }
  const joined = inNext.slice(1).every((k, n) => /^[^，,；;。]*、/.test(text.slice(qs[inNext[n]].end, qs[k].start)));
  return joined ? inNext : [];
}

/** A3家、市级8家、县级15家，共26家: a total written after its parts, the clause before made only of them */
function partsBeforeTotal(text: string, qs: Fig[], i: number, lr: ListRules): number[] {
  const t = qs[i];
  const cb = clauseBounds(text, t.start);
  const lead = compact(text.slice(cb.start, t.end));
  if (!lr.total.some((w) => lead.startsWith(w)) || cb.start === 0 || !/[，,]/.test(text[cb.start - 1])) return [];
  const prev = clauseBounds(text, cb.start - 1);
  const inPrev: number[] = [];
  // (the clause before only: 共决出一等奖3名、二等奖6名、三等奖9名 has its figures in the total's own clause)
  for (let k = i - 1; k >= 0 && qs[k].start >= prev.start; k--) if (qs[k].end < cb.start) inPrev.unshift(k);
  if (inPrev.length === 1) return singlesBefore(text, qs, i, lr);
  if (inPrev.length < 2 || !inPrev.every((k) => sameUnit(t, qs[k], lr) && qs[k].partOf == null)) return [];
  if (compact(text.slice(qs[inPrev[inPrev.length - 1]].end, cb.start - 1))) return [];
  const joined = inPrev.slice(1).every((k, n) => /^[^，,；;。]*、/.test(text.slice(qs[inPrev[n]].end, qs[k].start)));
  return joined ? inPrev : [];
}

/** 名额分配：南京市30名，苏州市28名，无锡市20名，共计78名: short clauses of one figure each, back to a
 * colon or the sentence start, are the parts of a total written after them */
function singlesBefore(text: string, qs: Fig[], i: number, lr: ListRules): number[] {
  const t = qs[i];
  const out: number[] = [];
  let at = clauseBounds(text, t.start).start;
  for (let k = i - 1; k >= 0 && at > 0 && /[，,；;]/.test(text[at - 1]); k--) {
    const cb = clauseBounds(text, at - 1);
    const q = qs[k];
    if (q.start < cb.start || q.end > at || !sameUnit(t, q, lr) || q.partOf != null) return [];
    if (k > 0 && qs[k - 1].end > cb.start) return [];
    const name = compact(text.slice(cb.start, q.start));
    if (name.length > 10 || compact(text.slice(q.end, at - 1))) return [];
    out.unshift(k);
    at = cb.start;
  }
  const opened = at === 0 || /[：:。！？\n]/.test(text[at - 1]);
  return out.length >= 2 && opened ? out : [];
}

const lineOf = (text: string, at: number) => text.slice(lineStart(text, at), at);
/** an annex heading with a count: 一、南京市（6个） */
const HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^，。；\n]{1,20}[（(]\s*$/;

/** a list's title line open at its count: …名单（ */
const LIST_TITLE_OPEN = /名单[（(]$/;
/** a group of a titled list: its label at the head of a line, its count in brackets, then ：and the names */
const GROUP_LINE = /^\s*[^，。；：:、\n（()）]{2,20}[（(]\s*$/;
/** a list's title line: …名单 (a count in brackets may close it) */
const LIST_TITLE_LINE = /名单(?:[（(][^）)\n]*[）)])?\s*$/;
/** the last non-blank line before the line of offset `at` */
const lineBefore = (text: string, at: number) => {
  const lines = text.slice(0, lineStart(text, at)).split('\n').filter((l) => l.trim());
  return lines[lines.length - 1] ?? '';
};
/** the figure's bracket closes its line (名单（24名）) */
const closesLine = (text: string, end: number) => /^\s*[）)]\s*(?:\n|$)/.test(text.slice(end, end + 6));

/** （共45个） under an annex title, then 一、南京市（6个）、二、苏州市（7个）…: the headings are its parts */
function partsInHeadings(text: string, qs: Fig[], i: number, lr: ListRules): number[] {
  const t = qs[i];
  // the count line under the title, or the count closing the title line itself (…名单（共20个）)
  const pre = compact(lineOf(text, t.start));
  const own = compact(text.slice(t.start, t.end));
  // (认定以下7个工作室为…: a figure announcing the list below is its total when the headings add up)
  const announced = /(?:以下|下列)$/.test(pre);
  // (…“某市技术能手”名单（24名） over 钢铁冶炼（6名）：… lines: the groups of a titled list, when they add up)
  const titled = LIST_TITLE_OPEN.test(pre) && closesLine(text, t.end);
  // (…名单 over a note line （共20名，以乡镇排序） over 某镇（4名）：… lines: the note's count is the groups' total)
  // (the note may lack 共 right under the title: 名单 over （20名，按工种分组）; its groups must then add up)
  const bareNote = /^[（(]$/.test(pre) && !own.startsWith('共') && LIST_TITLE_LINE.test(lineBefore(text, t.start));
  const note = /^[（(]共$/.test(pre) || bareNote;
  if (!announced && !titled && !bareNote && !(/[（(]共$/.test(pre) || (/^[（(]$/.test(pre) && own.startsWith('共')))) return [];
  const out: number[] = [];
  let labelled = false;
  for (let k = i + 1; k < qs.length; k++) {
    const line = lineOf(text, qs[k].start);
    // (the next list's title line, 某某单位名单（5个）, ends the groups under a note as well)
    if (LIST_TITLE_OPEN.test(compact(line)) && (titled || note)) break;
    if (note ? /^\s*[（(]\s*共?$/.test(line) : !titled && /[（(]\s*共?$/.test(line) && !HEADING.test(line)) break;
    // (the group's names after ：on its line, or on the lines under it: 交通系统（4名） as a line of its own)
    const label = (titled || note) && GROUP_LINE.test(line) && (/^\s*[）)]\s*[：:]/.test(text.slice(qs[k].end, qs[k].end + 4)) || closesLine(text, qs[k].end));
    labelled ||= label && !HEADING.test(line);
    if ((HEADING.test(line) || label) && qs[k].kind === t.kind) out.push(k);
  }
  if (out.length < 2) return [];
  // headings counted in other measure words (奖状8个、奖章35名、先锋号15个) are parts when they add up
  if (!announced && !titled && !bareNote && !labelled && out.every((k) => sameUnit(t, qs[k], lr))) return out;
  const whole = (f: Fig) => (/^\d+$/.test(f.valueText ?? '') ? BigInt(f.valueText!) : null);
  const parts = out.map((k) => whole(qs[k]));
  const total = whole(t);
  if (total === null || parts.some((p) => p === null)) return [];
  return parts.reduce((a, p) => a! + p!, 0n) === total ? out : [];
}

/** the numbering styles of headings, in the order of their levels (GB/T 9704: 一、 → （一） → 1. → （1）) */
const NUMBERING = [
  /^[一二三四五六七八九十]{1,3}[、．.]/,
  /^[（(][一二三四五六七八九十]{1,3}[）)]/,
  /^[0-9０-９]{1,2}(?:[、．]|\.(?![0-9]))/,
  /^[（(][0-9０-９]{1,2}[）)]/,
  /^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/,
];
/** the level of a numbered line (its numbering style's rank), else -1 */
const levelOf = (line: string) => NUMBERING.findIndex((re) => re.test(line.replace(/^[\s\u3000]+/, '')));

/** the level of the heading a figure counts: a numbered line the figure closes in brackets
 * (二、某市青年岗位能手（20名） / （一）工业和建筑业（8名）), else -1 */
function countedHeading(text: string, q: Fig): number {
  const line = lineOf(text, q.start);
  if (!/[（(]\s*共?\s*$/.test(line) || !closesLine(text, q.end) || /[，。；]/.test(line)) return -1;
  return levelOf(line);
}

/** below every numbered level: a group line of a list, 某某公司（4名）：name、name */
const GROUP_LEVEL = NUMBERING.length;
/** the level of a counted heading, or GROUP_LEVEL for a group line (label, count in brackets, ：and names), else -1 */
function countedItem(text: string, q: Fig): number {
  const level = countedHeading(text, q);
  if (level >= 0) return level;
  const group = GROUP_LINE.test(lineOf(text, q.start)) && /^\s*[）)]\s*[：:]/.test(text.slice(q.end, q.end + 4));
  return group ? GROUP_LEVEL : -1;
}

/**
 * 二、某市青年岗位能手（20名） over （一）工业和建筑业（8名）、（二）农业和服务业（7名）…: the counted headings of
 * the next level under a counted heading, to the next heading of its level or above, are its parts,
 * whatever the numbering styles (each level counts one group of the set above it); unnumbered group
 * lines (某某公司（4名）：name、name) are the deepest level.
 */
function partsInSubHeadings(text: string, qs: Fig[], i: number, lr: ListRules): number[] {
  const t = qs[i];
  const level = countedHeading(text, t);
  if (level < 0) return [];
  const out: number[] = [];
  let sub = -1;
  let at = text.indexOf('\n', t.end);
  for (let k = i + 1; k < qs.length && at >= 0 && qs[k].start - t.end < 4000; k++) {
    // (a line numbered at the heading's level or above ends its groups, figure or not)
    for (let nl = at; nl >= 0 && nl < qs[k].start; nl = text.indexOf('\n', nl + 1)) {
      const l = levelOf(text.slice(nl + 1, text.indexOf('\n', nl + 1) >>> 0));
      if (l >= 0 && l <= level) { at = -1; break; }
      at = nl;
    }
    if (at < 0) break;
    const l = countedItem(text, qs[k]);
    if (l <= level || (sub >= 0 && l !== sub)) continue;
    sub = l;
    out.push(k);
  }
  const total = wholeValue(t);
  const vs = out.map((k) => wholeValue(qs[k]));
  if (out.length < 2 || total === null || vs.some((v) => v === null) || !out.every((k) => sameUnit(t, qs[k], lr))) return [];
  const sum = vs.reduce((a, v) => a! + v!, 0n)!;
  // (group lines are parts only when they add up, as under a note line: a partial list names no breakdown)
  return sum === total || (sub !== GROUP_LEVEL && sum < total) ? out : [];
}

/** an annex's label line: 附件, 附件2, 附件：(its title on the lines after) */
const ANNEX_LINE = /^[\s\u3000]*附件[\s\u3000]*[0-9０-９一二三四五六七八九]?[\s\u3000]*[：:]?[\s\u3000]*$/gm;

/**
 * 附件 over a list grouped under counted headings with no count of its own ((一）茶产业（3个）、（二）竹木加工（2个）…):
 * the groups divide the batch the body counted, the last figure before the annex in their measure word that
 * their counts add up to (等9个工作室为第四批…). Only the headings of the annex's top counted level, none linked yet.
 */
function annexHeadingParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules): void {
  const annexes = [...text.matchAll(ANNEX_LINE)].map((m) => m.index!);
  annexes.forEach((from, a) => {
    const to = annexes[a + 1] ?? text.length;
    const heads = qs.map((_, k) => k).filter((k) => qs[k].start > from && qs[k].start < to && countedHeading(text, qs[k]) >= 0);
    const top = Math.min(...heads.map((k) => countedHeading(text, qs[k])));
    const groups = heads.filter((k) => countedHeading(text, qs[k]) === top);
    const vs = groups.map((k) => wholeValue(qs[k]));
    if (groups.length < 2 || groups.some((k) => links.has(k)) || vs.some((v) => v === null) || !groups.every((k) => sameUnit(qs[groups[0]], qs[k], lr))) return;
    const sum = vs.reduce((x, v) => x! + v!, 0n);
    let t = -1;
    for (let j = groups[0] - 1; j >= 0 && t < 0; j--) if (qs[j].start < from && sameUnit(qs[j], qs[groups[0]], lr) && wholeValue(qs[j]) === sum) t = j;
    if (t < 0) return;
    for (const k of groups) { links.set(k, t); qs[k].partOf = t; }
  });
}

/** …具有技师资格的有860人，高级技师又占其中的140人: the figure is a part of the last figure before it in its
 * sentence (in a measure word it may be a part of), whatever total the list reading gave it */
function amongLast(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let k = 1; k < qs.length; k++) {
    // (占其中的140人 / 其中的3名: 其中 after a verb or before 的 points at the set just named, not the list's total)
    if (!endsWithAny(compact(text.slice(Math.max(0, qs[k].start - 6), qs[k].start)), lr.among)) continue;
    const sent = sentenceAt(qs[k].start);
    let j = k - 1;
    while (j >= 0 && qs[j].start >= sent.start && !partUnit(qs[j], qs[k], lr)) j--;
    if (j < 0 || qs[j].start < sent.start || exceeds(qs[k], qs[j], lr)) continue;
    links.set(k, j);
    qs[k].partOf = j;
  }
}

/** 共有工作室14个，其中省级3个、市级4个、县级7个，今年新命名的县级工作室3个…: a last part that would overrun its
 * total and whose clause names an earlier part's level (县级) is a part of that level, not one more of the total */
function levelNested(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules): void {
  for (const [k, t] of [...links]) {
    const sibs = [...links].filter(([j, u]) => u === t && j !== k).map(([j]) => j);
    const [total, vs] = [wholeValue(qs[t]), [...sibs, k].map((j) => wholeValue(qs[j]))];
    if (total === null || vs.some((v) => v === null) || vs.reduce((a, v) => a! + v!, 0n)! <= total) continue;
    const clause = compact(text.slice(clauseBounds(text, qs[k].start).start, qs[k].start));
    const level = sibs.filter((j) => j < k && /级$/.test(subjectOf(qs[j])) && !clause.startsWith(subjectOf(qs[j])) && clause.includes(subjectOf(qs[j])));
    const j = level[level.length - 1];
    if (j === undefined || !partUnit(qs[j], qs[k], lr) || exceeds(qs[k], qs[j], lr)) continue;
    links.set(k, j);
    qs[k].partOf = j;
  }
}

/** a part larger than its total in the same measure word (女性4名 under 从事窑炉的1名) is some other set's */
const exceeds = (part: Fig, total: Fig, lr: ListRules) => {
  const [p, t] = [wholeValue(part), wholeValue(total)];
  return p !== null && t !== null && p > t && sameUnit(part, total, lr);
};

/** 其中： / 分别是： closing a total's line: its parts are the numbered items on the lines after it */
const OPENS_ITEMS = /^[：:][ \t]*\n/;

/** the first figure of a part's unit on the line starting at ls, or -1 */
function firstOnLine(qs: Fig[], t: Fig, ls: number, le: number, lr: ListRules): number {
  return qs.findIndex((q) => q.start >= ls && q.start < le && partUnit(t, q, lr));
}

/**
 * 全年培训2600人次以上，其中：\n1.…450人；\n2.…1800人次，分别是：\n（1）…700人次 …: a total whose intro closes
 * its line with a colon is divided by the numbered items after it, one figure each; the items of one level are its
 * parts, deeper ones belong to the item they follow (read when that item is the total). A line not numbered,
 * or numbered at the total's own level or above, ends the list.
 */
function numberedItemParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules): void {
  for (let i = 0; i < qs.length; i++) {
    const t = qs[i];
    if (t.kind === 'percent' || t.kind === 'ratio') continue;
    const from = introAfter(text, t, lr);
    if (from === null || !OPENS_ITEMS.test(text.slice(from, from + 4))) continue;
    const own = levelOf(lineOf(text, t.start));
    let ls = lineEnd(text, from) + 1;
    let level = -1;
    while (ls < text.length) {
      const le = lineEnd(text, ls);
      const lv = levelOf(text.slice(ls, le));
      if (lv < 0 || lv <= own || (level >= 0 && lv < level)) break;
      if (level < 0) level = lv;
      const k = lv === level ? firstOnLine(qs, t, ls, le, lr) : -1;
      if (k > i && !links.has(k) && !exceeds(qs[k], t, lr)) { links.set(k, i); qs[k].partOf = i; }
      ls = le + 1;
    }
  }
}

/**
 * Sets partOf on qs (sorted by start, none linked yet): for each figure in order, the parts that
 * its list names. A figure already a part may itself be a total (nested lists).
 * Returns, for each linked part, its total's index.
 */
export function linkLists(text: string, qs: Fig[], lr: ListRules = loadListRules(), sentenceAt: SentenceAt = sentencesOf(text)): Map<number, number> {
  const links = totalRowParts(text, qs, lr);
  for (let i = 0; i < qs.length; i++) {
    const t = qs[i];
    if (t.kind === 'percent' || t.kind === 'ratio') continue;
    // 1.8万人次，线上1.1万人次、线下0.7万人次，其中女职工0.8万人次: an intro after the last of
    // several parts speaks of their total, and its figures are a subset across the parts, not a
    // breakdown of the last one: left unlinked
    const total = links.get(i);
    if (total !== undefined && [...links.values()].filter((x) => x === total).length > 1) continue;
    const from = introAfter(text, t, lr);
    let found = new Map<number, number>();
    // 会员21.6万人，比上年增加0.9万人，其中…: the parts after a change divide the stock before it
    const changeLeft = clauseLeft(text, t, lr).replace(TIME_LEAD, '');
    const stock = from !== null && (startsWithAny(changeLeft, lr.change) || SINCE_YEAR.test(changeLeft)) ? stockBefore(text, qs, i, lr, sentenceAt) : -1;
    const spread = from !== null && SPREAD.test(compact(text.slice(clauseBounds(text, t.start).start, t.start)));
    if (stock >= 0) found = partsAfterIntro(text, qs, stock, from!, lr, sentenceAt);
    else if (from !== null) {
      if (spread) found = partsOfOtherKind(text, qs, i, from, lr, sentenceAt);
      if (!found.size && isPool(text, t)) found = chosenSet(text, qs, i, from, lr, sentenceAt) ?? found;
      if (!found.size) found = partsAfterIntro(text, qs, i, from, lr, sentenceAt);
    }
    if (from !== null && stock < 0) for (const [k, m] of partsOfSeries(text, qs, i, from, lr, sentenceAt)) if (!found.has(k)) found.set(k, m);
    // (模范职工之家4个，其中…2家: a mixed set's parts counted by the classifier of firms)
    for (const u of from !== null && stock < 0 && !found.size ? lr.introWithin.get(t.unit) ?? [] : []) {
      if (!found.size) found = partsAfterIntro(text, qs, i, from!, lr, sentenceAt, { ...t, unit: u });
    }
    if (!found.size && from !== null && stock < 0) found = partsOfOtherKind(text, qs, i, from, lr, sentenceAt);
    if (!found.size) found = partsAcrossFigure(text, qs, i, lr, sentenceAt);
    if (!found.size && from === null) found = partsNextSentence(text, qs, i, lr, sentenceAt);
    if (!found.size) found = partsNamedAfter(text, qs, i, lr, sentenceAt);
    if (!found.size) for (const k of [...partsInNextClause(text, qs, i, lr), ...partsBeforeTotal(text, qs, i, lr), ...partsInHeadings(text, qs, i, lr), ...partsInSubHeadings(text, qs, i, lr)]) found.set(k, i);
    for (const [k, total] of found) {
      if (links.has(k) || exceeds(qs[k], qs[total], lr)) continue;
      links.set(k, total);
      qs[k].partOf = total;
    }
  }
  laterPasses(text, qs, links, lr, sentenceAt);
  return links;
}

/** the passes that link what the per-total walk above left: frames, pronouns, sums, tables, headings (in this order) */
function laterPasses(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  asideParts(text, qs, links, lr);
  framedParts(text, qs, links, lr, sentenceAt);
  clauseFramedParts(text, qs, links, lr);
  topicParts(text, qs, links, lr, sentenceAt);
  headlessNext(text, qs, links, lr);
  progressNext(text, qs, links, lr);
  restrictedParts(text, qs, links, lr, sentenceAt);
  decidedParts(text, qs, links, lr, sentenceAt);
  for (const pass of [stagedParts, rejectedParts]) pass(text, qs, links, lr, sentenceAt);
  pronounFramedParts(text, qs, links, lr, sentenceAt);
  pronounWhole(text, qs, links, lr, sentenceAt);
  for (const pass of [instalmentParts, fundedParts]) pass(text, qs, links, lr, sentenceAt);
  selectedParts(text, qs, links, lr, sentenceAt);
  summedParts(text, qs, links, lr, sentenceAt);
  summedNextSentence(text, qs, links, lr, sentenceAt);
  tableRowParts(text, qs, links, lr, sentenceAt);
  for (const pass of [annexHeadingParts, numberedItemParts]) pass(text, qs, links, lr);
  bareNextSentence(text, qs, links, lr, sentenceAt);
  secondBreakdown(text, qs, links, lr, sentenceAt);
  traitsAfterSum(text, qs, links, lr, sentenceAt);
  amongLast(text, qs, links, lr, sentenceAt);
  levelNested(text, qs, links, lr);
}

/**
 * 6名工匠中，傣族2名、汉族4名，平均年龄45岁。从事茶叶加工的有3名，从事手工艺的有3名。: a total already split
 * into parts is often split again by another trait, later in the sentence of its last part or in the next one;
 * the unlinked counts there in its unit, all of them and adding up to it exactly, are its parts.
 */
function secondBreakdown(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let i = 0; i < qs.length; i++) {
    const total = tallyOf(qs[i], lr);
    const first = [...links].filter(([, t]) => t === i).map(([k]) => k);
    if (total === null || first.length < 2) continue;
    const last = Math.max(...first);
    const own = sentenceAt(qs[last].start);
    let j = own.end;
    while (j < text.length && /[\s。！？!?.]/.test(text[j])) j++;
    const end = j < text.length ? sentenceAt(j).end : own.end;
    const ks = qs.map((_, k) => k).filter((k) => k > last && qs[k].start < end && qs[k].kind === 'count' && partUnit(qs[i], qs[k], lr));
    const vs = ks.map((k) => tallyOf(qs[k], lr));
    if (ks.length < 2 || vs.some((v) => v === null) || ks.some((k) => links.has(k) || changeOnly(text, qs[k], lr))) continue;
    if (ks.reduce((a, k) => a + tallyOf(qs[k], lr)! * eachTimes(text, qs[k]), 0n) !== total) continue;
    for (const k of ks) {
      links.set(k, i);
      qs[k].partOf = i;
    }
  }
  traitAfterFullSplit(text, qs, links, lr, sentenceAt);
}

/** a total that frames what follows it (受表彰的20名劳动模范中，) */
/** a clause that only names a trait before its count (一线职工8名, 女性3名, 技师3名): a short noun, no verb of a fact */
const TRAIT_LEFT = /^[\u4e00-\u9fa5]{2,8}$/;
const FACT_IN_TRAIT = /[获被比较增减有是为在从到由共计累达占]/;

/**
 * 受表彰的10名标兵，哈萨克族5名、汉族3名、…，平均年龄38.6岁，一线职工8名，占80%: once the parts of a total add
 * up to it exactly, a later clause of the same sentence that names one more trait and its count (一线职工8名,
 * 女性3名) speaks of the whole set by another trait: a part of the total.
 */
function traitsAfterSum(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let i = 0; i < qs.length; i++) {
    const total = tallyOf(qs[i], lr);
    const first = [...links].filter(([, t]) => t === i).map(([k]) => k);
    if (total === null || first.length < 2) continue;
    const last = fullSplitEnd(qs, first.sort((a, b) => a - b), total, lr);
    if (last < 0) continue;
    if (sentenceAt(qs[last].start).start > qs[i].start) continue;
    // (the traits may stand in clauses after a semicolon: …汉族2名；女性3名；平均年龄43.5岁)
    const stop = /[。！？!?\n]/.exec(text.slice(qs[last].end));
    const end = stop ? qs[last].end + stop.index : text.length;
    for (let k = last + 1; k < qs.length && qs[k].start < end; k++) {
      if (links.has(k) || !partUnit(qs[i], qs[k], lr) || isChange(text, qs[k], lr)) continue;
      const left = clauseLeft(text, qs[k], lr);
      const v = tallyOf(qs[k], lr);
      if (!TRAIT_LEFT.test(left) || FACT_IN_TRAIT.test(left) || v === null || v >= total) continue;
      links.set(k, i);
      qs[k].partOf = i;
    }
  }
}

/** the last of the first parts that add up to the total exactly (a breakdown), or -1 */
function fullSplitEnd(qs: Fig[], parts: number[], total: bigint, lr: ListRules): number {
  let sum = 0n;
  for (const [n, k] of parts.entries()) {
    sum += tallyOf(qs[k], lr) ?? total + 1n;
    if (sum === total) return n > 0 ? k : -1;
    if (sum > total) return -1;
  }
  return -1;
}

const FRAMED = /中$/;

/**
 * 受表彰的20名先进个人中，一线职工13名，管理人员7名；其中女性6名，少数民族3名: once the
 * parts of a framed total add up to it exactly, a 其中 right after the last part (after ； or ，) speaks of the whole
 * set by another trait, not of the last part; its counts (exhaustive or not) are the total's parts.
 */
function traitAfterFullSplit(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let i = 0; i < qs.length; i++) {
    const total = tallyOf(qs[i], lr);
    const first = [...links].filter(([, t]) => t === i).map(([k]) => k);
    if (total === null || first.length < 2 || !FRAMED.test(compact(text.slice(qs[i].end, clauseBounds(text, qs[i].start).end)))) continue;
    if (first.reduce((a, k) => a + (tallyOf(qs[k], lr) ?? -total), 0n) !== total) continue;
    const last = Math.max(...first);
    const from = qs[last].end + (/^[；;，,]\s*/.exec(text.slice(qs[last].end))?.[0].length ?? text.length);
    if (!text.startsWith('其中', from)) continue;
    const end = sentenceAt(qs[last].start).end;
    for (let k = last + 1; k < qs.length && qs[k].start < end; k++) {
      if ((links.has(k) && links.get(k) !== last) || !partUnit(qs[i], qs[k], lr) || exceeds(qs[k], qs[i], lr)) continue;
      links.set(k, i);
      qs[k].partOf = i;
    }
  }
}

/** entering a selection (97名技能人才参评, 146人报名) and being selected in it (最终15人当选, 10人获提名奖);
 * not a contest's entrants and the prizes or titles won in it (参赛…获评, 申报项目…评出一等奖): a new fact */
const ENTERED = /(?:参评|报名|申报|参选|候选|收到)/;
const SELECTED = /(?:当选|入选|确定|胜出|选出|提名|脱颖而出)/;
/** a contest entered, right after the entrants' count and noun (312名职工参赛) */
const CONTEST = /^[^，,；;。]{0,8}(?:参赛|参加比赛|参加竞赛|参加决赛|进入决赛)/;
/** a title won, after the winners' count and noun (15名职工获评, 18家企业…分别获评) */
const WON = /(?:获评|荣获|被评为|被授予|获得|获)/;

/**
 * 共有97名技能人才参评，…，最终15人当选“某某工匠”，另有10人获提名奖: those selected, later in the sentence of
 * the entrants' count and counted in its unit, are parts of the entrants (winners after participants).
 */
function selectedParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let i = 0; i < qs.length; i++) {
    const total = tallyOf(qs[i], lr);
    const ib = clauseBounds(text, qs[i].start);
    const entered = ENTERED.test(text.slice(ib.start, ib.end));
    const contest = CONTEST.test(compact(text.slice(qs[i].end, ib.end)));
    if (total === null || !(entered || contest)) continue;
    const sent = sentenceAt(qs[i].start);
    for (let k = i + 1; k < qs.length && qs[k].start < sent.end; k++) {
      const kb = clauseBounds(text, qs[k].start);
      const v = tallyOf(qs[k], lr);
      // (9家单位申报…确定5个: the bodies entered and the things they entered are counted one for one, 家 or 个)
      const unitOk = sameUnit(qs[i], qs[k], lr) || framedUnit(qs[i], qs[k], lr) || framedUnit(qs[k], qs[i], lr);
      if (links.has(k) || kb.start === ib.start || v === null || v >= total || !unitOk) continue;
      // (a contest's entrants and those of them who won a title, named by the entrants' own noun:
      // 312名职工参赛，15名职工获评… / 520家企业参赛，18家企业…获评; prizes, 一等奖3名, name no entrant)
      const own = contest && subjectOf(qs[k]).length >= 2 && subjectOf(qs[k]) === subjectOf(qs[i]) && WON.test(text.slice(qs[k].end, kb.end + 1));
      if (!(entered && SELECTED.test(text.slice(kb.start, kb.end))) && !own) continue;
      links.set(k, i);
      qs[k].partOf = i;
    }
  }
}

/** a figure that entered a selection (申报10个, 推荐32名参评) or passed one of its stages (有8个进入评审环节) */
type Stage = 'entered' | 'stage' | 'final' | 'review' | null;

function stageOf(text: string, q: Fig, lr: ListRules, sentenceAt: SentenceAt): Stage {
  const b = clauseBounds(text, q.start);
  const left = compact(text.slice(b.start, q.start));
  // (prizes won at the end, 最终评出一等奖3名, are a new fact, not those chosen among the entries)
  if (startsWithAny(left.replace(/^(?:经[^，,]{1,12})/, ''), lr.stageFinal)) return /[奖獎]/.test(text.slice(b.start, b.end)) ? null : 'final';
  const after = foldToSimplified(compact(text.slice(q.end, Math.min(b.end, q.end + 12))));
  const verb = lr.stage.map((w) => after.indexOf(w)).filter((i) => i >= 0);
  if (verb.length && Math.min(...verb) <= 6) return 'stage';
  if (afterReview(text, q, lr, sentenceAt) && !/[奖獎]/.test(text.slice(b.start, b.end))) return 'review';
  return ENTERED.test(foldToSimplified(text.slice(b.start, b.end))) ? 'entered' : null;
}

/**
 * 经评审，8个工作室达到命名标准，另有3个暂缓 / 经审查有2名人选未进入评审环节: a clause opened by 经 and a review
 * (rules/lists.yaml stage-review) tells how the entries fared; the counts in it and the next clause or two of its
 * sentence (those passed and those held back alike) are parts of the entries.
 */
function afterReview(text: string, q: Fig, lr: ListRules, sentenceAt: SentenceAt): boolean {
  const before = foldToSimplified(compact(text.slice(sentenceAt(q.start).start, q.start)));
  const clauses = before.split(/[，,；;]/);
  const isOpener = (c: string): boolean => c.startsWith('经') && lr.stageReview.some((w) => c.slice(1, 12).includes(w));
  const opener = clauses.map(isOpener).lastIndexOf(true);
  return opener >= 0 && clauses.length - 1 - opener <= 2;
}

/**
 * the stage a count may be a part of: the entries or a stage passed before; the counts told after a review (those
 * passed and those held back alike) only of the whole entries, not of a group of them (其中企业申报11份)
 */
function stageBefore(stage: Stage, before: Stage, beforeIsPart: boolean): boolean {
  if (stage === 'review') return before === 'entered' && !beforeIsPart;
  return before === 'entered' || before === 'stage';
}

/**
 * 全县报送12个，初审后9个进入答辩，最后选定6个: a selection told stage by stage, each count a part of the
 * count of the stage before it (not of the first): those who passed a stage, then those finally chosen. The stage
 * before stands in the same sentence or the one before, counted in the same unit and larger.
 */
function stagedParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  const stages = qs.map((q) => (tallyOf(q, lr) === null ? null : stageOf(text, q, lr, sentenceAt)));
  for (let k = 1; k < qs.length; k++) {
    const v = tallyOf(qs[k], lr);
    if (links.has(k) || v === null || (stages[k] !== 'stage' && stages[k] !== 'final' && stages[k] !== 'review')) continue;
    const from = sentenceAt(sentenceAt(qs[k].start).start - 1).start;
    for (let t = k - 1; t >= 0 && qs[t].start >= from; t--) {
      const tv = tallyOf(qs[t], lr);
      // (申报材料15份 → 12个工作室进入评审: entries counted by their papers, each paper one entrant)
      const papers = stages[t] === 'entered' && lr.entryPapers.includes(qs[t].unit);
      if (tv === null || tv <= v || !(sameUnit(qs[t], qs[k], lr) || papers) || !stageBefore(stages[k], stages[t], links.has(t))) continue;
      links.set(k, t);
      qs[k].partOf = t;
      break;
    }
  }
}

/** how far back (characters) the entries of a selection are looked for */
const REJECT_REACH = 500;

/** the name of the stage t's count reached, if its clause says so (进入答辩环节 → 答辩), else null */
function stageReached(text: string, t: Fig, lr: ListRules): string | null {
  const b = clauseBounds(text, t.start);
  return lr.stageName.exec(compact(text.slice(t.end, b.end)))?.[1] ?? null;
}

/** the words of q's clause that are its own: from the figure before it in the clause (未通过实地评审的4个和未进入
 *评估环节的4个 gives each count its own verb) to the next one or a joining 和 / 、 */
function ownPhrase(text: string, qs: Fig[], k: number, kb: { start: number; end: number }): string {
  const start = k > 0 && qs[k - 1].end > kb.start ? qs[k - 1].end : kb.start;
  const next = k + 1 < qs.length && qs[k + 1].start < kb.end ? qs[k + 1].start : kb.end;
  const joint = text.slice(qs[k].end, next).search(/[和及与與、]/);
  return foldToSimplified(compact(text.slice(start, joint < 0 ? next : qs[k].end + joint)));
}

/**
 * 全县共推荐候选人31名，…最终确定9人。…对未获评的22名候选人，…: those a selection turned down are a part of the
 * entries it started from, told up to a few sentences before, larger and in the same unit (the first statement of
 * them, when restated); those turned down at a named stage (未通过实地评审的4个) are a part of those who reached it.
 */
function rejectedParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, _sentenceAt?: SentenceAt): void {
  for (let k = 1; k < qs.length; k++) {
    const v = links.has(k) ? null : tallyOf(qs[k], lr);
    if (v === null) continue;
    // (the clause is read only for a count not linked yet: this pass runs over every figure of every document)
    const kb = clauseBounds(text, qs[k].start);
    const clause = ownPhrase(text, qs, k, kb);
    if (!lr.rejected.test(clause)) continue;
    const from = qs[k].start - REJECT_REACH;
    let pool = -1;
    for (let t = k - 1; t >= 0 && qs[t].start >= from; t--) {
      const tv = tallyOf(qs[t], lr);
      const tb = clauseBounds(text, qs[t].start);
      if (tv === null || tv <= v || tb.start === kb.start) continue;
      const papers = lr.entryPapers.includes(qs[t].unit);
      if (!sameUnit(qs[t], qs[k], lr) && !papers) continue;
      const stage = stageReached(text, qs[t], lr);
      if (stage && !lr.neverReached.test(clause) && clause.includes(foldToSimplified(stage).slice(-2))) { pool = t; break; }
      // (a group of the entries, 其中企业申报7个, is no pool: those turned down are of the whole)
      const tClause = text.slice(tb.start, tb.end);
      const whole = !links.has(t) && lr.pooled.some((w) => tClause.includes(w));
      if (!stage && whole && (pool < 0 || tallyOf(qs[pool], lr) === tv)) pool = t;
    }
    if (pool < 0) continue;
    links.set(k, pool);
    qs[k].partOf = pool;
  }
}

/**
 * 5名首席技师分别是：A，B，C，D，E。他们中有2人同时是…: a sentence opened by a pronoun frame (rules/lists.yaml
 * pronoun-frame) divides the set the sentence before is about, its first count of people (the names or parts
 * between do not end the reference); its figures in that unit, smaller than the set, are parts of it.
 */
/**
 * 受表彰的18名同志中，回族7名…；一线职工14名；平均年龄41.3岁。他们中有2人…: a pronoun frame speaks of the whole
 * set the sentence before was about, not of the last part it told: a part linked to a part of the sentence before
 * goes up to that part's total there (她们 after a count of women speaks of the women).
 */
function pronounWhole(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (const [k, t] of links) {
    const up = qs[t].partOf;
    const sent = sentenceAt(qs[k].start);
    if (up == null || sent.start === 0 || qs[t].start >= sent.start) continue;
    const w = startsWithAny(compact(text.slice(sent.start, qs[k].start)), lr.pronounFrame);
    const prev = sentenceAt(sent.start - 1);
    if (!w || qs[up].start < prev.start || qs[t].start < prev.start || (/^[她]/.test(w) && subjectOf(qs[t]).includes('女'))) continue;
    if (exceeds(qs[k], qs[up], lr)) continue;
    links.set(k, up);
    qs[k].partOf = up;
  }
}

function pronounFramedParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let k = 1; k < qs.length; k++) {
    const v = tallyOf(qs[k], lr);
    if (links.has(k) || v === null) continue;
    const sent = sentenceAt(qs[k].start);
    if (sent.start === 0 || !startsWithAny(compact(text.slice(sent.start, qs[k].start)), lr.pronounFrame)) continue;
    const prev = sentenceAt(sent.start - 1);
    const t = qs.findIndex((q) => q.start >= prev.start && q.start < prev.end && tallyOf(q, lr) !== null && sameUnit(q, qs[k], lr));
    if (t < 0 || t >= k || tallyOf(qs[t], lr)! <= v) continue;
    links.set(k, t);
    qs[k].partOf = t;
  }
}

/**
 * 每家补助3万元，分两次拨付：首期2万元，验收后拨付余下1万元: a sum paid in instalments (rules/lists.yaml
 * instalment) and the amounts of its instalments after it in the sentence, which add up to it exactly, are its parts.
 */
function instalmentParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let i = 0; i < qs.length; i++) {
    if (qs[i].kind !== 'money' || qs[i].approx) continue;
    const sent = sentenceAt(qs[i].start);
    const parts: number[] = [];
    // (a count between, 分两次, is no instalment)
    for (let k = i + 1; k < qs.length && qs[k].start < sent.end; k++) if (qs[k].kind === 'money') parts.push(k);
    if (parts.length < 2 || parts.some((k) => links.has(k) || qs[k].approx || !sameUnit(qs[i], qs[k], lr))) continue;
    if (!lr.instalment.some((w) => compact(text.slice(qs[i].end, qs[parts[0]].start)).includes(w))) continue;
    const cents = (q: Fig) => Math.round(Number(q.valueText) * 100);
    if (parts.reduce((a, k) => a + cents(qs[k]), 0) !== cents(qs[i])) continue;
    for (const k of parts) { links.set(k, i); qs[k].partOf = i; }
  }
}

/**
 * 经费约25万元，由甲、乙分别承担15万元和10万元 / 发放慰问金8.6万元。…。资金由甲列支5.2万元，乙捐助3.4万元: a sum and
 * the shares its payers bear (由… + a verb of rules/lists.yaml funded), in its sentence or the next two, the amounts of
 * that sentence from the first share on, adding up to it exactly, are its parts.
 */
function fundedParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  const paid = new RegExp(`由[^。；;]{0,40}(?:${lr.funded.join('|')})[^，,。；;]{0,6}$`);
  const cents = (q: Fig) => Math.round(Number(q.valueText) * 100);
  for (let i = 0; i < qs.length; i++) {
    if (qs[i].kind !== 'money') continue;
    let limit = sentenceAt(qs[i].start).end;
    for (let n = 0; n < 2 && limit < text.length; n++) limit = sentenceAt(limit + 1).end;
    const first = qs.findIndex((q, k) => k > i && q.start < limit && q.kind === 'money' &&
      paid.test(compact(text.slice(sentenceAt(q.start).start, q.start))));
    if (first < 0) continue;
    const end = sentenceAt(qs[first].start).end;
    const parts = qs.map((_, k) => k).filter((k) => k >= first && qs[k].start < end && qs[k].kind === 'money');
    if (parts.length < 2 || parts.some((k) => links.has(k) || !sameUnit(qs[i], qs[k], lr))) continue;
    if (parts.reduce((a, k) => a + cents(qs[k]), 0) !== cents(qs[i])) continue;
    for (const k of parts) { links.set(k, i); qs[k].partOf = i; }
  }
}

/** the decision mark after a lead-in sentence (现决定：, 经研究，决定：, 特作如下决定：) */
const DECIDED = /^[\s。]*(?:经[^，,。：:\n]{1,10}[，,])?(?:现|特|研究)?(?:作如下)?决定[：:]/;
/** an item of a decision: 一、 / （一） at the head of a line */
const ITEM_LINE = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;

/** the figures of the item lines right after offset `from` (the lines up to the first that is no item) */
function itemFigures(text: string, qs: Fig[], from: number): number[] {
  let end = from;
  for (let at = text.indexOf('\n', from); at >= 0 && at < from + 3000; at = text.indexOf('\n', at + 1)) {
    const line = text.slice(at + 1, (text.indexOf('\n', at + 1) + 1 || text.length + 1) - 1);
    if (!line.trim()) continue;
    if (!ITEM_LINE.test(line)) break;
    end = at + 1 + line.length;
  }
  return qs.map((_, k) => k).filter((k) => qs[k].start > from && qs[k].start < end);
}

/**
 * 共评选出先进集体21个、先进个人30名。经研究，决定：（一）授予…9个单位…（二）授予…30名职工…（三）将…12个班组…:
 * the tallies of a lead-in sentence right before a decision are divided by the items of the decision;
 * the item figures of a tally's unit are its parts when they add up to it exactly.
 */
function decidedParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let i = 0; i < qs.length; i++) {
    const total = tallyOf(qs[i], lr);
    const own = sentenceAt(qs[i].start);
    const mark = total === null ? null : DECIDED.exec(text.slice(own.end, own.end + 16));
    if (!mark) continue;
    const ks = itemFigures(text, qs, own.end + mark[0].length).filter((k) => !links.has(k) && tallyUnit(qs[i], qs[k], lr) && sameUnit(qs[i], qs[k], lr));
    const vs = ks.map((k) => tallyOf(qs[k], lr));
    if (!ks.length || vs.some((v) => v === null) || vs.reduce((a, v) => a! + v!, 0n) !== total) continue;
    for (const k of ks) {
      links.set(k, i);
      qs[k].partOf = i;
    }
  }
}

/** …的企业有49家 / 由企业建设的驿站25个: a noun restricted by a clause with 的, right before its figure */
const RESTRICTED = /[\u4e00-\u9fa5”"]{2}的([\u4e00-\u9fa5]{1,8}?)(?:有|共有|为|达到|达)?$/;

/**
 * 产业园现有企业53家…，已建立工会组织的企业有49家: a figure counting its noun restricted by a clause (X的N)
 * is a part of the figure before it in the sentence that counts N unrestricted, in its unit, when smaller.
 */
function restrictedParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let k = 1; k < qs.length; k++) {
    if (links.has(k) || qs[k].kind !== 'count') continue;
    const cb = clauseBounds(text, qs[k].start);
    const noun = RESTRICTED.exec(compact(text.slice(cb.start, qs[k].start)))?.[1];
    const v = wholeValue(qs[k]);
    // (另有暂缓命名的工作室3个: a stop word opens a new fact, no part)
    if (!noun || v === null || startsWithAny(clauseLeft(text, qs[k], lr), lr.stop)) continue;
    const sent = sentenceAt(qs[k].start);
    for (let j = k - 1; j >= 0 && qs[j].start >= sent.start; j--) {
      const subj = subjectOf(qs[j]);
      const w = wholeValue(qs[j]);
      if (!sameUnit(qs[j], qs[k], lr) || !subj.endsWith(noun) || subj.includes('的') || w === null || w <= v) continue;
      links.set(k, j);
      qs[k].partOf = j;
      break;
    }
  }
}

/** an exact whole count of things or people (no 约/余, no range): its value, else null */
function tallyOf(q: Fig, lr: ListRules): bigint | null {
  if (q.kind !== 'count' || q.approx || !q.rule || !lr.tally.includes(q.rule)) return null;
  return /^\d+$/.test(q.valueText ?? '') ? BigInt(q.valueText!) : null;
}

/** A和B各1个 / A、B、C各2名: 各 counts the figure once for each item its clause joins (1 when none) */
function eachTimes(text: string, q: Fig): bigint {
  const left = text.slice(Math.max(0, q.start - 40), q.start).replace(/\s+/g, '');
  if (!left.endsWith('各')) return 1n;
  const clause = left.slice(0, -1).split(/[，,；;。：:]/).pop() ?? '';
  // (其余8个乡镇各2名: the holders counted before 各 say how many times)
  const counted = EACH_COUNTED.exec(clause);
  if (counted) return BigInt(counted[1]);
  const joins = (clause.match(/[、和及与]/g) ?? []).length;
  return BigInt(joins + 1);
}

/** a count of the holders right before 各 (其余8个乡镇 / 另外3家企业): its number */
const EACH_COUNTED = /([0-9]+)[个個家所][^\d０-９、和及与]{1,8}$/;

/** 其余8个乡镇各2名: a figure that only counts the holders of the 各 figure right after it */
const eachCounter = (text: string, qs: Fig[], k: number) =>
  !!qs[k + 1] && /^[^\d０-９，,；;。、和及与]{1,8}各$/.test(compact(text.slice(qs[k].end, qs[k + 1].start)));

/** a figure whose clause states a change (比上年增加, 较去年底, 同比), stop words of a new fact (另有, 共有) aside */
const changeOnly = (text: string, q: Fig, lr: ListRules) =>
  !!startsWithAny(clauseLeft(text, q, lr).replace(TIME_LEAD, ''), [...lr.change, '增长', '增加', '减少', '下降']);

/** a part of a tally is counted as its total is, or in any measure word under a total in 个 (the
 * classifier of mixed sets: 62个集体和个人 → 14家, 26个, 22名), or in 个 under a total of units in 家
 * (11家单位 → 4家, 7个班组) */
const tallyUnit = (t: Fig, q: Fig, lr: ListRules) =>
  partUnit(t, q, lr) || lr.tallyAny.includes(t.unit) || (lr.tallyMixed.includes(t.unit) && lr.tallyMixed.includes(q.unit));

/** where the parts of a total may be read: its sentence, or the next one too when the total is the
 * last count of its sentence and the next opens with a frame or an intro (受聘人员中， / 其中，) */
function tallyEnd(text: string, qs: Fig[], i: number, lr: ListRules, sentenceAt: SentenceAt): number {
  const sent = sentenceAt(qs[i].start);
  if (COLON_END.test(text.slice(sent.start, sent.end))) return colonListEnd(text, sent.end, sentenceAt);
  if (qs.some((q, k) => k > i && q.start < sent.end && tallyOf(q, lr) !== null)) return sent.end;
  let j = sent.end;
  while (j < text.length && /[\s。！？!?.]/.test(text[j])) j++;
  if (j >= text.length) return sent.end;
  const next = sentenceAt(j);
  const head = compact(text.slice(j, clauseBounds(text, j).end));
  // (a frame, an intro, or parts named by a headless 的 clause: 由全国劳模领衔的3个，由省劳模领衔的12个…)
  const headless = /^[^\d０-９]{2,24}的(?:有|共有|共|为)?[0-9０-９]/.test(head);
  return startsWithAny(head, lr.intro) || /(?:之中|中|里)$/.test(head) || headless ? next.end : sent.end;
}

/** a sentence ending with a colon announces what follows (决定对45名个人和18个集体予以表彰：) */
const COLON_END = /[：:]\s*$/;

/** the end of the list a colon announces: its lines or clauses ending in ；/，/、, and the one closing it */
function colonListEnd(text: string, from: number, sentenceAt: SentenceAt): number {
  let j = from;
  for (let n = 0; n < 20; n++) {
    while (j < text.length && /\s/.test(text[j])) j++;
    if (j >= text.length) break;
    const s = sentenceAt(j);
    j = Math.max(s.end, j + 1);
    if (!/[；;，,、]\s*$/.test(text.slice(s.start, s.end))) break;
  }
  return j;
}

/** 对45名个人和18个集体予以表彰 / 表彰12家单位、30名个人 / 先进集体10个和先进个人25名: the other total of a
 * combined count (two whole counts in different measure words joined by 和/及/与/、 and their nouns), else -1 */
function combinedWith(text: string, qs: Fig[], i: number, lr: ListRules): number {
  for (const j of [i - 1, i + 1]) {
    if (j < 0 || j >= qs.length || tallyOf(qs[j], lr) === null || sameUnit(qs[i], qs[j], lr)) continue;
    const [a, b] = j < i ? [qs[j], qs[i]] : [qs[i], qs[j]];
    if (/^[^\d０-９，,；;。：:“”"]{0,6}(?:和|及|与|以及|、)[^\d０-９，,；;。：:“”"]{0,6}$/.test(compact(text.slice(a.end, b.start)))) return j;
  }
  return -1;
}

/**
 * 共有62个集体和个人受到表彰：…14家企业…，…26个班组…，另有22名职工… / 工作室37个，共有省级4个、市级13个、
 * 区级20个: the whole counts that follow a total (unlinked, or linked to it already) and add up to it
 * exactly (two or more, other measures skipped) are its parts, whatever the words between them: an
 * exact sum is how a writer shows the split, even of a set counted in mixed units.
 */
function summedParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let i = 0; i < qs.length; i++) {
    const total = tallyOf(qs[i], lr);
    if (total === null) continue;
    const own = sentenceAt(qs[i].start).end;
    const end = tallyEnd(text, qs, i, lr, sentenceAt);
    // (a next sentence opened by an intro word, 其中，, speaks of this total whatever its measure words)
    // (or a colon announcing them)
    const opened = end > own && (!!startsWithAny(compact(text.slice(own, own + 8)).replace(/^[。！？!?.]/, ''), lr.intro) || COLON_END.test(text.slice(sentenceAt(qs[i].start).start, own)));
    // (a combined count's parts in the other total's measure word are that total's: 45名个人和18个集体)
    const other = combinedWith(text, qs, i, lr);
    const run: number[] = [];
    let sum = 0n;
    for (let k = i + 1; k < qs.length && qs[k].start < end && sum < total; k++) {
      const one = tallyOf(qs[k], lr);
      const v = one === null ? null : one * eachTimes(text, qs[k]);
      if (v === null || k === other || (other >= 0 && partUnit(qs[other], qs[k], lr)) || eachCounter(text, qs, k)) continue;
      const free = !links.has(k) || links.get(k) === i;
      if (!run.length && aboutTheTotal(text, qs[k], lr)) continue;
      // (a mixed set's parts in any measure word are read in its own sentence only)
      const unit = qs[k].start < own || opened ? tallyUnit(qs[i], qs[k], lr) : partUnit(qs[i], qs[k], lr) || lr.tallyMixed.includes(qs[k].unit);
      if (!free || v >= total || changeOnly(text, qs[k], lr) || !unit) break;
      run.push(k);
      sum += v;
    }
    const parts = sum === total && run.length >= 2 ? run : introducedMixedRun(text, qs, i, end, links, lr);
    if (!parts || parallelClauses(text, qs[i], qs[parts[0]])) continue;
    for (const k of parts) {
      links.set(k, i);
      qs[k].partOf = i;
    }
  }
}

/** 名额120名，比上年增加了三十名，分四批进行：… / 结果分为优秀、良好、合格三个等次: before the first part, a
 * change of the total and the count of groups it is split into (分四批, 分为A、B、C三个等次; not the first part
 * named after 分为: 分为一线职工60人) tell of the total itself and end no list */
const SPLIT_INTO = /(?:分|分为|分成)$|(?:分为|分成)[^，,；;。：:]*、[^，,；;。：:、]*$/;
function aboutTheTotal(text: string, q: Fig, lr: ListRules): boolean {
  // (a change closed by a semicolon ends the total's topic: 驿站20个，比上年末多5个；按行业分，… is left alone)
  const closed = /[；;]/.test(text[clauseBounds(text, q.start).end] ?? '');
  return (changeOnly(text, q, lr) && !closed) || SPLIT_INTO.test(compact(clauseLeft(text, q, lr)));
}

/**
 * 建成职工驿站53处，其中爱心驿站24个、暖心站18家、阅览室11间 / 走访会员513人。其中，低收入家庭105户、…38名、…370人:
 * a total whose intro word (其中) opens the parts right after it is split in whatever measure words its
 * kinds take, when three or more whole counts there add up to it exactly (a coincidence that rare).
 */
function introducedMixedRun(text: string, qs: Fig[], i: number, end: number, links: Map<number, number>, lr: ListRules): number[] | null {
  const total = tallyOf(qs[i], lr)!;
  const next = qs.findIndex((q, k) => k > i && tallyOf(q, lr) !== null);
  if (next < 0 || qs[next].start >= end || !introBetween(text, qs[i], qs[next], lr)) return null;
  const run: number[] = [];
  let sum = 0n;
  for (let k = next; k < qs.length && qs[k].start < end && sum < total; k++) {
    const v = tallyOf(qs[k], lr);
    if (v === null || eachTimes(text, qs[k]) !== 1n) continue;
    if ((links.has(k) && links.get(k) !== i) || v >= total || changeOnly(text, qs[k], lr)) return null;
    run.push(k);
    sum += v;
  }
  return sum === total && run.length >= 3 ? run : null;
}

/** whether an intro word (其中, 分别是) stands right after the total, before the first part's clause */
function introBetween(text: string, t: Fig, q: Fig, lr: ListRules): boolean {
  const between = compact(text.slice(t.end, q.start)).replace(/^[，,。；;：:]/, '');
  const clauses = between.split(/[，,。；;：:]/);
  return clauses.some((c, n) => n <= 2 && !!startsWithAny(c, lr.intro));
}

/** 从事机械加工的有3名，从事电工的有2名，从事焊接的1名: 的 clauses opened by the same words count siblings of one
 * breakdown, whatever their sum (2 + 1 = 3 is a coincidence, not the first one's parts) */
function parallelClauses(text: string, a: Fig, b: Fig): boolean {
  const left = (q: Fig) => compact(text.slice(clauseBounds(text, q.start).start, q.start));
  const [la, lb] = [left(a), left(b)];
  return HEADLESS_PART.test(la) && HEADLESS_PART.test(lb) && la.slice(0, 2) === lb.slice(0, 2);
}

/** 工作室共14个，考核结果分为优秀、良好、合格、不合格四个等次。: the total is the last figure of its sentence
 * but for those telling of the total itself (its change, the count of groups it is split into) */
function lastTallyOfSentence(text: string, qs: Fig[], i: number, end: number, lr: ListRules): boolean {
  for (let k = i + 1; k < qs.length && qs[k].start < end; k++) if (!aboutTheTotal(text, qs[k], lr)) return false;
  return true;
}

/**
 * 本次共表彰先进集体和个人51个（名）。…等5个单位；…等30名职工；…等16个班组。: a total closing its sentence
 * and the next sentence whose whole counts, all of them and no other figure, add up to it exactly: the
 * next sentence spells out the total (each part in the measure word of its own kind).
 */
function summedNextSentence(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let i = 0; i < qs.length; i++) {
    const total = tallyOf(qs[i], lr);
    const own = sentenceAt(qs[i].start);
    if (total === null || !lastTallyOfSentence(text, qs, i, own.end, lr)) continue;
    let j = own.end;
    while (j < text.length && /[\s。！？!?.]/.test(text[j])) j++;
    if (j >= text.length) continue;
    const next = sentenceAt(j);
    const ks = qs.map((_, k) => k).filter((k) => qs[k].start >= next.start && qs[k].start < next.end);
    const vs = ks.map((k) => tallyOf(qs[k], lr));
    // (a link between two of them is a sibling read as nested: 优秀的4个，分别是…；良好的5个，合格的3个)
    if (ks.length < 2 || vs.some((v) => v === null) || ks.some((k) => (links.has(k) && !ks.includes(links.get(k)!)) || !tallyUnit(qs[i], qs[k], lr))) continue;
    if (vs.reduce((a, v) => a! + v!, 0n) !== total) continue;
    for (const k of ks) {
      links.set(k, i);
      qs[k].partOf = i;
    }
  }
}

/** an exact whole count (people, things or person-times; no 约/余): its value, else null */
const exactCount = (q: Fig) => (q.kind === 'count' && !q.approx ? wholeValue(q) : null);

/** how many lines a table announced after a total may have (its head line included) */
const TABLE_ROWS = 30;

/** where the rows of a table announced at offset `at` end: the lines after it with no sentence or clause
 * stop in them (cells, not prose; blank lines are gone from the canonical text), at most TABLE_ROWS */
function tableEnd(text: string, at: number): number {
  let j = at;
  while (j < text.length && /\s/.test(text[j])) j++;
  let end = at;
  for (let n = 0; n < TABLE_ROWS && j < text.length; n++) {
    const e = lineEnd(text, j);
    if (/[。！？!?；;，,]/.test(text.slice(j, e))) break;
    end = e;
    j = e + 1;
  }
  return end;
}

/**
 * 全区共培训职工1840人次，超额完成年度计划。分项目情况如下：（a table of 项目 期数 人次 rows）: a total whose
 * sentence (or the short one after it) announces, by a colon, a table in lines right below; the row cells in
 * its unit, all unlinked and adding up to it exactly, are its parts (each row one kind of the set).
 */
function tableRowParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let i = 0; i < qs.length; i++) {
    const total = exactCount(qs[i]);
    if (total === null) continue;
    // (the rest of the total's line: its own sentence, then at most a short announcing one, 主要项目如下：)
    const colon = lineEnd(text, qs[i].start);
    const rest = compact(text.slice(sentenceAt(qs[i].start).end, colon)).replace(/^[。！？!?.]/, '');
    if (!COLON_END.test(text.slice(qs[i].start, colon).trimEnd()) || rest.length > 20 || /[。！？!?]/.test(rest.slice(0, -1))) continue;
    if (qs.some((q, k) => k > i && q.start > sentenceAt(qs[i].start).end && q.start < colon)) continue;
    const end = tableEnd(text, colon);
    const all = qs.map((_, k) => k).filter((k) => qs[k].start > colon && qs[k].start < end && sameUnit(qs[i], qs[k], lr));
    const ks = [all, ...columnsOf(qs, all)].find((c) => c.length >= 2 && addsUpTo(qs, c, total) && !c.some((k) => links.has(k)));
    if (!ks) continue;
    for (const k of ks) {
      links.set(k, i);
      qs[k].partOf = i;
    }
  }
}

/** the cells of a table grouped by their column: a figure alone in its cell takes its column's head as subject
 * (成员人数 | 近三年授徒人数), and one column of the table may be the total's split when the others count more */
function columnsOf(qs: Fig[], ks: number[]): number[][] {
  const by = new Map<string, number[]>();
  for (const k of ks) by.set(qs[k].subject ?? '', [...(by.get(qs[k].subject ?? '') ?? []), k]);
  return by.size > 1 ? [...by.values()] : [];
}

/** whether the exact counts of ks add up to total */
function addsUpTo(qs: Fig[], ks: number[], total: bigint): boolean {
  const vs = ks.map((k) => exactCount(qs[k]));
  return !vs.some((v) => v === null) && vs.reduce((a, v) => a! + v!, 0n) === total;
}

/** a set named by a relative clause and counted (受表彰的40名劳动模范, 此次认定的12家工作室) */
const TOPIC_BEFORE = /的$/;
/** a headless part of it: 来自一线的有26名 / 由某某领衔的4家 (a 的 clause, the figure ends the clause) */
const HEADLESS_PART = /^[^，,；;。\d]{2,24}的(?:有|共有|共|为)?$/;

/**
 * 受表彰的40名劳动模范，来自生产一线的有26名，来自企业的有9名 / 此次认定的12家工作室共有成员180人，有…领衔的
 * 5家，由…领衔的4家: a set named in the sentence's first clause by a relative clause and a count is the
 * topic; later clauses of the sentence that count, by a 的 clause with no noun of their own and in
 * the topic's unit, what part of it they are, are its parts.
 */
function topicParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let t = 0; t < qs.length; t++) {
    // (people and things counted: 年龄最大的58岁，最小的26岁 is no set and its part)
    if (qs[t].kind !== 'count' || links.has(t) || !lr.tally.includes(qs[t].rule ?? 'unit.people')) continue;
    const sent = sentenceAt(qs[t].start);
    const cb = clauseBounds(text, qs[t].start);
    if (cb.start > sent.start + 1 && /[，,]/.test(text[cb.start - 1] ?? '')) continue;
    if (!TOPIC_BEFORE.test(text.slice(cb.start, qs[t].start).trim())) continue;
    // (the topic names its set after the figure, 受表彰的40名劳动模范; a headless one, 由…领衔的3个, is a sibling)
    if (!compact(text.slice(qs[t].end, cb.end))) continue;
    for (let k = t + 1; k < qs.length && qs[k].start < sent.end; k++) {
      if (links.has(k) || !partUnit(qs[t], qs[k], lr)) continue;
      const kb = clauseBounds(text, qs[k].start);
      if (kb.start <= cb.start || qs[k].end !== kb.end) continue;
      const left = compact(text.slice(kb.start, qs[k].start)).replace(/^(?:其中|另有)[，,]?/, '');
      if (!HEADLESS_PART.test(left) || startsWithAny(left, lr.stop)) continue;
      links.set(k, t);
      qs[k].partOf = t;
    }
  }
}

/**
 * 新就业形态劳动者约4700人，已入会的有3860人 / 培训职工1200人，取得证书的800人: the clause right after a
 * figure's that counts, by a 的 clause with no noun of its own and in its unit, those of them who did
 * something is a part of that figure.
 */
function headlessNext(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules): void {
  // (people and things counted, 约 or not: no ages, no durations)
  const counted = (q: Fig) => q.kind === 'count' && !!q.rule && lr.tally.includes(q.rule);
  const headless = (q: Fig) => {
    const b = clauseBounds(text, q.start);
    const left = compact(text.slice(b.start, q.start));
    return HEADLESS_PART.test(left) && !/^(?:其他|其它|其余|另|此外)/.test(left) && !startsWithAny(left, lr.stop) && !startsWithAny(left, lr.change);
  };
  for (let k = 1; k < qs.length; k++) {
    if (links.has(k) || !counted(qs[k])) continue;
    const kb = clauseBounds(text, qs[k].start);
    if (/[^.。]/.test(compact(text.slice(qs[k].end, kb.end))) || kb.start === 0 || !/[，,]/.test(text[kb.start - 1])) continue;
    // the figure before ends the clause before, in a unit the part may have, and is no such part itself
    // (领衔人中，具有高级技师资格的8人，获得称号的3人: siblings)
    const t = k - 1;
    const tb = clauseBounds(text, qs[t].start);
    if (!headless(qs[k]) || tb.end !== kb.start - 1 || !counted(qs[t]) || !partUnit(qs[t], qs[k], lr)) continue;
    if (compact(text.slice(qs[t].end, tb.end)) || headless(qs[t])) continue;
    links.set(k, t);
    qs[k].partOf = t;
  }
}

/** a clause saying how many of a set have already reached a step, with no noun of their own: (time) 已有 */
const PROGRESS_LEFT = /^(?:(?:截至|截止|到)[^，,；;。]{1,8}|目前|现|至今|如今)?(?:已经|已)有$/;

/** the step written first (已实现就业1186人, 审结1326件): (time) (已) + a step verb + the bare figure ending its clause */
function stepThenFigure(text: string, q: Fig, clauseEnd: number, left: string, lr: ListRules): boolean {
  const m = /^(?:(?:截至|截止|到)[^，,；;。]{1,8}|目前|现|至今|如今)?(?:已经|已)?(.+)$/.exec(left);
  return !!m && lr.progress.includes(m[1]) && !compact(text.slice(q.end, clauseEnd));
}

/**
 * 推荐12名职工参评…，截至9月底已有4人通过省级初评 / 新建书屋20个，目前已有15个投入使用: the clause right
 * after a figure's that counts, by 已有 + a bare figure + a verb of a step reached, how many of them got
 * there is a part of that figure (those members that have moved on).
 */
function progressNext(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules): void {
  for (let k = 1; k < qs.length; k++) {
    const t = k - 1;
    if (links.has(k) || qs[k].kind !== 'count' || qs[t].kind !== 'count' || !partUnit(qs[t], qs[k], lr)) continue;
    const kb = clauseBounds(text, qs[k].start);
    if (kb.start === 0 || !/[，,]/.test(text[kb.start - 1]) || clauseBounds(text, qs[t].start).end !== kb.start - 1) continue;
    const left = compact(text.slice(kb.start, qs[k].start));
    const hasStep = PROGRESS_LEFT.test(left) && !!startsWithAny(text.slice(qs[k].end, qs[k].end + 6), lr.progress);
    if (!hasStep && !stepThenFigure(text, qs[k], kb.end, left, lr)) continue;
    if (qs[t].approx || isChange(text, qs[t], lr)) continue;
    links.set(k, t);
    qs[k].partOf = t;
  }
}

/** a clause that only frames a set: 高技能人才中， / 获得此次称号的25人中， / 在参赛选手里， */
const FRAME_CLAUSE = /^(?:在)?(.{2,24}?)(?:之中|当中|中|里)$/;
/** a frame at the head of a figure's own clause: 新就业形态劳动者里网约配送员又占到 (after a conjunction:
 * 而一线操作岗位中取得证书的) */
// (中 opening a word is no frame: 取得中级工以上…, 市中心, 中小企业)
const INLINE_FRAME = /^(?:而|而且|并且|同时)?(?:在)?([^，,；;。、\d０-９]{2,16}?)(?:之中|当中|中(?![级心国小药华央层高专职等期学医型部外青])|里)(?=[^，,；;。\d]{2,})/;

/** the noun of a figure and the 中 / 里 after it that close a frame clause (名职工里, 个集体之中; not a
 * place or time after it: 48名选手在决赛中); a participle of the batch may stand before the noun
 * (28个新命名的青年文明号集体中, 42名受聘的首席技师中) */
const NOUN_TO_FRAME = /^(?:(?:新|此次|本次|本批|首批)?(?:命名|认定|表彰|评选|评出|聘任|受聘|授予|确定|入选)的)?(?:(?![在于的])[\u4e00-\u9fa5]){1,8}(?:之中|中|里)$/;

/** words pointing back at a set already counted (这些, 上述, 这批, 此次, 该批, 本届 …): the noun after them names it */
const DEICTIC = /^(?:这些|那些|上述|以上|所有|全部|(?:这|此|该|本)(?:批|次|届|期|轮|类|几个|几家|几名)|这|此|该)/;

/** the figure that a frame clause ending at `end` holds right before its 中 (获得此次称号的25人中), else the
 * latest total before it that counts the frame's noun (高技能人才中 → 高技能人才1.37万人) */
function frameClauseTotal(text: string, qs: Fig[], k: number, start: number, end: number, noun: string, lr: ListRules): number {
  // (the figure right before 中 / 之中: 获得此次称号的25人中)
  for (let j = k - 1; j >= 0 && qs[j].start >= start; j--) if (qs[j].end === end - 1 || qs[j].end === end - 2) return partUnit(qs[j], qs[k], lr) ? j : -1;
  // (获评技术能手的30名职工里 / 受表彰的25名青年中: the figure with its own noun before 中 / 里)
  for (let j = k - 1; j >= 0 && qs[j].start >= start; j--) {
    if (qs[j].end >= end) continue;
    if (NOUN_TO_FRAME.test(text.slice(qs[j].end, end))) return partUnit(qs[j], qs[k], lr) ? j : -1;
    break;
  }
  // (7个工作室的带头人中: the leaders of the things counted in the frame itself, one each)
  const led = leaderNoun(noun, lr) ? ledTotal(text, qs, k, end, lr) : -1;
  if (led >= 0 && qs[led].start >= start) return led;
  const n = compact(noun).replace(QUOTES, '').replace(/^.*的/, '').replace(DEICTIC, '');
  if (lr.event.some((w) => n.endsWith(w))) return -1;
  return n.length >= 2 && !/\d/.test(n) ? totalNaming(text, qs, k, start, n, lr, noun) : -1;
}

/**
 * 高技能人才1.37万人…；高技能人才中，高级技师和技师合计3260人 / 获得此次称号的25人中，有5人来自…，女性7名:
 * a clause framing a set (a noun or a figure + 中/里) makes the figures of the clauses after it, to the
 * end of the sentence or a semicolon, parts of the total it names; a frame at the head of a figure's
 * own clause (…劳动者里网约配送员又占到2140人) makes that figure one. The frame is written by the
 * part, so it takes the place of a link the list readers guessed.
 */
function clauseFramedParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules): void {
  let frame: { total: number; until: number; led: boolean } | null = null;
  for (let k = 0; k < qs.length; k++) {
    if (qs[k].kind === 'percent' || qs[k].kind === 'ratio') continue;
    const cb = clauseBounds(text, qs[k].start);
    // (其中… opens a list of its own: the frame no longer holds)
    if (startsWithAny(text.slice(cb.start, qs[k].start).replace(/^\s+/, ''), lr.intro)) { frame = null; continue; }
    let total = frame && (qs[k].start < frame.until || topicChained(text, qs[k], frame.until) || attributeChained(text, qs[k], frame.until, lr)) ? frame.total : -1;
    // (a frame of the leaders of things counted, 7个工作室的带头人中, counts people against things)
    let led: boolean = !!frame?.led && total >= 0;
    const inline = INLINE_FRAME.exec(text.slice(cb.start, qs[k].start));
    if (inline && !/其$/.test(inline[1])) {
      total = frameClauseTotal(text, qs, k, cb.start, cb.start + inline[0].length, inline[1], lr);
      led = leaderNoun(inline[1], lr);
    }
    else if (cb.start > 0 && /[，,]/.test(text[cb.start - 1])) {
      // (a semicolon ends the clause before: …的有2.05万人；一线生产职工里，)
      const semi = Math.max(text.lastIndexOf('；', cb.start - 2), text.lastIndexOf(';', cb.start - 2));
      const from = Math.max(clauseBounds(text, cb.start - 1).start, semi + 1);
      // (其中 is an intro, no frame; an ASCII full stop ends a sentence: 5.6万人.其中)
      const written = text.slice(from, cb.start - 1).trim().replace(/^.*\.(?!\d)/, '');
      const m = /其中$/.test(written) ? null : FRAME_CLAUSE.exec(written);
      const t = m ? frameClauseTotal(text, qs, k, from, cb.start - 1, m[1], lr) : -1;
      if (t >= 0) {
        total = t;
        led = leaderNoun(m![1], lr);
        frame = { total: t, until: frameEnd(text, cb.start), led };
      }
    }
    if (total < 0 || total === k || !(framedUnit(qs[total], qs[k], lr) || (led && qs[k].rule === 'unit.people'))) continue;
    // (另有1个由全国劳模领衔: one more of the framed set, no new fact)
    const stop = startsWithAny(clauseLeft(text, qs[k], lr), [...lr.stop, ...lr.change]);
    if (stop && !moreOfSet(text, qs[k], stop, lr)) continue;
    links.set(k, total);
    qs[k].partOf = total;
  }
}

/** a clause after the semicolon that ends a frame, in the same sentence, with no subject of its own
 * (…的5人、技师2人；有3人曾获…): a bare 有 + count + predicate goes on about the sentence's topic */
function topicChained(text: string, q: Fig, until: number): boolean {
  if (q.start < until || /[。！？!?\n]|\.(?!\d)/.test(text.slice(until, q.start))) return false;
  const cs = clauseBounds(text, q.start).start;
  return /[；;]/.test(text[cs - 1] ?? '') && /^(?:另外|另|还|其中)?有$/.test(compact(text.slice(cs, q.start))) && bareAfter(text, q);
}

/** 30名获得者里，一线工人22名，占73.3%；女职工11名: after the semicolon of a frame, in its sentence, a clause
 * of only a people attribute (women, youth, party members …) and its figure splits the same set along
 * another dimension */
function attributeChained(text: string, q: Fig, until: number, lr: ListRules): boolean {
  if (q.start < until || /[。！？!?\n]|\.(?!\d)/.test(text.slice(until, q.start))) return false;
  const cb = clauseBounds(text, q.start);
  if (!/[；;]/.test(text[cb.start - 1] ?? '') || compact(text.slice(q.end, cb.end))) return false;
  const left = compact(text.slice(cb.start, q.start)).replace(/(?:有|共有|为)$/, '');
  return lr.attributes.some((a) => a.words.some((w) => left.endsWith(w) && left.length - w.length <= 4));
}

/** where a frame stops holding: the sentence's end or a semicolon */
function frameEnd(text: string, from: number): number {
  const m = /[。；;！？\n]|\.(?!\d)/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** the sentences of `text`, computed once for one reading of its lists */
function sentencesOf(text: string): SentenceAt {
  const spans = computeSentences(text);
  return (offset) => findSentence(spans, text, offset);
}

/** 在受表彰的优秀工会工作者中，… : a sentence opening with a noun + 中 (after 的, without 这些/上述) */
const FRAME = /^[\s　]*(?:在)?([^，,；;。\d０-９]{2,24}?)(?:之中|当中|中)[，,]/;
/** a set named by a deed + a generic noun of people (入选者, 已入会人员, 获奖人员): the deed */
const DEED_HEAD = /^([^的]{2,8}?)(?:者|人员|人士)$/;
/** 高技能人才按等级分，… : a sentence opening with a noun and the kind it is split by */
const NOUN_BY_KIND = /^[\s　]*([^，,；;。\d０-９按从]{2,12}?)(?:按|从)[^，,；;。\d０-９]{1,8}?(?:划分|分|来看|看|统计)[，,：:]/;
/** …的产业工人分别为 / …的会员分别是: the noun whose bands a sentence split by a kind counts */
const RESPECTIVELY_OF = /的([^，,；;。、\d０-９的]{2,10}?)(?:分别为|分别是|依次为|分别有|分別為|分別是|依次為|分別有)/;
/** how far back (characters) a framed sentence may find the total it divides */
const FRAME_REACH = 800;

/** 产业工人5.2万人，从事制造业的1.9万人…；制造业产业工人里，…: a noun that is a part's kind + its
 * total's noun names that part (the nearest such), or -1 */
function qualifiedPart(qs: Fig[], k: number, before: number, noun: string, lr: ListRules): number {
  for (let j = k - 1; j >= 0 && qs[j].start >= before - FRAME_REACH; j--) {
    const t = qs[j];
    if (t.start >= before || t.partOf == null || !partUnit(t, qs[k], lr)) continue;
    const head = withoutWholeArea(subjectOf(qs[t.partOf]), false);
    if (head.length < 2 || noun.length <= head.length || !noun.endsWith(head)) continue;
    const kind = noun.slice(0, -head.length);
    if (kind.length >= 2 && subjectOf(t).endsWith(kind)) return j;
  }
  return -1;
}

/** the nearest total before `before` that counts `noun` (its subject, or its clause after it, names
 * it: 授予张某等60名同志“优秀工会工作者”称号) in a unit the part may have */
function totalNaming(text: string, qs: Fig[], k: number, before: number, noun: string, lr: ListRules, phrase: string = noun): number {
  const q = qualifiedPart(qs, k, before, noun, lr);
  if (q >= 0) return q;
  for (let j = k - 1; j >= 0 && qs[j].start >= before - FRAME_REACH; j--) {
    const t = qs[j];
    if (t.start >= before || !framedUnit(t, qs[k], lr)) continue;
    // a part may itself be divided (其中新就业形态会员1.28万人。在新就业形态会员中，…) when its subject names the noun
    const named = subjectOf(t).replace(/(?:总数|总量|人数|总额)$/, '').endsWith(noun);
    if (named) return j;
    if (t.partOf == null && compact(text.slice(t.end, clauseBounds(text, t.end).end)).includes(noun)) return j;
    // (共命名“某县工匠”3批30名: a count without a subject of its own is named by its clause before it)
    if (t.partOf == null && !subjectOf(t) && compact(text.slice(clauseBounds(text, t.start).start, t.start)).replace(QUOTES, '').includes(noun)) return j;
    // 入选者中 / 在已入会人员中 / 获奖者中: a set named by what its members did is the total whose
    // clause says that deed (全省共有48人入选…, 已入会的快递员2.3万人)
    const deed = DEED_HEAD.exec(noun)?.[1];
    const cb = clauseBounds(text, t.start);
    if (deed && t.partOf == null && compact(text.slice(cb.start, cb.end)).includes(deed)) return j;
  }
  return deedTotal(text, qs, k, before, phrase, lr);
}

/**
 * 在实现就业的人员中 / 受聘人员中 / 一线生产职工里: a frame naming its set by a deed or trait and a generic
 * head of people (人员, 职工, 者) is the nearest figure whose clause says that deed, with words left out
 * between (实现就业 in 帮助1860人实现就近就业) or in the active voice (受聘 of 聘任…46名); that figure may
 * be a part itself (从事一线生产的有2.05万人), or -1.
 */
function deedTotal(text: string, qs: Fig[], k: number, before: number, phrase: string, lr: ListRules): number {
  const p = compact(phrase).replace(/^在/, '').replace(DEICTIC, '');
  const head = lr.deedHead.find((h) => p.endsWith(h) && p.length > h.length);
  if (!head) return -1;
  let deed = p.slice(0, -head.length).replace(/的$/, '');
  if (deed.length < 2 || /[\d０-９]/.test(deed)) return -1;
  if (deed.startsWith('受')) deed = deed.slice(1);
  // (参训/参赛/参展 学员: those who took part in what the total's clause names, 培训…N人次 / 竞赛…N人)
  const took = /^[参參][\u4e00-\u9fa5]$/.test(deed) ? deed[1] : deed;
  for (let j = k - 1; j >= 0 && qs[j].start >= before - FRAME_REACH; j--) {
    const t = qs[j];
    if (t.start >= before || !partUnit(t, qs[k], lr)) continue;
    const cb = clauseBounds(text, t.start);
    const clause = compact(text.slice(cb.start, cb.end));
    if (saysDeed(clause, deed) || saysDeed(clause, took)) return j;
  }
  return -1;
}

/** the deed's characters in order in a clause, within a span of four times its length (参训 in
 * 参加技能培训, 实现就业 in 实现就近就业, 获奖 in 获得五一劳动奖章: a prize is often named in full) */
function saysDeed(clause: string, deed: string): boolean {
  for (let at = clause.indexOf(deed[0]); at >= 0; at = clause.indexOf(deed[0], at + 1)) {
    let i = at + 1;
    for (const c of deed.slice(1)) {
      i = clause.indexOf(c, i);
      if (i < 0) break;
      i++;
    }
    if (i > 0 && i - at <= deed.length * 4) return true;
  }
  return false;
}

/** 按行业分，制造业…、建筑业… : a sentence opening by naming the kind its figures are split by */


/** the nearest total before `before` whose subject is `noun` itself (全区 and 总数 aside), or null */
function exactTotal(qs: Fig[], k: number, before: number, noun: string, lr: ListRules): number | null {
  for (let j = k - 1; j >= 0 && qs[j].start >= before - FRAME_REACH; j--) {
    if (qs[j].start >= before || !partUnit(qs[j], qs[k], lr)) continue;
    const subj = withoutWholeArea(subjectOf(qs[j]), false).replace(/(?:总数|总量|人数|總數|總量)$/, '');
    if (subj === noun) return j;
  }
  return null;
}

/** names joined by 、 or 和, 分别, a verb and its object right before a figure */
const ACTED_IN_TURN = /[、和及与][^，,；;。]{1,30}?(?:分别|分別|依次)([\u4e00-\u9fa5]{3,14})$/;

/** the nearest total before `before`, of a unit the part may have and no part itself, whose subject
 * (全区 and 总数 aside) ends the phrase after 分别 (吸纳产业工人 → 产业工人), or -1 */
function actedObjectTotal(qs: Fig[], k: number, before: number, head: string, lr: ListRules): number {
  const phrase = ACTED_IN_TURN.exec(head)?.[1];
  if (!phrase) return -1;
  for (let j = k - 1; j >= 0 && qs[j].start >= before - FRAME_REACH; j--) {
    if (qs[j].start >= before || !partUnit(qs[j], qs[k], lr)) continue;
    const subj = withoutWholeArea(subjectOf(qs[j]), false).replace(/(?:总数|总量|人数|總數|總量)$/, '');
    if (subj.length >= 2 && phrase.length > subj.length && phrase.endsWith(subj)) return j;
  }
  return -1;
}

/** the total a sentence framed by a noun + 中 (or by a kind, 按行业分) divides, or -1 */
function frameTotal(text: string, qs: Fig[], k: number, start: number, lr: ListRules, sentenceAt: SentenceAt): number {
  const head = text.slice(start, qs[k].start);
  // 竹产业、旅游服务业分别吸纳产业工人1.2万人、0.9万人: the object of a verb shared in turn names the total
  // (the names, 分别 and the object are short: only the head's tail is read)
  const object = actedObjectTotal(qs, k, start, compact(head.slice(-80)), lr);
  if (object >= 0) return object;
  if (BY_KIND.test(head)) {
    // 按年龄分，35岁以下、36至50岁的产业工人分别为…: the noun before 分别为 names the total divided
    const named = RESPECTIVELY_OF.exec(head);
    // (a total named by the noun exactly goes before a part whose kind merely ends with it: 农民工会员 of 会员)
    const t = named ? exactTotal(qs, k, start, compact(named[1]), lr) ?? totalNaming(text, qs, k, start, compact(named[1]), lr) : -1;
    if (t >= 0) return t;
    // (按领域分，这9名技能人才分布在…（3名）…: the set restated in the head itself by a pointing word is the total)
    const restated = restatedInHead(text, qs, k, start, lr);
    if (restated >= 0) return restated;
    // the last figure of the unit in the sentence before, changes skipped, unless it is a part
    // (from a clause after a semicolon: its own sentence's figures, then the sentence before; a
    // sentence reader that ends sentences at ； gives the parts of one)
    let own = sentenceAt(start).start;
    while (own > 0 && /[；;]/.test(text[own - 1] ?? '')) own = sentenceAt(own - 1).start;
    const prev = figuredSentenceBefore(text, qs, own, sentenceAt);
    const summed = clauseBandsWhole(text, qs, k, prev, start, lr);
    if (summed >= 0) return summed;
    for (let j = k - 1; j >= 0 && qs[j].start >= prev; j--) {
      if (qs[j].start >= start || !partUnit(qs[j], qs[k], lr) || isChange(text, qs[j], lr)) continue;
      // (9名选手中男选手6名、女选手3名；按年龄看，35岁以下4名: a member of a 、 series is a band, not the whole)
      if (qs[j].partOf == null && !seriesMember(text, qs, j, k, lr)) return j;
      if (qs[j].partOf == null) continue;
      // (其中高技能人才6.7万人。按等级分，…分别为5.1万人、1.3万人、0.3万人: a part the series adds up to exactly)
      const bands = bandsSum(text, qs, k, lr);
      if (seriesSum(text, qs, k) === wholeValue(qs[j]) || bands === wholeValue(qs[j])) return j;
      // (…5.2万人，其中高技能人才1.1万人。在高技能人才中，…8300人。从行业分布看，…2.4万人…: up the nested list
      // to the first whole the bands stay within)
      for (let p = j; qs[p].partOf != null; p = qs[p].partOf!) if (bandsOfWhole(qs, p, bands)) return qs[p].partOf!;
      return -1;
    }
    return -1;
  }
  // 建筑业、交通运输业和现代农业的产业工人分别为…, with no kind named: only a total named by that noun exactly
  const bands = /^[^，,；;。\d０-９]{2,40}$/.test(head) ? RESPECTIVELY_OF.exec(head) : null;
  if (bands && /[、和及与]/.test(head.slice(0, bands.index))) {
    const t = exactTotal(qs, k, start, compact(bands[1]), lr);
    if (t != null) return t;
  }
  const split = NOUN_BY_KIND.exec(head);
  if (split) {
    const n = compact(split[1]).replace(DEICTIC, '');
    return n.length < 2 ? -1 : totalNaming(text, qs, k, start, n, lr);
  }
  const m = FRAME.exec(head);
  const noun = m ? withoutWholeArea(compact(m[1]).replace(QUOTES, '').replace(/^.*的/, '').replace(DEICTIC, '')) : '';
  // (本届竞赛中 / 在此次活动中: an event frames a time, no set)
  if (lr.event.some((w) => noun.endsWith(w))) return -1;
  return noun.length < 2 ? -1 : totalNaming(text, qs, k, start, noun, lr, m![1]);
}

/** 这6.4万人 / 上述20家: a figure a pointing word puts before, a set already counted told of again */
const pointedBack = (text: string, q: Fig) => /(?:这|這|该|該|上述|此)$/.test(text.slice(Math.max(0, q.start - 2), q.start));

/** 从行业看，12名技师中机械加工5名…: a figure whose own noun + 中 frames the parts after it (中心, 中级 and the like
 * are words, no frame) */
const framesItself = (text: string, q: Fig) => /^[^，,；;。：:、\d０-９]{1,12}?(?:之中|当中|中)(?![心国央华级小学医型])/.test(text.slice(q.end, q.end + 16));

/** 按领域分，这9名技能人才分布在… / 从年龄看，12名技师中…: the figure of the head, in the part's unit, that a pointing
 * word (这, 该, 上述, 此) puts before or that frames the parts itself (N名X中), a set already counted told of again, or -1 */
function restatedInHead(text: string, qs: Fig[], k: number, start: number, lr: ListRules): number {
  for (let j = k - 1; j >= 0 && qs[j].start >= start; j--) {
    if (partUnit(qs[j], qs[k], lr) && (pointedBack(text, qs[j]) || framesItself(text, qs[j]))) return j;
  }
  return -1;
}

/** whether figure j is joined by 、 to a neighbour of its unit before figure k (男选手6名、女选手3名) */
function seriesMember(text: string, qs: Fig[], j: number, k: number, lr: ListRules): boolean {
  const joined = (a: number, b: number) => a >= 0 && b < k && sameUnit(qs[a], qs[b], lr) && /^[^，,；;。：:\d０-９]{0,12}、[^，,；;。：:\d０-９]{0,12}$/.test(text.slice(qs[a].end, qs[b].start));
  return joined(j - 1, j) || joined(j, j + 1);
}

/** how many sentences with no figure (a heading such as （二）行业分布相对集中。) a kind-split sentence looks past */
const FIGURELESS_REACH = 2;

/** where the sentence before `own` starts that holds a figure, past at most FIGURELESS_REACH sentences
 * without one (a heading sentence stands between a total and the sentence splitting it) */
function figuredSentenceBefore(text: string, qs: Fig[], own: number, sentenceAt: SentenceAt): number {
  let at = own;
  for (let n = 0; n <= FIGURELESS_REACH; n++) {
    let back = at - 1;
    while (back > 0 && /\s/.test(text[back])) back--;
    if (back < 0) return at;
    const s = sentenceAt(back).start;
    if (s >= at) return at;
    if (qs.some((q) => q.start >= s && q.start < at)) return s;
    at = s;
  }
  return at;
}

/** the sum of the whole counts of a split sentence's bands: the figures from k in k's unit to the
 * sentence's end, past semicolons and shares (中药材…2.3万人，占…56.1%；食品加工…1.1万人；建筑业0.7万人) */
function bandsSum(text: string, qs: Fig[], k: number, lr: ListRules): bigint | null {
  const stop = /[。！？!?\n]|\.(?!\d)/.exec(text.slice(qs[k].start));
  const end = stop ? qs[k].start + stop.index : text.length;
  let sum = 0n;
  for (let j = k; j < qs.length && qs[j].start < end; j++) {
    if (!sameUnit(qs[k], qs[j], lr) || qs[j].kind !== 'count') continue;
    const v = wholeValue(qs[j]);
    if (v === null) return null;
    sum += v;
  }
  return sum > 0n ? sum : null;
}

/** 此次获评的14名标兵，出自…的有5名，…的4名。按民族划分，苗族9名，侗族3名，汉族2名: the bands of a kind, to
 * the first semicolon, adding up exactly to a whole count of the sentence before (from `prev`) are that set split
 * again, however its first breakdown was read; the latest such count, or -1 */
function clauseBandsWhole(text: string, qs: Fig[], k: number, prev: number, start: number, lr: ListRules): number {
  const stop = /[。！？!?；;\n]/.exec(text.slice(qs[k].start));
  const end = stop ? qs[k].start + stop.index : text.length;
  let sum = 0n;
  let n = 0;
  for (let j = k; j < qs.length && qs[j].start < end; j++) {
    if (!sameUnit(qs[k], qs[j], lr) || qs[j].kind !== 'count') continue;
    const v = wholeValue(qs[j]);
    if (v === null) return -1;
    sum += v;
    n++;
  }
  for (let j = k - 1; n >= 2 && j >= 0 && qs[j].start >= prev; j--) {
    if (qs[j].start < start && qs[j].partOf == null && sameUnit(qs[j], qs[k], lr) && wholeValue(qs[j]) === sum) return j;
  }
  return -1;
}

/** the rounding step of a total as written: the largest power of ten dividing it (2.46万 → 100) */
function roundingStep(v: bigint): bigint {
  let step = 1n;
  while (v > 0n && v % (step * 10n) === 0n) step *= 10n;
  return step;
}

/**
 * 总量2.46万人。其中，高技能人才5320人。从等级结构看，…860人，…4460人，…1.93万人: bands that add up to
 * more than the part before them cannot split it; they split its whole when they stay within it, give or
 * take half the whole's rounding step (860+4460+19300 of 2.46万, which stands for 24550–24650).
 */
function bandsOfWhole(qs: Fig[], j: number, bands: bigint | null): boolean {
  const w = qs[j].partOf;
  const part = wholeValue(qs[j]);
  const whole = w == null ? null : wholeValue(qs[w]);
  if (bands === null || part === null || whole === null) return false;
  return bands * 2n > part * 2n + roundingStep(part) && bands * 2n <= whole * 2n + roundingStep(whole);
}

/** …，1人为全国技术能手；按行业分，装备制造业4个、… : a clause after a semicolon naming the kind its
 * figures are split by frames them as a sentence's opening would: its start, else the sentence's */
function kindAfterSemicolon(text: string, sentStart: number, at: number): number {
  const semi = Math.max(text.lastIndexOf('；', at - 1), text.lastIndexOf(';', at - 1));
  return semi >= sentStart && BY_KIND.test(text.slice(semi + 1, at)) ? semi + 1 : sentStart;
}

/** where the last sentence of from..to starts: text typed with ASCII punctuation ends one at a full
 * stop that is no decimal point (…3批40名.这些工匠中,…) */
function afterAsciiStop(text: string, from: number, to: number): number {
  const m = /\.(?![0-9０-９])(?!.*\.(?![0-9０-９]))/s.exec(text.slice(from, to));
  return m ? from + m.index + 1 : from;
}

/**
 * 授予…等60名同志“优秀工会工作者”称号。在受表彰的优秀工会工作者中，女性38名…；来自学校的27名。
 * A sentence framed by a noun + 中 divides the latest total before it that counts that noun: its
 * figures of that unit are parts (a stop word ends them).
 */
function framedParts(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  let seen = -1;
  for (let k = 0; k < qs.length; k++) {
    if (links.has(k) || qs[k].kind === 'percent' || qs[k].kind === 'ratio') continue;
    const sent = sentenceAt(qs[k].start);
    const start = afterAsciiStop(text, kindAfterSemicolon(text, sent.start, qs[k].start), qs[k].start);
    // (按领域分，这9名技能人才… / 从行业看，12名技师中…: the set told of again heads the frame; the parts after it are tried)
    if (start === seen || pointedBack(text, qs[k]) || framesItself(text, qs[k])) continue;
    // (a figure of another measure first, 职工中，35岁以下…1.31万人: the frame is tried on the next one)
    const led = leadersFramed(text.slice(start, qs[k].start), lr);
    const t = led ? ledTotal(text, qs, k, start, lr) : frameTotal(text, qs, k, start, lr, sentenceAt);
    if (t < 0) continue;
    seen = start;
    for (let j = k; j < qs.length && qs[j].start < sent.end; j++) {
      if (links.has(j) || !(framedUnit(qs[t], qs[j], lr) || (led && qs[j].rule === 'unit.people'))) continue;
      // (这6.4万人: a figure pointing back at a set already counted is no part of the frame)
      if (pointedBack(text, qs[j])) continue;
      // (还有1人为…: more of the framed set, to a semicolon)
      const stop = startsWithAny(clauseLeft(text, qs[j], lr), lr.stop);
      if (stop && !(moreOfSet(text, qs[j], stop, lr) && !/[；;]/.test(text.slice(start, qs[j].start)))) break;
      links.set(j, t);
      qs[j].partOf = t;
    }
  }
}

/** a frame's noun that names the leaders of things (领衔人, 带头人) */
const leaderNoun = (noun: string, lr: ListRules) => lr.leader.some((w) => compact(noun).endsWith(w));

/** 领衔人中，… / 认定的工作室带头人中，… : a sentence framed by the leaders of the things just counted */
function leadersFramed(head: string, lr: ListRules): boolean {
  const m = FRAME.exec(head);
  return !!m && lr.leader.some((w) => compact(m[1]).endsWith(w));
}

/**
 * 命名…等11个工作室…。领衔人中，具有高级技师资格的6人: each workshop has one leader, so counts of the
 * leaders are parts of the nearest count of the things they lead (工作室, not itself a part: 其中…类
 * 工作室3个 is a kind of them), counted in people against things.
 */
function ledTotal(text: string, qs: Fig[], k: number, before: number, lr: ListRules): number {
  for (let j = k - 1; j >= 0 && qs[j].start >= before - FRAME_REACH; j--) {
    const t = qs[j];
    if (t.start >= before || t.partOf != null || !lr.tallyMixed.includes(t.unit)) continue;
    const cb = clauseBounds(text, t.start);
    if (lr.led.some((w) => subjectOf(t).includes(w) || compact(text.slice(t.end, cb.end)).startsWith(w))) return j;
  }
  return -1;
}

/** a clause that is only a noun and a count (女性5名, 35岁以下青年职工5名) or a share of it (占70%) */
const BARE_CLAUSE = /^[^，,；;。！？：:\n]{1,14}?[0-9０-９]+(?:\.[0-9]+)?[^\s，,；;。0-9０-９]{1,2}$/;
const SHARE_CLAUSE = /^(?:占|約占|约占)[^，,；;。]{0,8}[0-9０-９.]+[%％]$/;

/**
 * 受表彰的16名劳模中，一线工人11名；专业技术人员3名。女性5名，少数民族1名。: a sentence made only of a
 * noun and a count per clause, with no verb or total of its own, right after a sentence whose last
 * counts are parts of one total, goes on dividing that total (by another attribute).
 */
function bareNextSentence(text: string, qs: Fig[], links: Map<number, number>, lr: ListRules, sentenceAt: SentenceAt): void {
  for (let k = 1; k < qs.length; k++) {
    const sent = sentenceAt(qs[k].start);
    if (links.has(k) || sent.start === 0 || qs[k - 1].start >= sent.start) continue;
    const own = qs.map((_q, j) => j).filter((j) => qs[j].start >= sent.start && qs[j].start < sent.end);
    if (own[0] !== k) continue;
    // the sentence before: its last count is a part of a total before that sentence's parts
    const prev = sentenceAt(qs[k - 1].start);
    const counts = own.filter((j) => qs[j].kind === 'count' && !!qs[j].rule && lr.tally.includes(qs[j].rule!));
    let last = k - 1;
    while (last >= 0 && qs[last].start >= prev.start && (qs[last].kind === 'percent' || qs[last].kind === 'ratio')) last--;
    const t = links.get(last);
    if (t === undefined || qs[last].start < prev.start || !counts.length) continue;
    if (/[\n]/.test(text.slice(prev.end, sent.start)) || /\n\s*\n/.test(text.slice(qs[last].end, sent.start))) continue;
    const clauses = text.slice(sent.start, sent.end).replace(/[。！？!?\s]+$/, '').split(/[，,；;]/).map(compact);
    if (counts.some((j) => links.has(j))) continue;
    const said = (c: string) => [...lr.stated, ...lr.intro, ...lr.total, ...lr.outcome].some((w) => c.includes(w));
    const bare = clauses.every((c) => SHARE_CLAUSE.test(c) || (BARE_CLAUSE.test(c) && !startsWithAny(c, lr.stop) && !startsWithAny(c, lr.change) && !said(c)));
    if (!bare || counts.length !== clauses.filter((c) => !SHARE_CLAUSE.test(c)).length) continue;
    const total = wholeValue(qs[t]);
    if (!counts.every((j) => partUnit(qs[t], qs[j], lr) && (total === null || (wholeValue(qs[j]) ?? 0n) <= total))) continue;
    for (const j of counts) { links.set(j, t); qs[j].partOf = t; }
  }
}

/** the table cell a figure is: in a table set out with spaces, or in a tab or pipe table */
const tableCell = (text: string, q: Fig) => spacedTableCell(text, q.start, q.end) ?? gridTableCell(text, q.start, q.end);

/** a row label that is a sum word (合计, 总计; spaces between its characters dropped) */
const isTotalLabel = (label: string, lr: ListRules) => lr.total.includes(foldToSimplified(label));

/**
 * 焊工培训12 540 / … / 合 计30 1320 (a table set out with spaces or tabs under a head line, a total row
 * last): each figure above the total row is a part of the total row's cell in its column. A table with a total
 * column as well (荣誉类别 企业 … 合计) breaks its figures down two ways: its cells are left unlinked. The first
 * links of linkLists: a cell's total is its column's, whatever the prose around the table reads.
 */
function totalRowParts(text: string, qs: Fig[], lr: ListRules): Map<number, number> {
  const links = new Map<number, number>();
  for (let i = 0; i < qs.length; i++) {
    if (qs[i].kind !== 'count' && qs[i].kind !== 'money') continue;
    const t = tableCell(text, qs[i]);
    if (!t || !isTotalLabel(t.label, lr) || t.head.some((h) => isTotalLabel(h.replace(/[（(].*$/, ''), lr))) continue;
    for (let k = 0; k < qs.length; k++) {
      if (k === i || links.has(k) || qs[k].start < t.headStart || qs[k].start >= t.rowStart || !sameUnit(qs[k], qs[i], lr)) continue;
      if (tableCell(text, qs[k])?.index !== t.index) continue;
      links.set(k, i);
      qs[k].partOf = i;
    }
  }
  partColumnParts(text, qs, links);
  return links;
}

/** 合隆镇 | 5830人 | 2614人 under 乡镇 | 会员数 | 其中女职工: a cell under a part column's head is a part of its
 * row's whole figure (table-cells ruledWholeCell), in the same unit */
function partColumnParts(text: string, qs: Fig[], links: Map<number, number>): void {
  for (let k = 0; k < qs.length; k++) {
    const at = links.has(k) ? null : ruledWholeCell(text, qs[k].start, qs[k].end);
    const whole = at === null ? -1 : qs.findIndex((q) => q.start === at && q.unit === qs[k].unit);
    if (whole < 0) continue;
    links.set(k, whole);
    qs[k].partOf = whole;
  }
}
