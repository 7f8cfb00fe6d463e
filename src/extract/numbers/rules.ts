// The number finder's data: qualifiers and guard words from rules/numbers.yaml, validated with zod.
import { z } from 'zod';
import { currentRulesDir, loadRuleFile } from '../../rules/loader.js';
import { numeralPlaceNames } from '../named/gazetteer.js';

export const NumberRuleSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['prefix', 'suffix', 'before', 'after', 'guard-word', 'keep', 'range-separator', 'lone-character', 'ratio-mark', 'half-word']),
  description: z.string().optional(),
  words: z.array(z.string().min(1)).min(1),
  /** prefix/suffix: whether the word makes the figure approximate (default true) */
  approx: z.boolean().optional(),
  /** prefix: only before a bare 百/千/万/亿 (上百, 上千) */
  bareOnly: z.boolean().optional(),
  /** before/after: limit to numbers written in Chinese numerals */
  script: z.enum(['any', 'chinese', 'arabic']).optional(),
  /** after: not when the number follows one of these words (连续举办五届: a count of editions) */
  unlessAfter: z.array(z.string().min(1)).optional(),
  /** after: not when the text right after the rule word matches one of these (两届共评选: a count, a
   * session's ordinal is followed by the body's name instead) */
  unlessNext: z.array(z.string().min(1)).optional()
    .refine((ps) => (ps ?? []).every((p) => { try { new RegExp(p, 'u'); return true; } catch { return false; } }), { message: 'unlessNext: a bad pattern' }),
  /** ratio-mark: what the text before the first number must end with for A∶B to be a stated ratio (之比为…) */
  cue: z.string().min(1).optional()
    .refine((p) => p === undefined || (() => { try { new RegExp(p, 'u'); return true; } catch { return false; } })(), { message: 'cue: a bad pattern' }),
  /** prefix/suffix/keep: positive/negative; before/after/guard-word (they hide numbers): noNumber/aNumber */
  examples: z.object({
    positive: z.array(z.string()).optional(),
    negative: z.array(z.string()).optional(),
    noNumber: z.array(z.string()).optional(),
    aNumber: z.array(z.string()).optional(),
  }),
}).superRefine((r, ctx) => {
  const guard = r.kind === 'before' || r.kind === 'after' || r.kind === 'guard-word' || r.kind === 'lone-character';
  const wrong = guard ? ['positive', 'negative'] : ['noNumber', 'aNumber'];
  for (const k of wrong) {
    if (k in r.examples) {
      const right = guard ? 'noNumber/aNumber' : 'positive/negative';
      ctx.addIssue({ code: 'custom', path: ['examples', k], message: `a ${r.kind} rule's examples are ${right}` });
    }
  }
});
export type NumberRule = z.infer<typeof NumberRuleSchema>;

export interface Affix {
  word: string;
  approx: boolean;
  bareOnly: boolean;
  ruleId: string;
}
export interface ContextWord {
  word: string;
  script: 'any' | 'chinese' | 'arabic';
  ruleId: string;
  /** after rules: words right before the number that lift the rule */
  unlessAfter?: string[];
  /** after rules: patterns the text after the rule word may match to lift the rule */
  unlessNext?: RegExp[];
}
interface GuardEntry {
  word: string;
  /** index of the numeral character inside word */
  pos: number;
  ruleId: string;
}

export interface NumberRules {
  rules: NumberRule[];
  /** longest first */
  prefixes: Affix[];
  suffixes: Affix[];
  before: ContextWord[];
  after: ContextWord[];
  /** words starting at a numeral that no guard word may hide, longest first */
  keep: string[];
  /** guard word index keyed by the numeral and its right neighbour, and by its left neighbour and the numeral */
  guardFwd: Map<string, GuardEntry[]>;
  guardBwd: Map<string, GuardEntry[]>;
  /** first characters of prefixes (for a cheap test in the scanner) */
  prefixStart: Set<string>;
  /** what joins the two ends of a range (3至5, 3—5), in file order: the first that matches wins */
  rangeSeparators: string[];
  /** numeral characters that are no number when they stand alone (陆续, 收拾: 大写 numerals) */
  loneCharacters: Set<string>;
  /** marks joining the two terms of a stated ratio (1∶3), and what the text before it must end with */
  ratio: { marks: string[]; cue: RegExp } | null;
  /** words that stand for one half with no numeral before them (半数), longest first */
  halfWords: string[];
}

// 半 too: a guard word may hide a half word (过半数同意)
const NUMERAL = /[零〇一二两兩三四五六七八九十百千万亿壹贰貳叁叄肆伍陆陸柒捌玖拾佰仟萬億半]/;

/** index a guard word by the bigrams around each of its numerals */
function indexGuard(fwd: Map<string, GuardEntry[]>, bwd: Map<string, GuardEntry[]>, w: string, ruleId: string): void {
  const push = (m: Map<string, GuardEntry[]>, k: string, e: GuardEntry): void => {
    const l = m.get(k);
    if (l) l.push(e);
    else m.set(k, [e]);
  };
  for (let p = 0; p < w.length; p++) {
    if (!NUMERAL.test(w[p]!)) continue;
    const e = { word: w, pos: p, ruleId };
    if (p + 1 < w.length) push(fwd, w.slice(p, p + 2), e);
    if (p > 0) push(bwd, w.slice(p - 1, p + 1), e);
    if (w.length === 1) push(fwd, w, e);
  }
}

/** `places`: more guard words, the gazetteer's names that begin with a numeral (五家渠市) */
export function compileRules(rules: NumberRule[], places: string[] = []): NumberRules {
  const byLen = <T extends { word: string }>(a: T[]): T[] => a.sort((x, y) => y.word.length - x.word.length);
  const prefixes: Affix[] = [];
  const suffixes: Affix[] = [];
  const before: ContextWord[] = [];
  const after: ContextWord[] = [];
  const keep: string[] = [];
  const rangeSeparators: string[] = [];
  const loneCharacters = new Set<string>();
  const ratioMarks: string[] = [];
  const halfWords: string[] = [];
  let ratioCue: RegExp | null = null;
  const guardFwd = new Map<string, GuardEntry[]>();
  const guardBwd = new Map<string, GuardEntry[]>();
  for (const r of rules) {
    for (const w of r.words) {
      if (r.kind === 'prefix') prefixes.push({ word: w, approx: r.approx ?? true, bareOnly: r.bareOnly ?? false, ruleId: r.id });
      else if (r.kind === 'suffix') suffixes.push({ word: w, approx: r.approx ?? true, bareOnly: false, ruleId: r.id });
      else if (r.kind === 'before') before.push({ word: w, script: r.script ?? 'any', ruleId: r.id });
      else if (r.kind === 'after') after.push({ word: w, script: r.script ?? 'any', ruleId: r.id, unlessAfter: r.unlessAfter, unlessNext: r.unlessNext?.map((p) => new RegExp(p, 'u')) });
      else if (r.kind === 'keep') keep.push(w);
      else if (r.kind === 'range-separator') rangeSeparators.push(w);
      else if (r.kind === 'lone-character') loneCharacters.add(w);
      else if (r.kind === 'half-word') halfWords.push(w);
      else if (r.kind === 'ratio-mark') {
        ratioMarks.push(w);
        ratioCue = new RegExp(r.cue ?? '$^', 'u');
      }
      else indexGuard(guardFwd, guardBwd, w, r.id);
    }
  }
  for (const w of places) indexGuard(guardFwd, guardBwd, w, 'guard-places-gazetteer');
  for (const m of [guardFwd, guardBwd]) for (const l of m.values()) byLen(l);
  return {
    rules,
    prefixes: byLen(prefixes),
    suffixes: byLen(suffixes),
    before: byLen(before),
    after: byLen(after),
    keep: keep.sort((x, y) => y.length - x.length),
    guardFwd,
    guardBwd,
    prefixStart: new Set(prefixes.map((p) => p.word[0]!)),
    rangeSeparators,
    loneCharacters,
    ratio: ratioCue ? { marks: ratioMarks, cue: ratioCue } : null,
    halfWords: halfWords.sort((x, y) => y.length - x.length),
  };
}

const cached = new Map<string, NumberRules>();

/** rules/numbers.yaml of `dir` (GONGWEN_RULES or rules/), loaded once per folder */
export function numberRules(dir = currentRulesDir()): NumberRules {
  let r = cached.get(dir);
  if (!r) {
    r = compileRules(loadRuleFile('numbers.yaml', NumberRuleSchema, dir), numeralPlaceNames());
    cached.set(dir, r);
  }
  return r;
}

/**
 * The guard word covering the numeral at text[a], if any: returns its [start, end) span.
 * Words whose numeral sits at `pos` are looked up by the bigrams around text[a].
 */
export function guardAt(r: NumberRules, text: string, a: number): { start: number; end: number; ruleId: string } | null {
  let best: { start: number; end: number; ruleId: string } | null = null;
  const tryList = (l: GuardEntry[] | undefined): void => {
    if (!l) return;
    for (const e of l) {
      const s = a - e.pos;
      if (s < 0) continue;
      if (text.startsWith(e.word, s)) {
        const end = s + e.word.length;
        if (!best || end > best.end) best = { start: s, end, ruleId: e.ruleId };
      }
    }
  };
  if (a + 1 < text.length) tryList(r.guardFwd.get(text.slice(a, a + 2)));
  if (a > 0) tryList(r.guardBwd.get(text.slice(a - 1, a + 1)));
  return best;
}
