// Entities: organisations (issuers, gazetteer aliases from rules/orgs.yaml, names built on an org
// ending), people with their role (rules/roles.yaml), places (rules/places.yaml) and every policy
// title in 《》. Rejected candidates are kept for `explain`.
import type { Entity, ExtractContext } from '../types.js';
import { docFacts, escapeRe, insideTitle, perRules, CJK, LiteralScanner, type DocFacts, type OrgAlias } from './named/doc.js';
import type { Token } from './segmentation.js';
import { nameAt } from './named/people.js';
import { jiebaTag } from './named/jieba.js';
import { partsNameAt, peopleRules } from './named/people-cues.js';
import { contains, duplicateSpans, longestWins } from './refiners/spans.js';
import { autonomousCountyShort, gazetteer } from './named/gazetteer.js';
import { countyCityOf, OFFICE_AFTER } from './named/org-refine.js';
import { lineStart } from '../text-lines.js';
import { foldToSimplified } from '../normalize/fold.js';

export interface EntityCandidate extends Entity {
  rejected: string | null;
  notes: string[];
}

/** the word lists of rules/named-words.yaml the organisation finder reads, as sets (once per rules load) */
interface OrgWords {
  walkStop: Set<string>;
  stop: Set<string>;
  generic: Set<string>;
  /** generic words that name a class even after a one-character seat (市企业工会) */
  classWord: Set<string>;
  notOrg: Set<string>;
  /** direction, ordinal and adjective words inside enterprise names (北方重工, 第一港埠) */
  namePart: Set<string>;
  /** org endings that cannot start a name (工会累计培训… is cut from two clauses) */
  startsWithEnding: RegExp;
  /** the writer's place or a locative opening the clause before a name (我区, 园区内), longest first */
  leadCut: string[];
  /** endings that name a kind of body unless a place or a proper name stands before them */
  kindEnding: RegExp;
  /** endings of a place's own station, plant, park or base: a place, a seat or a unit opens the name */
  placedEnding: RegExp;
  /** kind endings and a service centre (服务中心): after 全市 or 乡镇 they count a class of bodies */
  kindOrService: RegExp;
  /** a company's farm or base (…有限公司种植基地): the company is the body */
  companySite: RegExp;
  /** a school's training base or centre (…职业技术学校实训基地): the school is the body */
  schoolSite: RegExp;
  /** a post the tagger glues to an ending (中学|教师, 乡工会|主席): the body is the ending's */
  postAfter: Set<string>;
}
const orgWords = (f: DocFacts): OrgWords => perRules(f.rules, 'org.words', () => {
  const w = f.rules.words;
  return {
    walkStop: new Set(w['org.walk-stop']),
    stop: new Set(w['org.stop-word']),
    generic: new Set(w['org.generic-word']),
    classWord: new Set(w['org.class-word']),
    notOrg: new Set(w['org.not-an-org']),
    namePart: new Set(w['org.name-part']),
    startsWithEnding: new RegExp(`^(?:${w['org.ending-not-first'].map(escapeRe).join('|')})(?!$)`),
    leadCut: [...w['org.lead-cut']].sort((a, b) => b.length - a.length),
    kindEnding: new RegExp(`(?:${w['org.kind-ending'].map(escapeRe).join('|')})$`),
    placedEnding: new RegExp(`(?:${w['org.placed-ending'].map(escapeRe).join('|')})$`),
    kindOrService: new RegExp(`(?:${[...w['org.kind-ending'], '服务中心'].map(escapeRe).join('|')})$`),
    companySite: new RegExp(`(?:公司|集团)(?:${w['org.company-site'].map(escapeRe).join('|')})$`),
    schoolSite: new RegExp(`(?:学校|学院|技校|中专|职教中心|职业教育中心)(?:${w['org.school-site'].map(escapeRe).join('|')})$`),
    postAfter: new Set(w['org.post-after']),
  };
});

/** a word that introduces a name after it (则有|新建煤化工有限责任公司, 即|…, 是|…) */
const HAS_NAME = /(?:有|是|即|为)$/;
// (i: a four-character set phrase stands in bodies' names: 精神文明建设办公室)
const NAME_TAGS = /^(?:n|nr|ns|nt|nz|x|vn|v|l|j|b|ng|nrt|nrfg|zg|eng|an|s|i)$/;
/** a one-character preposition fused by jieba with 市/省/县/州 (由市 人力资源…): not part of the name */
// 团市委 / 团州委 / 团县委 (the Youth League's committees) open with 团
// 由 and 被 never stand inside a body's name: a word jieba joined before them goes too (选手由区 人社局,
// 被市 人力资源…)
// (由团某区委…, 我受区政府委托: the subject of a report's opening 受…委托 goes too; 盟 and 旗 are the
// seats of Inner Mongolia: 由盟总工会, 受旗人民政府委托; 月底前|向市总工会报送)
// (由国网某县供电公司: 国网, the State Grid's short form, opens a county's power company)
// (会同 'together with' before 市/省: 市总工会会同市人社局; 会同县 in Hunan keeps its name; 据 'according to': 据市人社局…)
// (…30日内向县人社局报告: the tagger's 内向 'introverted' is 内 'within' and the preposition 向)
const FUSED_PREP = /^(?:[\u4e00-\u9fa5]{0,8}?(?:[由被]|[可内][到向在])|(?:我们?|现|前|还|也)?[向对经将把在从给为与和及同受据有]|会同(?=[市省州区]))(?=师市|[市省县州区盟旗]|团|共青团|中共|国网)/;
/** the first body's name and a verb of acting together after its ending (某局会同, 某会联合, 某中心携手) */
const JOINT_VERB = /^[\u4e00-\u9fa5]{2,16}?(?:局|委|会|办|院|部|厅|中心|政府|公司)(?:会同|联合(?![会社体])|携手|联同)(?=[\u4e00-\u9fa5]{2})/;
const LEADING_GENERIC = /^(?:[一二三四五六七八九十]是|[这那]是|另有|年度|各|全(?=[省市县区州])|本(?=[单部公])|该|其中|有关|相关|所属|其他|其它|[省市县区]内外|[省市县区]内)/;
/** a level word at the start names a class of bodies (省级产业系统公司, 市级部门), not one body */
// (市直机关工会, 省直机关妇工委: the bodies of a level's organs, named by no place, as an addressee line
// lists them; the halves' gold reads them as classes)
const LEVEL_CLASS = /^(?:(?:省|市|县|州|区|乡|镇|国家|地市|州市|县市|市县|省市|各|本)级|[省市县州区]直)/;

/** An org name that is only generic words and org endings (领导小组办公室, 工程技术研究中心, 职工文体协会)
 * names a kind of body: a body's name has a proper part (a place, an owner, a firm's own name). */
function onlyGeneric(name: string, sufs: string[], f: DocFacts): boolean {
  const parts = genericParts(sufs, f);
  let rest = name;
  for (let guard = 0; rest && guard < 20; guard++) {
    const p = parts.get(rest.charCodeAt(rest.length - 1))?.find((x) => rest.endsWith(x));
    if (!p) break;
    rest = rest.slice(0, -p.length);
  }
  return rest.length === 0;
}

/** 省总工会直属基层工会: a complete body, then 直属 / 所属 / 下属 and generic words: the bodies under it */
function classUnder(name: string, sufs: string[], f: DocFacts): string | null {
  const m = /^(.{2,}?)(直属|所属|下属|基层)(.+)$/.exec(name);
  // (基层 'grassroots': 某县总工会|基层工会 are the unions under the county's; a department in 基层 is the body's own, 基层工作部)
  if (!m || !sufs.some((x) => m[1].endsWith(x)) || !(m[2] === '基层' ? /^工会(?:组织)?$/.test(m[3]) : onlyGeneric(m[3], sufs, f))) return null;
  return m[2];
}

const partsCache = new WeakMap<string[], Map<number, string[]>>();
/** the generic words and endings, longest first, by their last code unit: only those can end the rest
 * of the name (none is empty: the endings feed a LiteralScanner, which refuses an empty word), and the
 * ~130 of them were each tried at every step. `sufs` is the per-rules-load suffix list, so this is built once. */
function genericParts(sufs: string[], f: DocFacts): Map<number, string[]> {
  let parts = partsCache.get(sufs);
  if (!parts) {
    parts = new Map();
    const all = [...orgWords(f).generic, ...sufs, ...f.rules.words['org.generic-part']].sort((a, b) => b.length - a.length);
    for (const w of all) {
      const c = w.charCodeAt(w.length - 1);
      const list = parts.get(c);
      if (list) list.push(w);
      else parts.set(c, [w]);
    }
    partsCache.set(sufs, parts);
  }
  return parts;
}

/** The org at `start` is an item of an enumeration headed by 各 (送：各州市、省级产业系统公司；
 * 各州（市）委组织部、人力资源社会保障局、国资委…): the 各 distributes over the list, which names
 * classes of bodies, not bodies. The enumeration runs back over 、 (and bracketed 、) to the clause start. */
function inGeListClause(text: string, start: number): boolean {
  let i = start - 1;
  let depth = 0;
  for (; i >= 0; i--) {
    // by code unit: ）) （( and the clause ends ，,。；;：:\n！？
    const c = text.charCodeAt(i);
    if (c === 0xff09 || c === 0x29) depth++;
    else if (c === 0xff08 || c === 0x28) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0x0a || c === 0xff01 || c === 0xff1f)) break;
  }
  const clause = text.slice(i + 1, start);
  // bodies of every level or kind (全省各级教育工会, 各类企业工会) are a class
  if (/各(?:级|类)$/.test(clause)) return true;
  if (!clause.startsWith('各')) return false;
  // only an enumeration: the clause up to the name is items joined by 、 (no verb clause)
  // or the kinds of places of a class (各县（市）区人社局, 各州市总工会, 各乡镇（街道）便民服务中心)
  return clause.includes('、') || /^各(?:[省市县区州旗盟乡镇（）()]|街道|苏木)*$/.test(clause);
}

function mk(type: Entity['type'], name: string, canonical: string, role: string | null, text: string, start: number, end: number, rule: string, notes: string[], rejected: string | null = null): EntityCandidate {
  return { type, name, canonical, role, text: text.slice(start, end), start, end, rule, rejected, notes };
}

const homeCities = new WeakMap<DocFacts, string | null>();
/** the 市 of the document's 市政府, 市委, 市人社局: the county-level city that issues it (廉江市 in a document of
 * 湛江市, 马尔康市 in one of 阿坝州), else the document's city */
function homeCity(f: DocFacts, text: string): string | null {
  if (!homeCities.has(f)) homeCities.set(f, countyCityOf(text, { province: f.province, city: f.city, county: null }) ?? f.city);
  return homeCities.get(f)!;
}

function fill(tpl: string, f: DocFacts, text: string): string | null {
  const city = homeCity(f, text);
  if (tpl.includes('{province}') && !f.province) return null;
  if (tpl.includes('{city}') && !city) return null;
  const prov = f.province ?? '';
  // 中共{province}委 → 中共云南省委
  return tpl.replace('{province}', prov).replace('{city}', city ?? '');
}

/** the document's organisation aliases (f.orgAliases, built once per document; `text` is its text) */
function aliases(f: DocFacts, text: string): OrgAlias[] {
  let a = f.orgAliases;
  if (!a) {
    a = [];
    for (const o of f.rules.orgs) {
      if (o.kind !== 'alias') continue;
      if (o.context && !perRules(f.rules, `org.context:${o.context}`, () => new RegExp(o.context!)).test(text)) continue;
      for (const al of o.aliases) a.push({ alias: al, canonical: fill(o.name, f, text), rule: o.id });
    }
    a.sort((x, y) => y.alias.length - x.alias.length);
    f.orgAliases = a;
  }
  return a;
}

/** canonical of an org name: a gazetteer alias at its start is replaced by the full name; spaces removed */
function canonicalOrg(name: string, f: DocFacts, text: string): string {
  const n = name.replace(/\s+/g, '');
  for (const a of aliases(f, text)) {
    if (!n.startsWith(a.alias) || !a.canonical) continue;
    // the short form cut the full name's last word (市委办|公室 → 中共某市委办公室): the full name
    const rest = n.slice(a.alias.length);
    return rest && a.canonical.endsWith(a.alias.slice(-1) + rest) ? a.canonical : a.canonical + rest;
  }
  // 市人力资源和社会保障局 in a document of 昆明市 → 昆明市人力资源和社会保障局 (省… → the province)
  const lvl = /^([省市州])(?![级直属内外])(?=[\u4e00-\u9fa5]{2})/.exec(n);
  if (lvl) {
    const home = lvl[1] === '省' ? f.province : lvl[1] === '市' ? homeCity(f, text) : f.city;
    if (home && home.endsWith(lvl[1])) return home + n.slice(1);
  }
  return n;
}

/** a school subject's teaching or lesson-preparation group after a school's ending (语文教研组, 数学备课组) */
const SUBJECT_GROUP = /^[\u4e00-\u9fa5]{1,4}(?:教研组|备课组|教研室)/;

/** separators jieba cuts at that no name runs across (a space may: 昆明市 总工会); by code: ，。 tab */
const HARD_STOP = new Set(['，', '。', '\t']);

function tokenContaining(toks: Token[], pos: number): number {
  return toks.findIndex((t) => t.start <= pos && pos < t.end);
}

// The three helpers below build strings with loops where orgCandidates once did map(…).join(…): the
// arrays map() returns change elements kind with their content (empty or not), and each new kind
// deoptimised the org finder (wrong map), a long function to recompile.

/** an issuer's name as a pattern that allows spaces between its characters */
function spacedPattern(iss: string): string {
  let src = '';
  for (const ch of iss.replace(/\s+/g, '')) src += (src ? '\\s*' : '') + escapeRe(ch);
  return src;
}

/** the aliases as one escaped alternation: names the alias list (a key of its scanner) */
function alternation(al: Array<{ alias: string }>): string {
  let src = '';
  for (let i = 0; i < al.length; i++) src += (i ? '|' : '') + escapeRe(al[i].alias);
  return src;
}

/** The words before the ending joined by +, when there are some and all are generic; else null. */
function genericHead(used: Token[], generic: Set<string>): string | null {
  if (used.length < 2) return null;
  let head = '';
  for (let i = 0; i < used.length - 1; i++) {
    if (!generic.has(used[i].word)) return null;
    head += (i ? '+' : '') + used[i].word;
  }
  return head;
}

function orgCandidates(ctx: ExtractContext, f: DocFacts, from: number, to: number): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  issuerOrgs(ctx, f, from, to, out);
  // the accepted alias spans: a name built on an ending that starts inside one starts with it
  const aliasSpans = aliasOrgs(ctx.text, f, from, to, out);
  suffixOrgs(ctx.text, f, from, to, aliasSpans, out);
  return out;
}

/** issuers named by the structure stage, wherever they occur (spaces allowed between characters). A
 * joint notice's issuers stand side by side on its head lines, so the issuer read may be cut or run
 * together: an issuer that starts inside a word is a fragment (…委|员会某局), one the text completes
 * to an ending is taken whole (某卫生健康委|员会), and two bodies a space apart are two. */
function issuerOrgs(ctx: ExtractContext, f: DocFacts, from: number, to: number, out: EntityCandidate[]): void {
  const text = ctx.text;
  const sufs = suffixList(f);
  for (const issuer of ctx.meta.issuers) {
    // (a 来源 line's date run into the body's name when the gap between them is lost: 某县融媒体中心2025-03-07)
    const iss = issuer.replace(/\s*\d{4}(?:[-./年]\d{1,2}){1,2}日?$/, '');
    if (!iss) continue;
    const re = new RegExp(spacedPattern(iss), 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index < from || m.index >= to) continue;
      const at = m.index;
      const inWord = f.seg.tokensBetween(Math.max(0, at - 1), at + 1).some((t) => t.start < at && at < t.end);
      if (inWord && CJK.test(text[at - 1] ?? '')) continue;
      let end = at + m[0].length;
      const done = [3, 2, 1].find((k) => CJK.test(text[end + k - 1] ?? '') && sufs.some((x) => x.length > k && (m![0] + text.slice(end, end + k)).endsWith(x)));
      if (done) end += done;
      for (const part of sideBySide(text, at, end, sufs)) {
        const w = text.slice(part.start, part.end);
        out.push(mk('org', w.replace(/\s+/g, ''), canonicalOrg(w, f, text), null, text, part.start, part.end, 'org.issuer', ['issuer of the document']));
      }
    }
  }
}

/** the org endings of rules/orgs.yaml, longest first (once per rules load) */
function suffixList(f: DocFacts): string[] {
  return perRules(f.rules, 'org.suffix-list', () => {
    const r = f.rules.orgs.find((o) => o.kind === 'suffix');
    return r && r.kind === 'suffix' ? [...r.suffixes].sort((a, b) => b.length - a.length) : [];
  });
}

/** [start, end) split at each space after an org ending that a name of four or more characters follows */
function sideBySide(text: string, start: number, end: number, sufs: string[]): Span[] {
  const parts: Span[] = [];
  let s0 = start;
  const gap = /[ \u3000]+/g;
  gap.lastIndex = start;
  for (let g = gap.exec(text); g && g.index < end; g = gap.exec(text)) {
    const left = text.slice(s0, g.index);
    if (left.length >= 4 && end - (g.index + g[0].length) >= 4 && sufs.some((x) => left.endsWith(x))) {
      parts.push({ start: s0, end: g.index });
      s0 = g.index + g[0].length;
    }
  }
  parts.push({ start: s0, end });
  return parts;
}

type Span = { start: number; end: number };

/** gazetteer aliases; returns the spans of those not rejected */
function aliasOrgs(text: string, f: DocFacts, from: number, to: number, out: EntityCandidate[]): Span[] {
  const al = aliases(f, text);
  const aliasSpans: Span[] = [];
  if (!al.length) return aliasSpans;
  // the alias list depends on the document (context conditions), but only a few variants occur: one
  // compiled regex per variant and rules load
  const sc = perRules(f.rules, `org.aliases:${alternation(al)}`, () => new LiteralScanner(al.map((a) => a.alias)));
  for (let m = sc.next(text, from, to); m; m = sc.next(text, m.index + m[0].length, to)) {
    // the longest alias at the position first; a shorter one where a word runs out of the longer
    // (市委办|公室: 市委 opens 市委办公室)
    for (const a of al) {
      if (a.alias.length > m[0].length || !text.startsWith(a.alias, m.index)) continue;
      const rej = aliasRejection(text, f, m.index, a.alias);
      const end = m.index + a.alias.length;
      if (!rej) aliasSpans.push({ start: m.index, end });
      out.push(mk('org', a.alias, a.canonical ?? a.alias, null, text, m.index, end, a.rule, ['gazetteer alias'], rej));
      if (!rej || !rej.includes('runs out of it')) break;
    }
  }
  return aliasSpans;
}

/** why the alias `alias` found at `at` is not a body of its own, or null */
function aliasRejection(text: string, f: DocFacts, at: number, alias: string): string | null {
  // only the token running into the alias and the one ending right before it are read
  const toks = f.seg.tokensBetween(Math.max(at - 1, lineStart(text, at)), at + 1);
  const t = toks.find((x) => x.start < at && at < x.end);
  if (t && CJK.test(text[at - 1] ?? '')) return `"${t.word}" runs into it: part of a longer word`;
  // a word running out of it (市委办|公室: the alias 市委办 inside 市委办公室)
  const end = at + alias.length;
  const out = f.seg.tokensBetween(end - 1, end + 1).find((x) => x.start < end && end < x.end && x.start >= at);
  if (out && CJK.test(text[end] ?? '') && alias.length >= 3) return `"${out.word}" runs out of it: part of a longer word`;
  const before = toks.find((x) => x.end === at);
  if (/^各/.test(before?.word ?? '')) return 'after 各…: a class of bodies (各州市委…)';
  // (县政府新闻办: the body's news office is named, not the body itself)
  if (OFFICE_AFTER.test(text.slice(end, end + 3))) return 'before 新闻办: its news office, not the body';
  // (市委常委: a member of its standing committee, a post)
  if (/^常委(?!会)/.test(text.slice(end, end + 3))) return 'before 常委: a member of its standing committee, a post';
  // (市委各部门, 县政府各部门: the departments under the body, a class of bodies)
  if (/^各(?:部门|部委|单位|科室)/.test(text.slice(end, end + 3))) return 'before 各部门: the departments under a body, a class';
  if (inGeListClause(text, at)) return 'item of a 各… enumeration: a class of bodies';
  // a short form 省X / 市X / 州X right after a CJK character that is not a function word is the tail
  // of a longer name (各州市委组织部, 楚雄州市总工会…)
  // a two-character verb or preposition of the stop words (围绕市委…, 按照省…) opens a name too
  const stopBefore = orgWords(f).stop.has(text.slice(Math.max(0, at - 2), at));
  if (/^[省市州县区]/.test(alias) && CJK.test(text[at - 1] ?? '') && !stopBefore && !/[和与及的在对向由将把从为经、报送请]/.test(text[at - 1]) && !/^[vpcudr]/.test(before?.tag ?? '')) return `after "${text[at - 1]}": the tail of a longer name`;
  return null;
}

/** what the finder of names built on an org ending reads, fixed for one call of orgCandidates */
interface SuffixScan {
  text: string;
  f: DocFacts;
  words: OrgWords;
  /** the org endings, longest first */
  sufs: string[];
  rule: string;
  aliasSpans: Span[];
  out: EntityCandidate[];
  /** the ending of the name being walked and where it starts (set by suffixOrgAt) */
  ending?: string;
  endingAt?: number;
}

/** names built on an org ending (rules/orgs.yaml kind suffix) */
function suffixOrgs(text: string, f: DocFacts, from: number, to: number, aliasSpans: Span[], out: EntityCandidate[]): void {
  const suffixRule = f.rules.orgs.find((o) => o.kind === 'suffix');
  if (!suffixRule || suffixRule.kind !== 'suffix') return;
  const { sufs, sc } = perRules(f.rules, `org.suffixes:${suffixRule.id}`, () => {
    const sorted = [...suffixRule.suffixes].sort((a, b) => b.length - a.length);
    return { sufs: sorted, sc: new LiteralScanner(sorted) };
  });
  const s: SuffixScan = { text, f, words: orgWords(f), sufs, rule: suffixRule.id, aliasSpans, out };
  // (an ending read inside a longer word may hide one that starts within it: 女职|工委|员会 hides 委员会, so the
  // scan goes on from the next character)
  for (let m = sc.next(text, from, to); m; ) {
    const inside = !suffixOrgAt(s, m.index, m[0]);
    m = sc.next(text, inside ? m.index + 1 : m.index + m[0].length, to);
  }
}

/** Where the tokens are read from for the ending at `at`. Only the runs near the ending are tagged: back
 * to the last ，。 or tab (a one-character jieba run tagged x, which ends every walk left over name-like
 * tokens), at most 64 characters back (the walk ends within 30 in practice). If the walk reaches the
 * first token of a window cut at 64, it is redone on the whole line, so the result is always the
 * whole-line one, and a line with no punctuation does not make every ending tag the whole line. */
function walkWindowStart(text: string, lineStart: number, at: number): number {
  const lo = Math.max(lineStart, at - 64);
  for (let k = at - 1; k >= lo; k--) {
    const c = text.charCodeAt(k);
    if (c === 0xff0c || c === 0x3002 || c === 0x09) return k;
  }
  return lo;
}

/** the name ending with the org ending `ending` found at `at`, if the ending closes a token; false when the
 * ending is inside a longer word */
function suffixOrgAt(s: SuffixScan, at: number, ending: string): boolean {
  const { text, f, words } = s;
  let sEnd = at + ending.length;
  const ls = lineStart(text, at);
  let toks = f.seg.tokensBetween(walkWindowStart(text, ls, at), sEnd);
  let ti = tokenContaining(toks, sEnd - 1);
  if (ti < 0) return true;
  let tok = toks[ti];
  // a person's post glued to the ending (某县第三小学|教师, 某市第二中学|教师): the word is the ending's
  // and a school's subject read with it before its teaching group (某中学|语文教研组, jieba's 中学语文)
  const glued = text.slice(sEnd, tok.end);
  if (tok.end !== sEnd && tok.start < at + ending.length && (words.postAfter.has(glued) || SUBJECT_GROUP.test(text.slice(sEnd, sEnd + 8)))) tok = { ...tok, word: tok.word.slice(0, sEnd - tok.start), end: sEnd };
  // the ending is inside a longer word (中心工作, 委员); keep scanning
  if (tok.end !== sEnd) return false;
  // (a station's 站 read with the 点 after it is 站点, sites of a kind: 新建户外劳动者服务站点4个)
  if (ending.endsWith('站') && text[sEnd] === '点') return true;
  // a member's post of a body's party group (某县总工会党组成员、副主席): the post, the body is the one before 党组
  if (ending === '党组' && /^(?:成员|副?书记)/.test(text.slice(sEnd, sEnd + 3))) return true;
  if (words.notOrg.has(tok.word) && tok.word.length > ending.length - 0 && tok.start < at) return true;
  // a set phrase that ends with such a word (服务大局, 妇女干部): no body either
  // (a word of two or more before it: 服务|大局, never 安|全部)
  if (tok.start < at && [2, 3].some((n) => n > ending.length && tok.word.length - n >= 2 && words.notOrg.has(tok.word.slice(-n)))) return true;
  // the parenthesised form 局（公司）
  const paren = /^（(?:公司|集团|中心|局|总公司|控股)）/.exec(text.slice(sEnd, sEnd + 6));
  if (paren) sEnd += paren[0].length;
  s.ending = ending;
  s.endingAt = at;
  // an ending the tagger cut into words of other kinds (古法|红/a|茶坊): read it whole, the walk starts before it
  const first = toks.findIndex((t) => t.start === at);
  if (tok.start > at && first >= 0 && first < ti) {
    tok = { word: text.slice(at, tok.end), tag: 'n', start: at, end: tok.end };
    ti = first;
  }
  let walked = walkLeft(s, tok, sEnd, toks, ti);
  if (walked.edge && toks[0].start > ls && !HARD_STOP.has(toks[0].word)) {
    toks = f.seg.tokensBetween(ls, sEnd);
    ti = tokenContaining(toks, tok.start);
    walked = walkLeft(s, tok, sEnd, toks, ti);
  }
  const item = listItemStart(s, toks, walked.start, sEnd);
  if (item !== null) walked = { ...walked, start: item, used: toks.filter((t) => t.start >= item && t.end <= sEnd) };
  let start = quotedCampaign(s, toks, walked.start, sEnd) ?? walked.start;
  for (const a of s.aliasSpans) if (a.start < start && start < a.end) start = a.start;
  // (会同 right after a body, 某局（…）会同县财政局, is the verb 'together with'; opening a clause it is the county)
  if (text.startsWith('会同县', start) && /[局委会部厅院办司）”]/.test(text[start - 1] ?? '')) start += 2;
  const fused = FUSED_PREP.exec(text.slice(start, sEnd));
  if (fused) start += fused[0].length;
  else if (prepFusedToTown(text, toks, start)) start += 1;
  const opened = nameOpening(words, text, start, sEnd);
  start = rosterPerson(s, clippedHead(words, text, toks, opened.start), sEnd);
  pushSuffixOrg(s, toks, start, sEnd, opened.geLead, walked.used);
  return true;
}

/** the name [start, sEnd) built on the ending, emitted or rejected; a kind of body (油茶专业合作社) that a place
 * and a trade name the tagger cut stand before is read from the place (placedTrade) */
function pushSuffixOrg(s: SuffixScan, toks: Token[], start0: number, sEnd: number, geLead: boolean, used0: Token[]): void {
  const { text, f } = s;
  const ending = s.ending!;
  const judge = (start: number, used: Token[]) => {
    // a short form of the document's own body (市委, 县政府) opens the name of one of its offices
    // (市委办公室, 市政府办公室): the short form names a place, so the name is no kind of body
    const ownBody = s.aliasSpans.some((a) => a.start === start && a.end < sEnd) && !postBody(text, sEnd);
    return geLead ? 'generic (各…)' : suffixRejection(s, text.slice(start, sEnd), ending, ownBody ? [] : used, start, sEnd, ownBody);
  };
  let start = start0;
  let rejected = judge(start, used0);
  const q = rejected?.startsWith('no place or proper name') ? placedTrade(s, toks, start) : start;
  if (q < start) {
    const again = judge(q, toks.filter((t) => t.start >= q && t.end <= sEnd));
    if (!again) [start, rejected] = [q, again];
  }
  const name = text.slice(start, sEnd);
  s.out.push(mk('org', name.replace(/\s+/g, ''), canonicalOrg(name, f, text), null, text, start, sEnd, s.rule, [`ending ${ending}`], rejected));
  if (!rejected) ellipticalList(s, name, start);
}

/** A cooperative's or a firm's name is place + trade name + trade (灌阳县|千家洞|油茶专业合作社, 琼中|百花岭绿|橙…): the
 * walk left stops at a word of the trade name the tagger read as a numeral, a time word, an adjective or a
 * locative (千家/m, 月季/t, 绿/a). A place of the gazetteer at a boundary (a space, punctuation, a preposition)
 * within six characters of the start, and between them only such words or nouns, opens the name. */
function placedTrade(s: SuffixScan, toks: Token[], start: number): number {
  const { text } = s;
  for (let q = start - 2; q >= Math.max(0, start - 11); q--) {
    const before = text[q - 1] ?? '';
    if (CJK.test(before) && !TRADE_OPENERS.test(before)) continue;
    const n = [5, 4, 3, 2].find((k) => q + k < start && isPlaceWord(text.slice(q, q + k)));
    if (n === undefined) continue;
    const brand = toks.filter((t) => t.end > q + n && t.start < start);
    const inner = text.slice(q + n, start);
    if (inner.length <= 6 && /^[\u4e00-\u9fa5]+$/.test(inner) && brand.every((t) => t.start >= q + n && PLACED_TRADE_TAGS.test(t.tag) && !s.words.stop.has(t.word) && !s.words.walkStop.has(t.word))) return q;
  }
  return start;
}
const TRADE_OPENERS = /[为在由与和及的对向从于]/;
const PLACED_TRADE_TAGS = /^(?:n[srtz]?|ns|a|t|m|f|g|j|b|x|q)$/;

/** A preposition jieba joined to an unknown town's name (对嘉积|镇…, 对铁|王镇…: words it tagged x): no part of the
 * name. True when every word from the preposition to the town's 镇 / 乡 is such an unknown word and the town has
 * two or three characters before its ending, as most have (同普乡: without 同 a town of one character is left, so 同 is the name's). */
function prepFusedToTown(text: string, toks: Token[], start: number): boolean {
  const t0 = toks.find((t) => t.start === start);
  if (!t0 || t0.tag !== 'x' || !/^[对向在从为与同受]/.test(t0.word)) return false;
  const town = /^[\u4e00-\u9fa5]{2,3}?[镇乡]/.exec(text.slice(start + 1, start + 5));
  if (!town) return false;
  const ending = start + town[0].length;
  return toks.filter((t) => t.start < ending && t.end > start).every((t) => t.tag === 'x');
}

/** A roster line (某某, a wide space, 某县交通运输局工会主席) sets a person's name, a gap, then the unit with the post: the
 * walk crossed the gap (a name may: 某市 总工会), so a person's name before it is cut off. The new start. */
function rosterPerson(s: SuffixScan, start: number, sEnd: number): number {
  const { text, f } = s;
  const gap = /[ \u3000]+(?=[^ \u3000]*$)/.exec(text.slice(start, sEnd));
  if (!gap) return start;
  const left = text.slice(start, start + gap.index).replace(/[ \u3000]+/g, '');
  // (a place or a body before the gap is the name's own head: 某县 总工会, 某区 管委会)
  if (left.length < 2 || left.length > 4 || isPlaceWord(left) || /[省市州县区旗盟镇乡村]$/.test(left) || s.sufs.some((x) => left.endsWith(x))) return start;
  // (a roster line opens with the name, whatever its surname: 2 or 3 characters alone before the gap)
  const opensLine = /^[ \u3000\t]*$/.test(text.slice(lineStart(text, start), start)) && left.length <= 3;
  return opensLine || nameAt(left, 0, f)?.name === left ? start + gap.index + gap[0].length : start;
}

/** An item of a list of enterprises (…、启东某某海洋工程配套有限公司、…) is one registered name, place + trade name +
 * trade + form, whatever words the tagger cut it into (配套/a, 制造/v): when the reader stopped inside an item
 * that a 、 bounds on either side and a place opens, the name begins at the place. null: no such item. */
function listItemStart(s: SuffixScan, toks: Token[], start: number, sEnd: number): number | null {
  if (!s.ending || !/(?:公司|集团|厂)$/.test(s.ending)) return null;
  const { text, words } = s;
  const inList = (q: number) => text[q - 1] === '、' || text[sEnd] === '、';
  // (the item opens at a delimiter, the line's start or right after a verb: 授予|芜湖某某配套有限公司、…)
  const opens = (q: number) => q === 0 || /[、，：:；\s]/.test(text[q - 1]) || toks.some((t) => t.end === q && /^v/.test(t.tag) && t.word.length >= 2);
  let best: number | null = null;
  for (let q = start - 1; q >= Math.max(0, sEnd - 20) && CJK.test(text[q]); q--) {
    const t = toks.find((x) => x.start === q);
    // (a clause is no item: no stop word, no ending of another body inside)
    if (t && (words.stop.has(t.word) || words.walkStop.has(t.word))) break;
    if (s.sufs.some((x) => x.length >= 2 && text.slice(q, start).startsWith(x))) break;
    if (opens(q) && inList(q) && [2, 3, 4, 5].some((n) => q + n < start && isPlaceWord(text.slice(q, q + n)))) best = q;
    if (opens(q)) break;
  }
  return best;
}

/** Where the name walked back to `start` begins: after a clause's opening (其中, 另有, 该), a first
 * company and a conjunction (某发电有限公司和|田湾核电站: jieba read 和田), the writer's place or a
 * locative (我区|四川某某有限公司, 园区内|某某公司); `geLead` when 各 opens it (a class of bodies). */
function nameOpening(words: OrgWords, text: string, start: number, sEnd: number): { start: number; geLead: boolean } {
  const lead = LEADING_GENERIC.exec(text.slice(start, sEnd));
  if (lead?.[0] === '各') return { start, geLead: true };
  if (lead) start += lead[0].length;
  const joined = /^.{2,}?(?:公司|集团)[和及与](?=.{4})/.exec(text.slice(start, sEnd));
  if (joined) start += joined[0].length;
  // (a selection's steps: 经专家评审并报某县总工会党组会议研究, 并经某市人社局审定, 并报县委: 并报 / 并经 open the body's clause)
  const step = /^[\u4e00-\u9fa5]{0,8}?并[报经](?=[\u4e00-\u9fa5]{2})/.exec(text.slice(start, sEnd));
  if (step) start += step[0].length;
  // (a body acting with another, 某县就业局会同园区管理方, 某局联合某协会: the verb after the first body's ending
  // closes it, the second name opens after the verb)
  const jointly = JOINT_VERB.exec(text.slice(start, sEnd));
  if (jointly) start += jointly[0].length;
  start += kindBeforePlace(text.slice(start, sEnd));
  const name = text.slice(start, sEnd);
  const cut = words.leadCut.find((w) => name.startsWith(w) && name.length - w.length >= 4);
  return { start: start + (cut?.length ?? 0), geLead: false };
}

/** A name's first one or two characters the walk left at the clause's opening, the tagger having cut the place
 * that opens the name into words of other kinds (（都/d|安/v|密…公司, （宝/nr|日/m|希勒|镇…, 的|暖/a|池塘|镇…): right
 * after an opener (a line's start, a bracket, a list comma, a colon, a space) they belong to the name when they and
 * its start make a county of the gazetteer, or, holding no stop word, a town of two to four characters before
 * 镇 / 乡 / 苏木 that the tagger did not read as one word (a town also after 的). The name's start, moved back over them or not. */
function clippedHead(words: OrgWords, text: string, toks: Token[], start: number): number {
  for (const n of [1, 2]) {
    const k = start - n;
    const head = text.slice(k, start);
    if (k < 0 || !/^[\u4e00-\u9fa5]+$/.test(head)) return start;
    const before = text[k - 1];
    const opener = k === 0 || /[\s\u3000（(、，,。！？：:；;“「《]/.test(before);
    if (opener && [2, 3, 4].some((L) => k + L > start && isPlaceWord(text.slice(k, k + L)))) return k;
    const town = /^[\u4e00-\u9fa5]{2,4}?(?:镇|乡|苏木)/.exec(text.slice(k, k + 7));
    const clean = ![...head].some((c) => words.stop.has(c) || words.walkStop.has(c)) && !words.stop.has(head) && !words.walkStop.has(head);
    // (a word of its own before the town opens the clause: 其中|某镇)
    const word = toks.some((t) => t.start === k && t.end === start && n > 1);
    if (town && town[0].length - n > 1 && clean && !word && !/乡镇|城乡|镇乡/.test(text.slice(k, k + town[0].length + 1)) && (opener || before === '的')) return k;
  }
  return start;
}

/** A kind of enterprise written before one of its kind, as an apposition (牦牛肉加工企业|某县某某食品有限公司,
 * 龙头企业|某某集团): a place right after 企业 / 单位 opens the name. The length of the kind's part, or 0. */
function kindBeforePlace(name: string): number {
  const re = /(?:企业|单位)(?=[\u4e00-\u9fa5]{4})/g;
  for (let m = re.exec(name); m; m = re.exec(name)) {
    const at = m.index + m[0].length;
    if ([2, 3, 4, 5].some((n) => isPlaceWord(name.slice(at, at + n)))) return at;
  }
  return 0;
}

/** A campaign's quoted name inside a body's name (某市“安康杯”竞赛组委会, 某县“五小”活动办公室): the walk
 * stopped at the closing quote; it goes on before the opening one when a place or a seat opens the run
 * there. The new start, or null. */
function quotedCampaign(s: SuffixScan, toks: Token[], start: number, sEnd: number): number | null {
  const { text } = s;
  if (text[start - 1] !== '”') return null;
  const q = text.lastIndexOf('“', start - 2);
  if (q < 0 || start - q > 12 || /[，。、；：\n]/.test(text.slice(q, start))) return null;
  const qi = toks.findIndex((t) => t.start === q);
  if (qi <= 0) return null;
  const w = walkLeft(s, { word: text.slice(q, sEnd), start: q, end: sEnd, tag: 'n' }, sEnd, toks, qi);
  if (w.start >= q) return null;
  const head = text.slice(w.start, q);
  return /^[省市州县区旗]/.test(head) || [2, 3, 4, 5].some((n) => isPlaceWord(head.slice(0, n))) ? w.start : null;
}

/** why the name text[start, sEnd) built on `ending` from the tokens `used` is not a body, or null */
function suffixRejection(s: SuffixScan, name: string, ending: string, used: Token[], start: number, sEnd: number, ownBody = false): string | null {
  const { text, f, words } = s;
  if (name.length <= ending.length) return `bare ending "${ending}": generic`;
  // (one character before 部 is a part or a side, 深部, 东部, 干部: a department's name has two or more)
  if (ending === '部' && name.length === 2) return 'one character before 部: a part, not a department';
  const street = streetOrTownPart(name, ending);
  if (street) return street;
  if (learnedVerb(text, ending, sEnd)) return 'the verb 学会 before 了 / 过 or what is learned: learned, not a society';
  // a name cut at a quotation (市“安康杯”|竞赛组委会) is a tail
  if (text[start - 1] === '”' || text[start - 1] === '"') return 'starts after a quotation: the name is cut';
  // a one-character seat (区, 县) and words of a domain, not of a class, name the place's own body
  // (区体育中心, 县人力资源市场, 州职业技能竞赛组委会)
  if (seatOwnBody(words, name, ending, used, s.sufs)) return postBody(text, sEnd) ?? suffixRejection(s, name, ending, [], start, sEnd, true);
  const head = genericHead(used, words.generic);
  // (a steering group set up in the clause before it is the place's own: no kind, whatever its words)
  if (setUpGroup(s, name, ending, start) || seatTaskGroup(s, name, start)) return null;
  if (words.notOrg.has(name)) return `"${name}" is a common word`;
  // the issuer's code of a document number (桂妇联发〔2025〕5号, 某工发〔…〕): no name
  if (/^[发函字办]?[〔［[]/.test(text.slice(sEnd, sEnd + 2))) return 'the code of a document number (…发〔2025〕)';
  // a body speaking of itself (我局, 我委, 我公司) or to its addressee (a 批复's 你局, a letter's 贵公司) names no body of its own
  // (whatever verb the reader left before it: 会同你局, 请你局)
  if (/(?:^[我你贵]|[我你])(?:[局委厅会院司校所部]|公司|单位)$/.test(name)) return 'a body speaking of itself or to its addressee (我局, 你局)';
  // 该厂, 该公司 point back to a body named before (领衔人为该厂高级技师…): no name of its own
  if (name.slice(0, -ending.length).endsWith('该')) return 'the anaphor 该 before the ending: a body named before';
  if (determinedKind(s, name, start)) return 'a determiner before it (一家, 同一): a body not named, or named before';
  // a count's measure word opens it (2家|非煤矿), or its count follows it (…合作社12家，): a class counted, not a name
  if (countedKind(text, name, start, sEnd)) return 'a count before it (2家|…) or after it (…合作社12家，): a class, not a name';
  // a quoted kind of facility (“家门口就业服务站”, “职工驿站”): a programme's name, not a body
  if (text[start - 1] === '“' && text[sEnd] === '”' && !ownBody && !properPart(used, name, s.sufs)) return 'a quoted kind of facility: a programme, not a body';
  if (head !== null) return `generic name (${head})`;
  // a party committee before a post (镇党委副书记, 某公司党委书记) names the post, not a body (its meeting, 党组会议, is the body's)
  if (/党(?:委|组|工委)$/.test(name) && /^(?:副?书记|委员|成员)/.test(text.slice(sEnd, sEnd + 3))) return 'a party committee before its post (…党委副书记): the post, not a body';
  // after 各 the name is that of a kind of body (各科室、各党支部)
  if (text[start - 1] === '各') return 'after 各: a class of bodies';
  if (s.f.rules.words['org.organ-word'].includes(name.slice(0, -ending.length))) return `"${name}" of no place: a kind of committee`;
  // (a company's farm or base, 某某有限公司种植基地: the company is the body, the site is in the post)
  if (words.companySite.test(name)) return "a company's farm or base: the company is the body";
  // (a school's training base, 某县职业技术学校实训基地: where a contest is held or trainees go, the school is the body)
  if (words.schoolSite.test(name)) return "a school's training base: the school is the body";
  if (words.placedEnding.test(name) && !placedName(name, text[start - 1] ?? '', s.sufs)) return 'a kind of station, plant, park or base: no place or unit opens the name';
  // (a place before a campaign's quoted name names its committee: 某市“安康杯”竞赛组委会)
  if (words.kindEnding.test(name) && !ownBody && !properPart(used, name, s.sufs) && !/^[^“”]{1,10}?[省市州县区旗盟]“/.test(name)) return `no place or proper name before "${ending}": a kind of body (职业学校, 种植合作社, 班组工会, 户外劳动者服务站)`;
  if (/^[委部局厅办）（(]/.test(name) || words.startsWithEnding.test(name)) return 'starts with an ending: the name is cut';
  // a verb and a kind of body (推进养老院…, 推进医院标准化): a clause, no body's name
  if (verbBeforeKind(s, name, used, start) && !ownBody) return `the verb "${used[0].word}" before a kind of body: a clause, not a name`;
  // (中心工作人员 is the centre's staff: 某镇便民服务中心|工作人员)
  if (ending === '中心' && /^(?:工作(?!人员)|任务|环节|城市|城区|大局)/.test(text.slice(sEnd, sEnd + 4))) return '中心工作 / 中心任务: not a body';
  if (LEVEL_CLASS.test(name)) return 'starts with a level word (省级…): a class of bodies';
  // (全市专业合作社发展到…家, 建在乡镇便民服务中心: every body of a kind in the place or its towns)
  if (acrossPlace(s, name, start)) return 'a kind of body across the place (全市…, 乡镇…, 完成全县乡镇工会…): a class';
  if (!ownBody && onlyGeneric(name.replace(/\s+/g, ''), s.sufs, f)) return 'only generic words and endings: a kind of body, not a name';
  // (an item that names its own town or place is one body: 各镇人民政府、某某街道办事处)
  if (inGeListClause(text, start) && !/^(?![各全本该每此])[\u4e00-\u9fa5]{2,3}?(?:街道|镇|乡)/.test(name) && ![2, 3, 4, 5].some((n) => isPlaceWord(name.slice(0, n)))) return 'item of a 各… enumeration: a class of bodies';
  if (/各|有关|相关/.test(name.slice(1))) return 'names a class (总行各部, 省直有关企业工会), not one body';
  const under = classUnder(name.replace(/\s+/g, ''), s.sufs, f);
  if (under) return `the ${under} bodies under a body (…总工会直属基层工会): a class, not one body`;
  if (insideTitle(f, start, sEnd)) return 'inside a 《》 title';
  return null;
}

/** every body of a kind in the place or its towns (全市|专业合作社, 乡镇便民服务中心); the walk may take 全县 in with
 * a verb before it (完成|全县乡镇工会…): 全县 and generic words after it are every body of the kind */
function acrossPlace(s: SuffixScan, name: string, start: number): boolean {
  if (orgWords(s.f).kindOrService.test(name) && (/^[省市县区州旗]/.test(name) && s.text[start - 1] === '全' || townsClass(name))) return true;
  const whole = /全[省市县区旗]/.exec(name);
  return !!whole && onlyGeneric(name.slice(whole.index), s.sufs, s.f);
}

/** 一家 / 同一 (rules/named-words.yaml org.determiner) right before the name or opening it (县里一家|纺织有限公司,
 * 同一公司): the writer points at a body without naming it. A place after the determiner opens a name of its own. */
function determinedKind(s: SuffixScan, name: string, start: number): boolean {
  const lead = s.text.slice(Math.max(0, start - 3), start);
  const dets = s.f.rules.words['org.determiner'];
  const d = dets.find((w) => name.startsWith(w)) ?? dets.find((w) => lead.endsWith(w));
  if (!d) return false;
  const rest = name.startsWith(d) ? name.slice(d.length) : name;
  return !/^[省市州县区旗]/.test(rest) && ![2, 3, 4, 5].some((n) => isPlaceWord(rest.slice(0, n)));
}

/** A street, not a body: a street office or residents' committee is named after the district or town it is in
 * (某区银浪街道, 某镇文公社区居委会; alone, 走进河南街道, it is a street's name), and the county town's or the city's
 * core and its streets (县城中心, 县城主街道) are parts of the town. */
function streetOrTownPart(name: string, ending: string): string | null {
  if (/^(?:街道|居委会|村委会)$/.test(ending) && !/[区县市旗镇乡]/.test(name.slice(0, -ending.length - 1))) return `${ending} without its district or town: a street, not its office`;
  if (/^(?:县城|城区|市区)(?:主?街道|中心)$/.test(name)) return 'a part of the town (县城中心, 县城主街道): a place, not a body';
  return null;
}

/** 学会 before an aspect particle or the skill learned is the verb learn (跟着师傅学会了…, 让姐妹学会这门手艺,
 * 学会如何…): no learned society */
const learnedVerb = (text: string, ending: string, sEnd: number): boolean =>
  ending === '学会' && /^(?:[了过]|[这那][门项种套]|如何|怎样|怎么)/.test(text.slice(sEnd, sEnd + 2));

const COUNT_AFTER = /^(?:\d+|[一二三四五六七八九十两百千万]+)(?:余|多)?(?:至\d+)?[家个所座处](?=[，。；、）\s]|$)/;
/** A kind of body counted: a count's measure word opens the name (2家|非煤矿); or a body of no place is counted
 * right after its name, the count closing the clause (新建…行业工会联合会3家，, 建成服务中心2个。): how many bodies
 * of that kind, not one body; or a kind named for every town of the place (各镇（街道）服务站). A place or seat
 * opening the name (某县某某有限公司3家) makes it a body of a list before its count. */
function countedKind(text: string, name: string, start: number, sEnd: number): boolean {
  if (/^[家个所座名]/.test(name) && /[\d一二两三四五六七八九十]$/.test(text[start - 1] ?? '')) return true;
  // (a place of three or more characters: two may be a verb the gazetteer also knows as a county's short name, 新建)
  if (/^[省市州县区旗盟]/.test(name) || [3, 4, 5].some((n) => isPlaceWord(name.slice(0, n)))) return false;
  return COUNT_AFTER.test(text.slice(sEnd, sEnd + 8)) || /各[\u4e00-\u9fa5]{1,3}[（(][\u4e00-\u9fa5]{1,3}[）)]$/.test(text.slice(Math.max(0, start - 10), start));
}

/** a steering group written of no place right after the relative clause that sets it up (由副县长任组长的|产改
 * 工作领导小组): the place's own group, not a kind; 各 before it in the clause makes it every place's */
function setUpGroup(s: SuffixScan, name: string, ending: string, start: number): boolean {
  if (!s.f.rules.words['org.set-up-group'].includes(ending) || s.text[start - 1] !== '的') return false;
  const clause = s.text.slice(Math.max(0, start - 30), start).split(/[，。；：\n]/).pop() ?? '';
  // (the task names the group: a bare 工作领导小组 names none)
  return !clause.includes('各') && name.slice(0, -ending.length).replace(/工作$/, '').length >= 2;
}

/** A seat and the task a steering group is set up for (县产改协调小组, 市产改工作领导小组办公室, 州委产改协调小组办公室):
 * the place's own group or its office, as every golds' short form reads it; after 各 it is every place's, a kind. */
function seatTaskGroup(s: SuffixScan, name: string, start: number): boolean {
  if (s.text[start - 1] === '各') return false;
  const tasks = s.f.rules.words['org.group-task'].map(escapeRe).join('|');
  const groups = s.f.rules.words['org.set-up-group'].map(escapeRe).join('|');
  return new RegExp(`^[省市州县区旗盟]委?(?:${tasks})(?:工作)?(?:${groups})(?:办公室)?$`).test(name);
}

/** a clause's verb opens the name and only a kind of body follows it (推进养老院…, 推进智慧工会建设): no
 * body's name. (A body's own name may hold a verb after its place: 某州推进…工作领导小组.) */
function verbBeforeKind(s: SuffixScan, name: string, used: Token[], start: number): boolean {
  // (a place the tagger read as a verb, 某某市/v|人民政府办公室, is no verb)
  if (used.length < 2 || used[0].tag !== 'v' || CJK.test(s.text[start - 1] ?? '') || isPlaceWord(used[0].word) || /[省市县区州旗盟]$/.test(used[0].word)) return false;
  if (used.length === 2) return !properPart(used, name, s.sufs);
  return onlyGeneric(name.slice(used[0].word.length).replace(/\s+/g, ''), s.sufs, s.f);
}

/** The name has a part that tells one body from another of its kind: a place (a gazetteer name, a
 * one-character seat, a town or village), a word the tagger reads as a proper name or does not know
 * (an enterprise's trade name), a unit, Latin letters or digits. Read over the words before the ending's word. */
function properPart(used: Token[], name: string, sufs: string[]): boolean {
  if (/[A-Za-z0-9０-９]/.test(name) || /^(?:[省市州县区旗]|自治区|自治州|自治县|全国|中国|中华|国家)/.test(name)) return true;
  // (or a unit of a body: 储运部|工会, 材料学院|分工会; a town counted whole or pointed at, 全镇, 本乡, names none)
  const unit = (w: string) => sufs.some((x) => w.length > x.length && w.endsWith(x));
  return townOpens(name) || used.slice(0, -1).some((t) => /^(?:ns|nr|nrt|nrfg|nt|nz|j|x|eng)$/.test(t.tag) || isPlaceWord(t.word) || (t.word.length >= 2 && /[镇乡村]$/.test(t.word) && !/^[全各本该每此]/.test(t.word)) || unit(t.word));
}

/** a town's or street's own name opens it (槐树镇|总工会, 平安镇|农机服务队), whatever the tagger cut the name
 * into (槐树|镇): two or three characters with no seat, determiner or count inside (全镇, 各乡, 乡镇, 基层乡镇) */
function townOpens(name: string): boolean {
  const m = /^([\u4e00-\u9fa5]{2,3}?)(?:镇|乡|街道)/.exec(name);
  return !!m && !/[各全本该每此省市州县区旗乡镇村个城]/.test(m[1]);
}

/** a place, its seat (not counted by 全: 全县), a town or a unit opens the name (某县公路养护站, 某镇劳动保障所,
 * 某县总工会法律援助站) */
function placedName(name: string, before: string, sufs: string[]): boolean {
  // (a place whose name ends so: 梁园区; a locative 县内…, a class 乡镇…, an enumeration 某城等园区, a grade
  // 村级管护队 that names every village's team)
  if (isPlaceWord(name) || /[省市县区镇乡]内|等|^[省市州县区旗镇乡村]级/.test(name) || name.startsWith('乡镇')) return false;
  if (/^[省市州县区旗镇乡]/.test(name)) return before !== '全';
  // (a county written short, as an autonomous county is: 景东县 for 景东彝族自治县)
  if ([2, 3, 4, 5].some((n) => isPlaceWord(name.slice(0, n))) || /^[\u4e00-\u9fa5]{2,3}[县旗]/.test(name)) return true;
  const head = name.slice(0, -2);
  // (苏木 and 嘎查 are Inner Mongolia's township and village: 某某苏木畜牧工作站)
  return /[镇乡村]|街道|苏木|嘎查/.test(head) || sufs.some((x) => x.length >= 2 && head.includes(x));
}

/** a body named only as the body of a post or its meeting (区总工会党组|书记, 市总工会党组|成员, 党组|会议) */
function postBody(text: string, end: number): string | null {
  return /^(?:成员|书记|副书记|委员|会议)/.test(text.slice(end, end + 3)) ? 'the body of a post or its meeting' : null;
}

/** the name is a one-character seat (省市州县区旗) as a word of its own, then words none of which names a
 * class, then the ending, and is more than the seat and a short ending (区政府 is left to the bodies).
 * The seat may come fused with the place's own body, a department after it (县总工会|组织部, 市委|宣传部):
 * the department of that one body. */
function seatOwnBody(words: OrgWords, name: string, ending: string, used: Token[], sufs: string[]): boolean {
  const first = used[0]?.word ?? '';
  const seatFirst = /^[省市州县区旗]$/.test(first) || (/^[省市州县区旗]/.test(first) && sufs.includes(first.slice(1)) && !words.classWord.has(first.slice(1)));
  if (used.length < 2 || !seatFirst || (name.length - 1 <= ending.length && ending.length < 3)) return false;
  for (let i = 1; i < used.length; i++) {
    const w = used[i].word;
    if (words.classWord.has(w) || [...words.classWord].some((c) => c.length >= 2 && w.startsWith(c))) return false;
  }
  return true;
}

/** an elliptical list: 麒麟区、师宗县、陆良县总工会 — the ending is shared by every place of the list */
function ellipticalList(s: SuffixScan, name: string, start: number): void {
  const { text, f } = s;
  const placeHead = /^([\u4e00-\u9fa5]{1,6}?(?:自治县|县|区|市|州|镇|乡))(.+)$/.exec(name);
  if (!placeHead || !s.sufs.includes(placeHead[2])) return;
  let p = start;
  for (;;) {
    const item = /([\u4e00-\u9fa5]{1,6}?(?:自治县|县|区|市|州|镇|乡))、$/.exec(text.slice(Math.max(0, p - 12), p));
    if (!item) break;
    const s0 = p - item[0].length;
    // the item must start the enumeration or follow another 、 / a boundary
    const left = text[s0 - 1] ?? '';
    const head = item[1].replace(LEADING_GENERIC, '');
    if (head.length < 2 || /^(?:各|全|本)/.test(item[1])) break;
    const full = head + placeHead[2];
    s.out.push(mk('org', full, canonicalOrg(full, f, text), null, text, s0 + (item[1].length - head.length), s0 + item[1].length, s.rule, [`elliptical list: ${head} + ${placeHead[2]}`]));
    p = s0;
    if (left !== '、') break;
  }
}

/** Walk left from the ending's token `tok` (index `ti` of `toks`) over name-like tokens; `edge` when it
 * read the window's first token or before it, so the caller can redo it on the whole line. */
function walkLeft(s: SuffixScan, tok: Token, sEnd: number, toks: Token[], ti: number): { start: number; used: Token[]; edge: boolean } {
  const { words } = s;
  let start = tok.start;
  let i = ti - 1;
  const used: Token[] = [tok];
  let edge = i < 0;
  while (i >= 0) {
    if (i === 0) edge = true;
    const t = toks[i];
    if (t.end !== start) break;
    if (t.word === '）') {
      const j = bracketedEndingIndex(s.text, toks, t);
      if (j !== null && j <= 0) edge = true;
      if (j === null || j < 0) break;
      start = toks[j].start;
      i = j - 1;
      continue;
    }
    if (spaceAfterName(s, toks, i) || spaceAfterCredit(s, toks, i)) break;
    if (zoneBeforeProvince(toks, i)) break;
    if (gluedNextName(s, toks, i, start, sEnd)) break;
    // a body's ending before 中共 / 共青团 closes that body (…妇女联合会|共青团某州委员会 on a signature line)
    if (/^(?:中共|共青团)/.test(s.text.slice(t.end, t.end + 3)) && s.sufs.some((x) => t.word.endsWith(x))) break;
    // a preposition or conjunction jieba fused with the seat that opens the name (为市|建筑…, 和克州|总工会)
    const seat = fusedSeat(words, t) ?? farCountyAsJoin(s, t) ?? stopBeforeCounty(words, toks, i);
    if (seat) {
      start = seat.start;
      used.unshift(seat);
      break;
    }
    if (joinsName(s, toks, i) || tradeJoin(s, toks, i, start)) {
      start = t.start;
      i--;
      continue;
    }
    // (the task of a steering group is the group's name, whatever verbs the tagger read in it: 县|评选|表彰|工作领导小组)
    const task = groupTaskBefore(s, start);
    if (task > 0 && t.start >= start - task) {
      for (; i >= 0 && toks[i].start >= start - task; i--) used.unshift(toks[i]);
      start -= task;
      continue;
    }
    if (endsName(words, toks, i) && !tradeName(s, toks, i) && !tradeNameWithHe(s, toks, i)) {
      // a one-character verb at the clause start is usually a mis-cut name (建/投集团)
      const prev = toks[i - 1];
      if (t.word.length === 1 && CJK.test(t.word) && !words.stop.has(t.word) && ((/^v/.test(t.tag) && (!prev || !CJK.test(prev.word[0]))) || townHead(s, toks, i, start))) {
        start = t.start;
        used.unshift(t);
      }
      break;
    }
    start = t.start;
    used.unshift(t);
    i--;
    if (sEnd - start > 30) break;
  }
  return { start, used, edge };
}

/** 及 inside a firm's or a cooperative's name, joining its two trades (自来水|及|污水处理|有限公司, 能源开发|及|物流|
 * 有限公司). The part after it opens with no place, no seat and no class word and is at most eight characters before
 * the ending (a second body opens with its place: 某公司及县供电公司); before it stands a word of two or more characters
 * that ends in no body's ending (two firms are two names: 某局及物流公司). 和 is left out: between two words of a trade
 * it more often joins two bodies or a body and its people than two trades of one firm. */
function tradeJoin(s: SuffixScan, toks: Token[], i: number, start: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  if (t.word !== '及' || !prev || prev.end !== t.start || t.end !== start) return false;
  if (!s.ending || s.endingAt === undefined || !/(?:公司|集团|厂|合作社)$/.test(s.ending)) return false;
  const right = s.text.slice(start, s.endingAt);
  if (right.length < 2 || right.length > 8 || !/^[\u4e00-\u9fa5]+$/.test(right)) return false;
  if (/^(?:[省市州县区旗盟镇乡各全本该其有相所]|中共|共青团)/.test(right) || [2, 3, 4].some((n) => isPlaceWord(right.slice(0, n)))) return false;
  if (!/^[\u4e00-\u9fa5]{2,}$/.test(prev.word) || s.words.stop.has(prev.word) || s.words.walkStop.has(prev.word) || s.words.classWord.has(prev.word)) return false;
  return !s.sufs.some((x) => prev.word.endsWith(x));
}

/** the length of a steering group's task (org.group-task: 评选表彰, 产改) that ends at `at` right before the
 * group's ending (org.set-up-group: …工作领导小组, …协调小组), 0 if none */
function groupTaskBefore(s: SuffixScan, at: number): number {
  const from = s.text.startsWith('工作', at) ? at + 2 : at;
  if (!s.f.rules.words['org.set-up-group'].some((g) => s.text.startsWith(g, from))) return 0;
  const w = s.f.rules.words['org.group-task'].find((x) => s.text.slice(at - x.length, at) === x);
  // (a place's seat or its party committee opens the name: 县评选表彰…, 州委产改…; any other word before the task
  // is a longer name the walk cannot read)
  return w && /[省市州县区旗盟]委?$/.test(s.text.slice(Math.max(0, at - w.length - 2), at - w.length)) ? w.length : 0;
}

/** A town's or township's first character the tagger cut off (齐/a|巴尔|镇, 者/k|浪乡/x): a name that opens with one to
 * three characters and 镇 / 乡 / 街道 is a town's, and a lone character before it, at a clause's start or right after
 * its county, is the town's first (most towns have two or three characters before the ending). */
function townHead(s: SuffixScan, toks: Token[], i: number, start: number): boolean {
  const t = toks[i];
  // (乡镇, 城乡 are kinds of places, not a town's name)
  const head = s.text.slice(start, start + 6);
  if (s.words.walkStop.has(t.word) || /^(?:乡镇|城乡|镇乡)/.test(head) || !/^[\u4e00-\u9fa5]{1,3}?(?:镇|乡|街道)/.test(head)) return false;
  const prev = toks[i - 1];
  // (or after a preposition: 在|户/q|撒乡|…, a town whose first character the tagger read as a classifier)
  return !prev || prev.end !== t.start || !CJK.test(prev.word.slice(-1)) || /^ns/.test(prev.tag) || isPlaceWord(prev.word) || (prev.tag === 'p' && s.words.stop.has(prev.word));
}

/** A one-character stop word jieba fused with a county whose name is one character (系道|县…, 在道|县…:
 * words it tagged x): the county's character opens the name, the stop word (系 'is', 在) is none of it */
function stopBeforeCounty(words: OrgWords, toks: Token[], i: number): Token | null {
  const t = toks[i];
  const next = toks[i + 1];
  if (t.tag !== 'x' || t.word.length !== 2 || !words.stop.has(t.word[0]) || !next || next.start !== t.end) return null;
  if (!/^[县市区旗]/.test(next.word) || !isPlaceWord(t.word[1] + next.word[0])) return null;
  return { word: t.word[1], tag: 'ns', start: t.start + 1, end: t.end };
}

/** The seat part of an unknown word jieba made of a one-character stop word and the seat that opens a
 * body's name (报市|人社局, 为市|建筑工程公司, 和克州|总工会): the seat alone, as a token, or null. A longer
 * rest must end with a prefecture's seat (克州, 某盟): a district's name (从化区) is a place of its own. */
function fusedSeat(words: OrgWords, t: Token): Token | null {
  if (t.tag !== 'x' || t.word.length < 2 || t.word.length > 4 || !words.stop.has(t.word[0])) return null;
  const rest = t.word.slice(1);
  if (!/^[市省县州区盟旗]$/.test(rest) && !/^[\u4e00-\u9fa5]{1,2}[州盟]$/.test(rest)) return null;
  return { word: rest, tag: 'x', start: t.start + 1, end: t.end };
}

/** A county whose name opens with a conjunction (和县), read where the document is in another province:
 * the conjunction and the seat of the body after it (鸿运建筑和|县人民医院 in a Shanxi report) */
function farCountyAsJoin(s: SuffixScan, t: Token): Token | null {
  if (!s.words.stop.has(t.word[0]) || !/^[\u4e00-\u9fa5][县市区]$/.test(t.word) || !s.f.province) return null;
  const places = gazetteer().byName.get(t.word);
  if (!places?.length || places.some((p) => p.province === s.f.province)) return null;
  return { word: t.word.slice(1), tag: 'x', start: t.start + 1, end: t.end };
}

/** For a ）closing a bracketed ending（公司）: the index of its （ token (-1 when no token starts
 * there); null when the ） does not close such an ending. */
function bracketedEndingIndex(text: string, toks: Token[], close: Token): number | null {
  const open = text.lastIndexOf('（', close.start);
  if (open < 0 || close.start - open > 6 || !/^（(?:公司|集团|中心|局|总公司|控股)）$/.test(text.slice(open, close.end))) return null;
  return toks.findIndex((x) => x.start === open);
}

/** A line of unit names the copy glued (…检验科某县开发区供水站维修班某县养护中心, blanks lost out of a
 * PDF): a place's name right after a unit's ending (中心, 站, 班, 组, 队 …) opens a new name, unless the name
 * read is a branch named under its system (某某集团有限公司某县分公司, 国家税务总局某县税务局) */
function gluedNextName(s: SuffixScan, toks: Token[], i: number, start: number, sEnd: number): boolean {
  const right = toks[i + 1];
  // (a place's full name: a short form or a generic district, 雁江大队, 城区中队, names a unit of the body before it)
  const full = (w: string) => !/^(?:城区|郊区|矿区|新区)$/.test(w) && !!gazetteer().byName.get(w)?.some((p) => p.name === w);
  if (!right || right.start !== start || toks[i].end !== start || !full(right.word)) return false;
  if (!/(?:中心|站|[班组队]|车间|所|院|厂)$/.test(toks[i].word)) return false;
  return !/(?:分公司|支公司|分行|支行|分局|分院|分所|分中心|分社|营业部|营业所|税务局|供电公司|供电所|邮政局|分部|分会|工会)$/.test(s.text.slice(start, sEnd));
}

/** a space after a complete body or workshop name: two names side by side (昆明市总工会 昆明市人力资源和社会保障局,
 * a table row 钢水连铸创新工作室 某钢铁有限公司), or after a whole cell that ends with a unit's section, shift or
 * team (某县医院骨伤科 某县自来水公司抢修二班: a line of units laid out as cells) */
function spaceAfterName(s: SuffixScan, toks: Token[], i: number): boolean {
  if (!/^[ \u3000]$/.test(toks[i].word) || i === 0) return false;
  const left = s.text.slice(0, toks[i - 1].end);
  if (/(?:^|[\s，。、；：])[\u4e00-\u9fa5]{3,}(?:[科股室]|[一二三四五六七八九十\d]?[班队]|车间|班组)$/.test(left.slice(-16))) return true;
  return /(?:工作室|工作站)$/.test(left) || s.sufs.some((x) => toks[i - 1].word.endsWith(x) || left.endsWith(x));
}

/** a space after a byline's credit label (文/图, a wide space, 某县总工会宣传部; 图／文 …): the label is no part of the
 * name that follows it */
function spaceAfterCredit(s: SuffixScan, toks: Token[], i: number): boolean {
  return /^[ \u3000]+$/.test(toks[i].word) && /[文图][/／][文图]$/.test(s.text.slice(Math.max(0, toks[i].start - 3), toks[i].start));
}

/** A space before a place name or 中共 / 共青团 starts a new name (a list line 乌日娜 开鲁县…中心, a
 * masthead 第9期 共青团某市委办公室), unless a place ends the left side too (省 市 letter-spaced) */
function spaceBeforeNewName(s: SuffixScan, toks: Token[], i: number): boolean {
  const right = toks[i + 1];
  if (!right || i === 0) return false;
  const after = s.text.slice(right.start, right.start + 6);
  const opens = /^(?:中共|共青团)/.test(after) || [2, 3, 4, 5].some((n) => isPlaceWord(after.slice(0, n))) || seatOrTownAfterCell(s.text, toks[i].start, after);
  return opens && ![1, 2, 3, 4, 5].some((n) => isPlaceWord(s.text.slice(toks[i].start - n, toks[i].start)));
}

/** a one-character seat opening a body's short form (县人社局), not a word of its own (市场, 县域, 区级, 市属 …) */
const SEAT_OPENS = String.raw`[省市州县区旗盟](?![场民域级区属城里])`;
const CELL_UNIT_OPENING = new RegExp(String.raw`^(?:${SEAT_OPENS}|[\u4e00-\u9fa5]{2,3}[镇乡](?![镇村]))[\u4e00-\u9fa5]{2}`);
const SEAT_WORD = new RegExp(String.raw`^${SEAT_OPENS}[\u4e00-\u9fa5]`);

/** A table row whose column gaps the text kept as one space (洮砚雕刻 洮砚镇人民政府, 张某 男 汉族 某乡某村党支部, a
 * trade or a person's cells before the unit): a one-character seat's short form (县人社局) or a town's name opens the
 * unit's cell when a whole cell of two or more characters stands before the space (a letter-spaced name, 某 县, has
 * one character between its spaces) */
function seatOrTownAfterCell(text: string, at: number, after: string): boolean {
  if (!/(?:^|[\s，。、；：])[\u4e00-\u9fa5]{2,}$/.test(text.slice(Math.max(0, at - 12), at))) return false;
  return CELL_UNIT_OPENING.test(after);
}

/** a space between CJK characters (昆明市 总工会), or a 和 joining two nouns inside one name */
function joinsName(s: SuffixScan, toks: Token[], i: number): boolean {
  const t = toks[i];
  // two or more spaces are a column gap of a table laid out with spaces (工作室名称    所在单位): never inside a name
  const gap = (k: number) => /^[ \u3000]+$/.test(toks[k]?.word ?? '');
  if (/^[ \u3000]$/.test(t.word) && i > 0 && CJK.test(toks[i - 1].word.slice(-1)) && !gap(i + 1)) return !spaceBeforeNewName(s, toks, i);
  // 和 joins the two portfolios of a government body (人力资源和社会保障局, 城市管理和综合执法局, 建设和
  // 交通委员会, 文体广电和旅游局), never two bodies or places of another kind (城乡社区和街道)
  // 与 joins the two disciplines of a college or institute (材料科学与工程学院, 土木与水利工程学院)
  if (t.word === '与') return i > 0 && /^[\u4e00-\u9fa5]{2,6}?(?:学院|研究院|研究所)/.test(s.text.slice(t.end, t.end + 9)) && /^(?:n|vn|nz|nt)$/.test(toks[i - 1].tag) && !!toks[i + 1] && /^(?:n|vn|nz)$/.test(toks[i + 1].tag);
  // (人力资源和社会保障 is one portfolio whatever the body: a town's 人力资源和社会保障服务中心 / 所)
  if (t.word === '和' && i > 0 && toks[i - 1].word === '人力资源' && s.text.startsWith('社会保障', t.end)) return true;
  // (a town's centre joins two tasks, 综合/vn|保障/v|和|技术推广|中心: a noun and a verb before 和, a noun after it)
  if (t.word === '和' && s.ending === '中心' && i > 1) return centreJoinsServices(s.text, toks, i);
  if (t.word !== '和' || i === 0 || !/^(?:局|厅|委员会|委|办公室|部)$/.test(portfolioEnding(s) ?? '')) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // (the second portfolio is a word of its own before the body's ending, 社会保障|局, 旅游|局: a one-character
  // stem, 评|委, or none, 和|局党组, is a second body or a person, 群众投票和评委, 专家评审和局党组)
  if (!portfolioAfter(s, t.end)) return false;
  // (a place before 和 is a second body's: 自治区和盟委 are two committees)
  return /^(?:n|vn|nz)$/.test(prev.tag) && !/(?:自治区|[省市县区州旗盟])$/.test(prev.word) && !s.words.classWord.has(prev.word) && !/[门位]$/.test(prev.word) && !s.sufs.some((x) => prev.word.endsWith(x)) && !!next && /^(?:n|vn|nz)$/.test(next.tag) && !/区$/.test(next.word);
}

/** A service centre joins two services or tasks (综合/vn|保障/v|和|技术推广|中心, 公共/b|就业/v|和|人才|服务中心,
 * 政务/n|服务/vn|和|大/a|数据中心): a noun and a task word before 和, a noun of two to five characters after it */
function centreJoinsServices(text: string, toks: Token[], i: number): boolean {
  const [before, prev, next] = [toks[i - 2], toks[i - 1], toks[i + 1]];
  if (!next || !/^(?:n|vn|b)$/.test(before.tag) || !/^(?:v|vn)$/.test(prev.tag) || before.end !== prev.start) return false;
  const tail = text.slice(toks[i].end, text.indexOf('中心', toks[i].end));
  return /^[na]/.test(next.tag) && /^[\u4e00-\u9fa5]{2,5}$/.test(tail);
}

/** the second portfolio after 和 has a stem of two characters or more before the body's ending */
function portfolioAfter(s: SuffixScan, from: number): boolean {
  const end = s.endingAt ?? -1;
  if (end < from) return false;
  const ending = portfolioEnding(s);
  const at = ending && ending !== s.ending ? s.text.lastIndexOf(ending, end) : end;
  return at - from >= 2;
}

/** The ending of the body whose portfolios 和 may join: the name's own, or, when the name ends with the body's
 * own union or party group, the body's before it (住房和城乡建设局|工会, 自然资源和规划局|党组) */
function portfolioEnding(s: SuffixScan): string | undefined {
  if (!s.ending || s.endingAt === undefined || !/^(?:工会|党组|党委|机关党委|党支部|团委)$/.test(s.ending)) return s.ending;
  return /(?:局|厅|委员会|委|办公室)$/.exec(s.text.slice(Math.max(0, s.endingAt - 3), s.endingAt))?.[0] ?? s.ending;
}

/** the token toks[i] is not part of a name (a stop word, a non-name tag…); a one-character locative
 * after a place (云南省内 → 省 内) is */
function endsName(words: OrgWords, toks: Token[], i: number): boolean {
  const t = toks[i];
  // (a word the tagger did not know, fused with the preposition after it: 仲裁|院在/x|工业园区, 某某|措在/x|景区:
  // 在 / 于 opens a place phrase, so the name cannot reach back across it)
  if (t.tag === 'x' && /^[\u4e00-\u9fa5][在于]$/.test(t.word)) return true;
  // (a person's name fused with the copula, 柏建民是/x|秦果公司: 是 opens the predicate, never a name)
  if (t.tag === 'x' && /^[\u4e00-\u9fa5]{1,3}是$/.test(t.word)) return true;
  // (a verb of the genre the tagger read as a place after another word, 总工会|新建/ns|工会驿站, 再|新建/ns: the
  // clause's verb; a name may open with it, 新建煤化工有限责任公司)
  if (t.tag === 'ns' && words.walkStop.has(t.word) && i > 0 && toks[i - 1].end === t.start && CJK.test(toks[i - 1].word.slice(-1)) && !/^ns/.test(toks[i - 1].tag) && !HAS_NAME.test(toks[i - 1].word)) return true;
  // (a town whose name opens with 上 / 下, cut by the tagger as a locative: 上|营镇, 上|集镇)
  if (t.tag === 'f' && /^[上下]$/.test(t.word) && /^[\u4e00-\u9fa5][镇乡]$/.test(toks[i + 1]?.word ?? '') && toks[i + 1].start === t.end) return false;
  // (after a proper morpheme the tagger left alone: 钟祥市|郢/g|中|职业技术学校, a school named 郢中)
  const placeLocative = t.tag === 'f' && t.word.length === 1 && i > 0 && toks[i - 1].end === t.start && /^(?:j|ns|nr|nz|g)$/.test(toks[i - 1].tag);
  // (an idiom ending in such a verb, 认真贯彻 / 全面落实, is the clause's verb phrase; a set phrase, 综合利用/l, may
  // name a company's trade)
  if (t.tag === 'i' && endsWithStopVerb(words, t.word)) return true;
  // a place the tagger did not tag as one (平遥/a 牛肉集团: 平遥县) opens an enterprise's name
  if (t.word.length >= 2 && isPlaceWord(t.word)) return false;
  // a one-character morpheme right after a place opens a proper name the tagger cut (钟祥市|郢/g|中|职业技术学校)
  if (t.tag === 'g' && t.word.length === 1 && i > 0 && toks[i - 1].end === t.start && (/^ns/.test(toks[i - 1].tag) || isPlaceWord(toks[i - 1].word))) return false;
  // a domain word of bodies' names, whatever its tag (市|青年/t|联合会)
  if (t.word.length >= 2 && words.generic.has(t.word) && !words.classWord.has(t.word)) return false;
  // a one-character part (济南|二|机床, 东北|轻|合金) only right after a place
  const partOk = t.word.length > 1 || (i > 0 && toks[i - 1].end === t.start && /^ns/.test(toks[i - 1].tag));
  if (words.namePart.has(t.word) && partOk && i + 1 < toks.length && toks[i + 1].start === t.end && CJK.test(toks[i + 1].word[0])) return false;
  // a numeral trade name right after a place (中国|一重|集团, 中国|一汽|…) the tagger read as a number
  // (not a count of units, 昆山|一家|电子厂: which one of a kind, in no name)
  const adjoins = i > 0 && toks[i - 1].end === t.start && /^ns/.test(toks[i - 1].tag) && i + 1 < toks.length && toks[i + 1].start === t.end && CJK.test(toks[i + 1].word[0]);
  if (t.tag === 'm' && t.word.length === 2 && /^[一二三四五六七八九][^一二三四五六七八九十百千万亿年月日批期次季个名项家所]$/.test(t.word) && adjoins) return false;
  // an ordinal beyond the name-part words (尖山区|第十五|中学, 某市|第二十一|中学): inside the name before a noun
  if (t.tag === 'm' && /^第(?:[一二三四五六七八九十]{2,4}|\d{1,3})$/.test(t.word) && i + 1 < toks.length && toks[i + 1].start === t.end && /^n/.test(toks[i + 1].tag)) return false;
  // (a clause's verb before the one-character seat that opens the name: 带领|乡|工会, 升任|县|农业农村局; a town's
  // own name the tagger read as a verb opens a clause, ，擂鼓/v|镇|工会: before 乡 / 镇 only a verb inside a clause)
  const seat = i + 1 < toks.length && toks[i + 1].start === t.end ? toks[i + 1].word : '';
  // (after a noun the verb and the character name a zone, 经济|开发/v|区, 产业|集聚/v|区: no seat)
  const inClause = i > 0 && toks[i - 1].end === t.start && CJK.test(toks[i - 1].word.slice(-1));
  const afterNoun = inClause && /^n/.test(toks[i - 1].tag);
  // (the tagger may join the seat to the body's first word, 交回|县总工会, 来源于|县人|社局: the seat opens that word)
  const seatWord = SEAT_WORD.test(seat) && !isPlaceWord(seat);
  // (after a noun only 区 names a zone: 数据|来源于|县人社局 is a clause)
  const verbBeforeSeat = t.tag === 'v' && ((!afterNoun && /^[省市州县区旗盟]$/.test(seat)) || (seatWord && !(afterNoun && /^区/.test(seat))) || (!afterNoun && /^[乡镇]$/.test(seat) && inClause));
  return !placeLocative && (!CJK.test(t.word[0]) || words.stop.has(t.word) || words.walkStop.has(t.word) || !NAME_TAGS.test(t.tag) || (t.tag === 'v' && t.word.length < 2) || verbBeforeSeat);
}

/** a word that ends in a walk-stop verb of two or more characters after other characters (认真|贯彻) */
function endsWithStopVerb(words: OrgWords, word: string): boolean {
  for (let n = 2; n < word.length; n++) if (words.walkStop.has(word.slice(-n))) return true;
  return false;
}

/** An enterprise's trade name (字号) the tagger cut into words that are no noun (石河子|天/q|棉纺织|集团,
 * 澄迈|明/a|阳新|材料|有限公司, 酒钢集团|宏兴/a|钢铁, 江阴|恒/nr|晟/g|精密/a|机床|有限公司): between a place or a
 * group's name and the trade word of a company's name, up to four characters of short words, each no verb,
 * preposition or pronoun, are the trade name (a registered name is place + trade name + trade + form). */
function tradeName(s: SuffixScan, toks: Token[], i: number): boolean {
  if (!s.ending || !/(?:公司|集团|厂)$/.test(s.ending)) return false;
  // (a one-character verb inside it, never opening it: 台州|鑫/nr|达/v|汽车部件|有限公司)
  // (a noun of two characters may open it before the cut part: 某县|丝路/n|馕/g|坊|食品|有限公司)
  const part = (t: Token, opening = false) => t.word.length <= 2 && /^[\u4e00-\u9fa5]+$/.test(t.word) && (TRADE_TAGS.test(t.tag) || (t.tag === 'v' && t.word.length === 1) || (opening && t.tag === 'n' && t.word.length === 2)) && !s.words.stop.has(t.word) && !s.words.walkStop.has(t.word);
  for (let j = i; j >= Math.max(1, i - 3) && part(toks[j], j < i) && toks[j].end === toks[j + 1]?.start; j--) {
    const prev = toks[j - 1];
    if (toks[j].tag === 'v') continue;
    if (prev.end !== toks[j].start || !(/^ns/.test(prev.tag) || isPlaceWord(prev.word) || /集团$/.test(prev.word))) continue;
    for (let k = i; k <= i + 3 && k + 1 < toks.length && part(toks[k]) && toks[k].end === toks[k + 1].start; k++) {
      const width = toks[k].end - toks[j].start;
      if (width > 4) break;
      // a single word keeps the tags of the first reading (a, q, z, b); a run of them is a cut unknown name
      // (the trade word may be read as a distinguishing word: 鑫|达|机械制造/b|有限公司)
      if (/^(?:n|b$)/.test(toks[k + 1].tag) && (j < k || /^(?:a|q|z|b)$/.test(toks[j].tag))) return true;
    }
  }
  return false;
}
/** A two-character trade name ending in 和 (德和, 永和, 祥和: a common word of good omen in firms' names) the
 * tagger cut as a character and the conjunction: seat|德|和|陶瓷科技有限公司. 和 right after one character that
 * follows a county or city, and right before the company's trade word, is inside the name. */
function tradeNameWithHe(s: SuffixScan, toks: Token[], i: number): boolean {
  const [seat, head, he, next] = [toks[i - 2], toks[i - 1], toks[i], toks[i + 1]];
  if (!s.ending || !/(?:公司|集团|厂)$/.test(s.ending) || he.word !== '和' || !seat || !head || !next) return false;
  const adjoining = seat.end === head.start && head.end === he.start && he.end === next.start;
  // (the seat may be a city's short name, 临清|三|和|轴承集团)
  return adjoining && /^[\u4e00-\u9fa5]$/.test(head.word) && isPlaceWord(seat.word) && /^n/.test(next.tag);
}
// the tags of the words a trade name is cut into: adjectives, classifiers, distinguishing words, a character
// read as a surname or a morpheme, or an unknown word the tagger joined (江阴|恒晟/x|精密/a|机床)
const TRADE_TAGS = /^(?:a|q|z|b|nr|g|ng|j|x)$/;

/** A zone's name before a province's (…经济开发区|海南|澄迈|某某有限公司): a company's registered name
 * opens with its province; the zone it stands in is its address, not part of its name. */
function zoneBeforeProvince(toks: Token[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  if (!next || next.start !== t.end || !/(?:开发区|园区|新区|工业园|产业园|高新区|经开区|保税区|自贸区)$/.test(t.word)) return false;
  // (every province's short name is a key of the gazetteer, so a word that is no key is no province)
  return gazetteer().byName.get(next.word)?.some((p) => p.kind === 'province') ?? false;
}

/** 乡镇 (towns in general) opens the kind, or follows a verb or 所在 the walk kept (扎根|乡镇卫生院, 到所在|乡镇服务站,
 * 某镇卫生院护士长某某扎根|乡镇卫生院): every town's body of that kind, not one; a seat or a place's own name before
 * 乡镇 (某县乡镇企业局) is no such word */
function townsClass(name: string): boolean {
  const at = name.lastIndexOf('乡镇');
  const head = name.slice(Math.max(0, at - 2), at);
  return at === 0 || (at > 0 && !/[省市州县区旗盟]$/.test(head) && !isPlaceWord(head));
}

/** a place of the national gazetteer, by its full name, a county's name without 县/市/区/旗 or an autonomous
 * county's without its peoples */
function isPlaceWord(w: string): boolean {
  const g = gazetteer().byName;
  return g.has(w) || ['县', '市', '区', '旗'].some((x) => g.get(w + x)?.some((p) => p.name === w + x)) || autonomousCountyShort(w);
}

/** the post a speaker's byline gives before the name (某县人社局党组书记、局长 王某 → 局长): the role word
 * that ends it (rules/roles.yaml person.role), or null (a unit alone, 某县总工会 王某) */
function bylinePost(f: DocFacts, post: string): string | null {
  const c = post.replace(/[\s\u3000]+/g, '');
  const roles = f.rules.roles.find((r) => r.id === 'person.role')?.roles ?? [];
  return [...roles].sort((a, b) => b.length - a.length).find((r) => c.endsWith(r) && c.length > r.length) ?? null;
}

/** a role word and a "name" that open and close one quotation (“工匠师带徒”, “劳模工作法”) are a quoted term:
 * no writer puts a person and their post inside quotes together */
function quotedTerm(text: string, start: number, end: number): boolean {
  const pair = ['“”', '「」', '『』', '‘’'].find((q) => text[start - 1] === q[0]);
  return !!pair && text[end] === pair[1];
}

/** the body a post word is written with, from the clause's start (。市总|工会副主席, ，县总工会|常务副主席,
 * 县工业信息科技局|副局长): the role is the whole post as written; '' when the clause opens otherwise */
function roleBody(text: string, at: number): string {
  let k = at;
  while (k > at - 10 && /[\u4e00-\u9fa5]/.test(text[k - 1] ?? '')) k--;
  const p = text.slice(k, at);
  if (k === at - 10 || /[的在任有由和与及为是]/.test(p)) return '';
  // (or a department of one, 县总工会经济技术部|部长, 经费审查委员会|主任: the whole clause names the post)
  return /^(?:[省市县区州旗盟镇乡]总|[\u4e00-\u9fa5]{0,8}(?:总工会|工会|委|局|政府|公司)(?:常务|专职)?|[\u4e00-\u9fa5]{1,8}(?:委员会|部|科|处|股|办公室|中心|车间))$/.test(p) ? p : '';
}

/** a name of the usual Tibetan, Mongolian or Yi parts at `at`, closed by the words that end names */
function partsName(text: string, at: number, f: DocFacts): { name: string; end: number; how: string } | null {
  const nm = partsNameAt(text, at, peopleRules(f.rules.dir), f.rules.words['person.boundary']);
  return nm ? { ...nm, how: 'name parts' } : null;
}

/** X同志 after a boundary (报：王树芬同志，…; a sentence's start: …。高明同志主持会议), after 的 or a quoted honour
 * (…称号的某某同志, “某某劳动模范”某某同志): a Han name, or a Tibetan, Mongolian or Yi name of the usual parts; a word
 * of the dictionary (全体, 党员同志) is no name */
function comradeCandidates(text: string, f: DocFacts, from: number, to: number): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  // (the name holds no 的: …称号的|某某同志, not 称号的某某 from the quote before it)
  const comrade = /(?:^|[\n：:，,、；;（(\s。！？”的])((?:(?!的)[\u4e00-\u9fa5]){2,6}?)同志/g;
  comrade.lastIndex = Math.max(0, from - 1);
  for (let m = comrade.exec(text); m && m.index < to; m = comrade.exec(text)) {
    const s = m.index + m[0].length - 2 - m[1].length;
    const han = m[1].length <= 4 ? nameAt(text, s, f) : null;
    const nm = han?.end === s + m[1].length ? han : partsName(text, s, f);
    const tags = jiebaTag(m[1]);
    if (tags.length === 1 && !/^(?:nr|x)/.test(tags[0].tag)) continue;
    if (nm && nm.end === s + m[1].length) out.push(mk('person', nm.name, nm.name, null, text, s, nm.end, 'person.comrade', ['X同志']));
  }
  return out;
}

function personCandidates(ctx: ExtractContext, f: DocFacts, from: number, to: number): EntityCandidate[] {
  const text = ctx.text;
  const out: EntityCandidate[] = [];
  const re = perRules(f.rules, 'person.roles', () => {
    const roleRule = f.rules.roles.find((r) => r.id === 'person.role');
    const roles = [...(roleRule?.roles ?? [])].sort((a, b) => b.length - a.length);
    return roles.length ? new LiteralScanner(roles) : null;
  });
  if (re) {
    for (let m = re.next(text, from, to); m; m = re.next(text, m.index + m[0].length, to)) {
      // a label with a colon (联系人：王晓明)
      const e = m.index + m[0].length + (/^[：:]\s?/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 2))?.[0].length ?? 0);
      // (a Tibetan, Mongolian or Yi name after the post has no surname: its usual parts vouch for it, and over a
      // Han surname's shorter reading of its first part, 罗布|顿珠)
      const han = nameAt(text, e, f);
      const parts = partsName(text, e, f);
      const nm = parts && (!han || parts.end > han.end) ? parts : han;
      if (!nm || quotedTerm(text, m.index, nm.end)) continue;
      const comrade = text.startsWith('同志', nm.end);
      // a role word alone followed by a name-like string needs support: 同志 or a clear boundary
      out.push(mk('person', nm.name, nm.name, roleBody(text, m.index) + m[0], text, e, nm.end, 'person.role', [`role ${m[0]}`, nm.how, ...(comrade ? ['同志'] : [])]));
    }
  }
  out.push(...comradeCandidates(text, f, from, to));
  // byline: （曲靖市经开区总工会 杨付坤）
  const by = /[（(]([^（）()\n]{2,40}?)[\s\u3000]+([\u4e00-\u9fa5]{2,4})[）)]\s*$/gm;
  for (let m = by.exec(text); m; m = by.exec(text)) {
    const s = m.index + m[0].lastIndexOf(m[2]);
    if (s < from || s >= to) continue;
    const nm = nameAt(text, s, f);
    if (nm && nm.name === m[2]) out.push(mk('person', nm.name, nm.name, null, text, s, nm.end, 'person.byline', ['byline']));
  }
  out.push(...bylineCuedNames(ctx, from, to));
  if (ctx.meta.byline) {
    const bm = /[\s\u3000]([\u4e00-\u9fa5]{2,4})$/.exec(ctx.meta.byline);
    if (bm) {
      const role = bylinePost(f, ctx.meta.byline.slice(0, bm.index));
      for (let i = text.indexOf(bm[1], from); i >= 0 && i < to; i = text.indexOf(bm[1], i + 1)) {
        out.push(mk('person', bm[1], bm[1], role, text, i, i + bm[1].length, 'person.byline', ['byline']));
      }
    }
  }
  return out;
}

/** the names of a header byline that each follow their own cue (记者 次仁德吉 通讯员 某某): every one of them a
 * person with that cue as written for role, not only the last (which is read after a body too, 县总工会 某某) —
 * the cue vouches for a name with no Han surname (a Tibetan or Mongolian one) */
function bylineCuedNames(ctx: ExtractContext, from: number, to: number): EntityCandidate[] {
  const toks = (ctx.meta.byline ?? '').trim().split(/[\s\u3000]+/);
  const cues = new Set(peopleRules().cues.byline);
  const out: EntityCandidate[] = [];
  for (let k = 1; k < toks.length - 1; k++) {
    const name = toks[k];
    if (!cues.has(foldToSimplified(toks[k - 1])) || !/^[\u4e00-\u9fa5]{2,6}$/.test(name) || cues.has(foldToSimplified(name))) continue;
    for (let i = ctx.text.indexOf(name, from); i >= 0 && i < to; i = ctx.text.indexOf(name, i + 1)) {
      out.push(mk('person', name, name, toks[k - 1], ctx.text, i, i + name.length, 'person.byline', ['byline', `cue ${toks[k - 1]}`]));
    }
  }
  return out;
}

function placeCandidates(ctx: ExtractContext, f: DocFacts, from: number, to: number): EntityCandidate[] {
  const text = ctx.text;
  const out: EntityCandidate[] = [];
  const { ruleOf, re } = perRules(f.rules, 'place.names', () => {
    const list = f.rules.places.flatMap((p) => p.names.map((n) => ({ n, rule: p.id })));
    list.sort((a, b) => b.n.length - a.n.length);
    // a name listed twice belongs to its first rule (longest-first order, as the alternation tries them)
    const byName = new Map<string, string>();
    for (const x of list) if (!byName.has(x.n)) byName.set(x.n, x.rule);
    return { ruleOf: byName, re: new LiteralScanner(list.map((x) => x.n)) };
  });
  for (let m = re.next(text, from, to); m; m = re.next(text, m.index + m[0].length, to)) {
    const r = { rule: ruleOf.get(m[0])! };
    out.push(mk('place', m[0], m[0], null, text, m.index, m.index + m[0].length, r.rule, ['gazetteer']));
  }
  for (const p of f.rules.places) {
    for (const pat of p.patterns ?? []) {
      const pr = perRules(f.rules, `place.pattern:${pat}`, () => new RegExp(pat, 'g'));
      pr.lastIndex = from;
      for (let m = pr.exec(text); m && m.index < to; m = pr.exec(text)) {
        // the token holding the match start, and the first token after it (at the latest the next run's)
        const toks = f.seg.tokensBetween(m.index, f.seg.runEnd(m.index) + 1);
        // start the zone name at a token boundary
        let s = m.index;
        const t = toks.find((x) => x.start <= s && s < x.end);
        if (t && t.start !== s) s = toks.find((x) => x.start > s)?.start ?? s;
        const e = m.index + m[0].length;
        if (e - s < 4) continue;
        out.push(mk('place', text.slice(s, e), text.slice(s, e), null, text, s, e, p.id, ['zone pattern']));
      }
    }
  }
  return out;
}

function policyCandidates(ctx: ExtractContext, f: DocFacts, from: number, to: number): EntityCandidate[] {
  return f.titles
    .filter((t) => t.start >= from && t.start < to)
    .map((t) => {
      const inner = ctx.text.slice(t.start + 1, t.end - 1);
      return mk('policy', inner.replace(/\n/g, ''), inner.replace(/\s+/g, ''), null, ctx.text, t.start + 1, t.end - 1, 'policy.title', ['《》']);
    });
}

const OWN_ORGAN = /^(?:工会|工会委员会|党组|党委|党总支|党支部|团委|女职工委员会)$/;

/** A body's own union or party group whose walk stopped inside the body's name (宁明县丰硕/a|木业有限公司|工会,
 * 县住房|和|城乡建设局|工会: the tagger's adjective or conjunction): the body's accepted name and the organ's ending
 * right after it are one name. The organ's own candidate is rejected for the joined one. */
function ownOrganJoined(text: string, f: DocFacts, orgs: EntityCandidate[]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  for (const b of orgs) {
    if (b.rejected) continue;
    const a = orgs.find((x) => !x.rejected && x !== b && x.start < b.start && b.start < x.end && x.end < b.end && OWN_ORGAN.test(text.slice(x.end, b.end)));
    if (!a) continue;
    b.rejected = `joined to the body before it, ${a.name}`;
    const name = text.slice(a.start, b.end);
    out.push(mk('org', name.replace(/\s+/g, ''), canonicalOrg(name, f, text), null, text, a.start, b.end, b.rule, [...b.notes, `body ${a.name}`]));
  }
  return out;
}

export function entityCandidates(ctx: ExtractContext, from = 0, to = ctx.text.length, rulesDir?: string): EntityCandidate[] {
  const f = docFacts(ctx, rulesDir);
  const policies = policyCandidates(ctx, f, from, to);
  const orgs = orgCandidates(ctx, f, from, to);
  orgs.push(...ownOrganJoined(ctx.text, f, orgs));
  // overlapping organisations: the longest accepted span wins
  const kept = longestWins(orgs.filter((o) => !o.rejected), (o, longer) => {
    const inside = longer.find((k) => contains(k, o));
    o.rejected = inside ? `inside the longer name ${inside.name}` : 'overlaps a longer name';
  }, (a, b) => a.start - b.start);
  const within = (c: EntityCandidate, list: EntityCandidate[]) => list.some((k) => contains(k, c));
  const persons = personCandidates(ctx, f, from, to);
  const dups = duplicateSpans(persons);
  for (const p of persons) {
    if (dups.has(p)) p.rejected = 'duplicate';
    else if (within(p, kept)) p.rejected = 'inside an organisation name';
    else if (insideTitle(f, p.start, p.end)) p.rejected = 'inside a 《》 title';
  }
  // later mentions of a person already found
  const found = new Map<string, string | null>();
  for (const p of persons) if (!p.rejected) found.set(p.name, p.role);
  for (const [name] of found) {
    for (let i = ctx.text.indexOf(name, from); i >= 0 && i < to; i = ctx.text.indexOf(name, i + 1)) {
      if (persons.some((p) => p.start === i)) continue;
      const after = ctx.text.slice(i + name.length, i + name.length + 5);
      if (/^(?:劳模|劳动模范|创新|工匠|技能大师)?(?:工作室|工作站)/.test(after)) continue;
      const c = mk('person', name, name, null, ctx.text, i, i + name.length, 'person.repeat', ['repeat of a name found']);
      if (within(c, kept)) continue;
      persons.push(c);
    }
  }
  const places = placeCandidates(ctx, f, from, to);
  for (const p of places) {
    if (within(p, kept)) p.rejected = 'inside an organisation name';
    else if (insideTitle(f, p.start, p.end)) p.rejected = 'inside a 《》 title';
  }
  // places: the longest wins
  longestWins(places.filter((p) => !p.rejected), (p) => (p.rejected = 'overlaps a longer place'));
  return [...policies, ...orgs, ...persons, ...places].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function extractEntities(ctx: ExtractContext): Entity[] {
  return entityCandidates(ctx)
    .filter((c) => !c.rejected)
    .map(({ rejected: _r, notes: _n, ...e }) => e);
}
