// The level prefix of an award or workshop name (全国 / 云南省 / 省 / 曲靖市 / 烟草行业 / 省局（公司）…),
// read right-to-left from the start of the matched name using rules/levels.yaml.
import type { Level } from '../../types.js';
import { escapeRe, perRules, type DocFacts } from './doc.js';
import type { LevelRule, NamedRules } from './rules.js';
import { longestWordsAlt } from '../refiners/regex.js';
import { countyRankDirect, gazetteer, placeAt, placeLevel, placeSpan, type Place } from './gazetteer.js';
import { lineStart } from '../../text-lines.js';

export interface PrefixToken {
  rule: string;
  start: number;
  end: number;
  text: string;
  level: Level | null;
  /** text used in the emitted name ('' when dropped) */
  out: string;
}

export interface Prefix {
  start: number;
  tokens: PrefixToken[];
  level: Level | null;
  /** normalised prefix for the emitted name */
  out: string;
}

const PRECEDENCE: Level[] = ['enterprise', 'industry', 'county', 'municipal', 'provincial', 'national'];

/** The level patterns with the place lists filled in, compiled once per rules load: they depend on
 * rules/levels.yaml, places.yaml and orgs.yaml only, never on the document. */
function levelRegexes(f: DocFacts): Array<{ rule: LevelRule; re: RegExp }> {
  return perRules(f.rules, 'level.regexes', () => buildLevelRegexes(f.rules));
}

function buildLevelRegexes(rules: NamedRules): Array<{ rule: LevelRule; re: RegExp }> {
  const names = (kind: string) =>
    longestWordsAlt(rules.places
      .filter((p) => p.kind === kind)
      .flatMap((p) => [...p.names, ...(kind === 'province' ? (p.short ?? []) : [])]));
  const orgNames = rules.orgs
    .flatMap((o) => (o.kind === 'alias' ? o.aliases : []))
    .filter((a) => a.length >= 3)
    .map(escapeRe)
    .join('|');
  // (a word list, level.body-ranks, reads no prefix)
  const out = rules.levels.filter((rule): rule is LevelRule & { pattern: string } => rule.pattern !== undefined).map((rule) => {
    const src = rule.pattern
      .replace('{provinces}', names('province'))
      .replace('{cities}', names('city'))
      .replace('{counties}', names('county'));
    return { rule, re: new RegExp(`(?:${src})\\s*$`) };
  });
  if (orgNames) {
    out.push({
      rule: { id: 'level.org-name', pattern: orgNames, level: null, examples: { positive: [], negative: [] } },
      re: new RegExp(`(?:${orgNames})\\s*$`),
    });
  }
  return out;
}

/** the national gazetteer's places, by full name (包头市, 永宁县, 延边朝鲜族自治州) or a county's written short form: the rules'
 * place lists name a few provinces' cities, an honour of any city (包头市五一劳动奖状) has its level */
const GAZETTEER_RULE: LevelRule = { id: 'level.gazetteer', pattern: '', level: null, examples: { positive: [], negative: [] } };

function gazetteerSuffix(before: string): { rule: LevelRule; m: string } | null {
  const g = gazetteer();
  for (const len of g.nameEnds.lengthsAt(before, before.length, 12)) {
    if (len < 2) break;
    const name = before.slice(before.length - len);
    const hit = g.byName.get(name);
    // a county named in two characters (道县, 睢县) opens a name only as the county's own full name
    if (len === 2) {
      if (hit?.some((p) => p.kind === 'county' && p.name === name)) return { rule: { ...GAZETTEER_RULE, level: placeLevel(name) }, m: name };
      break;
    }
    // a county's written short form (科右中旗, 长阳县) opens an honour's name as its full name does
    const county = (p: Place) => p.kind === 'county' && /[县旗]$/.test(name);
    // an autonomous prefecture is written short + 州 (甘南州劳动模范, 黔东南州技术能手) more often than in full
    const prefecture = (p: Place) => p.kind === 'city' && p.name.endsWith('自治州') && name.endsWith('州');
    if (hit?.some((p) => p.name === name || county(p) || prefecture(p))) return { rule: { ...GAZETTEER_RULE, level: placeLevel(name) }, m: name };
  }
  return null;
}

const keepIfRe = (f: DocFacts, src: string): RegExp => perRules(f.rules, `level.keepIf:${src}`, () => new RegExp(src));

// 由省劳动模范某某领衔 / 被市总工会…: a single-character level after a preposition opens the name too
const BOUNDARY_BEFORE = /(?:^|[\s、，,；;：:（(“"‘和及与获评得选为予是的由被])$/;

function fromText(t: string): Level | null {
  if (/国家|全国/.test(t)) return 'national';
  if (/省/.test(t)) return 'provincial';
  if (/市|州/.test(t)) return 'municipal';
  if (/县|区/.test(t)) return 'county';
  return null;
}

/** Reads the prefix ending at `pos` (the start of the matched name), within its line. */
export function readPrefix(text: string, pos: number, f: DocFacts): Prefix {
  const regs = levelRegexes(f);
  const tokens: PrefixToken[] = [];
  let p = pos;
  const ls = lineStart(text, pos);
  for (let guard = 0; guard < 8; guard++) {
    const before = text.slice(Math.max(ls, p - 40), p);
    let best: { rule: LevelRule; m: string } | null = null;
    for (const { rule, re } of regs) {
      const m = re.exec(before);
      if (m && m[0].trim() && (!best || m[0].length > best.m.length)) best = { rule, m: m[0] };
    }
    const place = gazetteerSuffix(before);
    if (place && (!best || place.m.length > best.m.length)) best = place;
    if (!best) break;
    const start = p - best.m.length;
    const word = best.m.trim();
    if (word.length === 1 && !BOUNDARY_BEFORE.test(text.slice(Math.max(ls, start - 1), start))) break;
    const rule = best.rule;
    let level: Level | null = rule.level === 'from-text' ? fromText(word) : rule.level;
    let out = word;
    if (rule.drop) out = '';
    else if (rule.normalize && (!rule.keepIf || keepIfRe(f, rule.keepIf).test(word)) && f.province) {
      out = rule.normalize.replace('{province}', f.province).replace('{city}', f.city ?? '');
    }
    tokens.unshift({ rule: rule.id, start, end: p, text: best.m, level, out });
    p = start;
    if (level === undefined) level = null;
  }
  let level: Level | null = null;
  for (const lv of PRECEDENCE) if (tokens.some((t) => t.level === lv)) {
    level = lv;
    break;
  }
  // a loop, not tokens.map(…).join(''): the array map() returns has another elements kind when empty,
  // and the optimised join deoptimised on it (wrong map)
  let out = '';
  for (const t of tokens) out += t.out;
  return { start: p, tokens, level, out };
}

/** "prefix 云南省(level.province) …": the words of a prefix and their rules, for a candidate's notes
 * (a loop for the reason given in readPrefix) */
export function prefixNote(prefix: Prefix): string {
  let note = 'prefix';
  for (const t of prefix.tokens) note += ` ${t.text.trim()}(${t.rule})`;
  return note;
}

/** The levels a document's own issuer gives words that name no place: `city`, the level of a bare 市
 * (市级, 全市, 市总工会), and `issuer`, the issuer's own level (null for an enterprise or no place). A
 * county-level city (牙克石市, 青州市) calls itself 市 in its own documents, so there 市级 is county; a
 * prefecture's 市 and a county's or district's (the prefecture above it) are municipal. A city the
 * province governs directly (潜江市, 石河子市) ranks as a prefecture: municipal; Hainan's are the
 * exception (countyRankDirect). */
export interface HomeLevels { city: Level; issuer: Level | null }

export function homeLevels(issuers: string[], title: string | null): HomeLevels {
  const own = issuers.length ? issuers[0] : (title ?? '');
  const place = mostSpecificPlace(own);
  const countyCity = !!place && place.kind === 'county' && (place.city !== null || countyRankDirect(place)) && place.name.endsWith('市');
  const enterprise = /(?:公司|集团|银行|大学|学院|学校|医院|厂)/.test(own);
  return { city: countyCity ? 'county' : 'municipal', issuer: place && !enterprise ? placeLevel(place.name) : null };
}

/** the last of the run of places that opens at the first place of `s` (内蒙古自治区呼伦贝尔市牙克石市 → 牙克石市) */
function mostSpecificPlace(s: string): Place | null {
  for (let i = 0; i < s.length; i++) {
    let last: Place | null = null;
    for (let j = i, n = placeSpan(s, j); n > 0; j += n, n = placeSpan(s, j)) last = placeAt(s, j);
    if (last) return last;
  }
  return null;
}
