// The last reading of a subject (rules/subject-cues.yaml `agreement`): what a count measures is the
// noun phrase its measure word agrees with (名/人 count people; a certificate or a prize is never
// counted in people), so after the subject readers a subject is read again from the sentence when it
// - is only a frame word (其中, 另): the total it is a part of, or an earlier count of the same number
//   in its paragraph (…10名技术骨干…。最终确定10人), says what it counts;
// - is a deed after a verb of achieving with its doers before it (就业困难人员实现就业615人 → 就业困难
//   人员; 已实现就业1186人 keeps the step as written);
// - counts people by the thing they got (帮助210名职工取得…证书 → 职工);
// - runs a people noun on into its predicate (为22名青年学徒授课 → 青年学徒);
// - closes on the act of taking apprentices after its master (工作室已带徒17名 → 带徒);
// - counts bodies (家) and runs past the body's noun into what they did (12家企业备案 → 企业);
// - opens with the 等 that closes a list of examples (…等特色职业技能竞赛 → 特色职业技能竞赛).
import type { Quantity } from '../../types.js';
import { jiebaTag } from '../named/jieba.js';
import { opensWithWholeArea, WHOLE_AREA, withoutWholeArea } from './territory.js';
import { loadListRules } from './list-rules.js';
import { foldToSimplified } from '../../normalize/fold.js';
import { titleConferredOn } from './subject-clauses.js';
import { partPredicate } from './clause-head.js';
import { isName, peopleRules } from '../named/people-cues.js';
import { wordsAlt } from '../refiners/regex.js';

export interface Agreement {
  /** words that frame a list or add to it and never name what is counted (其中, 另, 分别) */
  frames: string[];
  /** heads of noun phrases that name people (人员, 职工, 毕业生 …): what 名/人 count */
  people: string[];
  /** heads of things held or won (证书, 奖状 …): never what a count of people counts */
  things: string[];
  /** verbs of achieving before a deed (实现就业, 完成转移) */
  achieve: string[];
  /** deeds of outcome counted in people (就业, 创业) */
  deeds: string[];
  /** verbs that bring people to a deed (吸纳, 带动): the people after them are their object */
  movers: string[];
  /** acts of taking apprentices (带徒, 带徒传技): a count of people after one is named by the act alone */
  apprenticing: string[];
  /** the area around (周边, 周边村寨): where the people a mover brings along live, no part of what is counted */
  surroundings: string[];
  /** where or how a deed is done (居家, 就近): 居家就业 is still only a deed */
  manners: string[];
  /** measure words that count households as 名/人 count people (户) */
  households: string[];
  /** measure words that count bodies only (家) and the heads of the bodies they count (企业, 单位) */
  bodies: { measures: string[]; heads: string[] };
  /** change verbs closing a comparison (比上年增加, 较首届增长了): a figure after one counts what changed */
  changes: string[];
  /** verbs of handing in entries for a selection (申报, 推荐): a count with no noun after one counts the entries */
  submits: string[];
  /** verbs of a selection's result (评出, 命名): a count closing a clause of nothing else is named by the verb */
  selects: string[];
}

const compact = (s: string) => s.replace(/\s+/g, '');
const isPeople = (q: Quantity) => q.rule === 'unit.people';
const endsWithAny = (s: string, ws: string[]) => ws.some((w) => s.endsWith(w) && s.length >= w.length);

/** the clause before a figure, without spaces (from the last mark of punctuation) */
function clauseLeft(text: string, q: Quantity): string {
  const head = text.slice(Math.max(0, q.start - 60), q.start);
  return compact(head.replace(/^[^]*[，,；;。！？!?：:\n]/, ''));
}

/** a subject that names nothing but a frame word (其中, 另, 另有) */
const frameOnly = (s: string, a: Agreement) => a.frames.includes(compact(s));

/** a subject that is one verb (确定, 推荐): read again only where the text says what it counts
 * (改造8个 after 新建…12个 stays, the deed of its clause) */
function loneVerb(s: string, a: Agreement): boolean {
  const toks = jiebaTag(compact(s));
  // (the segmenter tags some nouns of people as verbs: 选手)
  return toks.length === 1 && toks[0].tag === 'v' && s.length >= 2 && !a.deeds.includes(s) && !endsWithAny(s, a.people);
}

/** …10名来自一线的技术骨干…。最终确定10人: an earlier count of the same number and kind in the paragraph */
function sameCountBefore(text: string, q: Quantity, out: Quantity[]): string | null {
  const para = text.lastIndexOf('\n', q.start - 1);
  for (let j = out.length - 1; j >= 0; j--) {
    const p = out[j];
    if (p.start >= q.start) continue;
    if (p.start < para) break;
    if (p.value === q.value && p.rule === q.rule && p.subject && p.subject !== q.subject) return p.subject;
  }
  return null;
}

/** 就业困难人员实现就业615人 → 就业困难人员; 已实现就业1186人 → 已实现就业 (the step, as written) */
function doersOfDeed(left: string, subject: string, a: Agreement): string | null {
  if (!a.deeds.includes(subject)) return null;
  const verb = a.achieve.find((v) => left.endsWith(v + subject));
  if (!verb) return null;
  const before = left.slice(0, left.length - verb.length - subject.length).replace(/^(?:其中|另有|还有)[，,]?/, '');
  if (/^(?:已经|已)?$/.test(before)) return before + verb + subject;
  // (the whole area before the doers is the figure's scope: 全县退役军人 → 退役军人)
  return endsWithAny(before, a.people) ? withoutWholeArea(before) : null;
}

/** 吸纳当地妇女就业46人, 带动群众就业增收5000人 → the people: after a verb that brings people to a deed, the
 * deed says what befell them and the count is of the people (城乡富余劳动力转移就业2680人, with no such verb, names an
 * indicator and stays; a doer that is no people noun, 市场撮合就业, keeps the deed) */
function peopleBeforeDeed(left: string, subject: string, a: Agreement): string | null {
  const at = left.lastIndexOf(subject);
  if (at < 0 || !a.movers.some((v) => left.slice(0, at).endsWith(v))) return null;
  const deeds = [...a.deeds].sort((x, y) => y.length - x.length);
  let s = subject;
  for (let d = deeds.find((w) => s.endsWith(w)); d && s.length - d.length >= 2; d = deeds.find((w) => s.endsWith(w))) {
    s = s.slice(0, s.length - d.length);
  }
  return s !== subject && endsWithAny(s, a.people) ? s : null;
}

/** a count of people, or of households (带动农户80户增收), which counts them as people */
const countsPeople = (q: Quantity, a: Agreement) => isPeople(q) || a.households.includes(foldToSimplified(q.unit));

/** words of about or more before a figure (约, 近, 超过): no part of the noun before them */
const APPROX_BEFORE = /(?:约|近|超过|逾|多达|达)$/;

/** 周边农户 → 农户: the people after the area around them (the fold keeps offsets), or s itself */
function withoutSurroundings(s: string, a: Agreement): string {
  const folded = foldToSimplified(s);
  const w = [...a.surroundings].sort((x, y) => y.length - x.length).find((x) => folded.startsWith(x) && s.length - x.length >= 2);
  return w ? s.slice(w.length) : s;
}

/** 带动周边农户620户增收 / 吸纳村民150人实现就近就业: after a mover (带动, 吸纳), the people it brings along, the
 * count, and only what befell them (a deed) to the clause's end: the people are counted, the area around them
 * (周边) dropped; a subject already read as those people loses the area too */
function peopleMoved(text: string, q: Quantity, s: string, a: Agreement): string | null {
  if (!countsPeople(q, a)) return null;
  const left = clauseLeft(text, q).replace(APPROX_BEFORE, '');
  const at = a.movers.map((v) => ({ v, i: left.lastIndexOf(v) })).reduce((m, x) => (x.i > m.i ? x : m), { v: '', i: -1 });
  if (at.i < 0) return null;
  const people = left.slice(at.i + at.v.length);
  if (people.length < 2 || people.length > 10 || !jiebaTag(people).every((t) => /^[nfx]/.test(t.tag))) return null;
  const after = foldToSimplified(compact(text.slice(q.end, q.end + 16)).replace(/[，,；;。！？!?：:\n].*$/, ''));
  if (!onlyDeed(after, a) && s !== people) return null;
  const out = withoutSurroundings(people, a);
  return out !== s && !a.surroundings.includes(foldToSimplified(out)) ? out : null;
}

/** 增收 / 实现居家就业 / 就近就业增收: a verb of achieving, a manner and deeds, nothing else */
function onlyDeed(s: string, a: Agreement): boolean {
  const alt = (ws: string[]) => [...ws].sort((x, y) => y.length - x.length).join('|');
  return new RegExp(`^(?:${alt(a.achieve)})?(?:${alt(a.manners)})?(?:${alt(a.deeds)})+$`).test(s);
}

/** 工作室今年已带徒17名 → 带徒, 他先后帶徒傳技40人 → 帶徒傳技: the act of taking apprentices that closes the
 * subject, as written (script kept), when the subject runs longer than the act (the fold keeps offsets) */
function apprenticeAct(s: string, a: Agreement): string | null {
  const folded = foldToSimplified(s);
  const act = a.apprenticing.find((w) => folded.endsWith(w));
  return act && s.length > act.length ? s.slice(s.length - act.length) : null;
}

/** the noun phrase written right after a figure (its noun tokens), or '' */
function nounAfter(text: string, q: Quantity): string {
  let out = '';
  for (const t of jiebaTag(compact(text.slice(q.end, q.end + 16)).replace(/[，,；;。！？!?：:、].*$/, ''))) {
    if (!/^n/.test(t.tag)) break;
    out += t.word;
  }
  return out;
}

/** a people noun run on into a verb (青年学徒授课): cut where the people noun ends */
function runOn(subject: string, a: Agreement): string | null {
  const toks = jiebaTag(subject);
  const last = toks[toks.length - 1];
  if (toks.length < 2 || !/^v/.test(last.tag)) return null;
  const head = subject.slice(0, subject.length - last.word.length);
  return head.length >= 2 && endsWithAny(head, a.people) ? head : null;
}

/** 平均每个工作室12人 / 每支服务队平均8名: a count per unit (每 + a measure word + its noun) */
const PER_UNIT = /(?:^|平均|人均)每[个家支所项名位]?[\u4e00-\u9fa5]{1,8}(?:平均)?$/;

/** 共有成员84人，平均每个工作室12人: the noun of the people count before it in its sentence */
function peopleBefore(q: Quantity, out: Quantity[]): string | null {
  for (let j = out.length - 1; j >= 0 && out[j].sentence === q.sentence; j--) {
    if (out[j].start < q.start && isPeople(out[j]) && out[j].subject) return out[j].subject;
  }
  return null;
}

/** 12家企业试点…改革 / 12家单位补签劳动合同 → 企业 / 单位: a count of bodies whose subject runs past the
 * body's head noun into what the bodies did is cut after the last head (at a word's end) */
function bodyHead(q: Quantity, s: string, a: Agreement): string | null {
  if (!a.bodies.measures.includes(q.unit) || endsWithAny(s, a.bodies.heads)) return null;
  let at = 0;
  let cut = -1;
  for (const t of jiebaTag(s)) {
    at += t.word.length;
    if (endsWithAny(s.slice(0, at), a.bodies.heads) && s.length - at >= 2) cut = at;
  }
  return cut >= 2 ? s.slice(0, cut) : null;
}

/** 其中有近300人返乡办厂创业 / 其中有265人在本地园区实现就业: a count after 有 with a predicate after it (the pivot
 * of 有 N 人 + what they do) names the part by that predicate, a deed of achieving (实现就业) by the deed alone */
const PIVOT_LEFT = /(?:其中|中|里)?(?:又|还|也|共)?有(?:近|约|超过|逾)?$/;
function pivotPredicate(text: string, q: Quantity, a: Agreement): string | null {
  if (!PIVOT_LEFT.test(clauseLeft(text, q))) return null;
  const after = compact(text.slice(q.end, q.end + 40)).replace(/[，,；;。！？!?：:\n].*$/, '');
  if (after.length < 2 || /[0-9０-９]/.test(after)) return null;
  const deed = a.achieve.flatMap((v) => a.deeds.map((d) => v + d)).find((w) => after.endsWith(w));
  if (deed) return deed;
  return after.length <= 12 && /^(?:在|到|从事|已经|已)/.test(after) ? after : null;
}

/** 申报材料16份 → 经评审10个工作室…: entries counted by their papers name no subject for those counted otherwise */
const entriesByPapers = (total: Quantity, q: Quantity): boolean => total.unit !== q.unit && loadListRules().entryPapers.includes(total.unit);

/** 14人中有技师6人 / 6人当中，…: a count of people opening its clause with 中 (among) after it names again a set
 * counted before (the twelve craftsmen just named): what the nearest earlier count of that number and kind counts
 * (the title conferred on it when that count names plain people: 授予…12名同志“某某工匠”称号),
 * else only the people */
const AMONG_AFTER = /^\s*(?:当中|之中|中|里|裡)/;
function amongCounted(text: string, q: Quantity, out: Quantity[]): string | null {
  if (!isPeople(q) || clauseLeft(text, q) !== '' || !AMONG_AFTER.test(text.slice(q.end, q.end + 4))) return null;
  for (let j = out.length - 1; j >= 0; j--) {
    const p = out[j];
    if (p.start < q.start && p.value === q.value && isPeople(p) && p.subject && !p.subject.startsWith('中')) return titleConferredOn(text, p) ?? p.subject;
  }
  return '人';
}

/** 新建驿站5个，全县累计建成18个: a subject of nothing but the whole area (全县) names no noun; the count totals
 * what the figure before it in its sentence with the same measure word counts; with none, a verb of handing in
 * written between the area and the figure (全市共申报32个) is what was counted */
const AREA_VERB = new RegExp(`^${WHOLE_AREA}(?:共|累计|先后|已)?(申报|推荐|报送)$`);
function wholeAreaTotal(text: string, q: Quantity, out: Quantity[]): string | null {
  if (!new RegExp(`^${WHOLE_AREA}$`).test(compact(q.subject ?? ''))) return null;
  for (let j = out.length - 1; j >= 0 && out[j].sentence === q.sentence; j--) {
    const p = out[j];
    if (p.start < q.start && p.unit === q.unit && p.subject && !opensWithWholeArea(p.subject)) return p.subject;
  }
  return AREA_VERB.exec(clauseLeft(text, q))?.[1] ?? null;
}

/** 她从15岁起…: an age told of a pronoun is the worker's age (年龄) */
const ageOfPronoun = (q: Quantity) =>
  /^(?:岁|周岁|歲|週歲)$/.test(q.unit) && /^(?:他|她|其)$/.test(compact(q.subject ?? '')) ? '年龄' : null;

/** 今年52岁的X是…, 33岁的X在…: an age right before 的 and a person told of, up to the verb of the clause */
const AGE_OF_PERSON = /^的([\u4e00-\u9fa5·]{2,16}?)(?=是|在|说|說|从|從|已|曾|把|带|帶|每|，|,|。|；|;)/;

/** 今年52岁的谭某某是…, 56岁的胶农岩某某: an age before 的 and a person's name (after the words that describe
 * the person) is that person's age, named by the person (a pronoun, 他 or 她, keeps 年龄) */
function ageOfPerson(text: string, q: Quantity): string | null {
  if (!/^(?:岁|周岁|歲|週歲)$/.test(q.unit) || (q.valueHigh ?? null) !== null || !/^(?:年龄|年齡)$/.test(compact(q.subject ?? ''))) return null;
  // (50岁以上的占四成: an age band and its share, no person)
  if (/以[上下内]|[上下]$/.test(compact(text.slice(q.start, q.end)))) return null;
  const m = AGE_OF_PERSON.exec(compact(text.slice(q.end, q.end + 24)));
  if (!m || /^(?:占|佔|有|为|為|达|達|超|不|约|約|近|只|仅|僅)/.test(m[1])) return null;
  const r = peopleRules();
  for (let k = Math.max(0, m[1].length - 6); k <= m[1].length - 2; k++) if (isName(m[1].slice(k), r)) return m[1].slice(k);
  return null;
}

/** 45岁以上的超过四成 / 年龄在35周岁以下的11名: the attribute 年龄 measures ages only; a count or share read as
 * 年龄 is of the age band written right before it (its 的 kept, as a clause naming people) */
const AGE_BAND_BEFORE = /(?:[0-9０-９]+(?:至|到|-|—|～|~))?[0-9０-９]+(?:周岁|岁|週歲|歲)(?:及以下|及以上|以下|以上)的?(?:有|约|約|占|佔|占到|佔到|仅|僅|达|達)?$/;
function ageBandOf(text: string, q: Quantity): string | null {
  if (!/^(?:年龄|年齡)$/.test(compact(q.subject ?? '')) || /^(?:岁|周岁|歲|週歲)$/.test(q.unit)) return null;
  const m = AGE_BAND_BEFORE.exec(clauseLeft(text, q));
  return m ? m[0].replace(/(?:有|约|約|占|佔|占到|佔到|仅|僅|达|達)$/, '') : null;
}

/** 徒弟中有17人…, 这20名技术能手中，有4人…: the subject already names the set framed by 中 or 里 before the figure */
function setFramedBefore(text: string, q: Quantity, s: string): boolean {
  const before = compact(text.slice(Math.max(0, q.start - 40), q.start));
  return ['中', '里', '裡', '当中', '之中'].some((w) => before.includes(s + w));
}

/** 其中412人在外地企业实现就业: a deed of achieving closing the predicate names the part alone (实现就业) */
function deedOfPart(part: string, a: Agreement): string | null {
  return a.achieve.flatMap((v) => a.deeds.map((d) => v + d)).find((w) => part.endsWith(w) && part.length > w.length) ?? null;
}

/** 比 of a comparison, not of a share or a ratio (占比, 比重, 比例, 之比) */
const THAN = '(?<![占佔之对對相无無正反])比(?![重例率值])';
/** the words of a comparison a subject reader may have taken for the counted thing */
const COMPARISON_WORD = new RegExp(`${THAN}|较|較|相比`);
/** the heads of a rate: what a percentage or a per-unit figure reached by a change measures */
const RATE_HEAD = '(?:率|比例|比重)';
/** a verb of changing to a value or reaching it (提高到, 降至, 达到) */
const rateVerb = (a: Agreement): string => `(?:(?:${wordsAlt(a.changes)}|降|升|增)(?:到|至)|[达達]到|[达達])`;
/** the patterns of a comparison, of handing in and of a rate changed to a value, built from the agreement's word lists
 * (once per rules object) */
interface ChangePatterns { compared: RegExp[]; written: RegExp; submit: RegExp; rateTo: RegExp; selected: RegExp }
const changePatterns = new WeakMap<Agreement, ChangePatterns>();
function patternsOf(a: Agreement): ChangePatterns {
  let p = changePatterns.get(a);
  if (p) return p;
  // a change verb closing a comparison (比上年增加, 较首届增长了, 与去年相比多出, 环比上月增长约)
  const change = `(?:${wordsAlt(a.changes)})了?(?:约|近|超过|逾|达)?$`;
  p = {
    // X与上年相比增加了 / X比上年增加 / X较首届增长了: the topic X (maybe none) and the comparison after it
    compared: [
      new RegExp(`^(.*?)(?:与|和|同|跟)[^，,与和]{1,12}?相比${change}`),
      new RegExp(`^(.*?)(?:同比|环比|環比|${THAN}|较|較)[^，,较較]{0,14}?${change}`),
    ],
    // a change as written: its verb, with a comparison to the year or the round before (同比增长, 比上届增加)
    written: new RegExp(`^(?:同比|环比|環比|[比较較]上[年届屆](?:同期)?)?${change}`),
    // a verb of handing in, its doer before it, an adverb between; 受理 before one is the receiver's side of it
    submit: new RegExp(`^(.*?)(共|累计|合计|各|可直接|直接|可)?(?:受理)?(${wordsAlt(a.submits)})$`),
    // X率提高到 / 使X率由…降至 / 把X的比例提高到 / X率达到: the rate X and the verb of changing to or reaching it
    rateTo: new RegExp(`^(?:.*(?:使得|使|把|将|將|让|讓))?([^，,；;的]{0,24}的)?([^，,；;的]{2,20}?${RATE_HEAD})(?:已经|已經|已|将|將|要|可|均)?(?:(?:由|从|從)[^，,；;]{1,16}?)?${rateVerb(a)}$`),
    // 最终评出 / 从43名候选人中评选出: the verb of a selection's result, after 最终 or the pool it picks from, and nothing else
    selected: new RegExp(`^(?:最终|最終|最后|最後)?(?:(?:从|從)[^，,；;]{1,30}?中)?(${wordsAlt(a.selects)})$`),
  };
  changePatterns.set(a, p);
  return p;
}

/** a time or a pointer opening a topic (今年, 全年, 此次): it dates, names nothing */
const TOPIC_LEAD = /^(?:今年|去年|全年|本年度|本届|本次|此次|这次|目前)/;

/**
 * 参赛选手达到214名，较首届增加了103名 / 数量较三年前增长近一倍: a figure right after a comparison and its change
 * verb counts what changed: the topic written before the comparison in its clause, else what the figure before it
 * in the sentence counts; read only where the subject read so far is a piece of the comparison (较首届, 前增加)
 */
function comparedChange(text: string, q: Quantity, out: Quantity[], a: Agreement): string | null {
  const { compared, written } = patternsOf(a);
  const s = compact(q.subject ?? '');
  const left = clauseLeft(text, q);
  const m = compared.map((re) => re.exec(left)).find((x) => x);
  // (同比增长, 比上年增加: the change as written, a name the genre's annotators also give it, stays)
  if (!m || written.test(s) || !(COMPARISON_WORD.test(s) || (s.length >= 1 && left.slice(m[1].length).includes(s)) || TOPIC_LEAD.test(s) && s.length <= 3)) return null;
  const topic = withoutWholeArea(m[1].replace(/^(?:其中|另有|此外)/, '').replace(TOPIC_LEAD, '').replace(/的$/, ''));
  if (topic.length >= 2 && !COMPARISON_WORD.test(topic)) return topic;
  // (a change in percentage points is of a rate, which no count before it names)
  if (/百分点|百分點/.test(q.unit)) return null;
  for (let j = out.length - 1; j >= 0 && out[j].sentence === q.sentence; j--) {
    const p = out[j];
    if (p.start < q.start && p.subject && !COMPARISON_WORD.test(p.subject)) return p.subject;
  }
  return null;
}

/** a doer that is a set of bodies taken one by one or as a whole (各单位, 每个县, 全县, 本次) */
const DISTRIBUTED = /^(?:各|每|全|本|这|此)|^[^每]*各/;

/**
 * 各单位共申报9个 → 申报, 全县共受理申报19份 → 申报, 其中企业推荐11份、乡镇推荐3份 → 乡镇推荐: a count with no noun
 * after it, right after a verb of handing in, counts the entries handed in; named by the verb when its doers are taken
 * one by one or as a whole (or an adverb stands between), by doer and verb when a plain body hands them in
 */
function submittedEntries(text: string, q: Quantity, a: Agreement): string | null {
  if (q.kind !== 'count' || !/^(?:[，,。；;、）)\n]|$)/.test(text.slice(q.end, q.end + 1))) return null;
  // (每个县（市、区）推荐: a 、 inside brackets parts no list item)
  const item = clauseLeft(text, q).replace(/（[^（）]*）/g, (b) => b.replace(/、/g, '，')).split('、').at(-1)!.replace(/^(?:其中|另有|此外)/, '');
  if (/[，）]/.test(item.replace(/（[^（）]*）/g, ''))) return null;
  const m = patternsOf(a).submit.exec(item);
  if (!m) return null;
  const [, doer, adverb, verb] = m;
  if (/共|受理|收到|累计/.test(doer)) return null;
  if (!doer || adverb || DISTRIBUTED.test(doer)) return verb;
  // (学生组每校推荐: a doer and a distributive of its own is read elsewhere)
  return doer.length >= 2 && doer.length <= 12 && !/每/.test(doer) ? doer + verb : null;
}

/**
 * 家政从业人员持证率提高到62%, 使产品合格率提高到99.2%, 把从业人员的持证比例提高到五成: a rate (率, 比例, 比重) written in
 * the figure's own clause right before a verb of changing to or reaching names the figure; a subject read from outside
 * that clause (what the figure before it counts) gives way to it. The doer and act before 使, 把 or 将 only bring the
 * change about; the owner before 的 and the whole area frame the rate; a share of a set (占…的比例) is left as read.
 */
function rateChangedTo(text: string, q: Quantity, a: Agreement): string | null {
  const left = clauseLeft(text, q);
  const s = compact(q.subject ?? '');
  if (!s || left.includes(s)) return null;
  const m = patternsOf(a).rateTo.exec(left);
  if (!m || /[占佔0-9０-９]/.test(m[2])) return null;
  const rate = withoutWholeArea(m[2]);
  return rate.length >= 2 ? rate : null;
}

/**
 * 经资格审查、专家评审和社会公示，最终评出10名 / 从43名候选人中评选出10名 / 最终命名6家: a count closing a clause
 * that holds only the verb of a selection's result (rules: selects) after 最终 or the pool it was picked from is named by
 * that verb, the selection as written; the pool (候选人, 推荐材料) or the figure before it is what was picked from.
 * A plan (计划命名), a running total (共评出, 累计评出) or an edition (每届命名) is read elsewhere.
 */
function selectionResult(text: string, q: Quantity, a: Agreement): string | null {
  if (q.kind !== 'count' || !/^(?:[，,。；;）)\n]|$)/.test(text.slice(q.end, q.end + 1))) return null;
  return patternsOf(a).selected.exec(clauseLeft(text, q))?.[1] ?? null;
}

/** one subject read again (see the file's comment), or null to keep it */
function settleOne(text: string, q: Quantity, out: Quantity[], a: Agreement): string | null {
  const s = q.subject ?? '';
  const selected = selectionResult(text, q, a);
  if (selected) return selected;
  const changed = comparedChange(text, q, out, a) ?? submittedEntries(text, q, a) ?? rateChangedTo(text, q, a);
  if (changed) return changed;
  // (其中5人通过认定: a part with no noun of its own is named by its predicate, unless a reader found it there)
  const part = partPredicate(text, q);
  if (part && !(s && (part.includes(s) || setFramedBefore(text, q, s)))) return deedOfPart(part, a) ?? part;
  const named = amongCounted(text, q, out) ?? wholeAreaTotal(text, q, out) ?? ageOfPronoun(q) ?? ageOfPerson(text, q) ?? ageBandOf(text, q);
  if (named) return named;
  const pivot = (s === '其' || frameOnly(s, a)) && isPeople(q) ? pivotPredicate(text, q, a) : null;
  if (pivot) return pivot;
  const moved = peopleMoved(text, q, s, a);
  if (moved) return moved;
  if (frameOnly(s, a) || loneVerb(s, a)) {
    const total = q.partOf !== null ? out[q.partOf] : undefined;
    const whole = total && total.subject && !frameOnly(total.subject, a) && !entriesByPapers(total, q) ? total.subject : null;
    // (…10名来自一线的技术骨干…。候选人40名，最终确定10人: a verb's count names those it picked, read from
    // the same count earlier before the set they were picked from)
    return loneVerb(s, a) ? sameCountBefore(text, q, out) : whole ?? sameCountBefore(text, q, out);
  }
  if (isPeople(q)) {
    const left = clauseLeft(text, q);
    const each = PER_UNIT.test(left) && !endsWithAny(s, a.people) ? peopleBefore(q, out) : null;
    if (each) return each;
    const moved = peopleBeforeDeed(left, s, a);
    const deed = doersOfDeed(left, s, a) ?? (moved && withoutSurroundings(moved, a)) ?? apprenticeAct(s, a);

    if (deed) return deed;
    if (endsWithAny(s, a.things)) {
      const noun = nounAfter(text, q);
      if (noun.length >= 2 && endsWithAny(noun, a.people)) return noun;
    }
    const cut = compact(text.slice(q.end, q.end + s.length + 2)).startsWith(s) ? runOn(s, a) : null;
    if (cut) return cut;
  }
  const body = bodyHead(q, s, a);
  if (body) return body;
  // (等 closing a list of examples opens no noun: 等级 is a word of its own)
  const first = s.startsWith('等') ? jiebaTag(s)[0] : undefined;
  if (first && first.word === '等' && s.length >= 3) return s.slice(1);
  return null;
}

/** each subject read again where it names nothing or disagrees with its measure word */
export function settleSubjects(text: string, qs: Quantity[], a: Agreement): Quantity[] {
  const out: Quantity[] = [];
  for (const q of qs) {
    const s = settleOne(text, q, out, a);
    out.push(s && s !== q.subject ? { ...q, subject: s } : q);
  }
  return out;
}
