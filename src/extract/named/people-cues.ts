// People named where official writing puts names (rules/people-cues.yaml): bylines (（记者 王某 通讯员
// 李某）, 作者：…), labels (领衔人：周敏), list lines and table columns of annexes (金丽华 宁波…桥吊司机),
// recipients before 等 N 名, and a person noun before the name (职工李红梅荣获…). The layout fixes
// where a name ends; the name must start with a known surname (or be a transcription with ·).
import { z } from 'zod';
import { loadRuleFile, oncePerRulesDir } from '../../rules/loader.js';
import { firstWins } from '../refiners/spans.js';
import type { Entity } from '../../types.js';
import { longestFirst, longestPatternsAlt as alt, longestWordsAlt } from '../refiners/regex.js';
import { jiebaTag } from './jieba.js';
import { placeAt, placeSpan } from './gazetteer.js';
import { perRules } from './doc.js';
import { parseSmallInt } from '../numbers/small-int.js';
import { triggersOf } from '../triggers.js';

const Cues = z.object({
  id: z.literal('people.cues'),
  byline: z.array(z.string().min(1)),
  bylineAfter: z.array(z.string().min(1)),
  bylineRoles: z.record(z.string(), z.string()),
  labels: z.array(z.string().min(1)),
  /** acts of a leader after 由 + name (由某某领衔, 牵头): the role each gives */
  leadActs: z.record(z.string(), z.string()),
  before: z.array(z.string().min(1)),
  beforeActs: z.array(z.string().min(1)),
  /** verbs that open an enumeration of named comrades (聘任张某、李某3名同志为…) */
  listVerbs: z.array(z.string().min(1)),
  /** verbs of selection a run of text glues to a transcribed name after it (评选|某某·某某): no part of the name */
  selectVerbs: z.array(z.string().min(1)).default([]),
  /** words besides the list verbs after which a list of an honour's holders starts (本届共有|某甲、某乙2名选手获此称号) */
  holderOpens: z.array(z.string().min(1)).default([]),
  /** the list verbs that give a post (聘任, 认定…为首席技师): the title after 为 is the role */
  appointVerbs: z.array(z.string().min(1)),
  /** the verbs that put one named person in an office (任命某某为某部部长): the office after 为 is the role */
  officeVerbs: z.array(z.string().min(1)).default([]),
  nameColumns: z.record(z.string(), z.string().nullable()),
  lineTitles: z.array(z.string().min(1)),
  acts: z.array(z.string().min(1)),
  offices: z.array(z.string().min(1)),
  /** posts held beside an office, written before it with 、 (县委常委、副县长, 党组成员、副主席): a chain's earlier links */
  chainPosts: z.array(z.string().min(1)).default([]),
  bylineQualified: z.array(z.string().min(2)),
  /** last characters of a unit's name: a title runs back to there (琼山支行|客户经理) */
  unitEnds: z.string().min(1),
  /** last characters of a post not in lineTitles (酿造工, 理事长, 安全员): a list line's short tail after its unit */
  postEnds: z.string().min(1),
  /** endings of a unit a list line may end with, post unstated (某某县第二小学) */
  lineUnits: z.array(z.string().min(1)),
  /** acts after a unit + name (某某有限公司王某获…第一名): the name ends there */
  unitActs: z.array(z.string().min(1)),
  /** endings of a unit a name follows directly (…有限公司|王某|获…) */
  unitHeads: z.array(z.string().min(1)),
  /** what a person named after a unit and post then does, besides unitActs (…站长林某作交流发言, …社员冉某当天…) */
  postActs: z.array(z.string().min(1)),
  /** verbs by which a person named at a clause's start holds the post that ends the clause (某某现任…首席技师，) */
  holdsVerbs: z.array(z.string().min(1)),
  /** words of time or manner between a person and what they did (…的任某|今年|入选…) */
  actAdverbs: z.array(z.string().min(1)),
  /** what makes a bare name its clause's subject: an age, a tenure (patterns) */
  subjectOf: z.record(z.string(), z.string().min(1)),
  /** person nouns of `before` that are a title (苗绣传承人, 钧瓷大师): the role, with the words that qualify it */
  titleNouns: z.array(z.string().min(1)),
  /** last characters of a department inside a unit (护理部, 焊接班): a post after it is written with it */
  deptEnds: z.string().min(1),
  subUnitEnds: z.string().default(""),
  /** bodies inside a unit (工会, 团委, 党支部): a post after one is written with it (工会委员, 团委书记) */
  unitBodies: z.array(z.string().min(1)),
  /** table columns that hold a person's post, alone (职务) or after the unit (工作单位及职务) */
  roleColumns: z.array(z.string().min(1)),
  /** table columns of a contest's result list that hold the tier a winner placed in (等次: 一等奖): the role
   * before any post or event column */
  tierColumns: z.array(z.string().min(1)).default([]),
  /** the tiers of a contest's prizes to a person (一等奖, 金奖) that label or head a list of winners: the winners' role */
  prizeTiers: z.array(z.string().min(1)).default([]),
  /** the words of a note after a winner's name that say a tie (（并列）, （第三名并列）): no unit and no post */
  tieNotes: z.array(z.string().min(1)).default([]),
  headLabels: z.array(z.string().min(1)).default([]),
  studioLeadEnds: z.array(z.string().min(1)).default([]),
  classRoles: z.array(z.string().min(1)).default([]),
  /** endings of a quoted honour standing right before a name (“湖湘工匠”曾某) */
  quotedTitles: z.array(z.string().min(1)),
  /** family words between two names (职工某的女儿某说): the kin is named after it, the parent before it */
  kin: z.array(z.string().min(1)),
  /** nouns of a family named by its head (张某家庭（某区）, 评选出王某家庭等20户): the head is a person */
  families: z.array(z.string().min(1)),
  /** what a person named in apposition to their post goes on to do, besides the acts above (…养殖户某某|参加…) */
  apposedActs: z.array(z.string().min(1)),
  /** verbs that end as posts end (动员, 开工, 落户): no post before a name */
  verbPosts: z.array(z.string().min(2)),
  /** the officers' posts a unit states before a name (主任, 经理, 总监) */
  unitOfficers: z.array(z.string().min(2)),
  /** posts that end as no post ends (主任, 书记, 传承人, 工人) */
  postWords: z.array(z.string().min(2)),
  addressWords: z.array(z.string().min(2)),
  /** the last characters of words no name ends with: a people (苗族), a level (师级, 县级) */
  notNameEnds: z.string().default(''),
  /** a line of names under a label (焊接（4名）：…) or alone under a list's heading: the heading words, a count's units */
  /** a list's heading words, the units of a label's count, the openings of a note shared by the whole line */
  nameList: z.object({ headings: z.array(z.string().min(1)), countUnits: z.array(z.string().min(1)), sharedNote: z.array(z.string().min(1)) }),
  /** patterns of a person record's fields that are no unit or post (男, 汉族, 1975年4月生, 中共党员, 大学学历) */
  recordFields: z.array(z.string().min(1)),
  /** the marks of one honoured after death in the note after a name (（追授）, （已故）) */
  personNotes: z.array(z.string().min(1)).default([]),
  /** clause words a run glues to a transcribed name before its dot (分别由|某某·某某): no part of it, no role */
  dotClauseLeads: z.array(z.string().min(1)).default([]),
  /** adverbs after a transcribed name before its verb (某某·某某|分别获评): the name ends there */
  dotNameAfter: z.array(z.string().min(1)).default([]),
  attendanceLabels: z.array(z.string().min(1)).default([]),
  /** the ends of a label that names its line's items as people (调研组成员：…, 参训人员：…): the names need no surname */
  memberLabels: z.array(z.string().min(1)).default([]),
  /** the notes after a name that say a person as the sex does: the people (（蒙古族，…）), the birth */
  peopleNotes: z.array(z.string().min(1)).default([]),
  examples: z.object({
    positive: z.array(z.object({ text: z.string(), names: z.array(z.string()), roles: z.array(z.string().nullable()) })),
    negative: z.array(z.string()),
  }),
});
export type PeopleCues = z.infer<typeof Cues>;

const Surnames = z.object({ id: z.string(), single: z.string().optional(), double: z.array(z.string()).optional(), nameParts: z.array(z.string().min(2)).optional(), partEnds: z.string().optional(),
  notNameStarts: z.array(z.string().min(2)).optional(), cuedDouble: z.array(z.string().length(2)).optional(), notGiven: z.array(z.string().min(2)).optional() }).passthrough();

export interface PeopleRules {
  cues: PeopleCues;
  single: Set<string>;
  double: string[];
  /** the parts Tibetan and Mongolian names are made of (people.yaml) */
  nameParts: Set<string>;
  /** closing syllables of a Mongolian given name after a usual part (宝音|图) */
  partEnds: string;
  /** words a surname opens that open no name (母亲, 满意) */
  notNameStarts: string[];
  /** the compound surnames that are also common words or places (南宫, 单于, 西门): read only where the layout puts a name */
  cuedDouble: string[];
  /** words that follow a surname character but are never a given name (模范|共同|领衔: no 范共同) */
  notGiven: string[];
}

/** rules/people-cues.yaml and the surnames of people.yaml: CompiledRules holds it (compileRules calls this); memoized per folder so that any other caller gets that same object */
export const peopleRules = oncePerRulesDir((dir): PeopleRules => {
  const [cues] = loadRuleFile('people-cues.yaml', Cues, dir);
  const s = loadRuleFile('people.yaml', Surnames, dir).find((r) => r.id === 'people.surnames');
  return { cues, single: new Set([...(s?.single ?? '')]), double: s?.double ?? [], nameParts: new Set(s?.nameParts ?? []), partEnds: s?.partEnds ?? '',
    notNameStarts: s?.notNameStarts ?? [], cuedDouble: s?.cuedDouble ?? [], notGiven: s?.notGiven ?? [] };
});

const HAN = /^[\u4e00-\u9fa5]$/;
const isHan = (c: string | undefined) => !!c && HAN.test(c);

/** `s` as a whole is a person's name: surname + 1–2 characters (double surname + 1–2), or X·Y */
export function isName(s: string, r: PeopleRules): boolean {
  // (a dot between two levels of places, 旗县·区, joins no name)
  if (/^[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,8}$/.test(s)) return !/[省市县区州旗盟镇乡]·/.test(s);
  // a Han surname, the dot, a Mongolian given name (包·乌日娜); or the one-character initial of a clan's or
  // a father's name that Mongolian and Daur names put before the dot (某·娜仁花), then a usual given name
  if (/^[\u4e00-\u9fa5]·[\u4e00-\u9fa5]{2,6}$/.test(s)) return r.single.has(s[0]) || minorityName(s.slice(2), r);
  if (![...s].every(isHan)) return false;
  // (a word a surname opens, 母亲, 满意, opens no name)
  if (r.notNameStarts.some((w) => s.startsWith(w))) return false;
  // a scope word (全市, 全省, 全县) is never a name, though 全 is a surname
  if (/^全[国省市县区州旗盟镇乡地]/.test(s)) return false;
  // nor is a surname character before the passive 被 (曾被评为, 曾被授予): the adverb of a clause, no given name
  if (s[1] === '被') return false;
  const d = r.double.find((x) => s.startsWith(x));
  // (an adverb after a surname character is no given name: 劳动模|范共同|领衔)
  if (r.notGiven.includes(s.slice(d ? d.length : 1))) return false;
  if (d) return s.length >= d.length + 1 && s.length <= d.length + 2;
  // a Mongolian given name after a Han surname (包|额尔敦): the surname and one usual part
  return (r.single.has(s[0]) && s.length >= 2 && s.length <= 3) || minorityName(s, r) || (s.length >= 4 && r.single.has(s[0]) && r.nameParts.has(s.slice(1)));
}

/**
 * `s` stands where the layout puts a name (a table's 姓名 or 领衔人 column, after 领衔人：, the first cell
 * of a list line with its unit and post): a name, or a name with no Han surname the dictionaries do not
 * know (才让东智, 乌日娜, 吴格日勒图, 公维娟) — two to five characters that are no dictionary word, no
 * scope word and do not end as a unit, a department or a post ends.
 */
export function slotName(s: string, r: PeopleRules): boolean {
  if (isName(s, r)) return true;
  if (!/^[\u4e00-\u9fa5]{2,5}$/.test(s) || /^全[国省市县区州旗盟镇乡地]/.test(s)) return false;
  if (r.cues.unitEnds.includes(s[s.length - 1]) || r.cues.deptEnds.includes(s[s.length - 1]) || /[科室处组办任记者员工师长手士警户]$/.test(s)) return false;
  // (a compound surname that is also a word, and a given name of two: 南宫|某某, 单于|某某)
  if (s.length === 4 && r.cuedDouble.includes(s.slice(0, 2))) return true;
  // a phrase of dictionary words (中式|烹调, 汽车|维修) is no name
  return !jiebaTag(s).every((t) => t.word.length >= 2 && !/^(?:nr|x)/.test(t.tag));
}

/** the padding inside a two-character name written to the width of three: one ideographic space, or one
 * or two ASCII spaces (a Han character is two columns wide in a space-aligned table: 任  静 beside 郭春生) */
const PAD = '(?:\u3000| {1,2})';
/** a gap of `n` characters between two cells is such padding */
const padGap = (n: number): boolean => n === 2 || n === 3;

/** a two-character name padded to the width of three (佟\u3000岩, 庄 颖, 任  静) at `at`: the name and its end */
function paddedAt(text: string, at: number, r: PeopleRules): { name: string; at: number; end: number } | null {
  const m = new RegExp(`^([\u4e00-\u9fa5])${PAD}([\u4e00-\u9fa5])(?![\u4e00-\u9fa5])`).exec(text.slice(at, at + 5));
  return m && r.single.has(m[1]) ? { name: m[1] + m[2], at, end: at + m[0].length } : null;
}

/** a person whose name spans padding (佟\u3000岩): its text is what the document wrote */
function paddedPerson(text: string, at: number, p: { name: string; end: number }, role: string | null, rule: string): Entity {
  return { ...person(text, at, p.name, role, rule), text: text.slice(at, p.end), end: p.end };
}

/** a Tibetan, Mongolian or Yi name, which has no surname: one or two of its usual parts (次仁|卓嘎, 宝音), or three
 * in a Tibetan name of five or six characters (格桑|次仁|卓嘎, 白玛|央金|措: a part, then a name of two parts) */
function minorityName(s: string, r: PeopleRules, inner = false): boolean {
  if (r.nameParts.has(s)) return true;
  if (s.length >= 3 && r.partEnds.includes(s[s.length - 1]) && r.nameParts.has(s.slice(0, -1))) return true;
  for (let k = 2; k <= s.length - 2; k++) {
    if (!r.nameParts.has(s.slice(0, k))) continue;
    if (r.nameParts.has(s.slice(k)) || (!inner && s.length - k >= 3 && minorityName(s.slice(k), r, true))) return true;
  }
  return false;
}

/** a Tibetan, Mongolian or Yi name, which has no surname, right at `at` after a post (常务副县长|某某某某|同志,
 * 科长|某某某|提醒): the longest run of two to six characters made of the usual parts that a boundary closes — not a
 * Han character, or a word that ends names (`ends`); null when none */
export function partsNameAt(text: string, at: number, r: PeopleRules, ends: readonly string[]): { name: string; end: number } | null {
  for (let n = 6; n >= 2; n--) {
    const s = text.slice(at, at + n);
    if (s.length < n || ![...s].every(isHan) || !minorityName(s, r)) continue;
    const q = at + n;
    // (a part before the dot of a transcribed name is only its first half: 艾尔肯|·某某)
    if (text[q] === '·') continue;
    if (q >= text.length || !isHan(text[q]) || ends.some((w) => text.startsWith(w, q))) return { name: s, end: q };
  }
  return null;
}

/** a Mongolian or Tibetan name of three or four characters one of whose halves is a usual part (乌云|某某,
 * 某某|巴特尔): where only a person stands, though the other half is no part the rules know */
function partName(s: string, r: PeopleRules): boolean {
  if (!/^[\u4e00-\u9fa5]{3,5}$/.test(s) || !slotName(s, r)) return false;
  return [2, 3].some((k) => (r.nameParts.has(s.slice(0, k)) && s.length - k >= 2) || (r.nameParts.has(s.slice(-k)) && s.length - k >= 2));
}

/** a name of four characters whose first two are a usual part of Tibetan or Mongolian names (德吉|某某, 巴特|某某) */
const partOpened = (s: string, r: PeopleRules): boolean => s.length === 4 && r.nameParts.has(s.slice(0, 2));

/** the run of name characters at `pos`, ended by the layout (space, bracket, punctuation, line end) */
function runAt(text: string, pos: number): string {
  let e = pos;
  // (long enough for a unit, a department, a name and a contact word run together)
  while (e < text.length && (isHan(text[e]) || text[e] === '·') && e - pos < 30) e++;
  return text.slice(pos, e);
}

function person(text: string, start: number, name: string, role: string | null, rule: string): Entity {
  return { type: 'person', name, canonical: name, role, text: text.slice(start, start + name.length), start, end: start + name.length, rule };
}


/** 符小敏黎婷 → 符小敏, 黎婷: two or three names run together, each of three or two characters (three first) */
function splitNames(run: string, r: PeopleRules, depth = 0): string[] | null {
  if (run === '') return depth >= 2 ? [] : null;
  if (depth > 3) return null;
  for (const n of [3, 2]) {
    const head = run.slice(0, n);
    if (head.length !== n || !isName(head, r)) continue;
    const rest = splitNames(run.slice(n), r, depth + 1);
    if (rest) return [head, ...rest];
  }
  return null;
}

/** 记者陈嘉怡通讯员黄伟 (spaces may be gone): each cue word, then the name up to the next cue or the end */
function cueSegments(text: string, from: number, to: number, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = new RegExp(`(${alt(r.cues.byline)})[：:]?[\\s\u3000]*`, 'g');
  const seg = text.slice(from, to);
  const hits = [...seg.matchAll(re)];
  hits.forEach((h, i) => {
    const s = h.index! + h[0].length;
    const e = i + 1 < hits.length ? hits[i + 1].index! : seg.length;
    const name = seg.slice(s, e).trim().replace(new RegExp(`[\\s\u3000]*(?:${alt(r.cues.bylineAfter)})$`), '');
    const pad = new RegExp(`^[\u4e00-\u9fa5]${PAD}[\u4e00-\u9fa5]$`).test(name) ? paddedAt(text, from + s + seg.slice(s).indexOf(name), r) : null;
    // (a byline cue and the bracket or the next cue bound the name: one with no Han surname too, 敖某某某)
    // (a Tibetan or Mongolian name whose first half is a usual part, 德吉|某某, is one name, not two Han names run together)
    if (isName(name, r) || (/^[\u4e00-\u9fa5]{3,4}$/.test(name) && (!splitNames(name, r) || partOpened(name, r)) && slotName(name, r) && !commonWord(name))) out.push(person(text, from + s, name, h[1], 'person.byline-cue'));
    // （责任编辑：庞\u3000蕾）: a two-character name padded to three
    else if (pad) out.push(paddedPerson(text, pad.at, pad, h[1], 'person.byline-cue'));
    else {
      // one cue, several names: （通讯员 陈晓燕 王涛）, （通讯员：龙某某、石某某）
      const names: { t: string; at: number; end?: number }[] = [...name.matchAll(/[^\s\u3000、，,]+/g)].map((n) => ({ t: n[0], at: n.index! }));
      // (a two-character name among them padded to three: 通讯员 齐某某 张 宁)
      for (let i = names.length - 2; i >= 0; i--) {
        if (names[i].t.length === 1 && names[i + 1].t.length === 1 && padGap(names[i + 1].at - names[i].at) && r.single.has(names[i].t)) names.splice(i, 2, { t: names[i].t + names[i + 1].t, at: names[i].at, end: names[i + 1].at + 1 });
      }
      const base = from + s + seg.slice(s).indexOf(name);
      if (names.length > 1 && names.every((n) => isName(n.t, r))) {
        for (const n of names) out.push(n.end ? paddedPerson(text, base + n.at, { name: n.t, end: base + n.end }, h[1], 'person.byline-cue') : person(text, base + n.at, n.t, h[1], 'person.byline-cue'));
      }
      // the normaliser removed the spaces between them (通讯员符小敏黎婷): names of three, then two characters
      else if (names.length === 1) {
        let at = from + s + seg.slice(s).indexOf(name);
        for (const n of splitNames(name, r) ?? []) { out.push(person(text, at, n, h[1], 'person.byline-cue')); at += n.length; }
      }
    }
  });
  return out;
}

/** the names of a byline read token by token: after a cue word, or the names that end it after a unit */
function readTokens(text: string, from: number, to: number, r: PeopleRules, out: Entity[], lead: string | null = null, unitRole = false): void {
  const words = new Set(r.cues.byline);
  // (a cue word its outlet qualifies is a cue and the role: 融媒体记者, 县融媒体中心记者, 首席记者)
  const cue = { has: (t: string): boolean => words.has(t) || (t.length <= 10 && !isName(t, r) && r.cues.bylineQualified.some((w) => t.endsWith(w))) };
  const after = new Set(r.cues.bylineAfter);
  const toks: { t: string; at: number; end?: number }[] = [];
  // (a date glued to the last name, 签发：韩某2025年9月18日, is a token of its own)
  // (a note in brackets glued to the last name, 编辑：某某（共印60份）, is no part of it)
  const re = /[^\s\u3000：:，,、\d（(]+|\d[^\s\u3000：:，,、（(]*/g;
  const seg = text.slice(from, to);
  // a closing word glued to the last name (郑丽娜供稿) is split off
  const glued = new RegExp(`^(.{2,8}?)(${alt(r.cues.bylineAfter)})$`);
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    // a two-character name padded to three (某某县总工会\u3000杨\u3000帆): one token
    const pad = paddedAt(text, from + m.index, r);
    if (pad && isName(pad.name, r)) {
      toks.push({ t: pad.name, at: from + m.index, end: pad.end });
      re.lastIndex = pad.end - from;
      continue;
    }
    const g = glued.exec(m[0]);
    if (g && isName(g[1], r)) toks.push({ t: g[1], at: from + m.index }, { t: g[2], at: from + m.index + g[1].length });
    else toks.push({ t: m[0], at: from + m.index });
  }
  // a cue word labels every name of the run after it (通讯员 葛某 陆某; 执笔：周某 刘某), up to the next word that is no name
  let label: string | null = lead;
  // (the unit the names of the run follow: 某某县总工会\u3000李某\u3000王某)
  let unit: string | null = null;
  const unsurnamed = unitClosingName(toks, r, after);
  const named = (t: string, i: number): boolean => isName(t, r) || i === unsurnamed;
  toks.forEach((k, i) => {
    const prev = toks[i - 1]?.t;
    const next = toks[i + 1]?.t;
    if (cue.has(k.t)) unit = null;
    else if (!named(k.t, i)) unit = bylineUnit(unmarked(k.t), r) ? unmarked(k.t) : null;
    if (cue.has(k.t)) label = k.t;
    // (the writer's unit between the cue and the name keeps the cue: 执笔：某某股 某某)
    else if (!named(k.t, i)) label = label && (i === 0 || cue.has(prev ?? '')) && bylineUnit(k.t, r) ? label : null;
    if (!named(k.t, i) || cue.has(k.t)) return;
    const mk = (role: string | null) => k.end ? paddedPerson(text, k.at, { name: k.t, end: k.end }, role, 'person.byline-cue') : person(text, k.at, k.t, role, 'person.byline-cue');
    if (prev && cue.has(prev)) out.push(mk(prev));
    // (文/某某县总工会宣教部 某某: the writer is named by the unit that sent them, right before the name)
    else if (label) out.push(mk(unitRole && unit ? unit : label));
    // after a unit, each of the names that end the byline (（某某市总工会\u3000普某某\u3000杨某某）)
    else if (i > 0 && (next === undefined || after.has(next) || toks.slice(i + 1).every((x, j) => isName(x.t, r) || (j === toks.length - i - 2 && after.has(x.t))))) out.push(mk(unitRole && unit ? unit : null));
  });
}

/** the index of the one name that closes a byline right after its unit (（某县总工会经济技术部\u3000某某某）, （…部\u3000某某某\u3000供稿）)
 * though no surname list knows it (the 茶, 字, 句 of Yunnan's peoples): a run of two or three the tagger reads as no
 * word, where the layout leaves room for nothing but the writer; -1 when none */
function unitClosingName(toks: readonly { t: string }[], r: PeopleRules, after: ReadonlySet<string>): number {
  const last = toks.length > 1 && after.has(toks[toks.length - 1].t) ? toks.length - 2 : toks.length - 1;
  if (last < 1 || isName(toks[last].t, r) || !bylineUnit(unmarked(toks[last - 1].t), r)) return -1;
  return unknownName(toks[last].t, r, 3) ? last : -1;
}

/** a byline's token without the mark a bulletin opens it with (□宣教部, ◎县就业服务中心) */
const unmarked = (t: string): string => t.replace(/^[■□▲△●○◆◇★☆◎※▶▷►▸]+/u, '').replace(/^文[/／]/, '');

/** the role the bylineRoles key `key` gives a writer after a unit: the unit itself (〔unit〕) or a word */
const unitKeyed = (key: string, r: PeopleRules): boolean => r.cues.bylineRoles[key] === '〔unit〕';

/** a byline's token that is a unit or a department (某某县人社局, 职业能力建设股): it ends as one ends */
function bylineUnit(t: string, r: PeopleRules): boolean {
  return t.length >= 3 && (r.cues.unitEnds.includes(t[t.length - 1]) || r.cues.deptEnds.includes(t[t.length - 1]));
}

/** （记者 陈嘉怡 通讯员 黄伟）, （南昌市总工会 熊文斌 供稿）, 作者：记者 孙艺 */
function bylines(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  bracketBylines(text, r, out);
  labelledBylines(text, r, out);
  writerLines(text, r, out);
  return out;
}

/** a byline in brackets: （记者 某某）, （某市总工会 某某 供稿）, [撰稿 某某] */
function bracketBylines(text: string, r: PeopleRules, out: Entity[]): void {
  // (a byline in square or lenticular brackets, [撰稿\u3000某某], 【责任编辑：某某】, is read by its cue only)
  const bracket = /[（(]([^（）()\n]{2,60})[）)]|[[【〔]([^[\]【】〔〕\n]{2,60})[\]】〕]/g;
  for (let m = bracket.exec(text); m; m = bracket.exec(text)) {
    const inner = m[1] ?? m[2];
    if (m[2] !== undefined && !r.cues.byline.some((c) => inner.startsWith(c))) continue;
    const from = m.index + 1;
    const lineStart = m.index === 0 || /(?:^|\n)[ \t\u3000]*$/.test(text.slice(Math.max(0, m.index - 8), m.index));
    const alone = text[m.index + m[0].length] === '\n' || m.index + m[0].length === text.length;
    // a bracket that opens with a byline word is a byline wherever it stands (本网讯（通讯员 李某）…, …。（记者 王某）)
    const opensWithCue = r.cues.byline.some((c) => inner.startsWith(c));
    if (!lineStart && !opensWithCue) continue;
    if (r.cues.byline.some((c) => inner.includes(c))) {
      out.push(...cueSegments(text, from, from + inner.length, r));
      continue;
    }
    // （南昌市总工会 熊文斌 供稿）, （天水市总工会 马建国）: a unit, a space, the name, a closing word
    const before = out.length;
    if (alone && /[\s\u3000]/.test(inner.trim())) readTokens(text, from, from + inner.length, r, out, null, unitKeyed(/^[\s\u3000]*文[/／]/.test(inner) ? '文〔unit〕' : '〔unit〕', r));
    else if (alone || r.cues.bylineAfter.some((c) => inner.endsWith(c))) {
      // the normaliser removed the spaces: （南昌市总工会熊文斌供稿） — the name follows the unit's ending
      const bare = inner.replace(new RegExp(`(?:${alt(r.cues.bylineAfter)})$`), '');
      const m = /^(.{3,30}?(?:会|局|部|司|团|厂|委|办|室|心|院|站|所))([\u4e00-\u9fa5·]{2,4})$/.exec(bare);
      if (m && isName(m[2], r)) out.push(person(text, from + m[1].length, m[2], null, 'person.byline-cue'));
    }
    // (a unit and a name alone, no closing word: the writer the unit sent, 撰稿)
    const fallback = unitKeyed('〔unit〕', r) ? null : r.cues.bylineRoles['〔unit〕'] ?? null;
    if (alone && !r.cues.bylineAfter.some((c) => inner.trim().endsWith(c))) for (const p of out.slice(before)) p.role ??= fallback;
  }
}

/** a byline opened by its label: 作者：某某, 文/某某, ■ 记者 某某 */
function labelledBylines(text: string, r: PeopleRules, out: Entity[]): void {
  // 作者：王某 / 文/朴某 崔某 (文/ opens the names of an article's writers)
  // 图/ (the photographer) ends the writers and names its own person; a byline line may open with a
  // mark and the byline word then a space (■ 记者 徐某, □记者 徐某: a paper's own mark, filled or hollow), or
  // with the word alone (记者 韩某 通讯员 周某), or after the outlet on a page's meta line (某区融媒体中心 记者 某某)
  const label = new RegExp(`(?:(${alt(r.cues.byline)})[：:]|(?<![\\u4e00-\\u9fa5])([文图])[/／|｜]|(?<=^[ \\t\u3000]*)(文)[ \\t\u3000]+(?=[\\u4e00-\\u9fa5][ \\t\u3000]?[\\u4e00-\\u9fa5]{1,2}[ \\t\u3000]*$)|(?<=^[ \\t\u3000]*(?:[■□▲△●○◆◇★☆][ \\t\u3000]*)?(?:[\\u4e00-\\u9fa5]{2,16}(?:中心|报社|日报|电视台|广播电视台)[ \\t\u3000]*)?)(${alt(r.cues.byline)})[ \\t\u3000]+)`, 'gm');
  for (let m = label.exec(text); m; m = label.exec(text)) {
    const eol = text.indexOf('\n', m.index);
    const photo = text.slice(m.index + m[0].length, eol < 0 ? text.length : eol).search(/[\s\u3000][文图][/／|｜]/);
    let to = photo >= 0 ? m.index + m[0].length + photo : eol < 0 ? text.length : eol;
    // a byline bracket closes the names (（某某县总工会 文/储某某）)
    const close = text.slice(m.index + m[0].length, to).search(/[）)\]】〕]/);
    if (close >= 0) to = m.index + m[0].length + close;
    // (图/ names the photographer: 图 is the role, as 编辑 and 审核 are)
    const lead = m[1] ?? m[4] ?? m[2] ?? m[3];
    const before = out.length;
    readTokens(text, m.index + m[0].length, to, r, out, r.cues.bylineRoles[lead] ?? lead, unitKeyed(`${lead}〔unit〕`, r));
    // 作者：唐静 — the first token is the name itself
    const first = /^[\s\u3000]*([^\s\u3000：:，,、（(]+)/.exec(text.slice(m.index + m[0].length, to));
    // 文\u3000杨\u3000帆 — a two-character name padded to three
    const pad = first ? paddedAt(text, m.index + m[0].length + first[0].length - first[1].length, r) : null;
    if (pad && !out.slice(before).some((p) => p.name === pad.name)) out.push(paddedPerson(text, pad.at, pad, r.cues.bylineRoles[lead] ?? lead, 'person.byline-cue'));
    // (all a label with its colon names, where only a name stands, is a name the surnames need not know: 作者：娜某)
    else if (first && (isName(first[1], r) || compoundName(first[1], r) || (bareFirst(text, m.index + m[0].length + first[0].length, r) && (partName(first[1], r) || (!!m[1] && unknownName(first[1], r))))) && !out.slice(before).some((p) => p.name === first[1])) {
      out.push(person(text, m.index + m[0].length + first[0].length - first[1].length, first[1], r.cues.bylineRoles[lead] ?? lead, 'person.byline-cue'));
    } else if (first && out.length === before && first[0].length === to - m.index - m[0].length) {
      // 作者：区总工会组织部唐某 — the unit and the name the normaliser ran together: the name after the unit's ending
      const g = gluedContact(first[1], r, true);
      if (g) out.push(person(text, m.index + m[0].length + first[0].length - first[1].length + g.at, g.name, r.cues.bylineRoles[lead] ?? null, 'person.byline-cue'));
    }
  }
}

/** a name no surname list knows, as the tagger does not (娜某/x): two to `max` characters, no word of address (小编, 老李) */
const unknownName = (s: string, r: PeopleRules, max = 4): boolean =>
  s.length >= 2 && s.length <= max && /^[\u4e00-\u9fa5]+$/.test(s) && !/^[小老]/.test(s) && slotName(s, r) && jiebaTag(s).every((t) => /^(?:nr|x)/.test(t.tag));

/** the first token after a byline cue ends at a wide gap, the line's end or the next cue's word: it is all the cue names */
const bareFirst = (text: string, end: number, r: PeopleRules): boolean =>
  end >= text.length || new RegExp(`^(?:\\n|[ \\t\u3000]{2,}|[ \\t\u3000]*$|[ \\t\u3000]+(?:${alt(r.cues.byline)})[：:])`).test(text.slice(end, end + 12));

/** 文某某 alone on the line after an article */
function writerLines(text: string, r: PeopleRules, out: Entity[]): void {
  // 文杨帆: the writer's line under an article whose padding the normaliser took out — 文 and a name
  // alone on the line after the article's last sentence, 文 no part of a word (文明, 文史馆)
  for (const m of text.matchAll(/(?<=[。）)”][ \t\u3000]*\n[ \t\u3000]*)文([\u4e00-\u9fa5]{2,3})[ \t\u3000]*$/gm)) {
    const lead = jiebaTag(m[0].trim())[0];
    if (!isName(m[1], r) || commonWord(m[1]) || (lead.word.length >= 2 && lead.tag !== 'x')) continue;
    out.push(person(text, m.index! + 1, m[1], r.cues.bylineRoles['文'] ?? null, 'person.byline-cue'));
  }
}

/** a unit, a name and a contact word run together (某某工作部|冯某|电话): the name of two or three
 * to four characters right after one of the unit's last characters */
function gluedContact(run: string, r: PeopleRules, ended = false): { name: string; at: number } | null {
  const body = /^(.{3,30}?)(?:联系电话|电话|手机|座机|邮箱)$/.exec(run)?.[1] ?? (ended ? run : undefined);
  if (!body) return null;
  // (a Tibetan or Uyghur name of four characters first: 某部|次仁卓玛, 某部|格桑央金)
  for (const n of [4, 3, 2]) {
    const at = body.length - n;
    // (after a unit's or a department's ending: 某局|王某, 某局职业能力建设科|冯某)
    if (at >= 2 && (r.cues.unitEnds.includes(body[at - 1]) || r.cues.deptEnds.includes(body[at - 1])) && isName(body.slice(at), r)) return { name: body.slice(at), at };
  }
  return null;
}

/** the line titles longest first, sorted once per rules object: the readers look them up for every candidate */
const titlesLongestFirst = (r: PeopleRules): readonly string[] => perRules(r, 'people.lineTitles', () => longestFirst(r.cues.lineTitles));

/** the words a name may follow as its post or honour (选矿工程师, 某市劳动模范, 主席, 高级技师), longest first */
const titleWords = (r: PeopleRules): readonly string[] =>
  perRules(r, 'people.title-words', () => longestFirst([...r.cues.quotedTitles, ...r.cues.offices, ...r.cues.postWords, ...r.cues.lineTitles]));

/** labels as an alternation where each may be letter-spaced to the width of longer ones in a block of
 * labelled lines (领 衔 人：, 联系人 (spaced)：, beside 工作室名称：): a blank or two may stand between characters */
export const spacedAlt = (labels: readonly string[]): string => longestFirst([...labels]).map((l) => [...l].join('[ \\u3000]{0,2}')).join('|');

/** 领衔人：周敏 / 联系人：省总工会宣教部\u3000符晓雯 */
function labelled(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // (a contact under its heading: 四、联系方式。某部某某，电话…)
  const re = new RegExp(`(${spacedAlt(r.cues.labels)})(?:[：:]|(?<=联系方式)。)\\s*`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let at = m.index + m[0].length;
    const word = m[1].replace(/[ \u3000]/g, '');
    const label = word === '联系方式' ? '联系人' : word;
    let run = runAt(text, at);
    // 领衔人：庄\u3000颖 — a two-character name padded to three
    const pad = paddedAt(text, at, r);
    if (pad && !isName(run, r)) {
      out.push(paddedPerson(text, at, pad, label, 'person.label'));
      continue;
    }
    // the label is the cue: a name the surnames do not know (领衔人：公维娟) when the layout ends it
    // (or the person's note opens after it: 领办人：才让卓玛（女，某某州技术能手）)
    if (!isName(run, r) && !(slotName(run, r) && /^(?:[\s\u3000，,。；;）)、（(]|$)/.test(text.slice(at + run.length, at + run.length + 1)))) {
      // 联系人：市总工会某某部冯某电话：… — the padding the normaliser took out: the name between the
      // unit's last character and the contact word
      // (联系人：市总工会劳动保护部胡某，电话：… — or the run ends at the comma before the phone)
      const glued = gluedContact(run, r, label.startsWith('联系人') && /^[，,；;。]/.test(text.slice(at + run.length)) && run.length >= 7);
      if (glued) {
        out.push(person(text, at + glued.at, glued.name, label, 'person.label'));
        continue;
      }
      // 联系人：省总工会宣教部 符晓雯 — the name after the unit, before the next punctuation
      const rest = /^[^\s\u3000，,。；;\n]{2,30}[\s\u3000]+/.exec(text.slice(at));
      if (!rest) continue;
      at += rest[0].length;
      run = runAt(text, at);
      // (the name after the unit padded to three: 联系人：某某部\u3000向\u3000敏，电话…)
      const padded = isName(run, r) ? null : paddedAt(text, at, r);
      if (padded) out.push(paddedPerson(text, at, padded, label, 'person.label'));
      // (after the unit the slot is the cue: 联系人：某股\u3000乌兰图雅，电话…)
      if (!isName(run, r) && (padded || !slotName(run, r) || !/^(?:[\s\u3000，,。；;）)]|$)/.test(text.slice(at + run.length, at + run.length + 1)))) continue;
    }
    out.push(person(text, at, run, label, 'person.label'), ...nextContacts(text, at + run.length, label, r));
  }
  return out;
}

/** the other contacts a 联系人 line names after the first, parted by a space or 、 (联系人：某某\u3000某某某):
 * each a whole name the line or a phone number ends */
function nextContacts(text: string, at: number, label: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  if (label !== '联系人') return out;
  const next = /^[ \u3000、，,]+([\u4e00-\u9fa5·]{2,8})(?=[ \u3000、，,；;。\d]|\n|$)/;
  for (let m = next.exec(text.slice(at, at + 40)); m && out.length < 4; m = next.exec(text.slice(at, at + 40))) {
    if (!isName(m[1], r) || commonWord(m[1])) break;
    out.push(person(text, at + m[0].length - m[1].length, m[1], label, 'person.label'));
    at += m[0].length;
  }
  return out;
}

/** the name that closes `clause` after a post or an honour (选矿工程师|某某, 某市劳动模范|某某, “某某工匠”、某某):
 * the name and where it starts; null when the clause does not end so */
function titledName(clause: string, r: PeopleRules): { name: string; at: number } | null {
  const titles = titleWords(r);
  const dotted = titledTranscribed(clause, r);
  if (dotted) return dotted;
  for (const n of [3, 2, 4]) {
    const name = clause.slice(-n);
    const head = clause.slice(0, -n);
    if (head.length < 2 || !(isName(name, r) || minorityName(name, r)) || commonWord(name)) continue;
    if (r.cues.postEnds.includes(head[head.length - 1]) || /[”、]$/.test(head) || titles.some((t) => head.endsWith(t))) return { name, at: clause.length - n };
  }
  return null;
}

/** a transcribed name closing the clause (由县级劳模某某·某某领衔): the dot marks it, so it stands alone or after an
 * honour (a post before it is read with the name by the transcribed reader, and is the role); the longest first
 * part whose lead is one */
function titledTranscribed(clause: string, r: PeopleRules): { name: string; at: number } | null {
  const honours = perRules(r, 'people.honour-words', () => longestFirst(r.cues.quotedTitles));
  const m = /([\u4e00-\u9fa5]{2,6})·[\u4e00-\u9fa5]{2,8}$/.exec(clause);
  if (!m) return null;
  for (let lead = 0; lead <= m[1].length - 2; lead++) {
    const at = m.index + lead;
    const head = clause.slice(0, at);
    const name = clause.slice(at);
    if (!isName(name, r)) continue;
    if (head === '' || head.endsWith('”') || honours.some((t) => head.endsWith(t))) return { name, at };
  }
  return null;
}

/** a label whose name comes after a post or an honour (领衔人：某某工程师某某, （带头人：某市劳动模范某某）,
 * 负责人为某场副场长某某), and a leader named with 由 (由某市技术能手某某领衔的…): the label, or the role the act
 * gives, is what the person is here */
function labelClauses(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = perRules(r, 'people.label-clauses', () => new RegExp(`(?:(${alt(r.cues.labels)})(?:[：:]|为|是)|由)([^，,。；;：:（()）\n]{3,30}?)(?:(${alt(Object.keys(r.cues.leadActs))})(?=[，,。；;（()）\n、]|的|$)|(?=[，,。；;（()）\n]|的|$))`, 'g'));
  for (const m of text.matchAll(re)) {
    // (由 takes a leader's act after the name, and 的 the thing led after it, 由某某领衔的…工作室: a clause
    // that closes on the act, 其中一个由某某领衔。, leaves what was led to the workshops; a label takes no act)
    // (由某某领衔、设在某校的…工作室: another clause of the thing led may come between)
    if (!m[1] === !m[3] || (m[3] && !/[的、]/.test(text[m.index! + m[0].length]))) continue;
    const hit = titledName(m[2], r);
    if (!hit) continue;
    const at = m.index! + m[0].indexOf(m[2]) + hit.at;
    const role = m[1] ?? postOfLeader(text, at, m[2].slice(0, hit.at), r) ?? r.cues.leadActs[m[3]];
    out.push(person(text, at, hit.name, role, 'person.label-clause'));
  }
  return out;
}

/** the post written before a leader named with 由 (由高级技师某某领衔, 由某医院护理部主任某某牵头): what the person is,
 * the act only saying what they do for the workshop; null when an honour or a quote stands there (由“某某工匠”某某领衔) */
function postOfLeader(text: string, at: number, head: string, r: PeopleRules): string | null {
  const post = r.cues.postEnds.includes(head[head.length - 1]) || [...r.cues.unitOfficers, ...r.cues.postWords].some((w) => head.endsWith(w));
  // (an honour in quotes among the leader's attributes, 由“某某工匠”、某医院主任医师某某领衔: the act's role, as written before)
  if (!post || head.includes('”') || r.cues.quotedTitles.some((t) => head.endsWith(t) && !r.cues.lineTitles.includes(t))) return null;
  // (the words after 由 are the post as written, 由|县医院护理部主任|某某; a long one is cut as an apposed post is)
  const role = head.length <= 10 ? head : apposedRole(text, at, r);
  return role.length >= 2 ? role : null;
}

/** a leader named as the subject of what they lead (高级技师某某领办的…工作室, 某某合作社某某带头的…, 由某中心
 * 带头人某某负责。): the name closes the clause before a leader's act, bare or after a title, a quoted honour or a
 * unit's ending; the act gives the role */
function leadClauses(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = perRules(r, 'people.lead-clauses', () => new RegExp(`(?:^|(?<=[、，,。；;：:\\s]))(?:分别)?(由)?([^，,。；;：:、（()）\\n]{2,30}?)(${alt(Object.keys(r.cues.leadActs))})(?=的|$|([，,。；;]))`, 'gm'));
  for (const m of text.matchAll(re)) {
    // (a clause that closes on the act names its leader only after 由: 由某某负责。; or after the 由 of a chain of
    // titles before the name, 由全国劳动模范、“某某工匠”某某领衔，)
    if (m[4] && !m[1] && !afterByChain(text, m.index!)) continue;
    const hit = leadName(m[2], r);
    if (!hit) continue;
    // (a label right before the name is the role it states: 由某中心带头人|某某负责)
    const label = longestFirst(r.cues.labels).find((l) => m[2].slice(0, hit.at).endsWith(l));
    out.push(person(text, m.index! + (m[1]?.length ?? 0) + hit.at, hit.name, label ?? r.cues.leadActs[m[3]], 'person.lead-clause'));
  }
  return out;
}

/** the text before `at` is a 由 and the first titles of a chain parted by 、 (由全国劳动模范、|“某某工匠”某某领衔) */
function afterByChain(text: string, at: number): boolean {
  return /由[^，,。；;：:\n由]{2,20}、$/.test(text.slice(Math.max(0, at - 24), at));
}

/** the name that closes a leader's clause: the whole clause, or after a title or a unit's ending (…合作社|某某) */
function leadName(clause: string, r: PeopleRules): { name: string; at: number } | null {
  if (isName(clause, r) && !commonWord(clause)) return { name: clause, at: 0 };
  const titled = titledName(clause, r);
  if (titled) return titled;
  const titles = titleWords(r);
  for (const n of [3, 2]) {
    const name = clause.slice(-n);
    const head = clause.slice(0, -n);
    // (a proper noun jieba knows, 莫日根, is still a name where a post stands before it and an act after it)
    if (head.length < 2 || !isName(name, r) || (commonWord(name) && !properNoun(name))) continue;
    if (r.cues.unitEnds.includes(head[head.length - 1]) || titles.some((t) => head.endsWith(t))) return { name, at: clause.length - n };
  }
  return null;
}

/** `w` is one proper noun of jieba's dictionary (nz: 莫日根, a Mongolian given name) */
function properNoun(w: string): boolean {
  const t = jiebaTag(w);
  return t.length === 1 && t[0].tag === 'nz';
}

/** the items of a run at bracket depth 0, parted by 、 or a comma: each with where it starts */
function topLevelItems(run: string): { t: string; at: number }[] {
  const items: { t: string; at: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k <= run.length; k++) {
    const c = run[k];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') depth--;
    else if (k === run.length || (depth === 0 && /[、，,]/.test(c))) { items.push({ t: run.slice(from, k), at: from }); from = k + 1; }
  }
  return items;
}

/** an item of a run that joins its last two names with 和, 及 or 与 (某甲·某乙和某丙): each name an item of its own */
function andItems(item: { t: string; at: number }, r: PeopleRules): { t: string; at: number }[] {
  const m = /^([^（）()]{2,13})[和及与]([^（）()]{2,6})$/.exec(item.t);
  if (!m || !isName(m[1], r) || !isName(m[2], r)) return [item];
  return [{ t: m[1], at: item.at }, { t: m[2], at: item.at + m[1].length + 1 }];
}

/** the names a label gives in a run (另外2个工作室的负责人依次为：某县劳动模范某某（某公司）、某某（某卫生院）):
 * each item a bare name or a name after its honour or post, its note in brackets dropped; the post of the note,
 * else the label, is the role */
function labelledRuns(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = perRules(r, 'people.labelled-runs', () => new RegExp(`(${alt(r.cues.labels)})分别(?:为|是)[：:]?([^。；;\n]{2,200})`, 'g'));
  for (const m of text.matchAll(re)) {
    const from = m.index! + m[0].length - m[2].length;
    for (const item of topLevelItems(m[2]).flatMap((x) => andItems(x, r))) {
      const note = /[（(]([^（）()]*)[）)]$/.exec(item.t);
      const bare = note ? item.t.slice(0, note.index) : item.t;
      const hit = isName(bare, r) && !commonWord(bare) ? { name: bare, at: 0 } : titledName(bare, r);
      if (!hit) continue;
      const post = note ? itemNote(note[1], r) : null;
      out.push(person(text, from + item.at + hit.at, hit.name, post || m[1], 'person.label-run'));
    }
  }
  return out;
}

/** the person a thing is named after (以全国劳动模范某某名字命名的…工作室, 以“某某工匠”某某的名字命名): the name closes
 * the words after 以, after an honour or a post; the honour is the role */
function namedAfter(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(/以([^，,。；;：:\n以]{2,24}?)的?名字命名/g)) {
    const hit = isName(m[1], r) && !commonWord(m[1]) ? { name: m[1], at: 0 } : titledName(m[1], r);
    if (!hit) continue;
    const title = m[1].slice(0, hit.at).replace(/[“”"]/g, '');
    out.push(person(text, m.index! + 1 + hit.at, hit.name, title || null, 'person.named-after'));
  }
  return out;
}

/** a label run straight into the name that closes its clause, no colon (…，带头人和某某；): the clause opens on
 * the label and ends on the name, which is the surname's and no dictionary word */
function bareLabels(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = perRules(r, 'people.bare-labels', () => new RegExp(`(?<=^|[，,。；;（(\n　])(${alt(r.cues.labels)})(是|为)?([\u4e00-\u9fa5]{2,4})(?=[，,。；;）)]|$)`, 'gm'));
  for (const m of text.matchAll(re)) {
    // (the label may be the clause's subject: …工作室，主持人是某某。)
    if (!isName(m[3], r) || commonWord(m[3])) continue;
    out.push(person(text, m.index! + m[1].length + (m[2]?.length ?? 0), m[3], m[1], 'person.bare-label'));
  }
  return out;
}

/** a cell of a list line or a table row; `end` where it is a name padded to the width of three */
interface Cell { t: string; at: number; end?: number }

/** a two-character name padded to the width of three in a list (陈\u3000丹\u3000某某医院\u3000护士长) or in a
 * table's last column (佟\u3000岩): one cell */
function mergePadded(cells: Cell[], r: PeopleRules): void {
  // the name's second character with its note, the unit run on after it (苏\u3000敏（女，瑶族）北海市…教师)
  const glued = cells.length === 2 ? /^([\u4e00-\u9fa5][（(][男女][^（）()]{0,8}[）)])(?=[\u4e00-\u9fa5]{4})/.exec(cells[1].t) : null;
  if (glued) cells.splice(1, 1, { t: glued[1], at: cells[1].at }, { t: cells[1].t.slice(glued[1].length), at: cells[1].at + glued[1].length });
  // the row number the normaliser glued to the surname (2任 静 某某有限公司 质检员): a cell of its own
  const num = cells.length >= 3 && cells[1].t.length === 1 ? /^(\d{1,3}[.、．]?)([\u4e00-\u9fa5])$/.exec(cells[0].t) : null;
  if (num) cells.splice(0, 1, { t: num[1], at: cells[0].at }, { t: num[2], at: cells[0].at + num[1].length });
  for (let i = cells.length - 2; i >= 0 && cells.length >= 3; i--) {
    // (the name's cell opens the line, closes it, or follows the row number: 3 龙\u3000婷 某公司 化验员)
    const first = i === 0 || (i === 1 && /^\d{1,3}[.、．]?$/.test(cells[0].t));
    // (the second character may carry the person's note: 苏\u3000敏（女，瑶族）)
    const one = cells[i + 1].t.length === 1 || (first && /^[\u4e00-\u9fa5][（(][男女][^（）()]{0,8}[）)]$/.test(cells[i + 1].t));
    if (r.single.has(cells[i].t) && isHan(cells[i + 1].t[0]) && one && padGap(cells[i + 1].at - cells[i].at) && (first || i + 2 === cells.length)) {
      cells.splice(i, 2, { t: cells[i].t + cells[i + 1].t, at: cells[i].at, end: cells[i + 1].at + 1 });
    }
  }
}

/** a table head whose labels are letter-spaced to the width of their column (序号  姓  名    单      位):
 * the single characters joined back into labels, when that yields a name column; the head is left as
 * it is otherwise. A label of the table's known columns is joined first (领 衔 人), any other pair after */
function spacedHead(cells: Cell[], r: PeopleRules): void {
  if (cells.some((c) => c.t in r.cues.nameColumns) || cells.filter((c) => /^[\u4e00-\u9fa5]$/.test(c.t)).length < 2) return;
  const known = new Set([...Object.keys(r.cues.nameColumns), ...r.cues.roleColumns]);
  const out: Cell[] = [];
  for (let i = 0; i < cells.length;) {
    const run = (k: number) => cells.slice(i, i + k).every((c) => /^[\u4e00-\u9fa5]$/.test(c.t)) && i + k <= cells.length;
    const k = [4, 3, 2].find((n) => run(n) && known.has(cells.slice(i, i + n).map((c) => c.t).join(''))) ?? (run(2) ? 2 : 1);
    out.push({ t: cells.slice(i, i + k).map((c) => c.t).join(''), at: cells[i].at });
    i += k;
  }
  if (out.some((c) => c.t in r.cues.nameColumns)) cells.splice(0, cells.length, ...out);
}

/** a table head the normaliser ran into one cell, its letter-spacing taken out (序号姓名单位职务/职称, 赛项姓名工作单位): cut back
 * into its labels where the whole cell is a run of known labels (a name's column among them), a pair joined by
 * a slash (职务/职称) one label; the cell is left as it is otherwise */
function gluedHead(cells: Cell[], r: PeopleRules): void {
  const t = cells.length === 1 ? cells[0].t : '';
  // (a head with no row numbers opens with its first column, 赛项姓名工作单位: a name's column must be in it)
  if (!/^(?:序号|编号)/.test(t) && !Object.keys(r.cues.nameColumns).some((k) => t.includes(k))) return;
  const labels = [...Object.keys(r.cues.nameColumns), ...r.cues.roleColumns, ...r.cues.headLabels].sort((a, b) => b.length - a.length);
  const out: Cell[] = [];
  for (let i = 0; i < t.length;) {
    const label = labels.find((l) => t.startsWith(l, i));
    if (!label) return;
    const pair = /^[/／、]/.test(t.slice(i + label.length)) ? labels.find((l) => t.startsWith(l, i + label.length + 1)) : undefined;
    const len = pair ? label.length + 1 + pair.length : label.length;
    out.push({ t: t.slice(i, i + len), at: cells[0].at + i });
    i += len;
  }
  if (out.length >= 3 && out.some((c) => nameHead(c.t, r) !== undefined)) cells.splice(0, 1, ...out);
}

/** the name column of a table: its place, the role it gives, the row's width, and what stands beside it */
interface Columns { index: number; role: string | null; width: number; sexNext: boolean; afterStudio: boolean; post: number; pure?: boolean; paired?: boolean; period: number }

const NOTE_END = /[（(][^（）()]{1,8}[）)]$/;
/** a heading of the name column, a note on what else the cell holds (领衔人（主要荣誉）, 姓名（职称）) or not, or the
 * first of two fields one cell holds (领衔人及荣誉 heads cells of 某某 省劳动模范, the name first): the heading as
 * nameColumns knows it, or undefined */
const nameHead = (t: string, r: PeopleRules): string | undefined =>
  [t, t.replace(NOTE_END, ''), t.replace(/及[\u4e00-\u9fa5]{2,6}$/, '')].find((h) => Object.hasOwn(r.cues.nameColumns, h));
/** the column a table row's role is read from: the tier a contest's winner placed in (等次) when the table
 * has one, else the post's (职务) or the event's (赛项) */
function postColumn(cells: Cell[], r: PeopleRules): number {
  const tier = cells.findIndex((c) => r.cues.tierColumns.includes(c.t));
  return tier >= 0 ? tier : cells.findIndex((c) => roleHead(c.t, r));
}

/** a head cell of the posts' column, a note in brackets after it or not (工作单位及职务（岗位）), or two such
 * labels in one cell (职务/职称) */
const roleHead = (t: string, r: PeopleRules): boolean => singleRoleHead(t, r) || pairedRoleHead(t, r);
const singleRoleHead = (t: string, r: PeopleRules): boolean => r.cues.roleColumns.includes(t) || r.cues.roleColumns.includes(t.replace(/[（(][^（）()]{1,6}[）)]$/, ''));
/** a head cell that names two of the post's columns at once (职务/职称, 职务、职称): each cell under it holds the
 * post first, then the grade (车间主任、高级技师), so the post is the cell's first part */
const pairedRoleHead = (t: string, r: PeopleRules): boolean => {
  const parts = t.split(/[/／、]/);
  return parts.length === 2 && parts.every((p) => singleRoleHead(p, r));
};
/** the cell of a column under a paired head (职务/职称) cut to its post, the grade after 、 left out */
const pairedCell = (cell: string, paired: boolean | undefined): string => (paired ? cell.split('、')[0] : cell);

/** the post a table's 职务 / 职业（工种） cell states, or the post ending its 工作单位及职务 cell */
function postCell(cell: string | undefined, r: PeopleRules, pure = false): string | null {
  const t = (cell ?? '').replace(/[（(][^（）()]{1,8}[）)]$/, '').replace(/…+$/, '');
  if (!/^[\u4e00-\u9fa5、（）()]{2,30}$/.test(t)) return null;
  // a column of posts alone (职务（职称）) holds the post as written (机修班长, 主任护师)
  if (pure && t.length <= 8) return t;
  // a post alone (化工总控工, 护林员); a cell with a unit in it keeps only the post at its end (…医院|护士)
  if (t.length <= 8 && ![...t].some((c) => r.cues.unitEnds.includes(c))) return t;
  return fullTitle(t, titlesLongestFirst(r).find((x) => t.endsWith(x)), r) ?? tailPost(t, r) ?? (t.length <= 6 ? t : null);
}

/** the name in a table row the normaliser ran into one cell: a sex cell after it (1次仁旺姆女某某医院护士),
 * the studio's name before it (1某某技能大师工作室郝强某某机床有限公司: two characters unless three leave
 * a place after them), or the row's end after the last unit's ending (6某某创新工作室某某股份有限公司佟岩) */
function gluedRow(text: string, cell: { t: string; at: number }, columns: Columns, r: PeopleRules): Entity | null {
  const sex = columns.sexNext ? /^(\d{1,3}[.、．]?)([\u4e00-\u9fa5·]{2,9}?)[男女](?=[\u4e00-\u9fa5]{4})/.exec(cell.t) : null;
  // (the cell after the sex, when the table puts the post there: 工作单位及职务)
  const post = sex && columns.post === columns.index + 2 && columns.width === columns.post + 1 ? postCell(cell.t.slice(sex[0].length), r) : null;
  if (sex) return slotName(sex[2], r) && !commonWord(sex[2]) ? person(text, cell.at + sex[1].length, sex[2], columns.role ?? post, 'person.table-column') : null;
  const studio = columns.afterStudio && columns.index < columns.width - 1 ? /^(\d{1,3}[.、．]?\S{2,30}?(?:工作室|工作站))([\u4e00-\u9fa5]{2,3})(?=[\u4e00-\u9fa5]{2})/.exec(cell.t) : null;
  if (studio) {
    const at = cell.at + studio[1].length;
    const three = studio[2].length === 3 && isName(studio[2], r) && !!placeAt(text, at + 3) && !placeAt(text, at + 2);
    const name = three ? studio[2] : studio[2].slice(0, 2);
    return isName(name, r) ? person(text, at, name, columns.role, 'person.table-column') : null;
  }
  // the name right after the row number, a unit that opens with its place after it (3龙婷花垣县某公司化验员)
  const lead = columns.index === 1 && columns.width >= 3 ? /^(\d{1,3}[.、．]?)([\u4e00-\u9fa5]{2,3})/.exec(cell.t) : null;
  if (lead) {
    const len = [3, 2].find((n) => n <= lead[2].length && isName(lead[2].slice(0, n), r) && !!placeAt(text, cell.at + lead[1].length + n) && (n === 2 || !placeAt(text, cell.at + lead[1].length + 2)));
    if (len) {
      const rest = cell.t.slice(lead[1].length + len);
      const post = columns.post === columns.width - 1 ? tailPost(rest, r) ?? fullTitle(rest, titlesLongestFirst(r).find((x) => rest.endsWith(x)), r) ?? null : null;
      return person(text, cell.at + lead[1].length, lead[2].slice(0, len), columns.role ?? post, 'person.table-column');
    }
  }
  const end = columns.index === columns.width - 1 ? new RegExp(`[${r.cues.unitEnds}]([\\u4e00-\\u9fa5]{2,3})$`).exec(cell.t) : null;
  return end && isName(end[1], r) ? person(text, cell.at + cell.t.length - end[1].length, end[1], columns.role, 'person.table-column') : null;
}

/** a note on a person after the name in a list line: the sex, with the person's people or not (（女）,
 * （女，瑶族）), the people alone (（朝鲜族）, （畲族）), or a mark of one honoured after death (（追授）,
 * （蒙古族，追授）, rules/people-cues.yaml personNotes) */
const personNote = (r: PeopleRules): string => perRules(r, 'people.personNote', () => {
  const head = `[男女]|[\\u4e00-\\u9fa5]{1,4}族${r.cues.personNotes.map((w) => `|${w}`).join('')}`;
  return `[（(](?:${head})(?:[，,、][\\u4e00-\\u9fa5]{1,6}){0,2}[）)]`;
});
/** a list line's first cell: a row number or none, the name, its note */
const firstCell = (r: PeopleRules): RegExp => perRules(r, 'people.firstCell', () => new RegExp(`^(\\d+[.、．]?)?(.*?)(?:${personNote(r)})?$`));
/** a name and its note glued to the unit after it */
const noteGlued = (r: PeopleRules): RegExp => perRules(r, 'people.noteGlued', () => new RegExp(`^([^（(]{2,8}${personNote(r)})(?=[\\u4e00-\\u9fa5]{4})`));

/** a list line's cells as the layout meant them: a glued sex note split off, an excerpt's closing note
 *  or ellipsis cut from the last cell */
function tidyCells(cells: { t: string; at: number }[], r: PeopleRules): void {
  // a sex note the normaliser glued to the unit after it (邝某（女）某某公司检验员): the note ends the name's cell
  const sex = cells.length === 1 ? noteGlued(r).exec(cells[0].t) : null;
  if (sex) cells.splice(0, 1, { t: sex[1], at: cells[0].at }, { t: cells[0].t.slice(sex[1].length), at: cells[0].at + sex[1].length });
  // an excerpt's closing note (…教师……（其余36名略）) is no part of the title
  if (cells.length >= 1) cells[cells.length - 1] = { ...cells[cells.length - 1], t: cells[cells.length - 1].t.replace(/…*[（(](?:其余|以下|下)?[\d一二三四五六七八九十百]*[名人个项]?略[）)]$/, '') };
  // an excerpt's closing ellipsis (…站长……) is no part of the title
  if (cells.length >= 2 && /…+$/.test(cells[cells.length - 1].t)) cells[cells.length - 1] = { ...cells[cells.length - 1], t: cells[cells.length - 1].t.replace(/…+$/, '') };
}

/** a line of a box-drawn table's rules only (┌──┬──┐, ├──┼──┤) */
const RULE_LINE = /^[\s\u2500-\u257f]+$/;

/** the head of a table that sets two or more records side by side in a row (姓名│单位及职务│姓名│单位及职务):
 * the width of one record, the head's whole width when its labels do not repeat */
function headPeriod(cells: Cell[]): number {
  const w = cells.length;
  for (let p = 2; p <= w / 2; p++) if (w % p === 0 && cells.every((c, i) => c.t === cells[i % p].t)) return p;
  return w;
}

/** the people of a table row: the name column's cell (each record's, in a row of records side by side), the
 * role its 职务 column gives */
function tableRow(text: string, cells: Cell[], columns: Columns, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // (a last row may hold fewer records than the head: │某某│某公司…│ alone)
  const side = columns.period < columns.width && cells.length % columns.period === 0 && cells.length <= columns.width;
  const records = side ? cells.length / columns.period : 1;
  const glued = !side && cells.length < columns.width;
  for (let k = 0; k < records; k++) {
    const shift = k * columns.period;
    // a row the normaliser glued cells of (1某公司“匠心”数控技能大师工作室 宫某 高级技师) is short of
    // cells on its left: the columns right of the glue keep their place counted from the row's end
    const c = glued ? gluedNumber(cells[cells.length - (columns.width - columns.index)], r) : cells[columns.index + shift];
    // a note on the person in brackets (葛某（高级教师）) is not part of the name
    const t = c?.t.replace(/[（(][^（）()]{1,10}[）)]$/, '') ?? '';
    // the 职务 column, where there is one, gives the role of a person of the 姓名 column
    // (a unit-and-post column whose cell a space parts, 某县中医院 针灸推拿科主治医师, is one cell too many: the post is after it)
    const split = !side && !columns.pure && columns.post > columns.index && cells.length === columns.width + 1;
    const post = columns.post < 0 ? undefined : glued ? gluedPost(cells[cells.length - (columns.width - columns.post)], columns) : cells[columns.post + shift + (split ? 1 : 0)];
    // (a paired head, 职务/职称, over cells of a post and a grade: 车间主任、高级技师 → 车间主任)
    const role = columns.role ?? (post ? cellRole(pairedCell(post.t, columns.paired), split ? cells[columns.post + shift].t : '', columns.pure, r) : null);
    if (c && slotName(t, r)) out.push(c.end ? paddedPerson(text, c.at, { name: t, end: c.end }, role, 'person.table-column') : person(text, c.at, t, role, 'person.table-column'));
  }
  return out;
}

/** the post's cell of a glued row when the glue is on its left (管道焊接1一等奖 under 赛项 名次 等次): the
 * normaliser took out the spaces around the rank, so the cell is the part after the rank's number */
function gluedPost(c: Cell | undefined, columns: Columns): Cell | undefined {
  const m = c && columns.post < columns.index ? /^[\u4e00-\u9fa5]{1,12}\d{1,3}[.、．]?(?=[\u4e00-\u9fa5]{2,8}$)/.exec(c.t) : null;
  return m ? { t: c!.t.slice(m[0].length), at: c!.at + m[0].length } : c;
}

/** the name cell of a row whose row number or rank the normaliser glued between its first cells and the name
 * (某赛项2某某 under 项目 名次 姓名): the name after the number; the cell as it is otherwise */
function gluedNumber(c: Cell | undefined, r: PeopleRules): Cell | undefined {
  const m = c && !slotName(c.t, r) ? /^([\u4e00-\u9fa5]{1,12}\d{1,3}[.、．]?)([\u4e00-\u9fa5]{2,5})$/.exec(c.t) : null;
  return m && isName(m[2], r) ? { t: m[2], at: c!.at + m[1].length } : c;
}

/** the role a table's post cell gives: a 工作单位及职务 cell is the unit with the post, as the table writes it
 * (some county hospital's head nurse), as a list line's is; `unit` the unit's part of a cell a space parts */
function cellRole(cell: string, unit: string, pure: boolean | undefined, r: PeopleRules): string | null {
  const post = postCell(cell, r, pure);
  return post && !pure ? wholePost(unit + cell.replace(/[（(][^（）()]{1,8}[）)]$/, ''), post) : post;
}

/** annex list lines (金丽华\u3000宁波舟山港股份有限公司桥吊司机) and table columns headed 姓名 / 领衔人 */
function listLines(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  let columns: Columns | null = null;
  let index = 0;
  /** the lines read as a name, a unit and a post; the lines of that shape waiting for a neighbour among them */
  const read = new Set<number>();
  const pending: { index: number; p: Entity }[] = [];
  for (const { line, offset } of listPieces(text).flatMap((x) => sideBySide(x, r))) {
    const cells: Cell[] = [];
    // a Markdown table row (|1|“织梦”职工创新工作室|某公司|俞海波|) is cut at its bars as well as at spaces; a full-width
    // bar parts cells as the ASCII one does (1｜某某｜男｜某公司车间主任), and so does a box-drawn table's (│某某│某公司…│)
    const re = /[^\s\u3000|｜\u2502\u2503]+/g;
    for (let m = re.exec(line); m; m = re.exec(line)) cells.push({ t: m[0], at: offset + m.index });
    gluedHead(cells, r);
    spacedHead(cells, r);
    mergePadded(cells, r);
    const head = cells.findIndex((c) => nameHead(c.t, r) !== undefined);
    // a row number glued to the first cell by the normaliser (1孙宏伟技能大师工作室): split it off
    const n = /^(\d+)[.、．]?(?=\D)/.exec(cells[0]?.t ?? '');
    if (columns && n && cells.length === columns.width - 1) cells.splice(0, 1, { t: n[1], at: cells[0].at }, { t: cells[0].t.slice(n[0].length), at: cells[0].at + n[0].length });
    // a first cell letter-spaced to its column's width (电 工 某某 某公司), one too many cells: one cell again
    if (columns && cells.length === columns.width + 1 && columns.index > 0 && /^[\u4e00-\u9fa5]$/.test(cells[0].t) && /^[\u4e00-\u9fa5]$/.test(cells[1].t)) cells.splice(0, 2, { t: cells[0].t + cells[1].t, at: cells[0].at });
    if (head >= 0 && cells.length >= 2) columns = { index: head, role: r.cues.nameColumns[nameHead(cells[head].t, r)!], width: cells.length, sexNext: cells[head + 1]?.t === '性别', afterStudio: /名称$/.test(cells[head - 1]?.t ?? ''), post: postColumn(cells, r), pure: cells.some((c) => (roleHead(c.t, r) || r.cues.tierColumns.includes(c.t)) && !/单位/.test(c.t)), paired: cells.some((c) => pairedRoleHead(c.t, r)), period: headPeriod(cells) };
    else if (columns && cells.length >= 2) out.push(...tableRow(text, cells, columns, r));
    else if (columns && RULE_LINE.test(line)) {
      // a rule of a box-drawn table (├──┼──┤) between its rows keeps the table open
    } else if (columns && cells.length === 1 && /^\d{1,3}[.、．]?[\u4e00-\u9fa5“"（(]/.test(cells[0].t)) {
      // a row the normaliser ran into one cell keeps the table open
      const p = gluedRow(text, cells[0], columns, r);
      if (p) out.push(p);
    } else if (cells.length < 2) columns = null;
    // a row number standing as a cell of its own (1. 包某 某公司司机) is no part of the line's name
    // (a bare number too, the normaliser having taken its stop or glued it to the name: 2任 静 …)
    if (head < 0 && cells.length >= 3 && /^\d{1,3}[.、．]?$/.test(cells[0].t)) cells.shift();
    if (head < 0) attendanceLabel(cells, r);
    if (head < 0) personCells(cells, r);
    tidyCells(cells, r);
    if (head < 0 && cells.length >= 2 && cells.length <= 4) {
      const got = listLine(text, cells, r);
      if (got?.sure) { out.push(got.p); read.add(index); } else if (got) pending.push({ index, p: got.p });
    }
    index++;
  }
  return [...out, ...siblings(pending, read)];
}

/** an annex's list written as running text (于某\u3000某村党支部书记；王某（女）\u3000某校教师；…): entries parted by
 * ；, each a name, a space and its unit and post; such a line is read as one list line per entry */
const RUN_ENTRY = /^[\u4e00-\u9fa5·]{2,6}(?:[（(][^（）()]{1,8}[）)])?[ \u3000]+[\u4e00-\u9fa5]/;

/** the text's lines, each with its offset; a line of ；-parted list entries gives one piece per entry */
function listPieces(text: string): { line: string; offset: number }[] {
  const out: { line: string; offset: number }[] = [];
  let offset = 0;
  for (const whole of text.split('\n')) {
    // (a typographic bullet opening the line, ■ 某某，男，蒙古族，某景区马术教练, is no cell of it)
    const lead = bulletLead(whole);
    const line = whole.slice(lead);
    const parts = line.split(/[；;]/);
    if (parts.filter((x) => RUN_ENTRY.test(x.replace(/^[ \u3000]+/, ''))).length >= 2) {
      let at = offset + lead;
      for (const x of parts) { out.push({ line: x, offset: at }); at += x.length + 1; }
    } else out.push({ line, offset: offset + lead });
    offset += whole.length + 1;
  }
  return out;
}

/** a typographic bullet opening a list line or a record line (■, ●, ◆ …): an entry's mark, as a row number is */
const LINE_BULLET = '[■□▲△●○◆◇★☆◎▶►▪•]';
const BULLET_LEAD = new RegExp(`^[ \\t\u3000]*${LINE_BULLET}[ \\t\u3000]*(?=[\\u4e00-\\u9fa5])`);

/** the length of a typographic bullet and its space opening a list line */
function bulletLead(line: string): number {
  return BULLET_LEAD.exec(line)?.[0].length ?? 0;
}

/** an annex list that sets two or more entries side by side on a line (某某 某公司 某某（女）某医院, 1．某某 某公司 2．某某
 * 某合作社), the wide gap between them gone to one space: a piece per entry, where every entry is a name — its row
 * number and note or not — and a unit of one cell, the name's note glued to the unit or not; the line as it is otherwise */
function sideBySide(piece: { line: string; offset: number }, r: PeopleRules): { line: string; offset: number }[] {
  const cells: Cell[] = [];
  const re = /[^\s\u3000]+/g;
  for (let m = re.exec(piece.line); m; m = re.exec(piece.line)) {
    // (a name's note glued to the unit after it: 某某（女）某医院 → 某某（女） | 某医院)
    // (and the next entry's row number glued to this entry's unit: 某公司2．某某)
    for (const part of m[0].split(/(?<=[\u4e00-\u9fa5）)])(?=\d{1,3}[.．、][\u4e00-\u9fa5])/)) {
      const at = m.index + m[0].indexOf(part);
      const g = noteGlued(r).exec(part);
      if (g) cells.push({ t: g[1], at }, { t: part.slice(g[1].length), at: at + g[1].length });
      else cells.push({ t: part, at });
    }
  }
  if (cells.length < 4 || cells.length % 2) return [piece];
  for (let i = 0; i < cells.length; i += 2) {
    const name = firstCell(r).exec(cells[i].t)![2];
    const unit = cells[i + 1].t;
    if (!slotName(name, r) || commonWord(name) || unit.length < 6 || !r.cues.lineUnits.some((u) => unit.endsWith(u))) return [piece];
  }
  const out: { line: string; offset: number }[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const end = i + 2 < cells.length ? cells[i + 2].at : piece.line.length;
    out.push({ line: piece.line.slice(cells[i].at, end), offset: piece.offset + cells[i].at });
  }
  return out;
}

/** a note of a person's sex and people alone, in brackets after a name (（女）, （藏族）, （女，纳西族）) */
const SEX_PEOPLE = /^(?:[男女](?:[，,、][\u4e00-\u9fa5]{1,5}族)?|[\u4e00-\u9fa5]{1,5}族)$/;
/** a cell that ends as a place of a roster's township column ends (某某镇, 某某瑶族乡, 某某街道) */
const PLACE_CELL = /(?:[省市县区州旗盟镇乡村屯寨]|街道|社区)$/;

/** an annex's roster of names written in cells, several to a line (更某（藏族）\u3000\u3000卓某（女，藏族）, a Markdown table
 * in two column pairs |和某（女，纳西族）|保和镇|余某（傈僳族）|叶枝镇|): a cell that is a name and its note of sex and
 * people alone is a person, whatever the surname; a bare name cell on such a line is one too (韩某 beside 仁青某某（女，藏族）),
 * and a bare name that opens a line next to such a line */
function nameCells(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  /** per line: whether a noted name cell is on it, and its first cell when that is a bare name */
  const lines: { noted: boolean; first: Entity | null }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const cells: Cell[] = [];
    const re = /[^\s\u3000|｜\u2502\u2503]+/g;
    for (let m = re.exec(line); m; m = re.exec(line)) cells.push({ t: m[0], at: offset + m.index });
    offset += line.length + 1;
    const noted = cells.map((c) => /^([\u4e00-\u9fa5]{2,6})[（(]([^（）()]{1,8})[）)]$/.exec(c.t)).map((m) => (m && SEX_PEOPLE.test(m[2]) && slotName(m[1], r) && !commonWord(m[1]) ? m[1] : null));
    const bare = cells.map((c, i) => (!noted[i] && bareNameCell(c.t, r) ? c.t : null));
    const names = cells.map((_, i) => noted[i] ?? bare[i]);
    // (one name opening the line: the rest is its township and its post or craft)
    const role = names.filter(Boolean).length === 1 && names[0] ? restRole(cells.slice(1)) : null;
    const at = (i: number) => person(text, cells[i].at, names[i]!, role, 'person.name-cell');
    // (a line of its own too: a Markdown table the ingester wrote one cell a line)
    const on = noted.some(Boolean);
    lines.push({ noted: on, first: !on && bare[0] ? at(0) : null });
    if (on) names.forEach((n, i) => { if (n) out.push(at(i)); });
  }
  // a line that opens with a bare name next to a line of noted names is of that roster (党某\u3000城关镇 under 贺某（女）\u3000东风镇;
  // 王某 two lines from 普某（女，傈僳族） where a table's cells stand one a line, a name and a township)
  lines.forEach((l, i) => { if (l.first && [-2, -1, 1, 2].some((d) => lines[i + d]?.noted)) out.push(l.first); });
  return out;
}

/** a name in running text with its note of sex and people right after it, after a post or a 的 (环卫工人|某某某（女，蒙古族）,
 * 副主任医师|某某某（女，藏族）, 某镇的|某某某（回族）): the note vouches for a name the surnames may not know; the post is the role */
function notedInText(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const titles = titlesLongestFirst(r);
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{3,14})（((?:[男女][，,])?[\u4e00-\u9fa5]{1,5}族|[男女])）/g)) {
    if (!SEX_PEOPLE.test(m[2])) continue;
    for (const k of [3, 2, 4]) {
      const name = m[1].slice(-k);
      const before = m[1].slice(0, -k);
      const title = titles.find((t) => before.endsWith(t));
      if (!before || (!title && !before.endsWith('的')) || !slotName(name, r) || commonWord(name)) continue;
      // (a short run that opens its clause is the post whole: 环卫工人, not 工人)
      const whole = title && before.length <= 6 && !isHan(text[m.index! - 1]);
      out.push(person(text, m.index! + m[1].length - k, name, whole ? before : title ? fullTitle(before, title, r) ?? title : null, 'person.noted-in-text'));
      break;
    }
  }
  return out;
}

/** what a roster line states after its one name: the unit and post of a two-cell line up to its first comma (某公司班长，“某工匠”),
 * else the last cell where it is no township (某某镇\u3000木雕: the craft); null when nothing is left */
function restRole(rest: Cell[]): string | null {
  const last = rest[rest.length - 1]?.t.split(/[，,]/)[0];
  return last && last.length >= 2 && !PLACE_CELL.test(last) ? last : null;
}

/** a cell that is a bare name of a roster: a known surname, no dictionary word, no township */
const bareNameCell = (t: string, r: PeopleRules): boolean => t.length <= 4 && isName(t, r) && !commonWord(t) && !PLACE_CELL.test(t);

/** a meeting's attendance line (出席：某某 副县长): the label and its colon cut from the first cell, the name left */
function attendanceLabel(cells: Cell[], r: PeopleRules): void {
  const first = cells[0]?.t ?? '';
  const label = r.cues.attendanceLabels.find((l) => first.startsWith(l) && /^[：:]/.test(first.slice(l.length)));
  const cut = label ? label.length + 1 : 0;
  if (cut && cells.length >= 2 && cells[0].t.length > cut) cells[0] = { ...cells[0], t: cells[0].t.slice(cut), at: cells[0].at + cut };
}

/** the cells of a list line about its person, not the person's unit or post: the sex, the people, the date of
 * birth (马某\u3000男\u3000回族\u3000某公司热控专工, 陶某 男 1971.03 农艺师) go; a line of a name, its unit and its grade
 * parted by commas (于某，某公司冷冻加工车间主任，高级技师) is cut there, the grade after the post left out */
function personCells(cells: Cell[], r: PeopleRules): void {
  const field = recordField(r);
  for (let i = cells.length - 1; i >= 1; i--) if (field.test(cells[i].t)) cells.splice(i, 1);
  if (cells.length === 1) recordCells(cells, field, r);
  const comma = cells.length === 1 ? new RegExp(`^([\u4e00-\u9fa5]{2,4}(?:${personNote(r)})?)[，,]([^，,。；;：:]{6,40})(?:[，,]([^，,。；;：:]{2,8}))?$`).exec(cells[0].t) : null;
  if (comma) cells.splice(0, 1, { t: comma[1], at: cells[0].at }, { t: comma[2], at: cells[0].at + comma[1].length + 1 });
}

const recordField = (r: PeopleRules): RegExp => perRules(r, 'people.recordFields', () => new RegExp(`^(?:${r.cues.recordFields.join('|')})$`));

/** a record run into one cell by commas (某某，男，汉族，1975年4月生，中共党员，某公司钳工): the record fields
 *  say it is one; the name's field and the first long field left (the unit and post) become the cells */
function recordCells(cells: Cell[], field: RegExp, r: PeopleRules): void {
  const parts: Cell[] = [];
  const re = /[^，,]+/g;
  for (let m = re.exec(cells[0].t); m; m = re.exec(cells[0].t)) parts.push({ t: m[0], at: cells[0].at + m.index });
  if (parts.length < 3 || !field.test(parts[1].t)) return;
  const unit = parts.slice(2).find((p) => !field.test(p.t) && p.t.length >= 6 && !/[。；;：:]/.test(p.t));
  if (unit && new RegExp(`^(?:\\d{1,3}[.、．]?)?[\u4e00-\u9fa5]{2,5}(?:${personNote(r)})?$`).test(parts[0].t)) cells.splice(0, 1, parts[0], unit);
}

/** a list's lines share their layout: a run of lines of one shape next to a line read as a person is of that list */
function siblings(pending: { index: number; p: Entity }[], read: Set<number>): Entity[] {
  const out: Entity[] = [];
  for (let grown = true; grown;) {
    grown = false;
    for (const { index: i, p } of pending) {
      if (read.has(i) || !(read.has(i - 1) || read.has(i + 1))) continue;
      out.push(p);
      read.add(i);
      grown = true;
    }
  }
  return out;
}

/** a list line of a name, a unit and a post (金某\u3000宁波…公司桥吊司机): the person, sure when the post or the
 * unit is read; not sure when a post no title list knows ends it (某某服务站|主播), read only beside sure lines */
function listLine(text: string, cells: Cell[], r: PeopleRules): { p: Entity; sure: boolean } | null {
  const titles = titlesLongestFirst(r);
  // a note on the person's sex after the name (邝某（女）) is no part of it
  // (陆某（女，壮族）: the note may add the person's people)
  const first = firstCell(r).exec(cells[0].t)!;
  const name = first[2];
  // a bracketed grade after the title (钳工（高级技师）) does not end the title
  const restText = cells.slice(1).map((c) => c.t).join('').replace(/[（(][^（）()]{1,8}[）)]$/, '');
  // name unit title: a known title ends the line, or a short last cell after a unit is the title
  const last = cells[cells.length - 1].t;
  const stated = fullTitle(restText, titles.find((t) => restText.endsWith(t)), r) ?? (cells.length === 3 && last.length <= 6 && cells[1].t.length >= 4 && /[会局厅司厂院校部委办队站所心行]$/.test(cells[1].t) ? last : null) ?? tailPost(restText, r);
  const role = stated && wholePost(restText, stated);
  // name, then a unit with no post stated (莫某 某某县第二小学): a person with no role
  const unitOnly = !role && cells.length === 2 && restText.length >= 6 && r.cues.lineUnits.some((u) => restText.endsWith(u));
  const mk = (post: string | null) => cells[0].end ? { ...person(text, cells[0].at, name, post, 'person.list-line'), text: text.slice(cells[0].at, cells[0].end), end: cells[0].end } : person(text, cells[0].at + (first[1]?.length ?? 0), name, post, 'person.list-line');
  const craft = craftCell(cells);
  if (craft && slotName(name, r)) return { p: mk(craft), sure: true };
  // the layout is the cue: a name the surnames do not know (乌日娜 某某服务中心农艺师) is read here too
  if (slotName(name, r) && (role || unitOnly) && restText.length >= 4) return { p: mk(role), sure: true };
  if (!isName(name, r) || commonWord(name) || cells.length !== 2 || restText.length < 6) return null;
  const post = unitTail(restText, r);
  return post === undefined ? null : { p: mk(post && wholePost(restText, post)), sure: false };
}

/** a roster of rural craftsmen (乡村工匠): the name, the township, the craft with its specialty in brackets (某某 某某区
 * 某某乡 传统手工艺（草编）) — the craft as written is the person's role, the township no part of it; null elsewhere */
function craftCell(cells: Cell[]): string | null {
  if (cells.length !== 3 || !/(?:[乡镇]|街道)$/.test(cells[1].t)) return null;
  return /^[\u4e00-\u9fa5]{2,8}[（(][\u4e00-\u9fa5、]{1,10}[）)]$/.test(cells[2].t) ? cells[2].t : null;
}

/** the line's unit and post as the list writes them (某镇某村|党支部书记, 某镇党委委员、副镇长): the post read at the end
 * of the line is the person's post in that unit, so the whole of it is the role where it is plain words */
function wholePost(rest: string, post: string): string {
  return rest.endsWith(post) && rest.length <= 30 && /^[\u4e00-\u9fa5、]+$/.test(rest) ? rest : post;
}

/** a label of a table's head: the name's column, the post's, or another the genre's tables carry (民族, 类别) */
const headLabel = (l: string, r: PeopleRules): boolean => {
  const t = l.trim();
  return nameHead(t, r) !== undefined || roleHead(t, r) || r.cues.headLabels.includes(t.replace(NOTE_END, ''));
};

/** the head of a table written one cell a line: the lines from `i` to the returned end, and whether each record
 * opens with a row number; null where `i` opens none. A head opens with 序号 and runs over short labels, or is a
 * run of three or more known labels with no line of the run before it (类别\n姓名\n民族\n工作单位及职务) */
function verticalHead(lines: string[], i: number, r: PeopleRules): { end: number; numbered: boolean } | null {
  let j = i + 1;
  if (/^\s*(?:序号|编号)\s*$/.test(lines[i])) {
    // (a label may pair two columns' names: 职务/职称)
    while (j < lines.length && j - i < 10 && /^\s*[\u4e00-\u9fa5（）()/／、]{2,10}\s*$/.test(lines[j])) j++;
    return { end: j, numbered: true };
  }
  if (!headLabel(lines[i], r) || (i > 0 && headLabel(lines[i - 1], r))) return null;
  while (j < lines.length && j - i < 10 && headLabel(lines[j], r)) j++;
  return j - i >= 3 ? { end: j, numbered: false } : null;
}

/** a table the normaliser wrote one cell a line (序号\n工作室名称\n依托单位\n领衔人\n…\n1\n某某工作室\n某公司\n王某\n…):
 * a head (verticalHead), then records of as many lines, each opening with a row number where the head has 序号,
 * each holding a name in the name's column where it has none */
function verticalTable(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const lines = text.split('\n');
  const at: number[] = [];
  lines.reduce((o, l) => (at.push(o), o + l.length + 1), 0);
  for (let i = 0; i < lines.length; i++) {
    const h = verticalHead(lines, i, r);
    if (!h) continue;
    const head = lines.slice(i, h.end).map((l) => l.trim());
    const index = head.findIndex((x) => nameHead(x, r) !== undefined);
    if (head.length < 3 || index < (h.numbered ? 1 : 0)) continue;
    const role = r.cues.nameColumns[nameHead(head[index], r)!];
    const post = head.findIndex((x) => roleHead(x, r));
    // (a paired head's cell, 车间主任、高级技师, gives its post as written)
    const paired = post >= 0 && pairedRoleHead(head[post], r);
    for (let k = h.end; k + head.length <= lines.length && (!h.numbered || /^\s*\d{1,3}\s*$/.test(lines[k])); k += head.length) {
      const line = lines[k + index];
      const t = line.trim().replace(/[（(][^（）()]{1,10}[）)]$/, '');
      const stated = role ?? (post >= 0 && post !== index ? postCell(pairedCell(lines[k + post].trim(), paired), r, paired) : null);
      if (slotName(t, r)) out.push(person(text, at[k + index] + line.indexOf(t), t, stated, 'person.table-column'));
      else if (!h.numbered) break;
    }
  }
  return out;
}

/** a post the titles do not list: the short tail after the unit's last ending (…酿造有限公司|酿造工,
 * …合作社|理事长), ending as posts end (工 员 师 长 …) */
function tailPost(rest: string, r: PeopleRules): string | null {
  for (let k = rest.length - 3; k >= Math.max(3, rest.length - 7); k--) {
    if (!r.cues.unitEnds.includes(rest[k])) continue;
    const tail = rest.slice(k + 1);
    if (tail.length < 2 || !r.cues.postEnds.includes(tail[tail.length - 1])) return null;
    // a body inside the unit whose post it is (某有限公司工会|委员 → 工会委员, 某学校团委|干事)
    const body = r.cues.unitBodies.find((b) => rest.slice(0, k + 1).endsWith(b));
    const word = lastUnitWord(rest.slice(0, k + 1), r);
    if (!body && word >= 0 && companySubUnit(rest.slice(word + 1, k + 1), r)) return rest.slice(word + 1);
    return body ? body + tail : tail;
  }
  return null;
}

/** the last of the posts a bracket lists after the sex (（男，养蜂能手、专业合作社理事长）), written whole where it is
 * short and ends in a title: a post with the unit word it runs (家庭农场负责人, 合作社理事长), no unit's name before */
function shortPost(note: string, r: PeopleRules): string | null {
  const last = note.split(/[、，,]/).pop()!;
  if (last === note || last.length > 8 || !/^[\u4e00-\u9fa5]+$/.test(last)) return null;
  return titlesLongestFirst(r).some((t) => last.endsWith(t) && t.length < last.length) ? last : null;
}

/** a known title at the end of `rest` with the words before it back to the unit's end (某支行|客户经理,
 * 某部|系统工程师): the post as the list writes it; the bare title when no unit end is near */
function fullTitle(rest: string, title: string | undefined, r: PeopleRules): string | undefined {
  if (!title) return undefined;
  const head = rest.slice(0, rest.length - title.length);
  // a character that may end units right after a unit's whole ending is the post's own (某花木有限公司|组培技术员,
  // not 组|培技术员): a sub-unit is two characters at least
  const word = lastUnitWord(head, r);
  // (a department and its post: 某医院|妇产科主任, 某公司|综采维修电工)
  for (let k = head.length - 1; k >= Math.max(0, head.length - 6); k--) {
    if (!r.cues.unitEnds.includes(head[k]) || k === word + 1) continue;
    if (word >= 0 && k === head.length - 1 && companySubUnit(head.slice(word + 1), r)) return head.slice(word + 1) + title;
    // a department right before the post is written with it (某医院|护理部主任, 某公司|焊接班班长,
    // 某纺织有限公司|细纱车间挡车工)
    const dept = deptBefore(head.slice(0, k + 1), r) ?? '';
    return dept + head.slice(k + 1) + title;
  }
  return title;
}

/** a company's own farm or work area right after its whole name (某牧业有限公司|养殖场, 某建设集团|施工区): no unit of
 * its own but a part of the company, written with the post as a department is */
function companySubUnit(sub: string, r: PeopleRules): boolean {
  return sub.length >= 3 && sub.length <= 4 && r.cues.subUnitEnds.includes(sub[sub.length - 1]) && ![...sub.slice(0, -1)].some((c) => r.cues.unitEnds.includes(c));
}

/** a unit with its post after it (…电商服务站|主播, …村|妇联主席): the post (two to four characters after the
 * unit's last ending), null for a unit alone, undefined when `rest` does not end as a unit or a post */
function unitTail(rest: string, r: PeopleRules): string | null | undefined {
  const word = lastUnitWord(rest, r);
  let k = word;
  for (let j = rest.length - 1; k < 0 && j >= Math.max(3, rest.length - 5); j--) if (r.cues.unitEnds.includes(rest[j])) k = j;
  // (a post ending as posts end may be longer: …度假区|妈祖文化讲解员)
  const posty = (t: string) => r.cues.postEnds.includes(t[t.length - 1]) || r.cues.offices.some((o) => t.endsWith(o));
  for (let j = rest.length - 6; k < 0 && j >= Math.max(3, rest.length - 8); j--) if (r.cues.unitEnds.includes(rest[j]) && posty(rest)) k = j;
  if (k < 3) return undefined;
  const tail = rest.slice(k + 1);
  if (tail === '') return null;
  // (a body's office inside the unit is the post with it: 某有限公司|工会主席)
  if (tail.length >= 2 && tail.length <= 7 && posty(tail)) return tail;
  return tail.length >= 2 && tail.length <= 4 && ![...tail].some((c) => r.cues.unitEnds.includes(c)) ? tail : undefined;
}

/** where the last whole unit ending of `head` (有限公司, 合作社, 医院) ends, within its last six characters; -1 when none */
function lastUnitWord(head: string, r: PeopleRules): number {
  let best = -1;
  for (const h of r.cues.unitHeads) {
    if (h.length < 2) continue;
    const i = head.lastIndexOf(h);
    if (i >= 0 && i + h.length >= head.length - 6) best = Math.max(best, i + h.length - 1);
  }
  return best;
}

/** the department `head` ends with (…医院护理部 → 护理部), back to the unit's own ending: null when
 * `head` does not end as a department ends or no unit ending stands within six characters before it */
function deptBefore(head: string, r: PeopleRules): string | null {
  // (a department's name is two to six characters: 护理部, 元明粉车间, 综采一队)
  if (!r.cues.deptEnds.includes(head[head.length - 1]) || head.endsWith('班组')) return null;
  for (let j = head.length - 3; j >= Math.max(0, head.length - 7); j--) {
    if (r.cues.unitEnds.includes(head[j]) && !r.cues.deptEnds.includes(head[j])) return head.slice(j + 1);
  }
  return null;
}

/** a name with no surname the rules know that opens its line before its particulars (那某（女，满族，1987年10月生）):
 * the line's layout vouches for it as a table's name column does */
function lineOpeningName(text: string, at: number, run: string, r: PeopleRules): string | undefined {
  return (at === 0 || /\n[\s\u3000]*$/.test(text.slice(Math.max(0, at - 4), at))) && run.length <= 4 && slotName(run, r) && !commonWord(run) ? run : undefined;
}

/** the post in the clause right after a person's particulars (某某（男，汉族，1984年1月生），某供电公司变电检修班班长，…):
 * the unit and the post the bracket left out */
function postAfterParticulars(text: string, at: number, r: PeopleRules): string | null {
  const clause = /^[，,]([^，,；;。\n（）()]{2,40})/.exec(text.slice(at, at + 42))?.[1];
  if (!clause) return null;
  return fullTitle(clause, titlesLongestFirst(r).find((t) => clause.endsWith(t)), r) ?? tailPost(clause, r) ?? null;
}

/** a roster line of names alone (云某、邢某、李某), and a name with its particulars in brackets
 * (蔡某（女，某街道社区党委书记）): recipients of an honour listed in a notice */
function rosters(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    let body = line.replace(/^[\s\u3000]+|[\s\u3000。；;]+$/g, '');
    // after a short label of the list (二等奖：某、某; 先进个人：某、某) two names make a roster
    const label = /^[\u4e00-\u9fa5（）()]{2,10}[：:][\s\u3000]*/.exec(body)?.[0] ?? '';
    body = body.slice(label.length);
    const parts = body.split(/[、，,]/);
    // (a labelled line of words is no roster: 工作要求：高效、文明)
    if (parts.length >= (label ? 2 : 3) && parts.every((x) => isName(x, r) && !(label && commonWord(x)))) {
      let at = offset + line.indexOf(body, label.length);
      const unit = label ? unitLabel(label.replace(/[：:][\s\u3000]*$/, ''), r) : null;
      for (const x of parts) { out.push(person(text, at, x, unit, 'person.roster')); at += x.length + 1; }
    }
    offset += line.length + 1;
  }
  const titles = titlesLongestFirst(r);
  for (const m of text.matchAll(/([\u4e00-\u9fa5·]{2,8})（[男女](?:[，,]([^（）\n]{2,40}))?）/g)) {
    // the name closes the run; before it, nothing or the end of its unit (某服务中心|杨某（女，导游）), or the 的 of
    // what describes her (来自某镇的|王某（女）…, 某镇的|李某（女，瑶族）是…): the sex in brackets vouches for the name
    // (the sex alone, 某某（女）, only after 的: a list line's 某某（女）\u3000unit+post is read with its post)
    const after = (x: string) => m[1][m[1].length - x.length - 1];
    const name = (m[1].includes('·') ? [m[1]] : [3, 2, 4].map((n) => m[1].slice(-n))).find((x) => isName(x, r) && (m[2] ? x === m[1] || r.cues.unitEnds.includes(after(x)) || after(x) === '的' : after(x) === '的')) ?? (m[2] ? lineOpeningName(text, m.index!, m[1], r) : undefined);
    if (!name) continue;
    const at = m.index! + m[1].length - name.length;
    const note = m[2] ?? '';
    const post = note ? (labelledPost(text, at, note) ?? shortPost(note, r) ?? fullTitle(note, titles.find((t) => note.endsWith(t)), r) ?? tailPost(note, r)) : null;
    out.push(person(text, at, name, post ?? postAfterParticulars(text, m.index! + m[0].length, r), 'person.particulars'));
  }
  // a two-character name padded to three (陈\u3000芳（女，某医院护士长）) opening its line
  for (const m of text.matchAll(/^[\s\u3000]*(([\u4e00-\u9fa5])[ \u3000]([\u4e00-\u9fa5]))（[男女][，,]([^（）\n]{2,40})）/gm)) {
    const name = m[2] + m[3];
    if (!isName(name, r)) continue;
    const at = m.index! + m[0].indexOf(m[1]);
    const role = fullTitle(m[4], titles.find((t) => m[4].endsWith(t)), r) ?? null;
    out.push({ ...person(text, at, name, role, 'person.particulars'), text: m[1], end: at + 3 });
  }
  return out;
}

/** the whole note after the sex as the post when the line's unit is its label (某合作社：马某（女，理事长）,
 * 某公司：杨某（女，种植基地技术员）): the unit is written already, so nothing of the note is the unit's */
function labelledPost(text: string, at: number, note: string): string | undefined {
  if (!/[：:]/.test(text[at - 1] ?? '') || /[，,、]/.test(note)) return undefined;
  const head = text.slice(text.lastIndexOf('\n', at - 1) + 1, at - 1).replace(/^[\s\u3000]+/, '');
  if (!/^[\u4e00-\u9fa5（）()]{4,30}$/.test(head)) return undefined;
  return /(?:师|師|长|長|员|員|工|手|任|记|記|理|监|監|士|警|者|人)$/.test(note) ? note : undefined;
}

/** a line of its own of a name and, in brackets, the unit and the post (某某（某某县某某养殖场场长）): a line of
 * an annex's list of recipients, or the speaker under a report's title; the bracket must end as a post ends */
function bracketedLines(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const titles = titlesLongestFirst(r);
  // (a list's number may open the line: 1. 某某（某县某某合作社制茶师）, 2．某某（…）)
  for (const m of text.matchAll(/^[ \t\u3000]*(?:\d{1,3}[.．、][ \t\u3000]*)?([\u4e00-\u9fa5]{2,4})（([^（）\n]{4,40})）[ \t\u3000。；;]*$/gm)) {
    if (!isName(m[1], r) || commonWord(m[1])) continue;
    const role = bracketRole(m[2], titles, r);
    if (role) out.push(person(text, m.index! + m[0].indexOf(m[1]), m[1], role, 'person.bracketed-line'));
  }
  return out;
}

/** the post a bracketed note after a name ends with (某县某某养殖场场长: 场长), or null */
function bracketRole(note0: string, titles: readonly string[], r: PeopleRules): string | null {
  // (two offices held together, 某局党组书记、局长: the last one written is the role)
  const note = note0.split(/[、，,]/).pop()!;
  const office = longestFirst(r.cues.offices).find((o) => note.endsWith(o));
  return (note.length <= 4 && office ? note : undefined) ?? fullTitle(note, titles.find((t) => note.endsWith(t)), r) ?? tailPost(note, r) ?? office ?? null;
}

/** a line of an annex of families, each named by its head, with the head's unit and post in brackets
 * (某某家庭（某镇某煤矿电铲司机）, 某某·某某家庭（某镇牧民）): the head is a person. The layout puts a name there, so
 * a name with no Han surname (Mongolian, Tibetan, Ewenki: up to seven characters) is read too. */
function familyLines(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  if (!triggersOf(r, 'people.families', () => r.cues.families).in(text)) return out;
  const titles = titlesLongestFirst(r);
  const re = perRules(r, 'people.family-lines', () => new RegExp(`^[ \\t\u3000]*(?:\\d{1,3}[.．、][ \\t\u3000]*)?([\u4e00-\u9fa5]{2,7}|[\u4e00-\u9fa5]{1,6}·[\u4e00-\u9fa5]{1,6})(?:${alt(r.cues.families)})（([^（）\\n]{2,40})）[ \\t\u3000。；;]*$`, 'gm'));
  for (const m of text.matchAll(re)) {
    const name = m[1];
    if (!(name.includes('·') ? isName(name, r) || /^[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]$/.test(name) : slotName(name, r) || longSlotName(name, r)) || commonWord(name)) continue;
    const role = bracketRole(m[2], titles, r);
    if (role) out.push(person(text, m.index! + m[0].indexOf(name), name, role, 'person.family-line'));
  }
  return out;
}

/** a name of six or seven characters with no Han surname (额尔德尼巴雅尔) where the layout puts one: no phrase of
 * dictionary words and no ending of a unit, a department or a post */
function longSlotName(s: string, r: PeopleRules): boolean {
  if (!/^[\u4e00-\u9fa5]{6,7}$/.test(s) || r.cues.unitEnds.includes(s[s.length - 1]) || r.cues.deptEnds.includes(s[s.length - 1])) return false;
  return !/[科室处组办任记者员工师长手士警户]$/.test(s) && !jiebaTag(s).every((t) => t.word.length >= 2 && !/^(?:nr|x)/.test(t.tag));
}

/** a transcribed name (古丽米拉·艾尔肯, 阿不都热合曼·吐尔逊) where the layout bounds it: after punctuation (a quoted
 * honour's closing mark too, “某某工匠”|某某·某某), a space, a list comma, 的 or an office (公司工会主席|…), before punctuation, a space, a date, 等 or an act. The middle
 * dot inside Han text is the mark of a transcribed personal name in official writing. */
function transcribed(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // every match holds the dot: a text without one is not searched (the lookbehinds below are tried at every character)
  if (!text.includes('·')) return out;
  // compiled once per rules load (compiling its lookbehind alternations was ~1 % of a text ingest)
  const re = perRules(r, 'people.transcribed', () => new RegExp(`(?:^|(?<=[\\s\u3000，,、：:；;。（(“"/的”」])|(?<=${alt(r.cues.offices)})|(?<=${alt([...r.cues.before, ...r.cues.labels, ...r.cues.lineTitles])}))([\\u4e00-\\u9fa5]{2,6}·[\\u4e00-\\u9fa5]{2,6}?)(?=[、，,。；;：:\\s\u3000（()）)”"\\d]|$|等|和|与|及|曾|在|为|一家|说[，,：:。]|${alt([...r.cues.acts, ...r.cues.beforeActs, ...r.cues.apposedActs, ...r.cues.dotNameAfter].filter((a) => a.length >= 2 || r.cues.dotNameAfter.includes(a)))})`, 'gm'));
  for (const m of text.matchAll(re)) {
    // a quoted slogan of two parts (“枸杞红·技能兴”) is no name
    if (text[m.index! - 1] === '“' && text[m.index! + m[1].length] === '”') continue;
    // a post, a label or the writer's place the run took with the name (带头人|努尔兰·…, 我市|艾尔肯·…)
    // (…or the 的 after a title the lookbehind stopped at: 获评工匠|的|某某·某某是…)
    const lead = m[1].startsWith('的') ? '的' : dotLead(m[1], r);
    const name = m[1].slice(lead.length);
    // (a family named by its head, 某某·某家庭, is read by familyLines)
    if (!isName(name, r) || r.cues.families.some((w) => name.endsWith(w))) continue;
    const at = m.index! + lead.length;
    const before = text.slice(Math.max(0, at - 6), at);
    // (an office or a title right before the name is the person's: 县总工会主席|某某·某某, 牧民|某某·某某)
    const head = r.cues.offices.find((o) => before.endsWith(o)) ?? titlesLongestFirst(r).find((t) => before.endsWith(t));
    // (with the department or trade written before it, as an apposed post is read: 运维|班长, 精油车间|主任)
    const office = head && withQualifier(text, at, head, r);
    // (a verb of conferment opening a list of names, 授予|某某·某某, is no role)
    const role = (lead && lead !== '的' && !/^[我本]/.test(lead) && ![...r.cues.listVerbs, ...r.cues.selectVerbs, ...r.cues.dotClauseLeads].includes(lead) ? lead : null) ?? office ?? bracketPost(text, at + name.length, r);
    out.push(person(text, at, name, role, 'person.transcribed'));
  }
  return out;
}

/** an office or title right before `at` with the words of its clause that qualify it (运维班长, 车间主任), as
 * an apposed post is read; the bare word when the clause gives nothing longer */
function withQualifier(text: string, at: number, head: string, r: PeopleRules): string {
  const full = apposedRole(text, at, r);
  return full.length > head.length && full.endsWith(head) ? full : head;
}

/** the words before a transcribed name's dot that are no part of it: the longest lead of a label, a
 * person noun, an office or a title (带头人, 技师, 主任) or the writer's own place (我市, 本县) that leaves two
 * characters to the name; '' when none */
function dotLead(run: string, r: PeopleRules): string {
  const given = run.slice(0, run.indexOf('·'));
  const words = perRules(r, 'people.dot-leads', () => longestFirst([...r.cues.labels, ...r.cues.before, ...r.cues.offices, ...r.cues.lineTitles, ...r.cues.postWords]));
  const scope = /^[我本][省市县区州旗盟镇乡]/.exec(given)?.[0];
  if (scope && given.length - scope.length >= 2) return scope;
  const verb = perRules(r, 'people.dot-verbs', () => longestFirst([...r.cues.listVerbs, ...r.cues.selectVerbs])).find((w) => w.length >= 2 && given.startsWith(w) && given.length - w.length >= 2) ??
    longestFirst(r.cues.dotClauseLeads).find((w) => given.startsWith(w) && given.length - w.length >= 2);
  return verb ?? words.find((w) => given.startsWith(w) && given.length - w.length >= 2) ?? '';
}

/** the post a bracket right after a name states (某某·某某（某某集团有限公司钢筋班班长）): null when none */
function bracketPost(text: string, at: number, r: PeopleRules): string | null {
  const note = /^[（(]([^（）()\n]{3,40})[）)]/.exec(text.slice(at, at + 44))?.[1];
  if (!note) return null;
  return fullTitle(note, titlesLongestFirst(r).find((t) => note.endsWith(t)), r) ?? tailPost(note, r) ?? null;
}

/** a post right before `at`, after its unit's last character (…食品有限公司|安全员): the post, or null */
function unitPostBefore(text: string, at: number, r: PeopleRules): string | null {
  const m = new RegExp(`(?:${alt(r.cues.unitHeads)})([\\u4e00-\\u9fa5]{1,4}[${r.cues.postEnds}])$`).exec(text.slice(Math.max(0, at - 10), at));
  return m && !r.cues.before.includes(m[1]) ? m[1] : null;
}

/** the clause's words right before `at`, sixteen at the most: where a post and the unit it follows are read */
function clauseBefore(text: string, at: number): string {
  return /[^，,。；;：:、\n\s]*$/.exec(text.slice(Math.max(0, at - 16), at))![0];
}

/** 授予彭立新等120名同志…, 高级技师罗文斌等10名职工… : the last name before 等 N 名 */
function beforeEtc(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = /等(?:\d+|[一二两三四五六七八九十百千]+)(?:名|位|人)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // a transcribed name after an act of naming or a boundary (授予热依拉·买买提等18人)
    // (or after a unit's 的: …奖章的马木提·艾海提等4名; the verb that opens the list is no part of it: 、|授予|阿依古丽·…)
    // (a one-character initial before the dot too, after the verb: 授予|某·巴特尔等32名)
    const tr = /(?:授予|命名|表彰|确定|认定|的|^|[，,、：:（(\s])([\u4e00-\u9fa5]{1,6}·[\u4e00-\u9fa5]{2,6})$/.exec(text.slice(Math.max(0, m.index - 20), m.index));
    const trName = tr?.[1].replace(new RegExp(`^(?:${alt(r.cues.listVerbs.filter((v) => v.length >= 2))})+(?=[\\u4e00-\\u9fa5][\\u4e00-\\u9fa5·])`), '');
    if (trName && isName(trName, r)) {
      out.push(person(text, m.index - trName.length, trName, null, 'person.before-etc'));
      continue;
    }
    // (a Mongolian or Tibetan name of five or six characters, made of the usual parts: 授予|乌某某巴雅尔|等10名)
    for (const len of [3, 2, 4, 5, 6]) {
      const s = m.index - len;
      if (s < 0) continue;
      const name = text.slice(s, m.index);
      // (the second part of a transcribed name is no name of its own: 马木提·|艾海提)
      if (!isName(name, r) || text[s - 1] === '·') continue;
      const prev = text.slice(Math.max(0, s - 6), s);
      // (a unit's 的 before the name: 某铝业的崔某等20名, 某车间的孟某等15名; an act of naming: 确定叶某等35名)
      // (另有|某某等8名, 还有…: a clause that counts more recipients)
      const ok = !isHan(prev.slice(-1)) || /(?:授予|命名|表彰|确定|认定|评选|推选|另有|还有|公司|集团|厂|局|院|站|所|车间|中心|学校|医院)$/.test(prev) ||
        (/[\u4e00-\u9fa5]{2}的$/.test(prev) && !commonWord(name)) ||
        r.cues.lineTitles.some((t) => prev.endsWith(t)) || !!unitPostBefore(text, s, r);
      if (ok) {
        // a title right before the name is the person's role: 高级技师罗文斌等10名职工, 某公司安全员韩某等12名同志;
        // written with what qualifies it back to the unit's end (某有限公司|数控车工组长, 某公司|糕点车间主任)
        const known = titlesLongestFirst(r).find((t) => prev.endsWith(t));
        const title = known ? fullTitle(clauseBefore(text, s), known, r) ?? known : unitPostBefore(text, s, r);
        out.push(person(text, s, name, title, 'person.before-etc'), ...listBefore(text, s, r));
        break;
      }
    }
    out.push(...countedList(text, m, r));
  }
  return out;
}

/** 为A、B、C、D、E等5名同志颁发…: a 、-list its count after 等 counts item for item vouches for every item of two to
 * four letters as a name — also one with no Han surname (a Tibetan or Yi name, 杨拉姆措, 阿说莫色) — when most of
 * its items read as names already (the first item after the clause's start or its verb) */
function countedList(text: string, m: RegExpExecArray, r: PeopleRules): Entity[] {
  // (the count read as every count is: 等十一名, 等十二名 are inside the bound)
  const n = parseSmallInt(m[0].slice(1, -1)) ?? 0;
  if (n < 3 || n > 12) return [];
  const clause = /[^，,。；;：:\n（(“”]*$/.exec(text.slice(Math.max(0, m.index - 80), m.index))![0];
  const items = clause.split('、');
  if (items.length !== n) return [];
  const first = [4, 3, 2].map((k) => items[0].slice(-k)).find((x) => isName(x, r));
  if (!first) return [];
  items[0] = first;
  if (!items.every((x) => /^[\u4e00-\u9fa5]{2,4}$/.test(x) && !commonWord(x)) || items.filter((x) => isName(x, r)).length * 2 <= n) return [];
  const out: Entity[] = [];
  for (let k = items.length - 1, at = m.index; k >= 0; k--) {
    at -= items[k].length;
    // (the items that read as names are found as they were, with their posts)
    if (!isName(items[k], r)) out.push(person(text, at, items[k], null, 'person.before-etc'));
    at -= 1;
  }
  return out;
}

/** the earlier items of a 、-list ending at the name at `s` (授予王某、庞某等18名, 某公司毛某、某公司顾某等12名): each
 * item a whole name, or a name after the list's verb, a unit's ending or a post (then the last item too) */
function listBefore(text: string, s: number, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // (a verb of selecting opens the list as one of naming does: 评选出某某、某某等10名)
  const opens = (head: string) => head === '' || new RegExp(`(?:${alt([...r.cues.listVerbs, ...r.cues.selectVerbs, ...r.cues.unitHeads, ...r.cues.lineTitles])})$`).test(head);
  const last = /[\u4e00-\u9fa5]{2,24}$/.exec(text.slice(Math.max(0, s - 24), s));
  const from = last && text[s - last[0].length - 1] === '、' && opens(last[0]) ? s - last[0].length : s;
  for (let at = from; text[at - 1] === '、' && out.length < 12;) {
    const item = /[\u4e00-\u9fa5]{2,24}$/.exec(text.slice(Math.max(0, at - 25), at - 1));
    if (!item) break;
    const name = [3, 2, 4].map((n) => item[0].slice(-n)).find((x) => isName(x, r) && !commonWord(x) && opens(item[0].slice(0, -x.length)));
    if (!name) break;
    const start = at - 1 - name.length;
    const head = item[0].slice(0, -name.length);
    const title = titlesLongestFirst(r).find((t) => head.endsWith(t));
    out.push(person(text, start, name, unitPostBefore(text, start, r) ?? fullTitle(head, title, r) ?? title ?? null, 'person.before-etc'));
    at = start - head.length;
  }
  return out;
}

/** 职工李红梅荣获…, 选手邱振华获得… : a person noun, a name, then a verb */
function afterNoun(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // (a name of two usual parts may run to four: 传承人|尼玛拉姆|被评为)
  const re = new RegExp(`(${alt(r.cues.before)})([\\u4e00-\\u9fa5]{2,4}?)(?=${alt(r.cues.beforeActs)}|等\\d|，|\\n|$)`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // a label noun is the person's role (…工作室领衔人谢泽林表示); a class noun (职工, 会员) is not, but for classRoles;
    // only a label may close its line with the name (…工作室，领衔人赵某某)
    // a title noun is the role with the words that qualify it back to the clause or unit (禹州钧瓷大师)
    // (a class noun the person is named as, 选手某某夺得…, is the role as written)
    const role = r.cues.labels.includes(m[1]) || r.cues.classRoles.includes(m[1]) ? m[1] : r.cues.titleNouns.includes(m[1]) ? qualified(text, m.index, m[1], r) : null;
    const eol = /^(?:\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1));
    if (eol && !role) continue;
    // a conjunction that is a surname too (工匠|和|劳模) joins two nouns, no name
    if (/^[和与及]/.test(m[2]) && commonWord(m[2].slice(1))) continue;
    if (nounEnded(m[2], r)) continue;
    if (isName(m[2], r)) out.push(person(text, m.index + m[0].length - m[2].length, m[2], role, 'person.after-noun'));
  }
  return out;
}

/** a "name" that ends as a person noun or an act of speaking is none: a side and its delegate (职工|方代表,
 * 企业|方代表), a name's end and the act (…者|沙说。, the 者 no post) */
function nounEnded(name: string, r: PeopleRules): boolean {
  return name.endsWith('说') || r.cues.before.some((b) => name.length > b.length && name.endsWith(b));
}

/** `noun` at `at` with the words before it that qualify it: back to punctuation, a unit's end, 的 (某公司的|首席技师:
 * the particle is no part of the post) or a clause's opening word (工作室由|面点技师, 其中|技师), at most 4 */
function qualified(text: string, at: number, noun: string, r: PeopleRules): string {
  let k = at;
  const opens = (q: number) => r.cues.dotClauseLeads.some((w) => text.startsWith(w, q - w.length));
  while (k > at - 4 && isHan(text[k - 1]) && text[k - 1] !== '的' && !r.cues.unitEnds.includes(text[k - 1]) && !opens(k)) k--;
  return text.slice(k, at) + noun;
}

/** 市总工会主席吴霞宣读… / 市委副书记张建平出席…: a body, an office, a name, an act; the role is body + office */
function withOffice(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // two offices held together are joined by 、 (党组书记、副主席)
  const re = perRules(r, 'people.office', () => {
    const office = `(?:${alt(r.cues.offices)})(?:、(?:${alt(r.cues.offices)}))?`;
    return new RegExp(`([\\u4e00-\\u9fa5]{1,14}?(?:委|会|局|厅|部|办|院|联|协|政府|公司|集团))(${office})([\\u4e00-\\u9fa5]{2,6}·[\\u4e00-\\u9fa5]{2,8}?|[\\u4e00-\\u9fa5·]{2,5}?)(?=${alt(r.cues.acts)})`, 'g');
  });
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text[m.index - 1] ?? '';
    if (/[\u4e00-\u9fa5]/.test(before) && !/[，。；、和及与\n]/.test(before)) {
      // the body may start later than the regex guessed: keep the shortest body that begins at a boundary
      // (found by a scan back from the body's end: a search over the text before it ran once per match, quadratic)
      let from = m.index + m[1].length;
      while (from > 0 && !'，。；、\n'.includes(text[from - 1])) from--;
      const clause = text.slice(from, m.index + m[1].length);
      if (!clause) continue;
      m[1] = clause;
    }
    // (the office is the cue, as a unit's post is: a Tibetan or Mongolian name with one usual part, 某局副局长才让某某任…)
    // (or a name no surname list knows that the tagger cannot split either: 县总工会主席|乌某某某某|在会上…)
    // (a run of three or more that is no dictionary word, the office its slot: 旗人社局局长|某某某某某|表示)
    if (!isName(m[3], r) && !partName(m[3], r) && !unknownName(m[3], r, 5) && !(m[3].length >= 3 && officeSlotName(m[3], r))) continue;
    const at = m.index + m[0].length - m[3].length;
    // a preposition that opened the clause is no part of the body (据|省总工会副主席王某介绍)
    // (nor what stands before it: 领导小组由|区人社局局长某某兼任组长)
    // (师: a corps division's city, 由师市总工会主席某某任主任)
    const body = m[1].replace(/^.*(?:据|由|经|请|邀请)(?=[省市县区州旗盟国中全团乡镇师])/, '');
    out.push(person(text, at, m[3], (body.length >= 2 ? body : m[1]) + m[2], 'person.office'));
  }
  return out;
}

/** a line that signs a report or speech with an office, a space and the name (区总工会党组书记、常务副主席 孟某):
 * the role is what comes before the name */
function signedLines(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = new RegExp(`^[ \\t\u3000]*([\\u4e00-\\u9fa5、]{0,16}(?:${alt(r.cues.offices)}))[ \\t\u3000]+([\\u4e00-\\u9fa5·]{2,8})[ \\t\u3000]*$`, 'gm');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!isName(m[2], r)) continue;
    out.push(person(text, m.index + m[0].lastIndexOf(m[2]), m[2], m[1], 'person.signed-line'));
  }
  // a line of a unit and its writer under an article (敦化市总工会 韩雪松): the name after the unit
  // (a bulletin may open the line with its mark, ◎县就业服务中心\u3000某某: the unit is the writer's role, as in a bracket)
  const unit = new RegExp(`^[ \\t\u3000]*[■□▲△●○◆◇★☆◎※]?([\\u4e00-\\u9fa5（）]{2,24}(?:总工会|工会|局|科|股|处|委|办|部|中心|公司|集团|学校|医院|大队)|[\\u4e00-\\u9fa5]{0,12}记者站)[ \\t\u3000]+([\\u4e00-\\u9fa5·]{2,8})[ \\t\u3000]*$`, 'gm');
  const role = (u: string): string | null => (unitKeyed('〔line〕', r) ? u : null);
  for (let m = unit.exec(text); m; m = unit.exec(text)) {
    if (isName(m[2], r) && !commonWord(m[2])) out.push(person(text, m.index + m[0].lastIndexOf(m[2]), m[2], role(m[1]), 'person.signed-line'));
  }
  return out;
}

/** an annex's list under its heading (…名单, its count note (16名) below) that writes each person's unit and
 * post first, then the name, then the particulars (某某有限公司机电科技术员\u3000王某（女）): the line is the cue,
 * whatever the post; the role is the unit and post when they end as a post ends */
function postFirstRoster(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const heading = new RegExp(r.cues.nameList.headings.join('|'));
  const line = /^[ \t\u3000]*([\u4e00-\u9fa5（）()、·]{4,40}?)[ \t\u3000]+([\u4e00-\u9fa5·]{2,8})(?:[（(][^（）()\n]{1,20}[）)])?[ \t\u3000。；;]*$/;
  let head = false;
  let offset = 0;
  for (const l of text.split('\n')) {
    const t = l.trim();
    const m: RegExpExecArray | null = head ? line.exec(l) : null;
    if (m && isName(m[2], r) && !commonWord(m[2])) {
      const at = offset + m.index + m[0].indexOf(m[2], m[1].length);
      out.push(person(text, at, m[2], endsAsPost(m[1], r) ? m[1] : null, 'person.post-first-roster'));
    }
    // the heading reaches over its count note and over the lines it heads; anything else closes it
    // (a long sentence that ends on a colon introduces the list as a heading does: 拟推荐以下2名职工为…候选人：)
    if (t) head = (heading.test(t) && (t.length <= 40 || /[：:]$/.test(t))) || (head && (!!m || /^[（(][^（）()]*[）)]$/.test(t)));
    offset += l.length + 1;
  }
  return out;
}

/** 以某某为带头人的工作室, 以“某某工匠”某某为负责人: the label the person is made is the role */
function takenAs(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = perRules(r, 'people.taken-as', () => new RegExp(`以(?:“[^”\n]{2,12}”)?([\u4e00-\u9fa5·]{2,4}?)为(${alt(r.cues.labels)})`, 'g'));
  for (const m of text.matchAll(re)) {
    if (!isName(m[1], r) || commonWord(m[1])) continue;
    out.push(person(text, m.index! + m[0].length - m[2].length - 1 - m[1].length, m[1], m[2], 'person.taken-as'));
  }
  return out;
}

/** a unit, then a name, then an act (某某有限公司王某获…第一名, 某某医院李某荣获…): the unit's ending
 * fixes the start, the act the end; a word of the dictionary that is not a name (连续, 今年) is not one */
function afterUnit(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = new RegExp(`(?:${alt(r.cues.unitHeads)})(的?)([\\u4e00-\\u9fa5]{2,4}?)(?=(?:${alt(r.cues.actAdverbs)})?(?:${alt(r.cues.unitActs)})|(?<=的[\\u4e00-\\u9fa5]{2,4})[、，,和与是])`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // with 的 the name may also end at the next item of a list of winners (某公司的叶某、某厂的陈某分获…)
    if (isName(m[2], r) && !commonWord(m[2])) out.push(person(text, m.index + m[0].length - m[2].length, m[2], null, 'person.after-unit'));
  }
  return out;
}

/** a unit, a post, a name, then an act or the next item of a list (某医院心内科护士长童某、某公司装配钳工
 * 汪某；某公司操作工乔某名列其中): the post (a run ending as posts end: 工 员 长 师 手) is the role; a class
 * noun (职工, 选手) is no post */
function unitPost(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const acts = [...r.cues.unitActs, ...r.cues.postActs];
  // (a post after 的 as well: 来自某社区的网格员单某讲述…, 今年45岁的钳工吕某已…; a double surname: 茶艺师欧阳某某在…)
  // (a transcribed name may end before an adverb of its clause: 教师某某·某某|则是…)
  // (the last item of a list of them ends at the full stop: …、某公司化工总控工王某。)
  const re = new RegExp(`(?:${alt(r.cues.unitHeads)}|的)([\\u4e00-\\u9fa5]{1,6}?(?:[${r.cues.postEnds}]|${alt(r.cues.unitOfficers)})(?![${r.cues.postEnds}]))([\\u4e00-\\u9fa5]{2,4}?|[\\u4e00-\\u9fa5]{1,6}·[\\u4e00-\\u9fa5]{2,8}?|[\\u4e00-\\u9fa5]{5,6}?)(?=${alt(acts)}|[、；;，,]|(?<=、[^。\\n]{4,40})。${r.cues.dotNameAfter.length ? `|(?<=·[\\u4e00-\\u9fa5]{2,8})(?:${alt(r.cues.dotNameAfter)})` : ''})`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // a unit, a post, then the act: the slot only a person fills, so a name with no Han surname (乌云某某) too
    if (r.cues.before.includes(m[1]) || !(isName(m[2], r) || partName(m[2], r)) || commonWord(m[2])) continue;
    // (five or six characters only as a Tibetan or Mongolian name of three usual parts: 泽仁|旺姆|拉措)
    if (/^[\u4e00-\u9fa5]{5,6}$/.test(m[2]) && !minorityName(m[2], r)) continue;
    // a conjunction that is a surname too joins the post to the next noun (教师|和|油画从业人员), no name
    if (/^[和与及]/.test(m[2]) && commonWord(m[2].slice(1))) continue;
    // a title cut inside (高级工|程师曾某): the longer title runs into the name, no person there
    const joined = m[1] + m[2];
    if (r.cues.lineTitles.some((t) => { const i = joined.lastIndexOf(t); return i >= 0 && i < m[1].length && i + t.length > m[1].length; })) continue;
    // (a unit's 的 before the post is no part of it: 某有限公司|的|窑炉工; nor a unit after 的: 第一名的|某县粮库|保管员)
    const post = m[1].replace(/^的/, '');
    const head = m[0][0] !== '的' ? -1 : Math.max(...r.cues.unitHeads.map((h) => { const i = post.lastIndexOf(h); return i < 0 ? -1 : i + h.length; }));
    out.push(person(text, m.index + m[0].length - m[2].length, m[2], head > 0 && head < post.length - 1 ? post.slice(head) : post, 'person.unit-post'));
  }
  return out;
}

/** a post that opens a clause, then the name and what the person did (，景区讲解员覃某荣获…, 。社区网格员
 * 林某说…): a post of three to six characters ending as posts end (员 师 工 长 …) */
function clausePost(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const acts = [...r.cues.unitActs, ...r.cues.postActs];
  const re = new RegExp(`(?<=^|[，,。；;：:\n])([\u4e00-\u9fa5]{2,5}[${r.cues.postEnds}])([\u4e00-\u9fa5]{2,3}?)(?=${alt(acts)})`, 'gm');
  for (const m of text.matchAll(re)) {
    const end = m.index! + m[1].length + m[2].length;
    // (a post after 各 is every holder of it, 各成员|单位要…: no one person follows)
    if (r.cues.before.includes(m[1]) || m[1].startsWith('各') || !isName(m[2], r) || commonWord(m[2]) || splitsWord(m[1], m[2], r) || actSplits(text, end)) continue;
    // (the 由 of an agent opens the clause, no part of the post: 由|成型工段长某某领衔)
    out.push(person(text, m.index! + m[1].length, m[2], m[1].replace(/^由/, ''), 'person.clause-post'));
  }
  return out;
}

/** the act read after a name is the second half of a word with the name's last character (技师和工|作室: 工作):
 * the post is followed by no name and no act */
function actSplits(text: string, end: number): boolean {
  return knownWord(text.slice(end - 1, end + 1));
}

/** the post cut a word of address in two (这位老师|傅只说 is 老师傅): no name follows it */
function splitsWord(post: string, name: string, r: PeopleRules): boolean {
  return r.cues.addressWords.some((w) => (post + name[0]).endsWith(w));
}

/** a name after its age (31岁的某某是…, 现年56岁的某某，): the subject of what follows */
function agedNames(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(/(?<=\d{1,3}岁的)([\u4e00-\u9fa5·]{2,8}?)(?=[是，,]|从事|扎根)/g)) {
    if (isName(m[1], r) && !commonWord(m[1])) out.push(person(text, m.index!, m[1], null, 'person.aged'));
  }
  return out;
}

/** the post a person named at a clause's start holds, the clause's last words (，某某现任某某公司炼钢厂首席技师，
 * 。某某是某某医院护理部护士长，): the role is the post back to its unit, and the clause must end as posts end */
function heldPost(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // (the name may follow 的, of its age or its trade, and a comma may part it from the verb: 现年56岁的某某，是某公司的制茶师傅)
  // (or a quotation closes before it: …好徒弟。”某某是某公司的车间主任)
  // (a note on sex or people may stand between: 某某某某（蒙古族）是某公司的兽医; a Mongolian name runs to six)
  const re = perRules(r, 'people.held-post', () => new RegExp(`(?<=^|[，,。；;：:\n　”]|的)([\u4e00-\u9fa5]{2,6}?)(?:[（(][^（）()\n]{1,8}[）)])?[，,]?(?:${alt(r.cues.holdsVerbs)})([\u4e00-\u9fa5]{2,30}?)(?=[，,。；;])`, 'gm'));
  for (const m of text.matchAll(re)) {
    const name = m[1];
    // (a name of two usual parts is vouched for by them, though the tagger knows the run as a place: 宝音|某某某某)
    if (!isName(name, r) || (commonWord(name) && !(name.length >= 4 && minorityName(name, r))) || !endsAsPost(m[2], r)) continue;
    const role = apposedRole(text, m.index! + m[0].length, r);
    if (role.length < 2 || r.cues.verbPosts.some((v) => role.endsWith(v))) continue;
    out.push(person(text, m.index!, name, role, 'person.held-post'));
  }
  return out;
}

/** `s` ends as a post ends: its last character (员 师 长 …), a post word (主任, 书记) or an office (主席) */
function endsAsPost(s: string, r: PeopleRules): boolean {
  return r.cues.postEnds.includes(s[s.length - 1]) || [...r.cues.postWords, ...r.cues.lineTitles, ...r.cues.offices].some((w) => s.endsWith(w));
}

/** a bare name as the subject of an age or a tenure clause (年龄最小的谭某29岁, 。某某从事豆瓣发酵26年): the clause
 * opens at punctuation or after 的; a word of the dictionary (文化, 高效) or a place is no name */
function clauseSubject(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = perRules(r, 'people.clause-subject', () => new RegExp(`(?<=^|[，,。；;：:\n　]|的)([\u4e00-\u9fa5]{2,4}?)(?=${Object.values(r.cues.subjectOf).join('|')})`, 'gm'));
  for (const m of text.matchAll(re)) {
    const name = m[1];
    if (!isName(name, r) || commonWord(name) || (placeAt(name, 0)?.name.length ?? 0) >= 2) continue;
    out.push(person(text, m.index!, name, null, 'person.clause-subject'));
  }
  return out;
}

/** a small count as written, in digits or in Chinese numerals up to ten (3, 三): NaN when larger */
function countOf(s: string): number {
  return /^\d+$/.test(s) ? parseInt(s, 10) : '一二三四五六七八九十'.indexOf(s.replace('两', '二')) + 1 || NaN;
}

/** the first name of a list set after a 的 that describes its holders (授予各项目第一名的|某甲、某乙2名同志): the
 * whole run after the last 的, when it is a name */
function holdersAfterDe(part: string, named: (x: string) => boolean): string | undefined {
  const k = part.lastIndexOf('的');
  const x = k >= 1 ? part.slice(k + 1) : '';
  return x.length >= 2 && x.length <= 5 && named(x) ? x : undefined;
}

/** names joined by 、 before a count of comrades (马某、蒲某2名同志) */
function namedCount(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // (a count of persons, 人, closes the list before the 为 of what they are made: 认定某、某5人为…)
  // (…or before an adverb or the passive of what befell them: 其中，某某、某某两人还被推荐…)
  // (…等12名选手, 等8名一等奖获得者: 等 before the count says the names are the first of those counted, whoever they are)
  // (an item may be a transcribed name with its dot, of up to ten: 古丽某某·吐尔逊)
  for (const m of text.matchAll(new RegExp(`([\u4e00-\u9fa5·]{2,12}、(?:[\u4e00-\u9fa5·]{2,10}、)*[\u4e00-\u9fa5·]{2,10})(?:等(?=[\\d两二三四五六七八九十]+[名位人])|(?=[\\d两二三四五六七八九十]+(?:(?:名|位)(?:同志|职工|选手)|人(?=为|已|均|还|也|都|被|同时|分别|先后|${alt(r.cues.unitActs)}))))(\\d+|[两二三四五六七八九十]+)[名位人](?:同志|职工|选手)?`, 'g'))) {
    // the first name runs back to a person noun, the verb that opens the list or the clause start: take only whole names
    const parts = m[1].split('、');
    // (a count that matches the names vouches for names no surname list knows: 萨仁某某、乌日某3名同志)
    const counted = countOf(m[2]) === parts.length;
    // (…and a transcribed name written with no dot, of six or seven: 热依拉某某某)
    // (a name of the usual parts the tagger knows as a proper noun, 拉巴次仁/nz, is still a name)
    const common = (x: string) => commonWord(x) && !minorityName(x, r);
    const named = (x: string) => (isName(x, r) || (counted && (slotName(x, r) || /^[\u4e00-\u9fa5]{6,7}$/.test(x)))) && !common(x);
    const first = [3, 2, 4, 5, 6, 7, 8, 9, 10].map((n) => parts[0].slice(-n)).find((x) => isName(x, r) && (x === parts[0] || new RegExp(`(?:职工|选手|同志|员工|代表|工人|我[市县区州旗]|本[市县区]|${alt(r.cues.listVerbs)})$`).test(parts[0].slice(0, -x.length)))) ??
      holdersAfterDe(parts[0], named);
    if (!first || !parts.slice(1).every(named) || common(first)) continue;
    // 聘任某某、某某3名同志为2025年某市首席技师: the post they are appointed to is their role
    const verb = parts[0].slice(0, -first.length);
    const post = appointedPost(verb, text.slice(m.index! + m[0].length, m.index! + m[0].length + 24), r);
    let at = m.index! + parts[0].length - first.length;
    for (const x of [first, ...parts.slice(1)]) { out.push(person(text, at, x, post, 'person.named-count')); at += x.length + 1; }
  }
  return out;
}

/** a list of comrades each written after their unit, counted after it (认定某某有限公司张某、某某厂李某3名同志为
 * 某市首席技师): each item is a name alone or a unit's name then the person's; an item whose head ends in a
 * post (某医院主管药师某某) is left to the apposition, which keeps that post */
function unitNamedCount(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = perRules(r, 'people.unit-named-count', () => new RegExp(`(${alt(r.cues.listVerbs)})([\u4e00-\u9fa5]{2,30}(?:、[\u4e00-\u9fa5]{2,30})+)(\\d+|[两二三四五六七八九十]+)(?:(?:名|位)(?:同志|职工|选手)|人(?=为))`, 'g'));
  for (const m of text.matchAll(re)) {
    // (a count that matches the items vouches for a name after a unit that no surname list knows)
    const parts = m[2].split('、');
    const counted = parseInt(m[3], 10) === parts.length || '一二三四五六七八九十'.indexOf(m[3]) + 1 === parts.length;
    const items = parts.map((x) => unitName(x, r, counted));
    // (a list with no unit before any name is the plain list's; one part that is no name drops the list)
    if (items.some((x) => x === null) || items.every((x) => x!.unit === '')) continue;
    const post = appointedPost(m[1], text.slice(m.index! + m[0].length, m.index! + m[0].length + 24), r);
    let at = m.index! + m[1].length;
    for (const [k, x] of items.entries()) {
      if (!x!.titled) out.push(person(text, at + x!.unit.length, x!.name, post, 'person.unit-named-count'));
      at += parts[k].length + 1;
    }
  }
  return out;
}

const POST_END = /(?:师|師|长|長|员|員|工|手|任|记|記|理|监|監|士|警)$/;

/** an item of such a list: a name alone, or a unit (ending as units end: 有限公司, 厂, 医院 …) then a name;
 * titled when a post stands between them */
function unitName(item: string, r: PeopleRules, counted: boolean): { unit: string; name: string; titled: boolean } | null {
  for (const n of [3, 2, 4]) {
    const name = item.slice(-n);
    const unit = item.slice(0, -n);
    const vouched = counted && n === 3 && r.cues.unitHeads.some((h) => unit.endsWith(h));
    if (!(isName(name, r) || vouched) || commonWord(name)) continue;
    if (unit === '') return { unit, name, titled: false };
    // (a post ends as posts end, 主管药师, 车间主任: the same endings as a roster's bracketed post)
    if (titlesLongestFirst(r).some((t) => unit.endsWith(t)) || POST_END.test(unit)) return { unit, name, titled: true };
    if (r.cues.unitHeads.some((h) => unit.endsWith(h)) && unit.length > 2) return { unit, name, titled: false };
  }
  return null;
}

/** the post after 为 that a verb of appointment (聘任, 任命) gives (…为2025年某市首席技师): a known title ending
 * the clause, or null (an honour conferred, 授予…为技术能手, is no post) */
function appointedPost(verb: string, after: string, r: PeopleRules): string | null {
  if (!perRules(r, 'people.appointVerbs', () => new RegExp(`(?:${alt(r.cues.appointVerbs)})$`)).test(verb)) return null;
  const clause = /^为([^，,。；;\n]{2,20})/.exec(after)?.[1];
  // (a quoted title may carry its place inside the quotes: 为首批“某市首席技师”)
  const title = clause ? titlesLongestFirst(r).find((t) => clause.endsWith(t) || clause.endsWith(`${t}”`)) : undefined;
  if (!clause || !title) return null;
  // (a quoted post is the post alone: 为全县首批“首席技师”)
  if (clause.endsWith('”')) return title;
  // the words that qualify the title back to the year or the place (…某市|首席技师, 工会小组长)
  const head = clause.slice(0, -title.length);
  return head.slice(head.search(/[^\d年省市县区州旗盟]*$/)) + title;
}

/** one person put in an office (任命某某为县总工会某某部部长；, 聘任某某同志为某某中心主任): the office after 为, as
 * far as the clause goes and ending as posts end, is the role; a name without a Han surname is read in this
 * slot when one of its halves is a usual part (洛桑某某). The office a person leaves (免去其…职务) is none. */
function appointedOffices(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  if (!r.cues.officeVerbs.length) return out;
  const re = perRules(r, 'people.officeVerbs', () => new RegExp(`(?:${alt(r.cues.officeVerbs)})([\\u4e00-\\u9fa5·]{2,8}?)(?:同志)?为([^，,。；;：:\\n“”（）()]{2,30})(?=[，,。；;\\n]|$)`, 'g'));
  for (const m of text.matchAll(re)) {
    const [, name, office] = m;
    if (!(isName(name, r) || partName(name, r)) || commonWord(name) || !rosterPost(office)) continue;
    out.push(person(text, m.index! + m[0].indexOf(name, 1), name, office, 'person.appointed'));
  }
  return out;
}

/** a name a person noun introduces, further names joined by 、 up to an act (选手曾某、赖某获个人一等奖) */
function nounList(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = new RegExp(`(${alt(r.cues.before)})((?:[\\u4e00-\\u9fa5]{2,3}、)+[\\u4e00-\\u9fa5]{2,3}?)(?=${alt([...r.cues.beforeActs, '分别'])})`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const parts = m[2].split('、');
    if (!parts.every((x) => isName(x, r))) continue;
    let at = m.index + m[0].length - m[2].length;
    // (a noun that is how the text names their part is each one's role; 分别 of what each did closes the list as well:
    // 选手某甲、某乙分别获得…)
    const role = r.cues.classRoles.includes(m[1]) ? m[1] : null;
    for (const x of parts) { out.push(person(text, at, x, role, 'person.noun-list')); at += x.length + 1; }
  }
  return out;
}

/** a clause that opens on two or more names and says what they were given (；某甲、某乙被评为“某某劳动模范”；, 某甲、
 * 某乙2名同志荣获“…”): a conferment's verb and the quote of its honour close the list, as a noun before it would
 * open one; the honour is what each is named as here */
function honouredList(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = /(?<=^|[；;。：:\n])((?:[\u4e00-\u9fa5]{2,4}、)+[\u4e00-\u9fa5]{2,4}?)(?:[\d一二两三四五六七八九十]{1,3}[名位](?:同志|职工)?)?(?:分别|均|同时)?(?:被评为|荣获|获评|获得|被授予)“([^“”\n]{2,24})”/gm;
  for (const m of text.matchAll(re)) {
    const parts = m[1].split('、');
    if (!parts.every((x) => isName(x, r) && !commonWord(x))) continue;
    let at = m.index!;
    for (const x of parts) { out.push(person(text, at, x, m[2], 'person.honoured-list')); at += x.length + 1; }
  }
  return out;
}

/** an enumeration of names each with its post in brackets (舒某（心血管内科主任医师）、詹某（骨科主任医师）):
 * the bracket is the role; one item alone is not an enumeration, and a bracket not ending as a post
 * ends (师 长 员 工 …) is no post */
function bracketRoster(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // (the last item may run on into the act: 某（某厂钳工）、某（某厂挡车工）被评为…)
  const re = new RegExp(`(?<=^|[、：:，,\\n\u3000 ])([\\u4e00-\\u9fa5·]{2,8})[（(]([^（）()\\n，,]{2,40})[）)](?=[、；;。，,…\\n]|$|被|${alt(r.cues.unitActs)})`, 'gm');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const after = text[m.index + m[0].length] ?? '';
    const before = text[m.index - 1] ?? '';
    // after a list label (一等奖：某（某中学）、某（某医院）) the bracket may name the person's unit instead
    const head = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index + 1).replace(/^[\s\u3000]+/, '');
    const labelled = /^[\u4e00-\u9fa5]{2,10}[：:]/.test(head);
    if (after !== '、' && before !== '、' && !loneLabelled(head.slice(0, -1), after)) continue;
    const unit = labelled && after !== '\n' && after !== '' && r.cues.lineUnits.some((u) => m[2].endsWith(u));
    // (after its unit's label the slot is a name's, surname or not: 某镇人民政府：海某（司机）)
    const named = isName(m[1], r) || partName(m[1], r) || (/^[\u4e00-\u9fa5（）()]{4,24}[：:]$/.test(head.slice(0, -1)) && slotName(m[1], r) && !commonWord(m[1]));
    if (!named || (!unit && !rosterPost(m[2]))) continue;
    out.push(person(text, m.index, m[1], unit ? null : m[2], 'person.bracket-roster'));
  }
  return out;
}

/** a roster bracket's post: it ends as posts end (师 长 员 工 …, 主席, and 司机, which ends as no other post does);
 * posts held together are joined by 、 (县委常委、统战部部长), each ending as a post or a committee's member (常委) */
function rosterPost(note: string): boolean {
  const parts = note.split('、');
  const last = /(?:师|師|长|長|员|員|工|手|任|记|記|理|监|監|士|警|席|司机|司機)$/;
  return parts.every((p, i) => p.length >= 2 && p.length <= 20 && (last.test(p) || (i < parts.length - 1 && /[委]$/.test(p))));
}

/** a roster line of one item: its unit as the label, the name and its post filling the rest of the line
 * (某某县第一中学：周某（物理教师）) — the line of a list grouped by unit where the unit sent one person */
function loneLabelled(head: string, after: string): boolean {
  // (a unit's full name runs longer than a list label: 某某市公安局城关派出所)
  return /^[\u4e00-\u9fa5（）()]{2,24}[：:]$/.test(head) && (after === '\n' || after === '');
}

/** the post a person stands in apposition to, ending at `at`: the words of its clause back to 的, a verb of
 * being or having, a unit's or a place's ending (某公司|银饰锻制技师, 另有|贝类养殖工, 某某镇|养殖户), at most eight */
function apposedRole(text: string, at: number, r: PeopleRules): string {
  let k = at;
  while (k > at - 12 && isHan(text[k - 1])) k--;
  let s = text.slice(k, at);
  const cuts = [s.lastIndexOf('的') + 1, ...['有', '和', '与', '及', '为', '是'].map((w) => { const i = s.lastIndexOf(w); return i >= 0 && i <= s.length - 3 ? i + 1 : 0; })];
  // (a department is written with its post, 某公司|髹饰车间主任: no cut after 车间)
  for (const h of r.cues.unitHeads) { const i = s.lastIndexOf(h); if (i >= 0 && i + h.length <= s.length - 2 && !r.cues.deptEnds.includes(h[h.length - 1])) cuts.push(i + h.length); }
  // (a place's ending after two characters at least: 某某镇|养殖户, not 社|区网格员)
  for (let i = s.length - 3; i >= 2; i--) if (/[省市县区州旗盟镇乡村]/.test(s[i])) { cuts.push(i + 1); break; }
  s = s.slice(Math.max(...cuts));
  // (a clause's opening word is no part of the post: ，由|技师某某共同领衔, 工作室由|面点技师某某; as a word, not
  // the 由 of 自由职业者)
  s = s.slice(clauseLeadEnd(s, r));
  // (the longest title that ends it: 主任医师, not 医师)
  const title = longestFirst(r.cues.lineTitles).find((t) => s.endsWith(t));
  return s.length <= 8 ? s : title && title.length >= 2 ? (fullTitle(s, title, r) ?? title) : wordTail(s);
}

/** where the post after a clause's opening word (由, 则由, 其中) starts in `s`, the word as the tagger cuts it and
 * two characters at least left after it; 0 when none */
function clauseLeadEnd(s: string, r: PeopleRules): number {
  if (!r.cues.dotClauseLeads.some((w) => s.includes(w))) return 0;
  let at = 0;
  let cut = 0;
  for (const t of jiebaTag(s)) {
    at += t.word.length;
    if (r.cues.dotClauseLeads.includes(t.word) && s.length - at >= 2) cut = at;
  }
  return cut;
}

/** the last words of a long post, six characters at most, cut where words part (汽车维修|专业在校生, not 业在校生) */
function wordTail(s: string): string {
  let tail = '';
  for (const t of [...jiebaTag(s)].reverse()) {
    if (tail && tail.length + t.word.length > 6) break;
    tail = t.word + tail;
  }
  return tail;
}

/** a name longer than a Han one at `at`, that `end` closes: a transcribed name with its dot, the shortest
 * (修理工|阿依古丽·某某|获得), or a Tibetan or Mongolian name of two usual parts (向导|洛桑某某|被评为); else 0 */
function longName(text: string, at: number, end: (q: number) => number, r: PeopleRules): number {
  const dot = /^[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,8}/.exec(text.slice(at, at + 17))?.[0];
  if (dot) for (let n = dot.indexOf('·') + 3; n <= dot.length; n++) if (end(at + n) && isName(dot.slice(0, n), r)) return n;
  return [6, 5, 4].find((n) => /^[\u4e00-\u9fa5]+$/.test(text.slice(at, at + n)) && minorityName(text.slice(at, at + n), r) && end(at + n)) ?? 0;
}

/** the length of a name no surname list knows right after a unit's officer (某局副局长|那某某|任…, 某科科长|乌某某某某|、):
 * a Mongolian, Tibetan or Uyghur name written as one run, which the tagger cannot split into words either; an act
 * or punctuation closes it, as it closes a Han name there; 0 when none. Only an officer's post written with its
 * unit vouches for such a run: a class of people (职工|法律援助, 工人|经过培训) is followed by any words */
function unknownAfterPost(text: string, post: string, at: number, end: (q: number) => number, r: PeopleRules): number {
  if (!(post.endsWith('长') || r.cues.unitOfficers.includes(post)) || apposedRole(text, at, r).length <= post.length) return 0;
  return [5, 4, 3].find((n) => /^[\u4e00-\u9fa5]+$/.test(text.slice(at, at + n)) && end(at + n) > 0 && unknownName(text.slice(at, at + n), r, 5)) ?? 0;
}

/** a name in apposition to the post before it, then what the person does (某某镇养殖户陈某参加…, 骑手龙某说,
 * 某公司营林工人邵某，今年…, 贝类养殖工邹某2023年…): the post ends as posts end, the name is one the surnames
 * know, and a verb, an adverb, a year or punctuation ends it — a post that is a verb (动员, 开工, 落户) is none */
function apposed(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // (the words and the pattern are built once per rules object: this reader runs on every document)
  // (the words as one sticky alternation, longest first: the longest word at q in one match, not ~160 tries a candidate)
  const wordAt = perRules(r, 'people.apposed.word-at', () => new RegExp(`(?:${longestWordsAlt([...r.cues.beforeActs, ...r.cues.unitActs, ...r.cues.postActs, ...r.cues.acts, ...r.cues.actAdverbs, ...r.cues.apposedActs])})`, 'y'));
  const end = (q: number): number => {
    // (a note in brackets after the name ends it too: 茶农某某（女）是…, 医师某某（哈尼族名：…）在…)
    if (q >= text.length || /[\d，,、；;。：:！!？?\n（(]/.test(text[q])) return 1;
    // (a span of years in Chinese numerals, 十余年, 二十多年, as a figure after the name does)
    if (/^[一二三四五六七八九十两]{1,3}[余多]?年/.test(text.slice(q, q + 5))) return 1;
    wordAt.lastIndex = q;
    return wordAt.exec(text)?.[0].length ?? 0;
  };
  const re = perRules(r, 'people.apposed', () => new RegExp(`(?:${alt(r.cues.postWords)}|[${r.cues.postEnds}])(?=[\u4e00-\u9fa5])`, 'g'));
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    // (a name of two before a word of two or more, else of three, else of two: 王刚|参加, 龙志刚|说)
    // (a double surname adds one: 在校生|申屠浩, 欧阳文博|一直)
    const dbl = r.double.some((d) => text.startsWith(d, at)) ? 1 : 0;
    const han = (n: number) => [...text.slice(at, at + n)].every(isHan);
    const long = longName(text, at, end, r);
    const hanLen = long || (end(at + 2 + dbl) >= 2 ? 2 + dbl : han(3 + dbl) && end(at + 3 + dbl) ? 3 + dbl : end(at + 2 + dbl) ? 2 + dbl : 0);
    const len = hanLen && isName(text.slice(at, at + hanLen), r) ? hanLen : unknownAfterPost(text, m[0], at, end, r);
    const name = text.slice(at, at + len);
    // (no name opens with a conjunction or a dictionary word other than a place, 宁海|涛 being a name: 某工|和花农,
    // 配送员|项目面; nor cuts a title: 工|程师)
    // (the tagger is asked last, only for a candidate the other tests leave)
    // (nor a surname and 某, a name withheld: 驾驶员张某因…被追究)
    if (!len || !(isName(name, r) || (len >= 3 && unknownName(name, r, 5))) || commonWord(name) || /^[和与及]/.test(name) || /^[\u4e00-\u9fa5]某{1,2}$/.test(name)) continue;
    // (a name of the usual parts is vouched for by them, though the tagger splits it into words: 科长|那日|苏)
    const lead = dbl || long || minorityName(name, r) ? null : jiebaTag(name)[0];
    if (lead && lead.word.length >= 2 && !/^(?:nr|ns|x)/.test(lead.tag)) continue;
    if (nounEnded(name, r)) continue;
    // (nor one whose first character makes a word with the post's last: 工|程项目, 师|范学院)
    // (only a title that starts less than its length before `at` can cross it: the window is all that is searched)
    // (a word the dictionary tags a person's, 师|傅, crosses it as well: 在师傅手把手…)
    if (r.cues.lineTitles.some((t) => text.slice(Math.max(0, at - t.length + 1), at + t.length - 1).includes(t)) || knownWord(text.slice(at - 1, at + 1))) continue;
    const role = apposedRole(text, at, r);
    if (role.length < 2 || r.cues.verbPosts.some((v) => role.endsWith(v)) || r.cues.addressWords.includes(role)) continue;
    out.push(person(text, at, name, role, 'person.apposed'));
  }
  return out;
}

/** a Tibetan, Mongolian or Yi name of two usual parts or more (尼玛|旺堆, 乌力吉|图门, 格桑|次旦) right after a person
 * noun — a post, a class of people, a kin word (牧民|某某某某一家…, 牧民工|某某某某某患病…, 他的儿子|某某某某): the parts
 * vouch for the name whatever follows it, as no act list can (一家, 腿有残疾); the longest such run, four to six */
function partsAfterNoun(text: string, r: PeopleRules): Entity[] {
  const re = perRules(r, 'people.parts-after-noun', () =>
    // (not a studio's label, 领衔人, 领办人: the studio's reader takes its leader there)
    new RegExp(`(?:${alt([...r.cues.postWords, ...r.cues.before, ...r.cues.kin].filter((w) => !r.cues.labels.includes(w)))}|[${r.cues.postEnds}])(?=[\u4e00-\u9fa5]{4})`, 'g'));
  const out: Entity[] = [];
  for (const m of text.matchAll(re)) {
    const at = m.index + m[0].length;
    const n = [6, 5, 4].find((k) => {
      const s = text.slice(at, at + k);
      return s.length === k && [...s].every(isHan) && (twoParts(s, r) || (r.partEnds.includes(s[k - 1]) && twoParts(s.slice(0, -1), r))) && text[at + k] !== '·';
    });
    // (a name running on into another usual part is longer than six, 帕提|古丽|吾斯曼: none of these)
    if (!n || [2, 3].some((k) => r.nameParts.has(text.slice(at + n, at + n + k)))) continue;
    const role = r.cues.kin.includes(m[0]) ? null : apposedRole(text, at, r);
    out.push(person(text, at, text.slice(at, at + n), role && role.length >= 2 ? role : null, 'person.parts-after-noun'));
  }
  return out;
}

/** `s` is made of two usual parts of the names of no surname or more (格桑|次旦, 乌力吉|图门), not one part with a
 * closing syllable alone (the caller adds the syllable after two parts: 那仁|朝克|图) */
function twoParts(s: string, r: PeopleRules): boolean {
  for (let k = 2; k <= s.length - 2; k++) if (r.nameParts.has(s.slice(0, k)) && (r.nameParts.has(s.slice(k)) || (s.length - k >= 4 && twoParts(s.slice(k), r)))) return true;
  return false;
}

/** a name of no known surname where an office's slot puts one (a Tibetan, Mongolian or Yi name written as one run:
 * 某某措, 某某让, 某某拉惹): the shape of a slot's name, and no word of two characters or more the dictionary knows
 * as other than a name among its words (县总工会主席|抓党建 is no name) */
function officeSlotName(s: string, r: PeopleRules): boolean {
  if (isName(s, r) || minorityName(s, r) || partName(s, r)) return !commonWord(s);
  return s.length >= 3 && s.length <= 6 && !/^[小老]/.test(s) && slotName(s, r) && jiebaTag(s).every((t) => t.word.length < 2 || /^(?:nr|x)/.test(t.tag));
}

/** a meeting report's roll of those present, each an office with its body and a name, a comma between two
 * (县人大常委会副主任某某某，县政协副主席某某某，县总工会主席某某): a roll of two clauses side by side or more vouches
 * for each name, of no known surname too; the role is the body and the office (a chain before it is added later) */
function officeRoll(text: string, r: PeopleRules): Entity[] {
  const { clause, next } = perRules(r, 'people.office-roll', () => {
    const office = alt(r.cues.offices);
    return {
      clause: new RegExp(`(?<=^|[，,、：:；;\n])([\u4e00-\u9fa5]{0,16}?(?:${office}))([\u4e00-\u9fa5]{2,6})(?=[，,；;。])`, 'gm'),
      // (the clause after the comma opens with an office too: the next one of the roll, whatever ends it)
      next: new RegExp(`^[\u4e00-\u9fa5、]{0,24}?(?:${office})[\u4e00-\u9fa5]{2}`),
    };
  });
  const out: Entity[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(clause)) {
    const end = m.index! + m[0].length;
    const rolled = prevEnd === m.index! - 1 || next.test(text.slice(end + 1, end + 40));
    prevEnd = end;
    if (!rolled || !officeSlotName(m[2], r)) continue;
    out.push(person(text, end - m[2].length, m[2], m[1].replace(CHAIN_LEAD, ''), 'person.office-roll'));
  }
  return out;
}

/** a post, then an honour in quotes as a second attribute, then the name (某公司高级技师、“某某工匠”张某领衔的…):
 * the post before the honour is the person's role */
function postThenHonour(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const acts = perRules(r, 'people.post-honour.acts', () => longestFirst([...Object.keys(r.cues.leadActs), ...r.cues.beforeActs, ...r.cues.unitActs]));
  for (const m of text.matchAll(/(?<=[\u4e00-\u9fa5])、“[^“”\n]{2,16}”(?=[\u4e00-\u9fa5])/g)) {
    const at = m.index! + m[0].length;
    // (four characters for a name of two usual parts: 村党支部书记、“某某劳动模范”扎西某某同志)
    const named = (n: number) => (n < 4 ? isName(text.slice(at, at + n), r) : minorityName(text.slice(at, at + n), r));
    const len = [4, 3, 2].find((n) => named(n) && (acts.some((w) => text.startsWith(w, at + n)) || /^[，,。；;、等]/.test(text[at + n] ?? '')));
    if (!len || commonWord(text.slice(at, at + len))) continue;
    const role = apposedRole(text, m.index!, r);
    if (role.length < 2 || !POST_END.test(role)) continue;
    out.push(person(text, at, text.slice(at, at + len), role, 'person.post-then-honour'));
  }
  return out;
}

/** a word jieba's dictionary knows as something other than a name (连续, 今年, 全体) */
/** `w` is one word the dictionary knows, of any tag (师傅, 长江): not a run it could not split */
function knownWord(w: string): boolean {
  const t = jiebaTag(w);
  return t.length === 1 && t[0].tag !== 'x';
}

function commonWord(w: string): boolean {
  const t = jiebaTag(w);
  return t.length === 1 && !/^(?:nr|x)/.test(t[0].tag);
}

/** a name of four or more characters that opens with a compound surname (诸葛|某某, and where a cue puts a name 南宫|某某) */
const compoundName = (name: string, r: PeopleRules): boolean =>
  (r.double.some((d) => name.startsWith(d)) && isName(name, r)) || (name.length === 4 && r.cuedDouble.includes(name.slice(0, 2)));

/** a quoted honour right before a name (和“湖湘工匠”曾某为…, “淮南工匠”孙某分别作了分享): the quote,
 * an honour's ending inside it, then the name up to an act, a list mark or punctuation */
function quotedTitle(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // (a leader's act as well: “某某工匠”某某牵头设立的…工作室; what one does as a post holder does it: “某某工匠”某某所在的…)
  const acts = [...r.cues.acts, ...r.cues.beforeActs, ...r.cues.postActs, ...r.cues.apposedActs, ...Object.keys(r.cues.leadActs), '分别', '分別'].filter((a) => a.length >= 1);
  // (a Mongolian or Uyghur name written as one run, of four to six characters, stands there too: “某某工匠”呼斯楞巴雅尔，)
  const re = new RegExp(`[“"][^“”"\n]{1,12}(?:${alt(r.cues.quotedTitles)})[”"]([\u4e00-\u9fa5]{2,6}?)(?=${alt(acts)}|[、，,。；;和与及])`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length - m[1].length;
    // (an act word that is also a given name's last character, closed by punctuation, is the name's: “H”李正刚，)
    const name = m[1].length === 2 && /^[、，,。；;]/.test(text.charAt(at + 3)) && isName(text.slice(at, at + 3), r) ? text.slice(at, at + 3) : m[1];
    const named = name.length <= 3 ? isName(name, r) : minorityName(name, r) || compoundName(name, r);
    // (a conjunction after the quote joins another honour or level: “某某工匠”和|州级…)
    if (named && !commonWord(name) && !notName(name, r) && !/^[和与及]/.test(name)) out.push(person(text, at, name, null, 'person.quoted-title'));
  }
  return out;
}

/** a leader written right after the studio's name with a note of their particulars (…技能大师工作室某某（壮族，某站
 * 农艺师，“某某工匠”）；): a naming notice's roster of leaders; the post among the note's clauses is the role */
function studioLeaders(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const field = /^(?:[男女]|[\u4e00-\u9fa5]{1,4}族)$/;
  for (const m of text.matchAll(/(?<=工作室|工作站)([\u4e00-\u9fa5]{2,4}?)[（(]((?:[男女]|[\u4e00-\u9fa5]{1,4}族)[，,、][^（）()\n]{2,60})[）)]/g)) {
    if (!(isName(m[1], r) || minorityName(m[1], r)) || commonWord(m[1])) continue;
    const clause = m[2].split(/[，,、]/).find((c) => !field.test(c) && !/^[“"]/.test(c) && endsAsPost(c, r));
    out.push(person(text, m.index!, m[1], clause ? postCell(clause, r) : null, 'person.studio-leader'));
  }
  return out;
}

/** the speaker named after a quotation (…。”某某说, ”某村的某某说。) or opening a paragraph (after the indent: 某某说，…): news names
 * whom it quotes so; a dictionary word or a word of address (王大姐, 李师傅) is no name */
function quotedSpeaker(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const re = /(?<=”(?:[^“”，,。；;\n]{0,24}的)?|^[\s\u3000]*)([\u4e00-\u9fa5]{2,4}?)(?=(?:说|表示|介绍|告诉记者)[，,。：:])/gm;
  for (const m of text.matchAll(re)) {
    const name = m[1];
    if (!(isName(name, r) || minorityName(name, r)) || commonWord(name) || r.cues.addressWords.some((w) => name.endsWith(w))) continue;
    out.push(person(text, m.index!, name, null, 'person.quoted-speaker'));
  }
  return out;
}

/** a contact line of a unit, a name and a phone number (市总工会经济技术工作部 伍某 0851-…), as under 联系人：:
 * the name between the space and the number is the contact (the normaliser may glue it to the number) */
function contactLines(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // (the line may open with its heading: 四、联系方式。某部\u3000某某，电话…; the phone's label may be 联系电话)
  const re = /^[ \t\u3000]*(?:(?:[一二三四五六七八九十]+、)?联系(?:人|方式)[：:。][ \t\u3000]*)?[\u4e00-\u9fa5（）()]{3,30}[ \t\u3000]+([\u4e00-\u9fa5·]{2,8})[ \t\u3000，,]*(?:(?:联系)?电话[：:]?)?[ \t\u3000]*(?:\d{3,4}[-－—]?\d{7,8}|1\d{10})/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (isName(m[1], r) && !commonWord(m[1])) out.push(person(text, m.index + m[0].indexOf(m[1], m[0].search(/[ \t\u3000]/)), m[1], '联系人', 'person.contact-line'));
  }
  return out;
}

/** a person and their kin (…职工薛某的女儿薛某说): the name after the kin word up to an act or
 * punctuation, and the name before 的 when a person noun or a post opens it */
function kinNames(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // every match holds a word of kin (的女儿): a text with none is not searched
  if (!triggersOf(r, 'people.kin', () => r.cues.kin).in(text)) return out;
  const re = perRules(r, 'people.kin', () => {
    const acts = [...r.cues.acts, ...r.cues.beforeActs, ...r.cues.postActs].filter((a) => a.length >= 1);
    return new RegExp(`(?:(${alt(r.cues.before)}|[\u4e00-\u9fa5]{1,4}[${r.cues.postEnds}])([\u4e00-\u9fa5]{2,3}?))?的(?:${alt(r.cues.kin)})([\u4e00-\u9fa5]{2,3}?)(?=${alt(acts)}|[，,。；;、])`, 'g');
  });
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[2] && isName(m[2], r) && !commonWord(m[2])) out.push(person(text, m.index + m[1].length, m[2], null, 'person.kin'));
    if (isName(m[3], r) && !commonWord(m[3])) out.push(person(text, m.index + m[0].length - m[3].length, m[3], null, 'person.kin'));
  }
  return out;
}

/** a short biography (樊某，男，1978年出生，某集团炼钢厂转炉班班长): a name, then its sex after a comma;
 * the post is the first clause after it that ends as a post ends */
const BIOGRAPHY = new RegExp(`(?<=^|[\\n\u3000 。；;：:]|^[ \\t\u3000]*${LINE_BULLET})([\\u4e00-\\u9fa5·]{2,8})[，,][男女][，,]([^。\\n]{0,80})`, 'gm');

function biography(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const titles = titlesLongestFirst(r);
  for (const m of text.matchAll(BIOGRAPHY)) {
    if (!isName(m[1], r) && !recordOfPeople(text, m.index, m[1], m[2], r)) continue;
    const clause = m[2].split(/[，,；;]/).map((c) => c.trim()).find((c) => c.length >= 2 && !/(?:出生|生人|族|党员|学历|人)$/.test(c) && (titles.some((t) => c.endsWith(t)) || !!tailPost(c, r)));
    const role = clause ? fullTitle(clause, titles.find((t) => clause.endsWith(t)), r) ?? tailPost(clause, r) : null;
    out.push(person(text, m.index, m[1], role, 'person.biography'));
  }
  return out;
}

const BULLET_ONLY = new RegExp(`^[ \\t\u3000]*(?:${LINE_BULLET}[ \\t\u3000]*)?$`);

/** a record line of its own whose sex is followed by the person's people (某某某某，女，蒙古族，某厂技术员; after a
 * bullet or not): the fields vouch for a name of no known surname, as a bracketed note does (notedLines) */
function recordOfPeople(text: string, at: number, name: string, rest: string, r: PeopleRules): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!BULLET_ONLY.test(text.slice(lineStart, at))) return false;
  const people = perRules(r, 'people.recordOfPeople', () => new RegExp(`^(?:${alt(r.cues.peopleNotes)})(?:[，,]|$)`));
  if (!people.test(rest)) return false;
  return name.length <= 6 && slotName(name, r) && !commonWord(name) && (name.length <= 4 || minorityName(name, r) || partName(name, r));
}

/** a family named by its head (“最美家庭” lists: 张某某家庭（通川区）\u3000李某某家庭（达川区）, 评选出王某家庭等20户家庭):
 * the head is a person where the family stands with its place in brackets, before the count of families,
 * or alone at a line's end; a word of the dictionary (和谐家庭) is no head, nor a kind of family in a
 * sentence (创建文明家庭、书香家庭) */
function familyHeads(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  // every match holds a word of the families (家庭): a text with none is not searched
  if (!triggersOf(r, 'people.families', () => r.cues.families).in(text)) return out;
  const re = new RegExp(`(?<=^|[^\\u4e00-\\u9fa5]|${alt(r.cues.listVerbs)}|评选出|评出|选出)([\\u4e00-\\u9fa5]{2,4}?)(?:${alt(r.cues.families)})(?=[（(][\\u4e00-\\u9fa5]{1,7}[县区市旗镇乡村盟州][）)]|等[\\d一二两三四五六七八九十百]+户|[ \\t\u3000]*$)`, 'gm');
  for (const m of text.matchAll(re)) {
    const name = m[1];
    if (isName(name, r) && !commonWord(name)) out.push(person(text, m.index!, name, null, 'person.family-head'));
  }
  return out;
}

/** the label that opens a line of names (焊接（4名）：, 一等奖：): no sentence in it, and its stated count */
function listLabel(label: string, r: PeopleRules): { count: number | null } | null {
  if (!/^[\u4e00-\u9fa5（）()\d]{1,20}$/.test(label)) return null;
  const c = new RegExp(`[（(](\\d{1,3})(?:${r.cues.nameList.countUnits.join('|')})[）)]$`).exec(label);
  return { count: c ? Number(c[1]) : null };
}

/** the label of a line of names when it is a unit (县人民医院：某某、某某, 某某有限公司：某某): an annex grouped by unit,
 * where the unit is what the list says of each person with no post of their own; null for a category (焊接（4名）) */
function unitLabel(label: string, r: PeopleRules): string | null {
  const ends = perRules(r, 'people.unit-label', () => new RegExp(`^[\u4e00-\u9fa5]{2,24}(?:${alt([...r.cues.unitHeads, ...r.cues.unitBodies, '局'])})$`));
  return ends.test(label) ? label : null;
}

/** what parts the items of a line of names: 、, a comma, a semicolon, or a space */
const ITEM_GAP = /[、，,；;\s\u3000]/;

/** a note in brackets after a name in a list (石某（某某公交有限公司）, 田某（女）, 锁某（挡车工）): what it says of
 * the person — the post it ends with, '' for the sex or the people, null for a unit; undefined when it is none of these */
function itemNote(note: string, r: PeopleRules): string | null | undefined {
  if (new RegExp(`^${personNote(r)}$`).test(`（${note}）`)) return '';
  const title = r.cues.lineTitles.find((t) => note.endsWith(t));
  const post = fullTitle(note, title, r) ?? tailPost(note, r);
  if (post) return post;
  if (r.cues.lineUnits.some((u) => note.endsWith(u)) || r.cues.unitEnds.includes(note[note.length - 1])) return null;
  return r.cues.postEnds.includes(note[note.length - 1]) ? note : undefined;
}

/** a note that a winner tied with another (（并列）, （第三名并列）): a rank, nothing of the person's unit or post */
const tieNote = (note: string, r: PeopleRules): boolean => r.cues.tieNotes.some((w) => note.includes(w));

/** an item of a line of names: the name, where it stands, the post its note gives, whether the note is a person's */
type NameItem = { name: string; at: number; end: number; role?: string | null; person?: boolean };

/** the items of a line of names from `at`, parted by 、 (or a comma, a semicolon, a space): each a name, or a
 * two-character name letter-spaced to three (田\u3000野), with its note in brackets or not (石某（某某公司）);
 * null when an item is no name's shape, or (unless `anyNote`) a note says neither a unit, a post nor the person */
function nameItems(text: string, at: number, end: number, r: PeopleRules, anyNote = false): NameItem[] | null {
  const items: NameItem[] = [];
  const gapAt = (q: number) => q >= end || ITEM_GAP.test(text[q]);
  for (let p = at; p < end;) {
    const pad = paddedAt(text, p, r);
    let e = p;
    while (e < end && !ITEM_GAP.test(text[e]) && text[e] !== '（' && text[e] !== '(') e++;
    const head = pad && (gapAt(pad.end) || /[（(]/.test(text[pad.end])) ? { name: pad.name, end: pad.end } : { name: text.slice(p, e), end: e };
    if (!pad || head.end !== pad.end) {
      // (a Tibetan name of three parts runs to five or six characters: 格桑|次仁|卓嘎)
      if (!/^[\u4e00-\u9fa5]{2,4}$|^[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,8}$/.test(head.name) && !(/^[\u4e00-\u9fa5]{5,6}$/.test(head.name) && minorityName(head.name, r))) return null;
    }
    let next = head.end;
    let role: string | null | undefined;
    // one note or more (满某（女，满族）（均为某会会员）): the post of the first that gives one
    while (/[（(]/.test(text[next] ?? '')) {
      const close = text.slice(next, end).search(/[）)]/);
      if (close < 2) return null;
      const body = text.slice(next + 1, next + close);
      // (a note shared by the whole line says nothing of this one person)
      const note = r.cues.nameList.sharedNote.some((w) => body.startsWith(w)) || tieNote(body, r) ? '' : itemNote(body, r);
      // (a winner's note after a prize's label names where the winner works, however it ends: 某某（县机关食堂）, or the
      // winner's trade: 某某（养老护理员）)
      if (note === undefined && !anyNote) return null;
      const told = note === undefined && rosterPost(body) ? body : note;
      if (role === undefined || (!role && told)) role = told ?? null;
      next += close + 1;
    }
    // (the space between two items may be gone from the text: 某某（某公司电工）某某（女，某校教师）)
    if (!gapAt(next) && !(role !== undefined && isHan(text[next]))) return null;
    // (a post or a sex note vouches for the name as the surnames do: 哈某（女）, 拜某（某医院护士长）)
    items.push({ name: head.name, at: p, end: head.end, ...(role !== undefined ? { role: role || null, person: role !== null } : {}) });
    p = next;
    while (p < end && ITEM_GAP.test(text[p])) p++;
  }
  return items;
}

/** an item that is a place's name (黄山, 安庆市), not a name that starts as one does (海东|升) */
function placeItem(s: string): boolean {
  const n = placeSpan(s, 0);
  return n >= 2 && (n === s.length || /^[省市县区州旗盟镇乡村]$/.test(s.slice(n)));
}

/** every item is where a name stands and most are names the surnames know; a place among them makes it a list
 * of places (黄山、安庆、池州), a trade or a unit fails the name's shape */
function peopleItems(items: NameItem[], r: PeopleRules, counted = false): boolean {
  if (items.some((x) => !slotName(x.name, r) || placeItem(x.name))) return false;
  // (a name one of whose halves is a usual part of Tibetan or Mongolian names is known as a surname is: 更藏|多杰)
  const known = items.filter((x) => x.person || x.end - x.at > x.name.length || (isName(x.name, r) && !commonWord(x.name)) || partName(x.name, r)).length;
  // (a group whose stated count the names match vouches for the rarer surnames: 蹇某、敬某)
  return known * (counted ? 2 : 3) >= items.length * (counted ? 1 : 2);
}

/** a label that says its items are people (调研组成员, 参训人员): it vouches for names of rarer surnames as a count does */
const memberLabel = (label: string, r: PeopleRules): boolean => label.length >= 2 && r.cues.memberLabels.some((w) => label.endsWith(w));

/** a line of its own of a name and its note in brackets (某某某某（蒙古族，某公司安全员）, 某某（某县某乡养殖户）): an
 * annex's list line, where the note vouches for a name of no known surname — a people or the sex opening it, or a
 * post closing it; the name may be transcribed (某某某某某·某某某某) */
function notedLines(text: string, r: PeopleRules, surnamed: boolean): Entity[] {
  const out: Entity[] = [];
  const titles = titlesLongestFirst(r);
  const people = perRules(r, 'people.peopleNotes', () => new RegExp(`^(?:[男女][，,])?(?:${alt(r.cues.peopleNotes)})(?:[，,]|$)`));
  for (const m of text.matchAll(/^[ \t\u3000]*([\u4e00-\u9fa5]{2,6}|[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,8})（([^（）\n]{2,40})）[ \t\u3000。；;]*$/gm)) {
    const [, name, note] = m;
    // (a family named by its head, 某某·某某家庭（…）, is read by familyLines)
    if (r.cues.families.some((w) => name.endsWith(w))) continue;
    const noted = /^[男女](?:[，,]|$)/.test(note) || people.test(note);
    const last = note.split(/[、，,]/).pop()!;
    const role = fullTitle(last, titles.find((t) => last.endsWith(t)), r) ?? tailPost(last, r) ?? (r.cues.postEnds.includes(last[last.length - 1]) && last.length <= 6 ? last : null);
    if (!noted && !role) continue;
    // (five or six characters only as a name of usual parts; a dictionary word or a unit is none)
    // (a name of a known surname is read last, after the older readers of its particulars: 某某（女，某校教师）)
    if (surnamed !== (!name.includes('·') && isName(name, r) && !minorityName(name, r))) continue;
    const shaped = name.includes('·') ? isName(name, r) : slotName(name, r) && !commonWord(name) && (name.length <= 4 || minorityName(name, r) || partName(name, r));
    if (shaped) out.push(person(text, m.index! + m[0].indexOf(name), name, role, 'person.noted-line'));
  }
  return out;
}

/** a line of its own that heads a group of an annex's list with the group's count (（二）交通运输系统（4名）,
 * 二、教育卫生系统（5人）): its count must match the names of the next line */
function groupHeading(line: string, r: PeopleRules): { count: number } | null {
  const ordinal = '(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、])?';
  const m = new RegExp(`^${ordinal}[\\u4e00-\\u9fa5]{2,20}[（(](\\d{1,3})(?:${r.cues.nameList.countUnits.join('|')})[）)]$`).exec(line);
  return m ? { count: Number(m[1]) } : null;
}

/** a line of names an annex writes under a label (钢铁冶炼（6名）：某某、某某、田\u3000野), the stated count
 * matching the names, or alone under the list's heading (…名单 / 崔某、玄某……（其余10名略）) */
function nameLists(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const heading = new RegExp(r.cues.nameList.headings.join('|'));
  let offset = 0;
  let head = false;
  let group: { count: number | null; carried?: NameItem[] } | null = null;
  let after = false;
  for (const line of text.split('\n')) {
    const lead = /^[\s\u3000]*/.exec(line)![0].length;
    // an excerpt's closing note (……（其余10名略）) or a full stop ends the names
    const tail = /(?:…+|等)?(?:[（(][^（）()]{0,12}略[）)])?[。；;]?[\s\u3000]*$/.exec(line)!;
    const colon = line.slice(lead, lead + 24).search(/[：:]/);
    // a counted group heading on the line above (（二）交通运输系统（4名）) labels the line as a colon would
    const label: { count: number | null; carried?: NameItem[] } | null = colon > 0 ? listLabel(line.slice(lead, lead + colon), r) : colon < 0 ? group : null;
    const from: number = label ? lead + colon + 1 + /^[\s\u3000]*/.exec(line.slice(lead + colon + 1))![0].length : lead;
    // (the lines read so far under a counted heading whose names run on to the next line)
    const carried: NameItem[] = label && label === group ? label.carried ?? [] : [];
    // (a group of one, 餐饮服务业（1名）：某某（女）, lists its one name with no mark between items)
    // (a label that says what the people are, 调研组成员, is each one's role as a unit label is)
    const member: boolean = colon > 0 && memberLabel(line.slice(lead, lead + colon), r);
    const unit: string | null = colon > 0 ? unitLabel(line.slice(lead, lead + colon), r) ?? (member ? line.slice(lead, lead + colon) : null) : null;
    const lone: boolean = (label?.count != null && label.count - carried.length === 1) || !!unit;
    const items: ReturnType<typeof nameItems> = (label || (head && colon < 0)) && (lone || /[、，,；;]|\S[\s\u3000]+\S/.test(line.slice(from, tail.index))) ? nameItems(text, offset + from, offset + tail.index, r) : null;
    const count: number | null = label?.count ?? null;
    const omitted = /略/.test(tail[0]);
    const all: NameItem[] | null = items ? [...carried, ...items] : null;
    const ok: boolean = !!all && all.length >= (label ? (lone ? 1 : 2) : 3) && (count === null || omitted || count === all.length) && peopleItems(all, r, (count !== null && !omitted) || member || (after && colon > 0));
    // a counted group may run over several lines (企业职工（13名）, then lines of three names): the names wait for the rest
    const short: boolean = !ok && !!all && count !== null && !omitted && label === group && all.length < count && peopleItems(all, r, true);
    for (const x of ok ? all! : []) out.push(x.end - x.at > x.name.length ? paddedPerson(text, x.at, x, x.role ?? unit, 'person.name-list') : person(text, x.at, x.name, x.role ?? unit, 'person.name-list'));
    // the heading reaches over a note in brackets (（共20名，按姓氏笔画排序）) and over the lines of names it heads
    const t = line.trim();
    if (t && !/^[（(][^（）()]*[）)]$/.test(t)) head = (heading.test(t) && t.length <= 40) || (ok && !label);
    if (t) group = short ? { count, carried: all! } : groupHeading(t, r);
    // (a labelled line of names under the like line before it, 某乡：某某、某某, is vouched for as a counted one is)
    if (t) after = ok && colon > 0;
    offset += line.length + 1;
  }
  return out;
}

/** two-character names an annex letter-spaced and set several a line under a counted heading (二等奖（10名）, then
 * 某\u3000甲\u3000\u3000某\u3000乙 …), which the normaliser closed up into one run a line (某甲某乙…): when the runs under
 * the heading hold exactly twice its count of characters, each pair is a name; a prize heading is their role */
function closedUpPairs(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  const head = new RegExp(`^(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?([\u4e00-\u9fa5]{2,20})[（(](\\d{1,3})(?:${r.cues.nameList.countUnits.join('|')})[）)]$`);
  const lines = text.split('\n');
  const starts: number[] = [];
  for (let i = 0, o = 0; i < lines.length; o += lines[i].length + 1, i++) starts.push(o);
  for (let i = 0; i < lines.length; i++) {
    const h = head.exec(lines[i].trim());
    const count = h ? Number(h[2]) : 0;
    if (count < 3) continue;
    let k = i + 1;
    let chars = 0;
    while (k < lines.length && /^[\u4e00-\u9fa5]{4,}$/.test(lines[k]) && lines[k].length % 2 === 0 && chars < 2 * count) chars += lines[k++].length;
    if (chars !== 2 * count) continue;
    const pairs: { name: string; at: number }[] = [];
    for (let j = i + 1; j < k; j++) for (let q = 0; q < lines[j].length; q += 2) pairs.push({ name: lines[j].slice(q, q + 2), at: starts[j] + q });
    // (every pair must stand as a name does, and most must open with a surname the rules know)
    if (!pairs.every((x) => slotName(x.name, r)) || pairs.filter((x) => isName(x.name, r)).length * 2 < pairs.length) continue;
    const role = /奖$/.test(h![1]) ? h![1] : null;
    for (const x of pairs) out.push(person(text, x.at, x.name, role, 'person.closed-up-pairs'));
  }
  return out;
}

/** the tier of a contest's prizes a label or a heading line names (一等奖, 二等奖（8名）, （三）三等奖（12名）): null for any
 * other label, a team's or an organiser's prize (团体一等奖, 优秀组织奖) among them */
function prizeTier(label: string, r: PeopleRules): string | null {
  const re = perRules(r, 'people.prize-tier', () => new RegExp(`^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?([\u4e00-\u9fa5]{2,6})(?:[（(]\\d{1,3}(?:${r.cues.nameList.countUnits.join('|')})[）)])?$`));
  const m = re.exec(label.replace(/[\s\u3000]/g, ''));
  return m && r.cues.prizeTiers.includes(m[1]) ? m[1] : null;
}

/** a segment of a prize line written unit first, then the winner (某某供电公司\u3000某某, 某中学食堂\u3000某某（并列）): the name,
 * after the last space, vouched for as a name of a known surname or of usual parts */
function unitThenName(text: string, at: number, end: number, r: PeopleRules): NameItem | null {
  const m = /^([\u4e00-\u9fa5（）()]{4,30})[\s\u3000]+([\u4e00-\u9fa5·]{2,8})(?:[（(][^（）()\n]{1,12}[）)])?$/.exec(text.slice(at, end));
  if (!m || !(isName(m[2], r) || partName(m[2], r)) || commonWord(m[2])) return null;
  const s = at + m[0].indexOf(m[2], m[1].length);
  return { name: m[2], at: s, end: s + m[2].length };
}

/** the winners of a prize line: its segments parted by ；, each a unit and a name or a 、-list of names with notes;
 * null unless every segment reads so and most names are vouched for (a note in brackets vouches as a surname does) */
function prizeItems(text: string, at: number, end: number, r: PeopleRules): NameItem[] | null {
  const out: NameItem[] = [];
  for (let p = at; p < end;) {
    let e = p;
    while (e < end && !/[；;]/.test(text[e])) e++;
    const seg = unitThenName(text, p, e, r);
    const items = seg ? [seg] : nameItems(text, p, e, r, true);
    // (a Yi name opened by its clan's part may end as a post ends: 日火|日者, the 者 no 记者)
    if (!items || !items.length || items.some((x) => !(slotName(x.name, r) || partOpened(x.name, r)) || placeItem(x.name))) return null;
    out.push(...items);
    p = e + 1;
    while (p < end && /[\s\u3000]/.test(text[p])) p++;
  }
  const vouched = out.filter((x) => x.role !== undefined || isName(x.name, r) || partName(x.name, r) || partOpened(x.name, r)).length;
  return out.length && vouched * 2 >= out.length ? out : null;
}

/** the winners of a contest listed by prize: under a tier's heading line (一等奖（4名）, then 电工：某公司\u3000某某 lines
 * labelled by event) or after a tier's label (二等奖：某某（某公司）、某某（某食堂）): each a person whose role is the tier,
 * or the post the note gives (一等奖（2名）：某某（电工）); a line that reads otherwise ends the heading's reach */
function prizeLists(text: string, r: PeopleRules): Entity[] {
  const out: Entity[] = [];
  let tier: string | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    const lead = line.length - line.trimStart().length;
    const colon = line.slice(lead, lead + 24).search(/[：:]/);
    const label = colon > 0 ? line.slice(lead, lead + colon) : '';
    const own = label ? prizeTier(label, r) : null;
    const heading = colon < 0 ? prizeTier(t, r) : null;
    const at = colon > 0 ? lead + colon + 1 + /^[\s\u3000]*/.exec(line.slice(lead + colon + 1))![0].length : lead;
    const read = t && !heading && (own || tier) ? prizeItems(text, offset + at, offset + line.trimEnd().length, r) : null;
    // (a label's own count the names must match: 一等奖（3名）：某甲、某乙 is no list of the three)
    const count = own ? listLabel(label.replace(/[\s\u3000]/g, ''), r)?.count ?? null : null;
    const items = read && (count === null || count === read.length) ? read : null;
    for (const x of items ?? []) out.push(person(text, x.at, x.name, x.role || (own ?? tier), 'person.prize-list'));
    // (an event's line under the heading that reads otherwise leaves the heading to the next: a line with no label ends it)
    if (heading) tier = heading;
    else if (t && !items && colon < 0) tier = null;
    offset += line.length + 1;
  }
  return out;
}

/** every person the cues find, one per span */
export function cuePeople(text: string, r: PeopleRules): Entity[] {
  const all = [...bylines(text, r), ...prizeLists(text, r), ...postThenHonour(text, r), ...labelled(text, r), ...labelClauses(text, r), ...labelledRuns(text, r), ...bareLabels(text, r), ...namedAfter(text, r), ...listLines(text, r), ...verticalTable(text, r), ...bracketRoster(text, r), ...appointedOffices(text, r), ...postFirstRoster(text, r), ...takenAs(text, r), ...notedLines(text, r, false), ...rosters(text, r), ...bracketedLines(text, r), ...familyLines(text, r), ...signedLines(text, r), ...withOffice(text, r), ...beforeEtc(text, r), ...honouredList(text, r), ...namedCount(text, r), ...unitNamedCount(text, r), ...nounList(text, r), ...afterNoun(text, r), ...afterUnit(text, r), ...unitPost(text, r), ...transcribed(text, r), ...quotedTitle(text, r), ...contactLines(text, r), ...kinNames(text, r), ...biography(text, r), ...familyHeads(text, r), ...clausePost(text, r), ...heldPost(text, r), ...clauseSubject(text, r), ...agedNames(text, r), ...nameLists(text, r), ...closedUpPairs(text, r), ...apposed(text, r), ...officeRoll(text, r), ...leadClauses(text, r), ...quotedSpeaker(text, r), ...studioLeaders(text, r), ...nameCells(text, r), ...notedInText(text, r), ...notedLines(text, r, true), ...partsAfterNoun(text, r)];
  return firstWins(all).map((p) => ({ ...p, role: chainedRole(text, p, r) ?? p.role ?? roleOfSame(all, p) })).sort((a, b) => a.start - b.start);
}

/** the role another reader states for the very span the quoted-title reader took first, which leaves the role to
 * the honour (“H”某某某某 read after its quote, 由…“H”某某某某领衔 read by its act: the leader's role); other
 * readers that found no role found none on purpose (获得者某某, 某某、某某2名同志) */
function roleOfSame(all: Entity[], p: Entity): string | null {
  if (p.rule !== 'person.quoted-title') return null;
  return all.find((x) => x.start === p.start && x.end === p.end && x.role)?.role ?? null;
}

/** a leader read off the front of a studio's name (某某技能大师工作室) that is a word opening such names instead: a
 * people (苗族), a feast (长桌宴), a township (某某镇) — by its end, as studioLeadEnds in people-cues.yaml lists */
export function studioWord(name: string, r: PeopleRules): boolean {
  return r.cues.studioLeadEnds.some((e) => name.endsWith(e)) || notName(name, r) || r.cues.addressWords.includes(name);
}

/** a word a name-shaped reader took for a name that is a people or a level (黎族、苗族同志, 师级工作室) */
const notName = (name: string, r: PeopleRules): boolean => r.cues.notNameEnds.includes(name[name.length - 1]);

/** the clause before a name: back to punctuation or a line's start */
const CLAUSE_TAIL = /[^，,。；;：:\n（(“”\s\u3000]*$/;
/** what opens a clause before the posts that are no part of them (会议由|县委常委…, 县长某某和|县委常委…) */
const CHAIN_LEAD = /^.*(?:据|由|经|请|邀请|在|和|与|及|同|陪同)(?=[省市县区州旗盟国中全团乡镇师党])/;

/** posts held together and written before the name joined by 、 (县委常委、统战部部长某某, 县人大常委会副主任、县总工会主席
 * 某某): the whole chain is the role, as a meeting report writes it; null when the role stands alone or not before the name */
function chainedRole(text: string, e: Entity, r: PeopleRules): string | null {
  if (!e.role) return null;
  const clause = CLAUSE_TAIL.exec(text.slice(Math.max(0, e.start - 60), e.start))![0];
  if (!clause.endsWith(e.role)) return null;
  const parts = clause.split('、');
  const post = (t: string) => t.length >= 2 && t.length <= 16 && [...r.cues.offices, ...r.cues.chainPosts].some((o) => t.endsWith(o));
  let k = parts.length - 1;
  while (k > 0 && post(parts[k - 1])) k--;
  if (k === parts.length - 1) return null;
  const chain = parts.slice(k).join('、').replace(CHAIN_LEAD, '');
  return chain.length > e.role.length && chain.includes('、') ? chain : null;
}

/**
 * The entities with the cue-found people added (a person already found keeps its span and gains
 * the role it lacked), and with an organisation that swallowed a list line's name cut after it
 * (金丽华宁波舟山港股份有限公司 → 宁波舟山港股份有限公司).
 */
export function mergePeople(entities: Entity[], found: Entity[], text: string, r?: PeopleRules): Entity[] {
  const out = entities.filter((e) => !(r && e.type === 'person' && notName(e.name, r))).map((e) => ({ ...e }));
  for (const p of found) {
    const same = out.find((e) => e.type === 'person' && e.start < p.end && e.end > p.start);
    if (same) {
      // a fuller statement of the same role wins (市委副书记 over 副书记)
      // (a label or a leader's act states what the person is here: it wins over an honour read before the name)
      if (p.role && (!same.role || (p.role.endsWith(same.role) && p.role.length > same.role.length) || p.rule === 'person.label-clause' || p.rule === 'person.label-run')) same.role = p.role;
      continue;
    }
    out.push(p);
  }
  if (r) for (const o of out) if (o.type === 'person') o.role = chainedRole(text, o, r) ?? o.role;
  for (const o of out) {
    if (o.type !== 'org') continue;
    const p = found.find((x) => x.start === o.start && x.end < o.end);
    if (!p) continue;
    const gap = /^[\s\u3000]*/.exec(text.slice(p.end, o.end))![0].length;
    const s = p.end + gap;
    o.start = s;
    o.text = text.slice(s, o.end);
    if (o.name.startsWith(p.name)) o.name = o.name.slice(p.name.length).trimStart();
    if (o.canonical.startsWith(p.name)) o.canonical = o.canonical.slice(p.name.length).trimStart();
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** the names of a 、-list that ends right before `at` (…授予|某甲、某乙、某丙|等3名, 本届共有|某甲、某乙|2名): each with
 * its start; read back from the count while the items are names, the earliest after the word that opens the list;
 * none unless the list has two names or closes on 等 (a lone name before a count is another reader's) */
function listEndingAt(text: string, at: number, r: PeopleRules, known: (start: number, end: number) => boolean = () => false): { name: string; start: number }[] {
  const etc = text[at - 1] === '等';
  const end = etc ? at - 1 : at;
  const run = /[\u4e00-\u9fa5·、]{2,120}$/.exec(text.slice(Math.max(0, end - 120), end));
  if (!run) return [];
  const items = run[0].split('、');
  const out: { name: string; start: number }[] = [];
  let pos = end;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    pos -= item.length;
    // (or a person the cues already read there: a name of a people whose names have no surname, 萨仁某某)
    const whole = (isName(item, r) && (item.includes('·') || !commonWord(item))) || known(pos, pos + item.length);
    const name = whole ? item : firstListName(item, r) ?? [5, 4, 3, 2].map((n) => item.slice(-n)).find((x) => x.length < item.length && known(pos + item.length - x.length, pos + item.length));
    if (!name) break;
    out.unshift({ name, start: pos + item.length - name.length });
    if (!whole) break;
    pos -= 1;
  }
  return out.length >= 2 || (etc && out.length === 1) ? out : [];
}

/** the name the first item of a holders' list ends with when it carries more: what follows a verb or a word that
 * opens the list (授予|某甲, 共有|某甲); a name of usual parts is not cut (乌云某某 is no 云某某) */
function firstListName(item: string, r: PeopleRules): string | undefined {
  const opens = perRules(r, 'people.holderOpens', () => new RegExp(`(?:${alt([...r.cues.listVerbs, ...r.cues.selectVerbs, ...r.cues.holderOpens])})$`));
  return [4, 3, 2].map((n) => item.slice(-n)).find((x) => isName(x, r) && !commonWord(x) && opens.test(item.slice(0, -x.length)));
}

/** where the count of an honour's holders stands in the honour's clause after its name (…“某奖章”的某甲、某乙2名), or null */
function countAfter(text: string, a: { start: number; end: number }): number | null {
  const clause = text.slice(a.start, a.end) + /^[^，,。；;\n]*/.exec(text.slice(a.end))![0];
  const n = /(?:\d+|[一二两三四五六七八九十]+)(?:名|位|人)/.exec(clause);
  return n ? a.start + n.index : null;
}

/** where the count stands when it closes the holders' list right before the quoted title (授予某甲、某乙等6人“某县技术能手”称号,
 * 某甲、某乙2名选手“…”): the count of the people named is the grammar of conferment, the title its object */
function countBefore(text: string, a: { start: number }): number | null {
  const m = /(?:\d+|[一二两三四五六七八九十]+)(?:名|位|人)(?:同志|职工|選手|选手|员工|員工)?[“"「]$/.exec(text.slice(Math.max(0, a.start - 12), a.start));
  return m ? a.start - m[0].length : null;
}

/** the holders an honour's count closes (对某甲、某乙等7名职工授予“某县工匠”称号, 本届共有某甲、某乙2名选手获此称号): each
 * listed name is a person, and one whose post the text does not state has the honour as the role */
export function honourHolders(text: string, awards: readonly { name: string; count: number | null; start: number; end: number }[],
  entities: Entity[], r: PeopleRules): Entity[] {
  const found: Entity[] = [];
  const known = (s: number, e: number) => entities.some((p) => p.type === 'person' && p.start === s && p.end === e);
  for (const a of awards) {
    if (a.count === null) continue;
    // (the honour's span may be its name alone: the count follows in its clause, …“某奖章”的某甲、某乙2名)
    const at = countAfter(text, a) ?? countBefore(text, a);
    if (at === null) continue;
    for (const h of listEndingAt(text, at, r, known)) found.push(person(text, h.start, h.name, a.name, 'person.honour-holder'));
  }
  const out = entities.map((e) => ({ ...e }));
  for (const p of found) {
    const same = out.find((e) => e.type === 'person' && e.start < p.end && e.end > p.start);
    if (same) same.role ??= p.role;
    else if (!out.some((e) => e.start < p.end && e.end > p.start && e.type !== 'place')) out.push(p);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
