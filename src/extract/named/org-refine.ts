// Organisations as official writing names them anywhere in China (rules/org-bodies.yaml): a place
// and a body (天水市财政局) is an organisation; a short form (市人社局, 县委) is resolved to the
// document's place and expanded (天水市人力资源和社会保障局, 中共肥西县委); names the dictionary reader
// cut wrong are repaired: two bodies joined by 会同/联合 or glued by a lost space are split, a verb
// read as the head is cut (确定郑州宇通…), a person of a list line is cut off, a place or Latin
// letters before the head are taken in (大连|船舶重工集团有限公司, 洛阳LYC|轴承有限公司), and nothing
// is read from a web page's navigation.
import { z } from 'zod';
import { loadRuleFile, oncePerRulesDir } from '../../rules/loader.js';
import { escapeRe as esc, longestFirst as longest, startsLikeOneOf } from '../refiners/regex.js';
import { overlaps } from '../refiners/spans.js';
import { perRules } from './doc.js';
import type { Entity } from '../../types.js';
import { autonomousCountyShort, gazetteer, type DocPlace, type Place } from './gazetteer.js';
import { lineStart, lineEnd, lineAt } from '../../text-lines.js';

/** examples of a rule that cuts a name: the text, the cut the reader made, and the name kept (none in a negative one) */
const CutExamples = z.object({
  positive: z.array(z.object({ text: z.string(), cut: z.string(), name: z.string() })),
  negative: z.array(z.object({ text: z.string(), cut: z.string() })),
});

const Bodies = z.object({
  id: z.literal('org-bodies'),
  bodies: z.array(z.string().min(1)),
  abbreviations: z.record(z.string(), z.string()),
  offices: z.record(z.string(), z.string()),
  party: z.array(z.string().min(1)),
  media: z.array(z.string().min(1)),
  sites: z.array(z.string().min(1)),
  connectors: z.array(z.string().min(1)),
  verbs: z.array(z.string().min(1)),
  prepositions: z.array(z.string().length(1)),
  seatVerbs: z.array(z.string().min(1)),
  clauseWords: z.array(z.string().min(1)),
  clauseWordExamples: CutExamples,
  clauseLeads: z.array(z.string().min(1)),
  clauseLeadExamples: CutExamples,
  seatVerbExamples: CutExamples,
  brandStop: z.array(z.string().min(1)),
  brandOpeners: z.array(z.string().min(1)),
  brandBoundaries: z.array(z.string().length(1)),
  groupBrands: z.array(z.string().min(1)),
  numerals: z.string().min(1),
  siteKinds: z.array(z.string().min(1)),
  numberedUnits: z.array(z.string().min(1)),
  numberedExamples: z.object({ positive: z.array(z.object({ text: z.string(), name: z.string() })), negative: z.array(z.string()) }),
  numberedBodyEndings: z.array(z.string().min(1)),
  numberedBodyExamples: z.object({
    positive: z.array(z.object({ text: z.string(), first: z.string(), second: z.string(), name: z.string() })),
    negative: z.array(z.object({ text: z.string(), first: z.string(), second: z.string() })),
  }),
  townUnits: z.array(z.string().min(1)),
  namedTownUnits: z.array(z.string().min(1)),
  townExamples: CutExamples,
  mastheadKinds: z.array(z.string().min(1)),
  mastheadTitles: z.array(z.string().min(1)),
  workshopStations: z.array(z.string().min(1)),
  venues: z.array(z.string().min(1)),
  mastheadExamples: z.object({
    positive: z.array(z.object({ text: z.string(), cut: z.string() })),
    negative: z.array(z.object({ text: z.string(), cut: z.string() })),
  }),
  unitLabels: z.array(z.string().min(1)),
  unitLabelExamples: z.object({ positive: z.array(z.object({ text: z.string(), name: z.string() })), negative: z.array(z.string()) }),
  leadPosts: z.array(z.string().min(1)),
  headPosts: z.array(z.string().min(1)),
  subUnitVerbs: z.array(z.string().min(2)),
  subUnitVerbExamples: z.object({
    positive: z.array(z.object({ text: z.string(), name: z.string() })),
    negative: z.array(z.object({ text: z.string(), name: z.string() })),
  }),
  officeParents: z.array(z.string().min(1)),
  officeEndings: z.array(z.string().min(1)),
  officeExamples: z.object({
    positive: z.array(z.object({ text: z.string(), name: z.string() })),
    negative: z.array(z.object({ text: z.string(), name: z.string() })),
  }),
  leadPostExamples: z.object({
    positive: z.array(z.object({ text: z.string(), name: z.string() })),
    negative: z.array(z.object({ text: z.string(), name: z.string() })),
  }),
  startExamples: z.object({
    positive: z.array(z.object({ text: z.string(), cut: z.string(), name: z.string() })),
    negative: z.array(z.object({ text: z.string(), cut: z.string() })),
  }),
  brandExamples: z.object({
    positive: z.array(z.object({ text: z.string(), cut: z.string(), name: z.string() })),
    negative: z.array(z.object({ text: z.string(), cut: z.string() })),
  }),
  examples: z.object({
    positive: z.array(z.object({ text: z.string(), place: z.object({ province: z.string().nullable().optional(), city: z.string().nullable().optional(), county: z.string().nullable().optional() }), canonical: z.array(z.string()) })),
    negative: z.array(z.string()),
  }),
});
export type OrgBodies = z.infer<typeof Bodies>;

/** rules/org-bodies.yaml: CompiledRules holds it (compileRules calls this); memoized per folder so that any other caller gets that same object */
export const orgBodies = oncePerRulesDir((dir): OrgBodies => loadRuleFile('org-bodies.yaml', Bodies, dir)[0]);

const HAN = /[\u4e00-\u9fa5]/;

/** 市人社局 → 天水市人力资源和社会保障局, 县委 → 中共肥西县委, 省总工会 → 山东省总工会 */
export function resolveBody(name: string, place: DocPlace, r: OrgBodies): string {
  // (the term names a sitting of the body, not another body: 某区第七届人民代表大会常务委员会, whichever reader found it)
  let s = name.replace(/(?<=[省市县区州旗盟])第[一二三四五六七八九十]{1,3}届(?=人大|人民代表大会|政协|委员会)/, '');
  // (the committee's office, in full or by the short form of a 报/送 line: 县委办公室, 县委办)
  // (and a steering group the committee sets up: 县委人才工作领导小组 → 中共某县委人才工作领导小组)
  const office = /^(.委)(办公室|办|[\u4e00-\u9fa5]{2,12}?(?:领导小组|协调小组)(?:办公室)?)?$/.exec(s);
  if (office && r.party.includes(office[1])) {
    const district = (place as DocPlace & { district?: string | null }).district ?? null;
    const where = s[0] === '省' ? place.province : s[0] === '区' ? (place.county?.endsWith('区') ? place.county : district) : s[0] === '县' || s[0] === '旗' ? place.county : place.city;
    // (a one-character county keeps its seat: 黟县 → 中共黟县县委, never 中共黟县委)
    const seat = where && where.length > 2 ? where.replace(/(?:省|市|县|区|旗|州|盟)$/, '') : where;
    const tail = office[2] === '办' ? '办公室' : office[2] ?? '';
    return seat ? `中共${seat}${office[1]}${tail}` : s;
  }
  s = autonomousFull(s, place.county);
  const lead = /^(省|市|县|区|州)(?!级|直|属)/.exec(s);
  if (lead) {
    const where = lead[1] === '省' ? place.province : lead[1] === '县' ? place.county : lead[1] === '市' || lead[1] === '州' ? place.city :
      place.county?.endsWith('区') ? place.county : (place as DocPlace & { district?: string | null }).district ?? null;
    if (where) s = where + s.slice(1);
  }
  // 新区总工会 in a document about 两江新区: a zone named by its kind after the first mention, like 市 / 县
  const zone = /^(新区|高新区|经开区|开发区)(?=[\u4e00-\u9fa5]{2})/.exec(s);
  const district = (place as DocPlace & { district?: string | null }).district;
  if (zone && district && district.endsWith(zone[1]) && district !== zone[1]) s = district + s.slice(zone[1].length);
  // (an office by its short form: 市人大办 → …人大常委会办公室; the body's own short form is then expanded)
  const off = Object.entries(r.offices).find(([a]) => s.endsWith(a));
  if (off) s = s.slice(0, s.length - off[0].length) + off[1];
  const tail = s.endsWith('办公室') ? '办公室' : '';
  s = s.slice(0, s.length - tail.length);
  for (const [a, full] of Object.entries(r.abbreviations)) if (s.endsWith(a) && !s.endsWith(full)) { s = s.slice(0, s.length - a.length) + full; break; }
  return s + tail;
}

/** A body of the document's autonomous county named by the county's short form (天祝县总工会 in a document of
 * 天祝藏族自治县, 澜沧县人民政府): the county's full name, as its other mentions read it. A registered firm's or
 * cooperative's name keeps the form it was registered under (天祝县某某专业合作社). */
function autonomousFull(s: string, county: string | null | undefined): string {
  const m = county ? /^([\u4e00-\u9fa5]{2,3}?)(?:[\u4e00-\u9fa5]{1,4}?族)+自治([县旗])$/.exec(county) : null;
  if (!m || !s.startsWith(m[1] + m[2]) || /(?:公司|集团|合作社|联合社|厂|店|场)$/.test(s)) return s;
  return county + s.slice(m[1].length + 1);
}

function org(text: string, start: number, end: number, place: DocPlace, r: OrgBodies, rule: string): Entity {
  const raw = text.slice(start, end);
  // (a name broken over two lines is one name: the line break is no part of it)
  const name = raw.replace(/\n[ \u3000]*/g, '');
  // the term (第十八届) names a sitting of the body, not another body
  return { type: 'org', name, canonical: resolveBody(name.replace(/\s+/g, '').replace(/(?<=[省市县区州旗盟])第[一二三四五六七八九十]{1,3}届(?=人大|人民代表大会|政协|委员会)/, ''), place, r), role: null, text: raw, start, end, rule };
}


/** place + body at a boundary: 市财政局, 湄潭县人力资源和社会保障局, 县委 */
export function bodyOrgs(text: string, place: DocPlace, r: OrgBodies): Entity[] {
  const re = perRules(r, 'org-refine.bodyRe', () => {
    const places = gazetteer().names.filter((n) => n.length >= 3 && /[省市县区州旗盟]$/.test(n));
    // (旗 and 盟 are the county's and the prefecture's seats in Inner Mongolia: 旗总工会, 盟人社局)
    const seats = [...longest(places), '省', '市', '县', '区', '州', '旗', '盟'];
    // (a long body's name may be broken over two lines, as a speech's subtitle is: 在某市第十七届人民代表大会
    // ⏎ 常务委员会第二十一次会议上)
    const body = longest(r.bodies).map((b) => (b.length >= 8 ? [...b].map(esc).join('(?:\\n[ \u3000]*)?') : esc(b))).join('|');
    // (a party committee or a body before 各部门 names its departments, a class: 抄送：市委各部门, 市政府各部门)
    // a congress's or conference's term may stand between the place and the body (邳州市第十八届人大常委会)
    // (a union's department is one name with it where the name ends: ——县总工会基层工作部\u3000某某; the halves'
    // gold reads 市总工会党组会议 and 常委会 under the union itself)
    // (a body's office is written with it, in full or by its short form closing the name: 市人大常委会办公室,
    // 抄送：市人大办、市政协办; 办 before another character is a verb, 市政府办理)
    const office = Object.keys(r.offices).map(esc).join('|');
    return new RegExp(`${startsLikeOneOf([...seats, ...r.party])}(?:(${seats.map(esc).join('|')})(?:第[一二三四五六七八九十]{1,3}届)?((?:${office})(?![\\u4e00-\\u9fa5])|(?:${body})(?:办公室|(?<=总工会)[\\u4e00-\\u9fa5]{2,5}部(?![\\u4e00-\\u9fa5]))?(?!各(?:部门|单位|科室|部委)))|(${r.party.map(esc).join('|')})(?:办公室|办(?![\\u4e00-\\u9fa5]))?(?![\\u4e00-\\u9fa5]{0,2}(?:书记|常委|委员)|各))`, 'g');
  });
  re.lastIndex = 0;
  const out: Entity[] = [];
  const joiners = ['、', '和', '及', '与', ...r.connectors, ...r.verbs];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // a district after its city (眉山市|东坡区第二届人大常委会): the city opens the body
    const start = m.index - cityBefore(text, m.index);
    const before = text.slice(Math.max(0, start - 2), start);
    // (a modifier's 的 and 根据 / 据 close what stands before: 位于某镇的|市零工市场, 根据|市人大常委会…安排)
    const open = !HAN.test(before.slice(-1)) || joiners.some((j) => before.endsWith(j)) || /(?:的|据)$/.test(before) || partyAfterVerb(text, m, start) || portfolioAfterVerb(text, m, start);
    // a connector read as a place (会同|县 … 会同县 is also a county): try again after it; after a body's
    // short form in brackets (某局（以下简称“县人社局”）会同县财政局) it is the verb, as after a name
    const j = joiners.find((x) => x.length > 1 && m!.index > 0 && m![0].startsWith(x));
    // (and at a sentence's start when the county is of another province than the document's: seatVerbLead)
    const lead = start === m.index ? seatVerbLead(m[0], place, r) : 0;
    if (!open || (j && /[）”]$/.test(before)) || lead) {
      if (j || lead) re.lastIndex = m.index + (lead || j!.length);
      continue;
    }
    const o = org(text, start, m.index + m[0].length, place, r, m[3] ? 'org.party-committee' : 'org.place-body');
    // a short form whose place the document does not name is left to the dictionary reader
    if (/^(?:省|市|县|区|州)/.test(o.canonical) || r.party.some((p) => o.canonical.startsWith(p))) continue;
    out.push(o);
  }
  return out;
}

/** A merged bureau named with 和 by its bare seat after any verb (协调|县文化体育广播电视和旅游局, 走访|县住房和城乡
 * 建设局): the reader would cut it at 和 (旅游局); the verb and the seat make no place of the gazetteer (调县). */
function portfolioAfterVerb(text: string, m: RegExpExecArray, start: number): boolean {
  if (start !== m.index || !m[1] || m[1].length !== 1 || !m[2]?.includes('和')) return false;
  return !gazetteer().byName.has(text.slice(start - 1, start + 1)) && !/[全各本我该]/.test(text[start - 1] ?? '');
}

/** A party committee by its seat alone, closed by punctuation, 和 or 的 (落实县委和上级工会的部署, 代表县委、县政府):
 * whatever verb stands before it, 县委 is the place's committee, unless a place's name ends at its seat
 * (某某县委 is read with its place) */
function partyAfterVerb(text: string, m: RegExpExecArray, start: number): boolean {
  // (团县委 is the youth league's committee, not the party's)
  if (!m[3] || m[0] !== m[3] || start !== m.index || text[start - 1] === '团') return false;
  if (!/^(?:[^\u4e00-\u9fa5]|[和的])/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1) || '。')) return false;
  const g = gazetteer().byName;
  return ![2, 3, 4, 5, 6, 7, 8].some((n) => m.index + 1 - n >= 0 && g.has(text.slice(m.index + 1 - n, m.index + 1)));
}

/** the length of the city's or province's full name that ends at `pos` (眉山市 before 东坡区), 0 if none;
 * looked up behind each match rather than put in the pattern, whose thousands of names would then be
 * tried at every position of the text */
function cityBefore(text: string, pos: number): number {
  for (let len = Math.min(12, pos); len >= 3; len--) {
    const name = text.slice(pos - len, pos);
    if (/[省市州盟]$/.test(name) && gazetteer().byName.get(name)?.some((p) => p.kind !== 'county')) return len;
  }
  return 0;
}

/** the value of a record's unit field on a line of its own (所在单位：某县某镇某某画院, 依 托 单 位：某某有限公司):
 * the whole value names the unit, whatever its ending; it opens with a place of the gazetteer */
export function unitFieldOrgs(text: string, place: DocPlace, r: OrgBodies): Entity[] {
  const re = perRules(r, 'org-refine.unitFieldRe', () => {
    const labels = longest(r.unitLabels).map((l) => [...l].map(esc).join('[ \u3000]?')).join('|');
    return new RegExp(`^[ \u3000]*(?:${labels})[ \u3000]*[：:][ \u3000]*([\u4e00-\u9fa5]{5,30})(?=[（(]|[ \u3000]*$)`, 'gm');
  });
  const out: Entity[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index! + m[0].length - m[1].length;
    if (opensWithPlace(m[1])) out.push(org(text, start, start + m[1].length, place, r, 'org.unit-field'));
  }
  return out;
}

/** a place of the gazetteer opens the name (同仁市…, 黔东南州…, 安宁…) */
function opensWithPlace(name: string): boolean {
  const g = gazetteer();
  for (let len = Math.min(8, name.length - 2); len >= 2; len--) if (g.byName.has(name.slice(0, len))) return true;
  return false;
}

/** A sitting of a place's political consultative conference and its standing committee, written with its term
 * (政协某某市第十届委员会常务委员会, 中国人民政治协商会议某某县第九届委员会): the place after 政协 opens no body of its own */
export function cppccOrgs(text: string, place: DocPlace, r: OrgBodies): Entity[] {
  const re = /(?:中国人民政治协商会议|政协)([\u4e00-\u9fa5]{2,8}?[省市县区州旗盟])第[一二三四五六七八九十]{1,3}届委员会(?:常务委员会)?/g;
  return [...text.matchAll(re)].filter((m) => isPlaceName(m[1])).map((m) => org(text, m.index!, m.index! + m[0].length, place, r, 'org.place-body'));
}

/** A section (科 / 股) of the issuing bureau credited for an item: in a bracketed byline before the writer or 供稿
 * (（职业能力建设科 某某）, （撰稿：就业促进股 某某）, （综合科供稿）), after a dash closing the item (——就业促进科),
 * or as a page's source or a notice's contact (来源：职业能力建设科, 联系人：职业能力建设股 某某). The section
 * names no place: the bureau whose bulletin it is owns it; a body's name (局, 会, 院) is read elsewhere. */
const SECTION = String.raw`[县市区]?[\u4e00-\u9fa5]{2,9}?[科股]`;
const SECTION_CREDIT = new RegExp(String.raw`(?:（(?:(?:撰稿|执笔|供稿|文|联系人)[：:／/])?(${SECTION})(?=[ \u3000]+[\u4e00-\u9fa5·]{2,6}[）\u3000 ]|[ \u3000]*供稿）|）)|^[ \u3000]*——[ \u3000]*(${SECTION})[ \u3000]*$|(?:来源|联系人)[：:][ \u3000]*(${SECTION})(?=[ \u3000]))`, 'gm');

export function sectionCreditOrgs(text: string, place: DocPlace, r: OrgBodies): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(SECTION_CREDIT)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (/[局会院厅委]/.test(name)) continue;
    const start = m.index! + m[0].indexOf(name);
    out.push(org(text, start, start + name.length, place, r, 'org.section-credit'));
  }
  return out;
}

/** newspapers, stations and sites: 《劳动午报》, 绵阳日报, 新华网 */
export function mediaOrgs(text: string, place: DocPlace, r: OrgBodies): Entity[] {
  const re = new RegExp(`(?<=^|[^\\u4e00-\\u9fa5]|[据在和与及、])(?:${longest(r.sites).map(esc).join('|')}|[\\u4e00-\\u9fa5]{2,6}?(?:${longest(r.media).map(esc).join('|')}))(?=$|[^\\u4e00-\\u9fa5]|报道|转载|刊发|刊登|记者|讯)`, 'gm');
  // (打开某某新闻网 | 手机版: a page's call to open its site or app, chrome that names no body)
  return [...text.matchAll(re)].filter((m) => !/^(?:打开|访问|登录|下载)/.test(m[0])).map((m) => org(text, m.index!, m.index! + m[0].length, place, r, 'org.media'));
}

/** a unit named by its number alone (the 兵团's regiments, 181团): three digits, then the unit's word
 * (rules/org-bodies.yaml numberedUnits); a word after it that makes 团 a group (团员, 团队) is none */
export function numberedOrgs(text: string, place: DocPlace, r: OrgBodies): Entity[] {
  const re = new RegExp(`(?<![\\d.．０-９])[1-9]\\d{2}(?:${longest(r.numberedUnits).map(esc).join('|')})(?![员队体委伙购圆聚费长])`, 'g');
  return [...text.matchAll(re)].map((m) => org(text, m.index!, m.index! + m[0].length, place, r, 'org.numbered'));
}

function bodyHeadRe(r: OrgBodies): RegExp {
  const re = perRules(r, 'org-refine.headRe', () => {
    const body = longest(r.bodies.filter((b) => b.length >= 2)).map(esc).join('|');
    return new RegExp(`^((?:[省市县区州]|[\\u4e00-\\u9fa5]{2,8}?[省市县区州旗])(?:${body}))(?:在|于|赴|到|从|向)(?=[\\u4e00-\\u9fa5]{2})`);
  });
  return re;
}

/** split an org at a connector or a place-name restart; cut a verb read as its head */
function repair(e: Entity, text: string, place: DocPlace, r: OrgBodies): Entity[] {
  const s = text.slice(e.start, e.end);
  const opening = openingRepair(e, s, text, place, r);
  if (opening) return opening;
  for (const c of r.connectors) {
    // (与 inside a college's name joins its disciplines: 材料科学与工程学院)
    if (c === '与' && /(?:学院|研究院|研究所)(?:分工会|工会)?$/.test(s)) continue;
    // (and a bureau's two portfolios: 县海洋与渔业局, 市自然资源与规划局; a second body opens with its seat or place)
    if (c === '与' && /(?:局|厅|委)$/.test(s) && !opensBody(s.slice(s.indexOf(c) + 1))) continue;
    const i = s.indexOf(c);
    if (i >= 3 && s.length - i - c.length >= 3) {
      return [...repair({ ...e, end: e.start + i, text: s.slice(0, i) }, text, place, r), ...repair({ ...e, start: e.start + i + c.length, text: s.slice(i + c.length) }, text, place, r)].map((x) => org(text, x.start, x.end, place, r, e.rule));
    }
  }
  // 和 / 及 between a body's ending and a seat or place opens a second body (市卫健委和市市场监管局); inside
  // one name it joins two portfolios (人力资源和社会保障局)
  const and = /(?<=[委局会厅办部院所])[和及](?=[省市县区州]|[\u4e00-\u9fa5]{2,4}[省市县区州])/.exec(s);
  if (and && and.index >= 3 && s.length - and.index - 1 >= 3 && /^(?:[省市县区州]|[\u4e00-\u9fa5]{2,4}?[省市县区州])/.test(s.slice(and.index + 1)) && (/^[省市县区州]/.test(s.slice(and.index + 1)) || isPlaceName(/^[\u4e00-\u9fa5]{2,4}?[省市县区州]/.exec(s.slice(and.index + 1))![0]))) {
    return [...repair(org(text, e.start, e.start + and.index, place, r, e.rule), text, place, r), ...repair(org(text, e.start + and.index + 1, e.end, place, r, e.rule), text, place, r)];
  }
  for (const v of longest(r.verbs)) {
    const i = s.lastIndexOf(v);
    // (a verb right before a steering group's ending is its task, part of its name: 县评选表彰工作领导小组)
    if (i >= 0 && /^(?:工作)?(?:领导小组|协调小组)/.test(s.slice(i + v.length))) continue;
    // a one-character verb only after a count's measure word (2项获|国铁集团…), never inside a name
    if (i >= 0 && s.length - i - v.length >= 4 && (v.length >= 2 || /^[\d一二三四五六七八九十]*[项个人名家件]$/.test(s.slice(0, i)))) return [org(text, e.start + i + v.length, e.end, place, r, e.rule)];
  }
  // a clause that sets up or fills a bare office (组委会下设办公室, 某某兼任办公室主任) names no body
  if (longest(r.verbs).some((v) => v.length >= 2 && /^(?:办公室|秘书处|办)$/.test(s.slice(s.lastIndexOf(v) + v.length)) && s.includes(v))) return [];
  // a table row whose columns the normaliser left one space apart (某某劳模创新工作室 某某科技有限公司):
  // a name of six or more characters that names its place near its start (福建晋江…, 国网福建省…) after a
  // space is a column of its own unless a place ends the left part (昆明市 总工会; a title broken at a
  // space, 某省…改革 工作协调领导小组办公室, names no place after it)
  const g = gazetteer();
  const gap = /[ \u3000]+(?=[^ \u3000]{6,}$)/.exec(s);
  const placeAt = (from: number) => [0, 1, 2].some((k) => [2, 3, 4, 5].some((n) => isPlaceName(s.slice(from + k, from + k + n))));
  if (gap && gap.index >= 4 && placeAt(gap.index + gap[0].length) && ![2, 3, 4, 5].some((n) => g.byName.has(s.slice(gap.index - n, gap.index)))) return repair(org(text, e.start + gap.index + gap[0].length, e.end, place, r, e.rule), text, place, r);
  // 福建省总工会福建省人力资源和社会保障厅: a second full place name after a body's ending; or the place
  // the name opened with, written again (楚雄州总工会楚雄州人力资源和社会保障局)
  const opened = /^[\u4e00-\u9fa5]{2,6}?[省市州县盟旗]/.exec(s)?.[0];
  for (let i = 4; i < s.length - 3; i++) {
    if (!/[会厅局委办]/.test(s[i - 1])) continue;
    // a party or youth-league body opens a second name (三明市教育局|共青团三明市委员会, 某局|中共某县委…)
    if (/^(?:中共|共青团)[\u4e00-\u9fa5]{2}/.test(s.slice(i)) && s.length - i >= 5) return [org(text, e.start, e.start + i, place, r, e.rule), ...repair(org(text, e.start + i, e.end, place, r, e.rule), text, place, r)];
    if (opened && s.startsWith(opened, i) && s.length - i > opened.length + 1) return [org(text, e.start, e.start + i, place, r, e.rule), ...repair(org(text, e.start + i, e.end, place, r, e.rule), text, place, r)];
    const pl = g.byName.get(s.slice(i, i + 3)) ?? g.byName.get(s.slice(i, i + 4)) ?? g.byName.get(s.slice(i, i + 5));
    // (a county's full name opens a second body too, unless the rest is the unit's branch there:
    // 某市公安局|某区分局; the first part read from inside a word, 工业和|信息化局, is no body of its own)
    const county = pl?.some((p) => p.kind === 'county' && s.startsWith(p.name, i)) && !/(?:分局|分公司|分行|支行|分院|分所|分中心|[大中]队|所|站|科|股)$/.test(s);
    if (pl && (pl.some((p) => p.kind !== 'county') || county)) {
      const first = HAN.test(text[e.start - 1] ?? '') && !opensBody(s) ? [] : [org(text, e.start, e.start + i, place, r, e.rule)];
      return [...first, ...repair(org(text, e.start + i, e.end, place, r, e.rule), text, place, r)];
    }
  }
  return [e];
}

/** A verb that sends a matter to a body or consults it, right before the body's bare seat (春节前报|县政府, 研究并
 * 商|县人社局, 会同|县财政局 at a sentence's start): the reader took it with the seat for a county that is none
 * (前报县, 商县), or for a county elsewhere (会同县 in another province's text). The length of the lead, or 0. */
function seatVerbLead(s: string, place: DocPlace, r: OrgBodies): number {
  const m = /^([\u4e00-\u9fa5]{1,2}?)([县市][\u4e00-\u9fa5]{2})/.exec(s);
  if (!m) return 0;
  const county = m[1] + m[2][0];
  const own = [place.county, place.city].includes(county) || gazetteer().byName.get(county)?.some((p) => !place.province || p.province === place.province);
  if (own) return 0;
  const verb = r.seatVerbs.find((v) => m[1].endsWith(v));
  return verb && (m[1] === verb || !isPlaceName(m[1])) ? m[1].length : 0;
}

/** a word before the body read as the name's start: a connector, a preposition, the writer's own body; or a
 * preposition after the body's ending */
function openingRepair(e: Entity, s: string, text: string, place: DocPlace, r: OrgBodies): Entity[] | null {
  // a connector opening the name inside a clause (区总工会将会同|区人社局, 并联合|市财政局) is the verb, not a
  // place (会同县): the body begins at the seat after it
  const lead = r.connectors.find((c) => c.length > 1 && s.startsWith(c) && /^[省市县区州旗][\u4e00-\u9fa5]{2}/.test(s.slice(c.length)));
  if (lead && HAN.test(text[e.start - 1] ?? '') && ![...r.verbs, '和', '及', '与'].some((v) => text.slice(0, e.start).endsWith(v))) return repair(org(text, e.start + lead.length, e.end, place, r, e.rule), text, place, r);
  // a preposition before a bare seat (据|镇总工会, 经|县人社局): the clause's word, not a place's first character
  // (a place named by two characters and its seat, 由镇 / 经县, is no place of the gazetteer)
  if (r.prepositions.includes(s[0]) && /^[省市县区州镇乡][\u4e00-\u9fa5]{2}/.test(s.slice(1)) && !isPlaceName(s.slice(0, 2))) return repair(org(text, e.start + 1, e.end, place, r, e.rule), text, place, r);
  const verbLed = seatVerbLead(s, place, r);
  if (verbLed) return repair(org(text, e.start + verbLed, e.end, place, r, e.rule), text, place, r);
  // a place's body and then a preposition (市交通运输局在|城区…中心, 县人社局于…): the name ends at the body
  const head = bodyHeadRe(r).exec(s);
  if (head) return [org(text, e.start, e.start + head[1].length, place, r, e.rule)];
  // the writer's own body or place, or a reply's addressee, then a connector (我局会同|市总工会, 本会联合|县妇联,
  // 你局会同|县总工会): the body is after it
  const self = new RegExp(`^[我本你][\u4e00-\u9fa5](?:${r.connectors.map(esc).join('|')})(?=[省市县区州旗盟]|[\u4e00-\u9fa5]{2,4}?[省市县区州旗盟])`).exec(s);
  if (self && s.length - self[0].length >= 3) return repair(org(text, e.start + self[0].length, e.end, place, r, e.rule), text, place, r);
  return null;
}

/** the text opens a body of its own: a seat, a place, the party or the youth league */
function opensBody(s: string): boolean {
  return /^(?:[省市县区州旗盟]|中共|共青团)/.test(s) || [2, 3, 4, 5].some((n) => isPlaceName(s.slice(0, n)));
}

/** take in a place name or Latin letters written right before the head: 大连|船舶重工…, 洛阳LYC|轴承… */
function extendHead(e: Entity, text: string, place: DocPlace, r: OrgBodies, bound?: (q: number) => boolean): Entity {
  let s = e.start;
  while (s > 0 && /[A-Za-z0-9]/.test(text[s - 1])) s--;
  // digits alone are a row number glued to the name (1太原重型机械集团…), not part of it
  if (/^\d+$/.test(text.slice(s, e.start))) s = e.start;
  const g = gazetteer();
  // (a name that opens with a county's or a city's full name takes no county's short form before it: 比如|太康县…
  // is 'for example', though 比如 is also a county's name)
  const seated = [2, 3, 4, 5, 6].some((n) => /[县市区旗]$/.test(e.name.slice(0, n)) && g.byName.has(e.name.slice(0, n)));
  for (const len of [5, 4, 3, 2]) {
    const cand = text.slice(s - len, s);
    // a county named without 县 (于都|供电分公司) only where a name may begin
    if (s - len >= 0 && (g.byName.has(cand) || (isPlaceName(cand) && !seated)) && !HAN.test(text[s - len - 1] ?? '')) { s -= len; break; }
  }
  if (s === e.start) s = placeRunningIn(text, s, r);
  if (s === e.start) s = brandedStart(text, s, r, bound);
  if (s === e.start) s = numeralLeftOut(text, s, r);
  if (s === e.start) s = siteBefore(text, s, r);
  s = groupBrandBefore(text, s, r);
  return s === e.start || /^[省市县区]/.test(e.name) ? e : { ...org(text, s, e.end, place, r, e.rule), canonical: resolveBody(text.slice(s, e.end), place, r) };
}

/** a place the name was cut inside (万|山区总工会: the tagger read 万 as a numeral): the start of a
 * place of the gazetteer that begins one or two characters before `at` and runs into the name, at a
 * boundary or right after a verb or a joiner that takes a body (为大|箐山县某公司工会, 向大|箐山县中医医院:
 * the tagger read the rare character apart) */
function placeRunningIn(text: string, at: number, r: OrgBodies): number {
  const g = gazetteer();
  for (const k of [1, 2]) {
    if (at - k < 0 || (HAN.test(text[at - k - 1] ?? '') && !afterBodyVerb(text.slice(0, at - k), r))) continue;
    for (const len of [5, 4, 3]) {
      const w = text.slice(at - k, at - k + len);
      // a full name, or a wing banner's short form (科左中旗: the tagger cut it 科|左|中旗)
      if (len > k && g.byName.get(w)?.some((p) => p.name === w || /[左右][前中后]?旗$/.test(w))) return at - k;
    }
  }
  return at;
}

/** the text before a name ends with a verb or a joiner that takes a body (授予, 为, 向, 与, 会同) */
function afterBodyVerb(before: string, r: OrgBodies): boolean {
  return [...r.verbs, ...r.connectors].some((v) => before.endsWith(v));
}

/** a place name opening with a numeral character the tagger read as a number (万|峰林街道工会, 三|江源…):
 * one such character alone between a boundary (line start, space, punctuation) and the name is the
 * name's first character; a count never stands there without its digits or a measure word */
function numeralLeftOut(text: string, at: number, r: OrgBodies): number {
  if (at < 1 || !r.numerals.includes(text[at - 1])) return at;
  const before = text.slice(0, at - 1);
  // (or right after a preposition or verb that takes a body: 由|万峰林街道工会联合…)
  const open = !HAN.test(before.slice(-1)) && !/[\dA-Za-z０-９.．]$/.test(before);
  return open || r.verbs.some((v) => before.endsWith(v)) ? at - 1 : at;
}

/** A body that manages a site is named by it (七里海湿地|保护管理中心, 某某国家湿地|公园管理局, 某某风景名胜区|
 * 管理处): the reader stops at the site's kind (rules/org-bodies.yaml siteKinds); the site's proper name,
 * back to a boundary or a verb that takes a body, opens the name. */
function siteBefore(text: string, at: number, r: OrgBodies): number {
  const kind = longest(r.siteKinds).find((k) => text.slice(0, at).endsWith(k));
  if (!kind) return at;
  const m = /[\u4e00-\u9fa5]{2,12}$/.exec(text.slice(Math.max(0, at - kind.length - 12), at - kind.length));
  if (!m) return at;
  let run = m[0];
  // (after a verb that takes a body: 依托|内蒙古某某国家湿地…)
  for (let k = 1; k < run.length - 1; k++) if (r.verbs.some((v) => v.length >= 2 && run.slice(0, k).endsWith(v))) { run = run.slice(k); break; }
  const whole = at - kind.length - run.length;
  if (HAN.test(text[whole - 1] ?? '') && !r.verbs.some((v) => v.length >= 2 && text.slice(0, whole).endsWith(v))) return at;
  // (a function word in the site's own name, past its place, makes it a clause)
  const lead = [5, 4, 3, 2].find((n) => isPlaceName(run.slice(0, n))) ?? 0;
  return r.brandStop.some((w) => run.slice(lead).includes(w)) ? at : whole;
}

/** a group's brand before the place of its subsidiary (国能|宁夏灵武发电有限公司, 国网|江苏省…供电公司):
 * the registered name opens with the group's short name, then the subsidiary's province or city */
function groupBrandBefore(text: string, at: number, r: OrgBodies): number {
  if (![2, 3, 4, 5].some((n) => isPlaceName(text.slice(at, at + n)))) return at;
  const b = longest(r.groupBrands).find((x) => text.slice(0, at).endsWith(x));
  if (!b) return at;
  const before = text.slice(0, at - b.length);
  return !HAN.test(before.slice(-1)) || r.verbs.some((v) => v.length >= 2 && before.endsWith(v)) ? at - b.length : at;
}

/** a place of the gazetteer by its full name or a county's without 县/市/区/旗 (安溪, 桐庐) */
function isPlaceName(w: string): boolean {
  const g = gazetteer().byName;
  return g.has(w) || ['县', '市', '区', '旗'].some((x) => g.has(w + x)) || autonomousCountyShort(w);
}

/** An enterprise's name is place + trade name (字号) + trade + form (广东|太安堂|药业股份有限公司), or trade
 * name + （place） (飞鹤（甘南）|乳品有限公司); the trade name is any word, so the reader may stop at it. When
 * a place opens the run at a boundary (line start, a space, punctuation) and a short trade name without
 * function words follows, the name begins at the place. */
function brandedStart(text: string, at: number, r: OrgBodies, bound?: (q: number) => boolean): number {
  const g = gazetteer();
  const bracketed = /(?:^|[^\u4e00-\u9fa5])([\u4e00-\u9fa5]{2,4})（([\u4e00-\u9fa5]{2,5})）$/.exec(text.slice(Math.max(0, at - 14), at));
  if (bracketed && isPlaceName(bracketed[2]) && !r.brandStop.some((w) => bracketed[1].includes(w))) return at - bracketed[0].length + (bracketed[0].length - bracketed[1].length - bracketed[2].length - 2);
  for (let q = at - 3; q >= Math.max(0, at - 10); q--) {
    // a place opens the name at a boundary or right after a verb of conferment (授予|阳朔县遇龙河…)
    // (or right after a person's name the normaliser glued on: 3龙婷|花垣县锰都新材料有限公司; or after 的, rules brandBoundaries)
    // (or after a joiner, 与|伊春林都|康养职业培训学校合作: the partner's name opens there)
    if (HAN.test(text[q - 1] ?? '') && !r.brandBoundaries.includes(text[q - 1]) && !r.verbs.some((v) => v.length >= 2 && text.slice(0, q).endsWith(v)) && !r.connectors.some((c) => text.slice(0, q).endsWith(c)) && !bound?.(q)) continue;
    // (a county-level place by its name without 市/县, 原平|顺达|快递分拨中心)
    let pl = [5, 4, 3, 2].find((len) => q + len < at && (g.byName.has(text.slice(q, q + len)) || (len >= 2 && isPlaceName(text.slice(q, q + len)))));
    if (pl === undefined) return at;
    // a province then a city (广西|百色|华铝精深…): the trade name follows the last place
    const next = [5, 4, 3, 2].find((len) => q + pl! + len < at && g.byName.has(text.slice(q + pl!, q + pl! + len)));
    if (next !== undefined) pl += next;
    const brand = text.slice(q + pl, at);
    // a trade name may open with 和 (六安|和盛|纺织…), never hold a function word elsewhere
    // (or close a trade name of two with it, 庆云县|康和|养老服务中心, 莫旗|蒙和|大豆食品…; 企业和 is a clause's)
    const opened = brand[0] === '和' && !isPlaceName(brand.slice(1, 3)) ? brand.slice(1) : brand;
    const inner = brand.length === 2 && brand[1] === '和' && !/[省市县区州旗盟镇乡村]/.test(brand[0]) ? brand[0] : opened;
    // (a pronoun or determiner only opens a phrase, 其|公司, 该|有限公司; inside a name it is a character of it, 甘其毛都)
    // (a zone or town after the place is the address, not a trade name: 老城|经济开发区|海南某某有限公司)
    return brand.length <= 5 && /^[\u4e00-\u9fa5]+$/.test(brand) && !/[省市县区州旗盟镇乡村]$/.test(brand) && !r.brandStop.some((w) => inner.includes(w)) && !r.brandOpeners.some((w) => inner.startsWith(w)) && !r.bodies.some((b) => brand.includes(b)) && !r.connectors.some((c) => brand.includes(c)) ? q : at;
  }
  return at;
}

/** the district a document speaks of as 区 (经开区总工会 … 区总工会): the most frequent X区 before a body */
export function districtOf(text: string): string | null {
  const n = new Map<string, number>();
  for (const m of text.matchAll(/(?:^|[^\u4e00-\u9fa5]|[省市县])([\u4e00-\u9fa5]{0,3}(?:新区|开发区|经开区|高新区))(?=总工会|党工委|管委会|工委)/gm)) n.set(m[1], (n.get(m[1]) ?? 0) + 1);
  // on a tie the full name (两江新区) over the kind it is later called by (新区)
  const zone = [...n].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
  if (zone) return zone;
  // else a city district of the gazetteer that seats a body in the text (涪陵区总工会, 武清区人民政府):
  // the 区 that 区人大常委会, 区委 speak of
  const g = gazetteer();
  const d = new Map<string, number>();
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{1,4}区)(?=总工会|人民政府|政府|人大常委会|委员会|党委|政协)/g)) {
    const name = [m[1], m[1].slice(1), m[1].slice(2)].find((x) => x.length >= 3 && g.byName.get(x)?.some((p) => p.kind === 'county' && p.name === x));
    if (name) d.set(name, (d.get(name) ?? 0) + 1);
  }
  const seated = [...d].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (seated) return seated;
  // else the district the document names most often, when it is named in its head (a report 关于某区…
  // 的报告 then says 区人大常委会, 区政府, 区总工会 throughout)
  const named = mostNamed(text, (p) => p.kind === 'county' && p.name.endsWith('区'));
  return named && text.slice(0, 300).includes(named) ? named : null;
}

/** the full name of a place of the gazetteer that `text` names most often among those `ok` accepts */
function mostNamed(text: string, ok: (p: Place) => boolean): string | null {
  const g = gazetteer();
  const n = new Map<string, number>();
  for (let i = text.indexOf('区') >= 0 || text.indexOf('市') >= 0 ? 0 : text.length; i < text.length; i++) {
    const c = text[i];
    if (c !== '区' && c !== '市' && c !== '县' && c !== '旗') continue;
    for (const len of [5, 4, 3]) {
      const w = text.slice(i + 1 - len, i + 1);
      if (g.byName.get(w)?.some((p) => p.name === w && ok(p))) { n.set(w, (n.get(w) ?? 0) + 1); break; }
    }
  }
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** A county-level city that issues the document (邳州市总工会关于…的报告) is the 市 of its 市人民政府, 市财政: it is
 * named in the head, before the prefecture it belongs to and more often. */
export function countyCityOf(text: string, place: DocPlace): string | null {
  const named = mostNamed(text, (p) => p.kind === 'county' && p.name.endsWith('市'));
  if (!named || !text.slice(0, 120).includes(named)) return null;
  const count = (w: string) => text.split(w).length - 1;
  // (the issuer opens the document: a prefecture named before it, 晋城市人社局办公室 … 高平市新认定…, is the 市)
  const first = place.city ? text.indexOf(place.city) : -1;
  if (first >= 0 && first < text.indexOf(named)) return null;
  return !place.city || count(named) > count(place.city) || issuesHead(text, named) ? named : null;
}

/** the county-level city's own body opens the document (某某市总工会办公室编, 某某市人社局关于…): its 市委, 市总工会
 * are that city's even when the prefecture's titles (某某市五一劳动奖章, 报：某某市总工会) are named more often */
function issuesHead(text: string, named: string): boolean {
  const head = text.slice(0, 120);
  const at = head.indexOf(named);
  return /^(?:总工会|人民政府|人力资源和社会保障局|人社局|产改|[\u4e00-\u9fa5]{0,8}领导小组)/.test(head.slice(at + named.length));
}

/** a team, section or workshop written right after its unit (某港务集团有限公司|集装箱装卸一队, 某急救中心|调度科,
 * 某供电公司|运维检修班, 某县人民法院|立案庭, 某区市场监督管理局|登记注册股) and ended by the layout, an act
 * of receiving (获评, 曾获, 榜上有名, its 称号) or its spokesman (…科负责人介绍): the body is the sub-unit, written with its unit as one name;
 * the unit is not a second body unless the text names it alone (held9's ruling, held12, held13) */
// (not before the post of the person who leads it: 某厂分选班|班长 names the post, as the samples' gold reads
// it; on list lines the halves' gold mostly reads 某医院|产科主任 so too: held12's 心内科主任 is the exception)
const SUB_UNIT_NAME = String.raw`(?:[\u4e00-\u9fa5]|\d{1,2}){0,8}?(?:班组|作业班|检修班|抢修班|[一二三四五六七八九十\d]班|[\u4e00-\u9fa5]{2}班|[一二三四五六七八九十\d]值|[一二三四五六七八九十\d]队|车队|救援队|服务队|突击队|作业队|[中大]队|调度科|[\u4e00-\u9fa5]科|[\u4e00-\u9fa5]{2}组|[\u4e00-\u9fa5]{2}室|项目部|[\u4e00-\u9fa5]{2}团队|车间|分工会|[\u4e00-\u9fa5]{2}庭|[\u4e00-\u9fa5]{2}股|[\u4e00-\u9fa5]{2}处|[\u4e00-\u9fa5]{2}站|[\u4e00-\u9fa5]{2}所|[\u4e00-\u9fa5]{2}队|道班|林场|农场|牧场|茶场|[\u4e00-\u9fa5]{1,2}场|窗口|[\u4e00-\u9fa5]{2,4}服务中心)`;
// (a mine's pit or dressing plant, 某矿业有限公司|采矿场, 某煤业公司|选煤场: a field of 2-3 characters, never 市场 or 现场)
// (or before a post that does not lead it: 某局龙凤山林场|护林员, 某医院急诊科|护士, held9's ruling; not a
// hospital's department before its director, its head nurse or a physician's rank, 某医院心内科|主任,
// 儿科|护士长, 骨科|主任医师: the post names the department, the body is the hospital, as 23 golds read it
// against 12 (held28 on: every half))
// (a post with its rank or tool is still a post that does not lead it: 检验科|主管技师, 采矿场|电铲司机; 主任医师 stays out)
// (a staff post in 员 only after a farm, 林场|护林员: after a section or a shift, 某矿业公司机电科|技术员, 运行值班|值班员,
// the section is the person's post and the unit the body, as held32 and held34 read list lines; 科员 is a rank
// of any office, 某局就业服务中心|科员, whose 科 is no section: held34)
const SUB_UNIT = new RegExp(String.raw`^(${SUB_UNIT_NAME})(?=[、，,。；;\s”）)…]|等|(?<=场)[\u4e00-\u9fa5]{0,3}员(?:[、，,。；;\s]|$)|科员|护士(?!长)|医生|医师|药师|教师|技师|司机|主管(?:护师|技师|药师)|[\u4e00-\u9fa5]{1,3}司机|荣获|获评|获得|获奖|曾获|曾被|榜上有名|称号|被|已|入选|负责人|供稿|统计|提供|职工|今年|去年|全年|现有|共有|近日|日前|此前|再次|连续|先后|\d+个|[一二三四五六七八九十]+个|$)`);
// (an institute of a bureau or a centre, 某县文化广电和旅游局|文物保护所, 某县供电公司|某某供电所; the sub-unit as the
// subject of a year's account, 某医院急诊科|全年接诊…, 某公司第一车队|现有驾驶员…: held61, held68, held69)
// (a section that wrote or counted it, 某局就业股|供稿, 某局就业股|统计: the source of an article or a figure is a body)
// (组织 opening the run is the body's verb, 县总工会|组织专家组评审; a personnel section keeps it, 组织人事科)
const NOT_SUB = /^组织(?!人事)|[的和与及在为是将对从由向了地得着过个]|获评|获得|荣获|评为|连续|[市现广会赛考职商战立剧球操主]场|代表队|下设|设有|工作|领导|专班|培训|小组|所有|全体|各|办公室|会议室|网站|门户|召开|举办|开展|组成|组建|联合|会同/;
const SUB_UNIT_WHOLE = new RegExp(String.raw`^(?:${SUB_UNIT_NAME})$`);
/** A unit below a body on a line of names the copy glued (…公路管理站养护二班某县自来水公司…, blanks lost out
 * of a PDF): the sub-unit ends where a place's name opens the next body. As SUB_UNIT's match, or null. */
const fullPlace = (w: string) => !/^(?:城区|郊区|矿区|新区)$/.test(w) && !!gazetteer().byName.get(w)?.some((p) => p.name === w);
function gluedSubUnit(text: string, at: number): [string, string] | null {
  for (let k = 2; k <= 10; k++) {
    const w = text.slice(at, at + k);
    if (!/^[\u4e00-\u9fa5\d]+$/.test(w)) return null;
    if (SUB_UNIT_WHOLE.test(w) && [2, 3, 4].some((n) => fullPlace(text.slice(at + k, at + k + n)))) return [w, w];
  }
  return null;
}

function withSubUnit(e: Entity, text: string, place: DocPlace, r: OrgBodies): Entity {
  // (院: a hospital, a court, a maternity or health centre; 库 and 社: a grain depot, a cooperative;
  // 委员会: a commission's team, 某区卫生健康委员会|医疗保障青年突击队)
  // (协会, 总工会, 园区: an association's service team, a union's legal aid station, a park's service window)
  if (!/(?:公司|集团|中心|院|厂|局|大学|学校|中学|小学|馆|站|所|部|处|队|库|社|委员会|委|协会|联合会|总工会|园区)$/.test(e.name)) return e;
  const m = SUB_UNIT.exec(text.slice(e.end, e.end + 12)) ?? gluedSubUnit(text, e.end);
  // a workshop named only as 车间 is the post's (某公司车间主任), not a unit of its own
  if (!m || NOT_SUB.test(m[1]) || m[1] === '车间' || m[1] === '班组' || r.subUnitVerbs.some((v) => m[1].startsWith(v))) return e;
  return org(text, e.start, e.end + m[1].length, place, r, e.rule);
}

/** A bureau's section named with the one who works in it: its head's post (某局就业股|股长), or a person
 * the contact or byline line names right after it (联系人：市人社局职业能力建设科某某), or the public is told to
 * address (向县人社局就业股反映, 咨询). The section is the body, written with its bureau; the golds name it so
 * in every half that has one (40 documents). */
const BUREAU_SECTION = /^([\u4e00-\u9fa5]{2,10}?[科股])(?=副?[科股]长|负责人|反映|咨询)/;
const SECTION_END = /[科股]/g;
// (a section's name is a field, two joined by 与 at most, 人才开发与市场科: no function word or verb of a clause)
const NOT_SECTION = /^[科股]|[的和及在为是将对从由向了地得着过个]|召开|举办|开展|组成|组建|获评|获得|荣获|评为/;
function bureauSection(e: Entity, text: string, place: DocPlace, r: OrgBodies, people: Entity[]): Entity {
  if (!e.name.endsWith('局')) return e;
  const after = text.slice(e.end, e.end + 12);
  let sec = BUREAU_SECTION.exec(after)?.[1];
  for (const m of sec ? [] : after.matchAll(SECTION_END)) {
    const end = e.end + m.index + 1;
    if (m.index < 2 || !/^[\u4e00-\u9fa5]+$/.test(after.slice(0, m.index + 1))) break;
    if (people.some((p) => p.start === end + (/^[ \u3000]*/.exec(text.slice(end))?.[0].length ?? 0))) { sec = after.slice(0, m.index + 1); break; }
  }
  if (!sec || NOT_SECTION.test(sec)) return e;
  const x = org(text, e.start, e.end + sec.length, place, r, e.rule);
  // (the bureau's short form is expanded before its section: 市人社局职业能力建设科 → 某市人力资源和社会保障局职业能力建设科)
  return { ...x, canonical: resolveBody(e.canonical, place, r) + sec };
}

/** A company's department written before the post of the one who manages it (某公司客房部|经理, held13,
 * held20): the department goes with the post, so the organisation is the company; a department alone
 * before its head's post (a table's 安全环保部|部长) names no unit (held7's ruling). A department before
 * 部长 / 主任 stays with its unit (某集团财务部|部长, 某医院护理部|主任: held5, held10). null: drop it. */
function beforeLeadPost(e: Entity, text: string, place: DocPlace, r: OrgBodies): Entity | null {
  const after = text.slice(e.end, e.end + 4);
  const post = (ps: string[]) => ps.some((p) => after.startsWith(p) || after.startsWith('副' + p));
  const m = /^(.*)([\u4e00-\u9fa5]{2,5}部)$/.exec(e.name);
  if (!m || /(?:组织|宣传|统战|党支)部$/.test(m[2])) return e;
  // (alone: no unit and no place before the department)
  if (!/(?:公司|集团|厂|中心|院|社|局|委|会|所|站|[省市县区州旗盟镇乡村])/.test(m[1])) return post([...r.leadPosts, ...r.headPosts]) ? null : e;
  // (a manager's post may name the field it manages first: 运维部|技术主管, 销售部|区域经理)
  const fieldPost = r.leadPosts.some((p) => p !== '部长' && after.slice(2).startsWith(p));
  return (post(r.leadPosts) || fieldPost) && /(?:公司|集团|厂|中心|社)$/.test(m[1]) ? org(text, e.start, e.start + m[1].length, place, r, e.rule) : e;
}

/** A list line of a roll of honour (name, unit, post: 某某 某县人民法院执行局法官) gives the unit the person
 * works for; the office inside it (a court's 执行局, a town government's 党政办, a utility's 运维检修部) goes
 * with the post, as the roll reads it under the unit (held34, held35). A village's 党支部 stays: four golds
 * (held16-held30) name the branch, two the village. The parent
 * body is the last of rules/org-bodies.yaml officeParents in the name, the office after it ends in one of
 * officeEndings and is followed by the post to the end of the line. */
function officeOnRoll(e: Entity, text: string, place: DocPlace, r: OrgBodies, people: Entity[]): Entity {
  const ls = lineStart(text, e.start);
  const byName = people.some((p) => p.start >= ls && p.end <= e.start && /^(?:（[^）]{1,8}）)?[\s\u3000]*$/.test(text.slice(p.end, e.start)));
  if (!byName || !/^[\u4e00-\u9fa5]{1,8}$/.test(text.slice(e.end, lineEnd(text, e.end)).trim())) return e;
  const parents = longest(r.officeParents).map(esc).join('|');
  const ends = longest(r.officeEndings).map(esc).join('|');
  const m = new RegExp(`^(.{2,}(?:${parents}))([\\u4e00-\\u9fa5]{1,8}(?:${ends}))$`).exec(e.name);
  // (a branch or a formation under the body is a unit of its own: 某县税务局第一税务分局, 某市公安局交通警察支队某某大队)
  if (!m || /^第|分局$|支队/.test(m[2])) return e;
  // (a bureau's section before its own head's post, 某县人社局职业能力建设股|股长: the section stays, as the golds
  // name a bureau's section (bureauSection); a station or a squad before its head, 某局林业站|站长, goes with the post)
  if (/[科股]$/.test(m[2]) && /^副?[科股]长/.test(text.slice(e.end, lineEnd(text, e.end)).trim())) return e;
  // (cut from the end: the text may open with a space the name drops, and folding keeps lengths)
  return org(text, e.start, e.end - m[2].length, place, r, e.rule);
}

/** A project department is named by its construction site (某市人民医院新院区项目部, 某县第二中学综合楼项目部): it
 * belongs to the builder, so the body its name opens with is the site, the organisation the text names. A
 * builder written before the site (某建工集团某医院项目部) is the department's owner: the name stands. */
const SITE_BODY = /^(.{3,}?(?:医院|保健院|卫生院|学校|中学|小学|大学|学院|幼儿园|图书馆|博物馆|体育馆|文化馆|纪念馆))[\u4e00-\u9fa5\d]{0,8}项目部$/;
const SITE_END = /(?:医院|保健院|卫生院|学校|中学|小学|大学|学院|幼儿园|图书馆|博物馆|体育馆|文化馆|纪念馆)[^\s和与及、，。；：]{0,3}$/;
function projectSite(e: Entity, text: string, place: DocPlace, r: OrgBodies): Entity | null {
  // (the reader stopped inside the site's part, 某医院新|院区项目部: the tail is no body of its own)
  if (/项目部$/.test(e.name) && SITE_END.test(text.slice(Math.max(0, e.start - 12), e.start))) return null;
  const m = SITE_BODY.exec(e.name);
  if (!m || /(?:公司|集团|局|建设|建工|工程)/.test(m[1]) || e.name !== e.text) return e;
  return org(text, e.start, e.start + m[1].length, place, r, e.rule);
}

/** Below a street office or a town stand its communities and villages and their committees, and its
 * school, clinic and service centre: 某市某街道|某某社区居民委员会, 某镇|中心小学, 某乡|某某村. Written after it,
 * the unit is one name with it (rules/org-bodies.yaml townUnits, namedTownUnits); ended by the layout, a
 * post or a verb of receiving, as a team after its unit. */
function townUnit(e: Entity, text: string, place: DocPlace, r: OrgBodies): Entity {
  if (!/(?:街道|[镇乡])$/.test(e.name) || e.name.length < 3) return e;
  const re = perRules(r, 'org-refine.townRe', () => {
    const kinds = longest(r.townUnits).map(esc).join('|');
    const named = longest(r.namedTownUnits).map(esc).join('|');
    return new RegExp(`^(?:(?:${kinds})|[\\u4e00-\\u9fa5]{2,3}?(?:${named})(?:${kinds})?)(?=[、，,。；;：:\\s”）)]|$|等|教师|医生|护士|校长|园长|院长|所长|站长|主任|书记|副|工作人员|干部|职工|党员|[荣获曾被入]|成为|是)`);
  });
  const m = re.exec(text.slice(e.end, e.end + 16));
  return m ? org(text, e.start, e.end + m[0].length, place, r, e.rule) : e;
}

/** a street office's or town's unit read from the kind (…|街道东阳社区居民委员会, the reader stopped at 街道):
 * the street's own name and its city before it open the name */
function townCut(e: Entity, text: string, place: DocPlace, r: OrgBodies): Entity {
  // (乡镇 is towns in general; 镇|职工服务中心 after a clause is the town's short form: 活动在|镇…)
  if (!/^(?:街道|[镇乡])/.test(e.name) || e.name.startsWith('乡镇')) return e;
  // back to a boundary over the street's name (two to four characters) and the places before it
  const m = /(?:^|[^\u4e00-\u9fa5])([\u4e00-\u9fa5]{2,14})$/.exec(text.slice(Math.max(0, e.start - 15), e.start));
  if (!m) return e;
  const run = m[1];
  // (a name with no place before it holds no function word or verb; after a place it is anchored: 珲春市|靖和|街道)
  const name = (w: string) => !r.brandStop.some((x) => w.includes(x)) && !r.verbs.some((v) => w.includes(v));
  for (let k = 0; k <= run.length - 2; k++) if (run.length - k <= 4 && (k > 0 || name(run)) && placeRun(run.slice(0, k))) return org(text, e.start - run.length, e.end, place, r, e.rule);
  return e;
}

/** A body's own name carries its place's seat (晋州市总工会); a county's or city's name without its seat then
 * 工会 (a masthead 某某工会, a WeChat account “某某工会”, a site 某某工会网) names the brand, not the body. */
function placeBrand(name: string, r: OrgBodies): boolean {
  const g = gazetteer().byName;
  return r.mastheadKinds.some((k) => {
    const stem = name.slice(0, -k.length);
    return name.endsWith(k) && stem.length >= 2 && stem.length <= 4 && !g.has(stem) && isPlaceName(stem);
  });
}

/** A bulletin's masthead names the place's union work with the place's name, its seat and 工会 (某某县工会动态,
 * 某某县工会工作简报): the body itself is the 总工会, so place + 工会 before a bulletin's title word is the
 * bulletin's name, not a body (rules/org-bodies.yaml mastheadTitles). */
function mastheadUnion(o: Entity, text: string, r: OrgBodies): boolean {
  if (!o.name.endsWith('工会') || o.name.endsWith('总工会') || o.name.length < 4 || !placeRun(o.name.slice(0, -2))) return false;
  const after = text.slice(o.end, o.end + 8);
  return r.mastheadTitles.some((t) => after.startsWith(t) && /^(?:$|[\s\u3000（(第【])/.test(after.slice(t.length)));
}

/** the text is one place name or more of the gazetteer (珲春市, 吉林省延边州珲春市) */
function placeRun(s: string): boolean {
  if (!s) return true;
  return [2, 3, 4, 5, 6].some((n) => n <= s.length && /[省市县区州旗盟]$/.test(s.slice(0, n)) && isPlaceName(s.slice(0, n)) && placeRun(s.slice(n)));
}

/** a kind of service unit written right after a street office or a town (某区长安街道|社区卫生服务中心,
 * 某镇|便民服务中心 read as two): the street's or town's own unit, one name */
function underStreet(orgs: Entity[], text: string, place: DocPlace, r: OrgBodies): Entity[] {
  const out: Entity[] = [];
  for (const o of orgs) {
    const a = out[out.length - 1];
    if (a && a.end === o.start && /(?:街道|[镇乡])$/.test(a.name) && !/^[省市州县区旗]/.test(o.name) && /(?:中心|站|所|院)$/.test(o.name)) {
      const j = org(text, a.start, o.end, place, r, a.rule);
      out[out.length - 1] = { ...j, canonical: resolveBody(j.canonical, place, r) };
    } else out.push(o);
  }
  return out;
}

/** A unit numbered inside its body's name (某地铁公司运营分公司|2|号线乘务中心, 某医院|120|急救中心): the reader
 * stops at the digits and reads the tail alone; the tail, of no place of its own, is the body's unit, one name with it */
function numberedUnit(orgs: Entity[], text: string, place: DocPlace, r: OrgBodies): Entity[] {
  const out: Entity[] = [];
  for (const o of orgs) {
    const a = out[out.length - 1];
    const gap = a && a.end < o.start ? text.slice(a.end, o.start) : '';
    if (a && /^\d{1,3}$/.test(gap) && r.numberedBodyEndings.some((w) => a.name.endsWith(w)) && !opensBody(o.name)) {
      const j = org(text, a.start, o.end, place, r, a.rule);
      out[out.length - 1] = { ...j, canonical: resolveBody(a.canonical + text.slice(a.end, o.end), place, r) };
    } else out.push(o);
  }
  return out;
}

/** a bureau named by two portfolios joined by 与 (县海洋与渔业局, 市自然资源与规划局) read from 与 on: the
 * seat and the first portfolio before 与 are the name's start (a second body after 与 opens with its seat) */
function portfolioPair(o: Entity, text: string, place: DocPlace, r: OrgBodies): Entity {
  if (!/(?:局|厅|委)$/.test(o.name) || opensBody(o.name)) return o;
  const m = /([省市县区州旗盟][\u4e00-\u9fa5]{2,4}与)$/.exec(text.slice(Math.max(0, o.start - 12), o.start));
  // (市总工会与|规划局: a body's ending before 与 closes a first body)
  if (!m || /[会局厅委办院部司队站所]与$/.test(m[1])) return o;
  let start = o.start - m[1].length;
  // the seat stands alone (after a connector or a preposition) or ends a place's name (霞浦县)
  const placeRun = [2, 3, 4].map((n) => text.slice(start - n + 1, start + 1)).find((w) => isPlaceName(w));
  if (placeRun) start -= placeRun.length - 1;
  else if (/[\u4e00-\u9fa5]/.test(text[start - 1] ?? '') && !/[联合同和及并由经在]/.test(text[start - 1])) return o;
  const j = org(text, start, o.end, place, r, o.rule);
  return { ...j, canonical: resolveBody(j.canonical, place, r) };
}

/** 镇总工会, 乡政府: a body named by its bare town seat is the town's the text last named before it, at a
 * boundary (…。李堡镇“…”揭牌。据镇总工会介绍); a town seat alone is left as it is */
export function townOf(canonical: string, text: string, at: number): string {
  const seat = /^(镇|乡)(?=[\u4e00-\u9fa5]{2})/.exec(canonical);
  if (!seat) return canonical;
  const re = new RegExp(`(?:^|[^\\u4e00-\\u9fa5]|[省市县区旗])([\\u4e00-\\u9fa5]{2,3}${seat[1]})`, 'g');
  // (a preposition at a clause's start is no part of the town: 在某某镇…)
  // (nor is a preposition right before the seat: 并在镇上设立…, 到乡里 speak of the town, they name none)
  const names = [...text.slice(Math.max(0, at - 800), at).matchAll(re)].map((m) => m[1].replace(/^[在从到对向经据于](?=[\u4e00-\u9fa5]{2,}[镇乡]$)/, '')).filter((n) => !/^[全各该本每城乡某]/.test(n) && !/(?:乡镇|城镇)$/.test(n) && !/[在从到对向据于回进出下]$/.test(n.slice(0, -1)));
  const town = names.pop();
  return town ? town + canonical.slice(1) : canonical;
}

/** After a person's name, 和/与/及 before a seat's short form joins two items (某某和|县人民医院的某某): it opens
 * no one-character county (和县, 与县 are read so only when the document is that county's); the copula of a
 * profile (某某·某某是|某县某某有限公司的…) is the person's predicate, no part of the body */
function afterJoiner(text: string, at: number, place: DocPlace): number {
  if (/^是(?=[\u4e00-\u9fa5]{4})/.test(text.slice(at, at + 5))) return at + 1;
  const m = /^[和与及](?=[省市县区州][\u4e00-\u9fa5])/.exec(text.slice(at, at + 3));
  return m && place.county !== text.slice(at, at + 2) && place.city !== text.slice(at, at + 2) ? at + 1 : at;
}

/** A body the text leaves unnamed with 某 'a certain' (县某局工会, 原某物流公司驾驶员: a report that criticises or
 * a roll that strikes off keeps the unit anonymous) is a kind, not one body: no gold names one. */
function anonymised(o: Entity, text: string): boolean {
  // (某某 and 某 before a seat stand in for a proper name, 某某能源集团, 某县第三小学: the body is named)
  const before = text[o.start - 1] === '某' && text[o.start - 2] !== '某' && !/^[省市县区州旗盟]/.test(o.name);
  return before || /^[省市县区州旗盟]某[局委办厅]/.test(o.name);
}

/** what names a body's office right after the body's name (县政府|新闻办主任某某主持发布会): the office, not the body.
 * (Its website, 县政府网站, is left alone: the golds split on a portal's owner.) */
export const OFFICE_AFTER = /^新闻办/;
const officeOfBody = (o: Entity, text: string): boolean => OFFICE_AFTER.test(text.slice(o.end, o.end + 3));

/** A hospital's department in 部 (护理部) before its head's post (某县人民医院护理部主任某某, 护理部护士长): the post
 * names the department, the body is the hospital, as withSubUnit reads a 科 before its director (the golds: 6
 * such 部 read so against 3). */
const DEPT_OF_HOSPITAL = /(?:医院|卫生院|保健院)([\u4e00-\u9fa5]{1,4}部)$/;
function hospitalBeforeDeptHead(o: Entity, text: string, place: DocPlace, r: OrgBodies): Entity {
  const m = DEPT_OF_HOSPITAL.exec(o.name);
  if (!m || o.end - o.start !== o.name.length || !/^(?:副?主任|副?护士长)/.test(text.slice(o.end, o.end + 4))) return o;
  return org(text, o.start, o.end - m[1].length, place, r, o.rule);
}

/** A hospital's department in 科, 室 or 中心 read as one name with the post of the one who works in it
 * (某县人民医院药剂科|主管药师, 县人民医院外科|医生, 某医院消毒供应中心|主管护师, 心内科|主任): the post names
 * the department, the body is the hospital. Over the 64 TRAIN halves the golds name the hospital alone 79
 * times against 11 for the department (those 11 mostly a collective honoured elsewhere under its own name). */
const DEPT_IN_HOSPITAL = /(?:医院|卫生院|保健院)([\u4e00-\u9fa5]{1,8}?(?:科|室|中心))$/;
const HOSPITAL_POST = /^(?:副?主任|副?护士长|副?科长|护士|护师|主管护师|医生|医师|主治医师|副?主任医师|药师|主管药师|技师|主管技师)/;
function hospitalBeforeStaffPost(o: Entity, text: string, place: DocPlace, r: OrgBodies): Entity {
  const m = DEPT_IN_HOSPITAL.exec(o.name);
  if (!m || o.end - o.start !== o.name.length || !HOSPITAL_POST.test(text.slice(o.end, o.end + 5))) return o;
  // (the department named elsewhere without a post, an honoured collective or its team (某医院急诊科|护理组):
  // the post line names the same unit, as the golds read it)
  if (deptNamedElsewhere(text, o.name)) return o;
  return org(text, o.start, o.end - m[1].length, place, r, o.rule);
}
function deptNamedElsewhere(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!HOSPITAL_POST.test(text.slice(at + name.length, at + name.length + 5))) return true;
  }
  return false;
}

/** A clause the reader ran into a name up to a later ending (县总工会主席某某带领调研组, 区总工会计划再建驿站,
 * 中考平均分位列全州同类学校): a post or a verb of rules/org-bodies.yaml clauseWords inside it ends the name. The
 * part before it stands when it opens with a seat or a place and closes with a body's ending; else no body. */
function clauseCut(o: Entity, text: string, place: DocPlace, r: OrgBodies): Entity | null {
  const re = perRules(r, 'org-refine.clauseRe', () => new RegExp(r.clauseWords.map((w) => w.replace(/^(.+?)(\(\?!.*\))?$/, (_, a: string, neg?: string) => esc(a) + (neg ?? ''))).join('|')));
  const m = re.exec(text.slice(o.start, o.end));
  if (!m) return o;
  const head = text.slice(o.start, o.start + m.index);
  if (head.length < 3 || !opensBody(head) || !/(?:会|委|局|厅|办|院|中心|站|所|校|[小中大]学|公司|集团|政府)$/.test(head)) return null;
  const j = org(text, o.start, o.start + m.index, place, r, o.rule);
  return { ...j, canonical: resolveBody(j.canonical, place, r) };
}

/** A clause's opening word inside a name (rules/org-bodies.yaml clauseLeads: 某工作室由|某乡农机服务队, 还有|某镇
 * 合作社, 使|全公司, 盟内|医院): the body is what follows it, resolved to the place; none when that is a whole
 * (全公司, 各单位) or shorter than three characters. */
function clauseLead(o: Entity, text: string, place: DocPlace, r: OrgBodies): Entity | null {
  const re = perRules(r, 'org-refine.leadRe', () => new RegExp(r.clauseLeads.join('|')));
  const m = re.exec(text.slice(o.start, o.end));
  if (!m) return o;
  const from = o.start + m.index + m[0].length;
  if (o.end - from < 3 || /^[全各本该]/.test(text.slice(from))) return null;
  const j = org(text, from, o.end, place, r, o.rule);
  return { ...j, canonical: resolveBody(j.canonical, place, r) };
}

/** the orgs repaired, resolved and completed; none on a chrome line; none overlapping a person */
export function refineOrgs(entities: Entity[], text: string, place0: DocPlace, chrome: (line: string) => boolean, r: OrgBodies): Entity[] {
  const place = { ...place0, city: countyCityOf(text, place0) ?? place0.city, district: districtOf(text) };
  const people = entities.filter((e) => e.type === 'person');
  const others = entities.filter((e) => e.type !== 'org');
  let orgs: Entity[] = [];
  // the publisher's name opens a page's breadcrumb line (某市总工会 首页>基层动态>详情): the one body on it
  const publisher = (e: Entity) => {
    const ls = lineStart(text, e.start);
    return e.start - ls <= 1 && /^[\s\u3000]*(?:网站)?首[页頁]/.test(text.slice(e.end, e.end + 8));
  };
  for (const e of entities.filter((x) => x.type === 'org')) {
    if (chrome(lineAt(text, e.start)) && !publisher(e)) continue;
    // a person inside (a table row: …工作室 杨志强 中铁工程装备集团有限公司) or over its start (a list line
    // 向秀英 吉首市供水公司, read from 秀英 as a place): the org begins after them
    const p = people.filter((x) => x.end > e.start && x.start < e.end && x.end < e.end).pop();
    const from = p ? p.end + (/^\s*/.exec(text.slice(p.end))?.[0].length ?? 0) : people.some((x) => x.end === e.start) ? e.start : -1;
    const cut = from >= 0 ? { ...e, start: afterJoiner(text, from, place) } : e;
    const base = cut.start === e.start ? e : org(text, cut.start, e.end, place, r, e.rule);
    for (const x of repair(base, text, place, r)) {
      const unit = townUnit(townCut(extendHead(x, text, place, r, (q) => people.some((pp) => pp.end === q)), text, place, r), text, place, r);
      const y0 = beforeLeadPost(bureauSection(withSubUnit(unit, text, place, r), text, place, r, people), text, place, r);
      const y = y0 && projectSite(officeOnRoll(y0, text, place, r, people), text, place, r);
      if (y) orgs.push({ ...y, canonical: townOf(resolveBody(y.canonical, place, r), text, y.start) });
    }
  }
  // (a unit read alone as well as with its town, 某街道|新华社区: the longer name stands)
  orgs = orgs.filter((o) => !orgs.some((w) => w !== o && w.start <= o.start && w.end >= o.end && w.end - w.start > o.end - o.start && /(?:街道|[镇乡])/.test(w.name.slice(0, o.start - w.start + 2))));
  // (a unit field's value is the whole name: the pieces read inside it give way)
  for (const u of unitFieldOrgs(text, place, r)) {
    if (chrome(lineAt(text, u.start)) || orgs.some((o) => overlaps(o, u) && (o.start < u.start || o.end > u.end))) continue;
    orgs = [...orgs.filter((o) => !overlaps(o, u)), u];
  }
  for (const b0 of [...cppccOrgs(text, place, r), ...bodyOrgs(text, place, r), ...mediaOrgs(text, place, r), ...numberedOrgs(text, place, r), ...sectionCreditOrgs(text, place, r)]) {
    if (chrome(lineAt(text, b0.start))) continue;
    const b = b0.rule === 'org.place-body' ? withSubUnit(b0, text, place, r) : b0;
    // a body the reader cut after a term (细河区第十八届|人民代表大会常务委员会): the place's body replaces the tail
    orgs = orgs.filter((o) => !(o.start > b.start && o.end <= b.end));
    if (!orgs.some((o) => overlaps(o, b))) orgs.push(b);
  }
  orgs = underStreet(orgs.filter((o) => o.name.length >= 2 && !officeOfBody(o, text) && !placeBrand(o.name, r) && !mastheadUnion(o, text, r) && !r.workshopStations.some((w) => o.name.endsWith(w)) && !r.venues.some((w) => o.name.endsWith(w)) && !anonymised(o, text)).sort((a, b) => a.start - b.start), text, place, r).map((o) => portfolioPair(o, text, place, r));
  orgs = numberedUnit(orgs, text, place, r).map((o) => hospitalBeforeStaffPost(hospitalBeforeDeptHead(o, text, place, r), text, place, r)).flatMap((o) => clauseCut(o, text, place, r) ?? []).flatMap((o) => clauseLead(o, text, place, r) ?? []);
  return [...others, ...orgs].sort((a, b) => a.start - b.start || a.end - b.end);
}
