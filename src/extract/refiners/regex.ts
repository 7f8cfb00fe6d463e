// Building regular expressions from word lists of the rules. A list's order matters: an
// alternation tries its branches in order, so the first listed word that matches at a position
// wins. Sorting the words longest first makes the longest one win (市总工会 before 总工会).
// These are the only copies: refiners, structure and analysis import them.

/** `s` with every regular-expression metacharacter escaped: the word matches itself */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `s` escaped for use inside a character class [...] */
export const escapeClass = (s: string): string => s.replace(/[\\\]^-]/g, '\\$&');

/** a copy of `xs`, longest first; words of one length keep their listed order */
export const longestFirst = <T extends string>(xs: readonly T[]): T[] => [...xs].sort((a, b) => b.length - a.length);

/** words as an alternation source, in listed order: the first listed word that matches wins */
export const wordsAlt = (words: readonly string[]): string => words.map(escapeRe).join('|');

/** words as an alternation source, longest first: the longest word that matches wins */
export const longestWordsAlt = (words: readonly string[]): string => longestFirst(words).map(escapeRe).join('|');

/** patterns (regular-expression sources of a rule file, not escaped) as one alternation, longest first */
export const longestPatternsAlt = (patterns: readonly string[]): string => longestFirst(patterns).join('|');

/**
 * A lookahead that every match of one of `words` passes: `(?=[their first characters])`. Before an
 * alternation of thousands of words (the gazetteer's place names) it lets the engine pass over, with
 * one class test, the positions where no word starts, instead of trying every branch there (half
 * of bodyOrgs' time, ~6 % of a text ingest's worker, profiled). It changes no match.
 */
export const startsLikeOneOf = (words: readonly string[]): string =>
  `(?=[${[...new Set(words.map((w) => String.fromCodePoint(w.codePointAt(0)!)))].map(escapeClass).join('')}])`;
