// Workshops (劳模创新工作室, 技能大师工作室, 职工技师工作站 …) from rules/workshops.yaml: type, level,
// count, each individually named one (“袁坤劳模工作室”) with its leader. Emitted when counted, named,
// attributed to a named unit (X的…工作室) or governed by a creation verb; policy talk is rejected.
import type { ExtractContext, Workshop } from '../types.js';
import { countAfter, docFacts, insideTitle, namedPatterns, parseSmallInt, perRules, LiteralScanner, type DocFacts } from './named/doc.js';
import { PHRASE_ENDS, textBackTo } from '../text-lines.js';
import { prefixNote, readPrefix } from './named/level.js';
import { nameAt } from './named/people.js';
import type { WorkshopRule } from './named/rules.js';
import { longestFirst } from './refiners/regex.js';

export interface WorkshopCandidate extends Workshop {
  rejected: string | null;
  notes: string[];
}

const POLICY = /(鼓励|支持|推进|推动|引导|加强|加快|积极|力争|争取|计划|要求|重视|用于)/;
const GENERIC_OWNER = /^(?:企业|职工|各级|各类|产业工人|劳模|工匠|一线|基层|单位|公司|全省|全市|全国|各地|有关|相关|更多)$/;
const LIST_ITEM = /^\s*[，,、；;]?\s*(?:其中[，,：:]?\s*)?((?:全国|国家|省|市|州|县|区|地市|州市|县区|县市区|市州|企业)级)(工作室|工作站)?\s*(?:有|共)?\s*(\d+|[一二两三四五六七八九十百]+)\s*个/;
const LEAD_IN = /^\s*(?:共|累计|已|现|目前|现有|已有)?(?:成立|建成|建立|创建|命名|认定|达到|达|有)?了?\s*/;

/** the workshop-type alternation, compiled once per rules load (it only depends on rules/workshops.yaml) */
function matcher(f: DocFacts): { re: LiteralScanner; byAlias: Map<string, WorkshopRule>; suffixes: string[] } {
  return perRules(f.rules, 'workshops.matcher', () => {
    const byAlias = new Map<string, WorkshopRule>();
    for (const r of f.rules.workshops) for (const a of r.aliases) if (!byAlias.has(a)) byAlias.set(a, r);
    const suffixes = longestFirst([...byAlias.keys()]);
    return { re: new LiteralScanner(suffixes), byAlias, suffixes };
  });
}


/** The clause before `pos`: back to the previous 。；;，,！？ or line start */
const clauseBefore = (text: string, pos: number): string => textBackTo(text, pos, PHRASE_ENDS);

type Spans = Array<[number, number]>;

/** 1. individually named workshops in quotes: “袁坤劳模工作室” */
function quotedWorkshops(f: DocFacts, text: string, from: number, to: number, consumed: Spans): WorkshopCandidate[] {
  const { byAlias, suffixes } = matcher(f);
  const out: WorkshopCandidate[] = [];
  const named = /[“"「『]([^“”"」』\n]{2,30}?(?:工作室|工作站))[”"」』]/g;
  named.lastIndex = from;
  for (let m = named.exec(text); m && m.index < to; m = named.exec(text)) {
    const name = m[1];
    const start = m.index + 1;
    const end = start + name.length;
    // a quoted name whose ending is no workshop type of the rules (“乡村工匠工作站”) is left to the other readers
    const suf = suffixes.find((s) => name.endsWith(s));
    if (!suf) continue;
    const rule = byAlias.get(suf)!;
    const own = name.slice(0, name.length - suf.length);
    const nm = own ? nameAt(own + '。', 0, f) : null;
    const leader = nm && nm.name === own ? own : null;
    const prefix = readPrefix(name, name.length - suf.length, f);
    consumed.push([start, end]);
    // a quoted name then a count (确定“某乡名匠工作室”4家) or the list of those it was given to (“…工作室”命名名单)
    // is a title conferred on several workshops: a counted class, not one workshop's name
    const after = end + 1;
    const c = leader ? null : countAfter(f, text, after);
    const counted = c && /^\d|^[一二两三四五六七八九十]/.test(text.slice(after, after + 1)) && /^(个|家|间|座|处|所)$/.test(text.slice(c.end - 1, c.end)) ? c : null;
    const listed = !leader && /^(?:命名|认定|授牌)?名单/.test(text.slice(after, after + 4));
    // (the type alone in quotes, 命名第三批某县“劳模创新工作室”, is the class conferred, no workshop's name)
    out.push({
      name: counted || listed || !own ? null : name, type: rule.type, level: prefix.level, count: counted ? counted.count : null, leader,
      text: counted ? text.slice(start, counted.end) : name, start, end: counted ? counted.end : end, rule: rule.id,
      rejected: insideTitle(f, start, end) ? 'inside a 《》 title' : listed ? 'a title whose holders a list names (…名单)' : null,
      notes: [counted ? `a title conferred on ${counted.count}` : `named in quotes${leader ? `, leader ${leader}` : ''}`],
    });
  }
  return out;
}

/** The count of a workshop type mention: after it (…5个), else right before its prefix (5个…). */
function workshopCount(f: DocFacts, text: string, aEnd: number, prefixStart: number, notes: string[]): { count: number | null; end: number } {
  const lead = LEAD_IN.exec(text.slice(aEnd, aEnd + 12));
  const c = countAfter(f, text, aEnd + (lead ? lead[0].length : 0));
  if (c && /^(个|家|间|座|处|所)$/.test(text.slice(c.end - 1, c.end))) {
    notes.push(`count ${c.count} after`);
    return { count: c.count, end: c.end };
  }
  const before = namedPatterns(f.rules).workshopCountBefore.exec(text.slice(Math.max(0, prefixStart - 10), prefixStart));
  if (before && /个$/.test(before[0].trim())) {
    const count = parseSmallInt(before[1]);
    notes.push(`count ${count} before`);
    return { count, end: aEnd };
  }
  return { count: null, end: aEnd };
}

/** 2. a workshop type mentioned in the text (劳模创新工作室), with its level, count and why it is kept or not */
function typeMention(f: DocFacts, text: string, aStart: number, alias: string): WorkshopCandidate {
  const aEnd = aStart + alias.length;
  const rule = matcher(f).byAlias.get(alias)!;
  const notes: string[] = [];
  const prefix = readPrefix(text, aStart, f);
  if (prefix.tokens.length) notes.push(prefixNote(prefix));
  const { count, end } = workshopCount(f, text, aEnd, prefix.start, notes);
  const clause = clauseBefore(text, prefix.start);
  const owner = /^([\u4e00-\u9fa5]{2,8})的/.exec(clause);
  const verb = namedPatterns(f.rules).workshopVerb.exec(clause);
  let rejected: string | null = null;
  if (insideTitle(f, aStart, aEnd)) rejected = 'inside a 《》 title';
  else if (/^[\u4e00-\u9fa5]/.test(text[aEnd] ?? '') && !/^(?:建设|建立|打造|等|和|及|与|共|累计|已|现|有|达|成立|建成|创建|命名)/.test(text.slice(aEnd, aEnd + 2)) && count === null) {
    rejected = `followed by "${text.slice(aEnd, aEnd + 2)}": part of a longer phrase`;
  } else if (count === null) {
    if (owner && !GENERIC_OWNER.test(owner[1])) notes.push(`attributed to ${owner[1]}`);
    else if (verb && !POLICY.test(clause)) notes.push(`verb ${verb[1]}`);
    else rejected = 'no count, name, owner or creation verb (policy talk)';
  }
  return {
    name: null, type: rule.type, level: prefix.level, count, leader: null,
    text: text.slice(prefix.start, end), start: prefix.start, end, rule: rule.id, rejected, notes,
  };
}

/** 3. elided list items after a counted total: 共成立16个，省级工作室2个、地市级14个 */
function listItems(f: DocFacts, text: string, total: WorkshopCandidate, consumed: Spans): WorkshopCandidate[] {
  const out: WorkshopCandidate[] = [];
  let p = total.end;
  for (let li = LIST_ITEM.exec(text.slice(p, p + 40)); li; li = LIST_ITEM.exec(text.slice(p, p + 40))) {
    const s = p + li[0].indexOf(li[1]);
    const e = p + li[0].length;
    const lp = readPrefix(li[1] + '工作室', li[1].length, f);
    consumed.push([s, e]);
    out.push({
      name: null, type: total.type, level: lp.level, count: parseSmallInt(li[3]), leader: null,
      text: text.slice(s, e), start: s, end: e, rule: total.rule, rejected: null,
      notes: [`list item of ${total.type} total at ${total.start}`],
    });
    p = e;
  }
  return out;
}

export function workshopCandidates(ctx: ExtractContext, from = 0, to = ctx.text.length, rulesDir?: string): WorkshopCandidate[] {
  const f = docFacts(ctx, rulesDir);
  const text = ctx.text;
  const consumed: Spans = [];
  const isConsumed = (s: number, e: number) => consumed.some(([a, b]) => s < b && e > a);
  const out = quotedWorkshops(f, text, from, to, consumed);
  const { re } = matcher(f);
  for (let m = re.next(text, from, to); m; m = re.next(text, m.index + m[0].length, to)) {
    if (isConsumed(m.index, m.index + m[0].length)) continue;
    const cand = typeMention(f, text, m.index, m[0]);
    out.push(cand);
    if (cand.count !== null && !cand.rejected) out.push(...listItems(f, text, cand, consumed));
  }
  return out.sort((a, b) => a.start - b.start);
}

export function extractWorkshops(ctx: ExtractContext): Workshop[] {
  return workshopCandidates(ctx)
    .filter((c) => !c.rejected)
    .map(({ rejected: _r, notes: _n, ...w }) => w);
}
