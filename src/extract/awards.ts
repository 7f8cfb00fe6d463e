// Awards (honours) from rules/awards.yaml: canonical name, level from the prefix (rules/levels.yaml),
// count, named recipients. Only conferred awards are emitted (count, recipient or award verb); the
// rejected candidates are kept for `explain`.
import type { Award, ExtractContext } from '../types.js';
import { countAfter, namedPatterns, parseSmallInt, docFacts, insideTitle, perRules, CJK, LiteralScanner, type DocFacts } from './named/doc.js';
import { prefixNote, readPrefix, type Prefix } from './named/level.js';
import { nameAt } from './named/people.js';
import { peopleRules } from './named/people-cues.js';
import type { AwardRule } from './named/rules.js';
import { afterTurn, confermentRules, splitByLevels, stockOfHolders } from './named/conferment.js';
import { rowCells } from './named/records.js';
import { lineStart, lineEnd, PHRASE_ENDS, SENTENCE_PART_ENDS, textBackTo } from '../text-lines.js';

export interface AwardCandidate extends Award {
  rejected: string | null;
  notes: string[];
}

/** what may follow an award name without making it part of a longer phrase */
const FOLLOW_OK = /^(?:\s|$|[，,。；;、：:）)”"’（(\d０-９]|称号|荣誉|等|和|及|与|同志|各|共|计)/;
const GRADE = /^(?:特等奖|[一二三]等奖|金奖|银奖|铜奖|奖)/;

/** the award-name alternation, compiled once per rules load (it only depends on rules/awards.yaml) */
function matcher(f: DocFacts): { re: LiteralScanner; byAlias: Map<string, AwardRule> } {
  return perRules(f.rules, 'awards.matcher', () => {
    const byAlias = new Map<string, AwardRule>();
    for (const r of f.rules.awards) for (const a of r.aliases) if (!byAlias.has(a)) byAlias.set(a, r);
    const alts = [...byAlias.keys()].sort((a, b) => b.length - a.length);
    return { re: new LiteralScanner(alts), byAlias };
  });
}

/** a person who holds the award, before the count or the name: 奖章获得者50名, 奖章获得者张丽 */
const HOLDER = /^(?:获得者|获奖者|荣获者)/;
/** the bodies that hold it, before their count: 奖状获得单位3个, 工人先锋号集体5个, 获奖班组4个 */
const HOLDER_GROUP = /^(?:获得单位|获奖单位|获得集体|获奖集体|获得班组|获奖班组|集体|班组)/;
/** what joins the honours of one list (奖状获得单位3个、奖章获得者12名和工人先锋号集体5个) */
const LIST_JOIN = /^\s*(?:、|和|及|以及|与)\s*$/;
/** holders of the award counted as people (全国劳动模范、江西省五一劳动奖章获得者等5名劳模): the honour is held,
 * its count a sum over the titles in apposition, none of its own */
const HELD_BY_COUNTED = /^(?:、[^，。；;,\n、“”]{2,16}?(?:获得者|获奖者))?等\s*(?:\d+|[一二两三四五六七八九十]+)\s*[名位人]/;
/** the award is a threshold or a condition, not a conferment: “云南省技术能手”及以上称号, 获得…称号的人员 */
const CRITERION = /^[”"’」]?(?:及以上|以上|及其以上|(?:称号|荣誉)?的(?:人员|职工|个人|单位|集体|同志|选手|企业))/;
/** the titles joined after an honour (“A”和“B”, “A”“B”, A和B获得单位): skipped to read what is said of all of them */
const JOINED_TITLES = /^(?:[”"」』]?(?:和|及|与|與|、)?[“"「『][^“”"「」『』\n，。；]{2,20}[”"」』]|(?:和|及|与|與|、)[\u4e00-\u9fa5]{2,12}?(?=获得者|獲得者|获得单位|獲得單位|获奖单位|獲獎單位|获得集体|獲得集體))*/;
/** a reward rule for the holders of the honours as a class (对获得“A”和“B”的集体每个奖励5000元, “A”“B”荣誉称号的同志，享受…,
 * A获得者每人奖励3000元, “A”每个集体奖励): no conferment when no count or holder is bound to the honour */
const REWARD_RULE = /^[”"’」』]?(?:荣誉|榮譽)?(?:称号|稱號)?(?:获得者|獲得者|获奖者|獲獎者|获得单位|獲得單位|获奖单位|獲獎單位|获得集体|獲得集體)?(?:（[^（）\n]{1,6}）)?(?:的(?:人员|人員|职工|職工|个人|個人|单位|單位|集体|集體|同志|选手|選手|企业|企業))?[，,]?\s*(?:每(?:人|个|個|名|家|位)(?:集体|集體|单位|單位)?|各)?(?:奖励|獎勵|给予|給予|发放|發放|发给|發給|享受)/;
/** an honour word conjoined with another (和, 及, 与, or an alternative in brackets) into the class name of workshops its
 * holders lead (劳模和工匠人才创新工作室, 劳模（工匠）创新工作室): the class, not the honour */
const WORKSHOP_CLASS = /^(?:[和及与、]|（)[\u4e00-\u9fa5（）]{1,8}?(?:工作室|工作站)/;
/** a notice's rule for the future: 由市人社局授予…, 推荐申报…, 按程序…, a target (力争2名职工获得…) */
// …的，授予 H: a conditional subject (获一等奖的，授予…) states who WILL receive it
// 将被授予 / 擬授予: a conferment to come (either script); 已由…授予 is a conferment done (已由省总工会授予…)
const PRESCRIPTIVE = /(?:[将將拟擬](?:被|會被|会被)?(?:授予|頒發|颁发|命名|評為|评为)|(?<![已曾]|已经)由[^，。；\n]{1,24}(?:授予|颁发|命名)|推荐申报|按程序|符合条件|力争|力爭|可(?:申报|推荐)|拟(?:授予|推荐)|的[，,]\s*(?:均|可|一律|即)?(?:授予|颁发|命名为?)[“"「]?\s*$)/;

/** The clause before `pos`: back to the previous 。；;！？ or line start. */
const clauseBefore = (text: string, pos: number): string => textBackTo(text, pos, SENTENCE_PART_ENDS);

/** The count of an award: after the name (past a holder word, a bracketed or quoted aside), else
 * before the conferment verb (2个集体荣获…). `aEnd` moves past a holder word (获得者). */
function readCount(f: DocFacts, text: string, aEnd: number, clauseStart: number, notes: string[]):
  { aEnd: number; start: number; end: number; count: number | null; found: boolean } {
  // the item ends at the name (before a holder word) unless a count follows it
  const nameEnd = aEnd;
  let after = aEnd;
  // count, possibly after a parenthesis or a quoted sub-title: 全国劳动模范（全国五一劳动奖章）1 人
  const skip = /^\s*(?:（[^（）\n]{1,30}）|\([^()\n]{1,30}\)|“[^“”\n]{1,20}”|"[^"\n]{1,20}")/.exec(text.slice(after, after + 40));
  // (the holder word may follow the closing quote of the title: “某省五一劳动奖章”获得者2名, “某县五一劳动奖状”获得单位3个)
  const quoted = /^[”"」』](?=获得者|获奖者|荣获者|获得单位|获奖单位|获得集体|获奖集体|获得班组|获奖班组)/.test(text.slice(after, after + 5)) ? 1 : 0;
  const holder = HOLDER.exec(text.slice(after + quoted, after + quoted + 3));
  if (holder) {
    after += quoted + holder[0].length;
    aEnd = after;
    notes.push('holder (获得者)');
  }
  // a collective holder word counts only with its count (奖状获得单位3个, 工人先锋号集体5个)
  const group = holder ? null : HOLDER_GROUP.exec(text.slice(after + quoted, after + quoted + 4));
  if (group && countAfter(f, text, after + quoted + group[0].length)) {
    after += quoted + group[0].length;
    aEnd = after;
    notes.push(`holder (${group[0]})`);
  }
  let c = countAfter(f, text, after);
  if (!c && skip) c = countAfter(f, text, after + skip[0].length);
  if (!c && /^[）)”"]/.test(text.slice(after))) c = countAfter(f, text, after + 1);
  if (c) {
    notes.push(`count ${c.count}`);
    return { aEnd, start: clauseStart, end: c.end, count: c.count, found: true };
  }
  const cb = namedPatterns(f.rules).awardCountBefore.exec(clauseBefore(text, clauseStart));
  const n = cb ? parseSmallInt(cb[1]) : null;
  if (cb && n !== null) {
    notes.push(`count ${n} before the verb`);
    return { aEnd, start: clauseStart - cb[0].length, end: nameEnd, count: n, found: true };
  }
  return { aEnd, start: clauseStart, end: nameEnd, count: null, found: false };
}

/** a person written before the honour in brackets (领衔人：彭建新（全国劳动模范）): the honour's holder */
function holderBefore(f: DocFacts, text: string, start: number, end: number): string | null {
  if (!/^[）)]/.test(text.slice(end, end + 1))) return null;
  const b = /(?:^|[：:\s\u3000、，,])([\u4e00-\u9fa5·]{2,4})[（(]$/.exec(text.slice(Math.max(0, start - 8), start));
  if (!b) return null;
  const nm = nameAt(text, start - 1 - b[1].length, f);
  return nm && nm.name === b[1] ? nm.name : null;
}

/** a field's edges in a record: a bracket, a comma or a 、, a cell's bar or tab, a run of blanks, the line's end (after a
 * field, a full stop closing the record too: 领衔人某某，某族，某市劳动模范。) */
const FIELD_BEFORE = /(?:^|[（(，,、|\t：:]|[ \u3000]{2,})[ \u3000]?$/;
const FIELD_AFTER = /^(?:$|[）)，,；;、|\t\n。]|[ \u3000]{2,})/;

/** a person whose record holds the honour as a field of its own (（某某，江苏省劳动模范）, 领衔人：某某，全国劳动模范；, a
 * table row 某某 男 1971.03 农艺师 某市劳动模范): a record names its person first, so the first field of the
 * bracket or the line that is a whole name (a leader's label glued on before it: 领衔人某某) holds every honour written
 * as a field after it, whatever the delimiter */
function holderInRecord(f: DocFacts, text: string, start: number, end: number): string | null {
  const ls = lineStart(text, start);
  // (on a table row the normaliser wrote with single spaces, a space parts cells, and a quote opens the next one glued on)
  const row = !!rowCells(text, ls, lineEnd(text, end));
  const before = text.slice(ls, start);
  const after = text.slice(end, end + 2);
  if (!FIELD_BEFORE.test(before) && !(row && /[ \u3000]$/.test(before))) return null;
  if (!FIELD_AFTER.test(after) && !(row && /^[ \u3000“"]/.test(after))) return null;
  // the record is the bracket the honour stands in, else its line
  const open = Math.max(text.lastIndexOf('（', start - 1), text.lastIndexOf('(', start - 1));
  const from = open >= ls && !/[）)]/.test(text.slice(open, start)) ? open + 1 : ls;
  // (a row's number glued to its first cell is no part of the name: 1某某)
  for (const m of text.slice(from, start).matchAll(/[^（()，,、|\t：:；;。\s\u3000）\d.．]+/g)) {
    // (a leader's label glued to the name opens its field: 领衔人某某，某市劳动模范)
    const label = peopleRules().cues.labels.find((l) => m[0].startsWith(l) && m[0].length > l.length) ?? '';
    const at = from + m.index! + label.length;
    const nm = nameAt(text, at, f);
    if (nm && nm.name === m[0].slice(label.length)) return nm.name;
  }
  return null;
}

/** a person said to hold the honour (领衔人杨某是河南省五一劳动奖章获得者, 班长李某也是“H”获得者): a name, a copula, the
 * honour and its holder's word; the name is read where it ends, right before the copula */
function holderByCopula(f: DocFacts, text: string, start: number, end: number): string | null {
  if (!/^[”"」』]?(?:称号)?(?:获得者|获奖者)/.test(text.slice(end)) && !HOLDER.test(text.slice(end - 3, end))) return null;
  // (an adverb may stand before the copula, 也是 / 同样是: the name ends before it)
  const cop = /(?:也|还|亦|同样|均|都)?(?:是|为)[“"「『]?$/.exec(text.slice(Math.max(0, start - 4), start));
  if (!cop) return null;
  const at = Math.max(0, start - 4) + cop.index!;
  for (const k of [3, 2, 4]) {
    const nm = at - k >= 0 ? nameAt(text, at - k, f) : null;
    if (nm && nm.name === text.slice(at - k, at)) return nm.name;
  }
  return null;
}

/** the last of titles in apposition before a person (由自治区劳动模范、公司首席装配技师刘某领衔, 全国劳模、
 * 高级工程师王某): the person holds each title, the honour too. The chain ends in a role word of
 * rules/roles.yaml right before the name, all within the clause. */
function holderAfterTitles(f: DocFacts, text: string, end: number): string | null {
  const roles = perRules(f.rules, 'award.apposition-roles', () =>
    new RegExp(`^、[^，。；;,、\\n“”"（）()]{0,12}?(?:${f.rules.roles.flatMap((r) => r.roles).sort((a, b) => b.length - a.length).join('|')})(?=[\\u4e00-\\u9fa5])`));
  // (the last title may be a quoted honour glued to the name: 由全国劳动模范、“某某工匠”王某领衔)
  const quoted = perRules(f.rules, 'award.apposition-quoted', () =>
    new RegExp(`^、[“"「『][^“”"「」『』\\n，。；]{1,14}?(?:${confermentRules().v.endings.join('|')})[”"」』](?=[\\u4e00-\\u9fa5])`));
  const m = roles.exec(text.slice(end, end + 20)) ?? quoted.exec(text.slice(end, end + 20));
  return m ? nameAt(text, end + m[0].length, f)?.name ?? null : null;
}

/** a labelled field that writes the honour, one space, then the person (领衔人：某市劳动模范 某某, 领衔人：高级技师、某某工匠
 * 某某): the label opens the field on its line, the name closes it before a space, a delimiter or the line's end */
function holderAfterLabel(f: DocFacts, text: string, start: number, end: number): string | null {
  const before = text.slice(lineStart(text, start), start);
  const labels = perRules(f.rules, 'award.label-field', () =>
    new RegExp(`(?:${[...peopleRules().cues.labels].sort((a, b) => b.length - a.length).join('|')})[：:][^，。；;,：:\\s]{0,12}?、?$`));
  if (!labels.test(before)) return null;
  const m = /^[”"」』]?[ \u3000]([\u4e00-\u9fa5·]{2,8}?)(?=[ \u3000]|$|[，。；;,\n（(])/.exec(text.slice(end, end + 12));
  if (!m) return null;
  const at = end + m[0].length - m[1].length;
  const nm = nameAt(text, at, f);
  return nm && nm.name === m[1] ? nm.name : null;
}

interface AwardSpan {
  aStart: number;
  aEnd: number;
  /** where the item ends (past its count) */
  end: number;
  /** where the clause holding the award (its level prefix included) starts */
  clauseStart: number;
  count: number | null;
  recipients: string[];
  /** a conferment verb stands in the clause before */
  verb: boolean;
  /** a level or place prefix stands before the name (县级以上, 马鞍山市) */
  levelled: boolean;
}

/** the award stands in a notice's headline (关于授予…的决定), on one line or broken over two or three short lines */
function inHeadline(text: string, at: number): boolean {
  const s = lineStart(text, at);
  const e = text.indexOf('\n', at);
  const cur = text.slice(s, e < 0 ? text.length : e);
  if (cur.length > 60) return false;
  const prev = s > 0 ? text.slice(text.lastIndexOf('\n', s - 2) + 1, s - 1) : '';
  const next = e < 0 ? '' : text.slice(e + 1, (text.indexOf('\n', e + 1) + 1 || text.length + 1) - 1);
  // a line that closes a sentence is no part of a headline going on
  const prevOk = prev.length <= 60 && !/[。；;：:！？]\s*$/.test(prev) ? prev.trim() : '';
  const nextOk = next.length <= 60 && !/[。；;：:！？]\s*$/.test(cur) ? next.trim() : '';
  const rules = confermentRules();
  const re = perRules(rules, 'conferment.headline', () => new RegExp(rules.v.headline));
  return [cur.trim(), prevOk + cur.trim(), cur.trim() + nextOk, prevOk + cur.trim() + nextOk].some((l) => re.test(l));
}

/** 劳模和工匠人才创新工作室: the title opens a class of workshops. A hard-wrapped line may break the class (劳模和工\n匠人才…),
 * and the words after 和 are the class's, never a recipient's name */
function workshopClass(text: string, aEnd: number, recipients: string[]): boolean {
  const after = text.slice(aEnd, aEnd + 20).replace(/\s+/g, '');
  return WORKSHOP_CLASS.test(after) && (!recipients.length || /^[和及与]/.test(after));
}

/** Why an award mention is not a conferment, or null when it is one. */
function rejection(f: DocFacts, text: string, a: AwardSpan): string | null {
  const { aStart, aEnd, count, recipients } = a;
  const after = text.slice(aEnd, aEnd + 30);
  const held = HELD_BY_COUNTED.test(after) && (HOLDER.test(text.slice(aEnd - 3, aEnd)) || /^、[^等]*(?:获得者|获奖者)等/.test(after));
  const conferredTo = count !== null || recipients.length > 0 || held;
  // (a count in Chinese numerals read right after the name is its count, not a longer word: 五一巾帼标兵岗二十九个)
  const countAfterName = count !== null && a.end > aEnd && /^[一二两三四五六七八九十百]/.test(text.slice(aEnd, aEnd + 1));
  if (!recipients.length && !countAfterName && !FOLLOW_OK.test(text.slice(aEnd, aEnd + 3)) && CJK.test(text[aEnd] ?? '')) {
    return `followed by "${text.slice(aEnd, aEnd + 2)}": part of a longer phrase`;
  }
  if (insideTitle(f, aStart, aEnd)) return 'inside a 《》 title';
  if (confermentRules().revoked.test(text.slice(Math.max(0, a.clauseStart - 17), a.clauseStart))) return 'a revocation or a former holder (撤销…“H”, 原“H”): no act of conferring (rules/conferment.yaml revoked)';
  if (confermentRules().milestone.test(after)) return 'a milestone the title marks (“H”零的突破): a modifier, no act (rules/conferment.yaml mood milestone)';
  const any = count !== null && confermentRules().v.anyLevel.filter((w) => /^[\u4e00-\u9fa5]+$/.test(w)).find((w) => new RegExp(`${w}[“"「]?$`).test(text.slice(Math.max(0, a.clauseStart - 8), a.clauseStart)));
  if (any) return `a class over its levels (${any}…): a sum, no one honour (rules/conferment.yaml anyLevel)`;
  if (count === null && inHeadline(text, aStart)) return 'a headline restating the decision (关于授予…的决定): the body confers, the headline names (rules/conferment.yaml headline)';
  if (workshopClass(text, aEnd, recipients)) return 'the first part of a class of workshops (劳模和工匠人才创新工作室), not an honour';
  if (CRITERION.test(text.slice(aEnd, aEnd + 8))) return 'a threshold or condition (…及以上 / …称号的人员), not a conferment';
  if (!conferredTo && rewardRule(text, aEnd)) return 'a reward rule for the holders as a class (…的集体每个奖励 / 获得者每人奖励), not a conferment';
  if (new RegExp(confermentRules().v.mood.leadIn).test(text.slice(aEnd, aEnd + 80))) return 'a lead-in (…N个。经研究，决定：): a summary of the acts the decision states, not one of them';
  const v = confermentRules().v;
  // an aim (争当“青海省技术能手”) or a selection to come (参加“北京市工人先锋号”评选) names no conferment
  const aim = v.aspire.find((w) => new RegExp(`${w}[“"「]?\\s*$`).test(text.slice(Math.max(0, a.clauseStart - 6), a.clauseStart)));
  if (aim) return `an aim (${aim} …), not a conferment (rules/conferment.yaml aspire)`;
  // a recommendation in the phrase before names candidates, with or without a count (全市今年推荐申报全国五一劳动
  // 奖章3人); a phrase before the comma (经推荐申报、评审，授予…) reports the procedure gone through
  const rec = new RegExp(v.recommend).exec(textBackTo(text, a.clauseStart, PHRASE_ENDS));
  if (rec) return `a recommendation (${rec[0]}), not a conferment (rules/conferment.yaml recommend)`;
  const sel = v.selection.find((w) => new RegExp(`^[”"」]?(?:称号)?${w}`).test(text.slice(aEnd, aEnd + 6)));
  if (sel && count === null) return `names a selection (…${sel}), not a conferment (rules/conferment.yaml selection)`;
  if (!conferredTo && PRESCRIPTIVE.test(afterTurn(clauseBefore(text, a.clauseStart), v.mood.turn))) return 'a rule for the future (由…授予 / 推荐申报 / 按程序), not a conferment';
  // 将按规定向…颁发“H”证书: a handing-over to come; 对获评的H…给予: the holders of a batch named as a class
  const mood = v.mood;
  if (!conferredTo && new RegExp(mood.future).test(clauseBefore(text, a.clauseStart))) return 'a conferment to come (将向…颁发), not a record (rules/conferment.yaml mood future)';
  if (!conferredTo && new RegExp(mood.attributive).test(clauseBefore(text, a.clauseStart))) return 'a batch conferred before, named as its holders (获评的H), no act (rules/conferment.yaml mood attributive)';
  // a bare name right after a verb of building (新建模范职工之家4个) is a facility; a level marks a conferment
  // (a level bounded over the ones above it, 建成县级以上模范职工之家23个, counts a stock over several titles: built still)
  const built = clauseBefore(text, a.clauseStart).replace(BUILT_OVER_LEVELS, '');
  if ((!a.levelled || built.length < clauseBefore(text, a.clauseStart).length) && confermentRules().builtBefore.test(built)) return 'built with no level (新建…): a facility, not an honour (rules/conferment.yaml build)';
  // 建成职工之家127个，其中省级模范职工之家9个: a part of the stock built, level or not, is a figure
  if (confermentRules().builtPart.test(clauseBefore(text, a.clauseStart))) return 'a part of a stock of facilities built (建成…N个，其中…): a figure, not an honour (rules/conferment.yaml builtPart)';
  const quota = confermentRules().quota.exec(clauseBefore(text, a.clauseStart));
  if (quota) return `a quota of a selection to come (${quota[0]}), not a conferment (rules/conferment.yaml quota)`;
  if (count !== null && new RegExp(v.mood.target).test(text.slice(a.end, a.end + 4))) return 'a count of about so many (…左右): a target, not a conferment (rules/conferment.yaml mood target)';
  if (!conferredTo && !a.verb && !heldByCopula(text, a.clauseStart, aEnd)) return 'not conferred: no count, recipient or award verb (policy talk)';
  return null;
}

/** a level and the ones above it right before a facility built (建成|县级以上|模范职工之家23个): a stock over several titles */
const BUILT_OVER_LEVELS = /(?:国家|國家|省部|省|自治区|自治區|地市|市|州|盟|县|縣|区|區|旗)[级級](?:及|以)上$/;

/** what follows the honour, past the titles joined to it, is a reward rule for all their holders (REWARD_RULE) */
function rewardRule(text: string, aEnd: number): boolean {
  const after = text.slice(aEnd, aEnd + 80);
  return REWARD_RULE.test(after.slice(JOINED_TITLES.exec(after)![0].length));
}

/** 某某是2021年的某州劳动模范。/ 领衔人某某是某省五一劳动奖章获得者: the honour is the predicate of a copula and closes
 * its clause (or takes its holder's word): one holder's attribute (rules/conferment.yaml mood copula) */
function heldByCopula(text: string, clauseStart: number, aEnd: number): boolean {
  const copula = perRules(confermentRules(), 'award.copula', () => new RegExp(confermentRules().v.mood.copula));
  if (!copula.test(text.slice(Math.max(0, clauseStart - 12), clauseStart))) return false;
  return HOLDER.test(text.slice(aEnd - 3, aEnd)) || /^[”"」』]?(?:称号)?\s*(?:[，,。；;！!]|$)/.test(text.slice(aEnd, aEnd + 4));
}

/** Why a counted honour counts no holders of a title conferred: a stock over levels (全市现有市级以上劳动模范N人，其中…)
 * or a part of the holders told by a trait (女性劳模9人); null when neither (rules/conferment.yaml holderTraits) */
function heldNow(text: string, aStart: number, span: { start: number; end: number; count: number | null }, a: { alias: string; levelled: boolean; verb: boolean }): string | null {
  const v = confermentRules().v;
  if (stockOfHolders(text, span, v)) return 'a stock of holders over levels (共有/现有/目前 … 以上 …): a figure, no conferment (rules/conferment.yaml stockHaving)';
  // (the trait may stand before the dictionary's title, outside the prefix it reads: 藏族劳模8人)
  const trait = new RegExp(`${v.holderTraits}$`);
  if (span.count !== null && v.traitTitles.some((t) => text.startsWith(t, aStart)) && trait.test(text.slice(Math.max(0, aStart - 6), aStart))) return 'a trait of the people before the title (女性/…族/困难): a part of its holders, no title (rules/conferment.yaml holderTraits)';
  return totalOfLevels(text, { ...a, count: span.count, end: span.end });
}

/** A title with no level, counted, then split by level into the same title (conferment.ts splitByLevels) */
function totalOfLevels(text: string, a: { alias: string; levelled: boolean; verb: boolean; count: number | null; end: number }): string | null {
  if (a.levelled || a.verb || a.count === null || !splitByLevels(text, a.end, a.alias)) return null;
  return 'a total over levels split into its levelled parts (…共N名，其中全国…): a figure, no conferment';
}

/** An honour with no place of its own right after another's count, joined by 、/和 (…县五一劳动奖状获得单位3个、五一
 * 劳动奖章获得者12名和工人先锋号集体5个): one list of one body's honours, so it shares the first one's place and level */
function sharedPlace(text: string, prefix: Prefix, prev: ListPlace | null): Prefix {
  if (prefix.tokens.length || !prev?.out || !inListAfter(text, prev, prefix)) return prefix;
  return { ...prefix, out: prev.out, level: prev.level };
}

/** the last honour taken: where it ends, and the place it gives the next of its list ('' when none) */
interface ListPlace { end: number; out: string; level: Prefix['level'] }

const inListAfter = (text: string, prev: ListPlace, prefix: Prefix): boolean =>
  prev.end <= prefix.start && LIST_JOIN.test(text.slice(prev.end, prefix.start));

/** What an honour just taken gives the next: its place if it heads its list or shares the head's; an item that names its
 * own place after another (云南省A 2人、云南省B 1人、C 1人) gives none, as each item of such a list names its own */
function placeToShare(text: string, prefix: Prefix, end: number, prev: ListPlace | null): ListPlace {
  const own = prefix.tokens.length > 0 && !!prev && inListAfter(text, prev, prefix);
  return { end, out: own ? '' : prefix.out, level: prefix.level };
}

/** a verb or an adjective the segmenter reads as one word right after the title (劳模|满意率, 确保劳模|安心参加) is what the
 * holders do or feel, not a person's name that happens to open with a surname character */
const NOT_NAME_TAG = /^(?:v|vn|vd|a|ad|an|d|b|nz)$/;
function wordAfterTitle(f: DocFacts, text: string, pos: number): boolean {
  if (text !== f.seg.text) return false;
  const tok = f.seg.tokenAt(pos);
  return !!tok && tok.start === pos && tok.word.length >= 2 && NOT_NAME_TAG.test(tok.tag);
}

/** Every award candidate in [from, to) of the text (default: all), accepted or not. */
export function awardCandidates(ctx: ExtractContext, from = 0, to = ctx.text.length, rulesDir?: string): AwardCandidate[] {
  const f = docFacts(ctx, rulesDir);
  const { re, byAlias } = matcher(f);
  const text = ctx.text;
  const out: AwardCandidate[] = [];
  // the place of the last honour taken, which the next of its list without one of its own shares
  let listPlace: ListPlace | null = null;
  for (let m = re.next(text, from, to); m; m = re.next(text, m.index + m[0].length, to)) {
    const alias = m[0];
    const rule = byAlias.get(alias)!;
    const aStart = m.index;
    let aEnd = aStart + alias.length;
    const notes: string[] = [];
    let rejected: string | null = null;
    let grade = '';
    if (rule.grade) {
      const g = GRADE.exec(text.slice(aEnd, aEnd + 4));
      if (g) {
        grade = g[0];
        aEnd += grade.length;
      } else rejected = 'no prize grade (…奖) after the name';
    }
    const prefix = sharedPlace(text, readPrefix(text, aStart, f), listPlace);
    const baseName = rule.keepAlias || grade || alias.includes(rule.name) ? alias : rule.name;
    const name = prefix.out + baseName + grade;
    if (prefix.tokens.length) notes.push(prefixNote(prefix));
    const counted = readCount(f, text, aEnd, prefix.start, notes);
    aEnd = counted.aEnd;
    const { count, start, end } = counted;
    const recipients: string[] = [];
    if (!counted.found) {
      const nm = CJK.test(text[aEnd] ?? '') && !wordAfterTitle(f, text, aEnd) ? nameAt(text, aEnd, f) : null;
      const held = nm ? nm.name : holderBefore(f, text, prefix.start, aEnd) ?? holderInRecord(f, text, prefix.start, aEnd) ?? holderAfterTitles(f, text, aEnd) ?? holderByCopula(f, text, prefix.start, aEnd) ??
        holderAfterLabel(f, text, prefix.start, aEnd);
      if (held) {
        recipients.push(held);
        notes.push(nm ? `recipient ${nm.name} (${nm.how})` : `held by ${held} (name before the brackets, the titles or the copula)`);
      }
    }
    const verb = namedPatterns(f.rules).awardVerb.exec(clauseBefore(text, prefix.start));
    if (verb) notes.push(`verb ${verb[1]}`);
    rejected ??= rejection(f, text, { aStart, aEnd, end, clauseStart: prefix.start, count, recipients, verb: verb !== null, levelled: prefix.tokens.length > 0 }) ?? heldNow(text, aStart, { start, end, count }, { alias, levelled: prefix.tokens.length > 0, verb: verb !== null });
    if (!rejected) listPlace = placeToShare(text, prefix, end, listPlace);
    out.push({
      name,
      // 市级以上工人先锋号41个: a total over several levels has no level of its own
      level: /以上$/.test(prefix.out) ? null : prefix.level ?? rule.level ?? null,
      count,
      recipients,
      text: text.slice(start, end),
      start,
      end,
      rule: rule.id,
      rejected,
      notes,
    });
  }
  return out;
}

export function extractAwards(ctx: ExtractContext): Award[] {
  return awardCandidates(ctx)
    .filter((c) => !c.rejected)
    .map(({ rejected: _r, notes: _n, ...a }) => a);
}
