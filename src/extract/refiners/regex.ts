// Building regular expressions from word lists of the rules. A list's order matters: an
// alternation tries its branches in order, so the first listed word that matches at a position
// wins. Sorting the words longest first makes the longest one win (市总工会 before 总工会).
// These are the only copies: refiners, structure and analysis import them.

/** `s` with every regular-expression metacharacter escaped: the word matches itself */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `s` escaped for use inside a character class [...] */
export const escapeClass = (s: string): string => s.replace(/[\\\]^-]/g, '\\$&');

/**
 * What the functions below built from one list: the refiners ask for the same rule lists' orders
 * and alternations in every document, some on every line (sorting and escaping them again was
 * ~1.5 % of an ingest worker's CPU, profiled). A list is found again by its array when it holds
 * the same words as when it was first seen (compared word by word, so an array changed since is
 * built again), else by its content; a few thousand contents at most are kept.
 */
interface Built { order: readonly string[]; words?: string; patterns?: string }
const byContent = new Map<string, Built>();
const byArray = new WeakMap<readonly string[], { seen: readonly string[]; built: Built }>();
const KEPT = 4096;

function sortedOf(xs: readonly string[]): Built {
  const known = byArray.get(xs);
  if (known && known.seen.length === xs.length && known.seen.every((w, i) => w === xs[i])) return known.built;
  const key = xs.join('\u0000');
  let built = byContent.get(key);
  if (!built) {
    if (byContent.size >= KEPT) byContent.clear();
    built = { order: Object.freeze([...xs].sort((a, b) => b.length - a.length)) };
    byContent.set(key, built);
  }
  byArray.set(xs, { seen: xs.slice(), built });
  return built;
}

/** a copy of `xs`, longest first; words of one length keep their listed order */
export const longestFirst = <T extends string>(xs: readonly T[]): T[] => sortedOf(xs).order.slice() as T[];

/** words as an alternation source, in listed order: the first listed word that matches wins */
export const wordsAlt = (words: readonly string[]): string => words.map(escapeRe).join('|');

/** words as an alternation source, longest first: the longest word that matches wins */
export const longestWordsAlt = (words: readonly string[]): string => {
  const e = sortedOf(words);
  return (e.words ??= e.order.map(escapeRe).join('|'));
};

/** patterns (regular-expression sources of a rule file, not escaped) as one alternation, longest first */
export const longestPatternsAlt = (patterns: readonly string[]): string => {
  const e = sortedOf(patterns);
  return (e.patterns ??= e.order.join('|'));
};

/**
 * A lookahead that every match of one of `words` passes: `(?=[their first characters])`. Before an
 * alternation of thousands of words (the gazetteer's place names) it lets the engine pass over, with
 * one class test, the positions where no word starts, instead of trying every branch there (half
 * of bodyOrgs' time, ~6 % of a text ingest's worker, profiled). It changes no match.
 */
export const startsLikeOneOf = (words: readonly string[]): string =>
  `(?=[${[...new Set(words.map((w) => String.fromCodePoint(w.codePointAt(0)!)))].map(escapeClass).join('')}])`;
