// Person names: a surname from rules/people.yaml followed by one or two characters, whose end is
// fixed by what follows (同志, a function word, punctuation) — jieba is only a fallback.
import { CJK, perRules, type DocFacts } from './doc.js';
import { Segmentation } from '../segmentation.js';

/** the words that end a name (rules/named-words.yaml, person.boundary), and those of two characters or more, which
 * end a two-character name before a third character is tried (王某|表示 rather than 王某表|示) */
const boundaryWords = (f: DocFacts): { all: readonly string[]; long: readonly string[] } => perRules(f.rules, 'people.boundary', () => {
  const all = f.rules.words['person.boundary'];
  return { all, long: all.filter((w) => w.length >= 2) };
});

/** a dot between Han characters joins the parts of a transcribed name (艾力·托合提): no name ends before it */
const TRANSCRIBED_DOT = /^[·•‧・][\u4e00-\u9fa5]/u;

function boundaryAt(text: string, i: number, words: readonly string[]): boolean {
  if (i >= text.length) return true;
  if (!CJK.test(text[i])) return true;
  return words.some((w) => text.startsWith(w, i));
}

/** the double surnames by first character, in rule order: built once per rules load */
const doubleSurnames = (f: DocFacts): Map<string, string[]> => perRules(f.rules, 'people.double', () => {
  const m = new Map<string, string[]>();
  for (const d of f.rules.surnames.double) m.set(d[0], [...(m.get(d[0]) ?? []), d]);
  return m;
});

/** the posts of rules/roles.yaml person.role: a surname before one (任|组长, 王|主任) is a verb or an address, no name */
const postWords = (f: DocFacts): Set<string> => perRules(f.rules, 'people.post-words', () =>
  new Set(f.rules.roles.find((r) => r.id === 'person.role')?.roles ?? []));

/** A person name starting exactly at `pos`, or null. */
export function nameAt(text: string, pos: number, f: DocFacts): { name: string; end: number; how: string } | null {
  let sl = 0;
  const dbl = doubleSurnames(f).get(text[pos])?.find((d) => text.startsWith(d, pos));
  if (dbl) sl = dbl.length;
  else if (f.rules.surnames.single.has(text[pos])) sl = 1;
  if (!sl) return null;
  // (a surname that is the second character of a compound surname that is also a word, 南|宫某某: no name of its own)
  if (!dbl && pos > 0 && f.rules.surnames.cuedDouble.includes(text[pos - 1] + text[pos])) return null;
  // a surname character read as a conjunction or preposition (先进集体|和|个人, 与|会…) opens no name
  const seg0 = text === f.seg.text ? f.seg : null;
  const lead = seg0?.tokenAt(pos);
  if (lead && lead.start === pos && lead.word.length === 1 && /^[cp]$/.test(lead.tag)) return null;
  // (由某某|任|组长: the verb 任 before a post, as 王|主任 is an address: the given part is never a post)
  const isName = (len: number) => {
    const s = text.slice(pos, pos + len);
    return s.length === len && [...s].every((c) => CJK.test(c)) && !postWords(f).has(s.slice(sl)) && !f.rules.surnames.notGiven.includes(s.slice(sl)) &&
      !TRANSCRIBED_DOT.test(text.slice(pos + len, pos + len + 2));
  };
  const two = sl + 1;
  const ends = boundaryWords(f);
  const three = sl + 2;
  // 刘洋等500名职工: the 等 of a count closes a two-character name
  const etc = /^等[\d一二两三四五六七八九十百千]/.test(text.slice(pos + two, pos + two + 2));
  if (isName(two) && (etc || boundaryAt(text, pos + two, ends.long))) return { name: text.slice(pos, pos + two), end: pos + two, how: 'boundary word' };
  if (isName(three) && boundaryAt(text, pos + three, ends.all)) return { name: text.slice(pos, pos + three), end: pos + three, how: 'boundary' };
  if (isName(two) && boundaryAt(text, pos + two, ends.all)) return { name: text.slice(pos, pos + two), end: pos + two, how: 'boundary' };
  // a name inside another text (a workshop's own name) is cut on its own
  const seg = text === f.seg.text ? f.seg : new Segmentation(text);
  const tok = seg.tokenAt(pos);
  if (tok && /^nr/.test(tok.tag) && tok.word.length >= two && tok.word.length <= three && isName(tok.word.length)) {
    return { name: tok.word, end: pos + tok.word.length, how: `jieba ${tok.tag}` };
  }
  return null;
}
