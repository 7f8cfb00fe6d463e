// What a figure states, read from its sentence, for the findings that compare figures across
// issues (restated-changed, cumulative-decrease): the clause before and after the figure, the
// predicate that follows it (1.2万名职工【参加各类技能竞赛】), the sentence with its figures
// blanked (for "the same sentence up to the figures"), and whether it is a stock or a flow
// (rules/findings.yaml).
import { z } from 'zod';
import { loadRuleFile, oncePerRulesDir } from '../rules/loader.js';
import { quantitiesBySentence } from './model.js';
import type { Archive, QRow } from './model.js';

const FindingRuleSchema = z.object({
  id: z.string().min(1),
  type: z.enum(['stock', 'flow', 'running', 'accumulate']),
  description: z.string().optional(),
  words: z.array(z.string().min(1)).optional(),
  patterns: z.array(z.string().min(1)).optional(),
  examples: z.object({ positive: z.array(z.string()).default([]), negative: z.array(z.string()).default([]) }),
});

export interface StatementRules {
  stock: string[];
  accumulate: string[];
  /** each type's patterns as one alternation */
  flow: RegExp;
  running: RegExp;
  rules: z.infer<typeof FindingRuleSchema>[];
}

/** one regular expression for a list of patterns (none: matches nothing) */
const alternation = (ps: string[]) => new RegExp(ps.length ? ps.map((p) => `(?:${p})`).join('|') : '(?!)', 'u');

export const loadStatementRules = oncePerRulesDir((dir): StatementRules => {
  const rules = loadRuleFile('findings.yaml', FindingRuleSchema, dir);
  const out: StatementRules = {
    rules,
    stock: rules.filter((r) => r.type === 'stock').flatMap((r) => r.words ?? []).sort((a, b) => b.length - a.length),
    accumulate: rules.filter((r) => r.type === 'accumulate').flatMap((r) => r.words ?? []),
    flow: alternation(rules.filter((r) => r.type === 'flow').flatMap((r) => r.patterns ?? [])),
    running: alternation(rules.filter((r) => r.type === 'running').flatMap((r) => r.patterns ?? [])),
  };
  return out;
});

export interface Statement {
  /** the sentence before and after the figure */
  before: string;
  after: string;
  /** the clause before the figure (from the last ， ； ：), without spaces */
  clauseBefore: string;
  /** what the clause says after the figure, its subject taken off: 参加各类技能竞赛 */
  predicate: string;
  /** the sentence with every figure replaced by #, and this figure's place among them */
  template: string;
  place: number;
  /** how many figures the template blanks */
  blanks: number;
  /** the sentence before the figure names a span of time (本月, 今年以来, 2023年 …) */
  flow: boolean;
  /** a stock verb in the clause before the figure and no predicate after it */
  stock: boolean;
  /** a running count of the year so far (今年以来, 1-5月): it only grows within a calendar year */
  running: boolean;
  /** an accumulation word (累计, 建成 …) in the clause before: a count that only grows */
  accumulate: boolean;
}

const CLAUSE_END = /[，,；;。！？!?：:]/;
const compact = (s: string) => s.replace(/\s+/g, '');

const computed = new WeakMap<Archive, Map<QRow, Statement>>();

/** The statement of every count and money figure of the archive (percent and ratio figures are
 * left out); computed once per archive (cumulative-decrease and restated-changed both read it). */
export function statements(a: Archive, rules = loadStatementRules()): Map<QRow, Statement> {
  let out = computed.get(a);
  if (!out) computed.set(a, (out = computeStatements(a, rules)));
  return out;
}

function computeStatements(a: Archive, rules: StatementRules): Map<QRow, Statement> {
  const bySentence = quantitiesBySentence(a);
  const out = new Map<QRow, Statement>();
  for (const qs of bySentence.values()) {
    qs.sort((x, y) => x.start - y.start);
    const s = qs[0].sentence;
    // where each figure is in its sentence: the figures are in order, each after the one before
    const at: number[] = [];
    let prevEnd = 0;
    for (const q of qs) {
      const i = s.indexOf(q.text, prevEnd);
      at.push(i);
      if (i >= 0) prevEnd = i + q.text.length;
    }
    if (at.some((i) => i < 0)) continue;
    let template = '';
    let pos = 0;
    qs.forEach((q, n) => {
      template += s.slice(pos, at[n]) + '#';
      pos = at[n] + q.text.length;
    });
    template = compact(template + s.slice(pos));
    qs.forEach((q, n) => {
      if (q.kind !== 'count' && q.kind !== 'money') return;
      const before = s.slice(0, at[n]);
      const after = s.slice(at[n] + q.text.length);
      const cb = compact(before.split(CLAUSE_END).pop() ?? '');
      let tail = compact(after.split(CLAUSE_END)[0] ?? '');
      const subj = compact(q.subject);
      if (subj && tail.startsWith(subj)) tail = tail.slice(subj.length);
      tail = tail.replace(/^[的了]+/, '');
      const flow = rules.flow.test(compact(before));
      const stock = !flow && tail === '' && rules.stock.some((w) => cb.includes(w));
      const running = rules.running.test(before.trimStart());
      const accumulate = rules.accumulate.some((w) => cb.includes(w));
      out.set(q, { before, after, clauseBefore: cb, predicate: tail, template, place: n, blanks: qs.length, flow, stock, running, accumulate });
    });
  }
  return out;
}
