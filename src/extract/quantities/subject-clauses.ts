// What a figure counts when official writing names it by a clause rather than a noun:
// - a headless relative clause before the count (取得焊工中级证书的有52人, 由工会独立建设的26个,
//   已入会的有2700人, 具有高级职称的3人): the whole clause with its 的 is the subject — its verb, its
//   preposition (由, 与) and its adverb (已) are what define the set;
// - 来自 / 从事 an enumeration with its head (来自机械、电子、化工三个行业的共有27名): the enumeration;
//   来自 / 分布在 / 位于 X的 alone: X, the origin or place; 从事 / 属于 X的, a trade or sector: the clause with 的;
// - a copula after the count (有12人是一线技术工人, 3人为“齐鲁工匠”): what they are;
// - an elided rest of a list in brackets (……（其余26名略）): 其余.
import type { Quantity } from '../../types.js';
import { jiebaTag } from '../named/jieba.js';

/** list glue and the 有 of existence before a relative clause (其中, 另有, 分别为, 共有) */
const REL_LEAD = /^(?:其中|另有|另外|此外|还有|分别为|分别是|分别有|分别|共有|有|共)[，,]?/;
/** a set framed before the clause (领衔人中具有…的, 这6.4万人中持有…的) */
const REL_FRAME = /^(?:[^的，,]{2,12}?(?:之中|中|里))?(?=由|与|已|被|受|具有|具备|持有|取得|从事|来自|参加|参与)/;
/** a series of counts before (…的21个、与…的17个): the clause starts after the last one */
const SERIES_BEFORE = /^.*[0-9０-９一二三四五六七八九十两百千万]+(?:\.\d+)?万?余?(?:个|名|人|家|项|所|户|条|件|位|座|支|人次)、/;
/** a verb of building closing the object of 依托 (依托加油站和商超建设的) */
const BUILT_ON = /(?:建设|建立|建成|创建|设立|组建|打造|设置)$/;
/** where those counted come from, work, stand, are based or belong (来自生产一线的, 从事制造业的,
 * 分布在晋江市的, 位于景区的, 依托滦平县的, 属于服务业的) */
const PLACE_OF = /^(?:来自于|来自|从事|分布在|分布于|位于|依托|属于)/;
/** verbs of being awarded: a clause of them names the honour, read elsewhere (获评X的20人里 → X) */
const RECEIVED = /^(?:获评|荣获|被|评为|获得|获|入选|当选|命名为|认定为)/;
/** the words that open a clause of its own (a verb, preposition or adverb of the relative clause) */
const REL_START = /^(?:由|与|已|受|经|具有|具备|持有|取得)/;
/** an enumerated head: A、B和C三个行业 */
const ENUMERATED = /、.*[一二三四五六七八九十两几]+(?:个|类|大)[\u4e00-\u9fa5]{1,4}$/;

/** the clause of q up to its figure, without the counts of a series before it and list glue */
function relativeItem(clause: string): string {
  // (…6个（含新认定的2个）: an aside opened in brackets starts its own clause)
  let s = clause.replace(/\s+/g, '').replace(/^.*[（(](?![^（(]*[）)])(?:含|包括|包含|其中)?/, '').replace(SERIES_BEFORE, '');
  for (let changed = true; changed; ) {
    const t = s.replace(/^[、，,]+/, '').replace(REL_LEAD, '').replace(/^(?:之中|中|里)/, '').replace(/^(?:今年|去年|当年|目前|本年度)?(?:全|我|该|本)[省市县区州旗](?=.{3})/, '');
    changed = t !== s;
    s = t;
  }
  return s.replace(REL_FRAME, '');
}

/** the words of rules/subject-cues.yaml relative: a word of time or round, a lead, a step of procedure */
export interface RelativeWords { times: string[]; leads: string[]; steps: string[] }
const NO_RELATIVE: RelativeWords = { times: [], leads: [], steps: [] };

/** 即本次认定的, 经评审达到…的: a lead (即) and a step of procedure (经评审) open no part of the clause */
function withoutLeads(core: string, rel: RelativeWords): string {
  const lead = rel.leads.find((w) => core.startsWith(w) && core.length - w.length >= 2);
  let s = lead ? core.slice(lead.length) : core;
  const step = rel.steps.find((w) => s.startsWith(w) && s.length - w.length >= 2);
  if (step) s = s.slice(step.length).replace(/^(?:后|，|,)/, '');
  return s;
}

/** whether core is a clause: a verb, preposition or adverb opens it (after a word of time: 本次命名, 新认定),
 * or it closes on a verb (县外务工, 市内就近就业) */
function clauseLike(core: string, verbs: string[], rel: RelativeWords): boolean {
  const time = rel.times.find((w) => core.startsWith(w) && core.length - w.length >= 2);
  const body = time ? core.slice(time.length) : core;
  const toks = jiebaTag(body);
  const first = toks[0]?.tag ?? '';
  return REL_START.test(body) || /^v/.test(first) || verbs.some((v) => body.startsWith(v)) ||
    (/^(?:x|p)$/.test(first) && toks.slice(1).some((t) => /^v/.test(t.tag))) ||
    (toks.length >= 2 && toks[toks.length - 1].tag === 'v');
}

/** 获得表彰的, 被企业采纳的: a clause of receiving with no title in it names those who received the act */
function receivedAct(core: string): string | null {
  const t = /^(?:获得|获评|荣获|被授予)(?:过|了)?(?:[“"]([^“”"]{2,24})[”"](?:荣誉)?(?:称号)?|([^“”"]{2,24}?)(?:荣誉)?称号)$/.exec(core);
  const title = t?.[1] ?? t?.[2];
  if (title) return /^(?:此次|本次|该|这一|上述|此)/.test(title) ? null : title;
  // (获得此次称号的, 被评为先进的, 入选名单的: a title, named or pointed at, is read by the other rules)
  // (获评X的, 荣获X的: those verbs name an honour, even unquoted)
  return /^(?:获评|荣获|被评|评为)|称号|评为|命名为|认定为|授予|入选|当选|[“"]/.test(core) ? null : core + '的';
}

/** 受访劳动者中愿意参加培训的: the set framed before the clause (a word 中, 之中, 当中 or 里 of its own) is what the
 * share is taken of, not part of the clause */
function afterSetFrame(core: string): string {
  let at = 0;
  let cut = 0;
  for (const t of jiebaTag(core)) {
    at += t.word.length;
    if (/^(?:中|之中|当中|里)$/.test(t.word) && at >= 3 && core.length - at >= 2) cut = at;
  }
  return core.slice(cut);
}

/** a share in per cent, in tenths (成) or as a fraction: of a set, not a count of it */
export const isShare = (q: Quantity) => q.kind === 'percent' || q.kind === 'ratio' || q.unit === '成';
/** a clause with 的 and then its count (有, 为, 占 …) */
const COUNT_OF_CLAUSE = /^(.{2,30}?)的(?:又|也|还|则)?(?:只有|仅有|有|共有|共|为|是|占到|占了|占|达到|达|计)?(?:各|约|大约|近)?$/;
/** a clause with 的 and then its share: 持有证书的仅占两成, 已建立机制的达72%, 有外出意愿的不足三成 */
const SHARE_OF_CLAUSE = /^(.{2,30}?)的(?:又|也|还|则)?(?:仅|只|约|已)?(?:占到|占了|占|达到|达|为|是|不足|不到|超过|接近)(?:约|近)?$/;

/** the verb-opened clause a share is of (持有证书的), without the set framed before it, or null */
function clauseOfShare(written: string, verbs: string[], rel: RelativeWords): string | null {
  const core = afterSetFrame(withoutLeads(written, rel));
  if (core.includes('的')) return null;
  return clauseLike(core, verbs, rel) && !RECEIVED.test(core) && !PLACE_OF.test(core) && !/^在/.test(core) ? core + '的' : null;
}

/** a superlative closing the clause before an age (最年轻的, 年龄最大的) */
const SUPERLATIVE_END = /最(?:年轻|年长|小|大)的\s*$/;

/**
 * 取得焊工中级证书的有52人 → 取得焊工中级证书的: a count with no noun after it, right after a clause
 * ending in 的 that a verb, preposition or adverb opens, counts that clause; null when the clause is
 * a noun with 的 (企业一线的), names an honour (获评X的) or no such clause is there.
 */
export function relativeClause(
  text: string, q: Quantity, clause: string, verbs: string[] = [], prepWords: string[] = [], rel: RelativeWords = NO_RELATIVE,
): string | null {
  const share = isShare(q);
  // (获奖个人中最年轻的27岁: an age told of a superlative is read with the superlative, subject-refine.ts)
  if ((q.kind !== 'count' && !share) || (q.rule === 'unit.age' && SUPERLATIVE_END.test(clause))) return null;
  const after = text[q.end] ?? '';
  if (after && !/[，,。；;：:、\n中里）)]/.test(after)) return null;
  // (…的各1个, …的约860人: a distributive or an approximation between the clause and its count; …的又占了3万人:
  // an adverb of adding before the verb)
  const m = (share ? SHARE_OF_CLAUSE : COUNT_OF_CLAUSE).exec(relativeItem(clause));
  // (a share is of a set a clause defines only when a verb opens it: 持有证书的占三成, not 企业一线的; the set
  // framed before the clause may have a 的 of its own, 受访的青年中)
  if (m && share) return clauseOfShare(m[1], verbs, rel);
  if (!m || m[1].includes('的')) return null;
  // (获得“陇原工匠”称号的只有2人: the title received)
  let core = withoutLeads(m[1], rel);
  if (RECEIVED.test(core)) return receivedAct(core);
  // (其中35周岁以下的有412人: an age band, written as a clause with its 的, keeps it)
  if (BAND.test(core)) return core + '的';
  // (在高级工以上的0.98万人中: those at a level or place; 在达成意向的528人中: 在…中 brackets the set of
  // those who did it, read as the clause inside — but 在粤苏浙务工的9.6万人, with no 中, is a clause of
  // place that keeps its 在; and 在岗的, 在建的 are words of state)
  const within = /^(?:之中|中)/.test(text.slice(q.end));
  if (/^在/.test(core) && core.length >= 3 && !prepWords.some((w) => core.startsWith(w))) {
    // (在省外开办餐馆的: a verb inside the clause after its place makes it one)
    const verbInside = jiebaTag(core.slice(1)).slice(1).some((t) => t.tag === 'v');
    if (!within && (clauseLike(core.slice(1), verbs, rel) || verbInside)) return core + '的';
    if (!/^v/.test(jiebaTag(core.slice(1))[0]?.tag ?? '')) return core.slice(1);
    if (within) core = core.slice(1);
  }
  const from = PLACE_OF.exec(core);
  if (from) {
    const x = core.slice(from[0].length);
    if (x.length < 2) return null;
    // (依托银行网点建设的, 依托企业建设的: a verb of building after the base makes the clause define what was built)
    if (BUILT_ON.test(x) && x.length >= 4) return core + '的';
    // (依托企业的4个, 依托医疗卫生单位的1个: the base a body stands on names the part with its 依托 and
    // its 的, as the genre's annotators write it, like the clause with its verb of building)
    if (/^依托/.test(from[0])) return core + '的';
    if (ENUMERATED.test(x)) return x;
    // (来自 X的 keeps the reading of its own rule: the origin)
    if (/^来自/.test(from[0])) return null;
    // (从事咖啡、茶叶加工的, 属于服务业的: a trade or sector the counted work in or belong to is a clause
    // that keeps its 的; where they stand or are based is the place: 分布在晋江市的 → 晋江市)
    if (/^(?:从事|属于)/.test(from[0])) return core + '的';
    const etc = x.lastIndexOf('等');
    return etc > 0 && x.length - etc - 1 >= 2 ? x.slice(etc + 1) : x;
  }
  // (the segmenter tags 领衔 n, 受表彰 i and 新建 ns: the opening word says it is a clause — a verb, a
  // preposition or an unknown piece before a verb: 通过评审的, 提档升级的; a noun or a grade with its 的
  // and a bare count, 有企业的20个、事业单位的5个, 优秀的7个, stands for the part it sorts out)
  return clauseLike(core, verbs, rel) || (q.unit !== '岁' && sortingWord(core)) ? core + '的' : null;
}

/** 企业, 优秀, 高级技师以上职业资格: a short phrase of nouns and grades only (no verb, pronoun, time,
 * place name or conjunction: 分布在…的 places and 资助考入…的 acts are read elsewhere), the word a part is
 * sorted by */
function sortingWord(core: string): boolean {
  if (core.length > 10 || /[0-9０-９（(“”"《、]|中$/.test(core)) return false;
  return jiebaTag(core).every((t) => /^(?:n|nz|vn|a|ad|b|f|l|x)$/.test(t.tag));
}

/** N人是X / N人为“X”: a copula right after the count says what those counted are */
export function copulaAfter(text: string, q: Quantity): string | null {
  if (q.kind !== 'count') return null;
  const m = /^(?:是|为)[“"]?([^，。；;、,\n“”"]{2,16}?)[”"]?(?:称号)?(?=[，。；;、,\n]|$)/.exec(text.slice(q.end, q.end + 24));
  if (!m) return null;
  const first = jiebaTag(m[1])[0];
  // (5人为一组, 3人为其骨干: a count, pronoun, verb or preposition is no noun of what they are;
  // 一线 is tagged m too, and is a noun's first word)
  if (!first || /^(?:r|v|p|d|u|c|q)/.test(first.tag) || /^(?:[0-9０-９]|[一二三四五六七八九十两几]+[组批个名人位次类队])/.test(m[1])) return null;
  return m[1];
}

/** 其余8人正在备考, 其余4个分布在…: the rest of a set, told of by a verb with no noun after the count, is
 * counted as the rest (a noun after the count, 其余3个项目, names them) */
export function restActing(text: string, q: Quantity, clause: string): string | null {
  // (（其余5名无变动，略）: a bracket opening the aside is no part of the clause)
  const m = /^[（(]?(?:而|但)?(其余|其他|另外)$/.exec(clause.replace(/\s+/g, ''));
  if (!m || q.kind !== 'count') return null;
  const after = text.slice(q.end, q.end + 12).replace(/[，。；;,\n].*$/s, '');
  // (其余4人来自电力行业: where they come from names them; 另外3名获评者: a verb and 者 make a noun)
  const [first, second] = jiebaTag(after);
  if (!first || /^来自/.test(after) || /^(?:者|员)$/.test(second?.word ?? '')) return null;
  return /^(?:d|v|p|t)$/.test(first.tag) ? m[1] : null;
}

/** ……（其余26名略）: the rest of a list, elided in brackets */
export function elidedRest(text: string, q: Quantity): string | null {
  const m = /[（(](其余|其他|另外)$/.exec(text.slice(Math.max(0, q.start - 6), q.start));
  return m && /^\s*(?:略|从略|不再列出|不一一列出)/.test(text.slice(q.end, q.end + 8)) ? m[1] : null;
}

/** 分两次拨付 → 拨付, 先后分3批命名“安国工匠” → 安国工匠: a number of rounds after 分 counts the act
 * written right after it, by its object when a noun follows the verb, else by its verb; the verb is a
 * listed one (the segmenter tags 命名 n) or a word tagged v */
export function roundsOf(text: string, q: Quantity, clause: string, r: { leads: string[]; measures: string[] }, verbs: string[] = []): string | null {
  if (!r.measures.includes(q.unit) || !r.leads.some((w) => clause.replace(/\s+/g, '').endsWith(w))) return null;
  const act = /^[^，,。；;：:、\n（(\d共]{2,16}/.exec(text.slice(q.end))?.[0].replace(/[“”"]/g, '');
  if (!act) return null;
  const toks = jiebaTag(act);
  const listed = [...verbs].sort((a, b) => b.length - a.length).find((v) => act.startsWith(v));
  const verb = listed ?? (/^v/.test(toks[0]?.tag ?? '') ? toks[0].word : '');
  if (verb.length < 2) return null;
  const object = act.slice(verb.length);
  const nounNext = /^n/.test(jiebaTag(object)[0]?.tag ?? '');
  return object.length >= 2 && nounNext ? object : verb;
}

/** 累计培训300余人次, 每天服务200人次左右: a verb of service (rules/subject-cues.yaml servedActs) with only words of
 * time, frequency or a light verb before it in its clause names the act counted; it takes no object from the
 * clause before (专题授课, 驿站) */
export function servedAct(q: Quantity, clause: string, r: { verbs: string[]; leads: string[] }): string | null {
  if (q.kind !== 'count') return null;
  let s = clause.replace(/\s+/g, '');
  const verb = r.verbs.find((v) => s.endsWith(v));
  if (!verb) return null;
  s = s.slice(0, -verb.length);
  for (let changed = true; s && changed; ) {
    const lead = r.leads.find((w) => s.startsWith(w));
    changed = !!lead;
    if (lead) s = s.slice(lead.length);
  }
  return s ? null : verb;
}

/** 其中有6名被推荐参加…评选, 此次评选共有64人报名, 其中3人已能独立完成…: a count whose reader took only a pointer or a
 * lead (rules/subject-cues.yaml pointers: 其, 此次, 已能) counts those who did what the rest of its clause says; a
 * capacity (已能) opens no part of it. Read last, when no other rule named the figure; not where a 的 or another figure follows (前两批认定的13个工作室中). */
export function actAfterPointer(text: string, q: Quantity, subject: string, pointers: string[]): string {
  if (!pointers.includes(subject)) return subject;
  const rest = /^[^，,。；;！？!?：:\n）)]*/.exec(text.slice(q.end))?.[0].replace(/\s+/g, '') ?? '';
  const act = rest.startsWith(subject) ? rest.slice(subject.length) : rest.replace(/^(?:已经能|已能)/, '');
  return act.length >= 2 && act.length <= 30 && !/[的0-9０-９]/.test(act) ? act : subject;
}

/** 累计获得“陇原工匠”称号的人数已达12名: the number of holders of a title counts the title */
export function holdersCount(clause: string): string | null {
  const m = /(?:获得|获评|荣获|被授予|授予)[“"]?([^”"，,。；;]{2,20}?)[”"]?(?:荣誉)?称号的(?:总)?人数(?:已经|已)?(?:达到|达|为|增至|增加到|突破)?$/.exec(clause.replace(/\s+/g, ''));
  return m ? m[1] : null;
}

/** 新建站点15个，总数达到52个: a total with no noun of its own totals what the figure before it counts */
export function runningTotal(clause: string, prev: Quantity | null): string | null {
  return prev?.subject && /^(?:总数|总量|累计总数)(?:已经|已)?(?:达到|达|为|增至|增加到|突破)$/.test(clause.replace(/\s+/g, '')) ? prev.subject : null;
}

/** an age band: 35岁以下, 36至50岁, 51周岁以上 */
const BAND = /^(?:[0-9０-９]+(?:至|到|-|—|～|~))?[0-9０-９]+(?:周岁|岁)(?:及以下|及以上|以下|以上)?$/;

/** 会员中，35岁以下2.1万人、36至50岁3.3万人: an age band alone before a count is the part it names */
export function bandBefore(q: Quantity, clause: string): string | null {
  if (q.kind !== 'count') return null;
  const item = clause.replace(/\s+/g, '').split(/[、，,：:；;]/).at(-1) ?? '';
  return BAND.test(item) ? item : null;
}

/**
 * 35岁以下、36至50岁、51岁以上的会员分别为4.2万人、6.6万人和3.1万人: bands named before 分别 (their
 * own figures inside them) pair in order with the counts after it; the noun after 的 is whose bands.
 */
export function bandsInTurn(text: string, q: Quantity, kept: Quantity[], idx: number, clause: string): string | null {
  if (q.kind !== 'count') return null;
  const m = /^(.+?)(?:的[\u4e00-\u9fa5]{1,8})?(?:分别|依次)(?:为|是|有|达到|达)?/.exec(clause.replace(/^[^，,]*?(?:按|从)[^，,]{1,8}?(?:划分|分|来看|看)[，,]?/, ''));
  if (!m) return null;
  const names = m[1].split('、');
  if (names.length < 2 || !names.every((n) => BAND.test(n))) return null;
  const markEnd = q.start - clause.length + clause.indexOf(m[0]) + m[0].length;
  let first = idx;
  while (first > 0 && kept[first - 1].start >= markEnd && /^\s*(?:、|和|及)?\s*$/.test(text.slice(kept[first - 1].end, kept[first].start))) first--;
  let last = idx;
  while (last + 1 < kept.length && /^\s*(?:、|和|及)?\s*$/.test(text.slice(kept[last].end, kept[last + 1].start))) last++;
  return last - first + 1 === names.length ? names[idx - first] : null;
}

/** 分别给予500元至3000元不等的奖励: a range that varies, then 的 and the noun it measures */
export function nounAfterRange(text: string, q: Quantity): string | null {
  const m = /^(?:不等|左右|以上|以内)的([\u4e00-\u9fa5]{2,8}?)(?=[，。；,;\n]|$)/.exec(text.slice(q.end, q.end + 16));
  if (m) return m[1];
  // (按每人每月不低于800元的标准发放首席技师津贴: a sum as the standard of what is paid)
  const paid = q.kind === 'money' ? /^的?标准(?:发放|给予|支付|兑现|补助|奖励)([\u4e00-\u9fa5]{2,10}?)(?=[，。；,;\n]|$)/.exec(text.slice(q.end, q.end + 24)) : null;
  return paid ? paid[1] : null;
}

/** 62个集体和个人获评…: a count of two kinds of recipient joined by 和 counts both */
export function mixedRecipients(text: string, q: Quantity, recipients: string[]): string | null {
  if (q.kind !== 'count') return null;
  const alt = [...recipients].sort((a, b) => b.length - a.length).join('|');
  const m = new RegExp(`^(?:先进)?(?:${alt})(?:和|及|与)(?:先进)?(?:${alt})`).exec(text.slice(q.end, q.end + 16));
  return m && !/^[\u4e00-\u9fa5]/.test(text.slice(q.end + m[0].length).replace(/^(?:获评|被评为|荣获|获得|受到|分别)/, '，')) ? m[0] : null;
}

/** 命名第二批“綦江工匠”12名…，全区累计获此称号的达到9人: 此称号 points back to the last title named in
 * the sentence */
export function thisTitle(text: string, q: Quantity, clause: string): string | null {
  // (获此称号的有N人 before the figure, or N人获此称号 / 荣获该称号 / 获此殊荣 right after it)
  const after = text.slice(q.end, q.end + 12);
  if (!/此(?:次)?(?:称号|荣誉称号)/.test(clause) &&
    !/^(?:均|都|也|先后)?(?:[获獲]得?|[荣榮][获獲]|[获獲][评評]|被授予)(?:此|[该該]|[这這]一)(?:[称稱][号號]|[荣榮][誉譽][称稱][号號]|殊[荣榮]|[荣榮][誉譽])/.test(after)) return null;
  const from = q.start - clause.length;
  const sentence = text.slice(Math.max(0, from - 200), from);
  const s = sentence.slice(Math.max(sentence.lastIndexOf('。'), sentence.lastIndexOf('\n')) + 1);
  const titles = [...s.matchAll(/[“"]([^”"]{2,20})[”"]/g)];
  return titles.length ? titles[titles.length - 1][1] : null;
}

/** 受聘人员中，化工、纺织、铝业三个行业38名: an enumeration with its counted head right before a count */
export function enumeratedHead(q: Quantity, clause: string): string | null {
  if (q.kind !== 'count') return null;
  const m = /^(?:其中|另有|有)?([^，,：:；;、]{1,10}(?:、[^，,：:；;、]{1,10})+[一二三四五六七八九十两]+(?:个|类|大)[\u4e00-\u9fa5]{1,4}?)(?:共有|共计|共|有|计)?$/.exec(clause.replace(/\s+/g, ''));
  return m && ENUMERATED.test(m[1]) ? m[1] : null;
}

/** 这12人中 / 上述8家企业里 / 该5个: a demonstrative before a figure with no noun of its own points back to an
 * earlier figure of the same size; that figure's subject is what this one counts (earlier in the text, the
 * nearest, its subject already read) */
const DEMONSTRATIVE = /(?:^|[在对从])(?:这|這|该|該|上述|以上|前述)$/;
const NO_NOUN_AFTER = /^(?:中|之中|当中|當中|里|裡|裏|[，,。；;：:]|均|都|全部|全都|已|分别|分別|共|平均|人均)/;
export function pointedBack(text: string, q: Quantity, clause: string, earlier: Quantity[]): string | null {
  if (q.kind !== 'count' || !DEMONSTRATIVE.test(clause.replace(/\s+/g, ''))) return null;
  if (!NO_NOUN_AFTER.test(text.slice(q.end, q.end + 4))) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (e.end > q.start || e.kind !== 'count' || e.value !== q.value) continue;
    // (an earlier set read among its own: 8人中有… still carries its 中 here, it is no name)
    if (e.subject && !DEMONSTRATIVE.test(e.subject) && e.subject.length >= 2 && !/^(?:中|当中|之中)/.test(e.subject)) return titleConferredOn(text, e) ?? e.subject;
  }
  return null;
}

/** people named only as such (同志, 选手; 职工 stays the name of a set of workers, as an earlier round reads it) */
const PLAIN_PEOPLE = /^(?:同志|选手|選手|人员|人員|人选|人選|技能人才|个人|個人)$/;
/** 授予张某等12名同志“某某工匠”称号 … 这12人中: the set pointed back to is named by the title conferred on it
 * in the same clause, not by the plain noun of people before the title */
export function titleConferredOn(text: string, e: Quantity): string | null {
  if (!PLAIN_PEOPLE.test(e.subject)) return null;
  const m = /^[^，,。；;！!？?\n“”"「」]{0,8}[“"「]([^”"」]{2,20})[”"」]/.exec(text.slice(e.end, e.end + 40));
  return m ? m[1] : null;
}

/** 乌海市…名单（16家） / A公司、B公司、C公司等16家（名单略）: an abridged annex list, its names run up to 等 and
 * a count with no noun after it, counts what the list's title line above names (not its last members) */
const LIST_TITLE = /^(?:附件\s*\d*[：:.．、]?\s*)?(?:\d{4}年度?)?[“"]?(.{2,30}?)[”"]?(?:荣誉称号|称号)?名单(?:[（(][^（()）]*[）)])?$/;
export function abridgedList(text: string, q: Quantity, bare: string): string | null {
  if (!/、/.test(bare) || !/等$/.test(bare.replace(/\s+/g, ''))) return null;
  // (等20个单位（名单略）: a noun after the count names it)
  if (!/^(?:[（(，,。；;\s]|$)/.test(text.slice(q.end, q.end + 1))) return null;
  const ls = text.lastIndexOf('\n', q.start - 1);
  if (ls < 0) return null;
  const prevLines = text.slice(Math.max(0, ls - 200), ls).split('\n').map((l) => l.trim()).filter(Boolean);
  const m = LIST_TITLE.exec(prevLines.at(-1) ?? '');
  return m ? m[1].replace(/[“”"]/g, '') : null;
}

/** 深入32个建筑工地、环卫站点和快递网点，…: a series read after the figure runs to its last member, joined by
 * 和/及/与 and closing the clause (the joining word ends a subject only outside a series) */
export function seriesTail(text: string, q: Quantity, subject: string): string {
  if (!subject.includes('、')) return subject;
  const at = text.indexOf(subject, q.end);
  if (at < 0 || at - q.end > 2) return subject;
  const rest = text.slice(at + subject.length, at + subject.length + 14);
  const m = /^(?:以及|和|及|与|與)[\u4e00-\u9fa5]{2,8}(?=[，,。；;！!？?\n]|$)/.exec(rest);
  return m ? subject + m[0] : subject;
}

/** 受表彰的20人平均从业年限…: a bare count of people followed by their average is the set the 的 phrase
 * before it names (the average after it is the next figure's subject) */
const AVERAGE_AFTER = /^(?:平均|人均)/;
export function setBeforeAverage(text: string, q: Quantity, clause: string): string | null {
  if (q.kind !== 'count' || !AVERAGE_AFTER.test(text.slice(q.end, q.end + 2))) return null;
  const m = /(?:^|[，,、])?([\u4e00-\u9fa5“”"]{1,16}的)$/.exec(clause.replace(/\s+/g, ''));
  return m && m[1].length >= 3 ? m[1] : null;
}

/** 牡丹区以15人居各县区之首, 单县以12项位列全市第二: a figure a body ranks by (以 N 居/位列…) counts that body's
 * share, named before 以 */
const RANKS_BY = /^(?:位居|居于|居|位列|列|排名|排在|名列|领跑|領跑)/;
export function rankedBy(text: string, q: Quantity, clause: string): string | null {
  if (!RANKS_BY.test(text.slice(q.end, q.end + 2))) return null;
  const m = /(?:^|[，,、])?([\u4e00-\u9fa5]{2,12}?)(?:仅|僅|共|还|還|则|則)?以$/.exec(clause.replace(/\s+/g, ''));
  return m ? m[1] : null;
}

/** 各项目前三名共9人获得表彰: a rank (前三名, 前10位) before a count is the set counted (the rank is no figure) */
export function rankSet(q: Quantity, clause: string): string | null {
  if (q.kind !== 'count') return null;
  const m = /(前[一二两兩三四五六七八九十\d]{1,3}(?:名|位))(?:共|共计|共計|合计|合計|计|計|有|共有)?$/.exec(clause.replace(/\s+/g, ''));
  return m ? m[1] : null;
}

/** a prize rank: 一等奖, 特等奖, 金奖, 优秀奖, 第一名 */
const PRIZE = /(?:[一二三四五六七八九十特]等奖|[金银铜]奖|优秀奖|第[一二三四五六七八九十]名)$/;

/** 一、二、三等奖 / 金、银、铜奖: ranks written once with the suffix on the last; each gets it */
function spelledRanks(names: string[]): string[] {
  const suffix = /[一二三四五六七八九十金银铜](等奖|奖)$/.exec(names.at(-1) ?? '')?.[1];
  if (!suffix) return names;
  return names.map((n, i) => (i < names.length - 1 && /[一二三四五六七八九十金银铜]$/.test(n) ? n + suffix : n));
}

/**
 * 获得一、二、三等奖的选手分别奖励3000元、2000元、1000元: ranks named before 的 and the people who won
 * them, then 分别 and a grant; the figures pair in order with the ranks, each figure the grant for one.
 */
export function prizesInTurn(text: string, q: Quantity, kept: Quantity[], idx: number, clause: string): string | null {
  const m = /([^，,；;。]+?)的[\u4e00-\u9fa5]{1,6}?(?:分别|分別|各)(?:奖励|給予|给予|奖|发放|颁发|獎勵)/.exec(clause);
  if (!m) return null;
  const names = spelledRanks(m[1].split('、')).map((n) => PRIZE.exec(n)?.[0] ?? '');
  if (names.length < 2 || names.some((n) => !n)) return null;
  const markEnd = q.start - clause.length + m.index + m[0].length;
  let first = idx;
  while (first > 0 && kept[first - 1].start >= markEnd && /^\s*(?:、|和|及)?\s*$/.test(text.slice(kept[first - 1].end, kept[first].start))) first--;
  let last = idx;
  while (last + 1 < kept.length && /^\s*(?:、|和|及)?\s*$/.test(text.slice(kept[last].end, kept[last + 1].start))) last++;
  return last - first + 1 === names.length ? names[idx - first] : null;
}

const PRIZE_NAME = /(?:[一二三四五六七八九十特]等奖|[金银铜]奖|优秀奖|优胜奖|鼓励奖)/.source;
/** 一等奖每人奖励2000元, 三等奖各奖励500元: a prize, then each and the grant, right before a sum (一等奖奖金 names the money) */
const PRIZE_GRANT = new RegExp(`(${PRIZE_NAME})(?:分别|分別|各|每人|每名)?(?:奖励|獎勵|给予|給予|发放|發放)?$`);
/** 15%确定一等奖, 10%评为二等奖: a share written before the prize it sets */
const SHARE_SETS = new RegExp(`^\\s*(?:确定|確定|评出|評出|评为|評為|设|設|为|為)(${PRIZE_NAME})`);

/**
 * 各工种一等奖每人奖励2000元，三等奖各奖励500元 / 按参赛人数的10%评出一等奖: a sum granted to a prize, or
 * the share of entrants that sets it, counts the prize (not the grant verb, nor the entrants)
 */
export function prizeGrant(text: string, q: Quantity, clause: string): string | null {
  const before = PRIZE_GRANT.exec(clause.replace(/\s+/g, ''));
  if (before && q.unit.endsWith('元')) return before[1];
  return q.kind === 'percent' ? SHARE_SETS.exec(text.slice(q.end, q.end + 8))?.[1] ?? null : null;
}

/** 确定甲、乙等12人为第三届“某某工匠”, 认定甲等20人为首批“某县乡村工匠”, 评选甲等18人为2025年度“某县技术
 * 能手”, 认定甲等5人为某市首批“首席技师”: people named as a quoted title right after their count are its holders
 * (the area, the round, the batch or the year before the quote only dates the title) */
const AS_TITLE = /^\s*(?:为|為|成为|成為)(?:[\u4e00-\u9fa5]{1,6}?[省市县区州旗盟縣區](?=第|首|\d))?(?:第[一二三四五六七八九十\d]+[届屆批]|首[届屆批]|\d{4}年度?)?[“"「]([^“”"「」]{2,20})[”"」]/;
export function titleAfterAs(text: string, q: Quantity): string | null {
  return q.kind === 'count' ? AS_TITLE.exec(text.slice(q.end, q.end + 30))?.[1] ?? null : null;
}

/** 评选小组由专家和职工代表共7人组成: a body made up of the people counted is what the
 * figure sizes (the members listed after 由 are what it is made of) */
export function composedOf(text: string, q: Quantity, clause: string): string | null {
  // (组成 closing the clause: 由3人组成一队 forms something else)
  if (!/^\s*(?:组成|組成|构成|構成)(?:[，。；,;\s]|$)/.test(text.slice(q.end, q.end + 4))) return null;
  return /^([\u4e00-\u9fa5“”"（）]{2,16}?)(?:由|以)/.exec(clause.replace(/\s+/g, ''))?.[1] ?? null;
}

/** the change-to verb right before a figure (扩大到200家, 提高至800元, 增加到) */
const CHANGED_TO = /(?:扩大|扩展|提高|提升|增加|增至|增长|降低|压缩|缩短|调整|上调|减少)(?:到|至|为)?(?:每[月年人天日次个家名])?$/;

/**
 * 区总工会计划将参赛企业扩大到200家以上: 将 (把) puts the object of a change before its verb; that
 * object is what the figure measures, not the doer and intent before it.
 */
export function disposedObject(text: string, q: Quantity, subject: string): string {
  if (!CHANGED_TO.test(text.slice(Math.max(0, q.start - 6), q.start).replace(/\s+/g, '')) && !changeFrom(text, q)) return subject;
  const m = /(?:将|把)(?![关握持])([\u4e00-\u9fa5“”"]{2,})$/.exec(subject);
  // (…调配，将配药差错率由千分之三降至…: the clause may open on 将 itself)
  return m && (m.index > 0 || m[1].length >= 3) ? m[1] : subject;
}

/** 将漏损率由16.8%降至11.2%: the figure a change starts from, right after 由 (从) with the change verb after it, counts
 * the disposed object as the figure it ends at does */
const CHANGE_AFTER = /^[^，。；,;]{0,4}?(?:降|提|增|减|缩|扩|压|上升|下调|上调|升)/;
function changeFrom(text: string, q: Quantity): boolean {
  return /(?:由|从|從)\s*$/.test(text.slice(Math.max(0, q.start - 2), q.start)) && CHANGE_AFTER.test(text.slice(q.end, q.end + 8));
}

/** 累计命名“某某工匠”4届共45名: both the number of rounds of a quoted title and the total after them count
 * the title (marks: the edition words of rules/subject-cues.yaml editions) */
export function titleRounds(q: Quantity, clause: string, marks: string[]): string | null {
  const c = clause.replace(/\s+/g, '');
  const title = /[“"「]([^“”"「」]{2,20})[”"」]/.source;
  const rounds = `[0-9一二三四五六七八九十两]{1,2}(?:${marks.join('|')})`;
  const m = marks.includes(q.unit)
    ? new RegExp(`${title}$`).exec(c)
    : new RegExp(`${title}${rounds}(?:共|合计|共计|累计|计)$`).exec(c);
  return m ? m[1] : null;
}
