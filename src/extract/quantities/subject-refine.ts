// What a figure counts, corrected after the subject reader (rules/subject-cues.yaml): the verbs and
// linking words before the thing counted are dropped, words that only lead up to the number make
// the figure inherit the subject of the figure before it, a level word names a list part, the
// honour after N 人荣获 is the subject, X in X占Y的N% (never the denominator), a list heading's
// name, and a category label (二类竞赛) is not a count.
import { settleSubjects } from './subject-settle.js';
import { z } from 'zod';
import { loadRuleFile, oncePerRulesDir } from '../../rules/loader.js';
import type { Quantity } from '../../types.js';
import { jiebaTag } from '../named/jieba.js';
import { agedPerson } from './subject-person.js';
import { foldToSimplified } from '../../normalize/fold.js';
import { afterReport, headPhrase, namesNothing } from './head-phrase.js';
import { BULLET } from './bullets.js';
import { rowLabelCell, measuredRowLabel, countColumnHead, spacedCellUnit, spacedRateCell, ruledCellSubject, ruledRateHead } from './table-cells.js';
import { isShare, roundsOf, abridgedList, bandBefore, rankSet, rankedBy, seriesTail, setBeforeAverage, bandsInTurn, prizesInTurn, prizeGrant, titleAfterAs, composedOf, disposedObject, copulaAfter, elidedRest, restActing, enumeratedHead, holdersCount, mixedRecipients, nounAfterRange, pointedBack, relativeClause, runningTotal, servedAct, actAfterPointer, thisTitle, titleRounds } from './subject-clauses.js';
import { WHOLE_AREA, withoutWholeArea } from './territory.js';
import { outerBounds, withoutGluedOwner, withoutTrailingAdverb } from './subject-bounds.js';

const Cues = z.object({
  id: z.literal('subject-cues'),
  verbs: z.array(z.string().min(1)),
  linkers: z.array(z.string().min(1)),
  leadWords: z.array(z.string().min(1)),
  classNouns: z.array(z.string().min(1)),
  levels: z.array(z.string().min(1)),
  receive: z.array(z.string().min(1)),
  receiveKept: z.array(z.string().min(1)),
  recipients: z.array(z.string().min(1)),
  rounds: z.object({ leads: z.array(z.string().min(1)), measures: z.array(z.string().min(1)) }),
  pointers: z.object({ words: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  gluedOwners: z.object({ owners: z.array(z.string().min(1)), times: z.array(z.string().min(1)), opens: z.array(z.string().min(1)), measures: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  trailingAdverbs: z.object({ words: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  bounds: z.object({ predicates: z.array(z.string().min(1)), procedures: z.array(z.string().min(1)), preposed: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  servedActs: z.object({ verbs: z.array(z.string().min(1)), leads: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  adverbs: z.array(z.string().min(1)),
  origin: z.array(z.string().min(1)),
  qualifiers: z.array(z.string().min(1)),
  savings: z.object({ verbs: z.array(z.string().min(1)), nouns: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  eachGrants: z.object({ words: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  onceRewards: z.object({ words: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  addedGains: z.object({ words: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  doneSoFar: z.object({ verbs: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  campaigns: z.object({ heads: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  owners: z.object({
    determiners: z.array(z.string().min(1)), within: z.array(z.string().min(1)), wholeAreas: z.array(z.string().min(1)),
    wholeKeeps: z.array(z.string().min(1)), measures: z.array(z.string().min(1)), comparedTo: z.array(z.string().min(1)),
    examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })),
  }),
  changes: z.array(z.string().min(1)),
  shareBounds: z.array(z.string().min(1)),
  valueWords: z.array(z.string().min(1)),
  tends: z.object({ rules: z.array(z.string().min(1)), verbs: z.array(z.string().min(1)) }),
  rightHeads: z.object({ words: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  worksOn: z.object({ rules: z.array(z.string().min(1)), verbs: z.array(z.string().min(1)), heads: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  abstractValues: z.array(z.string().min(1)),
  handedDown: z.object({ verbs: z.array(z.string().min(1)), heads: z.array(z.string().min(1)), periods: z.array(z.string().min(1)) }),
  editions: z.object({ marks: z.array(z.string().min(1)), events: z.array(z.string().min(1)), examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })) }),
  relative: z.object({
    times: z.array(z.string().min(1)), leads: z.array(z.string().min(1)), steps: z.array(z.string().min(1)),
    examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string(), nth: z.number().int().optional() })),
  }),
  intents: z.array(z.string().min(1)),
  causatives: z.array(z.string().min(1)),
  causativeWords: z.array(z.string().min(1)),
  keepsakes: z.array(z.string().min(1)),
  trailers: z.array(z.string().min(1)),
  rightTrailers: z.array(z.string().min(1)),
  attributes: z.array(z.string().min(1)),
  compounds: z.array(z.object({ verbs: z.array(z.string().min(1)), heads: z.array(z.string().min(1)) })),
  heads: z.object({ times: z.array(z.string().min(1)), leadVerbs: z.array(z.string().min(1)), tails: z.array(z.string().min(1)), averages: z.array(z.string().min(1)), frames: z.array(z.string().min(1)), prepWords: z.array(z.string().min(1)), placeVerbs: z.array(z.string().min(1)), reports: z.array(z.string().min(1)), bareHeads: z.array(z.string().min(1)).optional() }),
  agreement: z.object({
    frames: z.array(z.string().min(1)), people: z.array(z.string().min(1)), things: z.array(z.string().min(1)),
    achieve: z.array(z.string().min(1)), deeds: z.array(z.string().min(1)), movers: z.array(z.string().min(1)),
    apprenticing: z.array(z.string().min(1)),
    surroundings: z.array(z.string().min(1)), manners: z.array(z.string().min(1)), households: z.array(z.string().min(1)),
    bodies: z.object({ measures: z.array(z.string().min(1)), heads: z.array(z.string().min(1)) }),
    changes: z.array(z.string().min(1)), submits: z.array(z.string().min(1)),
    selects: z.array(z.string().min(1)),
    examples: z.array(z.object({ text: z.string(), figure: z.string(), subject: z.string() })),
  }),
  examples: z.object({
    positive: z.array(z.object({ text: z.string(), number: z.string(), before: z.string(), subject: z.string() })),
    negative: z.array(z.string()),
  }),
});
export type SubjectCues = z.infer<typeof Cues>;

/** rules/subject-cues.yaml: CompiledRules holds it (compileRules calls this); memoized per folder so that any other caller gets that same object */
export const subjectCues = oncePerRulesDir((dir): SubjectCues => loadRuleFile('subject-cues.yaml', Cues, dir)[0]);

/** the words longest first, sorted once per rule list */
const sortedLists = new WeakMap<string[], string[]>();
function longest(xs: string[]): string[] {
  let out = sortedLists.get(xs);
  if (!out) sortedLists.set(xs, (out = [...xs].sort((a, b) => b.length - a.length)));
  return out;
}
/** a year as official writing spells it: 2024 or 二〇二四 */
const YEAR_DIGITS = '(?:\\d{4}|[一二][〇零一二三四五六七八九]{3})';
/** a year, or a part of one (2025年上半年的, 2024年一季度末的): the point in time a change starts or ends at */
const YEAR_PART = '(?:底|末|初|上半年|下半年|前三季度|[一二三四]季度末?|\\d{1,2}月(?:底|末)?)';
/** a time told relative to now or to a series (今年的, 上年的, 首届的, 第三届的) */
// (去年同期的, 上一届的: the same period a year before, the edition before)
const YEAR_RELATIVE = '(?:(?:今年|去年|上年|前年|当年|本年)(?:同期)?|同期|首[届屆]|上一?[届屆]|本[届屆]|第[一二三四五六七八九十\\d]{1,3}[届屆])';
const YEAR = `(?:(?:${YEAR_DIGITS}年${YEAR_PART}?|\\d{1,2}月(?:底|末)|年初|年底|年末|上半年|下半年|${YEAR_RELATIVE})的?)?`;
/** adverbs of time and sequence between a count and its verb of receiving, up to two (3人此后还获评,
 * 2人后来又被评为, 5人已经先后荣获) */
/** a time gone by that a change starts from (由过去, 从原来的, 由以前) */
// (由目前的86%提高到…, 由最初的6个增加到…: now, or the first state, is where the change starts)
const PAST = '(?:过去|原来|原先|以前|之前|以往|目前|现在|当前|最初|起初|当初|最早)的?';
/** a per-period word alone (年均, 月均, 日均): the rate of the change word after it, no subject of its own */
const PER_PERIOD = /^[年月日]均$/;
/** a rate's unit between the start and the figure (由每吨9.8元降至, 由2024年的每月平均9次降至) */
const PER_UNIT = '(?:每[\\u4e00-\\u9fa5]{1,3}?(?:平均)?)';
const ADVERBS = '(?:此前|此后|其后|随后|先后|分别|后来|相继|陆续|同时|一同|今年|去年|当年|同年|次年|均|都|也|又|还|曾|已经|已){0,3}';
/** the year an honour came in, between the adverbs and the verb of receiving (4名已在2022年被评为, 2人于2021年荣获) */
const WHEN = `(?:(?:在|于)?${YEAR_DIGITS}年度?)?`;

/** the patterns built from a cue file's words, compiled once per file */
const compiledCues = new WeakMap<SubjectCues, ReturnType<typeof compileCues>>();
function compileCues(r: SubjectCues) {
  const alt = (xs: string[]) => longest(xs).join('|');
  return {
    origin: new RegExp(`^(?:${alt(r.origin)})([^，。；;、,\\n]{2,16}?)的?(?=[，。；;、,\\n]|$)`),
    // (an adverb may stand before the verb: 8人后来获评; a year before the honour: 获得2024年度“…”;
    // the passive names the body that confers it: 2个被市总工会命名为“…”)
    originOf: new RegExp(`^(?:${alt(r.origin)})[^，。；;、,\\n的]{2,16}的([^，。；;、,\\n]{2,})`),
    receive: new RegExp(`^(?:职工|同志)?${ADVERBS}${WHEN}(?:${alt(r.receive)}|被[^，。；;、,\\n“”"]{0,20}?(?:命名为|评为|认定为|聘为(?=[“"])|授予))了?\\s*(?:\\d{4}年度?)?[“"]?([^，。；;、,\\n“”"]{2,24}?)[”"]?(?:荣誉)?(?:称号)?(?=[，。；;、,\\n]|$)`),
    // (入选自治区“天山工匠”, 入选“荆楚工匠”培育对象: a level or place before the quoted title is its
    // conferrer's, a noun after it is part of what they became)
    receiveQuoted: new RegExp(`^(?:(?:职工|同志)?${ADVERBS}${WHEN}(?:${alt(r.receive)})|${ADVERBS}(?:是|为)(?=[“"]))了?\\s*(?:\\d{4}年度?)?[^，。；;、,\\n“”"\\d]{0,8}?[“"]([^”"]{2,24})[”"]([^，。；;、,\\n“”"]{0,6}?)(?:荣誉)?(?:称号)?(?=[，。；;、,\\n]|$)`),
    shareBound: new RegExp(`^(.{2,}?)(?:${alt(r.shareBounds)})[^，,；;]{2,}的$`),
    // (日产量可由每天2000件提高到…: a modal before 由 and the rate's period after it are no part of X)
    // (死亡率由过去5%降到1%: a time gone by, 过去 or 原来, frames the figure it starts from)
    // (产业工人已由2020年的…: an adverb of time before 由 likewise)
    // (入会确认率要由目前的…: a plan's 要 before 由 likewise)
    from: new RegExp(`^(.{2,}?)(?:已经|已|可以|可|将要|将|能|要)?(?:由|从)(?:${YEAR}(?:${PAST})?${PER_UNIT}?|${PAST}${PER_UNIT}?)$`),
    // (发展到现在的, 涨到了: the present a change ends at, and its 了, name nothing)
    change: new RegExp(`(?:${alt(r.changes)})了?(?:(?:现在|目前|如今)的)?${YEAR}$`),
    each: new RegExp(`^的?(?:${alt(r.qualifiers)})?([\\u4e00-\\u9fa5]{2,6})(?=[，。；,;\\n]|$)`),
    heads: longest(r.compounds.flatMap((c) => c.heads)),
    trailing: longest([...r.trailers, ...r.changes]),
    trailingRight: longest([...r.trailers, ...r.changes, ...r.rightTrailers]),
  };
}
function cues(r: SubjectCues): ReturnType<typeof compileCues> {
  let c = compiledCues.get(r);
  if (!c) compiledCues.set(r, (c = compileCues(r)));
  return c;
}
const CLAUSE_END = /[，,。；;！？!?：:\n]/;

/** a subject lies within this many characters of its figure; a list of thousands of figures joined
 *  by 、 (one clause) would otherwise make every figure read back to its start (quadratic) */
const CLAUSE_READ_BACK = 200;

/** the clause before a figure (back to the last comma, full stop or line start) */
function clauseBefore(text: string, at: number): string {
  let s = at;
  const stop = Math.max(0, at - CLAUSE_READ_BACK);
  while (s > stop && !CLAUSE_END.test(text[s - 1])) s--;
  return text.slice(s, at);
}

/** 全县女职工 → 女职工: the territory is the figure's scope, not what it counts */
/** a target date (到2025年底, 到年底, 至明年末) */
// (and a deadline: 2026年底前, 6月底前)
const DEADLINE = /^(?:(?:到|至|截至|截止)(?:\d{4}年(?:底|末)?|(?:今|明)?年[底末])|(?:\d{4}年)?(?:年|\d{1,2}月|[一二三四五六七八九十]{1,3}月)[底末]前)/;

/** a body or place that does what the verb after it says (各设区市 / 企业 / 市总工会 / 省直各产业工会) */
const DOER = /(?:市|县|区|省|企业|公司|单位|工会|协会|商会|联合会|局|厅|委|集团|合作社|工作室)$/;

/** the words before an act's verb are its doer (各设区市, 为一线职工, 工作室, 市总工会联合…局) or only an
 * adverb of summing or time (共, 累计, 今年已): either way no part of what is counted; a time or summing word
 * may stand on either side of the doer (今年工作室已接到, 累计为果农挽回, 合作社今年接到) */
function doerBefore(head: string): boolean {
  if (/^(?:共|共计|累计|已|已经|还|又|再|先后|分别|新|首批|当年|年内)$/.test(head)) return true;
  const core = head.replace(/^(?:今年|当年|累计|共计|共)+/, '').replace(/(?:首批|当年|年内|今年|累计|已经|已|共计|共)+$/, '');
  return !!core && (/^(?:各|全|为|向|对|在)/.test(core) || DOER.test(core));
}

/** 使切片效率 → 切片效率, 该装置使得分拣效率 → 分拣效率: a causative verb (a word of its own, not the 使 of
 * 使用) and the doer before it are no part of what changed */
function afterCausative(s: string, r: SubjectCues): string {
  let at = 0;
  for (const t of jiebaTag(s)) {
    if (r.causatives.includes(t.word) && s.length - at - t.word.length >= 2) return s.slice(at + t.word.length);
    const glued = gluedCausative(t.word, r);
    if (glued && s.length - at - glued.length >= 2) return s.slice(at + glued.length);
    at += t.word.length;
  }
  return s;
}

/** 工艺使出酒率, 技术使冬羔成活率: the segmenter glues a one-character causative to the noun after it
 * (使出, 使冬羔); the causative is that character, unless the token is a word of its own (使用, 使命) */
function gluedCausative(word: string, r: SubjectCues): string | undefined {
  if (word.length < 2 || r.causativeWords.some((w) => word.startsWith(w))) return undefined;
  return r.causatives.find((c) => c.length === 1 && word.startsWith(c));
}

/** 每年的带徒数量: a rate's period before 的 frames the measure, it is no part of its name */
const RATE_PERIOD = /^每[年月季周天日]的(?=[\u4e00-\u9fa5]{2})/;

/** 2024年全县职工技能培训, 二〇二四年全市…: a year and the territory after it frame the figure (its
 * period and scope); they are no part of what it counts */
const LEADING_YEAR = new RegExp(`^${YEAR_DIGITS}年度?(?![底末])`);
function withoutLeadingYear(s: string): string {
  return LEADING_YEAR.test(s) ? withoutWholeArea(s.replace(LEADING_YEAR, '')) : s;
}

/** a cut at `at` splits one of the segmenter's words (获/奖者) or leaves a bare agent suffix (获评/者) */
function insideWord(s: string, at: number): boolean {
  if (s[at] === '者') return true;
  let end = 0;
  for (const t of jiebaTag(s)) {
    end += t.word.length;
    if (end >= at) return end > at;
  }
  return false;
}

/** 新建劳模创新工作室 → 劳模创新工作室; 各设区市选拔选手 → 选手; 茶叶加工、电商等实用技能人才 → 实用技能人才 */
export function stripLead(subject: string, r: SubjectCues, fieldsCounted = true): string {
  let s = withoutLeadingYear(afterReport(subject, r.heads)).replace(/^其中[，,]?/, '').replace(/^[一二三四五六七八九十]是(?=.{2})/, '');
  // an aim or a forecast (力争, 预计) and the territory after it are not what is counted
  const aim = longest(r.intents).find((w) => s.startsWith(w) && s.length > w.length + 1);
  // (确保全年城镇新增就业: the period after the aim is no territory before a verb)
  if (aim) s = s.slice(aim.length).replace(/^(?:全年|年内|今年|明年)(?=.{3})/, '');
  s = afterCausative(s, r);
  // …到2025年全市技能人才总量, 到年底全市…: a target date before the subject is its period, not its name
  if (aim || DEADLINE.test(s)) s = withoutWholeArea(s.replace(DEADLINE, ''));
  // (截至8月底已录取: a date up to which a figure holds is its period, not its name)
  s = s.replace(/^(?:截至|截止)(?:目前|\d{4}年)?(?:\d{1,2}月)?(?:底|末|中旬|上旬|下旬)?(?:已经|已)?(?=.{2})/, '');
  for (const v of longest(r.verbs)) {
    const i = s.lastIndexOf(v);
    if (i < 0 || s.length - i - v.length < 2) continue;
    // (城镇新增就业: a deed after the verb makes one measure with it, no object to count)
    if (r.agreement.deeds.includes(s.slice(i + v.length))) continue;
    // (开展岗前培训的企业: the verb of a relative clause before its head noun defines the set)
    if (/^[^的]+的[^的]{2,}$/.test(s.slice(i + v.length))) continue;
    const head = s.slice(0, i);
    // a verb opens the phrase, or follows its doer (各设区市 / 企业 / 为一线职工 / 市总工会联合…局)
    // (…共培养技能人才: an adverb of summing or time alone before the verb)
    // (市总工会首批聘任: a batch or time word between the doer and its verb)
    // (在园区共建…: a place the act happens in frames it as 各 or 全 does)
    if (!head || doerBefore(head)) { s = s.slice(i + v.length); break; }
  }
  // (邀请省内外企业: where the invited come from, 省内外 / 国内外, is no part of what they are)
  s = s.replace(/^[省市县区国境]内外(?=.{2})/, '');
  // X等Y → Y, but not the 等 of a grade (一等奖, 二等)
  // (nor before a bare field, 从事物流、家政等行业的2600人: the examples name it where people or sums are
  // counted in it; where the fields themselves are counted, 开设焊接、电工等专业6个, the field is the subject)
  const etc = s.lastIndexOf('等');
  if (etc > 0 && s.length - etc - 1 >= 2 && !/[一二三四五六七八九十特优]/.test(s[etc - 1]) && !/^[奖级]/.test(s.slice(etc + 1)) &&
    (fieldsCounted || !r.classNouns.includes(s.slice(etc + 1)))) s = s.slice(etc + 1);
  // (里 frames a set as 中 does: 新就业形态劳动者里网约配送员; 获奖选手中35岁以下青年职工)
  const among = /^(.{2,}?(?:工|员|人|才|职工|者|手|匠|师|生|户|班组|团队))[中里](.{2,})$/.exec(s);
  if (among) s = among[2];
  // (年均增长, 年均提高: a rate per year of a change names that change; a bare 年均 would name nothing)
  for (const w of longest(r.leadWords)) if (s.endsWith(w) && s.length > w.length + 1 && !PER_PERIOD.test(s.slice(0, -w.length))) { s = s.slice(0, s.length - w.length); break; }
  // an unpaired quotation mark at either end goes; a quoted name inside (“送清凉”专项资金) keeps both
  if (/^[“"]/.test(s) && !/[”"]/.test(s.slice(1))) s = s.slice(1);
  if (/[”"]$/.test(s) && !/[“"]/.test(s.slice(0, -1))) s = s.slice(0, -1);
  return s;
}

/** 技工院校计划招生 → 招生, 各县拟推荐 → 推荐: a planned act after its doer and an intent word is what the
 * figure counts (the act alone, one verb; a noun after it keeps the longer reading) */
function plannedAct(s: string, r: SubjectCues, right: boolean): string {
  for (const w of longest(r.intents)) {
    const i = s.indexOf(w);
    if (i < 2) continue;
    const act = s.slice(i + w.length);
    const tags = jiebaTag(act);
    // (计划完成率: a rate or a sum of the plan is no act)
    if (tags.length !== 1 || !/^v/.test(tags[0].tag) || act.length < 2 || /[率数量额]$/.test(act)) continue;
    // (9所技工院校计划招生: read after the figure, the doer before the intent is what is counted)
    return right ? s.slice(0, i) : act;
  }
  return s;
}

/** the base of a comparison (较2022年, 比上年末, 较年初, 比上月, 较上届): it leads up to a change, it names nothing */
const COMPARE_BASE = /^(?:较|比|与)(?:\d{4}年(?:度|底|末|初)?|(?:上年|去年|上一年)(?:末|底|初)?|年初|上月|上季度|上半年|上届|上期)(?:同期)?(?:相比)?/;

/** a subject made only of words that lead up to a number (累计达到, 共, 预计, /月, a bracket) */
function empty(subject: string, r: SubjectCues): boolean {
  // a comparison with a year or the year before (较2022年, 比上年同期) leads up to a change, it names nothing;
  // so does a target date (到2027年底累计达到)
  const s = subject.replace(/[\s（(、，,]/g, '').replace(COMPARE_BASE, '').replace(DEADLINE, '');
  if (!s || s.startsWith('/')) return true;
  let rest = s;
  for (let changed = true; rest && changed; ) {
    changed = false;
    for (const w of longest(r.leadWords)) if (rest.startsWith(w)) { rest = rest.slice(w.length); changed = true; }
  }
  return rest === '';
}

/** 投入职工技能培训资金 → 职工技能培训资金: a verb that names the purpose right before a head noun
 * (培训资金, 推荐人选, 服务站点, 参与职工) is part of the name, back to the verb that governs it */
function compound(written: string, subject: string, r: SubjectCues): string | null {
  // 推荐名额为3至5名: the copula before the number is not part of the name
  const item = written.replace(/(?:为|是|达到|达|共计|共|合计|约)$/, '');
  const s = cues(r).heads.find((h) => subject.endsWith(h) && item.endsWith(h));
  if (!s || !item.endsWith(subject)) return null;
  const pre = item.slice(0, item.length - s.length);
  if (!r.compounds.some((c) => c.heads.includes(s) && c.verbs.some((v) => pre.endsWith(v)))) return null;
  let cut = 0;
  for (const v of [...longest(r.verbs), ...longest(r.receive), ...longest(r.heads.leadVerbs)]) {
    const i = pre.lastIndexOf(v);
    if (i >= 0 && i + v.length < pre.length - 1 && i + v.length > cut) cut = i + v.length;
  }
  let name = pre.slice(cut).replace(/^(?:全年|今年|年内|当年)/, '') + s;
  const aim = longest(r.intents).find((w) => name.startsWith(w) && name.length > w.length + 1);
  if (aim) name = name.slice(aim.length);
  // a distributive doer (各市县推荐人选) is who does it, not part of the name
  const mod = r.compounds.flatMap((c) => c.verbs).find((v) => pre.endsWith(v))!;
  // (工作室每年培训职工: a distributive of time or of the doer before the verb is neither)
  // (支付培训费用, 设置服务窗口: a verb of its own before the compound governs it, no part of the name)
  const lead = name.slice(0, name.length - s.length - mod.length);
  if (/^各/.test(name) || DOER.test(lead) || /每[年月周期季]$/.test(lead) || endsInVerb(lead)) name = mod + s;
  // 给予每个工作室一次性补助资金: 每个工作室 is who receives it, not part of the name
  else if (/^每/.test(name)) {
    const at = longest(r.qualifiers).filter((w) => !w.startsWith('每')).map((w) => name.indexOf(w)).filter((i) => i > 0).sort((a, b) => a - b)[0];
    name = at !== undefined ? name.slice(at) : mod + s;
  }
  for (const w of longest(r.qualifiers)) if (name.startsWith(w) && name.length > w.length + 1) name = name.slice(w.length);
  return name;
}

/** 公布“南粤工匠”名单，佛山市有6人入选: the honour of the list the sentence names */
function listHonour(text: string, q: Quantity, s: string, r: SubjectCues): string | null {
  if (!r.receive.includes(s)) return null;
  const head = text.slice(Math.max(0, q.start - 120), q.start);
  // (入选的9人中 a sentence or two after 公布…“H”名单 in the same paragraph: the last list named)
  const para = text.slice(Math.max(0, q.start - 300), q.start);
  const lists = [...para.matchAll(/[“"]([^”"]{2,20})[”"](?:荣誉称号|称号)?名单(?=[^\n]*$)/g)];
  // (“随州首席技师”聘任名单: the list of those appointed or recognised to a title)
  const m = /[“"]([^”"]{2,20})[”"](?:荣誉称号|称号)?(?:聘任|认定|命名)?(?:名单|评选)[^。；;\n]*$/.exec(head)
    ?? (/^入选/.test(s) && lists.length ? lists[lists.length - 1] : null)
    // unquoted, after the verb that publishes it: 公布了2024年省级技能大师工作室建设项目名单
    ?? /(?:公布|发布|公示|印发|下发|确定|通报)了?(?:\d{4}年度?|年度)?([^，,。；;、“”"\d]{2,24}?)(?:荣誉称号|称号)?名单[^。；;\n]*$/.exec(head);
  return m ? m[1] : null;
}

/** （共45个，按地区排列） under the title line of an annex list: the list's name */
function annexTitle(text: string, q: Quantity, bare: string): string | null {
  if (!/^[（(]?(?:共|合计|总计)?$/.test(bare)) return null;
  const ls = text.lastIndexOf('\n', q.start - 1);
  const prevLines = text.slice(Math.max(0, ls - 200), Math.max(0, ls)).split('\n').map((l) => l.trim()).filter(Boolean);
  const title = prevLines.at(-1) ?? '';
  const m = /^(?:\d{4}年度?)?[“"]?(.{2,30}?)[”"]?(?:荣誉称号|称号)?(?:拟?表彰)?(?:对象)?名单$/.exec(title);
  return m ? m[1].replace(/[“”"]/g, '') : null;
}

/** a count put up for a title right after the measure word: 参评/申报/争创 H, 参加“H”评选 */
const PUT_UP = /^(?:参评|申报|争创)[“"]?([^，。；;、,\n“”"]{2,24}?)[”"]?(?:荣誉)?(?:称号|评选|评比)?(?=[，。；;、,\n]|$)/;
const PUT_UP_QUOTED = /^参加[^，。；;、,\n“”"]{0,6}[“"]([^”"]{2,24})[”"](?:称号)?(?:评选|评比|竞赛评比)(?=[，。；;、,\n]|$)/;

/** 被推荐参评 / 推荐参加…评选 right after a count (after adverbs of time: 同时, 已): those put forward */
const PUT_FORWARD = new RegExp(`^${ADVERBS}被?推荐(?:参评|参加|申报)`);
/** a set framed right before a count, with an adverb of addition: 10个集体中又有 / 12家单位里还有 */
const FRAMED_HAS = /(?:之中|中|里)(?:又|还|再|另|也|已经|已|共)?有$/;

/** a title pointed back to (此称号, 该荣誉, 这一殊荣): it names no title of its own */
const POINTED_TITLE = /^(?:此|该|該|这一?|這一?|上述)(?:称号|稱號|荣誉|榮譽|殊荣|殊榮|奖项|獎項)$/;
/** N 人来自 X (的): the origin X; N 人荣获 / 被评为 H: the honour */
function afterNumber(text: string, q: Quantity, r: SubjectCues): string | null {
  if (q.kind !== 'count') return null;
  const after = text.slice(q.end, q.end + 40);
  // 20名来自生产一线的技能人才被命名为…: the noun after the origin's 的 is what is counted
  const fromOf = cues(r).originOf.exec(after);
  const head = fromOf ? nounRun(fromOf[1]) : '';
  if (head.length >= 2) return head;
  const from = cues(r).origin.exec(after);
  if (from) return from[1];
  const quoted = cues(r).receiveQuoted.exec(after);
  if (quoted) return quoted[1] + quoted[2];
  const recv = receivedTitle(after, r);
  // (5名职工分别荣获A奖状和A奖章: two honours joined name no one title; 30名职工获此称号: a title pointed
  // back to names none; the noun counted stays)
  if (recv && !(/^(?:职工|同志)?分别/.test(after) && /[和及、]/.test(recv[1])) && !POINTED_TITLE.test(recv[1])) return keptReceipt(recv, r);
  // 择优推荐3个参加“北京市工人先锋号”评选 / 推荐3个申报省级…工作室: put up for a title, the title
  const put = PUT_UP.exec(after) ?? PUT_UP_QUOTED.exec(after);
  return put ? put[1] : null;
}

/** 3人获评“…”, 5名职工荣获…: the title received right after a count; none where the verb of receiving is
 * part of a noun of people (45名获奖者中, 12名获评者: who is counted, not what they won) */
function receivedTitle(after: string, r: SubjectCues): RegExpExecArray | null {
  const recv = cues(r).receive.exec(after);
  if (!recv) return null;
  const at = recv[0].lastIndexOf(recv[1]);
  // (14名入选人员中: a set framed by 中 is where the next figures fall, no title)
  return insideWord(after.slice(0, recv[0].length), at) || /(?:之中|当中|中|里)$/.test(recv[1]) ? null : recv;
}

/** what was received, with its verb when the verb stays (rules receiveKept): 386人取得职业技能等级证书 counts
 * those who obtained it, as 取得X的 before a figure does; 已 right before the verb stays with it (已取得X) */
function keptReceipt(recv: RegExpExecArray, r: SubjectCues): string {
  const lead = recv[0].slice(0, recv[0].lastIndexOf(recv[1]));
  const verb = longest(r.receiveKept).find((v) => lead.includes(v));
  if (!verb) return recv[1];
  const at = lead.indexOf(verb);
  const already = /(?:已经|已)$/.exec(lead.slice(0, at))?.[0] ?? '';
  return already + lead.slice(at).replace(/[\s“"]/g, '') + recv[1];
}

/** the nouns (and adjectives, 优秀) opening s, up to its first verb, adverb or preposition */
function nounRun(s: string): string {
  let out = '';
  let noun = false;
  for (const t of jiebaTag(s)) {
    // (an adjective after the noun, or a guessed phrase (nz: 踊跃报名), ends it)
    if (!/^(?:n|a|t|j|b)/.test(t.tag) || t.tag === 'nz' || (noun && /^a/.test(t.tag))) break;
    noun ||= !/^a/.test(t.tag);
    out += t.word;
  }
  return out;
}

/** 理论知识占30%、实际操作占70%: the shares of a series joined by 、 each name their own part, written after the
 * figure before */
const SHARE_BEFORE = /^.*[0-9０-９%％]\s*、(?=[^、]{2,}占)/;

/** an aim or a deadline in the sentence (力争, 到2027年): the figures after it are targets */
const AIM = /力争|争取|到\d{4}年|目标/;
/** the sentence up to a figure: back to the last full stop (。！？) or line break */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(...['。', '！', '？', '\n'].map((m) => text.lastIndexOf(m, at - 1)));
  return text.slice(from + 1, at);
}

/** X 占 Y 的 N%: X without the adverbs before 占 (仅, 约, 分别), or the figure before's subject */
function shareOf(text: string, whole: string, q: Quantity, prev: Quantity | null, r: SubjectCues): string | null {
  const bare = whole.replace(SHARE_BEFORE, '');
  // X 不超过 Y 的 15%: a bound on a share reads the same way, when the denominator is written (的)
  // (占比 is a noun, the share itself; 网约配送员又占到2140人: a count may be a share too)
  // (X的占比达到N%: the share of X)
  const noun = SHARE_NOUN.exec(bare);
  const share = noun ?? /^(.*?)占(?!比)/.exec(bare) ?? cues(r).shareBound.exec(bare);
  // (X仅占四成: a share in tenths reads as one in per cent)
  if (!share || (q.kind !== 'percent' && q.unit !== '成' && !(q.kind === 'count' && /占(?:到|了)?$/.test(bare)))) return null;
  // (45岁以上的占六成: an age band written as a clause keeps its 的)
  const band = /(?:[0-9０-９]+(?:至|到|-|—|～|~))?[0-9０-９]+(?:周岁|岁)(?:及以下|及以上|以下|以上)的(?=(?:约|仅|只|已|均|大约)?$)/.exec(share[1]);
  if (band) return band[0];
  // the territory is the scope, not the part (全县女职工占… → 女职工)
  // (总成绩按笔试占40%: what the share is reckoned of, before 按, frames the part)
  let x = stripLead(withoutWholeArea(share[1].replace(/^.{2,}?按照?(?=.{2})/, '')), r);
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of longest(r.adverbs)) if (x.endsWith(w) && x.length > w.length + 1) { x = x.slice(0, -w.length); changed = true; }
  }
  if (x.length >= 2) return x + (share === noun && indicator(text, q, bare) ? '占比' : ratioAfterShare(bare.slice(share[1].length)));
  return prev ? prev.subject : null;
}

/** X占比 then the verbs that lead up to the share, a change or a comparison among them */
const SHARE_NOUN = /^(.*?)的?占比(?:为|是|达到|达|约|超过|近|仅|已|力争|争取|提高到|提升到|提高|提升|不低于|低于|仍低于)*$/;
/** 力争到2027年高技能人才占比达到30%, 高技能人才占比仍低于全省平均水平: a share set as a target or measured
 * against another is an indicator, named X占比 as written; a part of a set just counted (其中女性占比三成)
 * is named by the part alone */
function indicator(text: string, q: Quantity, bare: string): boolean {
  return AIM.test(sentenceBefore(text, q.start)) || /占比(?:仍|还)?(?:低于|高于|提高|提升|由)/.test(bare);
}

/** 高技能人才占技能人才的比例为24.6%: a share written as X占Y的比例 is named whole; a change of it
 * (比上年提高2个百分点) then names the same ratio */
function ratioAfterShare(rest: string): string {
  const m = /^占([^，,；;的\d]{2,20})的(比例|比重)/.exec(rest);
  return m ? m[0] : '';
}

/** 一线职工的比例较上届提高了5个百分点: a change in points names the ratio whole, its 的-phrase with it */
function namedRatio(head: string, word: string, r: SubjectCues): string {
  const m = /([^，,；;、。]{2,30})的$/.exec(head);
  const x = m ? stripLead(withoutWholeArea(m[1]), r) : '';
  // (占就业人员的比重: a denominator with no X before it names no ratio of its own)
  return x.length >= 2 && !x.startsWith('占') ? x + '的' + word : word;
}

/** 年龄最大的68岁，最小的19岁: the extremes of an attribute count the attribute; the second extreme
 * (最小的, no attribute written) speaks of the one before */
function extreme(bare: string, prev: Quantity | null, r: SubjectCues): string | null {
  const m = /^(.*?)(?:最大|最小|最高|最低|最长|最短|最年长|最年轻)的?(?:仅|只有|已|达|为|是)?$/.exec(bare);
  if (!m) return null;
  const x = stripLead(withoutWholeArea(m[1]), r);
  // (平均年龄38.6岁，最小的29岁: the extreme is of the attribute, not of its average)
  return x.length >= 2 ? x : m[1] === '' && prev ? prev.subject.replace(/^(?:平均|人均)(?=.{2})/, '') : null;
}

/** X仍低于Y约3个百分点: the figure is X's difference from Y; 比Y低约25个百分点 (no X): the figure before's */
function compared(bare: string, prev: Quantity | null, r: SubjectCues): string | null {
  const x = /^(.{2,}?)(?:仍|还|也|均)?(?<!不)(?:低于|高于|少于|多于)[^，,；;]{2,}?(?:约|近|逾)?$/.exec(bare);
  if (x) {
    const s = stripLead(withoutWholeArea(x[1]), r);
    return s.length >= 2 ? s : null;
  }
  // (高级工月收入比普通工人高出约18%: what is compared, named before 比, is what the gap measures)
  const own = /^(.{2,}?)(?:仍|还|也|均)?(?:比|较)[^，,；;\d]{2,}?(?:高出|多出|低|高|多|少)了?(?:约|近|逾)?$/.exec(bare);
  // (a 的 phrase before 比 — 职工在获得者中的比例 — is read by the rules of 的)
  const ownName = own && !own[1].includes('的') ? stripLead(withoutWholeArea(own[1]), r) : '';
  if (ownName.length >= 2) return ownName;
  return prev && /^(?:仍|还|也|均)?(?:比|较)[^，,；;\d]{2,}?(?:低|高|多|少)(?:出)?了?(?:约|近|逾)?$/.test(bare) ? prev.subject : null;
}

/** A3家、B8家、C15家，共26家: a total after its parts counts their noun without the level */
function totalAfterParts(bare: string, q: Quantity, prev: Quantity | null, r: SubjectCues): string | null {
  if (!prev || !/^(?:共|共计|合计|总计)?$/.test(bare) || !/^(?:共|合计|总计)/.test(bare + q.text)) return null;
  const lv = longest(r.levels).find((l) => prev.subject.startsWith(l));
  return lv && prev.subject.length > lv.length + 1 ? prev.subject.slice(lv.length) : prev.subject;
}

/** 新建职工书屋8个，全区总数达到52个: a bare 总数 after a figure of the same sentence totals what that figure counts */
const BARE_TOTAL = new RegExp(`^(?:${WHOLE_AREA}|我[省市县区州旗])?总数(?:由此|已|已经)?(?:达到|达|为|增至|增加到|突破)$`);
function totalOfPrev(bare: string, prev: Quantity | null): string | null {
  return prev && BARE_TOTAL.test(bare) ? prev.subject : null;
}

/** a change written after the figure a value starts from (由12家增加到, 由每千锭时38根降至): 由 or 从 then opens
 * the start of a change, not the doer of an act (由5名技师组成, 从71名候选人中评出) */
const CHANGE_AFTER = /^[^，。；;,\n]{0,12}?(?:到|至|增|降|提高|提升|减|升|扩大|缩|翻|变为|上调|下调)/;

/** X 由2020年的12家增加到2024年的48家: both figures count X (the second, the figure before's X) */
function fromTo(bare: string, after: string, prev: Quantity | null, r: SubjectCues): string | null {
  const from = CHANGE_AFTER.test(after) ? cues(r).from.exec(bare) : null;
  if (from) return stripLead(withoutWholeArea(from[1]), r);
  if (prev && cues(r).change.test(bare)) return prev.subject;
  return null;
}

/** an enumeration mark or a bullet opening the clause (十、全县女职工占…, ◆ …) */
const ITEM_MARK = new RegExp(`^(?:${BULLET}+\\s*|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)])`);

/** a level word: listed (省级, 企业级) or any short name ending in 级 (市（州）级, 县市级, 自治區級) */
const isLevel = (item: string, r: SubjectCues) => r.levels.includes(item) || /^[^\d、，,以]{1,8}[级級]$/.test(item) || demonstrationLevel(item);
/** 全国示范性2个、省级5个: a model grade (示范性) with the level that grants it is a level of its own, and names the
 * part alone (the total's noun is not carried over to it) */
const demonstrationLevel = (item: string) => /^(?:全国|国家级|省级|自治区级|[市州县区]级|[^\d、，,以]{1,6}[级級])?示[范範]性$/.test(item);

function refineOne(text: string, q: Quantity, prev: Quantity | null, r: SubjectCues): string {
  const before = clauseBefore(text, q.start);
  let bare = before.replace(/^[\s、（(]*(?:其中[，,]?)?\s*/, '').trim();
  // a list heading: 一、南京市（6个）
  const heading = /^[一二三四五六七八九十]+、(.{2,20}?)[（(]$/.exec(bare);
  if (heading) return heading[1];
  // an enumeration mark opening the clause (十、全县女职工占…) is no part of a subject
  bare = bare.replace(ITEM_MARK, '');
  const title = annexTitle(text, q, bare) ?? abridgedList(text, q, bare);
  if (title) return title;
  // a level word is the whole list item before the number: 其中国家级3个、省级11个
  // (the reader's subject may add the total's noun: 地市级工作室; a 以上 it carried over is dropped)
  const item = bare.slice(lastSeriesMark(bare) + 1).replace(/^(?:分别是|分别为|分别|依次为|共有|其中有|其中|共)/, '');
  if (isLevel(item, r)) {
    const rest = q.subject.startsWith(item) && !demonstrationLevel(item) ? q.subject.slice(item.length).replace(/^以上/, '') : '';
    return rest && !empty(rest, r) ? item + rest : item;
  }
  // 高温津贴标准为每人每月300元: a rate per head names what it is the rate of
  const rate = /^(.{2,}?)(?:为|是|达到|达)每[每人月年个家名次项户天日班周]{1,5}$/.exec(bare);
  if (rate && q.kind === 'money') return stripLead(withoutWholeArea(rate[1]), r);
  // 本次命名的10个集体中又有3个被推荐参评…: a recommendation confers nothing; the set framed names what is counted
  if (FRAMED_HAS.test(bare) && q.subject.length >= 2 && ['中', '里'].some((w) => bare.includes(q.subject + w)) && PUT_FORWARD.test(text.slice(q.end, q.end + 20))) return q.subject;
  const told = extreme(bare, prev, r) ?? afterNumber(text, q, r) ?? shareOf(text, bare, q, prev, r) ?? compared(bare, prev, r) ?? totalAfterParts(bare, q, prev, r) ?? totalOfPrev(bare, prev) ?? fromTo(bare, text.slice(q.end, q.end + 24), prev, r);
  if (told) return told;
  return activity(q, newly(refineWritten(text, q, prev, r, bare, item)));
}

/** 发给奖杯和奖金每家8000元, 发给证书和奖金每人1500元: a sum given with keepsakes (a medal, a
 * certificate) is the money's — the bonus, not the things handed over with it */
function moneyGiven(q: Quantity, s: string, r: SubjectCues): string {
  if (q.kind !== 'money') return s;
  const items = s.split(/[、和及与]/);
  const last = items.at(-1) ?? '';
  return items.length >= 2 && last.length >= 2 && items.slice(0, -1).every((w) => r.keepsakes.includes(w)) ? last : s;
}

/** the last 、 of a series, not one inside brackets (各县（市、区）推荐名额), or -1 */
function lastSeriesMark(s: string): number {
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i] === '）' || s[i] === ')') depth++;
    else if ((s[i] === '（' || s[i] === '(') && depth > 0) depth--;
    else if (s[i] === '、' && depth === 0) return i;
  }
  return -1;
}

/** 新结对62对 → 结对: 新 (newly) before a lone verb is an adverb; 新就业形态劳动者 (more words) keeps it */
function newly(s: string): string {
  if (!/^新.{2,3}$/.test(s)) return s;
  const toks = jiebaTag(s.slice(1));
  return toks.length === 1 && toks[0].tag === 'v' ? s.slice(1) : s;
}

/** the measure words of occurrences (rules/units.yaml unit.events) */
const EVENT_UNIT = /^(?:次|场|场次|期|轮|批次)$/;

/** 深入园区企业宣讲56场: occurrences counted after a place and a closing verb count that activity
 * (the segmenter tags it v; 应急演练, a noun-like verb, stays whole; a lone character before the verb
 * is a piece of one word the segmenter split, 疗|休养, so the phrase stays whole) */
function activity(q: Quantity, s: string): string {
  if (!EVENT_UNIT.test(foldToSimplified(q.unit)) || s.length < 4 || /[“”"「」]/.test(s)) return s;
  const toks = jiebaTag(s);
  const last = toks[toks.length - 1];
  const prior = toks[toks.length - 2];
  return prior && last.tag === 'v' && last.word.length >= 2 && prior.tag !== 'v' && prior.word.length >= 2 ? last.word : s;
}

/** a whole area or 各级/各类, then 共/累计, before a figure's own noun */
const LEAD_TOTAL = new RegExp(`^(?:${WHOLE_AREA}|各[级类])?(?:共|累计)?`);

/** 带动周边3个村的, 分成4个组，: a noun of one character written right after the general measure word 个 (a
 * village, a group, a township) is the thing counted, short as it is */
const LONE_NOUN = /^[村组組镇鎮乡鄉屯寨队隊][的，,；;。、\s]/;
function lonePlaceAfter(text: string, q: Quantity): boolean {
  return /^[个個]$/.test(q.unit) && q.subject.length === 1 && LONE_NOUN.test(text.slice(q.end, q.end + 2)) && text[q.end] === q.subject;
}

/** the subject the reader took, corrected: list items, quoted titles, recipients, distributives */
function refineWritten(text: string, q: Quantity, prev: Quantity | null, r: SubjectCues, bare: string, item: string): string {
  let s = q.subject;
  if (lonePlaceAfter(text, q)) return s;
  const named = compound(item.replace(/\s+/g, ''), s, r) ?? listHonour(text, q, s, r);
  if (named) return headPhrase(named, r.heads);
  // the list item holds more of the name than the reader took (二类竞赛8个: a label read as a number first)
  if (s && /^[一二三四五六七八九十]+(?:类|级|等)/.test(item) && item.endsWith(s) && item !== s && item.length <= 10) s = item;
  // a list heading's tail: 浙江省五一劳动奖章获得者名单（150名）
  const listed = /名单[（(]$/.test(s);
  // (…五一劳动奖章获得者名单（15名）: the list of winners of a title counts the title)
  s = s.replace(/(?:名单)?[（(]$/, '');
  if (listed) s = s.replace(/(.{2,})(?:获奖|獲獎)$/, '$1');
  // a recipient noun before a quoted title: 单位“湖南省五一劳动奖状” → 单位; 产生2023年度“湖湘工匠” → 湖湘工匠
  const quoted = /^(.*?)[“"]([^”"]+)[”"](?:荣誉)?(?:称号)?$/.exec(s);
  if (quoted) {
    const head = stripLead(quoted[1], r).replace(/^\d{4}年度?$/, '');
    // (下一步将在城区再建设“司机之家”: the quoted name is the object of the verb before it, whole:
    // 选树“最美女职工” keeps its 最)
    // (聘任首批企业“首席技师”46名: a title right before the count, after a verb of appointing or naming)
    // (…大赛“某市技术能手”名单（24名）: a list's title names what it lists by the quoted title)
    if (!head || endsInVerb(head) || listed || (/[”"]$/.test(bare) && APPOINT.test(bare.slice(0, Math.max(bare.lastIndexOf('“'), bare.lastIndexOf('"', bare.length - 2)))))) return quoted[2];
    // 授予…等35个部门（科室）“…小家”称号: whatever noun stands before the conferred title receives it
    else if (r.recipients.includes(head) || (/授予|命名|表彰/.test(bare) && head.length <= 8)) s = head;
  }
  // 授予…等200个班组北京市工人先锋号: the recipient noun, not the honour written after it
  const recipient = longest(r.recipients).find((w) => s.startsWith(w) && s.length > w.length + 2);
  if (recipient && /授予|表彰/.test(bare)) return recipient;
  // a distributive before the number (给予每个工作室10万元资助, 每个5万元的一次性经费支持): the noun after it is what is given
  const after = text.slice(q.end, q.end + 40);
  const each = cues(r).each.exec(after);
  // (按每对3000元给予带徒津贴: the verb that gives it is not part of it)
  // (每人2000至5000元不等: a range that varies names nothing given)
  if (each && !RANGE_WORD.test(each[1]) && /每(?:个|人|项|家|名|位)?[\u4e00-\u9fa5]{0,4}$/.test(s) && q.kind === 'money') return stripLead(each[1], r) || each[1];
  // 发放春节慰问金每人2000元: a distributive after the noun
  s = s.replace(/(.{2,})每(?:人|户|家|个|名|位)$/, '$1');
  // 每个工作室成员5—10人 → 成员; 每家补助10万元 → 补助: the distributive says per what, not what
  const per = /^每(?:个|家|名|人|项|位|年|月|期|次)/.exec(s);
  if (per) {
    // what follows the reader's subject in the clause (每家企业补助) is what is given per head
    const given = bare.lastIndexOf(s) >= 0 ? bare.slice(bare.lastIndexOf(s) + s.length) : '';
    const rest = s.slice(per[0].length);
    const own = given.length >= 2 && !empty(given, r) ? given : rest.length >= 2 ? rest : bare.replace(/^.*?每(?:个|家|名|人|项|位|年|月|期|次)/, '');
    if (own.length >= 2 && !empty(own, r)) s = own;
  }
  s = headPhrase(wholeCount(s, bare), r.heads);
  if (empty(s, r) || namesNothing(s)) {
    const set = framingSet(text, q.start - clauseBefore(text, q.start).length);
    if (set) return set;
    const title = conferredBefore(text, q.start - clauseBefore(text, q.start).length) ?? builtBefore(text, q.start - clauseBefore(text, q.start).length);
    if (title) return title;
    if (prev) return prev.subject;
    const told = empty(s, r) ? toldBefore(text, q.start - clauseBefore(text, q.start).length) : null;
    if (told) return told;
    // (每期课时为4至6课时: the copula before the number is not part of what it names)
    const own = stripLead(bare.replace(LEAD_TOTAL, '').replace(/(?:为|是|达到|达)$/, ''), r);
    return own.length >= 2 && !empty(own, r) ? own : s;
  }
  return tended(goodsValue(ofBodies(headPhrase(stripLead(s, r, q.rule === 'unit.things') || s, r.heads)), q, r), q, r);
}

/** 带动农户种植油茶 (1.5万亩) → 油茶, 辖区常年停泊渔船 (700艘) → 渔船: a crop, a vessel or a dispute is
 * written after the verb that grows, moors or settles it, with the doer before; only for the measures
 * of such things (units.yaml unit.goods, unit.incidents), so 种植面积 and 调解成功率 keep their verb */
function tended(s: string, q: Quantity, r: SubjectCues): string {
  if (!r.tends.rules.includes(q.rule)) return s;
  let cut = -1;
  for (const v of r.tends.verbs) {
    const i = s.lastIndexOf(v);
    if (i >= 0 && s.length - i - v.length >= 2 && i + v.length > cut) cut = i + v.length;
  }
  // (油茶种植面积: an attribute after the verb is measured whole)
  return cut > 0 && !r.attributes.some((a) => s.endsWith(a)) ? s.slice(cut) : s;
}

const TOTAL_REACHES = /总数(?:由此|已|已经)?(?:达到|达|为|增至|增加到|突破)$/;
/** “南溪工匠”总数达到52名 → 南溪工匠: the total of X reaching a figure counts X (职工总数8.6万人 keeps its name) */
function wholeCount(s: string, bare: string): string {
  const m = /^(.{2,}?)总数(?:由此|已|已经)?$/.exec(s);
  return m && TOTAL_REACHES.test(bare) ? withoutWholeArea(m[1]) : s;
}

/** a phrase whose last word is a verb (评选), or a verbal noun used as one after an adverb (再建设;
 * 隐患排查“回头看” is a noun before the name) */
function endsInVerb(s: string): boolean {
  const toks = jiebaTag(s);
  const last = toks[toks.length - 1];
  if (!last || last.word.length < 2) return false;
  return last.tag === 'v' || (last.tag === 'vn' && /^[dp]$/.test(toks[toks.length - 2]?.tag ?? ''));
}

/** 领衔人中，有3人…: a clause that names nothing is counted among the set framed by the clause before */
function framingSet(text: string, clauseStart: number): string | null {
  if (clauseStart < 1 || !/[，,]/.test(text[clauseStart - 1])) return null;
  const m = /^(?:在)?(.{2,16}?)(?:之中|中)$/.exec(clauseBefore(text, clauseStart - 1).trim());
  // (the figure inside the frame and what precedes it are not the set's name: 全市1260家非公企业中)
  const set = m ? m[1].replace(/^.*的/, '').replace(/^.*[0-9０-９]+(?:\.\d+)?万?余?[个名家人位项所户座条件套台]/, '').replace(/^(?:本届|本次|本批|这些|上述|以上|所有|全部)/, '') : '';
  return set.length >= 2 ? set : null;
}

/** 授予…“技术能手”称号，共27人: a clause that names nothing after a conferred title counts its holders */
function conferredBefore(text: string, clauseStart: number): string | null {
  if (clauseStart < 1 || !/[，,]/.test(text[clauseStart - 1])) return null;
  const m = /[“"「]([^”"」]{2,20})[”"」](?:荣誉)?称号$/.exec(clauseBefore(text, clauseStart - 1).trim());
  return m ? m[1] : null;
}

/** 布点建设“家门口就业服务站”，目前已建成46个: a clause that names nothing after one that builds a quoted
 * kind of thing counts that thing */
function builtBefore(text: string, clauseStart: number): string | null {
  if (clauseStart < 1 || !/[，,]/.test(text[clauseStart - 1])) return null;
  const m = /(?:建设|建立|新建|建成|打造|创建|培育|设立)[“"]([^”"]{2,20})[”"]$/.exec(clauseBefore(text, clauseStart - 1).trim());
  return m ? m[1] : null;
}

/** 首届“某某工匠”于2023年命名，共12名: the topic of a clause that names a set with no figure of its own */
const NAMED_TOPIC = /^(.{2,24}?)(?:于|在|已于)[^，,]{2,14}?(?:命名|评选产生|评出|产生|认定|选出)$/;
/** 发布了“某某”志愿服务项目清单，共27项 / 组建了一支…组成的宣讲队伍，共23人: the object set up or published */
const SET_UP = /(?:发布|公布|推出|组建|成立|建立|印发|编制|梳理)了?(?:一[支批个份套])?(.{2,40})$/;

/** a clause that names nothing but a sum (共12名) after one that names a set and gives no figure for it:
 * the figure counts that set, the topic of its naming or the object set up */
function toldBefore(text: string, clauseStart: number): string | null {
  if (clauseStart < 1 || !/[，,]/.test(text[clauseStart - 1])) return null;
  const prior = clauseBefore(text, clauseStart - 1).replace(/\s+/g, '');
  if (/\d/.test(prior.replace(/^(?:首|第[一二三四五六七八九十\d]+)[届批]|\d{4}年/g, ''))) return null;
  const topic = NAMED_TOPIC.exec(prior)?.[1];
  if (topic) return topic;
  const made = SET_UP.exec(prior)?.[1];
  const object = made ? made.slice(made.lastIndexOf('的') + 1) : '';
  return object.length >= 2 && !endsInVerb(object) ? object : null;
}

/** 各县（区）总工会、市直各产业工会负责同志 → 负责同志: after a list of bodies, the people of them */
function ofBodies(s: string): string {
  if (!s.includes('、')) return s;
  const m = /^.*(?:工会|公司|集团|单位|部门|局|厅|委|办)(.{3,8})$/.exec(s.slice(s.lastIndexOf('、') + 1));
  return m && !/[、，]/.test(m[1]) ? m[1] : s;
}

/** 发放慰问品价值约45万元: a sum stated as the value of goods counts the goods (not 经济价值, an abstract value) */
function goodsValue(s: string, q: Quantity, r: SubjectCues): string {
  if (q.kind !== 'money') return s;
  const w = longest(r.valueWords).find((v) => s.endsWith(v) && s.length >= v.length + 2);
  if (!w) return s;
  const goods = s.slice(0, s.length - w.length);
  return r.abstractValues.some((a) => goods.endsWith(a)) ? s : goods;
}

/**
 * A 48万人，B 13.5万人，分别比上年增长6.2%和8.1%: the j-th figure after 分别 speaks of the j-th of the
 * figures of another kind written before it in the sentence (A, B), in order.
 */
function respectively(text: string, q: Quantity, kept: Quantity[], done: Quantity[]): string | null {
  const before = clauseBefore(text, q.start);
  const at = before.indexOf('分别');
  if (at < 0) return null;
  const clauseStart = q.start - before.length + at;
  const inGroup = (x: Quantity) => x.kind === q.kind && x.start >= clauseStart && !/[，,。；;\n]/.test(text.slice(clauseStart, x.start));
  // q is kept[done.length]; its group are the neighbours of its kind in its clause after 分别
  const idx = done.length;
  let lo = idx;
  while (lo > 0 && inGroup(kept[lo - 1])) lo--;
  let hi = idx + 1;
  while (hi < kept.length && inGroup(kept[hi])) hi++;
  const j = idx - lo;
  const n = hi - lo;
  // the figures of another kind before the clause, in the same sentence, nearest last
  const earlier: Quantity[] = [];
  for (let k = lo - 1; k >= 0 && earlier.length < n && done[k].sentence === q.sentence; k--) if (done[k].kind !== q.kind) earlier.unshift(done[k]);
  if (n < 2 || earlier.length < n) return null;
  return earlier[j].subject || null;
}

/** a year or an instalment of a schedule (首年, 次年, 第二年, 首次), or the check it waits on (次年考核合格后,
 * 验收通过后): with a verb of payment it names the share paid then */
const SCHEDULE = /^(?:(?:首年|次年|当年|第[一二三四五]年|前[两二三]年|后[两二三]年|第[一二三四五]期|首次|第[一二三四五]次|余下|剩余部分)|(?:次年|年度|年终|期满|中期)?(?:考核|验收|评估)(?:合格|通过|达标)后)(?:拨付|发放|支付|兑现|下达|到位|拨付到位)$/;
/** a range that varies or is bounded says so after the figure (不等, 左右, 以上): no noun */
const RANGE_WORD = /^(?:不等|不一|左右|以上|以下|以内)/;
/** verbs of appointing or naming a title on people or units (聘任首批“首席技师”46名) */
const APPOINT = /(?:聘任|评选出|评选|评出|选出|选树|命名|认定|选拔|授予|表彰|推选)/;
/** 每人颁发奖金, 为每名“最美职工”颁发奖金: a sum given (per head), after its verb of giving */
const GIVEN_EACH = /(?:每(?:个|对|家|名|人|项|位|所|户)(?:每月|每年)?)?(?:[\u4e00-\u9fa5]{0,3}?|[“"][^”"]{1,12}[”"])(?:颁发|发放|发给|给予)([\u4e00-\u9fa5]{0,4}(?:奖金|奖励金|补助金|补助|补贴|津贴|慰问金|助学金|资金|经费))$/;
/** a whole body as the scope of a figure (全院, 全校, 全厂): not part of what is counted */
const WHOLE_BODY = /^全(?:院|校|厂|镇|乡|村|旗|盟|行|局|系统|公司|集团)(?=.{2})/;
/** 综采三队全队89人: a team named, then its whole (全队, 全班): the whole is what is counted, the name is its scope */
const NAMED_WHOLE_TEAM = /^.{2,}(?=全(?:队|隊|班|组|組|站|车间|車間)$)/;
/** what the counted left names only by a pronoun of the rest (其余, 其他, 另外) */
const THE_REST = /^(?:其余|其他|另外|另)$/;

/** the youngest or oldest of a group (最年轻的领衔人, 最小的年仅) or a person's present age (今年, 现年):
 * the age stated is the attribute 年龄, not the person (units.yaml unit.age reads the same contexts) */
const PERSON_AGE = /(?:(?:最年轻|最年长|最小|最大)的[\u4e00-\u9fa50-9“”"]{0,8}?|今年|现年)(?:年仅|仅|只有|才|已经|已|也|为|是|刚满|已满|刚|满)?$/;

/** 最年长的58岁, 最小的一位仅19岁, 年龄最大的61岁: the superlative as written, with the attribute when one is
 * written before it, is what the age is told of (the genre's annotators keep 年龄最大的 whole); a name after
 * the 的 leaves the attribute */
const SUPERLATIVE_AGE = /((?:年龄|岁数)?)(最年轻|最年长|最小|最大)的((?:一位|一名|[\u4e00-\u9fa5]{0,3}(?:人|者))?)(?:年仅|仅|只有|才|为|是)?$/;
function superlativeAge(bare: string): string | null {
  const m = SUPERLATIVE_AGE.exec(bare);
  return m ? m[1] + m[2] + '的' + m[3] : null;
}

/** an age opening its clause, or after a pronoun (36岁的王某是…, 她16岁进入纺织厂): the worker's age */
const STORY_AGE = /^(?:他|她)?$/;

/** 35岁以下青年职工 / 55周岁以下 / 45岁以上的: an age threshold measures the attribute 年龄 (the group
 * it bounds is the subject of the count that follows, 40岁以下青年技工11名) */
function ageThreshold(q: Quantity, after: string): string | null {
  const age = /^(?:岁|周岁)$/.test(foldToSimplified(q.unit));
  const threshold = age && (/(?:以下|以上)$/.test(q.text) || /^(?:以下|以上)/.test(after));
  return threshold ? '年龄' : null;
}

/**
 * Shapes of official writing that say what is counted around the figure rather than before it:
 * 首年拨付60% (a schedule), 每对师徒奖励2000元 (a distributive recipient before what is given),
 * 全院门急诊量 (a whole body as scope), 累计参训职工, X的人数 (a relative clause defining the count),
 * X在A至B之间 (a range of X), 按X的N%, 其余N人为X, N名是来自…的Y, 获评H的N人.
 */
function shapes(text: string, q: Quantity, subject: string, r: SubjectCues): string {
  const bare = clauseBefore(text, q.start).replace(/\s+/g, '').replace(/^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])/, '');
  const item = bare.slice(bare.lastIndexOf('、') + 1);
  if (SCHEDULE.test(item)) return item;
  // 占从业人员的比重提高1.6个百分点, 一线职工的比例较上届提高: a change in points is of the share named before it
  const share = /(比重|占比|比例)(?:(?:较|比)[^，,；;、\d]{1,10}?)?(?:又|再)?(?:提高|提升|增长|上升|增加|下降|降低|减少)了?$/.exec(item);
  if (share && /百分点$/.test(q.unit)) return namedRatio(item.slice(0, share.index), share[1], r);
  const after = text.slice(q.end, q.end + 40);
  const threshold = ageThreshold(q, after);
  if (threshold) return threshold;
  if (q.rule === 'unit.age' && (PERSON_AGE.test(bare) || STORY_AGE.test(bare))) return superlativeAge(bare) ?? agedPerson(bare) ?? '年龄';
  // 首席技师聘期3年, 项目决赛时长2至3天: a duration, an age or an extent measures the attribute named last
  if (/^unit\.(?:duration|age|extent)$/.test(q.rule)) {
    const attr = longest(r.attributes).find((w) => subject.endsWith(w) && subject.length > w.length);
    // (an average before it is part of the measure: 平均年龄, 平均从业年限)
    const avg = attr ? r.heads.averages.find((w) => subject.endsWith(w + attr)) : undefined;
    // (每期培训时长: a service before the attribute names it; 培训 is its kind)
    const service = attr ? r.compounds[0].verbs.find((v) => subject.endsWith(v + attr)) : undefined;
    if (attr) return (avg ?? service ?? '') + attr;
  }
  // 其余5人为技师: the rest counted by what they are
  if (THE_REST.test(subject)) {
    const is = /^(?:为|是)([^，。；;、,\n]{2,12}?)(?=[，。；;,\n]|$)/.exec(after);
    if (is) return is[1];
  }
  // 有4名是来自A、B的农民工: the noun after the origin's 的
  const isFrom = /^(?:是|为)(?:来自于|来自)[^，。；;,\n的]{2,24}的([^，。；;、,\n]{2,})/.exec(after);
  if (isFrom && q.kind === 'count') {
    const head = nounRun(isFrom[1]);
    if (head.length >= 2) return head;
  }
  // 每场招聘会参会人数在300至500人之间 / 月薪在…之间: the range of X (an adverb of how widely it holds, 普遍在, 大多在,
  // is no part of X)
  const range = /^(.{2,}?)(?:一般|应|均|都|须|需|必须|普遍|大多|大都|基本|多数)?在$/.exec(bare);
  if (range && /^(?:之间|以内|左右|以上|以下|[，。；;,\n]|$)/.test(after)) {
    const x = stripLead(withoutWholeArea(afterDistributive(range[1])), r);
    // (本市企业和职业院校中年龄在: the reader's subject, when the phrase ends with it, is already its head)
    if (x.length >= 2) return subject.length >= 2 && x.endsWith(subject) ? subject : x;
  }
  // 按参赛企业数的5%: the base of a share, without the preposition
  if (/^(?:按照|按)(?=.{2})/.test(subject)) return subject.replace(/^(?:按照|按)/, '');
  // 获奖的人数达到42名: X的人数 (a count defined by its relative clause)
  const defined = /([\u4e00-\u9fa5]{2})的(人数|数量|总数|人次)/.exec(bare);
  if (defined && subject === defined[2]) return defined[1] + '的' + defined[2];
  // (35岁以下青年职工1.31万人: the threshold is a figure of its own; the group after it is counted)
  let s = subject.replace(/^(?:以下|以上)的?(?=.{2})/, '').replace(/^.{0,6}?[0-9０-９]+(?:周岁|岁)(?:以下|以上)的?(?=.{2})/, '').replace(WHOLE_BODY, '').replace(NAMED_WHOLE_TEAM, '').replace(/^(?:近[一二三四五两]年|[一二三四五两]年来|近年来)?(?:累计|共计)(?=.{2})/, '');
  // 获评茂名市技术能手的20人里: the title, without the 的 of the frame
  // (45岁以上的: an age band written as a clause keeps its 的; so does the clause a share is of, 取得证书的1930人，占67.5%)
  if (!isShare(q) && /.{2}的$/.test(s) && !/的.*的$/.test(s) && !/^(?:[0-9０-９]+(?:至|到|-|—|～|~))?[0-9０-９]+(?:周岁|岁)(?:及以下|及以上|以下|以上)的$/.test(s)) s = s.slice(0, -1);
  // 给予每对师徒奖励2000元: the recipient after 每 is not part of what is given
  if (q.kind === 'money') {
    // (每个工作室一次性建设资助: a kind (建设) may stand between the recipient and the grant)
    const per = /每(?:个|对|家|名|人|项|位|所|户)([\u4e00-\u9fa5]{2,4}?)(?=(?:一次性)?(?:(?!一次性)[\u4e00-\u9fa5]){0,4}?(?:奖励|补助|补贴|奖金|资助|慰问金|经费|资金)$)/.exec(bare);
    if (per && s.startsWith(per[1]) && s.length - per[1].length >= 2) s = s.slice(per[1].length).replace(/^一次性(?=(?:奖励|补助|补贴|奖金|资助|慰问金|经费|资金)$)/, '');
    // (由市总工会每人颁发奖金3000元: the doer and the distributive before the verb of giving go)
    const given = GIVEN_EACH.exec(s);
    if (given) s = given[1];
  }
  return s;
}

/** 每项赛事参赛人数 → 参赛人数: a distributive and the noun it distributes over open the phrase */
function afterDistributive(s: string): string {
  if (!s.startsWith('每')) return s;
  const toks = jiebaTag(s);
  let at = 0;
  let k = 0;
  // the 每 word (每, 每项, 每个) and, when more follows, the one noun it counts over
  at += toks[k++].word.length;
  if (toks[0].word.length === 1 && toks[k] && toks[k].word.length === 1) at += toks[k++].word.length;
  // (每期培训时长: a verb after the distributive is the kind of the attribute, not what it counts over)
  if (toks.length - k >= 2 && !/^v/.test(toks[k].tag)) at += toks[k].word.length;
  return s.length - at >= 2 ? s.slice(at) : s;
}

/** verbs of holding a qualification: 具有…资格的, 持有…证书的 (获得 only with a reference: 获得此次称号的;
 * 取得…证书的 counts the certificate, as the genre's annotators read it) */
const HOLD = /^(?:具有|具备|持有)/;
/** a preposition of the basis or the means a body was founded on (依托, 以, 由, 依靠) */
const BASIS = /^(?:依托|依靠|依据|以|由|通过|面向|围绕|结合)/;
/** the verb of a founding or a naming that closes such a clause (建设, 命名, 领衔, 创建) */
const FOUNDED = /(?:命名|建设|建成|建立|创建|组建|设立|成立|领衔|牵头|领办|打造)$/;
const HOLD_REF = /^获得(?:此次|本次|该|这一|上述)/;

/**
 * 具有高级技师职业资格的8人 / 街道和镇建设的214个 / 领衔人为省级劳模的4个: a relative clause ending in
 * 的 right before a count, with no noun after the count, is the whole subject when it holds a
 * qualification or describes (a verb or 为 inside it); 来自X的, 分布在X的, 获得“H”称号的 keep X / H.
 */
function headlessClause(text: string, q: Quantity, subject: string): string {
  if (q.kind !== 'count' || !subject) return subject;
  const after = text[q.end] ?? '';
  if (after && !/[，,。；;：:、\n中）)]/.test(after)) return subject;
  const item = clauseBefore(text, q.start).replace(/\s+/g, '');
  const rel = item.slice(item.lastIndexOf('、') + 1).replace(/^(?:其中|分别为|分别是|分别有|分别|有|共有)[，,]?/, '');
  // (全县职工中取得…的: the set framed before the clause is not part of it)
  const m = /^(.{2,24}?)的(?:有|共|共有)?$/.exec(rel.replace(/^[^的]{2,12}?(?:之中|中|里)(?=具有|具备|持有|获得)/, ''));
  if (!m || m[1].includes('的')) return subject;
  const core = m[1];
  if (core === subject && (/为|建设|建成|创建|推荐|申报|设立|组建/.test(core.slice(2)) || HOLD.test(core))) return core + '的';
  // (依托企业建设的, 以劳模命名的, 由班组长领衔的: a clause of the basis or the means of a founding
  // names the part whole, whatever piece of it the readers before kept)
  if (core.includes(subject) && BASIS.test(core) && FOUNDED.test(core)) return core + '的';
  if (core.endsWith(subject) && (HOLD.test(core) || HOLD_REF.test(core)) && /^(?:具有|具备|持有|获得)$/.test(core.slice(0, core.length - subject.length))) return core + '的';
  return subject;
}

/** 受表彰的10名三八红旗手平均年龄41岁: a noun read after the count up to an average (平均, 人均) is what
 * is counted; the average opens the next figure's phrase */
function ownBeforeAverage(text: string, q: Quantity, r: SubjectCues): string | null {
  const raw = q.subject ?? '';
  if (!raw || !text.slice(q.end, q.end + raw.length + 4).replace(/\s+/g, '').startsWith(raw)) return null;
  const at = Math.min(...r.heads.averages.map((w) => raw.indexOf(w)).filter((i) => i >= 2));
  return Number.isFinite(at) ? raw.slice(0, at) : null;
}

const lastWord = (s: string) => jiebaTag(s).at(-1)?.word;

/** 车间将把设备完好率再提高: the object of 把 is what the figure measures (not 把关, 把握, 一把手) */
const DISPOSAL = /^[^把]{0,12}?把(?![关握手])(.{2,})$/;

/** 高技能人才力争 → 高技能人才, 参赛人数比上届 → 参赛人数, 企业进场 → 企业: words after the counted noun
 * that lead up to the number (rules/subject-cues.yaml trailers) are cut off its end */
export function dropTrailers(subject: string, r: SubjectCues, rightSide = false): string {
  let s = subject;
  const words = rightSide ? cues(r).trailingRight : cues(r).trailing;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of words) {
      // (a one-character word only where it stands alone: 供应, 效应 keep their 应)
      if (s.length - w.length >= 2 && s.endsWith(w) && (w.length > 1 || lastWord(s) === w)) { s = s.slice(0, -w.length); changed = true; break; }
    }
  }
  const ba = /把/.test(s) ? DISPOSAL.exec(s) : null;
  return ba ? ba[1] : s;
}

const WHOSE_NAMES = new RegExp(String.raw`^(?:${WHOLE_AREA})?([^的，,]{2,}、[^的，,]+)的[\u4e00-\u9fa5]{1,8}$`);
/** A、B和C的产业工人 before 分别: the noun after the one 的 says whose figures they are; the names before it
 * are what each counts (a 全市 before the first name is the scope) */
function whoseNames(head: string): string {
  const m = WHOSE_NAMES.exec(head);
  return m ? m[1] : head;
}

/** 第一、二、三产业: ordinals written once with 第 on the first and the noun on the last; each gets both */
function sharedOrdinal(names: string[]): string[] {
  const first = /^第([一二三四五六七八九十])$/.exec(names[0] ?? '');
  const last = /^[一二三四五六七八九十]([\u4e00-\u9fa5]{1,4})$/.exec(names.at(-1) ?? '');
  if (!first || !last || !names.slice(1, -1).every((n) => /^[一二三四五六七八九十]$/.test(n))) return names;
  return names.map((n, i) => (i === 0 ? n : '第' + n.slice(0, 1)) + last[1]);
}

/** …以快递员和网约车司机居多，分别为870人、640人: the names a clause of only 分别为 pairs with, written
 * in the clause before as the ones most of the set are (以 A 和 B 居多 / 为主 / 最多) */
const MOSTLY = /以([^，,；;。\d]{2,30}?)(?:居多|为主|最多|较多)[，,]\s*$/;
/** …主要分布在A、B和C三个领域，分别约占52%、30%和18%: the names the set is spread over, with a tally of them */
const SPREAD = /(?:分布在|集中在|分布于|集中于)([^，,；;。\d]{2,40}?)(?:[两二三四五六七八九十]个(?:领域|行业|产业|方面|类别))?[，,]\s*$/;
const mostlyNamed = (text: string, clauseStart: number) => {
  const prior = clauseStart > 0 ? clauseBefore(text, clauseStart - 1) + text[clauseStart - 1] : '';
  return MOSTLY.exec(prior)?.[1] ?? SPREAD.exec(prior)?.[1] ?? null;
};

/** 分别为 / 分别是 / 分别有 / 分别达到 … after the names the figures pair with in order */
const IN_TURN = /^(.*?)(?:分别|依次)(?:约|大约)?(?:为|是|有|达到|达|占)?$/;

/** 分别 + a verb and its object (分别吸纳产业工人, 分别带动就业): the names before it are the doers, each
 * doing it to the figure that falls to it in order */
const ACTED_IN_TURN = /^(.*?)(?:分别|分別|依次)([\u4e00-\u9fa5“”"]{2,14})$/;
function actedInTurn(head: string): RegExpExecArray | null {
  const m = ACTED_IN_TURN.exec(head);
  // (甲县、乙县的优胜企业分别奖励: names shared by one noun after 的 are no doers)
  return m && !m[1].includes('的') && /^v/.test(jiebaTag(m[2])[0]?.tag ?? '') ? m : null;
}

/**
 * 高级技师、技师、高级工分别为260人、980人和2880人: names joined by 、 (和, 及) before 分别 pair with the
 * figures after it in order; the j-th figure counts the j-th name. Not when one noun after a 的
 * is shared by the names (甲县、乙县的优胜企业分别为12家和9家) or the counts differ.
 */
function namedInTurn(text: string, q: Quantity, kept: Quantity[], idx: number, r: SubjectCues): string | null {
  const before = clauseBefore(text, q.start);
  const clauseStart = q.start - before.length;
  let firstFig = kept.findIndex((x) => x.start >= clauseStart);
  if (firstFig < 0) return null;
  let m = IN_TURN.exec(text.slice(clauseStart, kept[firstFig].start).trim());
  // (新能源、文化旅游两个行业的产业工人分别为…: a tally of the names before 分别 is no figure of the
  // series; the names before it are what the figures count, the noun after 的 whose they are)
  let tally = !m && kept[firstFig].kind === 'count' && firstFig + 1 < kept.length ? kept[firstFig] : null;
  if (tally) {
    m = IN_TURN.exec(text.slice(clauseStart, kept[firstFig + 1].start).trim());
    if (m) { m[1] = text.slice(clauseStart, tally.start).trim(); firstFig++; } else tally = null;
  }
  m ??= actedInTurn(text.slice(clauseStart, kept[firstFig].start).trim());
  if (!m) return null;
  // the group: the figures of the clause from the first one on, joined by 、 / 和 / 及 only
  const group = [firstFig];
  for (let k = firstFig + 1; k < kept.length && /^\s*(?:、|和|及|与|，和)?\s*$/.test(text.slice(kept[k - 1].end, kept[k].start)); k++) group.push(k);
  const j = group.indexOf(idx);
  const own = m[1].replace(/^(?:其中|另|分别)[，,]?/, '').replace(/^[^，,]*?(?:按|从)[^，,]{1,8}?(?:划分|分|来看|看)[，,]?/, '');
  const head = whoseNames(own.trim() ? own : mostlyNamed(text, clauseStart) ?? own);
  // (甲县、乙县分别有2家、1家企业…: a noun after the figures is what they count; the names are places)
  const last = kept[group[group.length - 1]];
  if (j < 0 || group.length < 2 || /的/.test(head) || /^[\u4e00-\u9fa5]/.test(text[last.end] ?? '')) return null;
  if (tally && Number(tally.value) !== group.length) return null;
  // (本科及以上、大专、中专及以下: 和/及 join the last two names only when 、 does not give them all)
  const bySeries = head.split('、').map((x) => x.trim());
  const names = sharedOrdinal(bySeries.length === group.length ? bySeries : head.split(/[、和及与]/).map((x) => x.trim()));
  if (names.length !== group.length || names.some((x) => x.length < 2 || x.length > 14)) return null;
  return stripLead(names[j], r) || names[j];
}

/** 附件1 / 1. / 2、 / 2025年度 opening an annex heading are its place in the document and its period,
 * not its name (附件22025年度某市三八红旗手: the annex number runs into the year) */
const HEADING_MARK = /^(?:附件\s*(?:\d(?=\d{4}年)|\d{1,2}|[一二三四五六七八九十]{1,3})[：:.．、\s]*)?(?:\d{1,2}[.．、](?=\d{4}年|\D))?(?:\d{4}年度?)?/;
/** a plan before what it will build (下一步将在全区再建设, 今后还将, 明年将继续): time, modal, place and adverb */
const PLAN = /^(?:下一步|今后|明年|下阶段|下半年|此外|同时)?(?:还将|将|要|拟|计划|力争|争取)?(?:在[\u4e00-\u9fa5]{1,6}?(?=再|继续|进一步|新建|建设|建成|建立|打造|培育))?(?:再|继续|进一步)?/;
/** a scope alone (全市, 各地各单位): it says where, not what */
const SCOPE_ONLY = new RegExp(`^(?:${WHOLE_AREA}|各地|各地各单位|各单位|各县区|各县市区|各区县)$`);
/** X每个补助 / 每家奖励: a grant given per item */
const PER_GRANT = /^.{2,}?每[个家名人项位所户对](补助|奖励|奖补|补贴|资助|奖金|慰问金)$/;
/** what is built, published or raised is what is counted: the verb opening the phrase goes */
const BUILD = /^(?:新建|建设|建成|建立|打造|培育)/;
/** a published thing after its verb (已发布用工信息 → 用工信息; not 发布会) */
const PUBLISH = /(?:发布|推送|公布)(?!会)(?=[\u4e00-\u9fa5]{2})/;
/** a people noun's 总量 (高技能人才总量): the gold of the genre counts the people, not the stock */
const STOCK = /(人才|职工|工人|劳动者|会员|人员|党员|志愿者)总量$/;

/**
 * The edges of a subject that official writing puts around what is counted: the marks of an annex
 * heading (1.2025年度…), the preposition of the doer (由“某某工匠”领衔 → 某某工匠领衔), a plan and its verb
 * (下一步将在全区再建设站点 → 站点), a publishing verb, a distributive after the noun (学生组每校 → 学生组)
 * and the 总量 of people counted.
 */
function edges(text: string, subject: string, q: Quantity, r: SubjectCues, right: boolean): string {
  // (全市14所中高职院校: a scope alone before the figure; the noun after it is what is counted)
  if (SCOPE_ONLY.test(subject)) {
    const noun = nounRun(text.slice(q.end, q.end + 24).replace(/^的/, ''));
    if (noun.length >= 2) return noun;
  }
  // (单位（名单, 岗位3900个、: an unclosed bracket, a series mark or the figure before is where the subject stopped)
  let s = heldAt(text, q, subject.replace(/[、，,：:]+$/, ''));
  const figure = /^(.{2,}?)\d+(?:\.\d+)?(?:万|亿)?(?:个|名|人|家|项|所|场|次|人次|户|条|元|万元)?$/.exec(s);
  if (figure && /[\u4e00-\u9fa5]$/.test(figure[1])) s = figure[1];
  const open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
  if (open >= 2 && !/[）)]/.test(s.slice(open))) s = s.slice(0, open);
  // (示范性工作室每个补助5万元: the grant, each item's, is what the sum counts)
  const grant = q.kind === 'money' ? PER_GRANT.exec(s) : null;
  if (grant) return grant[1];
  // (126名职工晋升技师: a subject read after the figure ends where its predicate's verb begins)
  if (right) {
    const at = Math.min(...r.rightTrailers.map((w) => s.indexOf(w)).filter((i) => i >= 2));
    if (Number.isFinite(at)) s = s.slice(0, at);
  }
  const mark = HEADING_MARK.exec(s)?.[0] ?? '';
  if (mark && s.length - mark.length >= 2) s = s.slice(mark.length);
  if (/^由(?!于|此)(?=.{3})/.test(s)) s = s.slice(1);
  const plan = PLAN.exec(s)?.[0] ?? '';
  const built = BUILD.exec(s.slice(plan.length))?.[0] ?? '';
  const rest = s.slice(plan.length + built.length);
  // (a 建设 before a head it names the purpose of stays: 建设补助, 建设经费)
  const purpose = !!built && r.compounds.some((c) => c.verbs.includes(built) && c.heads.some((h) => rest.startsWith(h)));
  // (a bare 建设 with no plan before it opens a name when little follows: 建设周期, 建设补助; a head of three
  // characters is a thing built, 建设服务站)
  if ((plan.length > 1 || (built && (plan || rest.length >= 3))) && rest.length >= 2 && !purpose && !r.attributes.includes(rest)) s = rest;
  const pub = PUBLISH.exec(s);
  if (pub) s = s.slice(pub.index + pub[0].length);
  if (/[^每]{2}每[\u4e00-\u9fa5]$/.test(s)) s = s.slice(0, -2);
  // (a share or change of the stock, 占…的比重提高1.6个百分点, is not a count of the people)
  return q.kind === 'count' ? s.replace(STOCK, '$1') : s;
}

/** a verb that keeps a rate at or under a bound (控制在, 保持在, 稳定在): the rate before it is what is measured */
const HELD_AT = /(控制|保持|稳定|维持)在$/;
function heldAt(text: string, q: Quantity, s: string): string {
  const m = HELD_AT.exec(text.slice(Math.max(0, q.start - 4), q.start).replace(/\s+/g, ''));
  return m && s.endsWith(m[1]) && s.length - m[1].length >= 2 ? s.slice(0, -m[1].length) : s;
}

/** 第二届“某某工匠”, “某某工匠”三届, 职工首届: which round of an honour a figure belongs to is no part of what it
 * counts; an edition word (rules/subject-cues.yaml editions) at either end of the subject goes, unless the
 * subject is an event (首届大赛). A year before
 * the mark (2025届毕业生) makes a cohort, which names the people and stays. */
const editionRe = new WeakMap<SubjectCues, RegExp[]>();
function editionPatterns(r: SubjectCues): RegExp[] {
  let re = editionRe.get(r);
  if (!re) {
    const mark = `(?:${r.editions.marks.join('|')})`;
    const n = '[〇零一二三四五六七八九十两0-9０-９]';
    const ed = `(?:第${n}{1,3}|首|${n}{1,2}(?![0-9０-９]))${mark}`;
    re = [new RegExp(`^${ed}(?=.{2})`), new RegExp(`(?<=.{2})(?<![0-9０-９])${ed}$`)];
    editionRe.set(r, re);
  }
  return re;
}
function withoutEdition(s: string, r: SubjectCues): string {
  // (首届大赛, 第三届技能节: the edition of an event is part of its name)
  if (r.editions.events.some((e) => s.endsWith(e))) return s;
  for (const re of editionPatterns(r)) s = s.replace(re, '');
  return s;
}

/** 州下达年度目标任务 → 年度目标任务, 县总工会下发的任务 → 任务: a task or quota handed down by a body is
 * counted by the task; the body and its verb (rules/subject-cues.yaml handedDown) only say whose it is */
function handedDownTask(s: string, r: SubjectCues): string {
  if (!r.handedDown.heads.some((h) => s.endsWith(h))) return s;
  for (const v of r.handedDown.verbs) {
    const i = s.indexOf(v);
    if (i < 1) continue;
    const rest = s.slice(i + v.length).replace(/^的/, '');
    if (rest.length >= 2) return rest;
  }
  return s;
}

/** 完成年度计划的58% → 年度计划 (not 年度, nor 目标 of 全年目标): a plan of a period written right before
 * the figure (a 的 between) is what it is a share of, when the reading kept only one of its two words */
function periodPlan(text: string, q: Quantity, s: string, r: SubjectCues): string {
  const { periods, heads } = r.handedDown;
  const before = text.slice(Math.max(0, q.start - 12), q.start).replace(/的\s*$/, '');
  const p = [...periods].sort((a, b) => b.length - a.length).find((w) => heads.some((h) => before.endsWith(w + h)));
  if (!p) return s;
  const plan = before.slice(before.lastIndexOf(p));
  return s === p || heads.includes(s) ? plan : s;
}

/** “某某工匠”每三年评一次，每届不超过8名: a count per round (每次, 每届, 每批) counts the quoted title
 * the sentence is about, written before it */
function perRoundTitle(text: string, q: Quantity, s: string): string {
  if (!/^每(?:次|届|屆|批|轮|輪)$/.test(s)) return s;
  return /[“"「]([^“”"「」]{2,20})[”"」]/.exec(sentenceBefore(text, q.start))?.[1] ?? s;
}

/** category labels are not counts: 一类竞赛 / 二类 / 三级 (a Chinese numeral + 类 / 级 / 等 / 档) */
const isLabel = (q: Quantity) => /^[一二三四五六七八九十]+(?:类|级|等|档)$/.test(q.text.replace(/\s/g, ''));

/** a cell of a table row under its label (新建职工书屋（家） 12 15 125%): the label is the subject as written, its
 * verb (新建, 走访慰问) included, for the row names the indicator and the column only which of its figures this is */
function rowLabel(text: string, q: Quantity): string | null {
  const c = rowLabelCell(text, q.start, q.end) ?? spacedCellUnit(text, q.start, q.end) ?? spacedRateCell(text, q.start, q.end);
  return c && c.subject === q.subject ? c.subject : null;
}

/** 给予每人一次性奖励2500元: 一次性 written right against a reward word (rules: onceRewards) is one term
 * with it, the kind of reward paid once; a verb between them (一次性给予奖励) leaves it an adverb */
function onceReward(text: string, q: Quantity, s: string, r: SubjectCues): string {
  if (q.kind !== 'money') return s;
  const before = text.slice(Math.max(0, q.start - 12), q.start).replace(/\s+/g, '');
  // (800元至1500元的一次性奖励: the low end of a range is of the noun after 的 too)
  const after = text.slice(q.end, q.end + 24).replace(/\s+/g, '').replace(/^(?:至|到|-|—|～|~)[\d.,，万]+元?/, '');
  const word = longest(r.onceRewards.words).find((w) => before.endsWith('一次性' + w) || after.startsWith('的一次性' + w));
  return word && (s === word || s.endsWith('一次性' + word)) ? '一次性' + word : s;
}

/** (a verb of giving before a grant word in its clause makes it a noun: 每个工作室给予建设补助, 给予每家企业培训补贴) */
const GIVING = /给予|给|发放|获得|获(?!奖)|拨付|安排|享受|兑现|落实|领取|申领|追加/;
/** (a kind after a once-off or yearly qualifier stays with the grant: 对每家驿站一次性运营补助2万元) */
const ONCE_KIND = /(?:一次性|每年)[\u4e00-\u9fa5]+$/;
/** (a prize before the grant: 二等奖各奖励1500元 is the prize's sum, read by the prize rules) */
const PRIZE_SUBJECT = /(?:等奖|金奖|银奖|铜奖|优秀奖|名)$/;
/** 对每个先进集体奖励3000元, 单位和班组各奖励5000元, 共计奖励4.4万元: a grant word (rules eachGrants) right
 * before a sum, after 每X or an adverb of distribution or total, is the verb of the grant: the sum is the grant */
function grantToEach(text: string, q: Quantity, s: string, r: SubjectCues): string {
  if (q.kind !== 'money' || PRIZE_SUBJECT.test(s)) return s;
  const before = clauseBefore(text, q.start).replace(/\s+/g, '');
  const word = longest(r.eachGrants.words).find((w) => before.endsWith(w));
  if (!word || s === word || !s.endsWith(word)) return s;
  if (ONCE_KIND.test(s.slice(0, -word.length))) return s;
  const lead = before.slice(0, -word.length);
  const each = /每[个名位家人户项所][^，。；、]{0,12}$/.exec(lead);
  const spread = /(?:各|分别|共计|合计|计|再)$/.test(lead);
  return spread || (each && !GIVING.test(lead)) ? word : s;
}

// (what may stand after 平均水平 before the gap's number; what names an area)
const GAP_AFTER_LEVEL = /^平均水平(?:相比)?(?:仍然|仍|还|尚)?(?:低了|高了|低|高)?(?:约|近|超过|达)?$/;
const AREA = /^(?:全[国省市州区县盟旗]|[\u4e00-\u9fa5]{1,5}[省市州区县盟旗])$/;
/** 低于全省平均水平约4个百分点: a gap in points to a level of comparison, with no noun of its own read, is
 * named by that level with the area whose average it is (全省平均水平, 某市平均水平), not by the bare 平均水平 */
function levelCompared(q: Quantity, clause: string, subject: string, r: SubjectCues): string | null {
  // (高技能人才占比…低于全省平均水平: a share the reader found named stays its subject)
  if (!/百分点$/.test(q.unit) || (subject.length > 2 && !subject.includes('平均水平'))) return null;
  const c = foldToSimplified(clause.replace(/\s+/g, ''));
  const at = c.lastIndexOf('平均水平');
  if (at < 0 || !GAP_AFTER_LEVEL.test(c.slice(at))) return null;
  // (the shortest area right after a word of comparing: 比例低于全省 is no area)
  for (let len = 2; len <= 6 && len <= at; len++) {
    const area = c.slice(at - len, at);
    if (AREA.test(area) && r.owners.comparedTo.some((v) => c.slice(0, at - len).endsWith(v))) return `${area}平均水平`;
  }
  return null;
}

/** 全区共有区级工作室, 全县计划参赛选手: after the area, a verb of having or an intent leads up to the
 * thing counted and is no part of it */
function afterHaving(s: string, r: SubjectCues): string {
  const lead = /^(?:现有|共有|已有|拥有|累计|共)/.exec(s)?.[0] ?? longest(r.intents).find((w) => s.startsWith(w));
  return lead && s.length - lead.length >= 2 ? s.slice(lead.length) : s;
}

/** 此类工作室 → 工作室, 辖区快递网点 → 快递网点, 班组的日产量 → 日产量: a determiner, a word of the area or
 * the owner of a measure frames what is counted without naming it (rules: subject-cues owners) */
function ownerless(s: string, r: SubjectCues): string {
  const o = r.owners;
  const plain = foldToSimplified(s);
  // (再建此类服务点: a determiner opens the noun phrase, whatever verb stands before it)
  const det = longest(o.determiners).map((w) => ({ w, at: plain.lastIndexOf(w) })).find((d) => d.at >= 0);
  const lead = det ?? longest(o.within).filter((w) => plain.startsWith(w)).map((w) => ({ w, at: 0 }))[0];
  const rest = lead ? plain.slice(lead.at + lead.w.length) : '';
  // (本批命名的…: a relative clause after the determiner is left to the relative-clause readers)
  if (lead && rest.length >= 2 && !rest.includes('的')) return s.slice(lead.at + lead.w.length);
  const whole = longest(o.wholeAreas).find((w) => plain.startsWith(w));
  if (whole && s.length - whole.length >= 2 && !o.wholeKeeps.some((k) => plain.endsWith(k)) && !/^(?:平均|总)/.test(plain.slice(whole.length))) return afterHaving(s.slice(whole.length), r);
  // (取得证书的比例, 高技能人才占技能人才的比重: a share is named by its 的-phrase, not listed as a measure)
  const of = /^([^的占]+)的([^的]{2,})$/.exec(plain);
  if (of && o.measures.some((m) => of[2].endsWith(m))) return s.slice(of[1].length + 1);
  return s;
}

/** 为企业增效约460万元, 为企业增收180多万元: the body a gain is made for (为 and its noun) frames the gain;
 * the gain alone is what the sum counts */
const GAIN_FOR = /^(?:企业|单位|公司|集体|村集体|职工|农户|群众)(增效|增收|创效|创收|节支)$/;
function gainFor(text: string, q: Quantity, s: string): string {
  const m = q.kind === 'money' ? GAIN_FOR.exec(s) : null;
  return m && clauseBefore(text, q.start).replace(/\s+/g, '').includes('为' + s) ? m[1] : s;
}

/** 为企业节约成本260万元: a saving is measured as the act and its noun (节约成本), the figure being what is
 * saved, not the cost; only the bare cost noun (节约生产成本 keeps its own name) */
function saving(text: string, q: Quantity, s: string, r: SubjectCues): string {
  if (q.kind !== 'money') return s;
  const noun = r.savings.nouns.find((n) => s === n || (s.startsWith(n) && /^[或和及、]/.test(s.slice(n.length))));
  if (!noun) return s;
  const before = clauseBefore(text, q.start).replace(/\s+/g, '');
  const at = before.lastIndexOf(s);
  const verb = at > 0 ? r.savings.verbs.find((v) => before.slice(0, at).endsWith(v)) : undefined;
  return verb ? verb + s : s;
}

/** a planned selection (计划评选, 拟命名) ending right before its count, and a quoted title whose selection is named */
const PLANNED_PICK = /(?:计划|拟)(?:评选|命名|选树|认定|评出)$/;
const TITLE_PICKED = /[“"]([^”"“，。；]{2,12})[”"](?:称号)?(?:首次|首批)?(?:评选|选树|创建|评比)/g;
/** 第五届“某某工匠”评选今年启动，计划评选不超过15名: a planned count of a selection, with no noun of its own, counts
 * the title whose selection the sentence has just named (评选, 选树, 创建 after the quoted title). The words are
 * read on the folded copy (計劃 as 计划); the title is sliced from the text as written. */
function plannedTitle(text: string, q: Quantity, s: string, r: SubjectCues): string {
  if (!r.intents.includes(foldToSimplified(s))) return s;
  const before = sentenceBefore(text, q.start).replace(/\s+/g, '');
  const folded = foldToSimplified(before);
  if (!PLANNED_PICK.test(folded)) return s;
  const last = [...folded.matchAll(TITLE_PICKED)].pop();
  // (the title opens one code unit after its quote mark; the fold keeps every offset)
  return last ? before.slice(last.index + 1, last.index + 1 + last[1].length) : s;
}

/** 带动企业新增产值1.2亿元: a gain (rules addedGains) right after 新增 is the indicator 新增产值, the added
 * output, not the output itself; 新增 before people or things counted (新增技能人才) is left as read */
function addedGain(clause: string, s: string, r: SubjectCues, right: boolean): string {
  if (right || !r.addedGains.words.includes(s)) return s;
  return clause.replace(/\s+/g, '').endsWith('新增' + s) ? '新增' + s : s;
}

/** a cost, a rate, an amount or a span after a verb names a measure of the act (维修费用, 检修成本, 改造周期) */
const ACT_MEASURE = /(?:费用|成本|资金|经费|补贴|补助|率|额|量|效率|时间|周期|面积|任务|工作)$/;
/** 处置管网漏损147处, 他们带领团队改造揉捻、烘干设备8台: a figure of things or people written after a verb that works
 * on them (rules/subject-cues.yaml worksOn) counts what is worked on; the doer and the verb go. The verb is a word
 * of the segmenter's own (销售额 is one noun), a complement after it (开发出) goes with it, and occurrences
 * (次, 场) count the act, so they keep it. */
function workedOn(q: Quantity, s: string, r: SubjectCues, right: boolean): string {
  const w = r.worksOn;
  if (right || !w.rules.includes(q.rule) || EVENT_UNIT.test(foldToSimplified(q.unit))) return s;
  const toks = jiebaTag(s);
  let at = 0;
  let cut = -1;
  toks.forEach((t, k) => {
    at += t.word.length;
    // (开发新产品: the segmenter may glue the verb to one character after it into a guessed word, 开发新/nz)
    const glued = /^(?:nz|x)$/.test(t.tag) ? w.verbs.find((v) => t.word.length === v.length + 1 && t.word.startsWith(v)) : undefined;
    if (glued) cut = at - 1;
    if (!w.verbs.includes(t.word)) return;
    const next = toks[k + 1];
    cut = next && /^[出完好]$/.test(next.word) ? at + 1 : at;
  });
  // (各类农机具: a word of kind before the object is no part of it)
  const rest = cut > 0 ? s.slice(cut).replace(/^(?:各类|各种)(?=.{2})/, '') : '';
  // (工艺改进项目, 配送员, 改造后亩产: a head or a suffix right after the verb makes it a modifier, or a time after
  // the act; 来自…维修领域的: a relative clause; 电力和农机维修领域: a bare field)
  if (rest.length < 2 || /^[的和、及与或员工师者商后前中时]/.test(rest) || rest.includes('的') || w.heads.some((h) => rest.endsWith(h)) || r.classNouns.includes(rest)) return s;
  return ACT_MEASURE.test(rest) || r.attributes.some((a) => rest.endsWith(a)) ? s : rest;
}

/** 为46名困难职工子女, 6名劳模工匠代表作了发言: a noun read after its figure that stopped right before a head which
 * closes it (rules/subject-cues.yaml rightHeads: 子女, 代表, 服务站点) takes that head */
function closedAfter(text: string, q: Quantity, s: string, r: SubjectCues): string {
  if (s.length < 2) return s;
  const after = text.slice(q.end, q.end + s.length + 8).replace(/^\s+/, '');
  if (!after.startsWith(s)) return s;
  const head = longest(r.rightHeads.words).find((w) => after.startsWith(s + w));
  return head && !s.endsWith(head) ? s + head : s;
}

/** 发现问题17个，已整改14个 → 已整改: a verb of completion counted alone keeps the 已 written right before the
 * figure (rules/subject-cues.yaml doneSoFar) */
function doneSoFar(clause: string, s: string, r: SubjectCues): string {
  return r.doneSoFar.verbs.includes(s) && clause.replace(/\s+/g, '').endsWith('已' + s) ? '已' + s : s;
}

/** 组织“劳模工匠进企业”宣讲活动 → 宣讲活动: a quoted campaign name (and the verb before it) ahead of the event or
 * fund it names is left off (rules/subject-cues.yaml campaigns) */
const QUOTED_LEAD = /^[^“”"「」]*[“"「][^”"」]{1,16}[”"」]([^“”"「」]{2,})$/;
function campaignEvent(s: string, r: SubjectCues): string {
  const m = QUOTED_LEAD.exec(s);
  return m && r.campaigns.heads.some((h) => m[1].endsWith(h)) ? m[1] : s;
}

/** where the golds of the genre put a subject's edges that the readers above leave short or long: 已 before a
 * completed act, a campaign's quoted name (each a function of its own) */
function boundaryEdges(clause: string, s: string, r: SubjectCues): string {
  return campaignEvent(doneSoFar(clause, s, r), r);
}

/** The quantities with their subjects corrected and category labels dropped (partOf indexes kept right). */
export function refineSubjects(text: string, qs: Quantity[], r: SubjectCues): Quantity[] {
  const keep = qs.map((q) => !isLabel(q));
  const newIndex = new Map<number, number>();
  let n = 0;
  qs.forEach((_, i) => { if (keep[i]) newIndex.set(i, n++); });
  const out: Quantity[] = [];
  const kept = qs.filter((_, k) => keep[k]);
  qs.forEach((q, i) => {
    if (!keep[i]) return;
    const prev = out.length && out[out.length - 1].sentence === q.sentence ? out[out.length - 1] : null;
    const partOf = q.partOf === null ? null : newIndex.get(q.partOf) ?? null;
    // (a clause, a copula or an elided rest names what is counted as a whole: no correction after it)
    const clause = clauseBefore(text, q.start);
    const named = rowLabel(text, q) ?? ruledRateHead(text, q.start, q.end) ?? ruledCellSubject(text, q.start, q.end) ?? measuredRowLabel(text, q.start, q.end) ?? countColumnHead(text, q.start, q.end) ?? elidedRest(text, q) ?? titleRounds(q, clause, r.editions.marks) ?? servedAct(q, clause, r.servedActs) ?? roundsOf(text, q, clause, r.rounds, r.verbs) ?? thisTitle(text, q, clause) ?? titleAfterAs(text, q) ?? composedOf(text, q, clause) ?? pointedBack(text, q, clause, out) ?? setBeforeAverage(text, q, clause) ?? rankedBy(text, q, clause) ?? rankSet(q, clause) ?? relativeClause(text, q, clause, r.verbs, r.heads.prepWords, r.relative) ?? copulaAfter(text, q) ?? restActing(text, q, clause) ?? holdersCount(clause) ??
      runningTotal(clause, prev) ?? bandBefore(q, clause) ?? bandsInTurn(text, q, kept, out.length, clause) ?? prizesInTurn(text, q, kept, out.length, clause) ?? prizeGrant(text, q, clause) ?? nounAfterRange(text, q) ??
      mixedRecipients(text, q, r.recipients) ?? enumeratedHead(q, clause);
    if (named) { out.push({ ...q, subject: levelCompared(q, clause, named, r) ?? named, partOf }); return; }
    const subject = namedInTurn(text, q, kept, out.length, r) ?? respectively(text, q, kept, out) ?? refineOne(text, q, prev, r);
    const shaped = shapes(text, q, ownBeforeAverage(text, q, r) ?? subject, r);
    // (a subject written after the figure: 107家企业进场)
    const right = !!shaped && text.slice(q.end, q.end + shaped.length + 4).replace(/\s+/g, '').startsWith(shaped);
    const subjectOut = edges(text, headlessClause(text, q, dropTrailers(plannedAct(disposedObject(text, q, shaped), r, right), r, right)), q, r, right);
    // (每家2万元、8000元的工会经费补助: the 的 that ties the figures to their noun is no part of the noun)
    const tied = gainFor(text, q, ownerless(plannedTitle(text, q, saving(text, q, onceReward(text, q, grantToEach(text, q, perRoundTitle(text, q, periodPlan(text, q, moneyGiven(q, handedDownTask(withoutEdition((right ? seriesTail(text, q, subjectOut) : subjectOut).replace(/^的(?![士哥姐])(?=[\u4e00-\u9fa5]{2})/, '').replace(RATE_PERIOD, ''), r), r), r), r)), r), r), r), r), r));
    const gain = boundaryEdges(clause, closedAfter(text, q, workedOn(q, addedGain(clause, tied, r, right), r, right), r), r);
    out.push({ ...q, subject: levelCompared(q, clause, gain, r) ?? gain, partOf });
  });
  // (a pointer left standing when every other reading is done: what the rest of the clause says they did)
  return settleSubjects(text, out, r.agreement).map((q) => {
    const bounded = outerBounds(actAfterPointer(text, q, q.subject, r.pointers.words), r.bounds);
    const subject = withoutGluedOwner(withoutTrailingAdverb(bounded, r.trailingAdverbs.words), r.gluedOwners);
    return subject === q.subject ? q : { ...q, subject };
  });
}
