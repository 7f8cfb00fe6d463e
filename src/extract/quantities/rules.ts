// The quantity rules: rules/units.yaml (measure words) and rules/quantity-context.yaml (word lists
// for subject, scope, period, totals, guards), validated with zod when first used.
import { z } from 'zod';
import { currentRulesDir, loadRuleFile } from '../../rules/loader.js';
import { longestFirst } from '../refiners/regex.js';

const Example = z.object({
  text: z.string().min(1),
  value: z.number().optional(),
  unit: z.string().optional(),
  kind: z.enum(['count', 'money', 'percent', 'ratio']).optional(),
  approx: z.boolean().optional(),
  subject: z.string().optional(),
  scope: z.string().nullable().optional(),
  period: z.string().nullable().optional(),
  cumulative: z.boolean().optional(),
  partOf: z.number().int().nullable().optional(),
});
export type RuleExample = z.infer<typeof Example>;

const Examples = z.object({
  positive: z.array(Example),
  negative: z.array(z.object({ text: z.string().min(1) })),
});

export const UnitRuleSchema = z
  .object({
    id: z.string().regex(/^unit\.[a-z0-9-]+$/),
    kind: z.enum(['count', 'money', 'percent', 'ratio']),
    class: z.enum(['noun', 'event']).default('noun'),
    /** measure words written after the number */
    words: z.array(z.string().min(1)).optional(),
    /** words written before the number (系数为1.2) */
    before: z.array(z.string().min(1)).optional(),
    /** the number finder's percent mark this rule takes */
    percent: z.enum(['percent', 'points', 'fraction', 'ratio']).optional(),
    /** the unit reported (default: the word as written; money: 元) */
    unit: z.string().optional(),
    /** word → decimal multiplier (万元 → "10000") */
    /** words that start with the measure word but are other words (人才, 名单, 部门): no match */
    exclude: z.array(z.string().min(2)).optional(),
    /** words that need Arabic digits before them (三元德隆 is a company, not 3 yuan) */
    arabicOnly: z.array(z.string()).optional(),
    factor: z.record(z.string(), z.string().regex(/^1(0+)$/)).optional(),
    /** words that after a Chinese numeral and before a noun form a category label (一类竞赛, 二类企业),
     * not a count (分为三类, 涉及12类岗位 stay counts) */
    chineseLabel: z.array(z.string()).optional(),
    /** words that after a Chinese numeral glued to a work's name number a team (综采三队, 运检二班), not
     * count teams; a verb or a count word before the numeral (分两班, 共三队) leaves a count */
    teamName: z.array(z.string()).optional(),
    /** the measure word is itself the noun counted (四部门: departments): it is the subject */
    namesItself: z.boolean().optional(),
    /** where the subject is read: `left` when the words before the number name what it measures
     * (年龄在18至60周岁之间: 年龄, not 之间) */
    side: z.enum(['left']).optional(),
    /** a measure word that is a figure only in some contexts (年龄34岁, not 35岁以下青年): the sentence
     * before the number (spaces removed) must match one of `before`, or the text after the measure
     * word one of `after` (regular expressions); a `both` pair needs its two sides at once
     * (从事本职业8年以上: the years a rule requires, not a career told) */
    when: z
      .object({
        before: z.array(z.string()).default([]), after: z.array(z.string()).default([]),
        both: z.array(z.object({ before: z.string(), after: z.string() })).default([]),
      })
      .refine((w) => [...w.before, ...w.after, ...w.both.flatMap((b) => [b.before, b.after])].every((p) => { try { new RegExp(p, 'u'); return true; } catch { return false; } }), {
        message: 'every pattern must be a valid regular expression',
      })
      .optional(),
    examples: Examples,
  })
  .refine((r) => !!(r.words?.length || r.before?.length || r.percent), {
    message: 'a unit rule needs words, before or percent',
  });
export type UnitRule = z.infer<typeof UnitRuleSchema>;

const ContextType = z.enum([
  'verb', 'strip-trailing', 'strip-leading', 'stop-after', 'modifier-suffix', 'noun-suffix', 'nominal-verb', 'deed', 'measure-noun', 'value-of', 'work-noun', 'clause-verb', 'per-unit', 'scope-start', 'scope-end', 'scope-compound',
  'cumulative', 'total', 'period', 'guard-ordinal', 'guard-article-one', 'guard-bare-multiplier',
  'guard-quoted', 'guard-title', 'guard-rank', 'guard-repeated-line', 'grant-verb', 'change-clause', 'value-of', 'work-noun', 'clause-verb', 'per-unit',
  'people-noun', 'belong', 'people-head', 'confer-after', 'service-head', 'class-suffix', 'ratio-head', 'ratio-pair', 'act-noun-head',
  'object-prep', 'bare-lead', 'fact-adverb',
]);

export const ContextRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/),
    type: ContextType,
    words: z.array(z.string().min(1)).optional(),
    patterns: z
      .array(z.string())
      .refine((ps) => ps.every((p) => { try { new RegExp(p, 'u'); return true; } catch { return false; } }), {
        message: 'every pattern must be a valid regular expression',
      })
      .optional(),
    maxLength: z.number().int().positive().optional(),
    examples: Examples,
  })
  .refine((r) => (r.type === 'period' || r.type === 'change-clause' || r.type === 'ratio-pair' ? !!r.patterns?.length : true), { message: 'a period, change-clause or ratio-pair rule needs patterns' })
  .refine((r) => (r.type === 'guard-rank' ? !!r.patterns?.length && !!r.words?.length : true), { message: 'a rank guard needs patterns (before) and words (after)' })
  .refine((r) => (['verb', 'strip-trailing', 'strip-leading', 'stop-after', 'modifier-suffix', 'noun-suffix', 'nominal-verb', 'deed', 'measure-noun', 'scope-start',
    'scope-end', 'scope-compound', 'cumulative', 'total', 'guard-ordinal', 'grant-verb', 'people-noun', 'belong', 'people-head', 'confer-after', 'service-head', 'class-suffix', 'ratio-head', 'act-noun-head', 'object-prep',
    'bare-lead', 'fact-adverb'].includes(r.type) ? !!r.words?.length : true), {
    message: 'this rule type needs words',
  });
export type ContextRule = z.infer<typeof ContextRuleSchema>;

export interface QuantityRules {
  units: UnitRule[];
  context: ContextRule[];
  /** words of every context rule of a type, longest first */
  words(type: ContextRule['type']): string[];
  /** the first rule of a type (for guards and their parameters) */
  rule(type: ContextRule['type']): ContextRule | undefined;
  periods: RegExp[];
  /** ratio-pair patterns: a left phrase naming a ratio of two sets (A与B之比) */
  ratioPairs: RegExp[];
}

const cached = new Map<string, QuantityRules>();

/** units.yaml and quantity-context.yaml of `dir` (GONGWEN_RULES or rules/), loaded once per folder */
export function loadQuantityRules(dir = currentRulesDir()): QuantityRules {
  const hit = cached.get(dir);
  if (hit) return hit;
  const units = loadRuleFile('units.yaml', UnitRuleSchema, dir);
  const context = loadRuleFile('quantity-context.yaml', ContextRuleSchema, dir);
  const byType = new Map<string, string[]>();
  for (const r of context) {
    const list = byType.get(r.type) ?? [];
    list.push(...(r.words ?? []));
    byType.set(r.type, list);
  }
  for (const [k, v] of byType) byType.set(k, longestFirst([...new Set(v)]));
  const periods = context
    .filter((r) => r.type === 'period')
    .flatMap((r) => r.patterns ?? [])
    .map((p) => new RegExp(p, 'gu'));
  const ratioPairs = context.filter((r) => r.type === 'ratio-pair').flatMap((r) => r.patterns ?? []).map((p) => new RegExp(p, 'u'));
  // the first rule of each type, looked up per number by the guards: found once here
  const firstOfType = new Map<string, ContextRule>();
  for (const r of context) if (!firstOfType.has(r.type)) firstOfType.set(r.type, r);
  const none: string[] = [];
  const rules: QuantityRules = {
    units,
    context,
    words: (type) => byType.get(type) ?? none,
    rule: (type) => firstOfType.get(type),
    periods,
    ratioPairs,
  };
  cached.set(dir, rules);
  return rules;
}
