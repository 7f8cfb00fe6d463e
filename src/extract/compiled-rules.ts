// compileRules(dir): every rule file the extractors read, validated and compiled once, as one
// immutable object handed to every extractor with the Doc. GONGWEN_RULES (or rules/) chooses the
// folder when none is given. Each family's part keeps its own loader (numbers/rules.ts,
// quantities/rules.ts, named/rules.ts, citations/rules.ts), which names the file and the entry
// on any error.
import { currentRulesDir } from '../rules/loader.js';
import { numberRules, type NumberRules } from './numbers/rules.js';
import { loadQuantityRules, type QuantityRules } from './quantities/rules.js';
import { namedRules, type NamedRules } from './named/rules.js';
import { citationRules, type CitationRules } from './citations/rules.js';
import { genrePatterns, type GenreWords } from '../structure/genres.js';

export interface CompiledRules {
  /** the rules folder they were read from */
  readonly dir: string;
  readonly numbers: NumberRules;
  readonly quantities: QuantityRules;
  readonly named: NamedRules;
  readonly citations: CitationRules;
  /** the header vocabulary structure read the document with (rules/genres.yaml) */
  readonly genres: GenreWords;
}

const compiled = new Map<string, CompiledRules>();

/** The rules of `dir` (default: GONGWEN_RULES or rules/), compiled once per folder. */
export function compileRules(dir = currentRulesDir()): CompiledRules {
  let r = compiled.get(dir);
  if (!r) {
    r = Object.freeze({
      dir,
      numbers: numberRules(dir),
      quantities: loadQuantityRules(dir),
      named: namedRules(dir),
      citations: citationRules(dir),
      genres: genrePatterns(dir).words,
    });
    compiled.set(dir, r);
  }
  return r;
}
