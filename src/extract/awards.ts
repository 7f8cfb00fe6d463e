// Awards (honours) from rules/awards.yaml: canonical name, level from the prefix (rules/levels.yaml),
// count, named recipients. Only conferred awards are emitted (count, recipient or award verb); the
// rejected candidates are kept for `explain`.
import type { Award, ExtractContext } from '../types.js';
import { countAfter, docFacts, escapeRe, insideTitle, CJK, type DocFacts } from './named/doc.js';
import { readPrefix } from './named/level.js';
import { nameAt } from './named/people.js';
import type { AwardRule } from './named/rules.js';

export interface AwardCandidate extends Award {
  rejected: string | null;
  notes: string[];
}

const VERB = /(获评|荣获|获得|获|当选|评为|命名为|授予|荣膺|入选|表彰为|评选出)/;
/** what may follow an award name without making it part of a longer phrase */
const FOLLOW_OK = /^(?:\s|$|[，,。；;、：:）)”"’（(\d０-９]|称号|荣誉|等|和|及|与|同志|各|共|计)/;
const GRADE = /^(?:特等奖|[一二三]等奖|金奖|银奖|铜奖|奖)/;

const compiled = new WeakMap<DocFacts, { re: RegExp; byAlias: Map<string, AwardRule> }>();
function matcher(f: DocFacts) {
  let c = compiled.get(f);
  if (!c) {
    const byAlias = new Map<string, AwardRule>();
    for (const r of f.rules.awards) for (const a of r.aliases) if (!byAlias.has(a)) byAlias.set(a, r);
    const alts = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
    c = { re: new RegExp(alts.join('|'), 'g'), byAlias };
    compiled.set(f, c);
  }
  return c;
}

/** The clause before `pos`: back to the previous 。；; or line start. */
function clauseBefore(text: string, pos: number): string {
  let s = pos;
  while (s > 0 && !/[\n。；;！？]/.test(text[s - 1])) s--;
  return text.slice(s, pos);
}

/** Every award candidate in [from, to) of the text (default: all), accepted or not. */
export function awardCandidates(ctx: ExtractContext, from = 0, to = ctx.text.length, rulesDir?: string): AwardCandidate[] {
  const f = docFacts(ctx, rulesDir);
  const { re, byAlias } = matcher(f);
  const text = ctx.text;
  const out: AwardCandidate[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const alias = m[0];
    const rule = byAlias.get(alias)!;
    const aStart = m.index;
    let aEnd = aStart + alias.length;
    const notes: string[] = [];
    let rejected: string | null = null;
    let grade = '';
    if (rule.grade) {
      const g = GRADE.exec(text.slice(aEnd, aEnd + 4));
      if (g) {
        grade = g[0];
        aEnd += grade.length;
      } else rejected = 'no prize grade (…奖) after the name';
    }
    const prefix = readPrefix(text, aStart, f);
    const baseName = rule.keepAlias || grade || alias.includes(rule.name) ? alias : rule.name;
    const name = prefix.out + baseName + grade;
    if (prefix.tokens.length) notes.push(`prefix ${prefix.tokens.map((t) => `${t.text.trim()}(${t.rule})`).join(' ')}`);
    // count, possibly after a parenthesis or a quoted sub-title: 全国劳动模范（全国五一劳动奖章）1 人
    let end = aEnd;
    let count: number | null = null;
    let after = aEnd;
    const skip = /^\s*(?:（[^（）\n]{1,30}）|\([^()\n]{1,30}\)|“[^“”\n]{1,20}”|"[^"\n]{1,20}")/.exec(text.slice(after, after + 40));
    let c = countAfter(text, after);
    if (!c && skip) c = countAfter(text, after + skip[0].length);
    if (!c && /^[）)”"]/.test(text.slice(after))) c = countAfter(text, after + 1);
    if (c) {
      count = c.count;
      end = c.end;
      notes.push(`count ${count}`);
    }
    const recipients: string[] = [];
    if (!c) {
      const nm = CJK.test(text[aEnd] ?? '') ? nameAt(text, aEnd, f) : null;
      if (nm) {
        recipients.push(nm.name);
        notes.push(`recipient ${nm.name} (${nm.how})`);
      }
    }
    if (!rejected && !recipients.length && !FOLLOW_OK.test(text.slice(aEnd, aEnd + 3)) && CJK.test(text[aEnd] ?? '')) {
      rejected = `followed by "${text.slice(aEnd, aEnd + 2)}": part of a longer phrase`;
    }
    if (!rejected && insideTitle(f, aStart, aEnd)) rejected = 'inside a 《》 title';
    const verb = VERB.exec(clauseBefore(text, prefix.start));
    if (verb) notes.push(`verb ${verb[1]}`);
    if (!rejected && count === null && !recipients.length && !verb) {
      rejected = 'not conferred: no count, recipient or award verb (policy talk)';
    }
    out.push({
      name,
      level: prefix.level ?? rule.level ?? null,
      count,
      recipients,
      text: text.slice(prefix.start, end),
      start: prefix.start,
      end,
      rule: rule.id,
      rejected,
      notes,
    });
  }
  return out;
}

export function extractAwards(ctx: ExtractContext): Award[] {
  return awardCandidates(ctx)
    .filter((c) => !c.rejected)
    .map(({ rejected: _r, notes: _n, ...a }) => a);
}
