// Synonym folding for subjects, scopes and units (rules/synonyms.yaml), and the
// resolution of relative scopes (全省, 全市 …) to the document's own place.
import { z } from 'zod';
import { loadRuleFile } from '../rules/loader.js';
import { escapeRe } from '../extract/refiners/regex.js';

export const SynonymRuleSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['subject', 'scope', 'unit', 'relative']),
  canonical: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
  note: z.string().optional(),
  examples: z.object({
    positive: z.array(z.tuple([z.string(), z.string()])),
    negative: z.array(z.tuple([z.string(), z.string()])),
  }),
});
export type SynonymRule = z.infer<typeof SynonymRuleSchema>;

/** What a relative scope is resolved against: the document's own header. */
export interface PlaceContext {
  id: string;
  issuers: string[];
  title: string | null;
  byline: string | null;
}

interface Folder {
  re: RegExp | null;
  map: Map<string, string>;
}

function folder(rules: SynonymRule[]): Folder {
  const map = new Map<string, string>();
  for (const r of rules) {
    for (const a of [r.canonical, ...r.aliases]) if (!map.has(a) || a === r.canonical) map.set(a, r.canonical);
  }
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  return { re: keys.length ? new RegExp(keys.map(escapeRe).join('|'), 'g') : null, map };
}

export class Synonyms {
  private subject: Folder;
  private scope: Folder;
  private unit: Folder;
  /** relative prefix (全市) → place level (市) */
  private relative: { prefix: string; level: string }[];
  private placeCache = new Map<string, Map<string, string | null>>();

  constructor(public readonly rules: SynonymRule[]) {
    this.subject = folder(rules.filter((r) => r.kind === 'subject'));
    this.scope = folder(rules.filter((r) => r.kind === 'scope'));
    this.unit = folder(rules.filter((r) => r.kind === 'unit'));
    this.relative = rules
      .filter((r) => r.kind === 'relative')
      .flatMap((r) => r.aliases.map((a) => ({ prefix: a, level: r.canonical })))
      .sort((a, b) => b.prefix.length - a.prefix.length);
  }

  private static apply(f: Folder, s: string): string {
    return f.re ? s.replace(f.re, (m) => f.map.get(m) ?? m) : s;
  }

  /** 劳模创新工作室 → 劳动模范创新工作室; whitespace and quotes dropped. */
  normSubject(s: string | null | undefined): string {
    if (!s) return '';
    return Synonyms.apply(this.subject, clean(s));
  }

  /** 名 → 人 */
  normUnit(s: string | null | undefined): string {
    if (!s) return '';
    const c = clean(s);
    return this.unit.map.get(c) ?? c;
  }

  /**
   * 全市烟草商业 → 曲靖市烟草商业 (the document's city); aliases folded. A relative scope that
   * cannot be resolved stays tied to its document (`全市@<id>`), so it never matches another
   * document's 全市.
   */
  normScope(s: string | null | undefined, doc?: PlaceContext): string {
    if (!s) return '';
    let c = clean(s);
    for (const { prefix, level } of this.relative) {
      if (!c.startsWith(prefix)) continue;
      const place = doc ? this.placeOf(doc, level) : null;
      c = place ? place + c.slice(prefix.length) : `${prefix}@${doc?.id ?? '?'}${c.slice(prefix.length)}`;
      break;
    }
    return Synonyms.apply(this.scope, c);
  }

  /** All written forms of a term (劳模 → 劳模, 劳动模范) for a LIKE prefilter. */
  surfaceForms(term: string, kind: 'subject' | 'scope'): string[] {
    const f = kind === 'subject' ? this.subject : this.scope;
    const out = new Set<string>([clean(term)]);
    const norm = Synonyms.apply(f, clean(term));
    out.add(norm);
    for (const r of this.rules.filter((x) => x.kind === kind)) {
      for (const form of [...out]) {
        if (!form.includes(r.canonical)) continue;
        for (const a of r.aliases) out.add(form.split(r.canonical).join(a));
      }
    }
    return [...out].filter(Boolean);
  }

  /** The document's place of a level (省, 市, 县, 区), from its issuers, byline and title. */
  placeOf(doc: PlaceContext, level: string): string | null {
    let byLevel = this.placeCache.get(doc.id);
    if (!byLevel) {
      byLevel = new Map();
      this.placeCache.set(doc.id, byLevel);
    }
    if (byLevel.has(level)) return byLevel.get(level)!;
    const texts = [...doc.issuers, doc.byline ?? '', doc.title ?? ''];
    let found: string | null = null;
    for (const t of texts) {
      found = findPlace(t, level);
      if (found) break;
    }
    byLevel.set(level, found);
    return found;
  }
}

const PROVINCE =
  /(北京市|天津市|上海市|重庆市|(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)省|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|新疆维吾尔自治区)/;

export function findPlace(text: string, level: string): string | null {
  const t = clean(text).replace(/^中共/, '');
  if (level === '省') return PROVINCE.exec(t)?.[1] ?? null;
  const rest = t.replace(new RegExp(PROVINCE.source, 'g'), '|').replace(/中共/g, '|');
  const suffix = level === '市' ? '[市州盟]' : level === '县' ? '[县]' : '[区]';
  const re = new RegExp(`([\\u4e00-\\u9fff]{2,9}?${suffix})`, 'u');
  for (const part of rest.split('|')) {
    const m = re.exec(part);
    if (m) return m[1];
  }
  return null;
}

function clean(s: string): string {
  return s.replace(/[\s“”"'‘’《》「」『』]/g, '');
}

let cached: Synonyms | null = null;
/** The synonyms of rules/synonyms.yaml (loaded once). */
export function loadSynonyms(dir?: string): Synonyms {
  if (cached && !dir) return cached;
  const rules = loadRuleFile('synonyms.yaml', SynonymRuleSchema, dir);
  const s = new Synonyms(rules);
  if (!dir) cached = s;
  return s;
}
