// rules/genres.yaml: the header vocabulary of bulletins and notices, as the patterns the header
// reader tests lines with. Read and compiled once per rules folder.
import { z } from 'zod';
import { currentRulesDir, loadRuleFile, RuleFileError } from '../rules/loader.js';
import { wordsAlt as alt } from '../extract/refiners/regex.js';

export const GENRE_LISTS = [
  'genre.series-ending', 'genre.document-type', 'genre.report-to-label', 'genre.copy-to-label', 'genre.byline-label', 'genre.byline-tail',
  'genre.word-across-ending', 'genre.sheet-label',
] as const;
type GenreListId = (typeof GENRE_LISTS)[number];

export const GenreListRule = z.object({
  id: z.enum(GENRE_LISTS),
  description: z.string().optional(),
  words: z.array(z.string().min(1)).min(1),
  examples: z.object({
    matches: z.array(z.string()).default([]),
    matchesNothing: z.array(z.object({ text: z.string(), why: z.string() })).default([]),
  }),
});
export type GenreListRule = z.infer<typeof GenreListRule>;

/** the lists by id, words in file order */
export type GenreWords = Readonly<Record<GenreListId, readonly string[]>>;

export interface GenrePatterns {
  words: GenreWords;
  /** a line (a name) ending in a series ending */
  seriesEnd: RegExp;
  /** a title ending in a document type */
  documentType: RegExp;
  /** a line starting with the 报 label and its colon */
  reportTo: RegExp;
  /** a line starting with the 送 label and its colon */
  copyTo: RegExp;
  /** a byline's leading label, its colon and blanks */
  bylineLabel: RegExp;
  /** a byline's closing word, with the blanks before it */
  bylineTail: RegExp;
  /** a word that starts with a body's ending character (队伍, 部署): a name is never cut inside it */
  wordAcross: RegExp;
  /** a line holding the kind of sheet alone (喜报), set over the title */
  sheetLabel: RegExp;
}


/** The lists of rules/genres.yaml under `dir`, each exactly once. */
export function genreWords(dir: string): GenreWords {
  const out = {} as Record<GenreListId, readonly string[]>;
  for (const l of loadRuleFile('genres.yaml', GenreListRule, dir)) {
    if (out[l.id]) throw new RuleFileError('rules/genres.yaml', l.id, 'listed twice');
    out[l.id] = l.words;
  }
  const missing = GENRE_LISTS.filter((id) => !out[id]);
  if (missing.length) throw new RuleFileError('rules/genres.yaml', null, `missing lists: ${missing.join(', ')}`);
  return out;
}

function compile(words: GenreWords): GenrePatterns {
  return {
    words,
    seriesEnd: new RegExp(`(${alt(words['genre.series-ending'])})$`),
    documentType: new RegExp(`(${alt(words['genre.document-type'])})$`),
    reportTo: new RegExp(`^(${alt(words['genre.report-to-label'])})[：:]`),
    copyTo: new RegExp(`^(${alt(words['genre.copy-to-label'])})[：:]`),
    bylineLabel: new RegExp(`^(${alt(words['genre.byline-label'])})[：:]\\s*`),
    bylineTail: new RegExp(`\\s*(?:${alt(words['genre.byline-tail'])})$`),
    wordAcross: new RegExp(`(${alt(words['genre.word-across-ending'])})`),
    sheetLabel: new RegExp(`^(${alt(words['genre.sheet-label'])})$`),
  };
}

const cache = new Map<string, GenrePatterns>();

/** the genre patterns of `dir` (GONGWEN_RULES or rules/), compiled once per folder */
export function genrePatterns(dir = currentRulesDir()): GenrePatterns {
  let p = cache.get(dir);
  if (!p) {
    p = compile(genreWords(dir));
    cache.set(dir, p);
  }
  return p;
}
