// Character classes tested by UTF-16 code unit. The scanners that walk every character of a
// document read `text.charCodeAt(i)` rather than `text[i]` (which makes a one-character string
// per character read); the classes are written here once, as the characters they hold, so that
// no domain module spells code points in hex.

/** a table over the Basic Multilingual Plane with 1 for each code unit of `chars` */
function codeSet(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
}

export const NEWLINE = '\n'.charCodeAt(0);

/** where jieba cuts its input before segmenting (cppjieba's PreFilter): space, tab, newline, ，。 */
const RUN_SEPARATORS = codeSet(' \t\n，。');
export const isRunSeparator = (c: number): boolean => RUN_SEPARATORS[c] === 1;

/** a sentence ends after one of these */
const SENTENCE_ENDS = codeSet('。！？!?');
export const isSentenceEnd = (c: number): boolean => SENTENCE_ENDS[c] === 1;

/** closing quotes and brackets that stay with the sentence they close */
const CLOSERS = codeSet('”’」』）)');
export const isCloser = (c: number): boolean => CLOSERS[c] === 1;

/** a quantity's clause ends at one of these */
export const CLAUSE_DELIMITERS = codeSet('，,；;。：:！？!?\n');
/** an enumeration headed by 各 runs back to one of these */
export const LIST_CLAUSE_ENDS = codeSet('，,。；;：:\n！？');
/** an organisation's name walk starts after one of these */
export const NAME_WALK_STOPS = codeSet('，。\t');

export const OPEN_PARENS = codeSet('（(');
export const CLOSE_PARENS = codeSet('）)');

/** true when the code unit at text[i] is in `set` */
export const inSet = (set: Uint8Array, text: string, i: number): boolean => set[text.charCodeAt(i)] === 1;

/** exactly what the regex /\s/ matches */
const SPACES = codeSet('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff');
export const isSpaceCode = (c: number): boolean => SPACES[c] === 1;

/** the high half of a surrogate pair: a cut must not fall after it */
export const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
