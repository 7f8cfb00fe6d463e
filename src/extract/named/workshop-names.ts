// Named workshops: the workshop's own name, its leader and the level it was named at. Official
// writing names a workshop after its leader (王建华劳模创新工作室, often behind its unit in an annex
// line: 南京钢铁集团王建华劳模创新工作室) or by a quoted motto (“启航”职工创新工作室（领衔人：周敏）). A
// conferred title (命名…为“大连市职工创新工作室”) is the level, never the name; a named workshop gets
// that level when it is named in the conferment or listed in the annex of a naming notice, or when
// its own clause says 被命名为 H.
import { z } from 'zod';
import { loadRuleFile, oncePerRulesDir } from '../../rules/loader.js';
import type { Award, Entity, Level, Workshop } from '../../types.js';
import { isName, peopleRules, slotName, spacedAlt, type PeopleRules } from './people-cues.js';
import { placeAt, placeLevel, placeSpan } from './gazetteer.js';
import type { HomeLevels } from './level.js';
import { contains, insideAny, overlaps } from '../refiners/spans.js';
import { confermentRules } from './conferment.js';
import { foldToSimplified } from '../../normalize/fold.js';
import { parseSmallInt } from '../numbers/small-int.js';
import { jiebaTag } from './jieba.js';
import { bracketLeader, columnCell, columnLeader, delimitedCells, headingClosedAt, labelledLeader, recordEnd, rowCells } from './records.js';
import { lineStart, lineEnd, startAfter } from '../../text-lines.js';
import { perRules } from './doc.js';
import { gradeRules, type GradeRules } from '../grades.js';
import { escapeRe } from '../refiners/regex.js';

const TypeRule = z.object({ id: z.string(), type: z.string(), aliases: z.array(z.string()) }).passthrough();
const NameRule = z.object({
  id: z.literal('workshop-names'),
  unitEnds: z.string().min(1),
  wordsBefore: z.string().min(1),
  townEnds: z.string().min(1),
  townOpeners: z.string().min(1),
  townVerbs: z.array(z.string().min(1)),
  townScopes: z.array(z.string().min(1)),
  verbsBefore: z.array(z.string().min(1)),
  leaderRoles: z.array(z.string().min(1)),
  placeWords: z.array(z.string().min(1)),
  listedAfter: z.array(z.string().min(1)),
  selfWords: z.array(z.string().min(1)),
  upgradeVerbs: z.array(z.string().min(2)),
  referWords: z.array(z.string().min(1)).default([]),
  revokedWords: z.array(z.string().min(2)),
  revokedOpeners: z.array(z.string().min(1)),
  proposalWords: z.array(z.string().min(2)),
  notConferred: z.array(z.string().min(1)),
  craftStop: z.string().min(1),
  subjectConnectives: z.array(z.string().min(2)),
  notNameWords: z.object({ tags: z.array(z.string().min(1)), negation: z.string().length(1), wordTags: z.array(z.string().min(1)), ethnonymEnd: z.string().length(1) }),
  craftWords: z.array(z.string().min(2)),
  tradeWords: z.array(z.string().min(2)),
  haveVerbs: z.array(z.string().min(2)),
  leadVerbs: z.array(z.string().min(1)),
  pairReferents: z.tuple([z.string().min(2), z.string().min(2)]),
  jointLeading: z.object({ adverbs: z.array(z.string().min(2)), counts: z.array(z.string().min(2)), links: z.string().min(1) }),
  listOpeners: z.array(z.string().min(1)),
  conferListVerbs: z.array(z.string().min(2)),
  inOrderWords: z.array(z.string().min(2)),
  setUpVerbs: z.array(z.string().min(1)),
  basedOn: z.array(z.string().min(1)),
  builtVerbs: z.array(z.string().min(1)),
  setUpBodies: z.array(z.string().min(1)),
  heldTitles: z.array(z.string().min(2)),
  shortForms: z.record(z.string(), z.string()),
  bodyWords: z.array(z.string().min(1)),
  recordColumns: z.object({ name: z.array(z.string()), leader: z.array(z.string()), unit: z.array(z.string()), level: z.array(z.string()), person: z.array(z.string()).optional(), count: z.array(z.string()).optional(), honour: z.array(z.string()).optional(), sector: z.array(z.string()).optional() }),
  examples: z.object({
    positive: z.array(z.object({ text: z.string(), name: z.string(), leader: z.string().nullable(), type: z.string().optional() })),
    negative: z.array(z.string()),
  }),
});
export type WorkshopNameRule = z.infer<typeof NameRule>;

/** rules/workshop-names.yaml: CompiledRules holds it (compileRules calls this); memoized per folder so that any other caller gets that same object */
export const workshopNameRules = oncePerRulesDir((dir): WorkshopNameRule => loadRuleFile('workshop-names.yaml', NameRule, dir)[0]);

export interface WorkshopAlias { alias: string; type: string }

/** what the named-workshop reader reads: its own rule file and the workshop types */
export interface WorkshopNameRules {
  rule: WorkshopNameRule;
  aliases: WorkshopAlias[];
  /** the honour endings of rules/conferment.yaml: a quoted honour before a type names a class of workshops */
  honourEndings: string[];
  /** the surnames and cues a leader's name is read with (rules/people.yaml, people-cues.yaml) */
  people: PeopleRules;
  /** the grades and acts of a review (rules/grades.yaml) */
  grades: GradeRules;
}

/** all three, as compileRules keeps them */
export const workshopNames = oncePerRulesDir((dir): WorkshopNameRules => ({
  rule: workshopNameRules(dir), aliases: workshopAliases(dir), honourEndings: confermentRules(dir).v.endings, people: peopleRules(dir), grades: gradeRules(dir),
}));

/** the workshop types by alias, longest first (rules/workshops.yaml); the bare 工作室 is not a type of a name */
export const workshopAliases = oncePerRulesDir((dir): WorkshopAlias[] =>
  loadRuleFile('workshops.yaml', TypeRule, dir)
    .flatMap((r) => r.aliases.map((alias) => ({ alias, type: r.type })))
    .filter((x) => x.alias !== '工作室')
    .sort((a, b) => b.alias.length - a.alias.length),
);

const OPEN = /^$|[^\u4e00-\u9fa5]$/;

/** a word of a clause stands in `craft` (新建, 成为, 等): a character of craftStop outside the craft nouns that hold
 * one (建筑, 有机, 合成 are words of a trade, not of a clause) */
function clauseIn(craft: string, w: WorkshopNameRules): boolean {
  const bare = w.rule.craftWords.reduce((t, x) => t.split(x).join('□'), craft);
  return [...w.rule.craftStop].some((x) => bare.includes(x));
}

interface Found { w: Workshop; leaderAt: number | null }

function typeAt(text: string, end: number, aliases: { alias: string; type: string }[]): { alias: string; type: string } | null {
  return aliases.find((a) => text.startsWith(a.alias, end - a.alias.length)) ?? null;
}

/** the leader's labels, each of which may be letter-spaced (领 衔 人：); built once per rules object (it was sorted
 * and joined again for every workshop mention) */
const leaderLabel = (w: WorkshopNameRules): string => perRules(w, 'workshop-names.leader-label', () => spacedAlt(w.rule.leaderRoles));

/** the end of the record the name ending at `from` opens (records.ts); a name that fills its line with no
 * labelled lines under it may be one cell a line of a table */
function recordSpanEnd(text: string, from: number): number {
  const end = recordEnd(text, from);
  return end === from && text[from] === '\n' ? cellRecordEnd(text, from) : end;
}

/** whether `s` (or, `opening`, its start) hands out names one to each workshop in order (领衔人分别为甲、乙;
 * 带头人依次是…): respectiveLeaders decides those, never the nearest name */
function handsOutInOrder(s: string, w: WorkshopNameRules, opening = false): boolean {
  return opening ? w.rule.inOrderWords.some((v) => s.startsWith(v)) : w.rule.inOrderWords.some((v) => s.includes(v));
}

/** the leader the record of the name ending at `from` gives: a person found with a leader's post in it, else
 * the table's leader column or a labelled field (带头人为全国技术能手某某, 领衔人：某某（省劳动模范）) */
function leaderOnLine(people: Entity[], text: string, from: number, w: WorkshopNameRules): Entity | null {
  const to = recordSpanEnd(text, from);
  const roles = w.rule.leaderRoles;
  const own = (p: Entity) => !handsOutInOrder(text.slice(from, p.start), w);
  // (a post said of the person, or the leader's post handed to them: 领衔人由该校教师某某担任)
  const handedTo = new RegExp(`(?:${roles.join('|')})由[^，,。；;\n]{0,14}$`);
  const handed = (p: Entity) => roles.length > 0 && handedTo.test(text.slice(Math.max(from, p.start - 20), p.start));
  const known = people.find((p) => p.start >= from && p.start < to && (roles.some((x) => (p.role ?? '').includes(x)) || handed(p)) && own(p));
  if (known) return known;
  const read = columnLeader(text, from, w.rule.recordColumns, w.people, w.rule.unitEnds) ?? labelledLeader(text, from, to, leaderLabel(w), w.people) ?? bracketLeader(text, from, to, w.people, w.rule.leaderRoles);
  return read ? { type: 'person', name: read.name, canonical: read.name, role: read.role, text: text.slice(read.start, read.end), start: read.start, end: read.end, rule: 'person.workshop-leader' } : null;
}

/** a name that fills its line (one cell a line: 6\n柳编工艺技能大师工作室\n某合作社\n庞某\n…) ends a record
 * at the next line holding only a row number, at most four lines on; a line of a sentence is no cell */
function cellRecordEnd(text: string, eol: number): number {
  const ls = lineStart(text, eol);
  const line = text.slice(ls, eol);
  // (the cell before it holds only its row number: 1.某公司 on the line above is an entry's unit, not a cell)
  if (!/^[\u4e00-\u9fa5“”"（）·]+$/.test(line) || !/^\s*\d{1,3}\s*$/.test(text.slice(text.lastIndexOf('\n', ls - 2) + 1, Math.max(0, ls - 1)))) return eol;
  let to = eol;
  for (let n = 0; n < 4 && to < text.length; n++) {
    const e = text.indexOf('\n', to + 1) >>> 0;
    // (a line that names a workshop is another record's: the table's last row ends before a list under it)
    if (/^\s*\d{1,3}\s*$/.test(text.slice(to + 1, e)) || /工作[室站]/.test(text.slice(to + 1, e))) break;
    to = Math.min(e, text.length);
  }
  return to;
}

/** a space opens a cell on a table row the normaliser wrote with spaces (1某公司 船体焊接技能大师工作室
 * 邰某 高级技师): a row of records.ts */
function spaceCell(text: string, k: number): boolean {
  if (text[k] !== ' ' && text[k] !== '\u3000') return false;
  return !!rowCells(text, text.lastIndexOf('\n', k) + 1, lineEnd(text, k));
}

/** the label of a name in a block of labelled lines (工作室名称：, 名\u3000\u3000称：), after a row number or none */
const NAME_LABEL = /^[\s\u3000]*(?:\d{1,3}\s*[.、．]?)?[\s\u3000]*[\u4e00-\u9fa5]{0,4}名[ \u3000]{0,2}称[：:][\s\u3000]*$/;

/** `k` ends the opening of a list line or a table row: only blanks and a row number or a bullet before (\n2 |,   3. ,
 * （三）, ·, ●), or the label of the name (工作室名称：) */
function lineOpen(text: string, k: number): boolean {
  if (k < 0 || /[\u4e00-\u9fa5]/.test(text[k])) return false;
  const head = text.slice(text.lastIndexOf('\n', k) + 1, k + 1);
  return /^[\s\u3000]*(?:\d{1,3}\s*[.、．]?|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]|[一二三四五六七八九十]{1,3}、|[·•●◆◇■□▪○★☆▲△►▶])?[\s\u3000]*$/.test(head) || NAME_LABEL.test(head);
}

/** where a name written for a craft begins: after the unit (某建工有限公司|焊接|技能大师工作室) or at the
 * start of a table cell (|黄酒酿造技艺|职工创新工作室|); null when a clause, not a craft, stands there */
function craftStart(text: string, s: number, w: WorkshopNameRules, longest = 6): number | null {
  const c = craftOpening(text, s, w, longest);
  return c === null ? null : afterVerb(text, c, s, w);
}

/** a craft opening with a verb of conferment or creation is that verb's object (三、命名|面粉加工工匠创新工作室等2个,
 * 1. 认定|数控加工技能大师工作室): the name begins after the verb, the craft two characters at least */
function afterVerb(text: string, c: number, s: number, w: WorkshopNameRules): number | null {
  const v = w.rule.verbsBefore.find((x) => text.startsWith(x, c));
  return !v ? c : s - c - v.length >= 2 ? c + v.length : null;
}

function craftOpening(text: string, s: number, w: WorkshopNameRules, longest = 6): number | null {
  // a whole cell first: a unit's last character inside it (高中化|学|实验) does not cut the name
  for (let k = s - 1; k >= Math.max(0, s - 11); k--) {
    if (text[k] === '|' || text[k] === '\t' || lineOpen(text, k) || spaceCell(text, k)) {
      const craft = text.slice(k + 1, s);
      if (craft.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(craft)) return k + 1;
      break;
    }
    if (!/[\u4e00-\u9fa5]/.test(text[k])) break;
  }
  for (let k = s - 1; k >= Math.max(-1, s - longest - 4); k--) {
    if (k < 0) return null;
    const c = text[k];
    // a table cell (| or a tab) or a list line of its own (the unit on the line above) opens a whole name
    const cell = c === '|' || c === '\t' || lineOpen(text, k) || spaceCell(text, k) || unitGap(text, k);
    // a unit's ending at or one character after an item's opening is a common noun of the craft (；|水厂|自动化运维, ：|矿用…), no unit
    if (!cell && w.rule.unitEnds.includes(c) && k >= 1 && (opensItem(text, k - 2, w) || opensItem(text, k - 1, w))) continue;
    // (so is one right after a unit's whole word: 某机械有限公司|矿机装配, 某集团|站务…; 公司矿 is no unit)
    if (!cell && w.rule.unitEnds.includes(c) && (UNIT_CLOSE.exec(text.slice(Math.max(0, k - 6), k))?.[0].length ?? 0) >= 2) continue;
    // (nor one that closes a word of two right after a 的, 建设的|景区|导览服务: no unit's name is that short)
    if (!cell && w.rule.unitEnds.includes(c) && text[k - 2] === '的') continue;
    // (nor is one that opens a word of the craft, 冰雪|场馆|制冰, 某某|场地|维护: the word goes on past it)
    if (!cell && w.rule.unitEnds.includes(c) && opensWordAt(text, k, s)) continue;
    // an item of a running list opens a name as a cell does, the craft no longer than a craft after a unit
    if (!cell && itemOpen(text, k, w)) {
      const craft = text.slice(k + 1, s);
      return craft.length >= 2 && craft.length <= longest && /^[\u4e00-\u9fa5]+$/.test(craft) && !clauseIn(craft, w) ? k + 1 : null;
    }
    // a unit's 的 (某研究所的|草莓育苗…), a clause of building's (在某医院设立的|护理…) or a verb of having (公司建有|石材
    // 雕刻…) opens the craft as the unit does
    if (!cell && (c === '的' && (w.rule.unitEnds.includes(text[k - 1] ?? '') || w.rule.builtVerbs.some((v) => text.startsWith(v, k - v.length))) || w.rule.haveVerbs.some((v) => text.startsWith(v, k + 1 - v.length)))) {
      const craft = text.slice(k + 1, s);
      return craft.length >= 2 && craft.length <= longest && /^[\u4e00-\u9fa5]+$/.test(craft) && !clauseIn(craft, w) ? k + 1 : null;
    }
    // a unit's last character right before the type is part of the craft (锅炉运|行|技能大师工作室)
    if (cell || w.rule.unitEnds.includes(c) && s - k - 1 >= 2) {
      const craft = text.slice(k + 1, s);
      // a whole table cell is a name; after a unit, words of a clause (新建, 成为) are not a craft
      const ok = craft.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(craft) && (cell || craft.length <= longest && !clauseIn(craft, w));
      return ok ? k + 1 : null;
    }
    if (!/[\u4e00-\u9fa5]/.test(c)) return null;
  }
  return null;
}

/** the character at `k` opens a word of two or more that the segmenter reads in the words before `s` (场|馆 of
 * 冰雪场馆): a unit's last character is a unit's end only where a word ends with it */
function opensWordAt(text: string, k: number, s: number): boolean {
  const from = Math.max(0, k - 4);
  let pos = from;
  for (const t of jiebaTag(text.slice(from, s))) {
    if (pos === k) return t.word.length >= 2;
    pos += t.word.length;
    if (pos > k) return false;
  }
  return false;
}

/** `k` is the last blank of a gap that parts a list line's unit from its workshop (3．某盐业有限公司|海盐晒制工艺创新工作室,
 * 2. 某某医院  护理创新工作室): blanks right after a unit's last character on an item's line, the line's item
 * mark before it */
function unitGap(text: string, k: number): boolean {
  if (!/[ \u3000]/.test(text[k] ?? '') || /[ \u3000]/.test(text[k + 1] ?? '')) return false;
  const m = /([\u4e00-\u9fa5])[ \u3000]+$/.exec(text.slice(Math.max(0, k - 8), k + 1));
  // (any unit: an office or a section ends it too, 某供电公司配电运检室|配网带电作业…)
  if (!m) return false;
  // (the workshop ends its entry: …工作室建设，负责人… is a project, not a name)
  if (!/^[\u4e00-\u9fa5“”"·]{2,30}?工作[室站](?![\u4e00-\u9fa5])/.test(text.slice(k + 1, k + 40))) return false;
  const ls = text.lastIndexOf('\n', k) + 1;
  return /^[\s\u3000]*(?:\d{1,3}\s*[.、．]|[（(]\d{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/.test(text.slice(ls, k));
}

/** `who` opens with a conjunction of the rule's function words (和与及) and goes on with a scope, a level or a place */
function conjoined(text: string, ps: number, who: string, w: WorkshopNameRules): boolean {
  if (!/[和与及或]/.test(who[0]) || !w.rule.wordsBefore.includes(who[0]) && who[0] !== '或') return false;
  return /^[全各本该其此]|级$/.test(who.slice(1)) || placeSpan(text, ps + 1) >= 2;
}

/** a short form of a place the document writes in full (钟祥 where it writes 钟祥市, 平遥 where 平遥县) at `ps`: a county's
 * short form is no place alone (肥西 is too often an ordinary word), but a document's own place is written so; a town
 * the document writes with its suffix (某某镇农业站, not 某镇长) opens a local craft too, the gazetteer knowing it or not */
function ownPlaceShort(text: string, ps: number, w: WorkshopNameRules): boolean {
  return [2, 3].some((n) => {
    const short = text.slice(ps, ps + n);
    if (!/^[\u4e00-\u9fa5]+$/.test(short)) return false;
    return ['市', '县', '区', '旗'].some((x) => placeAt(short + x, 0)?.name === short + x && text.includes(short + x)) ||
      new RegExp(`${short}[${w.rule.townEnds}](?![长亲党干])`).test(text);
  });
}

/** a word jieba's dictionary knows as a whole and as something other than a name (冶炼, 维修, 茶艺) */
function commonWord(s: string): boolean {
  const t = jiebaTag(s);
  return t.length === 1 && !/^(?:nr|x)/.test(t[0].tag);
}

/** words that no person's name is, read by the segmenter (rules/workshop-names.yaml notNameWords): a phrase that ends
 * with a particle (申报的), holds a negated verb (某某不变), is one common word of three or more (a material, 牛皮纸) or
 * opens with an ethnic group's name (某族|九碗): a fragment of the craft or the clause, no leader */
function notAName(who: string, w: WorkshopNameRules): boolean {
  const n = w.rule.notNameWords;
  const t = jiebaTag(who);
  if (!t.length || n.tags.includes(t[t.length - 1].tag)) return t.length > 0;
  if (t.some((x) => x.word.length >= 2 && x.word.startsWith(n.negation) && /^(?:v|d|ad)$/.test(x.tag))) return true;
  if (t.length === 1 && who.length >= 3 && n.wordTags.includes(t[0].tag)) return true;
  return t.length > 1 && t[0].word.length >= 2 && t[0].word.endsWith(n.ethnonymEnd);
}

/** a clause that counts workshops of a kind before the colon that lists them */
// (the count may follow the title too, and be written 個: 新命名“某市职工创新工作室”4個：A（…）；B（…）)
const COUNTED_CLAUSE = /(?:\d+|[一二两三四五六七八九十]+)[个個][\u4e00-\u9fa5“”]{0,20}工作[室站]|工作[室站][”"」]?(?:\d+|[一二两三四五六七八九十]+)[个個家]$/;

/** `k` opens an item of a running list of workshops: the colon after a list opener (具体为：, 名单如下：), or ；
 * after an item that names a workshop, or 。 after one that also gives its leader (A工作室，依托某公司建设，带头人为某某；|B…) */
function itemOpen(text: string, k: number, w: WorkshopNameRules): boolean {
  const c = text[k];
  // (or a clause that counts the workshops it lists: 为2个新认定的区级技能大师工作室授牌：A（…）；B（…）)
  if (c === '：' || c === ':') return w.rule.listOpeners.some((v) => text.startsWith(v, k - v.length)) || COUNTED_CLAUSE.test(/[^。；;：:\n]*$/.exec(text.slice(Math.max(0, k - 60), k))![0]);
  // (or a list's opener written without the colon: 另外两家分别是A工作室…)
  if (openerEndsAt(text, k, w)) return true;
  // (or 、 after an item of such a list that names a workshop: 分别是：A工作室、B工作室（领衔人：某某）、C工作室; or the
  // conjunction before its last item right after an item's note in brackets, …B工作室（领衔人：某某）和C工作室; after a
  // bare name the item is read as its leader's and craft's, 和杜鹃|家政服务…)
  if (c === '、' || (c === '和' || c === '及') && /[）)]/.test(text[k - 1] ?? '')) return enumerationItem(text, k, w);
  // (a list of workshops written with commas, each item a whole clause: 由某某领衔的A工作室，|B工作室（带头人：某某），以及|C工作室)
  if (c === '，' || c === '及' && text.startsWith('，以及', k - 2)) return afterWorkshopItem(text, c === '及' ? k - 2 : k);
  if (!/[；;。]/.test(c ?? '')) return false;
  const prev = /[^；;。\n]*$/.exec(text.slice(Math.max(0, k - 80), k))![0];
  return /工作[室站]/.test(prev) && (c !== '。' || new RegExp(w.rule.leaderRoles.join('|')).test(prev));
}

/** the comma at `k` closes a clause that ends with a workshop's name (and its note in brackets) after a count of
 * workshops or a list opener in its sentence (新建…工作室3个，分别是A工作室，|B…): the next item opens there */
function afterWorkshopItem(text: string, k: number): boolean {
  const sentence = /[^。；;\n]*$/.exec(text.slice(Math.max(0, k - 200), k))![0];
  return /工作[室站][”"」]?(?:[（(][^（）()]{2,40}[）)])?$/.test(sentence) && /(?:\d+|[一二两三四五六七八九十]+)[个個家]|分别[是为]/.test(sentence);
}

/** the 、 at `k` follows an item that ends with a workshop (and its note in brackets) of a list a colon opens */
function enumerationItem(text: string, k: number, w: WorkshopNameRules): boolean {
  // (a note in brackets, 领衔人：某某, is the item's own: blanked out, its colon opens nothing)
  const span = /[^。；;\n]*$/.exec(text.slice(Math.max(0, k - 200), k))![0].replace(/[（(][^（）()]*[）)]/g, (m) => '（'.padEnd(m.length - 1, '\u00a0') + '）');
  const colon = Math.max(span.lastIndexOf('：'), span.lastIndexOf(':'), ...listOpenersOf(w).map((v) => (span.includes(v) ? span.lastIndexOf(v) + v.length - 1 : -1)));
  if (colon < 0 && !/[（(][^）)]*$/.test(span)) return conferredItems(text, k, span, w);
  if (colon < 0 || /[（(][^）)]*$/.test(span)) return false;
  const prevItem = span.slice(Math.max(colon, span.lastIndexOf('、')) + 1).replace(/（\u00a0*）$/, '');
  return /工作[室站][”"」]?$/.test(prevItem) && itemOpen(text, Math.max(0, k - span.length) + colon, w);
}

/** the 、 at `k` parts the objects of a conferment that closes with their count (认定A工作室、|B工作室等3个工作室为…; 为A工作室、
 * |B工作室等6个工作室授牌): every item between the verb and the mark is a workshop's name, and 等N个 follows the next one */
function conferredItems(text: string, k: number, span: string, w: WorkshopNameRules): boolean {
  const verb = Math.max(...[...w.rule.verbsBefore, '为'].map((v) => (span.includes(v) ? span.lastIndexOf(v) + v.length : -1)));
  if (verb < 0) return false;
  const items = span.slice(verb).split('、');
  if (!items.every((x) => /^[\u4e00-\u9fa5“”"（）()·]{4,30}工作[室站][”"」]?$/.test(x))) return false;
  return /^[^，。；;、\n]{2,30}?工作[室站][”"」]?等(?:\d+|[一二两三四五六七八九十]+)个/.test(text.slice(k + 1, k + 50));
}

/** the openers of a list that open it without a colon as well: two characters at least (分别是, 包括; not 即, 如) */
const listOpenersOf = (w: WorkshopNameRules): string[] => w.rule.listOpeners.filter((v) => v.length >= 2);

/** `k` is the last character of such an opener */
const openerEndsAt = (text: string, k: number, w: WorkshopNameRules): boolean => listOpenersOf(w).some((v) => text.startsWith(v, k + 1 - v.length));

/** `k` opens a name: a line's opening, a cell's, or an item's of a running list (the start of the text too) */
const opensItem = (text: string, k: number, w: WorkshopNameRules): boolean =>
  k < 0 || text[k] === '|' || text[k] === '\t' || lineOpen(text, k) || spaceCell(text, k) || itemOpen(text, k, w);

function namedAt(text: string, s: number, e: number, type: string, people: Entity[], r: PeopleRules, w: WorkshopNameRules): Found | null {
  const opens = (before: string, at: number) => OPEN.test(before) || (before !== '' && (w.rule.unitEnds.includes(before) || w.rule.wordsBefore.includes(before))) ||
    w.rule.verbsBefore.some((v) => text.startsWith(v, at - v.length));
  // the leader right before the type, or before a craft the workshop is named for (杞某某|彝绣|技能大师工作室)
  const transcribed = transcribedBefore(text, s, w);
  const tries = [...(transcribed ? [[transcribed, 0]] : []), [3, 0], [2, 0], [4, 0], ...[2, 3, 4, 5, 6].flatMap((c) => [[4, c], [3, c], [2, c]])];
  let record: Entity | null | undefined;
  for (const [len, craft] of tries) {
    const ps = s - craft - len;
    if (ps < 0) continue;
    const who = text.slice(ps, ps + len);
    const made = text.slice(ps + len, s);
    // with a craft the name must open after a unit, a quotation mark, a table cell or an indented list line (高度|重视|…
    // is a clause); a craft that opens with a place's or a unit's word (唐昌|街道|…) makes `who` a place or a unit
    const before = text.slice(Math.max(0, ps - 1), ps);
    if (craft && w.rule.placeWords.some((x) => made.startsWith(x))) continue;
    // (a record that names `who` its leader opens the name wherever it stands: …高级技师|某某|配电运维|劳模创新工作室 on a
    // table row the normaliser glued)
    // (a unit's 的 opens it too: 某车队的|某某某|新能源客车维保…工作室, the unit's own workshop named after its leader)
    const unitOwned = before === '的' && w.rule.unitEnds.includes(text[ps - 2] ?? '');
    const opener = unitOwned || /^[“"「|\t]$/.test(before) || lineOpen(text, ps - 1) || itemOpen(text, ps - 1, w) || w.rule.unitEnds.includes(before) || builtFor(text, ps, w) || craft > 0 && (record ??= leaderOnLine(people, text, e, w))?.name === who && isName(who, r);
    if (craft && (!/^[\u4e00-\u9fa5]+$/.test(made) || clauseIn(made, w) || !opener || before === '')) continue;
    // a craft longer than four only after a unit (某机床有限公司|周某|数控机床装调|技能大师工作室), and never
    // after a word of the dictionary (石榴|盆景嫁接技艺 is a craft of its own)
    // (or inside quotation marks that close right after the type: the quoted name is whole, “某某小龙虾烹饪技能大师工作室”)
    // …where the document names that person elsewhere as a whole name (其中某某曾获…): 岑国|富矿井 is no name
    const quoted = before === '“' && text[e] === '”' && namedElsewhere(text, who, ps, e, r);
    if (craft > 4 && (!w.rule.unitEnds.includes(before) && !unitOwned && !quoted && !builtFor(text, ps, w) || /^(?!nr|x)/.test(jiebaTag(who).find((t) => t.word.length >= 2)?.tag ?? 'x'))) continue;
    // no leader: no name's words (申报的|…), a grade word (师级|创新工作室5个), a trade word (苗绣|…) its record does not label
    if (notAName(who, w) || /级$/.test(who) || w.rule.tradeWords.includes(who) && (record ??= leaderOnLine(people, text, e, w))?.name !== who) continue;
    // nor is a place the leader (“安徽省|示范性|劳模创新工作室” is a conferred title)
    if ((placeAt(text, ps)?.name.length ?? 0) >= len) continue;
    if (straddlesPlace(text, ps, len) || suffixedPlace(who, people, w)) continue;
    // a conjunction then a scope, a level or a place is no name (和|全市…, 与|省级…, 及|黄山…), though 和 is a surname
    if (conjoined(text, ps, who, w)) continue;
    // the words of a craft are no leader unless the record says so: the document's own place written short opens a
    // local craft (钟祥市 … 钟祥|蟠龙菜制作), and a word of the dictionary after a quoted motto is its craft (“金炉”|冶炼)
    if ((craft && ownPlaceShort(text, ps, w) || !craft && /^[”"」]$/.test(before) && commonWord(who)) && (record ??= leaderOnLine(people, text, e, w))?.name !== who) continue;
    // (a name with no Han surname the dictionaries do not know opens a quoted name before its craft: “才让东智|藏毯编织|…”)
    // (no place opens it, and no Han name is a shorter start: 周某某|数控… is 周某某's)
    const slot = !!craft && before === '“' && text[e] === '”' && !placeAt(text, ps) && !(r.single.has(who[0]) && [2, 3].some((n) => n < len && isName(who.slice(0, n), r))) && slotName(who, r) && !ledByOther(text, e, who, people, r, w);
    // (a surname the list does not hold, 晋 or 宣 that open common words, is a person where the record's label says so:
    // 晋瑞林技能大师工作室 … 带头人：晋瑞林（焊工）)
    if (record === undefined && !craft) record = leaderOnLine(people, text, e, w);
    if ((isName(who, r) || shortForm(text, who) || slot || !craft && record?.name === who) && (opens(before, ps) || craft > 0 && record?.name === who)) {
      // a name whose leader its record gives as someone else (某公司|管道|安装技能大师工作室, 领衔人：兰某;
      // 5．白酒品评与|勾兑|劳模创新工作室 / 领衔人：某某): `who` is a word of the name, not its leader
      if (record === undefined) record = leaderOnLine(people, text, e, w);
      if (record && record.name !== who && !record.name.startsWith(`${who}·`)) continue;
      // …or wherever else the document lists the same name (the body names 某公司叶片加工劳模创新工作室, the
      // annex labels its leader 曾某): 叶片 is the object of the craft, not a person
      if (craft && labelledElsewhere(text, text.slice(ps, e), who, people, w)) continue;
      if (craft && quotedLedByOther(text, ps, e, who, people, r, w)) continue;
      return { w: mk(text, placeBefore(text, ps), e, type, labelledFull(text, e, who, people, w) ?? who), leaderAt: ps };
    }
  }
  return namedOtherwise(text, s, e, type, people, r, w);
}

/** a name no leader opens right before its type: a craft led by someone (由某某领衔的…), an item of a numbered list, a
 * motto, a craft after a unit, or a leader's name opening the whole */
function namedOtherwise(text: string, s: number, e: number, type: string, people: Entity[], r: PeopleRules, w: WorkshopNameRules): Found | null {
  const led = ledCraft(text, s, e, type, people, r, w);
  if (led) return led;
  const item = enumeratedItem(text, s, e, r, w);
  if (item) return { w: mk(text, item.at, e, type, item.who), leaderAt: item.at };
  const motto = mottoNamed(text, s, e, type, people, r, w);
  return motto ?? craftNamed(text, s, e, type, people, r, w) ?? leaderOpened(text, s, e, type, people, r, w);
}

/** the sentence after a quoted name states someone other than `who` its leader (“某玉雕刻…工作室”由高级工艺美术师某某
 * 领衔): `who` is the craft's material, no name */
function ledByOther(text: string, e: number, who: string, people: Entity[], r: PeopleRules, w: WorkshopNameRules): boolean {
  return [leaderAfter(text, e + 1, r, w), leaderStated(text, e + 1, r, w, people)?.name].some((x) => !!x && x !== who);
}

/** a quoted name whose next sentences state someone else its leader (“某窑白瓷职工创新工作室”在某公司揭牌。该工作室由
 * “某某大师”某某领衔): the name's opening is the craft's ware or place, no person, whatever surname it starts with */
function quotedLedByOther(text: string, ps: number, e: number, who: string, people: Entity[], r: PeopleRules, w: WorkshopNameRules): boolean {
  if (!/^[“"「]$/.test(text[ps - 1] ?? '') || !/^[”"」]$/.test(text[e] ?? '')) return false;
  if (people.some((p) => p.name === who)) return false;
  return ledByOther(text, e, who, people, r, w);
}

/** a word a place's or a unit's suffix ends that no one is named by (石壁镇|…, 某某村|…: a town the gazetteer lacks) */
function suffixedPlace(who: string, people: Entity[], w: WorkshopNameRules): boolean {
  return w.rule.placeWords.some((x) => who.endsWith(x) && who.length - x.length >= 2) && !people.some((p) => p.name === who);
}

/** the name at `ps` follows a clause that says where the workshop was built (依托某公司建设的|, 在某车队设立的|): the 的
 * closes a modifier of the workshop, so a leader and a long craft may follow (a unit's bare 的, 某公司的|, does not:
 * rules/workshop-names.yaml negatives) */
function builtFor(text: string, ps: number, w: WorkshopNameRules): boolean {
  if (text[ps - 1] !== '的') return false;
  const head = text.slice(Math.max(0, ps - 7), ps - 1);
  return w.rule.builtVerbs.some((v) => head.endsWith(v));
}

/** where a name in running text opens with a person the document names as a person (建有|某某竹材高值化利用技能大师工作室，
 * 领衔人某某是…): the leader's label after it in its sentence, or a person found outside the name; the craft between
 * the person and the type is words of a craft (no clause's word) */
function personOpening(text: string, s: number, e: number, people: Entity[], r: PeopleRules, w: WorkshopNameRules): number | null {
  const span = text.slice(e, Math.min(sentenceEnd(text, e), e + 60));
  const labelled = [...span.matchAll(new RegExp(`(?:${w.rule.leaderRoles.join('|')})(?:[：:]|为|是)?([\\u4e00-\\u9fa5]{2,4}?)(?=[^\\u4e00-\\u9fa5]|[为是系任现])`, 'g'))].map((m) => m[1]);
  const known = people.filter((p) => p.start >= e || p.end <= s - 2).map((p) => p.name);
  for (const x of [...labelled, ...known]) {
    // (only a name written just before the type opens it: looked for there, and read as a name only when found)
    const i = lastStartBetween(text, x, s - 24, s - 2);
    if (i < 0) continue;
    const craft = text.slice(i + x.length, s);
    // (a person the document names as a person is a name whatever its origin: a Mongolian or Amdo name of no usual
    // parts, 某日木图 or 某杰本, opens the name as a Han one does)
    const named = isName(x, r) || known.includes(x) && x.length >= 3;
    if (named && /^[\u4e00-\u9fa5]{2,12}$/.test(craft) && !clauseIn(craft, w)) return i;
  }
  return null;
}

/** the last start of `x` in [from, at] (-1 if none there; at most `at` clamped to 0, as lastIndexOf does): a name just
 * before a workshop's type is asked of every person of the document at every mention, and a search back over the whole
 * text made a long document's time grow with its length times its people */
function lastStartBetween(text: string, x: string, from: number, at: number): number {
  const lo = Math.max(0, from);
  const i = text.slice(lo, Math.max(lo, at) + x.length).lastIndexOf(x);
  return i < 0 ? -1 : lo + i;
}

/** where a whole name that ends with the type at `s` opens: after an opening quotation mark that closes right after
 * the type (设立“某某银饰锻制技能传承工作室”), or at a cell's or a list line's opening; the name runs over Chinese,
 * a transcribed name's dot and a note in brackets (中式烹调（川菜）), at most 30 characters; null when neither opens it */
function wholeNameStart(text: string, s: number, e: number): number | null {
  let k = s - 1;
  while (k >= Math.max(0, s - 30)) {
    if (/[\u4e00-\u9fa5·]/.test(text[k])) { k--; continue; }
    const note = text[k] === '）' ? /（[\u4e00-\u9fa5、]{1,8}$/.exec(text.slice(Math.max(0, k - 10), k)) : null;
    if (!note) break;
    k -= note[0].length + 1;
  }
  if (k < 0) return null;
  // (a dot opening the line is a bullet, never a name's: \n·某某技术创新工作室)
  while (text[k + 1] === '·' && lineOpen(text, k + 1)) k++;
  const quoted = /[“"「]/.test(text[k]) && /[”"」]/.test(text[e] ?? '');
  return quoted || text[k] === '|' || text[k] === '\t' || lineOpen(text, k) || spaceCell(text, k) ? k + 1 : null;
}

/** the name a leader's label writes after the workshop in its sentence (…”1个，带头人某某某某为…), as far as the workshop's
 * name opens with it: a name of any length or origin is read from the two writings agreeing, not from a list of surnames */
function labelledOpening(text: string, e: number, name: string, w: WorkshopNameRules): string | null {
  const span = text.slice(e, Math.min(sentenceEnd(text, e), e + 60));
  const m = new RegExp(`(?:${w.rule.leaderRoles.join('|')})[：:]?`).exec(span);
  if (!m) return null;
  const after = span.slice(m.index + m[0].length);
  let n = 0;
  while (n < name.length && name[n] === after[n]) n++;
  // (the label's name ends where the name's craft goes on: 某某为…, 某某，…)
  return n >= 2 && name[n - 1] !== '·' && /^(?:[^\u4e00-\u9fa5·]|[为是系任现])/.test(after.slice(n)) ? name.slice(0, n) : null;
}

/** a whole name that opens with its leader's full name, however long or bracketed its craft (某某中药材（刺五加）种植
 * 职工创新工作室, 阿某·某某香梨栽培…): the leader its record gives (a column, a label), or a person the document names
 * outside it; the fact is the person, not the length of a name, so a name of any length or a transcribed one carries */
function leaderOpened(text: string, s: number, e: number, type: string, people: Entity[], r: PeopleRules, w: WorkshopNameRules): Found | null {
  const o = wholeNameStart(text, s, e) ?? personOpening(text, s, e, people, r, w);
  if (o === null) return null;
  const name = text.slice(o, s);
  const record = leaderOnLine(people, text, e, w)?.name;
  const known = people.filter((p) => (p.start >= e || p.end <= o) && p.name.length >= 2).map((p) => p.name);
  const elsewhere = [4, 3, 2].map((n) => name.slice(0, n)).filter((x) => isName(x, r) && namedElsewhere(text, x, o, e, r));
  const lead = [record, labelledOpening(text, e, name, w), ...known.sort((a, b) => b.length - a.length), ...elsewhere]
    .find((x) => !!x && name.startsWith(x) && name.length - x.length >= 2 && !/^[（·]/.test(name.slice(x.length)));
  // a place's name is no leader (海林|市…)
  if (!lead || (placeAt(text, o)?.name.length ?? 0) >= lead.length) return null;
  return { w: mk(text, o, e, type, lead), leaderAt: o };
}

/** a sentence or an item ends between `from` and `to`: a 。；outside brackets (a note in brackets is the record's own) */
// (a name that fills its line owns the labelled lines under it, whose fields a ； parts: 依托单位：…；负责人：某某)
const endsBetween = (text: string, from: number, to: number): boolean => headingClosedAt(text, from) ? to > recordEnd(text, from) :
  /[。；;]/.test(text.slice(from, to).replace(/[（(][^（()）]*[）)]/g, '').replace(/[（(][^（()）]*$/, '')) && !(text[from] === '\n' && to < recordSpanEnd(text, from));

/** a workshop named for a craft after its unit: its leader in its record, a conferment told of it, or an item of an
 * enumeration of workshops; else a whole entry of a cell or a line */
function craftNamed(text: string, s: number, e: number, type: string, people: Entity[], r: PeopleRules, w: WorkshopNameRules): Found | null {
  // (with the leader in its record, a craft may run longer: 石榴盆景嫁接技艺创新工作室 / 领衔人：某某)
  const below = leaderOnLine(people, text, e, w);
  // (a note in brackets right after the name that gives the leader closes the item as a cell's end does: the craft of
  // a listed item may run to a unit's short name and its craft, 某某煤机|液压支架维修)
  // (as does a leader the sentence states: 风电机组齿轮箱检修技能大师工作室设在某公司，由首席技师某某领衔)
  const says = statedAfter(text, e, r, w, people);
  // (a name its sentence states the leader of may open the sentence: 。|蜂产品加工技能大师工作室设在某公司，带头人是某某;
  // 其中，|锅炉焊接技能大师工作室领衔人某某是…, the leader in the name's own clause)
  const subject = says && (!below || labelRightAfter(text, e, w) && below.start - e <= 20 && !/[，,。；;\n]/.test(text.slice(e, below.start)));
  const cut = craftStart(text, s, w, below ? (/^[（(]/.test(text.slice(e, e + 1)) ? 14 : 9) : says ? 10 : 6) ?? (subject ? subjectOpening(text, s, w) : null);
  // (a name quoted whole is whole though a unit's character stands inside it: “光电模组|封装…工作室”)
  const whole = cut !== null && cut < s ? wholeNameStart(text, s, e) : null;
  const c = whole !== null && whole < cut! && /[“"「]/.test(text[whole - 1] ?? '') && /^[\u4e00-\u9fa5]+$/.test(text.slice(whole, s)) ? whole : cut;
  // the label belongs to this name only within its sentence (…工作室共31个。其中，“某某工作室”（领衔人：…）): one beyond
  // it leaves the name's own clause free to state its leader (…；某某工作室的领衔人是某某。另一家…（领衔人：…）)
  const lead = c === null || !below || endsBetween(text, e, below.start) ? null : below;
  if (c !== null && lead) return { w: mk(text, c, e, type, lead.name), leaderAt: null };
  // a review tells why it lost its naming (；某某镇|竹编|职工创新工作室因依托企业转产…，撤销命名): the reason's subject is one
  // workshop, a place written before its craft part of its name, a unit not (灵璧县|…汽修 kept, 某某种业|… left)
  const revoked = !lead ? revokedSubject(text, s, e, w) : null;
  if (revoked !== null) return { w: mk(text, c === null || c <= revoked || placesOnly(text, revoked, c, w) ? revoked : c, e, type, null), leaderAt: null };
  // (or a later clause of its sentence states the leader: …的草莓育苗创新工作室，领衔人是某某; …，负责人正是某某)
  // (a place right before the craft makes it a title, 台州市|示范性|职工创新工作室, whoever the next clause names)
  // (or the clause right after it: …工作室，由某某担任工作室领衔人)
  const stated = c !== null && c < s && !lead && !placeEndsAt(text, c) ? leaderStated(text, e, r, w, people)?.name ?? leaderAfter(text, e, r, w) : null;
  if (stated) return { w: mk(text, townOpening(text, c!, w), e, type, stated), leaderAt: null };
  // (a whole quoted name, 某公司“某某刺绣技能大师工作室”入选…。工作室带头人某某…: the leader a later clause labels)
  const quoted = c === null ? wholeNameStart(text, s, e) : null;
  const told = quoted !== null && /[“"「]/.test(text[quoted - 1] ?? '') ? leaderStated(text, e + 1, r, w, people) : null;
  // (a place or a level and the type quoted is the title conferred, “某某市技能大师工作室”, no workshop's name)
  if (told && !isTitle(mk(text, quoted!, e, type, null), w.aliases)) return { w: mk(text, quoted!, e, type, told.name), leaderAt: null };
  // (whole quoted names whose sentence then hands out their leaders in order, …”“…”2个工作室，分别由甲、乙担任带头人:
  // respectiveLeaders gives each its own)
  if (quoted !== null && /[“"「]/.test(text[quoted - 1] ?? '') && handedOutAfter(text, e, r, w) && !isTitle(mk(text, quoted, e, type, null), w.aliases)) return { w: mk(text, quoted, e, type, null), leaderAt: null };
  // with no leader, a craft-named workshop is one workshop where a conferment is told of it (…舾装创新工作室今年
  // 被命名为…; not 获评, which a headline also writes of a leader's short name)
  // or it opens a count of workshops (另有高邮市鸭蛋加工技艺创新工作室等2个工作室…): a place right before the craft is its own
  // (a town the gazetteer may lack is as much its own: 命名|某某关镇|古建修缮…工作室等N个工作室)
  if (c !== null && !lead && CONFERRED_AFTER.test(text.slice(e, e + 30))) return { w: mk(text, townBefore(text, c, w) ?? placeOpening(text, c), e, type, null), leaderAt: null };
  // or its unit owns it by 的 (某重工有限公司的|液压件装配|创新工作室因…撤销其命名): a unit's own workshop is one workshop
  if (c !== null && !lead && c < s && text[c - 1] === '的' && w.rule.unitEnds.includes(text[c - 2] ?? '')) return { w: mk(text, c, e, type, null), leaderAt: null };
  // or it is an item of an enumeration of workshops, after its unit (分别是A、B和某某县人民医院|急救|创新工作室)
  if (c !== null && !lead && c < s && enumerated(text, c, e)) return { w: mk(text, c, e, type, null), leaderAt: null };
  const listed = lead ? null : conferredListItem(text, s, e, w);
  return wholeEntry(text, e, type, people, w) ?? (listed !== null ? { w: mk(text, listed, e, type, null), leaderAt: null } : null);
}

/** the leader's label right after a name, the name its subject (…工作室领衔人某某, …工作室的带头人是某某) */
const labelRightAfter = (text: string, e: number, w: WorkshopNameRules): boolean =>
  perRules(w, 'workshop-names.label-right-after', () => new RegExp(`^的?(?:${w.rule.leaderRoles.join('|')})`)).test(text.slice(e, e + 8));

/** a verb of conferment, the whole names it takes before, and the opening of the last (rules: built once per object) */
const conferredListOpening = (w: WorkshopNameRules): RegExp => perRules(w, 'workshop-names.conferred-list', () =>
  new RegExp(`(?:${longestFirstWords(w.rule.conferListVerbs).join('|')})((?:[“"「]?[\\u4e00-\\u9fa5（）()]{2,24}?工作[室站][”"」]?、)*)[“"「]?([\\u4e00-\\u9fa5]{2,12})$`));

/** where a workshop's name opens when it is an object of a conferment that writes its objects out whole and closes on
 * the title (认定|甲技能大师工作室、乙…、丙…3个工作室为 H; 确定|甲…、乙…为 H): every object before it is a workshop's
 * name, and after it come only more such names, a count of workshops and 为; its name is its craft alone, no leader */
function conferredListItem(text: string, s: number, e: number, w: WorkshopNameRules): number | null {
  const clause = /[^，,。；;：:\n]*$/.exec(text.slice(Math.max(0, s - 200), s))![0];
  const m = conferredListOpening(w).exec(clause);
  // (a unit's or a place's word in it makes it a unit's workshop, which other readings take)
  if (!m || clauseIn(m[2], w) || UNIT_INSIDE.test(m[2]) || placeAt(m[2], 0) || w.rule.placeWords.some((x) => m[2].startsWith(x))) return null;
  const close = /^[”"」]?((?:、[“"「]?[\u4e00-\u9fa5（）()]{2,24}?工作[室站][”"」]?)*)(?:等?(?:\d+|[一二两三四五六七八九十]+)个工作[室站])?(?:分别)?为/.exec(text.slice(e, e + 160));
  // (two objects at least: one object alone, 认定某某工作室为…, is read by the conferment's other readings)
  return close && (m[1] || close[1]) ? s - m[2].length : null;
}

/** where the subject of a review's reason opens (；|某某镇竹编…工作室因…撤销命名, 有1个（|某某铸造…工作室）因…不合格): the
 * name right after a mark, past a connective or a former level (其中, 原县级) that are no part of it; null when no reason
 * of revocation follows the name or the words before it are a clause's, a scope's or a level's alone */
function revokedSubject(text: string, s: number, e: number, w: WorkshopNameRules): number | null {
  if (!revokedAfter(text, e, w.rule)) return null;
  let k = s - 1;
  // (a clause of naming closes at its 的: 2019年认定的|某县擂茶制作…)
  const namedBy = (at: number) => text[at] === '的' && w.rule.verbsBefore.some((v) => text.startsWith(v, at - v.length));
  while (k >= 0 && s - k <= 17 && /[\u4e00-\u9fa5]/.test(text[k]) && !namedBy(k)) k--;
  if (k >= 0 && /[\u4e00-\u9fa5]/.test(text[k]) && !namedBy(k)) return null;
  let c = k + 1;
  const opener = longestFirstWords([...w.rule.subjectConnectives, ...w.rule.revokedOpeners]).find((x) => text.startsWith(x, c));
  if (opener) c += opener.length;
  const craft = text.slice(c, s);
  // (a count or a measure word makes it a description, 某街道一家果蔬烘干…工作室, no name)
  if (craft.length < 2 || clauseIn(craft, w) || /^全|级$|[一两\d][家个所]/.test(craft) || w.rule.referWords.some((x) => craft.startsWith(x))) return null;
  return isTitle(mk(text, c, e, '', null), w.aliases) ? null : c;
}

/** `from`…`to` is written as places alone: names the gazetteer knows, then perhaps a town or a subdistrict it may lack
 * (某某县|某某镇, 某某街道) */
function placesOnly(text: string, from: number, to: number, w: WorkshopNameRules): boolean {
  let k = from;
  for (let n = placeSpan(text, k); n > 0 && k + n <= to; n = placeSpan(text, k)) k += n;
  const rest = text.slice(k, to);
  return rest === '' || [...w.rule.townEnds, '街道'].some((x) => rest.endsWith(x) && rest.length - x.length >= 2 && rest.length - x.length <= 3);
}

/** the words right after a name give the reason it was struck off (…工作室因依托企业转产，经复核撤销命名) */
function revokedAfter(text: string, e: number, r: WorkshopNameRule): boolean {
  const m = /^[”"」）)]?(?:因|由于)([^。！？!?\n]{0,60})/.exec(text.slice(e, e + 64));
  return !!m && r.revokedWords.some((x) => m[1].includes(x));
}

/** where a craft's workshop opens as its sentence's subject: right after a sentence's end, a line's or a paragraph tag's
 * (<p>), or the comma after a connective (其中，|佤族织锦创新工作室由某某领衔); the craft two to ten characters, no clause's
 * word and no word that refers back or a scope's (该, 各, 全县) */
function subjectOpening(text: string, s: number, w: WorkshopNameRules): number | null {
  let k = s - 1;
  while (k >= 0 && s - k <= 11 && /[\u4e00-\u9fa5]/.test(text[k])) k--;
  const craft = text.slice(k + 1, s);
  if (craft.length < 2 || craft.length > 10 || clauseIn(craft, w) || /^全/.test(craft) || w.rule.referWords.some((x) => craft.startsWith(x))) return null;
  const opens = k < 0 || /[。！？!?\n>]/.test(text[k]) || /[，,]/.test(text[k]) && w.rule.subjectConnectives.some((v) => text.startsWith(v, k - v.length));
  return opens ? k + 1 : null;
}

/** the sentence after a name ending at `e` states a leader (…工作室设在某公司，由某某领衔; …工作室的领衔人是某某) */
const statedAfter = (text: string, e: number, r: PeopleRules, w: WorkshopNameRules, people: Entity[]): boolean =>
  /^[\u4e00-\u9fa5，,]/.test(text[e] ?? '') && !!(leaderAfter(text, e, r, w) ?? leaderStated(text, e, r, w, people));

/** a place's name ends right at `c` (台州市|…) */
const placeEndsAt = (text: string, c: number): boolean => [2, 3, 4, 5, 6].some((n) => c - n >= 0 && placeAt(text, c - n)?.name.length === n);

/** “启航”职工创新工作室: a quoted motto right before the type, or before a craft; a quoted honour (“克拉玛依工匠”创新工作室)
 * names the class of workshops its holders lead, not one workshop */
function mottoNamed(text: string, s: number, e: number, type: string, people: Entity[], r: PeopleRules, w: WorkshopNameRules): Found | null {
  // a craft may follow the motto (“古隆中”|讲解|创新工作室)
  // (with its leader labelled on the line, up to six: “匀茶匠心”|制茶技艺传承|工作室（领衔人：…）)
  // (or with the name's own predicate stating it as a name: …“香飘四海”茉莉花茶窨制技能大师工作室榜上有名)
  // (or an item of an enumeration of workshops: …和某某公交有限公司“暖心1路”驾驶员服务工作室)
  // (a leader the record labels or the sentence states carries a craft of up to ten: “守心”心血管介入护理|创新工作室,
  // “稻香”水稻育秧技术|创新工作室，由某某领衔)
  const long = /”([\u4e00-\u9fa5]{5,10})$/.exec(text.slice(Math.max(0, s - 11), s));
  const longQ = long ? text.lastIndexOf('“', s - long[1].length - 1) : -1;
  const craftAfter = /”([\u4e00-\u9fa5]{2,4})$/.exec(text.slice(Math.max(0, s - 6), s)) ??
    (long && (leaderOnLine(people, text, e, w) || longQ >= 0 && leaderBefore(text, longQ, r, w, people) || leaderAfter(text, e, r, w) || leaderStated(text, e, r, w, people) ||
      long[1].length <= 8 && (listedAfter(text, e, w) || longQ >= 0 && (enumerated(text, longQ, e) || conferredObject(text, longQ, w)))) ? long : null);
  const qe = text[s - 1] === '”' ? s : craftAfter && !clauseIn(craftAfter[1], w) ? s - craftAfter[1].length : -1;
  if (qe > 0) {
    const q = text.lastIndexOf('“', qe - 1);
    const motto = text.slice(q + 1, qe - 1);
    if (q >= 0 && qe - q <= 12 && !motto.includes('\n') && !w.honourEndings.some((x) => motto.endsWith(x))) {
      const lead = leaderOnLine(people, text, e, w)?.name ?? leaderBefore(text, q, r, w, people) ?? leaderAfter(text, e, r, w) ?? leaderStated(text, e, r, w, people)?.name ??
        namesakeMotto(motto, q, e, people, r);
      // the leader's name written right before the motto opens the name (| 雷某“指尖畲韵”服饰技能大师工作室 | … | 雷某 |)
      // (a town written right before the motto is the name's own: 某某镇“茶油压榨”劳模创新工作室)
      const at = lead && text.startsWith(lead, q - lead.length) && !/[\u4e00-\u9fa5]/.test(text[q - lead.length - 1] ?? '') ? q - lead.length : townBefore(text, q, w) ?? subjectBefore(text, q, w);
      return { w: mk(text, at, e, type, lead ?? null), leaderAt: null };
    }
  }
  return null;
}

/** the quoted motto at `q` opens the object of a verb of conferment (认定|“某某”…工作室, 命名|“某某”…): a name, not talk */
const conferredObject = (text: string, q: number, w: WorkshopNameRules): boolean => w.rule.verbsBefore.some((v) => v !== '其中' && text.startsWith(v, q - v.length));

/** the subject a motto-named workshop works at, written after its unit and before the motto (某职业技术学校|汽车维修|
 * “金扳手”技能大师工作室): two to six characters right after a unit's word (学校, 有限公司, 医院 …), no word of a clause, a
 * verb of conferment or a body of the unit among them (某市|第一职业中专|“…”, 某局|认定|“…”, 某公司|党委|“…” have none) */
function subjectBefore(text: string, q: number, w: WorkshopNameRules): number {
  const head = text.slice(Math.max(0, q - 14), q);
  for (let n = 2; n <= 6; n++) {
    const subject = head.slice(-n);
    if (subject.length < n || !/^[\u4e00-\u9fa5]+$/.test(subject)) return q;
    if (!UNIT_CLOSE.test(head.slice(0, -n))) continue;
    // (a unit's character in it makes it a unit of its own: 某中心|医院, 某集团|下沟煤矿)
    const clause = [...subject].some((c) => w.rule.craftStop.includes(c) || w.rule.unitEnds.includes(c)) || [...w.rule.verbsBefore, ...w.rule.listOpeners].some((v) => subject.endsWith(v));
    return clause || w.rule.bodyWords.some((x) => subject.endsWith(x)) ? q : q - n;
  }
  return q;
}

/** the unit an annex line may write before the workshop's own name (某某县中医院|“银针”…): the name begins after it */
const UNIT_WORD = /(?:有限责任公司|有限公司|公司|专业合作社|合作社|集团|学校|学院|中学|小学|医院|卫生院|中心|工厂|厂|站|所|馆)/g;

/** a unit's word ending the text it is tried on */
const UNIT_CLOSE = new RegExp(`${UNIT_WORD.source}$`);

/** a unit's word anywhere in the text it is tried on (a non-global twin of UNIT_WORD, safe to .test) */
const UNIT_INSIDE = new RegExp(UNIT_WORD.source);

/** an entry whose name fills its cell or its list line, its leader labelled in its record (工作室名称 column,
 * 领衔人 / 带头人 cell or label): the whole cell is the name, however long its craft or unlisted its type
 * (孙某苗族蜡染非遗技艺传承工作室, “银针”中医推拿名师工作室); a motto opens it, a unit before it is not part of it */
function wholeEntry(text: string, e: number, type: string, people: Entity[], w: WorkshopNameRules): Found | null {
  // (or the delimiter of a row's cells: 1．某工作室／某公司／某某)
  if (!/^(?:$|[\n|\t（(]|[ \u3000]{1,})/.test(text.slice(e, e + 1)) && !headingClosedAt(text, e) && !(/^[／/、]/.test(text.slice(e, e + 1)) && delimitedCells(text, text.lastIndexOf('\n', e) + 1, lineEnd(text, e), ['／', '/', '、']))) return null;
  let k = e - 1;
  while (k >= Math.max(0, e - 26) && /[\u4e00-\u9fa5“”"]/.test(text[k])) k--;
  if (k < 0 || e - k - 1 < 6 || !(text[k] === '|' || text[k] === '\t' || lineOpen(text, k) || spaceCell(text, k))) return null;
  const lead = leaderOnLine(people, text, e, w) ?? headingLeader(text, e, people, w);
  // (a record that names a team its leader, 领衔团队：某部某班, is a workshop of no leader of its own)
  if (lead ? endsBetween(text, e, lead.start) : !teamLed(text, e)) return null;
  let at = k + 1;
  const q = text.indexOf('“', at);
  if (q >= 0 && q < e) at = q;
  // (a team-led record's heading is the name alone: a unit's word inside it, 某水电站|机组检修…, is the name's)
  else if (lead) for (const m of text.slice(at, e).matchAll(UNIT_WORD)) if (e - (at + m.index! + m[0].length) >= 6) at += m.index! + m[0].length;
  return { w: mk(text, at, e, type, lead?.name ?? null), leaderAt: null };
}

/** a record whose leader's field names a team, not a person (领衔团队：某部某班（班长：某某）, 领衔：某某攻关队): the
 * field in the record's lines under the name line, its value ending as a team's name ends */
function teamLed(text: string, e: number): boolean {
  const end = recordEnd(text, e);
  const fields = text.slice(lineEnd(text, e), Math.max(end, lineEnd(text, e)));
  return /(?:^|[ \t\u3000])领衔(?:团队|集体)?[：:][ \t\u3000]*[^\n：:（(]{2,24}?(?:团队|攻关队|突击队|队|班|班组|小组|组)(?=[（(]|[ \t\u3000]*$)/m.test(fields);
}

/** the leader a list item's heading states in the fields after it (一、某工作室。依托单位：…；由某某领衔) */
function headingLeader(text: string, e: number, people: Entity[], w: WorkshopNameRules): { name: string; start: number } | null {
  const stated = headingClosedAt(text, e) ? leaderStated(text, e, w.people, w, people) : null;
  return stated ? { name: stated.name, start: stated.at } : null;
}

/** a workshop named for its leader and a craft as an item of an enumeration of workshops (认定A、常某某数控
 *机床装调技能大师工作室等5个工作室, 分别为覃某某土家织锦…、…和杜鹃家政服务…): the item opens after a list mark or an
 * opener, and a workshop stands right before its mark, or the next item or the closing count right after
 * it; the leader is the name the words of the item begin with (杜鹃|家政|服务, not 杜鹃家), the craft up to eight */
function enumeratedItem(text: string, s: number, e: number, r: PeopleRules, w: WorkshopNameRules): { at: number; who: string } | null {
  const next = /^[”"」]?(?:[、，,和及与][^，。；;\n]{2,30}?(?:工作室|工作站)|等[\d一二两三四五六七八九十]+个)/.test(text.slice(e, e + 34));
  for (let at = s - 4; at >= Math.max(1, s - 12); at--) {
    const mark = text[at - 1];
    const prev = /(?:工作室|工作站)[”"」]?$/.test(text.slice(Math.max(0, at - 5), at - 1));
    const opened = /[、，,]/.test(mark) || /[和及与]/.test(mark) && prev || [...w.rule.listOpeners, ...w.rule.verbsBefore].some((v) => text.startsWith(v, at - v.length));
    if (!opened) continue;
    if (!prev && !next) return null;
    const words = jiebaTag(text.slice(at, s));
    const ends = new Set(words.map((_, i) => words.slice(0, i + 1).reduce((n, t) => n + t.word.length, 0)));
    for (const n of [5, 4, 3, 2]) {
      const who = text.slice(at, at + n);
      const craft = text.slice(at + n, s);
      // a word of the dictionary is no name (金牌|班组, 王府井|商圈): the leader is a name or unknown to it
      const one = words[0].word === who ? words[0] : null;
      if (one && !/^(?:nr|x)/.test(one.tag)) continue;
      if (!ends.has(n) || craft.length < 2 || craft.length > 8 || !isName(who, r) || w.rule.unitEnds.includes(who[n - 1])) continue;
      if (!/^[\u4e00-\u9fa5]+$/.test(craft) || clauseIn(craft, w) || (placeAt(text, at)?.name.length ?? 0) >= n) continue;
      // (a craft that opens with a place's or a unit's suffix makes `who` a place: 某某关|镇古建修缮…)
      if (w.rule.placeWords.some((x) => craft.startsWith(x))) continue;
      return { at, who };
    }
    return null;
  }
  return null;
}

/** another line writes `name` with a leader labelled on it who is not `who` */
function labelledElsewhere(text: string, name: string, who: string, people: Entity[], w: WorkshopNameRules): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const lead = leaderOnLine(people, text, at + name.length, w);
    if (lead && lead.name !== who) return true;
  }
  return false;
}

const CONFERRED_AFTER = /^(?:今年|去年|近日|日前|此前|已经|已|还|也|再次|新)*(?:被[^，。；\n“”]{0,16}?(?:命名|评|确定|认定)为|等(?:\d+|[一二两三四五六七八九十]+)个工作[室站])/;

/** the name's own predicate lists or names it (…工作室榜上有名, …工作室成功入选, …工作室被命名为…) */
function listedAfter(text: string, e: number, w: WorkshopNameRules): boolean {
  const after = text.slice(e, e + 12).replace(/^[”"」]?(?:今年|去年|近日|日前|已经|已|也|均|再次|正式)*/, '');
  return w.rule.listedAfter.some((x) => after.startsWith(x));
}

/** a workshop named after its unit as an item of an enumeration of workshops: the unit opens after a list mark
 * that follows another workshop (…工作室和|某某县人民医院|急救创新工作室), or the next item or the closing count follows */
function enumerated(text: string, c: number, e: number): boolean {
  // (a quoted motto may follow the mark right away: A工作室、|“某某”木雕修复工作室两个工作室)
  const mark = /(?:工作室|工作站)[”"」]?[、和及与]([\u4e00-\u9fa5]{2,16}|)$/.exec(text.slice(Math.max(0, c - 24), c));
  const prev = mark && (mark[1] || /[“"「]/.test(text[c])) ? mark : null;
  const next = /^[”"」]?(?:[、，,和及与][^，。；;\n]{2,30}?(?:工作室|工作站)|等[\d一二两三四五六七八九十]+个)/.test(text.slice(e, e + 34));
  // (the item is this one's unit alone: another workshop and 为 before it close an enumeration, 命名A、B为|某市…)
  return !!prev && !/工作[室站]/.test(prev[1]) || next && /[、：:]|分别[是为]|包括/.test(text.slice(Math.max(0, c - 20), c));
}

/** a town written right before a craft after a mark or a preposition (对|石壁镇|客家擂茶…): two characters and the town's
 * suffix, the gazetteer knowing it or not; the town is part of the workshop's name, as a unit is not */
function townOpening(text: string, c: number, w: WorkshopNameRules): number {
  const k = c - 3;
  const town = k >= 0 && /^[\u4e00-\u9fa5]{2}$/.test(text.slice(k, k + 2)) && w.rule.townEnds.includes(text[c - 1]);
  return town && (k === 0 || !/[\u4e00-\u9fa5]/.test(text[k - 1]) || w.rule.townOpeners.includes(text[k - 1])) ? k : c;
}

/** a town of two or three characters and its suffix ending at `c` (…，西北湾镇|“…”, 领衔的宝丰镇|“…”, 支持某家沟乡|“…”),
 * opened by a mark, a line, 的, a preposition or a verb that takes the workshop as its object; a scope (全镇, 各乡) is none */
function townBefore(text: string, c: number, w: WorkshopNameRules): number | null {
  if (!w.rule.townEnds.includes(text[c - 1] ?? '')) return null;
  for (const n of [2, 3]) {
    const k = c - 1 - n;
    const town = text.slice(k, c);
    if (k < 0 || !/^[\u4e00-\u9fa5]+$/.test(town) || w.rule.townScopes.some((x) => town.startsWith(x) || town.endsWith(x))) continue;
    const before = text.slice(Math.max(0, k - 4), k);
    if (k === 0 || /[^\u4e00-\u9fa5]$/.test(before) || w.rule.townOpeners.includes(before.slice(-1)) || before.endsWith('的') ||
      [...w.rule.verbsBefore, ...w.rule.townVerbs].some((v) => before.endsWith(v))) return k;
  }
  return null;
}

/** a county's or a town's name written right before a named workshop, after a mark, a line, 的 or a verb that takes the
 * workshop as its object (领衔的|某某县|杂粮加工…工作室, 命名|某某县|…工作室等N个, ：|某某镇|…), is part of its name, as a
 * unit's is not; a province's or a prefecture's there is the level of a title, no part of one workshop's name */
function withOwnPlace(text: string, x: Workshop, w: WorkshopNameRules): Workshop {
  const opened = (k: number): boolean => {
    const before = text.slice(Math.max(0, k - 4), k);
    return k === 0 || /[^\u4e00-\u9fa5]$|[的是为]$/.test(before) || w.rule.townOpeners.includes(before.slice(-1)) ||
      [...w.rule.verbsBefore, ...w.rule.townVerbs].some((v) => before.endsWith(v));
  };
  const county = [6, 5, 4, 3].map((n) => x.start - n).find((k) => k >= 0 && placeAt(text, k)?.name.length === x.start - k &&
    placeLevel(placeAt(text, k)!.name) === 'county' && opened(k));
  const k = townBefore(text, x.start, w) ?? county;
  if (k === undefined || !/^[\u4e00-\u9fa5]/.test(x.name ?? '') || placeSpan(text, x.start) > 0) return x;
  return { ...x, name: text.slice(k, x.end), text: text.slice(k, x.end), start: k };
}

/** a place written right before a craft (高邮市|鸭蛋加工技艺) after a word that opens a noun phrase (另有, 、, a line) */
function placeOpening(text: string, c: number): number {
  for (let k = Math.max(0, c - 8); k < c - 1; k++) {
    if (placeAt(text, k)?.name.length === c - k && (k === 0 || /[^\u4e00-\u9fa5]|[有和及与、]/.test(text[k - 1]))) return k;
  }
  return c;
}

/** a transcribed leader read up to the type (某某·某某香梨栽培) is as long as the document writes that person elsewhere
 * (a leader's column, a person found): its second part ends where the craft begins */
function transcribedAsWritten(text: string, x: Workshop, people: Entity[], r: PeopleRules): string | null {
  const lead = x.leader;
  if (!lead?.includes('·') || !x.name?.startsWith(lead)) return lead ?? null;
  for (let n = lead.length - 2; n >= lead.indexOf('·') + 3; n--) {
    const p = lead.slice(0, n);
    if (people.some((o) => o.name === p) || namedElsewhere(text, p, x.start, x.end, r)) return p;
  }
  return lead;
}

/** a leader cut from the opening of the workshop's name is the person the document names: a person found outside the
 * name that opens it (某某某|窑炉节能…, not 某某某窑), or whose given name opens it (a workshop may carry the given name
 * only: 晨光|模具… of 吴晨光), or a name the text writes elsewhere as a whole; with no one named, a name of a shape the
 * people rules accept that ends where a word of its craft begins (农机|智能… opens with a word, no name: no leader) */
function leaderAsNamed(text: string, x: Workshop, lead: string | null, people: Entity[], r: PeopleRules, w: WorkshopNameRules): string | null {
  const name = x.name ?? '';
  if (!lead || lead.includes('·') || !name.startsWith(lead)) return lead;
  // (a transcribed name's first part opens it before a craft, 古丽|刺绣…: the person the document writes whole, found or
  // written before a mark, 古丽·某某，; a name of the first part and the type alone keeps it, 古丽|劳模创新工作室)
  const crafted = !w.aliases.some((a) => name.slice(lead.length) === a.alias) && name.slice(lead.length) !== '工作室';
  const whole = people.find((p) => p.name.startsWith(`${lead}·`))?.name ?? new RegExp(`${lead}·[\\u4e00-\\u9fa5]{2,6}(?=[，。、；：,;:）)])`).exec(text)?.[0];
  if (whole && crafted) return whole;
  // (a lead clause before it names the whole person whose given name opens it: 某谦华领办的“谦华竹编…”)
  const stated = leaderBefore(text, x.start, r, w, people);
  if (stated && stated.length > lead.length && stated.endsWith(lead)) return stated;
  const own = name;
  const outside = people.filter((p) => (p.end <= x.start || p.start >= x.end) && /^[\u4e00-\u9fa5]{2,5}$/.test(p.name)).map((p) => p.name);
  // (a person found cut short before a function word, 某礼|和 of 某礼和带着…, leaves the craft opening with 和: no cut there)
  const opening = outside.filter((p) => own.startsWith(p) && own.length - p.length >= 2 && !(lead.length > p.length && w.rule.wordsBefore.includes(own[p.length])))
    .sort((a, b) => b.length - a.length)[0];
  if (opening) return opening;
  const given = outside.find((p) => [1, 2].some((k) => p.length - k >= 2 && own.startsWith(p.slice(k)) && isName(p, r)));
  if (given) return given;
  const acts = [...actWords(r), ...w.rule.leadVerbs];
  const written = [5, 4, 3, 2].map((n) => own.slice(0, n)).find((p) => p.length >= 2 && own.length - p.length >= 2 && slotName(p, r) && writtenWhole(text, p, x.start, x.end, acts, own));
  if (written) return written;
  const surnamed = isName(lead, r);
  // (a name of the usual parts of Tibetan or Mongolian names, no surname, is read by those parts, not by the dictionary)
  if (surnamed && !r.single.has(lead[0]) && !r.double.some((d) => lead.startsWith(d))) return lead;
  return (surnamed || slotName(lead, r)) && craftOpensAt(name, lead.length, surnamed) ? lead : null;
}

/** `who` is written outside [s, e) as a whole name: a mark or an act right after it; the workshop's `name` written
 * again (某某梯田稻|作… read twice) says nothing of where a person's name ends */
function writtenWhole(text: string, who: string, s: number, e: number, acts: string[], name = ''): boolean {
  for (let i = text.indexOf(who); i >= 0; i = text.indexOf(who, i + 1)) {
    const after = i + who.length;
    if (i >= s && i < e || name && text.startsWith(name, i)) continue;
    if (!/[\u4e00-\u9fa5]/.test(text[after] ?? '') || acts.some((a) => text.startsWith(a, after))) return true;
  }
  return false;
}

/** the cut at `n` ends where a word of the name's craft begins (农机|智能…: it ends inside a word), and is no word of
 * the dictionary; a name no surname opens (a slot's shape) does not end with one either (某彩|包装|模切: 包装 is a craft's) */
function craftOpensAt(name: string, n: number, surnamed: boolean): boolean {
  let at = 0;
  for (const t of jiebaTag(name)) {
    const common = t.word.length >= 2 && !/^(?:nr|x)/.test(t.tag);
    if (at === 0 && t.word.length === n && common) return false;
    at += t.word.length;
    if (at === n) return surnamed || !common;
    if (at > n) return false;
  }
  return false;
}

/** the length of a transcribed name (买买提·吾休尔) right before `s`; its first part opens after a function
 * word (依托某公司建设的|买买提·吾休尔…), never with it */
function transcribedBefore(text: string, s: number, w: WorkshopNameRules): number | undefined {
  const m = /([\u4e00-\u9fa5]{2,6})·[\u4e00-\u9fa5]{2,8}$/.exec(text.slice(Math.max(0, s - 16), s));
  if (!m) return undefined;
  const cut = Math.max(...[...m[1]].map((ch, i) => (w.rule.craftStop.includes(ch) ? i + 1 : 0)));
  return m[1].length - cut >= 2 ? m[0].length - cut : undefined;
}

/** 某某领衔的“芯光”劳模创新工作室: the person who leads it, right before the motto or before the unit the
 * workshop belongs to (由省劳动模范某某领衔的某某农机专业合作社“黑土粮仓”…); 他领衔的 / 她领衔的: the person
 * named last before it */
function leaderBefore(text: string, q: number, r: PeopleRules, w: WorkshopNameRules, people: Entity[]): string | null {
  const at = q;
  // (the whole name may stand in quotation marks after the clause: 某某领办的|“某某种植劳模创新工作室”)
  if (/[“"「]/.test(text[q - 1] ?? '')) q -= 1;
  // (所 may stand before the verb and a verb of building after it: 他所领衔的, 他牵头组建的)
  // (a clause of where it stands may follow the verb: 由某某牵头、依托某合作社的; an item of an enumeration before it,
  // 甲领衔的A、乙负责的|B, stands between no lead verb and its workshop)
  const clause = new RegExp(`([\\u4e00-\\u9fa5]{1,8}?)所?(?:${w.rule.leadVerbs.join('|')})(?:${w.rule.builtVerbs.join('|')})?${seatClause(w)}的([^，。；;、“”\\n]{0,24})$`);
  let m = clause.exec(text.slice(Math.max(0, q - 40), q));
  // (the lead clause of an item before it may match first, 甲领衔的A工作室和|乙领衔的: the clause nearest the name is its own)
  while (m?.[2] && !w.rule.unitEnds.includes(m[2][m[2].length - 1]) && clause.test(m[2])) m = clause.exec(m[2]);
  // (a workshop set up on a person, not a unit: 依托某某建立的“锦绣”…工作室; a unit's last character makes it a unit)
  // (titles may stand before the person: 依托省技术能手某某设立的)
  const on = new RegExp(`(?:${w.rule.basedOn.join('|')})([\\u4e00-\\u9fa5·]{2,16})(?:${w.rule.setUpVerbs.join('|')}|建设|组建)的$`).exec(text.slice(Math.max(0, q - 30), q));
  const based = on && !w.rule.unitEnds.includes(on[1][on[1].length - 1]) ? (/·/.test(on[1]) ? [on[1]] : [3, 2, 4].map((n) => on[1].slice(-n))).find((x) => x.length >= 2 && isName(x, r)) : null;
  if (based) return based;
  const namesake = namesakeBefore(text, q, r);
  if (namesake) return namesake;
  const labelled = labelledBefore(text, q, r, w);
  if (labelled) return labelled;
  const joint = jointBefore(text, q, r, w, people);
  if (joint !== undefined) return joint;
  if (!m || m[2] && !w.rule.unitEnds.includes(m[2][m[2].length - 1])) return null;
  const start = q - m[0].length;
  // (a pronoun's person named before whose name opens the workshop's: 某某某某正在…。由她领衔的某某某某刺绣…)
  if (/[他她]$/.test(m[1])) return openingNamedBefore(text, at, start, r) ?? antecedent(text, start, people, r);
  // (a name written twice, ending the clause and opening the workshop's name, is whole: 某某某某某领衔的某某某某某奶食品…)
  const repeated = m[2] ? null : repeatedAtOpening(m[1], text, at, r);
  if (repeated) return repeated;
  // (a transcribed name, its parts joined by ·, whole as the document names the person: 某某·某某领衔的)
  const dotted = text[start - 1] === '·' ? people.find((p) => p.name.includes('·') && text.startsWith(p.name, start + m[1].length - p.name.length)) : null;
  if (dotted) return dotted.name;
  // (a person the document names whole ends the clause: 巴音孟克领衔的 is 巴音孟克's, not 孟克's)
  const ending = nameEnding(m[1], r);
  const whole = people.map((p) => p.name).filter((x) => m[1].endsWith(x) && x.length > (ending?.length ?? 1) && (!ending || x.endsWith(ending))).sort((a, b) => b.length - a.length)[0];
  return whole ?? ending ?? titledSlot(text.slice(Math.max(0, start - 1), start + m[1].length), r) ?? slotAfterTitle(m[1], r) ?? null;
}

/** a string of a person's shape: a name the people rules read, or a slot's shape (a Tibetan, Yi or Mongolian name of up
 * to seven characters: its parts of at most five each are of that shape) */
function personShaped(x: string, r: PeopleRules): boolean {
  if (!/^[\u4e00-\u9fa5]{2,7}$/.test(x)) return false;
  return x.length <= 5 ? slotName(x, r) : slotName(x.slice(0, x.length - 3), r) && slotName(x.slice(-3), r) && slotName(x.slice(-4), r);
}

/** the longest end of a lead clause that opens the workshop's name at `at` too, of a person's shape: the repeat bounds
 * a name no surname list reads (额|尔…, a name of four to seven characters) */
function repeatedAtOpening(clause: string, text: string, at: number, r: PeopleRules): string | null {
  for (let n = Math.min(clause.length, 7); n >= 3; n--) {
    const x = clause.slice(-n);
    if (text.startsWith(x, at) && personShaped(x, r)) return x;
  }
  return null;
}

/** the opening of the workshop's name at `at` written before the pronoun's clause (from `start`), within 200
 * characters: the person the pronoun stands for, whose name the workshop carries (“某某工匠”某某某某正…。由他领衔的某某某某…) */
function openingNamedBefore(text: string, at: number, start: number, r: PeopleRules): string | null {
  for (let n = 7; n >= 3; n--) {
    const x = text.slice(at, at + n);
    const i = text.lastIndexOf(x, start - 1);
    // (written before as a name, not as the same name again: what follows it there differs, 某某油茶|制作 twice is a craft)
    if (i >= 0 && start - i <= 200 && text[i + n] !== text[at + n] && personShaped(x, r)) return x;
  }
  return null;
}

/** a name read at the end of a lead clause, widened to the slot after the clause's title where that slot ends with it:
 * the slot holds the whole name where the surname list lacks its surname (高级技师|后某某, not 某某) */
function wholeInSlot(found: string | null | undefined, clause: string, r: PeopleRules): string | null | undefined {
  const slot = slotAfterTitle(clause, r);
  return slot && found && slot.length > found.length && slot.endsWith(found) ? slot : found;
}

/** a surname the list lacks, 冒 or 訾, in the frame 由+title+name+lead verb: the slot after the title (or after one of
 * `words`, an honour's last word: 全国技术能手|谈某某) is the name */
function slotAfterTitle(s: string, r: PeopleRules, words = titleWords(r)): string | undefined {
  return [3, 2].map((n) => s.slice(-n)).find((x) => x.length >= 2 && words.some((t) => s.slice(0, -x.length).endsWith(t)) && slotName(x, r));
}

/** the name that ends `s` right after a quoted honour (由“某某工匠”|某某某某领衔): the slot between a title and a lead
 * verb holds only a person, so a name the surname list lacks is taken whole (a Mongolian, Tibetan or Dai name), as is
 * a transcribed name of two parts joined by · */
function titledSlot(s: string, r: PeopleRules): string | undefined {
  const m = /[”"」]([\u4e00-\u9fa5·]{2,14})$/.exec(s);
  if (!m) return undefined;
  const who = m[1];
  return who.includes('·') ? (isName(who, r) ? who : undefined) : who.length <= 5 && slotName(who, r) ? who : undefined;
}

/** the name that ends `s` (…传承人|某某): three, two or four characters, but a name whole where a shorter one is only its
 * inner part: a clan name of three or more (伊尔根觉罗|某某, not 罗某某) or a compound surname's, a Tibetan or Mongolian name of two usual
 * parts (卓玛|措吉, not 措吉) */
function nameEnding(s: string, r: PeopleRules): string | undefined {
  for (let n = Math.min(s.length, 7); n >= 4; n--) {
    const x = s.slice(-n);
    // (…or a compound surname and a given name of two, 濮阳|某某, not 阳某某)
    if (r.double.some((d) => x.startsWith(d) && (d.length >= 3 || x.length === d.length + 2)) && isName(x, r)) return x;
  }
  // (a Tibetan or Mongolian name of two parts whose second part opens with a Han surname's character is one name:
  // 扎西|邓珠, not 邓珠, and 格桑|邓珠, not 桑邓珠; its first part is a usual part)
  const four = s.slice(-4);
  if (four.length === 4 && r.nameParts.has(four.slice(0, 2)) && (r.nameParts.has(four.slice(2)) || isName(four.slice(2), r))) return four;
  return [3, 2, 4].map((n) => s.slice(-n)).find((x) => x.length >= 2 && isName(x, r));
}

/** the person a workshop is named for, said before it (以“某某工匠”某某名字命名的|“某某”…工作室, 以某某的姓名命名的):
 * its leader, the name at the end of the clause's object, after its titles */
function namesakeBefore(text: string, q: number, r: PeopleRules): string | null {
  const m = /以([\u4e00-\u9fa5·“”"]{2,20}?)的?(?:名字|姓名|名)命名的$/.exec(text.slice(Math.max(0, q - 30), q));
  return m ? nameEnding(m[1], r) ?? null : null;
}

/** a clause of where the workshop stands after its lead verb, 、依托某合作社 / 、设在某医院 (empty-matching) */
const seatClause = (w: WorkshopNameRules): string => `(?:、(?:${[...w.rule.basedOn, '设在', '设于'].join('|')})[^，。；;、“”\\n的]{2,20})?`;

/** a relative clause that gives the leader by the leader's label (设在某医院、带头人为主任医师某某的|…; 以“某某工匠”某某为
 * 带头人的|…): the name at the end of the clause's object, after its titles */
function labelledBefore(text: string, q: number, r: PeopleRules, w: WorkshopNameRules): string | null {
  const roles = w.rule.leaderRoles.join('|');
  const m = new RegExp(`(?:(?:${roles})(?:为|是)([^，。；;、\\n的]{2,20})|以([^，。；;、\\n的]{2,20})为(?:${roles}))的([^，。；;“”\\n]{0,24})$`).exec(text.slice(Math.max(0, q - 40), q));
  if (!m || m[3] && !w.rule.unitEnds.includes(m[3][m[3].length - 1])) return null;
  const who = m[1] ?? m[2];
  // (a surname the list lacks after a title or an honour's last word, 全国技术能手|谈某某: the slot after it holds the name)
  return nameEnding(who, r) ?? slotAfterTitle(who, r) ?? slotAfterTitle(who, r, r.cues.quotedTitles) ?? null;
}

/** the person a pronoun (他领衔的, 由她负责的) stands for: the person named last before it, a person found or a name
 * the text writes before an act (…公司的某某作交流发言。他是…), within 200 characters */
function antecedent(text: string, at: number, people: Entity[], r: PeopleRules): string | null {
  const from = Math.max(0, at - 200);
  const before = text.slice(from, at);
  let last: { name: string; at: number } | null = null;
  for (const p of people) {
    const i = before.lastIndexOf(p.name);
    if (i >= 0 && (!last || i > last.at)) last = { name: p.name, at: i };
  }
  const acts = actWords(r);
  for (let i = before.length - 2; i > (last?.at ?? -1); i--) {
    // (a name opens after a unit's 的 or a mark, and an act follows it)
    const n = [3, 2].find((k) => isName(before.slice(i, i + k), r) && acts.some((a) => before.startsWith(a, i + k)) && /[的，。、\s]/.test(before[i - 1] ?? '。'));
    if (n) return before.slice(i, i + n);
  }
  return last?.name ?? null;
}

/** a workshop named for its craft whose leader a lead verb names before it (由某某领衔的|精密装配|创新工作室), or
 * before the unit it belongs to (由某某领衔的某有限公司|化纤纺丝|技能大师工作室): the name is the craft and the type */
function ledCraft(text: string, s: number, e: number, type: string, people: Entity[], r: PeopleRules, w: WorkshopNameRules): Found | null {
  // (the whole name stands between 的 and the type, a motto and a craft of any length in it: 某某领衔的“山歌”民俗文化讲解…,
  // 某某领衔的桑园病虫害绿色防控…; the unquoted words no clause's nor a place's)
  // (or a clause that labels the leader: 带头人为某某的|针灸推拿…, 以某某为带头人的|…; the whole name may be quoted after 的)
  const roles = w.rule.leaderRoles.join('|');
  const m = new RegExp(`(?:(?:${w.rule.leadVerbs.join('|')})(?:${w.rule.builtVerbs.join('|')})?${seatClause(w)}|(?:${roles})(?:为|是)[^，。；;、\\n的]{2,20}|以[^，。；;、\\n的]{2,20}为(?:${roles}))的[“"「]?((?:[“"][^“”"\\n]{1,8}[”"])?[\\u4e00-\\u9fa5]{2,12})$`).exec(text.slice(Math.max(0, s - 46), s));
  const bare = m ? m[1].replace(/^[“"][^“”"]*[”"]/, '') : '';
  const own = m && !clauseIn(bare, w) && !unitInside(bare, w);
  const c = own ? s - m[1].length : craftStart(text, s, w);
  if (c === null || c >= s) return null;
  const lead = leaderBefore(text, c, r, w, people);
  return lead ? { w: mk(text, m && !own ? ledTown(text, s - m[1].length, c, w) : c, e, type, lead), leaderAt: null } : null;
}

/** the words after a lead clause's 的 hold a place or a unit (某某有限公司|化纤纺丝, 县某某推广站|…): a word that ends with a
 * place's or a unit's suffix, save a common noun of two characters that only ends with one (电站, 农村, 山区: 光伏电站运维
 * is a craft, 某某山区民宿服务 an area's trade) */
function unitInside(bare: string, w: WorkshopNameRules): boolean {
  return jiebaTag(bare).some((t) => w.rule.placeWords.some((x) => t.word.endsWith(x)) &&
    !(t.word.length === 2 && !w.rule.placeWords.includes(t.word) && t.tag !== 'nt'));
}

/** a town that opens the name right after the lead clause's 的 (某某创办的|石桥镇|米粉…): two or three characters and the
 * town's suffix, part of the name as a unit is not */
function ledTown(text: string, from: number, c: number, w: WorkshopNameRules): number {
  return c - from >= 3 && c - from <= 4 && w.rule.townEnds.includes(text[c - 1]) && /^[\u4e00-\u9fa5]+$/.test(text.slice(from, c)) ? from : c;
}

/** a note in brackets after a name, a comma in it or none (某某（女，怒族）): part of the slot before a lead verb */
const NOTE = '[（(][^（）()\\n]{1,12}[）)]';
const NOTES = new RegExp(NOTE, 'g');
const NOTE_AT_END = new RegExp(`${NOTE}$`);

/** “振华”电气创新工作室由省劳动模范刘某某领衔: the person the clause right after the name says leads it */
function leaderAfter(text: string, e: number, r: PeopleRules, w: WorkshopNameRules): string | null {
  // (a quoted honour may stand before the name: 由“某某工匠”刘某领衔)
  // (or 由某某担任(工作室)领办人: the leader's post said of the person)
  // (or a run of titles parted by 、: 由该院急诊科主任、“某某奖章”获得者某某领衔)
  const m = new RegExp(`^[，,]?由((?:${NOTE}|[^，。；;\\n]){2,30}?)(?:${w.rule.leadVerbs.join('|')}|(?:担任|任)(?:工作室)?(?:${w.rule.leaderRoles.join('|')}))`).exec(text.slice(e, e + 52)) ??
    new RegExp(`^[，,]?由${jointSlot(w, 50)}(?:${w.rule.leadVerbs.join('|')})`).exec(text.slice(e, e + 72));
  if (!m) return null;
  const joint = jointFirst(m[1], r, w);
  return joint !== undefined ? joint : titledSlot(m[1], r) ?? wholeInSlot(nameEnding(m[1], r), m[1], r) ?? null;
}

/** the first of two named as leading together (由高级技师甲和技师乙共同领衔, 由甲和乙两人一同领衔): the slot before the
 * lead verb ends with an adverb of doing together, the names parted by a link; the first-named is the leader, read
 * as one slot is read up to the first link after which a name ends; null where neither is read, undefined where the
 * slot names no joint leading */
function jointFirst(slot: string, r: PeopleRules, w: WorkshopNameRules, people: Entity[] = []): string | null | undefined {
  const j = w.rule.jointLeading;
  const bare = slot.replace(NOTES, '');
  const adv = j.adverbs.find((a) => bare.endsWith(a));
  if (!adv) return undefined;
  // (the count may carry the title the two share: 甲、乙两名|省劳动模范|共同领衔)
  // (a count before the names opens no such title: 由某厂的两位老匠人|甲和乙|共同领衔, so what it strips holds no link)
  const both = bare.slice(0, -adv.length).replace(new RegExp(`(?:${j.counts.join('|')})(?:(?:(?![${j.links}])[\\u4e00-\\u9fa5“”"]){2,12})?$`), '');
  for (let k = 2; k < both.length - 1; k++) {
    if (!j.links.includes(both[k])) continue;
    const head = both.slice(0, k);
    // (a name the surname list lacks where the document names that person elsewhere: a table's leader cell)
    const found = knownDotted(head, people) ?? titledSlot(head, r) ?? longerKnown(nameEnding(head, r), head, people) ?? slotAfterTitle(head, r) ?? knownEnding(head, people);
    if (found) return wholeInSlot(found, head, r) ?? found;
  }
  // (two named, neither read: no leader, never the words before the adverb)
  return null;
}

/** the longest person the document names (an annex's leader cell) that ends `head`: a Tibetan or Mongolian name the
 * surname list lacks, whose second part is a common word (两位老匠人|拉巴扎堆|和…共同领衔) */
function knownEnding(head: string, people: Entity[]): string | undefined {
  return people.map((p) => p.name).filter((x) => x.length >= 2 && x.length <= 6 && head.endsWith(x)).sort((a, b) => b.length - a.length)[0];
}

/** a name read at the end of `head`, or the longer person the document names that it ends (巴扎堆 read as a surname
 * and a given name where the annex names 拉巴扎堆) */
function longerKnown(found: string | undefined, head: string, people: Entity[]): string | undefined {
  const known = found ? knownEnding(head, people) : undefined;
  return known && known.length > found!.length && known.endsWith(found!) ? known : found;
}

/** a transcribed name (its parts joined by ·) the document names whole elsewhere, ending `head` after a post
 * (畜牧兽医师|某某某·某某): the longest such person, never a part of the name */
function knownDotted(head: string, people: Entity[]): string | undefined {
  return people.map((p) => p.name).filter((x) => x.includes('·') && head.endsWith(x)).sort((a, b) => b.length - a.length)[0];
}

/** the slot of a joint lead clause, longer than one person's (由“某某工匠”甲和某公司技术部副部长乙共同领衔): the
 * slot up to the adverb of doing together, for jointFirst, where the one person's slot is too short to reach it */
const jointSlot = (w: WorkshopNameRules, max: number): string =>
  `((?:${NOTE}|[^，。；;\\n由]){2,${max}}?(?:${w.rule.jointLeading.adverbs.join('|')}))`;

/** a joint lead clause before the workshop (由“某某工匠”甲和某站高级工程师乙共同领衔的|“某某”…工作室; 其中甲、乙两名省劳动
 * 模范共同领衔的|…): the first-named, the clause opening after a mark; undefined where no such clause stands there */
function jointBefore(text: string, q: number, r: PeopleRules, w: WorkshopNameRules, people: Entity[]): string | null | undefined {
  const adv = w.rule.jointLeading.adverbs.join('|');
  const m = new RegExp(`(?:^|[，。；;：:\\n])(?:其中[，,]?)?由?([^，。；;：:\\n]{2,40}?(?:${adv}))(?:${w.rule.leadVerbs.join('|')})(?:${w.rule.builtVerbs.join('|')})?${seatClause(w)}的([^，。；;、“”\\n]{0,24})$`)
    .exec(text.slice(Math.max(0, q - 70), q));
  if (!m || m[2] && !w.rule.unitEnds.includes(m[2][m[2].length - 1])) return undefined;
  return jointFirst(m[1], r, w, people);
}

/** the words that end a title before a name (成都市技能大师|罗某, 省劳动模范|某某) and the acts after a name */
const titleWords = (r: PeopleRules): string[] => [...r.cues.before, ...r.cues.titleNouns, ...r.cues.lineTitles];
const actWords = (r: PeopleRules): string[] => [...r.cues.beforeActs, ...r.cues.postActs, ...r.cues.acts, '为'];

/** the end of the sentence at `from`: the next 。！？ or line end */
function sentenceEnd(text: string, from: number): number {
  const m = /[。！？!?\n]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** the end of the sentences after the name's own that keep the workshop their subject (…工作室挂牌。该工作室依托某公司
 * 建立。工作室带头人某某…), a paragraph break between them or not: up to three */
function selfSentencesEnd(text: string, end: number, w: WorkshopNameRules): number {
  for (let n = 0; n < 3 && text[end] === '。'; n++) {
    // (a short adverbial may open it before the subject: 两年来，工作室…; 目前，该工作室…)
    const gap = /^[\s\u3000]*(?:[\u4e00-\u9fa5\d]{2,6}[，,])?/.exec(text.slice(end + 1, end + 20))![0].length;
    if (!w.rule.selfWords.some((x) => text.startsWith(x, end + 1 + gap))) break;
    end = sentenceEnd(text, end + 1 + gap);
  }
  return end;
}

/** the leader a later clause states by the leader's label, wherever it stands (…工作室举办…，工作室领办人、省技能大师
 * 某某为学徒授课; “某某”工作室由某公司建立，带头人某某从事…): in the name's sentence, or the next one when its
 * subject is the workshop (该工作室…); no other workshop named between. The name right after the label, or after
 * the titles that follow it (、成都市技能大师|某某) */
export function leaderStated(text: string, e: number, r: PeopleRules, w: WorkshopNameRules, people: Entity[]): { name: string; at: number; role: string } | null {
  // (a list item's heading closed by 。 states its leader in the fields after it: 一、某工作室。依托单位：…，由某某负责)
  const end = headingClosedAt(text, e) ? recordEnd(text, e) : selfSentencesEnd(text, sentenceEnd(text, e), w);
  const span = text.slice(e, end);
  // (a title the workshop was conferred names no other workshop: …被认定为自治区级技能大师工作室。工作室带头人某某…;
  // nor does the count of those named with it: …工作室等3个工作室被授予“某市示范性…工作室”牌匾。该工作室由…)
  const self = w.rule.selfWords.join('|');
  // (a quoted honour is the leader's title, no other workshop's name: …，由“某某工匠”、车间主任某某领衔)
  const other = (at: number): boolean => /[“"「]|工作[室站]/.test(span.slice(0, at).replace(new RegExp(`(?:${self})的?$`), '')
    .replace(/“([^“”\n]{2,10})”/g, (q, h: string) => (w.honourEndings.some((x) => h.endsWith(x)) ? '' : q))
    // (so is any quoted title right after 由 that names no workshop: 由“某省工艺美术大师”某某和…共同领衔)
    .replace(/由“(?![^“”\n]*工作[室站])[^“”\n]{2,14}”/g, '由')
    .replace(new RegExp(`(^|[。；;，,][\\s\\u3000]*)(?:${self})`, 'g'), '$1')
    .replace(/^[”"」]?等(?:\d+|[一二两三四五六七八九十]+)个工作[室站]/, '')
    .replace(/(?:被[^，。；“”\n]{0,16}?(?:命名|认定|确定|评|授予)为?|获评|荣获|入选)[^，。；\n]{0,24}?工作[室站][”"」]?/g, '')
    // (nor does the rank it is said to hold among its class: 这是全区第五个市级劳模创新工作室)
    .replace(/(?:这是|是|系|成为)[^，。；“”\n]{0,6}?第[一二三四五六七八九十\d]+[个家][^，。；“”\n]{0,16}?工作[室站]/g, '')
    // (nor the class it is said to be or to become: 这是区总工会年内命名的区级职工创新工作室; 通过认定，成为县级…工作室)
    .replace(/(?:这是|成为)[^，。；“”\n]{0,20}?级[^，。；“”\n]{0,10}?工作[室站]/g, ''));
  const led = ledBy(e, span, r, w, people);
  if (led && !other(led.at - e)) return led;
  // (the label may be followed by a copula: 领衔人是某某, 负责人正是某某, 带头人即为某某)
  // (or by a comma and then the copula: 这个工作室的领衔人，是某某)
  for (const m of span.matchAll(new RegExp(`(${w.rule.leaderRoles.join('|')})(?:[：:、]|[，,]?(?:正|就|即|则)?[是为])?`, 'g'))) {
    if (other(m.index!)) return null;
    if (handsOutInOrder(span.slice(m.index! + m[1].length), w, true)) return null;
    // (a quoted honour may stand between the label and the name: 带头人、“某某工匠”某某)
    const p0 = e + m.index! + m[0].length;
    const p = quotedTitleEnd(text, p0);
    const known = knownAt(text, p, people);
    if (known) return { ...known, role: m[1] };
    const found = nameAfterTitles(text, p, r);
    if (found) return { ...found, role: m[1] };
    // (after a quoted honour the words up to the clause's end are the person: 带头人为“某某首席技师”某某某，…)
    const run = p > p0 ? /^[\u4e00-\u9fa5·]{2,14}(?=[，。；,;、）)\n]|$)/.exec(text.slice(p, p + 15)) : null;
    const slot = run ? titledSlot(`”${run[0]}`, r) : undefined;
    if (slot) return { name: slot, at: p, role: m[1] };
  }
  return null;
}

/** past a quoted title written right at `p` (“某某工匠”, and the 、 after it), else `p` */
function quotedTitleEnd(text: string, p: number): number {
  const q = /^[“"][^“”"\n]{2,12}[”"]、?/.exec(text.slice(p, p + 16));
  return q ? p + q[0].length : p;
}

/** a person the document names, written within 20 characters after `p` with no mark between (the person found may
 * be found at another mention: a table's cell names the same leader) */
function knownAt(text: string, p: number, people: Entity[]): { name: string; at: number } | null {
  let best: { name: string; at: number } | null = null;
  for (const x of people) {
    const i = x.start >= p && x.start < p + 20 ? x.start : text.indexOf(x.name, p);
    if (i < p || i >= p + 20 || /[，。；,;：:\n]/.test(text.slice(p, i))) continue;
    if (!best || i < best.at) best = { name: x.name, at: i };
  }
  return best;
}

/** 由…某某领衔 in the span after a name (…工作室，由“某某工匠”某某领衔; 该工作室由某站高级农艺师某某领衔): the name
 * right before the lead verb, after titles and units of any length; a name the surname list lacks (a monastic's
 * 释某某) where the document names that person elsewhere (领办人：释某某 in its annex) */
function ledBy(e: number, span: string, r: PeopleRules, w: WorkshopNameRules, people: Entity[]): { name: string; at: number; role: string } | null {
  // (由某某领衔的 after the name opens the clause of the next thing it tells of, not this one's leader)
  const m = new RegExp(`由((?:${NOTE}|[^，。；;\\n由]){2,24}?)(${w.rule.leadVerbs.join('|')})(?!的)`).exec(span) ??
    new RegExp(`由${jointSlot(w, 50)}(${w.rule.leadVerbs.join('|')})(?!的)`).exec(span);
  if (!m) return null;
  const joint = jointFirst(m[1], r, w, people);
  if (joint === null) return null;
  if (joint) return { name: joint, at: e + m.index! + 1 + m[1].indexOf(joint), role: m[2] };
  // (a note after the name is no part of it: 主治医师某某（女，傈僳族）领衔)
  const slot = m[1].replace(NOTE_AT_END, '');
  // (a transcribed name the document names as a person ends the slot whole: 由主治医师热孜万古丽·阿不拉领衔)
  const dotted = knownDotted(slot, people);
  const found = dotted ?? titledSlot(slot, r) ?? partsName(slot, r) ?? [3, 2, 4].map((n) => slot.slice(-n)).find((x) => x.length >= 2 && (isName(x, r) || people.some((p) => p.name === x)));
  const who = dotted ?? wholeInSlot(found, slot, r);
  return who ? { name: who, at: e + m.index! + 1 + slot.length - who.length, role: m[2] } : null;
}

/** a Tibetan or Mongolian name of two usual parts ending the slot (服务队队长|扎西曲培, not 曲培 read as a surname and a
 * given name): the name of four, as nameEnding reads it */
function partsName(slot: string, r: PeopleRules): string | undefined {
  const x = nameEnding(slot, r);
  return x && x.length >= 4 ? x : undefined;
}

/** a name at `p`, or after a run of titles that starts there (、成都市技能大师|罗某): a whole name, an act after it */
function nameAfterTitles(text: string, p: number, r: PeopleRules): { name: string; at: number } | null {
  const titles = titleWords(r);
  const acts = actWords(r);
  for (let q = p; q < p + 16 && q < text.length && !/[，。；,;：:\n]/.test(text[q]); q++) {
    if (q > p && !titles.some((t) => text.slice(p, q).endsWith(t))) continue;
    for (const n of [3, 2, 4]) {
      const who = text.slice(q, q + n);
      const after = text.slice(q + n, q + n + 4);
      if (isName(who, r) && (!/^[\u4e00-\u9fa5]/.test(after) || acts.some((a) => after.startsWith(a)))) return { name: who, at: q };
    }
  }
  return null;
}

/** the given name of a transcribed name the document writes in full (乃比江 of 乃比江·艾买提): the short
 * form Uyghur, Kazakh and Tibetan names take in headlines and second mentions; the caller's check of
 * what opens the name keeps a tail (比江 of 乃比江) out */
function shortForm(text: string, who: string): boolean {
  return /^[\u4e00-\u9fa5]{2,6}$/.test(who) && new RegExp(`${who}·[\\u4e00-\\u9fa5]{2,8}`).test(text);
}

/** the full transcribed name the name's own line labels as its leader (| 艾尔肯技能大师工作室 | … | 艾尔肯·买买提 |,
 * 库尔班技能大师工作室（领衔人：库尔班·吐尔逊）): the label states the leader; the short form in the name does not.
 * Within the name's sentence only (…再获殊荣。领衔人阿依古丽·买买提说 keeps 阿依古丽) */
function labelledFull(text: string, e: number, who: string, people: Entity[], w: WorkshopNameRules): string | null {
  const lead = leaderOnLine(people, text, e, w);
  return lead && lead.name.startsWith(`${who}·`) && !/[。；;！？!?]/.test(text.slice(e, lead.start)) ? lead.name : null;
}

/** the full transcribed name a short form stands for (乃比江 → 乃比江·艾买提), else the name itself */
function fullForm(text: string, who: string): string {
  if (who.includes('·') || !/^[\u4e00-\u9fa5]{2,6}$/.test(who)) return who;
  // the second part ends where the text goes on (…艾买提|创新工作室, …艾买提|同志)
  return new RegExp(`${who}·[\\u4e00-\\u9fa5]{2,6}?(?=[^\\u4e00-\\u9fa5]|$|创新|劳模|工匠|技能|职工|工作室|同志|领衔|说|是|在|的|等)`).exec(text)?.[0] ?? who;
}

/** a place written right before the leader at the start of a quoted or listed name is part of the
 * workshop's name (“荣县邓某某劳模创新工作室”) */
function placeBefore(text: string, at: number): number {
  for (const n of [5, 4, 3, 2]) {
    const pl = at - n >= 0 ? placeAt(text.slice(at - n, at), 0) : null;
    if (pl && pl.name === text.slice(at - n, at) && /^$|[“"「\n]/.test(text.slice(Math.max(0, at - n - 1), at - n))) return at - n;
  }
  return at;
}

function mk(text: string, start: number, end: number, type: string, leader: string | null): Workshop {
  return { name: text.slice(start, end), type, level: null, count: null, leader, text: text.slice(start, end), start, end, rule: 'workshop.named' };
}

/**
 * The level a named workshop was conferred: inside a 命名…为 H conferment, in the annex of a naming
 * notice (the conferred title's level, else the level of the notice's title: 关于公布2023年河南省技能
 * 大师工作室建设项目名单的通知), or 被命名为 H in its own clause.
 */
function levelOf(text: string, w: Workshop, titles: Award[], docTitle: string | null, home: HomeLevels, ws: WorkshopNameRules): Level | null {
  const r = ws.rule, cols = r.recordColumns, openers = r.listOpeners;
  const city = home.city === 'county' && prefectureNear(text, w, r) ? 'municipal' : home.city;
  // (a title read around the name that states no level says nothing of it: 分别是|“某某”服务创新工作室)
  const inside = titles.find((t) => contains(t, w));
  if (inside?.level) return inside.level;
  // a table's level column on the workshop's row (| 某工作室 | 某公司 | 某某 | 市级 |)
  const column = columnCell(text, w.end, cols.level, cols);
  if (column && phraseLevel(column.cell.text, city)) return phraseLevel(column.cell.text, city);
  // the heading over the list part the workshop is an item of, when it states a grade (一、省级技能大师工作室（2个）):
  // nearer than the annex's title; a heading of a place (一、南京市（6个）) groups by region, no level
  const heading = headingLevel(text, w, true, city);
  if (heading) return heading;
  const annex = /\n\s*附件\s*\d*\s*\n/.exec(text);
  // (the annex's own title, its first line, states the level of the list it heads: 第二批某某市…技能大师工作室名单)
  const annexTitle = annex && w.start > annex.index ? /^[\s\u3000]*([^\n]{4,40}?工作[室站][^\n]{0,6})\n/.exec(text.slice(annex.index + annex[0].length)) : null;
  if (annexTitle && phraseLevel(annexTitle[1], city)) return phraseLevel(annexTitle[1], city);
  // (or the title on the annex's own line, after its colon: 附：2025年度某某县职工创新工作室命名名单)
  // (its count in brackets may close it: …名单（共7个）)
  const inline = [...text.slice(0, w.start).matchAll(/\n[\s\u3000]*附(?:件\s*\d*)?[：:][\s\u3000]*([^\n]{4,40}?工作[室站][^\n]{0,6}?)(?:[（(]共?\d+[个家][）)])?\n/g)].pop();
  if (inline && phraseLevel(inline[1], city)) return phraseLevel(inline[1], city);
  if (annex && w.start > annex.index && titles.find((t) => t.level)) return titles.find((t) => t.level)!.level;
  // (its own clause's title first: the notice's title covers those it names, not one the body says another body named,
  // 我市申报的某工作室今年被命名为“某市示范性…”)
  // 被命名为 H / 去年被人力资源社会保障部确定为 H: the body between 被 and the verb
  // 获评 / 荣获 / 入选 H: the title it receives in its own clause
  // (the workshop may be the topic before a comma: “芯光”劳模创新工作室，去年被某市总工会命名为 H)
  // (after its closing quotation mark, or in a later clause that goes on with 被 and no subject of its own: “某某工作室”通过
  // 某市人社局评审，被确定为 H)
  const upgraded = renamedLater(text, w, city) ?? upgradedTo(text, w, r, city) ?? gradedAs(text, w, city);
  if (upgraded) return upgraded;
  const clause = ownClause(text, w);
  const t = clause && titles.concat([]).find((x) => x.start >= w.end && x.start <= w.end + clause[0].length);
  if (t) return t.level;
  // (a title no honour was read for: the level it states, 被确定为市级劳模和工匠人才创新工作室; or a 将…为 H that lists it)
  const stated = statedTitle(clause) ?? enumeratedConferment(text, w, true);
  const statedLevel = stated ? phraseLevel(stated, city) ?? shortPlaceLevel(stated, text, home) : null;
  if (statedLevel) return statedLevel;
  const apposed = appositionLevel(text, w, city);
  if (apposed) return apposed;
  // a notice or a page whose title is about workshops of this type at one level (关于公布2024年度
  // 某某市技能大师工作室名单的通知, 某市一批工作室入选省级技能大师工作室): the workshops it lists
  const byTitle = titleLevel(docTitle, w.type, city);
  if (byTitle) return byTitle;
  const later = namedLater(text, w, r.selfWords, city);
  if (later) return later;
  const counted = countedBefore(text, w, city) ?? gradedInReview(text, w, city, ws.grades);
  if (counted) return counted;
  // 公布…自治区级示范性劳模（工匠）创新工作室名单，某部“某某创新工作室”入选: the published list's level
  const from = Math.max(text.lastIndexOf('。', w.start - 1), text.lastIndexOf('\n', w.start - 1)) + 1;
  const list = /(?:公布|发布|揭晓|印发)了?([^，。；\n]{0,40}?(?:工作室|工作站))(?:建设项目)?(?:名单|评审结果|认定结果)/.exec(text.slice(from, w.start));
  // (ours on it may be said first and listed after: 我市推荐的3个工作室全部入选，分别是：A、B、C)
  // (or listed first and counted after: A、B、C等3个工作室入选)
  const onIt = list && (/^[”"」]?(?:成功|正式)?(?:入选|上榜|榜上有名)/.test(text.slice(w.end, w.end + 6)) || enteredTogether(text, w.end) ||
    /^[^，。；;,\n]{0,80}?等[\d一二两三四五六七八九十]+[个家](?:工作室)?(?:成功|正式|全部)?(?:入选|上榜)/.test(text.slice(w.end, w.end + 90)) ||
    /(?:入选|上榜|榜上有名)[，,]?(?:分别是|分别为|包括|即)[：:]?/.test(text.slice(from + list.index + list[0].length, w.start)));
  return onIt ? phraseLevel(list[1], city) : leadInLevel(text, w, openers, city) ?? newBatchLevel(text, w, titles) ?? headingLevel(text, w, false, city) ?? listLeadInLevel(text, w, city) ?? setUpBy(text, w, home, r) ??
    plaqueGivenBy(text, w, home, r) ??
    reportedConferment(text, w, r, city) ?? referredSet(text, w, r, city) ?? shortNamedLevel(text, w, titles, ws.aliases);
}

/** a workshop a counted conferment listed by its craft alone (为楠竹精深加工、瑶家竹编、竹林生态种养3个工作室授牌，命名其为
 * “H”): its full name, told after (楠竹精深加工劳模创新工作室), opens with one of the short names listed before the count,
 * so it holds that title's level */
function shortNamedLevel(text: string, w: Workshop, titles: Award[], aliases: WorkshopAlias[]): Level | null {
  const name = w.name ?? '';
  const a = aliases.find((x) => foldToSimplified(name).endsWith(x.alias));
  const craft = a ? name.slice(0, name.length - a.alias.length) : '';
  if (craft.length < 2 || /[“”"「」]/.test(craft)) return null;
  const listed = new RegExp(`(?:^|[为為、和及与與，,])${escapeRe(craft)}(?=[、和及与與]|(?:\\d+|[一二两兩三四五六七八九十]+)[个個家])`);
  const t = titles.find((x) => x.count !== null && x.level && x.start < w.start && listed.test(text.slice(sentenceStart(text, x.start), x.end)));
  return t?.level ?? null;
}

/** a phrase that refers back to the set of workshops a report's conferment named: 本次命名的8家工作室中, 此次认定的工作室,
 * 认定的3个工作站中, 这5个工作室; the workshops its paragraph then tells of are of that set */
const SET_REFERENCE = /(?:本次|此次|这次|本批|这批)新?(?:命名|认定|授牌|挂牌|确定)?的?(?:\d+|[一二两三四五六七八九十]+)?[个家]?工作[室站]|(?:命名|认定|授牌|挂牌|确定)的(?:\d+|[一二两三四五六七八九十]+)[个家]工作[室站](?:中|里|当中)|这(?:\d+|[一二两三四五六七八九十]+)[个家]工作[室站]/g;
/** a conferred class a workshop of `type` may hold: its own type, any of the innovation ones (劳模（工匠）创新工作室 for a
 * 创新工作室), any for the bare 工作室 */
const sameKind = (phrase: string, type: string): boolean =>
  type === '工作室' || phrase.endsWith(type) || (/创新工作室$/.test(type) && /创新工作室$/.test(phrase));

/** the start and the end of the clause around `at`: the marks ，；。 and a line end bound it */
const clauseStart = (text: string, at: number): number => startAfter(text, at, '，；。\n');
const clauseEnd = (text: string, at: number): number => at + (/[，；。\n]|$/.exec(text.slice(at))!.index);

/** the words that say a workshop was put off or not conferred (rules/workshop-names.yaml notConferred), as one pattern */
const notConferred = (r: WorkshopNameRule): RegExp => perRules(r, 'workshop-names.not-conferred', () => new RegExp(r.notConferred.join('|')));

/** the workshop's own sentence says it is of that set: …工作室此次也在命名之列, …也在本次授牌之列 */
const IN_THE_SET = /(?:命名|认定|授牌|挂牌)之列/;

/**
 * The level of the conferment a report tells of (命名…等5个工作室为“某县劳模创新工作室”), given to a workshop its
 * paragraph tells of after a phrase that refers back to those conferred (本次命名的5个工作室中，A由某某领衔…；B…), or
 * whose own sentence puts it among them (B此次也在命名之列). A workshop a report merely goes on to tell of, with no
 * such phrase, is not said to be one of them (reportedConferment).
 */
function referredSet(text: string, w: Workshop, r: WorkshopNameRule, city: Level): Level | null {
  const levels = referredClasses(text, w, r).map((c) => classLevel(c, city)).filter((l) => l);
  return levels.length ? levels[levels.length - 1] : null;
}

/** the classes of the conferment a set referred back to was named by (referredSet), in the order written */
function referredClasses(text: string, w: Workshop, r: WorkshopNameRule): string[] {
  // (its own clause may put it off: 另有A等2个工作室因材料不全暂缓命名)
  const stock = notConferred(r);
  if (stock.test(text.slice(clauseStart(text, w.start), clauseEnd(text, w.end)))) return [];
  const para = lineStart(text, w.start);
  const refs = [...text.slice(para, w.start).matchAll(SET_REFERENCE)];
  const at = IN_THE_SET.test(text.slice(w.end, sentenceEnd(text, w.end))) ? w.start : refs.length ? para + refs[refs.length - 1].index! : -1;
  if (at < 0) return [];
  const from = reportStart(text, para, 1200);
  // (a class of another kind, 命名…为某市劳模和工匠人才创新工作室 before a 技能大师工作室, is not the one it holds)
  return [...text.slice(from, at).matchAll(CONFERRED)]
    .filter((m) => !/^(?:公布|发布)/.test(m[0]) && !stock.test(text.slice(sentenceStart(text, from + m.index!), from + m.index!)))
    .map((m) => m[1] ?? m[2])
    .filter((c) => sameKind(c, w.type));
}

/** the name is one of the subjects joined before the predicate that puts them on the list (A和B榜上有名, A、B均入选):
 * no clause between, so every name joined there entered it */
const enteredTogether = (text: string, e: number): boolean =>
  /^[”"」]?[^，,。；;！？\n]{0,60}?(?<![未没不])(?:成功|正式|均|都|全部|同时)?(?:入选|上榜|榜上有名)/.test(text.slice(e, e + 80));

/**
 * The level a workshop was raised to, said after its name in its own sentence or in the next one whose subject it is
 * (…工作室今年由县级工作室升级为省级…工作室; …工作室”揭牌。该工作室由某某领衔，去年升格为某市级…工作室): the level it
 * holds now is the later one, never the one it was raised from; no other workshop named between.
 */
function upgradedTo(text: string, w: Workshop, r: WorkshopNameRule, city: Level): Level | null {
  // (the next sentence may open a new paragraph: …带徒30余人。\n去年，该工作室由…)
  const own = sentenceEnd(text, w.end);
  const span = text.slice(w.end, sentenceEnd(text, own + 1 + /^[\s\u3000]*/.exec(text.slice(own + 1))![0].length));
  const verbs = longestFirstWords(r.upgradeVerbs).join('|');
  const m = new RegExp(`(?:由[^，。；\\n]{0,30}?)?(?:${verbs})[“"]?([^，。；\\n“”]{2,30}?工作[室站])`).exec(span);
  if (!m) return null;
  // (the workshop itself may open a clause between: …”揭牌。该工作室由某某领衔，…)
  const between = span.slice(0, m.index).replace(new RegExp(`(^|[，,。；;])(?:${longestFirstWords(r.selfWords).join('|')})`, 'g'), '$1');
  return /工作[室站]/.test(between) ? null : phraseLevel(m[1], city);
}

/** a title its sentence names twice, the later one after 又 or 再 (…工作室，2023年被县总工会命名为 A，今年又被省总工会命名为
 * B): the level it holds now is the later title's */
function renamedLater(text: string, w: Workshop, city: Level): Level | null {
  const span = text.slice(w.end, sentenceEnd(text, w.end));
  const named = [...span.matchAll(/被[^，。；\n“”]{0,16}?(?:命名|确定|认定|评)为[“"]?([^，。；\n“”]{2,30}?工作[室站])/g)];
  if (named.length < 2) return null;
  const last = named[named.length - 1];
  return /[又再]$/.test(span.slice(0, last.index)) ? phraseLevel(last[1], city) : null;
}

/** a graded title the name is said to be right after it (“某某技能大师工作室”为某市级技能大师工作室; …工作室系省级…工作室) */
function gradedAs(text: string, w: Workshop, city: Level): Level | null {
  // (or has grown into one: …工作室”已成长为某市示范性…工作室, a place's title)
  const m = /^[”"」]?(?:为|是|系)([^，。；\n“”]{0,16}级[^，。；\n“”]{0,20}?工作[室站])/.exec(text.slice(w.end)) ??
    /^[”"」]?(?:已|已经|现已|如今)?(?:成长为|发展为|成为)([^，。；\n“”]{2,30}?工作[室站])/.exec(text.slice(w.end));
  return m ? phraseLevel(m[1], city) : null;
}

/** the title a workshop's own clause says it was named (…被确定为市级劳模和工匠人才创新工作室): the phrase after 为 */
const statedTitle = (clause: RegExpExecArray | null): string | null =>
  (clause && /(?:为|获评|荣获|入选|授予)[“"]?([^，。；\n“”]{2,30}?(?:工作室|工作站))/.exec(clause[0])?.[1]) || null;

/** a 将…为 H conferment whose list holds the workshop (县总工会将A、B确定为县级劳模创新工作室; 将A等3个工作室命名为 H):
 * the title H, when it names a class (a grade and the bare 工作室, 命名为区级工作室, leaves the level to the notice's title);
 * `counted`: or a verb of conferment before the list and its count then 为 after it (研究确定A、B等9个工作室为首批“某某工匠”
 * 工作室), whose title gives a level but leaves a bare 工作室 its plain type (the golds: 认定某某…传承工作室等5个工作室为 H) */
function enumeratedConferment(text: string, w: Workshop, counted = false): string | null {
  const before = text.slice(sentenceStart(text, w.start), w.start);
  const after = text.slice(w.end);
  const title = /将[^，。；：:\n]{0,80}$/.test(before) ? titleAfterDisposal(after) : counted ? titleAfterCountedList(before, after) : null;
  return title && !/级工作[室站]$/.test(title) ? title : null;
}

/** the title a 将 disposal gives the list the workshop opens (将A、B确定为 H / 将A等3个工作室命名为 H): the phrase after 为 */
function titleAfterDisposal(after: string): string | null {
  return /^[”"」]?(?:[、和及与][^，。；：:\n]{0,80}?)?(?:等[\d一二两三四五六七八九十]+[个家]工作[室站])?(?:分别)?(?:命名|确定|认定|评定|评)为[“"「]?([^，。；\n“”」]{2,30}?工作[室站])/.exec(after)?.[1] ?? null;
}

/** the title a verb of conferment before the list gives it, its count then 为 after it (研究确定A、B等9个工作室为首批
 * “某某工匠”工作室): the phrase after 为, its batch and quotes kept */
function titleAfterCountedList(before: string, after: string): string | null {
  if (!/(?:命名|确定|认定|评定)[^。；：:\n]{0,80}$/.test(before)) return null;
  return /^[”"」]?(?:[、和及与][^。；：:\n]{0,80}?)?等[\d一二两三四五六七八九十]+[个家]工作[室站](?:分别)?为((?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]+批|首批)?[“"「]?[^，。；\n“”」]{2,30}?[”"」]?工作[室站])/.exec(after)?.[1] ?? null;
}

/** the type of the title a workshop was conferred (…工作室被某州总工会命名为“某州劳模创新工作室”): a name that ends in the
 * bare 工作室 names no type of its own, so the title's is the one it holds. Not a class the title quotes (某市“教育名匠”
 * 工作室), nor the joint 劳模和工匠人才 title, which the golds leave with the name's plain type (4 documents to 2). */
function conferredType(text: string, w: Workshop, titles: Award[], aliases: WorkshopAlias[]): string | null {
  const clause = ownClause(text, w);
  const t = titles.find((x) => contains(x, w)) ?? (clause && titles.find((x) => x.start >= w.end && x.start <= w.end + clause[0].length));
  const phrase = t ? text.slice(t.start, t.end) : statedTitle(clause) ?? enumeratedConferment(text, w);
  if (!phrase || /[“”"「」]/.test(phrase.replace(/^[“"「]|[”"」]$/g, ''))) return null;
  const p = foldToSimplified(phrase);
  const type = [...aliases].sort((a, b) => b.alias.length - a.alias.length).find((a) => p.endsWith(a.alias))?.type ?? null;
  return type === JOINT_TYPE ? null : type;
}

/** the type of the joint title of model workers and craftsmen (劳模和工匠人才创新工作室) */
const JOINT_TYPE = '劳模工匠创新工作室';

/** the title a quoted name stands in apposition to (依托区级职工创新工作室“某某数控编程创新工作室”): its level word */
function appositionLevel(text: string, w: Workshop, city: Level): Level | null {
  if (!/[“"「]/.test(text[w.start - 1] ?? '')) return null;
  const m = /((?:国家|省|自治区|市|州|盟|县|区|旗)级[\u4e00-\u9fa5（）]{0,12}?工作[室站])$/.exec(text.slice(Math.max(0, w.start - 24), w.start - 1));
  return m ? phraseLevel(m[1], city) : placedApposition(text, w);
}

/** a place's title of the workshop's own type set before its name by a dash or a colon (由某某州技能大师工作室——“某某
 * 技能大师工作室”): the level of the place that titles it */
function placedApposition(text: string, w: Workshop): Level | null {
  const m = /([\u4e00-\u9fa5]{2,20}工作[室站])(?:——|—|：|:)$/.exec(text.slice(Math.max(0, w.start - 26), w.start - 1));
  if (!m) return null;
  for (let k = 0; k < m[1].length - w.type.length; k++) {
    const p = placeAt(m[1], k);
    if (p && m[1].slice(k + placeSpan(m[1], k)) === w.type) return placeLevel(p.name);
  }
  return null;
}

/** the start of the report a workshop is told of in: after the last headline line (short, no sentence mark) before
 * it, and no more than `span` characters back */
function reportStart(text: string, at: number, span = 400): number {
  let ls = text.lastIndexOf('\n', at - 1);
  while (ls > 0 && ls > at - span) {
    const ps = lineStart(text, ls);
    const line = text.slice(ps, ls).trim();
    if (line && line.length <= 30 && !/[。，；：,;:！？]/.test(line)) return ls + 1;
    ls = ps - 1;
  }
  return Math.max(0, at - span);
}

/** a count of workshops: 4个, 两个 */
const COUNT = '(\\d+|[一二两三四五六七八九十]+)个';

/** the classes of workshops a report says were conferred on a count of them, with that count: 4个某市技能大师工作室挂牌,
 * 两家工作室同被认定为某县技能大师工作室 */
function conferredClasses(span: string, r: WorkshopNameRule): { at: number; phrase: string; count: number | null }[] {
  const res = [
    // (the verb may follow a light verb: 对新认定的4个县级技能大师工作室进行授牌)
    new RegExp(`${COUNT}([^，。；\\n“”]{2,20}?工作[室站])(?:进行|举行)?(?:${r.setUpVerbs.join('|')})`, 'g'),
    new RegExp(`${COUNT}工作[室站](?:均|都|全部|一并|同时)?被[^，。；\\n“”]{0,16}?(?:命名|认定|确定|评)为[“"]?([^，。；\\n“”]{2,30}?工作[室站])`, 'g'),
  ];
  const stock = notConferred(r);
  return res.flatMap((re) => [...span.matchAll(re)]
    .filter((m) => !stock.test(span.slice(clauseStart(span, m.index!), m.index! + m[0].length)))
    .map((m) => ({ at: m.index!, phrase: m[2], count: parseSmallInt(m[1]) })));
}

/**
 * The level of a counted conferment a report tells of (同日，4个某市技能大师工作室挂牌) given to the workshops a later
 * sentence lists as those (当天揭牌的3个工作室，除…外，还有：A；B), or to those its own sentence names before it
 * (为A和B授牌，两家工作室同被认定为某县技能大师工作室). A workshop a report merely goes on to tell of after a conferment
 * (今年新命名…5个。由某某领衔的…工作室…) is not said to be one of them: no level (the golds of held23, held25, held26).
 */
function reportedConferment(text: string, w: Workshop, r: WorkshopNameRule, city: Level): Level | null {
  const own = sentenceStart(text, w.start);
  const ofType = (c: { phrase: string }) => c.phrase.endsWith(w.type) && !!classLevel(c.phrase, city);
  const after = conferredClasses(text.slice(w.end, sentenceEnd(text, w.end)), r).filter(ofType);
  if (after.length) return classLevel(after[0].phrase, city);
  const refs = [...text.slice(own, w.start).matchAll(new RegExp(`${COUNT}[^，。；：:\\n]{0,10}?工作[室站]`, 'g'))].map((m) => parseSmallInt(m[1]));
  if (!refs.length) return null;
  const before = conferredClasses(text.slice(reportStart(text, own), own), r).filter((c) => ofType(c) && refs.includes(c.count));
  return before.length ? classLevel(before[before.length - 1].phrase, city) : null;
}

/** the workshop's own clause when it says it was named or given a title (…工作室去年被某市总工会命名为 H, …工作室获评 H;
 * a later clause opened by a year, …工作室设在某学校，2024年被认定为 H) */
function ownClause(text: string, w: Workshop): RegExpExecArray | null {
  // (a second clause may stand between, one that states its leader: …工作室，由某某负责，今年被命名为 H; none naming a workshop)
  return /^[”"」]?[，,]?(?:(?:(?:(?!工作[室站])[^，。；\n])*[，,]){1,2}(?=(?:并|又|后|还|已|今年|去年|同年|随后|\d{4}年)*被))?[^，。；\n]*?(?:被(?:[^，。；\n“”]{0,16}?(?:命名|确定|认定|评))为|获评|荣获|入选|被授予)[^，。；\n]*/.exec(text.slice(w.end));
}

/** a 公示 whose opening proposes (…拟命名…工作室…。现将名单予以公示), where the title was not read as such; a reply or a
 * decision that grants what was proposed (关于同意认定…的批复: 经…网上公示，…报来拟认定的4个工作室) names them */
const proposesInOpening = (text: string, r: WorkshopNameRule, docTitle: string | null): boolean => {
  if (/批复|决定|同意/.test(foldToSimplified(docTitle ?? ''))) return false;
  const head = foldToSimplified(text.slice(0, 600));
  return /公示/.test(head.slice(0, 200)) && r.proposalWords.some((p) => head.includes(p));
};

/** a title that proposes workshops (关于…拟命名名单的公示): none of those it lists is named yet */
const proposes = (docTitle: string | null, r: WorkshopNameRule): boolean => r.proposalWords.some((p) => foldToSimplified(docTitle ?? '').includes(p));

/** a later clause of its sentence, or the next sentence, whose subject is the workshop says it was named a title (…成立了
 * “某某工作室”，今年工作室又被某市总工会命名为 H; …工作室。这个工作室去年被某市总工会命名为 H): the level it holds is
 * the title's, over the body that set it up; no other workshop named between */
function namedLater(text: string, w: Workshop, selfWords: string[], city: Level): Level | null {
  const end = sentenceEnd(text, sentenceEnd(text, w.end) + 1);
  const span = text.slice(w.end, end);
  const self = longestFirstWords(selfWords).join('|');
  // (a year may stand before 被: 该工作室2023年被认定为…, or a clause of its own: 工作室成立于2022年，今年被认定为…; a clause
  // of the name's own topic chain may say 是 a graded title:
  // …工作室有成员9人，是某市级技能大师工作室; …挂牌，这是某县总工会今年命名的县级…工作室; 通过认定，成为县级…工作室)
  const m = new RegExp(`(?:^[”"」]?|[，,。；;])(?:今年|去年|此后|随后|后来|目前)?[，,]?(?:(?:${self})[^，。；\n“”]{0,4}?(?:\\d{4}年)?被[^，。；\n“”]{0,16}?(?:命名|确定|认定|评)为|(?:${self})[^，。；\n“”]{0,16}[，,](?:今年|去年|同年|后|又|并|\\d{4}年)*被[^，。；\n“”]{0,16}?(?:命名|确定|认定|评)为|(?<=[，,])(?:也|还|已|这|这也)?(?:是|成为)(?=[^，。；\n“”]{0,16}级))[“"]?([^，。；\n“”]{2,30}?工作[室站])`).exec(span);
  // (the workshop itself may be the subject of the clauses between: …”，工作室现有成员15人，…。这个工作室…)
  if (!m || /[“"「]|工作[室站]/.test(span.slice(0, m.index).replace(/^[”"」]/, '').replace(new RegExp(`(^|[，,。；;])(?:${self})`, 'g'), '$1'))) return null;
  return phraseLevel(m[1], city);
}

const longestFirstWords = (xs: string[]): string[] => [...xs].sort((a, b) => b.length - a.length);

/** an item line of a list: a numbered entry, a labelled field, a table row or a blank */
const ITEM_LINE = /^[\s\u3000]*(?:$|\d{1,3}[.、．\s]|[（(]\d{1,3}[）)]|\||[\u4e00-\u9fa5](?:[ \u3000]{0,2}[\u4e00-\u9fa5]){1,6}[：:])/;

/** the level the heading over a list gives every item under it (二、县级技能大师工作室（3个）/ 1．A… / 2．B…): the
 * first line above the items that is no item, when it is a heading (short, no sentence) stating a level */
function headingLevel(text: string, w: Workshop, graded = false, city: Level = 'municipal'): Level | null {
  let ls = lineStart(text, w.start);
  if (!ITEM_LINE.test(text.slice(ls, w.start))) return null;
  for (let n = 0; n < 40 && ls > 0; n++) {
    const ps = lineStart(text, ls - 1);
    const line = text.slice(ps, ls - 1);
    ls = ps;
    if (ITEM_LINE.test(line) && !/^[\s\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/.test(line)) continue;
    const head = line.trim().replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/, '').replace(/[（(][^）)]*[）)]$/, '');
    if (graded && !/(?:省|自治区|市|州|盟|县|区|国家)(?:（州）)?级|^全国/.test(head)) return null;
    return head.length <= 30 && !/[。，；,;]/.test(head) ? classLevel(head, city) : null;
  }
  return null;
}

/** the level the lead-in over a numbered list gives its items (县总工会为新命名的6个县级职工创新工作室挂牌。名单如下：/
 * 1．A / 2．B): the first line above the items that is no item, when it ends in a colon, and its last conferment at a level */
function listLeadInLevel(text: string, w: Workshop, city: Level): Level | null {
  let ls = lineStart(text, w.start);
  if (!/^[\s\u3000]*(?:\d{1,3}[.、．]|[（(]\d{1,3}[）)])/.test(text.slice(ls, w.start))) return null;
  for (let n = 0; n < 40 && ls > 0; n++) {
    const ps = lineStart(text, ls - 1);
    const line = text.slice(ps, ls - 1).trim();
    ls = ps;
    if (ITEM_LINE.test(line)) continue;
    if (!/[：:]$/.test(line)) return null;
    // (a published list gives no level to the items that follow unless they are said to have entered it)
    const found = [...line.matchAll(CONFERRED)].filter((m) => !/^(?:公布|发布)/.test(m[0]))
      .map((m) => classLevel(m[1] ?? m[2], city)).filter((l) => l);
    return found.length ? found[found.length - 1] : null;
  }
  return null;
}

/** a conferment of workshops at a level: 新命名|赤水市级…工作室, 公布|2025年度黄石市技能大师工作室(名单), 命名15个工作室为|“黔南州…工作室” */
const CONFERRED = /(?:命名|认定|确定)[^，。；\n]{0,40}?为([^，。；\n]{2,30}?工作[室站])|(?:命名|认定|确定|新增|新建|获批|公布|发布)的?[“"]?([^，。；“”\n]{2,30}?工作[室站])/g;
/** a published list's entrants said to be on it (…名单，我市申报的4个工作室全部入选), not off it or still applying */
const ENTERED = /(?<![未没不])(?:入选|上榜|榜上有名|通过(?:认定|评审|评估))/;

/** the level a conferment's class states; a phrase that holds a unit's name is one workshop, no class (认定|某有限公司某某…工作室) */
function classLevel(phrase: string, city: Level = 'municipal'): Level | null {
  const t = phrase.replace(/^(?:\d+|[一二两三四五六七八九十]+)[个家]/, '');
  return UNIT_INSIDE.test(t) ? null : phraseLevel(t, city);
}

/** the start of the sentence that holds `at`: after the last 。！？ or line end before it */
const sentenceStart = (text: string, at: number): number => startAfter(text, at, '。！？\n');

/**
 * The level the lead-in over a named workshop gives it: the last conferment of workshops at a level in its own
 * sentence before it (今年新命名赤水市级…工作室4个，由某某领衔的“竹语”…), else in the sentence before, which may end the
 * paragraph before (…公布2025年度黄石市技能大师工作室名单…。\n这4个工作室分别是：A；B；…, 新认定区级…6个…。新认定的工作室中，“…”)
 */
function leadInLevel(text: string, w: Workshop, openers: string[], city: Level): Level | null {
  const own = sentenceStart(text, w.start);
  let end = own - 1;
  while (end > 0 && /[\s\u3000]/.test(text[end - 1])) end--;
  const prev = end > 0 ? sentenceStart(text, end - 1) : own;
  const ownEnd = own + (/[。！？\n]|$/.exec(text.slice(own))?.index ?? 0);
  // (the sentence before speaks of this workshop only where its own sentence refers back to those conferred: 这4个工作室
  // 分别是, 具体为：, 新认定的工作室中, 其中; a workshop a report goes on to tell of, 依托某公司建设的“某某”工作室…, is not said to be one)
  const refers = new RegExp(`这|该|上述|以上|其中|之一|[：:]|中[，,]|${openers.join('|')}`).test(text.slice(own, w.start));
  // (an item closed by ；before the workshop is another's: 由甲领衔的A被命名为州级…；由乙领衔的B…; but items a 其中 opens
  // share the conferment before it, not one inside an item: 命名某县…工作室4个，其中由甲领衔的A…；乙牵头的B…)
  const semi = text.lastIndexOf('；', w.start - 1);
  const among = semi >= own ? text.slice(own, semi).indexOf('其中') : -1;
  const item = semi >= own && !new RegExp(`[：:]|分别|其中|${openers.join('|')}`).test(text.slice(own, w.start)) ? semi + 1 : own;
  const upTo = among >= 0 ? own + among : w.start;
  for (const [from, to, close] of [[item, upTo, ownEnd], ...(refers ? [[prev, Math.max(prev, end), end]] : [])]) {
    // (a published list gives its level to the workshops its sentence says entered it)
    const found = [...text.slice(from, to).matchAll(CONFERRED)]
      .filter((m) => !/^(?:公布|发布)/.test(m[0]) || ENTERED.test(text.slice(from + m.index!, close)))
      // (a quoted title counted, 新命名“某市劳模创新工作室”2个：一个是…, gives its level to the items its colon lists, not
      // to a workshop told of after it)
      .filter((m) => !m[2] || !/[“"]$/.test(m[0].slice(0, -m[2].length)) || /[：:]|分别|其中|一个是|之一/.test(text.slice(from + m.index! + m[0].length, to)))
      .map((m) => classLevel(m[1] ?? m[2], city)).filter((l) => l);
    if (found.length) return found[found.length - 1];
  }
  return null;
}

/** a sentence whose topic is the workshops just conferred (新认定的工作室各具特色。, 本批命名的6个工作室中，) opens
 * the account of each: those its paragraph goes on to name hold the level of the last workshop title conferred before
 * it (a report's workshops told of after a count, with no such sentence, are not said to be of the batch) */
const NEW_BATCH = /(?:^|[。！？])[\s\u3000]*(?:本次|此次|这批|今年)?(?:新|本批)(?:认定|命名|授牌|挂牌|评定)的(?:\d+个|[一二两三四五六七八九十]+个)?工作[室站][^。！？\n]{0,12}?[。！？：:，,]/g;

function newBatchLevel(text: string, w: Workshop, titles: Award[]): Level | null {
  const para = lineStart(text, w.start);
  const m = [...text.slice(para, w.start).matchAll(NEW_BATCH)].pop();
  if (!m) return null;
  const at = para + m.index!;
  return titles.filter((t) => t.end <= at && t.level && /工作[室站]$/.test(t.name)).pop()?.level ?? null;
}

/** the items a counted mention of a level enumerates (新认定县级技能大师工作室3个，分别为A、B和C): its level */
function countedBefore(text: string, w: Workshop, city: Level): Level | null {
  // (the mention holds no line break and ends at the workshop: it starts after the last 。 or line end before it)
  const from = startAfter(text, w.start, '。\n');
  const m = /([^，。；\n]{0,24}?(?:工作室|工作站))(?:\d+|[一二两三四五六七八九十]+)个[，,：:]?(?:分别为|分别是|包括|即)[：:]?([^。；\n]*)$/.exec(text.slice(from, w.start));
  // (the items run on up to this one: no clause of another kind between)
  return m && !/[，,]/.test(m[2]) ? phraseLevel(m[1], city) : null;
}

/** a workshop a review grades (被评为优秀的3个工作室是：…某某工作室，得分94分; …工作室因…，复核不合格) after the review
 * said which class it covers (对全县已命名的14个县级…工作室开展年度评估, 对2022年认定的市级…工作室进行复核): one of that
 * class, at its level; the review stated within the three paragraphs before */
function gradedInReview(text: string, w: Workshop, city: Level, g: GradeRules): Level | null {
  const own = text.slice(Math.max(0, sentenceStart(text, w.start)), w.start);
  const after = /^[^。；\n]*/.exec(text.slice(w.end, w.end + 60))![0];
  if (!g.reviewGrade.test(own) && !g.failedAfter.test(after)) return null;
  const from = [0, 1, 2].reduce((k) => Math.max(0, text.lastIndexOf('\n', k - 2)), sentenceStart(text, w.start));
  const reviews = [...text.slice(from, w.start).matchAll(g.reviewOfClass)];
  const m = reviews.pop();
  return m ? phraseLevel(m[1], city) : null;
}

/** a prefecture-level city written in the workshop's sentence or the one before (吴忠市人社局公布2025年度市级…): a
 * bare 市 there is that city, not the county-level city whose document it is */
function prefectureNear(text: string, w: Workshop, r: WorkshopNameRule): boolean {
  const own = sentenceStart(text, w.start);
  const from = own > 1 ? sentenceStart(text, own - 2) : own;
  const span = text.slice(from, w.start);
  for (let k = 0; k < span.length; k++) {
    const pl = placeAt(span, k);
    // (the city as the body that acts, 株洲市人社局公布…; not the city of a person's honour, 由某某市技术能手某某领衔的)
    if (pl && pl.kind === 'city' && span.startsWith(pl.name, k) && !personTitleAt(span, k + pl.name.length, r)) return true;
  }
  return false;
}

/** the words after a city's name at `at` are a title a person holds (技术能手, 劳动模范, 工匠 before a name), not a body
 * (人社局, 总工会) nor an act (公布, 命名): the title runs to the 、 or the name after it */
function personTitleAt(span: string, at: number, r: WorkshopNameRule): boolean {
  const rest = span.slice(at, at + 12);
  return !r.setUpBodies.some((b) => rest.startsWith(b)) && r.heldTitles.some((t) => rest.startsWith(t));
}

/** the level a grade word names (省级, 自治区级, 州级, 区级): a bare 市级 is the document's own city's (`city`) */
const gradeLevel = (g: string, city: Level): Level => /省|自治区/.test(g) ? 'provincial' : g === '地区' ? 'municipal' : /县|区/.test(g) ? 'county' : /市/.test(g) ? city : 'municipal';

/**
 * The level of the body that set a workshop up, said in the workshop's own sentence before it where no level is
 * (市总工会…挂牌成立“某某工作室”, 会上为…授牌，其中A、B, 今年新认定“某某”1个): a body's place (胶州市总工会 → county),
 * a bare 市 the document's own city's, 县|区 county, 省|自治区 provincial; no body written, the issuer's own, unless
 * a unit (公司, 医院) is the one that set it up (某公司成立了“某某”工作室 names no level).
 */
function setUpBy(text: string, w: Workshop, home: HomeLevels, r: WorkshopNameRule): Level | null {
  const before = text.slice(sentenceStart(text, w.start), w.start).replace(/^.*[；;]/, '');
  const verbs = [...before.matchAll(new RegExp(r.setUpVerbs.join('|'), 'g'))];
  if (!verbs.length) return null;
  const v = verbs[verbs.length - 1];
  // (a workshop built with no body or place written to build it, 车间还设立了…, 新成立的…, 以他名字命名的…, holds no title
  // of the issuer's: no level; one a union or the writer's place builds, 市总工会…设立…, 我市已依托…建立…, is that body's)
  if (builtHere(before.slice(0, v.index! + v[0].length), v[0], r) && !actorWritten(before.slice(0, v.index), r)) return null;
  // (its object runs on to the workshop, or to a count the workshop is listed out of: 为5个工作室授牌，其中A、B; a
  // workshop told of after the conferment, 新命名…3个，由某某领衔的A, and one put off, 暂缓命名, are not said to be one)
  const rest = before.slice(v.index! + v[0].length);
  if (/[，,]/.test(rest) && !new RegExp(`[，,](?:其中|${r.listOpeners.join('|')})[：:]?[^，,]*$`).test(rest)) return null;
  const subject = before.slice(0, v.index);
  if (/(?:暂缓|未|不予|拟|撤销|取消)$/.test(subject)) return null;
  return bodyLevel(subject, home, r);
}

/** the set-up verb `v` that ends `upTo` is one of building (建立, 成立, 设立) or ends a longer one (名字|命名), per
 * rules/workshop-names.yaml builtVerbs; 挂牌成立 is a plaque's */
const builtHere = (upTo: string, v: string, r: WorkshopNameRule): boolean =>
  r.builtVerbs.some((b) => b === v || (b.length > v.length && upTo.endsWith(b)));

/** a body of rules/workshop-names.yaml setUpBodies (总工会, 人社局) or the writer's own place (我市, 我县) in `subject` */
const actorWritten = (subject: string, r: WorkshopNameRule): boolean =>
  /我[省市州盟县区旗]/.test(subject) || r.setUpBodies.some((b) => subject.includes(b));

/** the level of the body a clause's subject writes (胶州市总工会 → county, 县人社局 → county, a bare 市 the document's own
 * city's); no body written, the issuer's own, unless a unit (公司, 医院) or a town (镇里, 乡政府) is the one that acts */
function bodyLevel(subject: string, home: HomeLevels, r: WorkshopNameRule): Level | null {
  const bodies = [...subject.matchAll(new RegExp(`(${r.setUpBodies.join('|')})`, 'g'))];
  if (!bodies.length) return UNIT_INSIDE.test(subject) || TOWN_ACTS.test(subject) ? null : home.issuer;
  const b = bodies[bodies.length - 1];
  const head = subject.slice(Math.max(0, b.index! - 12), b.index);
  for (let k = 0; k < head.length - 1; k++) {
    const pl = placeAt(head, k);
    if (pl && head.startsWith(pl.name, k) && k + pl.name.length === head.length) return placeLevel(pl.name);
  }
  const bare = /(省|自治区|市|州|盟|县|区|旗)$/.exec(head);
  return bare ? gradeLevel(bare[1], home.city) : null;
}

/** a town or a village as the one that acts (镇里同时为…揭牌, 村上为…挂牌): below a county, no level a workshop holds */
const TOWN_ACTS = /(?:镇|乡|村|街道|社区)(?:里|上)/;

/** the plaque verbs whose object 为 writes before them (会上，某总工会为“某某”…工作室授牌) */
/** (quoted names may follow each other with no mark between, and their count close the list: 为“A”“B”2个工作室授牌) */
const PLAQUE_AFTER = /^[”"」]?(?:(?:(?:和|与|及|、)[“"「]?|[“"「])[^，。；\n]{2,40}?工作[室站][”"」]?)*(?:等?(?:\d+|[一二两三四五六七八九十]+)[个家]工作[室站])?(?:授牌|揭牌|挂牌|颁牌)/;

/** the words between 为 and a workshop that is the plaque's object: the name's opening quotation mark, after an attribute of
 * the newly named (为新命名的“A”…) and the items joined before it (为“A”和|“B”授牌) */
const PLAQUE_OBJECT = /^(.*)为(?:新(?:命名|认定|评定|确定|组建|建成)的)?(?:[“"「][^“”"「」\n]{2,40}?工作[室站][”"」](?:和|与|及|、)?)*[“"「]?$/;

/**
 * The level of the body that gave a workshop its plaque, written 为 W 授牌 (会上，市总工会为“某某”刺绣工匠工作室授牌;
 * 仪式上还为某某工作室揭牌, no body written: the issuer's): the workshop, alone or with others joined to it, is the
 * object of 为 and the plaque verb follows it.
 */
function plaqueGivenBy(text: string, w: Workshop, home: HomeLevels, r: WorkshopNameRule): Level | null {
  const before = text.slice(sentenceStart(text, w.start), w.start).replace(/^.*[；;]/, '');
  const m = PLAQUE_OBJECT.exec(before);
  if (!m || !PLAQUE_AFTER.test(text.slice(w.end, sentenceEnd(text, w.end)))) return null;
  return bodyLevel(m[1], home, r);
}

/** the level a conferred title states: 省级 / 自治区级 / 市（州）级 / 国家级 / 全国, or the place it opens with */
function phraseLevel(phrase: string, city: Level = 'municipal'): Level | null {
  // (a title quoted after 为, 确定5个工作室为“某县技能大师工作室”, opens with its place inside the quotation mark)
  // (a batch word, 第二批 or 首批, may stand before the quotation mark: 认定6家工作室为首批“某县…工作室”)
  const t = phrase.replace(/\d{4}年度?|(?:第[一二三四五六七八九十\d]+|首)批/g, '').replace(/^[“"「]/, '');
  if (/^(?:全国|国家级)/.test(t)) return 'national';
  // (an autonomous region's title, 自治区示范性…工作室, is of a province's rank)
  if (/^自治区/.test(t)) return 'provincial';
  // (a prefecture's 地区级, 盟级 and 州级 alike, no district's 区级)
  const grade = /(省|自治区|地区|市|州|盟|县|区)(?:（州）)?级/.exec(t);
  // (a place's name then 级 is that place's level: 赤水市级 is a county-level city's, 遵义市级 a prefecture's)
  const placed = grade && [...Array(Math.min(grade.index, 8)).keys()].map((k) => placeAt(t, grade.index - k - 1))
    .find((p) => p && t.startsWith(p.name, grade.index + 1 - p.name.length) && p.name.length >= 2);
  if (placed) return placeLevel(placed.name);
  if (grade) return gradeLevel(grade[1], city);
  const pl = placeAt(t, 0);
  return pl ? placeLevel(pl.name) : null;
}

/** a title whose quotation opens with a place's short name (首批“某某工匠”工作室, a county's own brand): the level of the
 * place the text writes in full with it (某某市, 某某县), when it is the level of the document's issuer, whose brand it
 * is; none when the text writes no such place (a brand named for a hill, “某山名匠”, may share a district's name) */
function shortPlaceLevel(phrase: string, text: string, home: HomeLevels): Level | null {
  const m = /^(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]+批|首批)?[“"「]([\u4e00-\u9fa5]{3})/.exec(phrase);
  if (!m) return null;
  for (const short of [m[1].slice(0, 2), m[1]]) {
    const full = new RegExp(`${short}[市县区旗州盟]`).exec(text);
    const pl = full && placeAt(full[0], 0);
    if (pl && pl.name === full[0]) return placeLevel(pl.name) === home.issuer ? home.issuer : null;
  }
  return null;
}

/** the level the document's title gives workshops of `type`: 省级 / 市（州）级 or a place right before the type */
function titleLevel(docTitle: string | null, type: string, city: Level): Level | null {
  const t = (docTitle ?? '').replace(/\d{4}年度?|(?:第[一二三四五六七八九十\d]+|首)批/g, '').replace(/（[\u4e00-\u9fa5]{1,4}）/g, '');
  // a title naming a class that spans the types (万州区劳模（工匠）创新工作室, 劳模和工匠人才创新工作室)
  // covers a named workshop of any of them
  const cls = /(?:劳模|工匠|职工)[和及与]?(?:工匠人才|工匠)?创新工作室/.exec(t);
  // (a bare 创新工作室 inside the class's name is that class's: the place stands before the class, 某县劳模和工匠人才创新工作室)
  const inClass = cls && /创新工作室$/.test(type) && cls[0].endsWith(type);
  const at = inClass ? cls.index : t.includes(type) ? t.indexOf(type) : /创新工作室$/.test(type) && cls ? cls.index : -1;
  if (at < 0 || !/公布|命名|认定|确定|入选|名单|获批|授牌/.test(t)) return null;
  const grade = /(省|自治区|市|州|盟|县|区)(?:（州）)?级$/.exec(t.slice(0, at));
  if (grade) return gradeLevel(grade[1], city);
  // (the place as written: a short form the gazetteer knows, 某某县 for 某某傈僳族自治县, ends where it is written)
  for (let k = Math.max(0, at - 12); k < at - 1; k++) {
    const pl = placeAt(t, k);
    if (pl && k + placeSpan(t, k) === at) return placeLevel(pl.name);
  }
  return null;
}

/** a short form's type (劳模工作室 → 劳模创新工作室), unless the document writes the full type too: one that writes
 * both (命名陈某劳模工作室…为劳模创新工作室) tells two kinds apart, and each keeps the word it is written with */
function typeWritten(text: string, alias: string, shortForms: Record<string, string>): string {
  const full = shortForms[alias];
  // (a longer spelling of the same word, 劳动模范创新工作室, is always the short form's)
  return full && (full.length < alias.length || !text.includes(full)) ? full : alias;
}

/**
 * Every named workshop in the text. `honours` are the document's honours (the conferred titles
 * among them give levels); `people` the people already found (leaders in 领衔人 cells).
 */
export function namedWorkshops(text: string, docTitle: string | null, honours: Award[], people: Entity[], r: PeopleRules, w: WorkshopNameRules,
  home: HomeLevels = { city: 'municipal', issuer: null }): Workshop[] {
  const titles = honours.filter((h) => /工作[室站](?:建设项目)?$/.test(h.name));
  // a class the document confers (陇南市|乡村工匠名师工作室) is a type of its own there, longest first; the
  // bare 工作室 last: a studio whose name ends in no known type (语文教学工作室) is of the plain type
  const aliases = [...titleClasses(titles, w.aliases), ...w.aliases].sort((a, b) => b.alias.length - a.alias.length)
    .concat([{ alias: '工作室', type: '工作室' }]);
  const out: Workshop[] = [];
  const proposal = proposes(docTitle, w.rule) || proposesInOpening(text, w.rule, docTitle);
  for (const a of aliases) {
    for (let i = text.indexOf(a.alias); i >= 0; i = text.indexOf(a.alias, i + 1)) {
      const e = i + a.alias.length;
      if (typeAt(text, e, aliases)?.alias !== a.alias) continue; // a longer alias owns this end
      if (out.some((w) => w.end === e)) continue;
      // a named workshop's type is the one its name writes (工匠人才创新工作室), a short form expanded
      const f = namedAt(text, i, e, typeWritten(text, a.alias, w.rule.shortForms), people, r, w);
      // (a place or a level and the type is the title conferred, no workshop's own name: “自治区示范性…创新工作室”)
      if (!f || isTitle(f.w, aliases)) continue;
      // (a name that is the type alone, a heading's （一）技能大师工作室。, names no workshop)
      if (aliases.some((x) => x.alias === f.w.name)) continue;
      // (nor one that refers back to those named before, 上述工作室各具特色：由某某领衔的…)
      if (refersBack(f.w, w.rule.referWords)) continue;
      f.w.leader = leaderAsNamed(text, f.w, transcribedAsWritten(text, f.w, people, r), people, r, w);
      // (a first word read as the leader and then found no name, 冷链|快递…: a lead clause before it may state the real one,
      // 某某领衔的“梯田|稻作…”, or a later clause of its sentence, …工作室的领衔人是技术员某某)
      const led = !f.w.leader && f.leaderAt !== null ? ledCraft(text, i, e, f.w.type, people, r, w) : null;
      if (led) f.w = led.w;
      else if (!f.w.leader && f.leaderAt !== null) f.w.leader = leaderBefore(text, f.w.start, r, w, people) ?? leaderStated(text, e, r, w, people)?.name ?? null;
      // a bare 工作室 (“海韵”语文教学工作室) is a name only on a line that labels its leader (an annex row)
      // (or as an item of an enumeration of workshops written with its leader's name: 认定刘某竹编技艺传承工作室等6个工作室)
      // (or as the short form of a motto-named workshop the text names in full: “香飘四海”工作室, of its full type)
      const [full, back] = a.alias === '工作室' ? shortFormsOf(out, f.w, aliases) : [null, null];
      // (or as a whole quoted name opened by its leader's full name: 设立“某某银饰锻制技能传承工作室”)
      const quotedLed = !!f.w.leader && !!f.w.name?.startsWith(f.w.leader) && /[“"「]/.test(text[f.w.start - 1] ?? '') && /[”"」]/.test(text[e] ?? '');
      // (or as an item of an enumeration of workshops: 认定A、某某医院“仁心”护理技能工作室等5个工作室)
      // (or as a workshop a lead verb gives its leader: 由某某领衔的“春雷”设备维修工作室)
      // (or as a workshop a clause of building gives, opened by its leader's name: 依托某医院建设的某某中药炮制技艺工作室)
      const built = !!f.w.leader && !!f.w.name?.startsWith(f.w.leader) && builtFor(text, f.w.start, w);
      // (or as a craft's workshop whose own sentence states its leader: 某某种植工作室由技术员某某牵头组建)
      if (a.alias === '工作室' && !leaderOnLine(people, text, e, w) && !enumeratedWithLeader(text, f.w) && !full && !enumerated(text, f.w.start, e) && !quotedLed && !built &&
        !statedAfter(text, e, r, w, people) &&
        !(f.w.leader && leaderBefore(text, f.w.start, r, w, people) === f.w.leader)) continue;
      if (full) f.w.type = full.type;
      // (本年度命名的|工作室: what is left after the owner names no workshop, only the type)
      if (a.alias === '工作室') { const owned = ownedPart(text, f.w); if (owned !== f.w && nothingBeforeType(owned)) continue; f.w = owned; }
      f.w = withOwnPlace(text, { ...f.w, leader: wholeLeader(text, f.w, people) }, w);
      // (whatever path read it, a leader must read as a person's name: 某某不变 of 领衔人某某不变 is no name)
      if (f.w.leader && notAName(f.w.leader, w)) f.w.leader = null;
      f.w.leader = openingOrStated(text, f.w, r, w, people);
      // (a proposal names none yet, though it may say the grade one already holds: “某某工作室”为某市级…工作室)
      f.w.level = proposal ? gradedAs(text, f.w, home.city) : levelOf(text, f.w, titles, docTitle, home, w) ?? full?.level ?? null;
      // (a name ending in the bare 工作室, “松风”竹编技艺传承工作室, holds the type of the title it was conferred)
      if (f.w.type === '工作室') f.w.type = conferredType(text, f.w, titles, w.aliases) ?? f.w.type;
      out.push(back ? { ...f.w, name: back.name, type: back.type, leader: back.leader ?? f.w.leader } : f.w);
    }
  }
  const again = proposal ? mentionedAgain(text, out, r, w, people) : conferredOnMention(text, mentionedAgain(text, out, r, w, people), titles, w.aliases, home, w.rule);
  return withoutHeadlines(text, sameLevel(formerLatter(text, respectiveLeaders(text, again.sort((x, y) => x.start - y.start), r, w), r, w, people)));
}

/** two workshops named as a pair and taken up in the next sentence as the former and the latter (…为A和B。前者由甲领衔…；
 * 后者…由乙领衔): each has the leader its own clause gives. The clause of 前者 runs to 后者 or the sentence's end */
function formerLatter(text: string, ws: Workshop[], r: PeopleRules, w: WorkshopNameRules, people: Entity[]): Workshop[] {
  const [former, latter] = w.rule.pairReferents;
  const links = w.rule.jointLeading.links;
  const clauseOf = (word: string, from: number, to: number): string | null => {
    const at = text.slice(from, to).indexOf(word);
    if (at < 0) return null;
    const s = from + at + word.length;
    const e = word === former ? Math.min(...[text.indexOf(latter, s), sentenceEnd(text, s)].filter((x) => x >= 0)) : sentenceEnd(text, s);
    return ledBy(s, text.slice(s, e), r, w, people)?.name ?? null;
  };
  return ws.map((x) => {
    if (!x.name || x.leader) return x;
    const pairEnd = new RegExp(`^[”"」]?[${links}][^，。；;\n]{2,40}?工作[室站][”"」]?[。；;]`).exec(text.slice(x.end, x.end + 48));
    if (pairEnd && text.startsWith(former, x.end + pairEnd[0].length)) return { ...x, leader: clauseOf(former, x.end + pairEnd[0].length, x.end + pairEnd[0].length + 2) };
    const opened = new RegExp(`工作[室站][”"」]?[${links}][“"「]?$`).test(text.slice(Math.max(0, x.start - 8), x.start));
    const close = /^[”"」]?[。；;]/.exec(text.slice(x.end, x.end + 2));
    if (!opened || !close) return x;
    const next = sentenceEnd(text, x.end + close[0].length);
    return text.startsWith(former, x.end + close[0].length) ? { ...x, leader: clauseOf(latter, x.end, next) } : x;
  });
}

/** a leader read off the first words of a workshop's name (鹿产品|精深加工…, 杨梅|茯苓…) is the text's word, not its
 * leader, where the text states someone else as the leader: of this mention (由某某领衔的“…”, …工作室由某某负责,
 * 领衔人是某某), who is the leader, or of another mention of the same name (…在某某工作室，领衔人某某…), where it is
 * stated: here none. A leader the document names as a person elsewhere keeps the name, and so does a name that is
 * the person and the type alone (rules/workshop-names.yaml: 由某某领衔的某某某劳模创新工作室). */
function openingOrStated(text: string, x: Workshop, r: PeopleRules, w: WorkshopNameRules, people: Entity[]): string | null {
  const lead = x.leader;
  // (a name of the leader and the type alone, 某某劳模创新工作室, is named after that person whoever leads it now)
  if (!lead || !x.name?.startsWith(lead) || x.name.length - lead.length - x.type.length < 2 || lead.includes('·') || namedElsewhere(text, lead, x.start, x.end, r)) return lead;
  const other = (y: string | null | undefined) => !!y && y !== lead && !y.startsWith(lead) && !x.name!.includes(y);
  const here = [leaderBefore(text, x.start, r, w, people), leaderAfter(text, x.end, r, w), leaderStated(text, x.end, r, w, people)?.name].find(other);
  if (here) return here;
  for (let i = text.indexOf(x.name); i >= 0; i = text.indexOf(x.name, i + 1)) {
    const e = i + x.name.length;
    if (i !== x.start && [leaderAfter(text, e, r, w), leaderStated(text, e, r, w, people)?.name].some(other)) return null;
  }
  return lead;
}

/** a mention read again after its leader was found (县总工会将A、B确定为县级劳模创新工作室。A领衔人为某某) takes the title
 * its own clause or a 将…为 conferment gives it: its level, and its type when its name ends in the bare 工作室 */
function conferredOnMention(text: string, ws: Workshop[], titles: Award[], aliases: WorkshopAlias[], home: HomeLevels, rule?: WorkshopNameRule): Workshop[] {
  return ws.map((x) => {
    if (x.level) return x;
    const stated = statedTitle(ownClause(text, x)) ?? enumeratedConferment(text, x, true);
    // (a mention that is the object of a plaque handed over, 为新命名的“A”和“B”授牌, has the level of the body handing it)
    const level = (stated ? phraseLevel(stated, home.city) : null) ?? (rule ? plaqueGivenBy(text, x, home, rule) : null);
    if (!level) return x;
    return { ...x, level, type: x.type === '工作室' ? conferredType(text, x, titles, aliases) ?? x.type : x.type };
  });
}

/** a leader read short, the end of a longer name the document names as a person right there (车间主任格桑|措吉 where
 * 格桑措吉 is found): that person, written in the workshop's sentence after it */
function wholeLeader(text: string, x: Workshop, people: Entity[]): string | null {
  const lead = x.leader;
  if (!lead) return lead;
  const end = sentenceEnd(text, x.end);
  const p = people.find((q) => q.start >= x.end && q.end <= end && q.name.length > lead.length && q.name.endsWith(lead) && text.startsWith(lead, q.end - lead.length));
  return p ? p.name : lead;
}

/** a craft's workshop written after its owner and 的 (某镇的|甜橙种植工作室): its name is the part after the 的, unless
 * the 的 stands inside a quoted motto (“妈妈的味道”工作室) */
function ownedPart(text: string, x: Workshop): Workshop {
  const k = (x.name ?? '').lastIndexOf('的');
  return k < 0 || /[“”"「」]/.test(x.name!.slice(k)) ? x : { ...mk(text, x.start + k + 1, x.end, x.type, x.leader), level: x.level };
}

/** a name that is its type alone, or one character and the type: no workshop is named */
const nothingBeforeType = (x: Workshop): boolean => (x.name ?? '').length - x.type.length < 2;

/** a "name" that is a word referring back (这些, 上述, 各) and a count before the type: those already named, not one */
function refersBack(x: Workshop, referWords: string[]): boolean {
  const head = (x.name ?? '').slice(0, -x.type.length).replace(/(?:\d+|[一二两三四五六七八九十]+)?[个家]$/, '');
  return referWords.includes(head);
}

/** a headline or a contents line (no sentence punctuation) that writes a workshop the article then reports with its leader
 * (◎某镇“某某”劳模创新工作室揭牌 … 工作室由某某领衔): one workshop, kept where the sentence gives its leader */
function withoutHeadlines(text: string, ws: Workshop[]): Workshop[] {
  const line = (at: number) => text.slice(lineStart(text, at), lineEnd(text, at)).trim();
  // (a table's row is a record, no headline)
  const headline = (x: Workshop) => line(x.start).length <= 40 && !/[。，；,;：:|\t]/.test(line(x.start));
  return ws.filter((x) => x.leader || !x.name || !headline(x) || !ws.some((o) => o.name === x.name && o.leader && !headline(o)));
}

/** leaders given in order for the workshops just named (认定A、B和C共3个工作室…。这3个工作室的带头人分别为甲、乙、丙;
 * 领衔人依次是甲、乙): the k-th name is the k-th workshop's leader, where the sentence before (or its own) names
 * exactly as many workshops as it names people; the statement wins over a word read as a leader (管道|焊接…) */
function respectiveLeaders(text: string, out: Workshop[], r: PeopleRules, w: WorkshopNameRules): Workshop[] {
  for (const { at, names } of leaderLists(text, r, w)) {
    const own = sentenceStart(text, at);
    const from = own > 0 ? sentenceStart(text, own - 1) : own;
    // (its own sentence first, where it lists exactly as many: 其余3家分别是A、B和C，分别由甲、乙和丙领衔)
    const inOwn = out.filter((x) => x.start >= own && x.end <= at);
    const named = inOwn.length === names.length ? inOwn : out.filter((x) => x.start >= from && x.end <= at);
    if (names.length < 2 || named.length !== names.length) continue;
    named.forEach((x, k) => { x.leader = names[k]; });
  }
  return out;
}

/** the sentence after `e` hands out two or more leaders in order (…，分别由甲、乙担任带头人。) */
function handedOutAfter(text: string, e: number, r: PeopleRules, w: WorkshopNameRules): boolean {
  const stop = text.indexOf('。', e);
  return leaderLists(text.slice(e, stop < 0 ? text.length : stop + 1), r, w).some((l) => l.names.length >= 2);
}

/** a name after its titles (县级劳动模范|某某, “某某工匠”|某某, 高级讲师|某某): the name that ends the part, where
 * what stands before it ends with a title's word or a quoted honour */
function titledName(part: string, r: PeopleRules): string | undefined {
  const who = nameEnding(part, r);
  if (!who) return undefined;
  const before = part.slice(0, -who.length);
  return /[”"」]$/.test(before) || titleWords(r).some((t) => before.endsWith(t)) ? who : undefined;
}

/** the lists of leaders given in order: the label first (带头人分别为甲、乙) or the names first and the post after
 * (分别由甲、乙担任带头人, 分别由甲、乙领衔) */
function leaderLists(text: string, r: PeopleRules, w: WorkshopNameRules): { at: number; names: string[] }[] {
  const roles = w.rule.leaderRoles.join('|');
  const labelFirst = new RegExp(`(?:${roles})(?:${w.rule.inOrderWords.join('|')})([^。；;，,\n]*)`, 'g');
  // (each name may follow its title, a quoted honour among them: 分别由“某某工匠”甲、县级劳动模范乙和高级讲师丙领衔)
  const namesFirst = new RegExp(`(?:${w.rule.inOrderWords.filter((v) => v.endsWith('由')).join('|')})([\u4e00-\u9fa5·、“”]{2,60}?)(?:担任|出任|任)?(?:${roles}|${w.rule.leadVerbs.join('|')})`, 'g');
  const read = (s: string) => {
    const names: string[] = [];
    for (const part of s.split(/[、和及与]/)) {
      const who = isName(part, r) ? part : /^[\u4e00-\u9fa5“”]{3,20}$/.test(part) ? titledName(part, r) : undefined;
      if (!who) break;
      names.push(who);
    }
    return names;
  };
  return [...text.matchAll(labelFirst), ...text.matchAll(namesFirst)].map((m) => ({ at: m.index!, names: read(m[1]) }));
}

/** a motto that is the name of a person the document names as one outside it (“某某某”选矿创新工作室 … 领衔人 某某某):
 * the workshop is named for its leader (a brand or a stone's name that reads as a name, “龙某玉”, is no person found) */
function namesakeMotto(motto: string, q: number, e: number, people: Entity[], r: PeopleRules): string | null {
  return isName(motto, r) && people.some((p) => p.name === motto && (p.start > e || p.end <= q)) ? motto : null;
}

/** `who` is written as a whole name outside [s, e): a mark (no dot) or an act right after it (某某，, 某某曾获, 某某为) */
function namedElsewhere(text: string, who: string, s: number, e: number, r: PeopleRules): boolean {
  for (let i = text.indexOf(who); i >= 0; i = text.indexOf(who, i + 1)) {
    const after = i + who.length;
    if (i >= s && i < e) continue;
    // (a dot after it makes it the first part of a longer name or a slogan, “某某·某某”: not written whole)
    if (!/[\u4e00-\u9fa5·]/.test(text[after] ?? '') || actWords(r).some((a) => text.startsWith(a, after))) return true;
  }
  return false;
}

/** a leader's name never begins inside a place's name whose first character ends units (镇|江市, 乡|宁县), nor
 * does a place begin inside it and run on past it (和|海北州示范性…: a title's conjunction, then a place) */
function straddlesPlace(text: string, ps: number, len: number): boolean {
  return [1, 2].some((k) => (placeAt(text, ps - k)?.name.length ?? 0) > k || k < len && placeSpan(text, ps + k) >= Math.max(3, len - k + 1));
}

/** the classes of workshop the document's conferred titles name, where no known type is the class: the title
 * without its batch, its place or level and a word of grade (第二批陇南市|乡村工匠名师工作室, 省级|示范性|…); a
 * title that names no place or level is no class (“某某”工作室 of one unit) */
export function titleClasses(titles: readonly { name: string }[], aliases: readonly WorkshopAlias[]): WorkshopAlias[] {
  const out: WorkshopAlias[] = [];
  for (const t of titles) {
    const bare = t.name.replace(/建设项目$/, '').replace(/^(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]+批|首批)?/, '');
    const pl = placeSpan(bare, 0);
    const rest = (pl ? bare.slice(pl) : bare.replace(LEVEL_OPENING, ''))
      .replace(/^(?:级)?(?:示范性|示范|优秀|标杆|星级|重点|先进)/, '');
    if (rest === bare || !/^[\u4e00-\u9fa5]{4,12}工作室$/.test(rest)) continue;
    if (aliases.some((a) => a.alias === rest) || out.some((a) => a.alias === rest)) continue;
    out.push({ alias: rest, type: rest });
  }
  return out;
}

/** the workshop a motto's short form (“香飘四海”工作室) stands for: one named in full with the same motto */
function shortFormOf(found: Workshop[], x: Workshop): Workshop | null {
  const m = /^“([^“”]{2,10})”工作室$/.exec(x.name ?? '');
  return m ? found.find((o) => o.name !== x.name && !!o.name?.startsWith(`“${m[1]}”`)) ?? null : null;
}

/**
 * The workshop a bare short form refers back to, its whole name written elsewhere in the text: one named for its leader
 * (某某工作室 for 某某领衔的…技能大师工作室, or for an annex row that labels 某某 its leader) or one named for its
 * craft with the type cut off (水产品加工工作室 after 水产品加工劳模和工匠人才创新工作室). Only where exactly one name
 * written in full fits: the mention is that workshop, under its whole name.
 */
function referredBack(found: Workshop[], x: Workshop, aliases: WorkshopAlias[]): Workshop | null {
  const m = /^([\u4e00-\u9fa5·]{2,12})工作室$/.exec(x.name ?? '');
  if (!m) return null;
  const head = m[1];
  const fits = found.filter((o) => o.name && o.name !== x.name &&
    (o.leader === head || (o.name.startsWith(head) && aliases.some((a) => a.alias !== '工作室' && o.name === head + a.alias))));
  return fits.length && fits.every((o) => o.name === fits[0].name && (o.leader ?? fits[0].leader) === fits[0].leader) ? fits.find((o) => o.leader) ?? fits[0] : null;
}

/** the workshop a bare short form stands for: a motto's (its name kept as written, of the full type), else one that
 * refers back by the leader or the craft (second: the mention is that workshop, under its whole name) */
function shortFormsOf(found: Workshop[], x: Workshop, aliases: WorkshopAlias[]): [Workshop | null, Workshop | null] {
  const motto = shortFormOf(found, x);
  const back = motto ? null : referredBack(found, x, aliases);
  return [motto ?? back, back];
}

/** a name opened by its leader's name, then the next item of an enumeration of workshops or its closing count */
function enumeratedWithLeader(text: string, x: Workshop): boolean {
  return !!x.leader && !!x.name?.startsWith(x.leader) && /^[”"」]?(?:等[\d一二两三四五六七八九十]+个|、)/.test(text.slice(x.end, x.end + 4));
}

/** the one workshop with a level whose name `w`'s name ends, the place or the unit that opens it dropped (陇西县|中药材
 * 加工劳模创新工作室 named at a level, then written 中药材加工劳模创新工作室): a short form of it, when no other name it
 * ends gives another level; a name no longer than its type and two characters is no short form */
function writtenInFull(ws: Workshop[], w: Workshop): Workshop | undefined {
  const name = w.name;
  if (!name || name.length - w.type.length < 2) return undefined;
  const full = ws.filter((o) => o.level && o.name && o.name.length > name.length && o.name.endsWith(name));
  return full.length && full.every((o) => o.level === full[0].level) ? full[0] : undefined;
}

/** a workshop mentioned again (its leader interviewed a paragraph later) keeps the level it was named at, and the type of
 * the title it was named when its name ends in the bare 工作室 */
export function sameLevel(ws: Workshop[]): Workshop[] {
  const like = (w: Workshop, k: 'level') => ws.find((o) => o.name === w.name && o[k]) ?? writtenInFull(ws, w);
  const typed = (w: Workshop) => (w.type === '工作室' ? ws.find((o) => o.name === w.name && o.type !== '工作室')?.type ?? w.type : w.type);
  return ws.map((w) => (w.level ? { ...w, type: typed(w) } : { ...w, level: like(w, 'level')?.level ?? null, type: typed(w) }));
}

/** a name found once with its leader (an annex line) is the same workshop where the text writes that name again after
 * a unit or on its own (命名某建工有限公司钢筋工技能大师工作室等8个工作室为…); a name found with none, where the mention
 * pairs it with its leader (带头人分别为：甲…工作室某某（…）) */
function mentionedAgain(text: string, ws: Workshop[], r: PeopleRules, rules: WorkshopNameRules, found: Entity[]): Workshop[] {
  const out = [...ws];
  // (the leaders found are people the text names, where the surname list lacks theirs: 由甲和乙共同领衔 in the text, 甲、乙 in
  // the annex's leader cell)
  const people = [...found, ...ws.flatMap((x) => (x.leader ? [{ type: 'person' as const, name: x.leader, canonical: x.leader, role: null, text: x.leader, start: x.start, end: x.end, rule: 'person.workshop-leader' }] : []))];
  for (const w of ws.filter((x) => x.name)) {
    for (let i = text.indexOf(w.name!); i >= 0; i = text.indexOf(w.name!, i + 1)) {
      const e = i + w.name!.length;
      // the leader is stated where the mention states it: in the name (王某劳模创新工作室), or by its label in the
      // mention's own sentence (其中，某某工作室领办人某某…; …工作室带头人、“某某工匠”某某…), not for a craft or a
      // motto whose leader only the annex line names (held7–held13 gold: 命名“启航”…工作室等… has no leader)
      const stated = !!w.leader && (w.name!.includes(w.leader) || leaderStated(text, e, r, rules, people)?.name === w.leader);
      const paired = pairedLeader(text, i, e, r, rules);
      const leader = paired ?? (stated ? w.leader : null);
      // (a name found with no leader is found again only where the mention states one; a mention read already as an
      // item of the list takes the leader paired with it)
      const read = out.findIndex((o) => o.start === i && o.end === e && !o.leader);
      // (a name found with no leader whose later mention states one, …工作室由“某某工匠”某某领衔: found again with it)
      const own = !w.leader && !paired && read < 0 ? leaderAfter(text, e, r, rules) ?? leaderStated(text, e, r, rules, people)?.name ?? null : null;
      if (read >= 0 && paired) out[read] = { ...out[read], leader: paired };
      // (a mention read with no leader whose own sentence states the one the annex gives: …工作室由某厂的两位老匠人甲和乙
      // 共同领衔, where the surname list lacks 甲's)
      else if (read >= 0 && stated && w.leader && !w.name!.includes(w.leader)) out[read] = { ...out[read], leader: w.leader };
      else if ((w.leader || paired || own) && !out.some((o) => o.start < e && i < o.end)) out.push({ ...w, leader: leader ?? own, text: w.name!, start: i, end: e, level: null });
    }
  }
  return out;
}

/** a leader's label and a word that hands the leaders out in order (带头人分别为): built once per rules object */
const inOrderOpener = (w: WorkshopNameRules): RegExp => perRules(w, 'workshop-names.in-order-opener', () =>
  new RegExp(`(?:${w.rule.leaderRoles.join('|')})(?:${longestFirstWords(w.rule.inOrderWords).join('|')})`));

/** the leader written right after a name as an item of a list whose opener hands out the leaders one to each (上述
 * 工作室的带头人分别为：甲…工作室某某（…）；乙…工作室某某（…）): the person's name between the name and the item's note
 * or mark */
function pairedLeader(text: string, i: number, e: number, r: PeopleRules, w: WorkshopNameRules): string | null {
  if (!inOrderOpener(w).test(text.slice(sentenceStart(text, i), i))) return null;
  const m = /^([\u4e00-\u9fa5·]{2,12}?)[（(，,；;。]/.exec(text.slice(e, e + 14));
  return m && isName(m[1], r) ? m[1] : null;
}

/** for --explain: quoted honours right before a workshop type, which name a class of workshops, not one
 * (“克拉玛依工匠”创新工作室) */
export function honourMottos(text: string, w: WorkshopNameRules): { text: string; start: number; end: number; why: string }[] {
  const aliases = w.aliases;
  const out: { text: string; start: number; end: number; why: string }[] = [];
  for (const m of text.matchAll(/“([^“”\n]{2,10})”/g)) {
    const end = m.index! + m[0].length;
    const a = aliases.find((x) => text.startsWith(x.alias, end));
    if (!a || !w.honourEndings.some((e) => m[1].endsWith(e))) continue;
    out.push({ text: text.slice(m.index!, end + a.alias.length), start: m.index!, end: end + a.alias.length, why: `the quoted “${m[1]}” is an honour (rules/conferment.yaml endings): the workshops its holders lead, not one workshop's name` });
  }
  return out;
}

/** a level word that opens a conferred title with no place's name: the autonomous regions' 自治区 is a province's
 * (自治区示范性劳模…创新工作室), the grades written with 级 */
const LEVEL_OPENING = /^(?:全国|国家级|省级|自治区级?|市级|县级|州级|区级)/;

/** a place or a level and the type, nothing of its own: 大连市职工创新工作室, 省级劳模创新工作室 */
function isTitle(w: Workshop, aliases: WorkshopAlias[]): boolean {
  const bare = (w.name ?? '').replace(/[“”"]/g, '').replace(/^(?:\d{4}年度?|第[一二三四五六七八九十\d]+批)/, '');
  // (the place as written, which may be a short form longer or shorter than its full name: 印江自治县)
  const pl = placeAt(bare, 0) ? placeSpan(bare, 0) : 0;
  // a bracketed alternative in a class's name (劳模（工匠）创新工作室) names the same class
  // a word of grade between the place and the type (营口市|示范性|创新工作室) makes it a title as well
  const rest = (pl ? bare.slice(pl) : bare.replace(LEVEL_OPENING, '')).replace(/（[\u4e00-\u9fa5]{1,4}）/g, '')
    .replace(/^(?:级)?(?:示范性|示范|优秀|标杆|星级|五星级|四星级|重点|先进)/, '');
  return rest !== bare && aliases.some((a) => rest === a.alias || rest === a.alias.replace(/^劳模/, '') || staffClass(rest, a.alias));
}

/** a class a body confers on its workers' workshops, 职工 before a type that names no workers (某市|职工|技能大师工作室) */
const staffClass = (rest: string, alias: string): boolean => rest === `职工${alias}` && !alias.startsWith('职工');

/**
 * The extractor's workshops with the named ones put in: a named workshop replaces the type
 * mentions inside its span; a workshop named like a conferred title (大连市职工创新工作室) loses its
 * name (it is the title, not the workshop's own name).
 */
export function mergeWorkshops(existing: Workshop[], named: Workshop[], honours: Award[], aliases: WorkshopAlias[]): Workshop[] {
  const titles = honours.filter((h) => /工作[室站]$/.test(h.name)).map(titleSpan);
  const keep = existing
    .filter((w) => !named.some((n) => overlaps(n, w)))
    .map((w) => (w.name && (insideAny(titles, w.start, w.end) || isTitle(w, aliases)) ? { ...w, name: null, leader: null } : w));
  return [...keep, ...named].sort((a, b) => a.start - b.start);
}

/** where a workshop title is written inside its conferment (命名“某某工作室”等2个工作室为|县劳模创新工作室): the
 * title's own words, so that a workshop the same clause names keeps its name; the whole clause when the title is not
 * written as it is named */
function titleSpan(h: Award): { start: number; end: number } {
  const k = h.text.lastIndexOf(h.name);
  return k < 0 ? h : { start: h.start + k, end: h.start + k + h.name.length };
}

/** the leaders as people: a workshop is named after its leader, who holds the leader's post (领衔人,
 * the first of rules/workshop-names.yaml leaderRoles) even where the line does not say so */
export function leaderPeople(named: Workshop[], text: string, w: WorkshopNameRules): Entity[] {
  const role = w.rule.leaderRoles[0] ?? null;
  const inName = named
    .filter((x) => x.leader && x.name?.startsWith(x.leader))
    .map((x) => ({ type: 'person' as const, name: x.leader!, canonical: fullForm(text, x.leader!), role, text: text.slice(x.start, x.start + x.leader!.length), start: x.start, end: x.start + x.leader!.length, rule: 'person.workshop-leader' }));
  return [...inName, ...named.flatMap((x) => [...statedLeader(x, text, w), ...ledLeader(x, text, w), ...rowLeader(x, text, w), ...bracketedLeader(x, text, w)])];
}

/** a leader the workshop's row gives in a cell of its own (1．某工作室／某公司／某某 under 按工作室名称／依托单位／带头人排列):
 * the person where the cell names them, with the legend's label for a role */
function rowLeader(x: Workshop, text: string, w: WorkshopNameRules): Entity[] {
  if (!x.leader || x.name?.includes(x.leader)) return [];
  const c = columnLeader(text, x.end, w.rule.recordColumns, w.people, w.rule.unitEnds);
  if (!c || c.name !== x.leader) return [];
  return [{ type: 'person' as const, name: c.name, canonical: c.name, role: c.role ?? w.rule.leaderRoles[0] ?? null, text: text.slice(c.start, c.end), start: c.start, end: c.end, rule: 'person.workshop-leader' }];
}

/** a leader the record's note in brackets names first (某工作室——某公司（某某，高级技师）): the person where the note names them */
function bracketedLeader(x: Workshop, text: string, w: WorkshopNameRules): Entity[] {
  if (!x.leader || x.name?.includes(x.leader)) return [];
  const c = bracketLeader(text, x.end, recordSpanEnd(text, x.end), w.people, w.rule.leaderRoles);
  if (!c || c.name !== x.leader) return [];
  return [{ type: 'person' as const, name: c.name, canonical: c.name, role: c.role ?? w.rule.leaderRoles[0] ?? null, text: text.slice(c.start, c.end), start: c.start, end: c.end, rule: 'person.workshop-leader' }];
}

/** a leader a lead verb names before the workshop (由竹编艺人某某领衔的“竹语”…工作室): the person where the name is written */
function ledLeader(x: Workshop, text: string, w: WorkshopNameRules): Entity[] {
  if (!x.leader || x.name?.includes(x.leader)) return [];
  const from = Math.max(0, x.start - 40);
  const m = new RegExp(`${x.leader}(?:${w.rule.leadVerbs.join('|')})的`).exec(text.slice(from, x.start));
  if (!m) return [];
  const at = from + m.index;
  return [{ type: 'person' as const, name: x.leader, canonical: x.leader, role: w.rule.leaderRoles[0] ?? null, text: x.leader, start: at, end: at + x.leader.length, rule: 'person.workshop-leader' }];
}

/** a leader a later clause states by the label (…，带头人覃某从事…): the person where the label names them */
function statedLeader(x: Workshop, text: string, w: WorkshopNameRules): Entity[] {
  if (!x.leader || x.name?.includes(x.leader)) return [];
  const at = text.indexOf(x.leader, x.end);
  if (at < 0 || at - x.end > 160) return [];
  const label = new RegExp(`(${w.rule.leaderRoles.join('|')})[：:、]?[^，。；,;：:\n]{0,12}$`).exec(text.slice(Math.max(0, at - 16), at));
  if (!label) return [];
  return [{ type: 'person' as const, name: x.leader, canonical: x.leader, role: label[1], text: x.leader, start: at, end: at + x.leader.length, rule: 'person.workshop-leader' }];
}
