// One reading of the act of conferment, whatever the order of its parts. A clause with a VERB of
// conferment (rules/conferment.yaml grant / nameAs / select / receive, or what is handed over: 颁发证书) is a
// frame; its ARGUMENTS are found independently around the verb: the TITLE (quoted, or a span ending as an
// honour does), the COUNT (on the holders, on the title, or a later 共N人), the HOLDERS (names before 等)
// and the CONFERRER (a body before the verb). Title and count bind when each is the only one of its frame.
// 五常市五一劳动奖章授予杜宝山等30名职工 / 向…等10名…颁发证书 / 有2名…入选“天府工匠” are one act.
import { longestWordsAlt as alt } from '../refiners/regex.js';
import { triggersOf } from '../triggers.js';

const N = '(?:\\d+|[一二两三四五六七八九十百千]+)';
const U = '(?:名|人|个|家|位|支|项|户)';
const QUOTED = /[“"「『]([^”"」』\n]{2,30})[”"」』]/g;

/** the frame vocabulary (rules/conferment.yaml `frame`) */
export interface FrameWords {
  /** what is handed over names the honour the frame confers (颁发证书 / 奖牌 / 牌匾) */
  handover: string[];
  /** the words after a title that are no part of its name (称号, 获得者, 证书) */
  titleTail: string[];
  /** what follows a count that makes it no count of holders (以上, 余) */
  notCount: string[];
  /** what before a count makes it a target or a limit (不少于, 不超过) */
  bound: string[];
  /** what joins the two ends of a range (8至10名): a target or an estimate, no count */
  range: string[];
  /** (regex) a time or an adverb between a topic title and its verb (H今年授予了…) */
  topicTime: string;
  /** a pronoun object of a verb (命名它们为“H”): its holders are counted in the clause before */
  pronouns: string[];
  /** a ceremony that names the title of a handing-over (“H”命名大会，向…颁发证书) */
  ceremony: string[];
  /** a subject that is a rank (前5名由…授予): the rule of a contest, not a record */
  rank: string;
  /** (regex) what between a verb and a title after it makes the title another predicate's object */
  gap: string;
  /** (regex) what after a verb makes it an attribute (命名的“H”, 评选出的): a mention of a conferment, no act */
  attributive: string;
  /** (regex) right after a count: two kinds of holders (集体和个人), one count over both */
  sumKinds: string;
  /** (regex) the light verb before a bare act of conferment (予以命名, 进行表彰) */
  bareAct: string;
  /** (regex) handing plaques to what a clause counts (为A、B、C3个工作室授牌): an act whose objects a pronoun after stands for */
  plaqueAct: string;
  /** (regex) right after a quoted title: the plaque it is written on, handed to those counted (颁发了“H”牌匾): a unit's title */
  plaque: string;
  /** what a title may open with instead of ending as an honour does (rules/conferment.yaml openings) */
  openings: string[];
  /** (regex) what after a title joins a second honour (“H1”和H2): one count over both is a sum */
  joined: string;
  /** (regex) a place or level between a verb and a quoted title: the opening of its name */
  prefix: string;
  /** (regex) what before a count shares it out (分别有, 各有): no count of the holders */
  share: string;
  /** (regex) the whole of a clause before its verb when the clause has no subject of its own (已由…) */
  continued: string;
  /** verbs of being on a list that may close a clause with no object (我市有5人入选, 2个项目榜上有名) */
  onList: string[];
  /** the copula of counted holders and the title they all hold (两人均为“H”), read as receiving */
  holdersAre: string[];
  /** (regex) who conferred it, as a relative clause before the title (获评省人社厅授予的“H”) */
  conferredBy: string;
  /** (regexes) what opens and closes the pool a selection draws from (从…37名职工中评选出): no count of holders */
  poolOpen: string;
  poolClose: string;
  /** verbs that publish a list (公布…名单) */
  publish: string[];
  /** (regex) right after a title: its holders as a class and what they may do (获评“H”的人员可…) */
  classOf: string;
  /** (regex) a time before 的 between a verb and its quoted title (入选今年的“H”名单): no second predicate */
  when: string;
}

/** what the frame reader needs from the conferment grammar: its vocabulary and its guards */
export interface FrameHost {
  text: string;
  /** appoint: verbs of appointment (聘为), read as receiving only with a quoted title (聘为“H”, not a post) */
  verbs: { grant: string[]; nameAs: string[]; select: string[]; receive: string[]; appoint: string[] };
  endings: string[];
  words: FrameWords;
  /** the plan / quota / candidate guards of the grammar: the reason a frame is no record, or null */
  notARecord: (start: number, titleEnd: number, name: string) => string | null;
}

/** one act of conferment read from its clause */
export interface Frame {
  verb: string;
  kind: 'grant' | 'nameAs' | 'select' | 'receive' | 'handover';
  start: number;
  end: number;
  title: { raw: string; start: number; end: number } | null;
  count: { n: string; start: number; end: number; on: string } | null;
  holders: string[];
  conferrer: string | null;
  /** an act done (a record), or the title said of its class of holders (获评“H”的人员可…): a rule, no act */
  mood: 'act' | 'class';
  /** why the frame gives no honour (null: it gives one) */
  why: string | null;
}

interface Span { start: number; end: number }

/** the patterns a frame uses, compiled once per vocabulary (their sources depend only on it) */
const compiled = new WeakMap<FrameWords, Map<number, RegExp>>();
function rx(h: FrameHost, id: number, build: () => RegExp): RegExp {
  let m = compiled.get(h.words);
  if (!m) compiled.set(h.words, m = new Map());
  let re = m.get(id);
  if (!re) m.set(id, re = build());
  return re;
}

const TOTAL = 'a total in the next clause';

/** the clauses of a sentence part (between ，；。 and line ends), as spans */
function clauses(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^，,；;。！？!?\n]+/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** the verbs of conferment by kind, kept per vocabulary as its patterns are (they were built again for every clause) */
const verbKinds = new WeakMap<FrameWords, [Frame['kind'], string[]][]>();
function kindsOf(h: FrameHost): [Frame['kind'], string[]][] {
  let kinds = verbKinds.get(h.words);
  if (!kinds) verbKinds.set(h.words, kinds = [['receive', [...h.verbs.receive, ...h.words.onList, ...h.words.holdersAre, ...h.verbs.appoint]], ['grant', h.verbs.grant.filter((w) => !/颁发/.test(w))], ['nameAs', h.verbs.nameAs], ['select', h.verbs.select]]);
  return kinds;
}

/** the verbs of conferment in a clause, each with its kind, first-found longest */
function verbsIn(h: FrameHost, s: Span): { verb: string; kind: Frame['kind']; at: number }[] {
  const kinds = kindsOf(h);
  // (颁发“H”证书: the quoted title of what is handed over may stand between the verb and it)
  // (为8个“H”授牌: plaques handed to the counted holders of a quoted title right before the verb hand that title over)
  const re = rx(h, 1, () => new RegExp(`颁发(?=了?(?:[“"「『][^”"」』\\n]{2,30}[”"」』])?[^，。；;\\n]{0,6}?(?:${alt(h.words.handover)}))|` +
    `(?<=${N}${U}(?:首届|首批|第[一二三四五六七八九十\\d]+[届批])?[“"「『][^”"」』\\n]{2,30}[”"」』]\\s*(?:进行了?|進行了?)?)(?:${h.words.plaqueAct})|${alt(kinds.flatMap(([, w]) => w))}`, 'g'));
  const out: { verb: string; kind: Frame['kind']; at: number }[] = [];
  for (const m of h.text.slice(s.start, s.end).matchAll(re)) {
    const kind = m[0] === '颁发' || rx(h, 29, () => new RegExp(`^(?:${h.words.plaqueAct})$`)).test(m[0]) ? 'handover' : kinds.find(([, w]) => w.includes(m[0]))![0];
    out.push({ verb: m[0], kind, at: s.start + m.index! });
  }
  return out;
}

/** a title in [from, to): quoted and honour-like, or (bare) a span ending as an honour does */
function titleIn(h: FrameHost, from: number, to: number, bareAt: 'start' | 'after' | null): Frame['title'] {
  const part = h.text.slice(from, to);
  const honourLike = (x: string, tail: string) => h.endings.some((e) => x.endsWith(e)) || /工作室$/.test(x) || /^(?:荣誉)?称号/.test(tail) ||
    h.words.openings.some((o) => x.startsWith(o)) || plaqueOf(h, tail);
  const quoted = [...part.matchAll(QUOTED)].filter((q) => honourLike(q[1], part.slice(q.index! + q[0].length)));
  if (quoted.length === 1) return { raw: quoted[0][0], start: from + quoted[0].index!, end: from + quoted[0].index! + quoted[0][0].length };
  if (quoted.length > 1 || !bareAt) return null;
  const re = bareAt === 'start' ? rx(h, 2, () => new RegExp(`^\\s*((?:\\d{4}年度?)?[\\u4e00-\\u9fa5]{2,20}?(?:${alt(h.endings)}))(?=\\s*(?:${h.words.topicTime})\\s*$)`))
    // (a bare list, 一等奖和二等奖, is several honours: the list readers split it)
    : rx(h, 3, () => new RegExp(`^\\s*((?:\\d{4}年度?)?[^，。；;、,\\n“”的\\d和及与或]{2,24}?(?:${alt(h.endings)}))(?=\\s*(?:称号|荣誉|$))`));
  const m = re.exec(part);
  return m ? { raw: m[1], start: from + m.index + m[0].length - m[1].length, end: from + m.index + m[0].length } : null;
}

/** a quoted name written on a plaque handed over (为12家站点颁发了“H”牌匾 / 对12家“H”进行了授牌) names a title its
 * holders receive, whatever it ends with: a plaque marks a unit honoured, as a certificate of training does not */
const plaqueOf = (h: FrameHost, tail: string): boolean => rx(h, 30, () => new RegExp(`^\\s*(?:${h.words.plaque})`)).test(tail);

/** the counts of holders in [from, to): N + a measure word, not a rank (第3名, 前5名), a bound (10人以上), a
 * target or a limit (不少于8名) nor the end of a range (8至10名: a target or an estimate) */
function countsIn(h: FrameHost, from: number, to: number, on: string): NonNullable<Frame['count']>[] {
  const re = rx(h, 4, () => new RegExp(`(?<![第前\\d一二两三四五六七八九十百千])(?<!(?:${alt(h.words.bound)})|${N}\\s*(?:${alt(h.words.range)})\\s*)(${N})${U}(?!${alt(h.words.notCount)})`, 'g'));
  return [...h.text.slice(from, to).matchAll(re)].map((m) => ({ n: m[1], start: from + m.index!, end: from + m.index! + m[0].length, on }));
}

/** the holders named before 等 (谭某、陈某等10名) and the body before the verb (区总工会) */
function holdersAndConferrer(text: string, clause: Span, at: number): { holders: string[]; conferrer: string | null } {
  const c = text.slice(clause.start, clause.end);
  const who = /([\u4e00-\u9fa5·、]{2,40}?)等(?:\d+|[一二两三四五六七八九十百]+)/.exec(c)?.[1] ?? '';
  const holders = who.split('、').map((x) => x.replace(/^(?:向|对|授予|将)/, '')).filter((x) => x.length >= 2);
  const body = /([\u4e00-\u9fa5]{1,12}?(?:总工会|工会|妇联|人社局|人社厅|政府|委员会|团委))/.exec(text.slice(clause.start, at))?.[1] ?? null;
  return { holders, conferrer: body };
}

/** the title of a verb's frame: where each kind of verb puts it (a grant's title may open the clause as its
 * topic: 五常市五一劳动奖章授予…; what is handed over takes the title its ceremony names: “H”命名大会，向…颁发证书) */
function frameTitle(h: FrameHost, kind: Frame['kind'], verbEnd: number, clause: Span, sentence: Span, at: number): Frame['title'] {
  // a bare act (对…12名职工予以命名) confers the title its ceremony names, as what is handed over does
  if (kind === 'handover' || rx(h, 5, () => new RegExp(`(?:${h.words.bareAct})$`)).test(h.text.slice(clause.start, at)) && /^\s*$/.test(h.text.slice(verbEnd, clause.end))) {
    return titleIn(h, clause.start, clause.end, null) ?? ceremonyTitle(h, sentence.start, clause.start);
  }
  if (kind === 'grant') return titleIn(h, clause.start, clause.end, null) ?? titleIn(h, verbEnd, clause.end, 'after') ?? titleIn(h, clause.start, at, 'start');
  // the object of a verb of receiving or naming follows it closely, past no second predicate (获评班组中将择优推荐…参加“H”)
  const t = titleIn(h, verbEnd, clause.end, 'after');
  const between = h.text.slice(verbEnd, t?.start ?? verbEnd).replace(rx(h, 20, () => new RegExp(h.words.when)), '').replace(rx(h, 23, () => new RegExp(h.words.conferredBy)), '');
  if (!t || t.start - verbEnd > 12 || rx(h, 6, () => new RegExp(h.words.gap)).test(between)) return null;
  // a place or a level between the verb and the quotes opens the name (获评市级“工人先锋号”, 被评为淮安市“H”)
  const prefix = rx(h, 7, () => new RegExp(`(?:${h.words.prefix})$`)).exec(h.text.slice(verbEnd, t.start));
  return prefix ? { ...t, start: t.start - prefix[0].length, raw: prefix[0] + t.raw } : t;
}

/** the title a ceremony in [from, to) names (召开首批“H”命名大会): quoted, ending or opening as an honour does
 * (“安全月”表彰大会 names a campaign) */
function ceremonyTitle(h: FrameHost, from: number, to: number): Frame['title'] {
  const before = h.text.slice(from, to);
  const cer = [...before.matchAll(rx(h, 8, () => new RegExp(`${QUOTED.source}(?=(?:${alt(h.words.ceremony)}))`, 'g')))].pop();
  if (!cer || !h.endings.some((e) => cer[1].endsWith(e)) && !h.words.openings.some((o) => cer[1].includes(o))) return null;
  return { raw: cer[0], start: from + cer.index!, end: from + cer.index! + cer[0].length };
}

/** the title of a verb of being on a list that closes its clause with no object (…名单，我市有2个项目榜上有名): the
 * list or the results its sentence says a body published before it (公布…“H”命名名单 / 公布…技能大师工作室建设项目名单 /
 * 公布…市级技能大师工作室认定结果，我市申报的3个工作室全部通过认定). A share of a
 * conferment the sentence reports (授予全市20个班组“H”称号，我区3个班组榜上有名) is no list of its own. */
function listTitle(h: FrameHost, v: { verb: string; at: number }, clause: Span, sentence: Span): Frame['title'] {
  if (!h.words.onList.includes(v.verb) || !/^\s*了?\s*$/.test(h.text.slice(v.at + v.verb.length, clause.end))) return null;
  const list = [...h.text.slice(sentence.start, clause.start).matchAll(rx(h, 19, () =>
    new RegExp(`(?:${alt(h.words.publish)})[^，。；;\\n“”]{0,12}?(?:\\d{4}年度?)?(?<t>(?:${h.words.prefix})?${QUOTED.source}|[^，。；;\\n“”\\d]{2,30}?)(?:获得者|命名|认定|表彰|授予|评选|评审)?(?:名单|结果)`, 'g')))].pop();
  const t = list?.groups!.t.replace(/[“"「『」』”]/g, '') ?? '';
  if (!list || !(h.endings.some((e) => t.endsWith(e)) || /工作室(?:建设项目)?$/.test(t))) return null;
  // (公布…结果，“H”称号授予全省200名，我市有5人入选: the act between is the conferment, the clause its share)
  const between = h.text.slice(sentence.start + list.index! + list[0].length, clause.start);
  if ([...h.verbs.grant, ...h.verbs.nameAs, ...h.verbs.select].some((w) => between.includes(w))) return null;
  const start = sentence.start + list.index! + list[0].indexOf(list.groups!.t);
  return { raw: list.groups!.t, start, end: start + list.groups!.t.length };
}

/** the title of the act a handing-over follows (命名…12名职工为“H”。仪式上，向12名工匠颁发了证书): the one quoted
 * honour of the sentence before, in the same paragraph, when that sentence counts the same holders as the
 * handing-over does before its verb */
function actBefore(h: FrameHost, clause: Span, at: number): Frame['title'] {
  const own = countsIn(h, clause.start, at, 'clause');
  if (own.length !== 1) return null;
  const para = h.text.lastIndexOf('\n', clause.start) + 1;
  const before = [...h.text.slice(para, clause.start).matchAll(/[^。；;！？!?]+[。；;！？!?]/g)].pop();
  if (!before) return null;
  const from = para + before.index!;
  const to = from + before[0].length;
  const t = titleIn(h, from, to, null);
  return t && countsIn(h, from, to, 'clause').some((c) => numeral(c.n) === numeral(own[0].n)) ? t : null;
}

/** a count's value, Arabic or Chinese (12, 十二) */
function numeral(n: string): number {
  if (/^\d+$/.test(n)) return +n;
  const d: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  let v = 0, cur = 0;
  for (const ch of n) {
    if (ch in d) cur = d[ch];
    else { const u = ch === '十' ? 10 : ch === '百' ? 100 : 1000; v += (cur || 1) * u; cur = 0; }
  }
  return v + cur;
}

/** the count of a frame: the one count of its clause (on the holders or the title), else a total the next
 * clause states (，共15人), else the count of the sentence's subject in the clause before (2名职工…，已由…授予) */
function frameCount(h: FrameHost, clause: Span, prev: Span | undefined, next: Span | undefined, title: Frame['title'], v: { verb: string; at: number }): { count: Frame['count']; why: string | null } {
  const at = v.at;
  const own = countsIn(h, clause.start, clause.end, 'clause').filter((x) => (!title || x.end <= title.start || x.start >= title.end) && !inPool(h, clause, x, at));
  // a count shared out (A和B分别有1人获得…, 各有2名) is no count of the honour's holders
  if (own.some((x) => rx(h, 9, () => new RegExp(`(?:${h.words.share})$`)).test(h.text.slice(clause.start, x.start)))) return { count: null, why: 'a share of an enumeration (分别有N人): the honour is named, its count is not stated' };
  if (own.length > 1) return { count: null, why: `${own.length} counts in one clause: coordinated frames (N名H1和M名H2), read by the list patterns` };
  if (own.length === 1) return { count: own[0], why: null };
  const total = next && rx(h, 10, () => new RegExp(`^\\s*(?:共|共计|计|合计)(?:有)?(${N})${U}`)).exec(h.text.slice(next.start, next.end));
  if (total) return { count: { n: total[1], start: next!.start, end: next!.start + total[0].length, on: TOTAL }, why: null };
  // the holders counted in the next clause that closes on being chosen with no object (对“H”进行命名，A、B等6名职工当选)
  const chosen = next ? countsIn(h, next.start, next.end, 'the holders chosen in the next clause') : [];
  if (chosen.length === 1 && rx(h, 22, () => new RegExp(`^[^“”"「」]*?(?:${alt(h.words.onList)})\\s*了?\\s*$`)).test(h.text.slice(chosen[0].end, next!.end))) return { count: chosen[0], why: null };
  // a pronoun object (…的8家工作室进行授牌，命名它们为“H”) stands for the holders the clause before counts, when it counts one
  // (so does an object left out: 对评审通过的9个工作室予以命名并授予“H”称号 grants the title to those 9)
  const pronoun = rx(h, 24, () => new RegExp(`^[\\u4e00-\\u9fa5]{1,4}?(?:${alt(h.words.pronouns)})(?:为|為)?`)).test(h.text.slice(at, title?.start ?? at)) ||
    !!title && title.start > at && /^\s*(?:首届|首批|第[一二三四五六七八九十\d]+[届批])?\s*$/.test(h.text.slice(at + v.verb.length, title.start)) && h.verbs.grant.includes(v.verb);
  // (the pool the holders were chosen from is no count of them: 从24名候选人中评选出…等8名职工，授予…)
  const before = pronoun && prev ? countsIn(h, prev.start, prev.end, 'the holders the pronoun stands for').filter((x) => !inPool(h, prev, x, prev.end)) : [];
  // (only holders an act takes as its object: 对…8家工作室进行授牌 / 表彰了12名职工, not a stock: 现有职工500人)
  const p = prev ? h.text.slice(prev.start, prev.end) : '';
  const objectOfAct = /^\s*[对向]/.test(p) || [...h.verbs.grant, ...h.verbs.nameAs, ...h.verbs.select].some((w) => p.includes(w)) ||
    rx(h, 25, () => new RegExp(`(?:${h.words.bareAct})`)).test(p) || plaqueTo(h, p);
  if (before.length === 1 && objectOfAct) return { count: before[0], why: null };
  // only a clause with no subject of its own continues the one before (…，已由省人社厅授予…)
  const continues = rx(h, 11, () => new RegExp(`^\\s*(?:${h.words.continued})$`)).test(h.text.slice(clause.start, at));
  const subject = prev && continues && rx(h, 12, () => new RegExp(`^\\s*(?:其中|全[市区县省州]|我[市区县省州]|另)?(?:有)?(${N})${U}`)).exec(h.text.slice(prev.start, prev.end));
  if (subject) return { count: { n: subject[1], start: prev!.start, end: prev!.start + subject[0].length, on: 'the subject of the clause before' }, why: null };
  return { count: null, why: null };
}

/** the clause before hands plaques to what it counts (县总工会为A、B、C3个工作室授牌，命名其为“H”): its count is
 * of the ones the act takes as objects, so a pronoun after stands for them */
const plaqueTo = (h: FrameHost, p: string): boolean => rx(h, 28, () => new RegExp(`(?:${h.words.plaqueAct})\\s*(?:了)?\\s*$`)).test(p);

/** a count inside the pool a selection draws from (从参评的52名选手中评出12名“H”): the candidates, before the verb */
function inPool(h: FrameHost, clause: Span, x: NonNullable<Frame['count']>, at: number): boolean {
  if (x.end > at) return false;
  return rx(h, 26, () => new RegExp(`(?:${h.words.poolOpen})$`)).test(h.text.slice(clause.start, x.start)) &&
    rx(h, 27, () => new RegExp(`^(?:${h.words.poolClose})`)).test(h.text.slice(x.end, at));
}

/** 表彰了15名“H1”和6个“H2” / 确定“H1”6家和“H2”4家: after the verb, coordinated pairs of a count and its quoted
 * title, one frame each (every count of the clause after the verb must stand right by a title) */
function coordinated(h: FrameHost, clause: Span, v: { verb: string; kind: Frame['kind']; at: number }): Frame[] {
  const from = v.at + v.verb.length;
  const part = h.text.slice(from, clause.end);
  // the count before its title (15名“H1”和6个“H2”) or after it (“H1”6家和“H2”4家)
  const before = rx(h, 13, () => new RegExp(`(?<![第前\\d一二两三四五六七八九十百千])(?<n>${N})${U}(?:首届|首批|第[一二三四五六七八九十\\d]+[届批])?(?<t>${QUOTED.source})`, 'g'));
  // (a quoted core may carry a short tail: “H”提名奖12名)
  // (获得“H”的4名: the 的 makes the title an attribute of the holders counted, no part of its name)
  const after = rx(h, 14, () => new RegExp(`(?<t>${QUOTED.source}[^，。；;、,\\n“”"「」『』\\d和及与的]{0,6}?)的?\\s*(?<n>${N})${U}`, 'g'));
  const all = countsIn(h, from, clause.end, 'pair').length;
  const pairs = [[...part.matchAll(before)], [...part.matchAll(after)]].find((p) => p.length >= 2 && p.length === all) ?? [];
  return pairs.map((m) => {
    const start = from + m.index!;
    const t = { start: start + m[0].indexOf(m.groups!.t), raw: m.groups!.t };
    const n = { start: start + m[0].lastIndexOf(m.groups!.n, t.start > start ? t.start - start : undefined), n: m.groups!.n };
    const f: Frame = { verb: v.verb, kind: v.kind, start, end: start + m[0].length, title: { raw: t.raw, start: t.start, end: t.start + t.raw.length },
      count: { n: n.n, start: n.start, end: n.start + n.n.length + 1, on: 'a coordinated pair of a count and a title' }, holders: [], conferrer: null, mood: 'act', why: null };
    f.why = h.notARecord(v.at, f.end, f.title!.raw);
    return f;
  });
}

/** Every frame of conferment in the text: one per verb whose clause holds a title. */
export function confermentFrames(h: FrameHost): Frame[] {
  const out: Frame[] = [];
  // a frame opens at a verb of its clause (verbsIn: 颁发 or a verb of a kind), so a sentence with none has no frame
  const verbs = triggersOf(h.words, 'conferment.frame', () => ['颁发', ...h.words.plaqueAct.split('|'), ...kindsOf(h).flatMap(([, w]) => w)]);
  for (const seg of h.text.matchAll(/[^。；;！？!?\n]+/g)) {
    if (!verbs.in(seg[0])) continue;
    const sentence = { start: seg.index!, end: seg.index! + seg[0].length };
    const cl = clauses(seg[0]).map((s) => ({ start: s.start + sentence.start, end: s.end + sentence.start }));
    for (const [i, clause] of cl.entries()) {
      let attributive = false;
      for (const v of verbsIn(h, clause)) {
        // 获得者 / 获奖者 name holders, no act
        if (/^者/.test(h.text.slice(v.at + v.verb.length))) continue;
        // a verb as an attribute (命名的“H”, 评选出的20名) names a batch conferred before: the participle and
        // anaphora readers count its holders; an uncounted frame names no conferment of its own (a later verb of
        // the clause may still be its act when it hands the title over: 为3名新当选的“H”颁发证书)
        if (rx(h, 15, () => new RegExp(h.words.attributive)).test(h.text.slice(v.at + v.verb.length))) { attributive = true; continue; }
        if (attributive && v.kind !== 'handover') break;
        const pairs = coordinated(h, clause, v);
        if (pairs.length) { out.push(...pairs); break; }
        const title = frameTitle(h, v.kind, v.at + v.verb.length, clause, sentence, v.at) ?? listTitle(h, v, clause, sentence) ??
          (v.kind === 'handover' ? actBefore(h, clause, v.at) : null);
        if (!title || h.verbs.appoint.includes(v.verb) && !/[“"「『]/.test(title.raw)) continue;
        // a title named in a clause before (…“H”称号授予全省200名，我市有5人入选) is another frame's: this one spans its own clause
        const own = title.start >= clause.start;
        const counted = frameCount(h, clause, cl[i - 1], cl[i + 1], title, v);
        const { count } = counted;
        const joined = count && rx(h, 16, () => new RegExp(h.words.joined)).test(h.text.slice(title.end, clause.end)) ? 'a second honour joined to the title: one count over both is a sum'
          : count && rx(h, 17, () => new RegExp(h.words.sumKinds)).test(h.text.slice(count.end)) ? 'one count over two kinds of holders (集体和个人): a sum' : null;
        const why = counted.why ?? joined ?? (count ? null : 'no count bound to the title: an uncounted conferment is read by the conferred pattern');
        const rank = rx(h, 18, () => new RegExp(h.words.rank)).exec(h.text.slice(clause.start, v.at));
        // the title's holders as a class (获评“H”的人员可按程序晋升一个…): what they may do, no act and no count
        const mood = title.end > v.at && rx(h, 21, () => new RegExp(h.words.classOf)).test(h.text.slice(title.end, title.end + 28)) ? 'class' : 'act';
        const parts = [v.at, v.at + v.verb.length, ...(own ? [title.start, title.end] : []), ...(count ? [count.start, count.end] : [])];
        const f: Frame = { verb: v.verb, kind: v.kind, start: Math.min(...parts), end: Math.max(...parts), title, count,
          ...holdersAndConferrer(h.text, clause, v.at), mood,
          why: (mood === 'class' ? 'the title said of its class of holders (获评“H”的人员可…): a rule, no act' : null) ??
            why ?? (rank ? `a rank as the subject (${rank[0]}): the rule of a contest, not a record` : null) };
        // 由…授予 names who will confer, unless a total states the conferment done (由集团公司授予“H”称号，共27人)
        // (a borrowed title is checked where it stands: 我市申报的…2个项目榜上有名 reports a list, no plan)
        const plan = h.notARecord(own ? f.start : title.start, title.end, h.text.slice(title.start, title.end));
        f.why ??= plan && !(/^由/.test(plan) && count?.on === TOTAL) ? plan : null;
        out.push(f);
        break;
      }
    }
  }
  return out;
}

/** a frame as --explain shows it */
export const frameNote = (f: Frame, text: string): string =>
  `frame: verb ${f.verb} (${f.kind}), title ${text.slice(f.title!.start, f.title!.end)}, count ${f.count ? `${f.count.n} (${f.count.on})` : 'none'}` +
  (f.holders.length ? `, holders ${f.holders.join('、')}` : '') + (f.conferrer ? `, conferrer ${f.conferrer}` : '');
