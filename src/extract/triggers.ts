// Trigger words, as a rule engine (chrono, Duckling) declares them: a rule family names the words
// one of which must stand in a span (a sentence, a line, a bracket) for the family to produce
// anything there, and reads only the spans that hold one. The words come from the family's own
// rules (rules/*.yaml), never from a list here; each gate's comment states why it is conservative:
// every item (and every rejection) the family makes contains one of its triggers inside the span
// tested, so a span without one is skipped with no change to what is found.
import { perRules } from './named/doc.js';
import { longestWordsAlt } from './refiners/regex.js';

export interface Triggers {
  /** the words, as the rules list them */
  readonly words: readonly string[];
  /** whether `span` holds one of the words (always true for a family that declares none, or a pattern) */
  in(span: string): boolean;
}

/** a regular-expression metacharacter: an entry holding one may be a pattern (some rule lists take them) */
const PATTERN = /[.*+?^${}()|[\]\\]/;

/**
 * The triggers of the family `key`, built from its rules' words once per rules object. An entry that
 * may be a pattern rather than a word has no fixed text to look for: such a family is never gated.
 */
export function triggersOf(rules: object, key: string, words: () => readonly string[]): Triggers {
  return perRules(rules, `triggers:${key}`, () => {
    const ws = words();
    const re = ws.length && !ws.some((w) => PATTERN.test(w)) ? new RegExp(longestWordsAlt(ws)) : null;
    return { words: ws, in: (span: string) => re === null || re.test(span) };
  });
}
