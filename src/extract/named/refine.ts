// The named-thing refinements of issue 18, run after the dictionary extractors: honours by the
// grammar of conferment, people where the layout names them, named workshops with their leaders
// and levels. Each step adds what the dictionaries cannot know and corrects what they cut wrong.
import type { Award, Entity, ExtractContext, Extraction } from '../../types.js';
import { caredFor, confermentCandidates, stockOfHolders, issuerLevel, mergeHonours, prizeLevel, withoutLevelSpans } from './conferment.js';
import { asDoc } from '../doc.js';
import { countiesEndingWith, shortOf } from './gazetteer.js';
import { foldToSimplified } from '../../normalize/fold.js';
import { parseSmallInt } from './doc.js';
import { cuePeople, honourHolders, isName, mergePeople, studioWord, type PeopleRules } from './people-cues.js';
import { refineOrgs } from './org-refine.js';
import { honourRoles } from './honour-roles.js';
import { isNavigation } from '../../structure/page.js';
import type { CompiledRules } from '../compiled-rules.js';
import { leaderPeople, mergeWorkshops, namedWorkshops } from './workshop-names.js';
import { homeLevels } from './level.js';
import { lineAt } from '../../text-lines.js';
import { linkLines, onLinkLine } from '../../structure/links.js';
import { withQuotedYears } from './honour-year.js';

/** the holders listed under a list heading (浙江省五一劳动奖章获得者名单（150名） / 金丽华 宁波…) are its recipients */
function withListedRecipients(awards: Award[], entities: Entity[], text: string): Award[] {
  return awards.map((a) => {
    if (a.rule !== 'conferment.list-heading' || a.recipients.length) return a;
    const listed: string[] = [];
    let pos = text.indexOf('\n', a.end) + 1;
    while (pos > 0 && pos < text.length) {
      const eol = text.indexOf('\n', pos) < 0 ? text.length : text.indexOf('\n', pos);
      // a holder opens the line (found as a list line, a table cell, or already named in the text)
      const lead = pos + (/^[\s\u3000]*(?:\d+[.、．]?)?[\s\u3000]*/.exec(text.slice(pos, eol))?.[0].length ?? 0);
      const p = entities.find((e) => e.type === 'person' && e.start >= pos && e.start < eol && (/list-line|table-column/.test(e.rule) || e.start === lead));
      if (p) listed.push(p.name);
      // the list ends at its last holder, a long line or the next heading (二、先进个人（30名）)
      else if (listed.length || eol - pos > 40 || /^\s*(?:[一二三四五六七八九十]+、|附件)/.test(text.slice(pos, eol))) break;
      pos = eol + 1;
    }
    return listed.length ? { ...a, recipients: listed } : a;
  });
}

/** the author of each article of a bulletin issue, named in its byline (两江新区总工会 罗涛) */
function articleAuthors(ctx: ExtractContext, pr: PeopleRules): Entity[] {
  const out: Entity[] = [];
  for (const a of ctx.meta.articles ?? []) {
    const words = a.byline?.split(/\s+/) ?? [];
    const name = words.pop() ?? '';
    if (!isName(name, pr)) continue;
    // (a reporter's role right before the name is the role it is credited with: 通讯员 某某)
    const cue = pr.cues.byline.includes(words[words.length - 1] ?? '') ? words[words.length - 1] : null;
    const role = cue ? pr.cues.bylineRoles[cue] ?? cue : null;
    const at = ctx.text.indexOf(name, a.start);
    if (at >= 0 && at < a.end + 200) out.push({ type: 'person', name, canonical: name, role, text: name, start: at, end: at + name.length, rule: 'person.article-byline' });
  }
  return out;
}

/** a headline counting one place's share of a conferment (牡丹区15名职工获评“H”) that the sentence
 * reporting the whole conferment states too (全市共有46人获此称号，牡丹区以15人居…之首) */
function shareOf(a: Award, b: Award, text: string): boolean {
  if (a.count === null || b.count === null || a.count >= b.count) return false;
  const from = Math.max(text.lastIndexOf('。', b.start - 1), text.lastIndexOf('\n', b.start - 1)) + 1;
  const ends = [text.indexOf('。', b.end), text.indexOf('\n', b.end), text.length].filter((x) => x >= 0);
  return new RegExp(`(?<![\\d.])${a.count}\\s*[名人个個家位支项項户戶]`).test(text.slice(from, Math.min(...ends)));
}

/** a headline or a contents line (no sentence punctuation) that restates a conferment the text then
 * reports in a sentence (目录 2. 某班组获评全国工人先锋号 … 近日，某班组被…授予“全国工人先锋号”称号):
 * one conferment, kept where the sentence reports it */
export function withoutHeadlines(awards: Award[], text: string): Award[] {
  // a contents line carries a number or a bullet the title it restates does not (1. 金寨县… / ● 全市…)
  const bare = (l: string) => l.trim().replace(/^(?:\d+\s*[.、．]|[●◆■▲★☆◇□○·•]|[一二三四五六七八九十]+、)\s*/, '');
  const headline = (a: Award) => { const l = lineAt(text, a.start).trim(); return l.length <= 40 && !/[。，；,;]/.test(l); };
  // the same honour: one name, or one level and one core after the place or level word
  // (市级青年文明号 / 三亚市青年文明号); the headline states the sentence's count (or none where it states none)
  // (a headline may leave out that the workshops were selected as projects: 入选省级技能大师工作室 / …建设项目名单)
  // (泸州市: the place word is the last of a run, not the 州 of the city's own name)
  const core = (n: string) => n.replace(/^[\u4e00-\u9fa5]{0,8}?(?:省|自治区|市|州|盟|县|区|旗)(?![市州盟县区旗])级?/, '').replace(/建设项目$/, '');
  const same = (a: Award, b: Award) => b.name === a.name || (a.level !== null && a.level === b.level && core(a.name) === core(b.name) && core(a.name).length >= 3);
  // a headline's title with no place is the title the sentence names with the place that confers it, the count the same
  // (10人获评“最美某某” over 授予…10名职工“某县最美某某”称号): that title, under its whole name
  const placed = (a: Award) => (a.level !== null || core(a.name) !== a.name || a.name.length < 3 || !headline(a) ? null :
    awards.find((b) => b.start > a.start && b.count === a.count && b.name.length > a.name.length && core(b.name) === a.name && !headline(b)) ?? null);
  // a notice's title (关于对…先进集体和先进个人予以表彰的决定) names what its body confers and counts
  const noticeTitle = (a: Award) => /^关于[^\n]*的(?:决定|通报|通知|命令)$/.test(lineAt(text, a.start).trim());
  // a headline that counts vaguely (一批企业工作室入选…, 多名职工获评…) restates the body's counted conferment
  const batch = (a: Award) => /一批|多[个家名人位]/.test(lineAt(text, a.start));
  // a contents line (目录) restating the article title below it: one conferment, kept at the title
  const sentence = (a: Award) => text.slice(Math.max(text.lastIndexOf('。', a.start - 1), text.lastIndexOf('\n', a.start - 1)) + 1, a.start);
  // (a notice's title may run long: 关于授予张某等20名同志“H1”称号和某单位等10个集体“H2”称号的决定)
  // (an honour a person holds, in a table's cell, is that row's: no headline)
  return awards.filter((a) => !(a.rule !== 'conferment.list-heading' && a.rule !== 'conferment.attribute' && (headline(a) || noticeTitle(a)) &&
    awards.some((b) => b !== a && b.start > a.start && same(a, b) && (a.count === b.count || shareOf(a, b, text) || (a.count === null && (noticeTitle(a) || (batch(a) && b.count !== null)))) &&
      (!headline(b) || bare(lineAt(text, a.start)) === bare(lineAt(text, b.start)))))
    // an honour named, then counted by its total in the same sentence (荣获“全国青年文明号”，该市已有全国青年文明号集体累计5个)
    && !(a.count === null && awards.some((b) => b.rule === 'conferment.total' && b.name === a.name && b.start > a.end && !sentence(b).includes('。') && text.slice(a.end, b.start).indexOf('。') < 0)))
    .map((a) => { const b = placed(a); return b ? { ...a, name: b.name, level: b.level } : a; });
}

/** the dictionary's honours counted in the clause of a verb of care (看望劳动模范45名) are people visited */
function withoutCareVisits(awards: Award[], text: string, care: string[]): Award[] {
  return awards.filter((a) => !caredFor(text, a, care));
}

/** 获评市级青年岗位能手的20名 in a notice that confers 贺州市青年岗位能手20名: a level word standing for the place
 * that confers the title at that level is that title (the same level and count, the same name after the place);
 * a total of another count (市级模范职工之家186家 beside this year's 安庆市模范职工之家12家) keeps its level word */
export function withPlaceNames(awards: Award[]): Award[] {
  return awards.map((a) => {
    const m = /^(省|市|州|盟|县|区|旗)级(?!以上)([\u4e00-\u9fa5（）]{3,})$/.exec(a.name);
    if (!m || a.level === null) return a;
    const placed = new Set(awards.filter((b) => b.level === a.level && b.count === a.count && b.name.endsWith(m[2]) &&
      new RegExp(`^[\u4e00-\u9fa5]{1,8}${m[1]}${m[2]}$`).test(b.name) && !b.name.includes('级')).map((b) => b.name));
    return placed.size === 1 ? { ...a, name: [...placed][0] } : a;
  });
}

/** 新认定县级技能大师工作室5个 in a county's own document: the grade word stands for that county, whose title it
 * is (某某县技能大师工作室, the county named as the text writes it); a 区 or 旗 likewise for 区级 / 旗级. A document
 * of a prefecture or province keeps the grade word (there it spans the titles of many counties), and so does a
 * bare unit (县级工作室 says no type). Only a counted batch: one unit found to be of the grade (被认定为县级…) keeps
 * the grade word, as the golds write it. */
export function withCountyNames(awards: Award[], county: string | null, text: string): Award[] {
  const grade = county ? /(县|区|旗)$/.exec(county)?.[1] : undefined;
  const written = county && grade ? countyAsWritten(foldToSimplified(text), county) : null;
  if (!written) return awards;
  const re = new RegExp(`^${grade}(级)?(?!以上|以下)([\u4e00-\u9fa5]{4,})$`);
  // (the grade character alone, 5个班组获评县工人先锋号, stands for the county where the document names that title in full)
  const named = new Set(awards.map((a) => a.name));
  return awards.map((a) => {
    const m = re.exec(a.name);
    return m && (m[1] || named.has(written + m[2])) && a.count !== null && (a.level === 'county' || a.level === null) ? { ...a, name: written + m[2], level: 'county' } : a;
  });
}

/** the form of `county` the text uses most (务川自治县 or 巴里坤县 for the full name of an autonomous county), or
 * null when the text never names it or names a longer county that holds it (某唐县 holds 唐县: the place was misread) */
function countyAsWritten(text: string, county: string): string | null {
  if (countiesEndingWith(county).some((name) => text.includes(name))) return null;
  const short = shortOf(county);
  const forms = [...new Set([county, ...(short ? [short + county.slice(-1), ...(/自治[县旗]$/.test(county) ? [short + county.slice(-3)] : [])] : [])])];
  const tally = forms.map((f) => ({ f, n: text.split(f).length - 1 })).filter((x) => x.n > 0).sort((x, y) => y.n - x.n);
  return tally[0]?.f ?? null;
}

/** a count of an unquoted title in a stock of holders over levels (全市现有市级以上劳动模范N人，其中…) is a figure, and one
 * of holders told by a trait (女性劳模9人) a part of them: no conferment */
function withoutStocks(awards: Award[], text: string, v: CompiledRules['conferment']['v']): Award[] {
  const trait = new RegExp(`^${v.holderTraits}(?:${v.traitTitles.join('|')})`);
  // (a trait of people before the title, 女性劳模9人, counts a part of its holders or people in need: no title)
  return awards.filter((a) => a.rule === 'conferment.list-heading' || !(stockOfHolders(text, a, v) || (a.count !== null && trait.test(a.name))));
}

/** 本次表彰共评出先进集体14个、先进个人20名: a bare generic class of those commended, counted after the total of the
 * commendation in its sentence, sums the titles the document confers; no title of its own (rules/conferment.yaml sumClasses) */
function withoutSumClasses(awards: Award[], text: string, v: CompiledRules['conferment']['v']): Award[] {
  // (the lead may have been read into the name as its prefix, 共评出先进集体, or open the item's span: 累计表彰先进单位48个)
  const opened = new RegExp(`^${v.sumLead}`);
  return awards.filter((a) => {
    const bare = a.name.replace(opened, '');
    if (a.count === null || !v.sumClasses.includes(bare)) return true;
    return !new RegExp(`${v.sumLead}[^。；;！？\n]*${bare}`).test(text.slice(Math.max(0, a.start - 60), a.end));
  });
}

/** the set of holders as the topic of what follows (这78名获奖者中, 在12名获评选手中), which the grammar rejects as a title:
 * one more mention of the nearest honour before it with that count, whichever reader found that honour */
function holdersTopics(awards: Award[], rejected: { start: number; end: number; text: string; holders?: boolean }[]): Award[] {
  const out = [...awards];
  for (const r of rejected) {
    const m = /^(\d+|[一二两三四五六七八九十]+)[名个人家位]/.exec(r.text);
    if (!m || !/(?:中|里)$/.test(r.text) || !r.holders || out.some((a) => a.start < r.end && a.end > r.start)) continue;
    const n = parseSmallInt(m[1]);
    const target = awards.filter((a) => a.end <= r.start && a.count === n).pop();
    if (target) out.push({ ...target, rule: 'conferment.anaphora', count: n, text: r.text, start: r.start, end: r.end, recipients: [] });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function refineNamed(ctx: ExtractContext, ex: Extraction, rules: CompiledRules): Extraction {
  const text = ctx.text;
  const pr = rules.peopleCues;
  const place = asDoc(ctx).place;
  const grammar = confermentCandidates(text, place.province, rules.conferment, ctx.meta.title ?? null);
  // a dictionary honour inside a quota the notice sets for its selection (评选…先进个人100名) is not conferred either
  // and one in a frame that says the title of its class of holders (获得“H”的职工优先…) states a rule, no act
  const noAct = grammar.rejected.filter((q) => q.why.startsWith('a quota of the selection') || q.why.startsWith('the title said of its class'));
  const dict = ex.awards.filter((a) => !noAct.some((q) => a.start >= q.start && a.end <= q.end));
  const merged = withoutLevelSpans(mergeHonours(dict, grammar.found), rules.conferment).map((a) => ({ ...a, level: issuerLevel(a, ctx.meta.issuers, rules.conferment, ctx.meta.title ?? null) }));
  const awards = holdersTopics(merged.map((a) => ({ ...a, level: prizeLevel(a, merged, text, rules.conferment) })), grammar.rejected);
  const cued = [...cuePeople(text, pr), ...articleAuthors(ctx, pr)];
  let entities = mergePeople(ex.entities, cued, text, pr);
  entities = refineOrgs(entities, text, place, (line) => isNavigation(rules.page, line), rules.orgBodies);
  const named = namedWorkshops(text, ctx.meta.title, awards, entities.filter((e) => e.type === 'person'), pr, rules.workshopNames,
    homeLevels(ctx.meta.issuers, ctx.meta.title ?? null));
  const workshops = mergeWorkshops(ex.workshops, named, awards, rules.workshopNames.aliases);
  entities = mergePeople(entities, leaderPeople(named, text, rules.workshopNames).filter((p) => !studioWord(p.name, pr)), text);
  const kept = withoutSumClasses(withoutStocks(withoutCareVisits(withListedRecipients(awards, entities, text), text, rules.conferment.v.care), text, rules.conferment.v), text, rules.conferment.v);
  // a 上一篇/下一篇 line or a related-links list names other articles: their honours are not this one's
  const links = linkLines(text, rules.page);
  const own = withQuotedYears(withoutHeadlines(withCountyNames(withPlaceNames(kept), place.county, text), text).filter((a) => !onLinkLine(links, a.start)), text);
  entities = honourRoles(text, own, honourHolders(text, own, entities, pr));
  return { ...ex, awards: own, workshops, entities };
}
