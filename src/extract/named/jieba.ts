// jieba (@node-rs/jieba: the Rust port, prebuilt binaries from the npm registry, no C++ toolchain)
// with a user dictionary built in memory from the rules (award, workshop, organisation, place and
// role names), so that those names stay whole. Tokens are mapped back to character offsets by walking
// the text. POS tags (nr = person, ns = place, nt = organisation) are hints only.
// This file is the one adapter to the segmenter: every extractor reads tokens through it.
import { namedRules } from './rules.js';
import { addUserDict, loadedUserDict, mainDictJieba } from './jieba-dict.js';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export interface TagResult {
  word: string;
  tag: string;
}

/** What the extractors use of jieba: this thread's, or one another thread serves (jieba-port.ts). */
export interface Segmenter {
  tag(sentence: string, hmm?: boolean): TagResult[];
  cut(sentence: string, hmm?: boolean): string[];
}

/** a segmenter in another thread, which loads the user dictionary it is given */
export interface ServedSegmenter extends Segmenter {
  addUserDict(lines: string[]): void;
  /** tag(s) of each of `ss`, in one exchange */
  tagMany(ss: string[], hmm?: boolean): TagResult[][];
}

let served: ServedSegmenter | null = null;
/** the segmenter with the rules' user dictionary, once loaded */
let jieba: Segmenter | null = null;
/** the user dictionary's tags: they win over the main dictionary's (see userTagged) */
let userTags = new Map<string, string>();

/** Segment with `s` (another thread's jieba) instead of loading one in this thread; call before any use. */
export function useServedSegmenter(s: ServedSegmenter): void {
  served = s;
  jieba = null;
}

/** The user dictionary lines (word freq tag) built from the rule files. */
export function userDictLines(dir?: string): string[] {
  const r = namedRules(dir);
  const words = new Map<string, string>();
  const add = (w: string, tag: string) => {
    if (w && !/[{}\s]/.test(w) && !words.has(w)) words.set(w, tag);
  };
  for (const a of r.awards) for (const al of [a.name, ...a.aliases]) add(al, 'nz');
  for (const w of r.workshops) for (const al of [w.type, ...w.aliases]) add(al, 'nz');
  for (const o of r.orgs) if (o.kind === 'alias') for (const al of [o.name, ...o.aliases]) add(al, 'nt');
  for (const p of r.places) for (const n of [...p.names, ...(p.short ?? [])]) add(n, 'ns');
  for (const ro of r.roles) for (const n of ro.roles) if (n.length >= 2) add(n, 'n');
  return [...words].map(([w, t]) => `${w} 50000 ${t}`);
}

/** Loads the main dictionary and the rules' user dictionary, in memory (no temporary files).
 * Loaded on first use, not on import: an ingest that parses nothing never pays for it. */
export function ensureJieba(dir?: string): Segmenter {
  if (jieba) return jieba;
  // (the main thread of `extract` may hold the worker's lines already: jieba-port.ts)
  const lines = loadedUserDict() ?? userDictLines(dir);
  if (served) served.addUserDict(lines);
  else addUserDict(lines);
  userTags = new Map(lines.map((l) => l.split(' ')).map(([w, , t]) => [w, t]));
  jieba = served ?? mainDictJieba();
  return jieba;
}

/** jieba's words of `s` (with HMM for unknown words), without tags */
export function jiebaCut(s: string): string[] {
  return ensureJieba().cut(s, true);
}

/** The pieces tagged while one document is extracted (`taggingOnce`), with their tags. */
let docTags: Map<string, TagResult[]> | null = null;

/**
 * Runs `extract` (one document's extraction) tagging each distinct piece once: the subject and
 * honour refiners ask for the same short piece again and again (two thirds of the calls, 40 % of
 * the characters of a bulletin; jieba is ~20 % of a worker's CPU). The tags are a pure function of
 * the piece, so the output is the same; they are kept for that one document only.
 */
export function taggingOnce<T>(extract: () => T): T {
  const outer = docTags;
  docTags = new Map();
  try {
    return extract();
  } finally {
    docTags = outer;
  }
}

/**
 * Within `taggingOnce`, with a segmenter served by another thread (`extract`, `check`): tags these
 * pieces now, in one exchange, and keeps their tags as jiebaTag would. Each call over the port is
 * a round trip of ~0.3 ms, and a bulletin's extraction asks ~110 of them (~40 ms of a cold check);
 * the other thread tags a whole bulletin's runs in ~5 ms. A thread with its own jieba does nothing.
 */
export function prefetchTags(pieces: () => string[]): void {
  if (!served || !docTags) return;
  const tags = docTags;
  const todo = [...new Set(pieces())].filter((s) => !tags.has(s));
  if (!todo.length) return;
  const seg = ensureJieba() as ServedSegmenter;
  const tagged = seg.tagMany(todo, true);
  todo.forEach((s, i) => tags.set(s, Object.freeze(tagged[i].map((t) => ({ word: t.word, tag: userTagged(t.word, t.tag) }))) as TagResult[]));
}

/** jieba's words of `s` with their part-of-speech tags (with HMM for unknown words). Read-only:
 * within `taggingOnce` the same array is given to every caller of the same piece. */
export function jiebaTag(s: string): TagResult[] {
  const known = docTags?.get(s);
  if (known) return known;
  const tags = jiebaTags(ensureJieba(), s).map((t) => ({ word: t.word, tag: userTagged(t.word, t.tag) }));
  docTags?.set(s, Object.freeze(tags) as TagResult[]);
  return tags;
}

/**
 * jieba's tag of each word met so far, in this thread. jieba tags the words it cut one by one, each
 * by the word alone (its dictionary's tag, else x, m or eng by its characters), so a piece whose
 * words all have a known tag is cut and not tagged: the native binding builds every tagged word as
 * an object, property by property, and tagging costs three times cutting (jieba was ~12 % of an
 * ingest worker's CPU, profiled). A piece with a word not met yet is tagged, and teaches its words.
 * A bulletin corpus has ~20,000 distinct words; past WORD_TAGS no more are learnt.
 */
const wordTags = new Map<string, string>();
const WORD_TAGS = 60_000;
/** one copy of each tag string (the binding makes a new one per word) */
const tagNames = new Map<string, string>();

function jiebaTags(seg: Segmenter, s: string): TagResult[] {
  // (a served segmenter answers each call with a round trip: tag in one)
  if (seg === served) return seg.tag(s, true);
  const words = seg.cut(s, true);
  const out: TagResult[] = [];
  for (const word of words) {
    const tag = wordTags.get(word);
    if (tag === undefined) return learnTags(seg.tag(s, true));
    out.push({ word, tag });
  }
  return out;
}

function learnTags(tagged: TagResult[]): TagResult[] {
  for (const t of tagged) {
    if (wordTags.size >= WORD_TAGS) break;
    let tag = tagNames.get(t.tag);
    if (tag === undefined) tagNames.set(t.tag, (tag = t.tag));
    wordTags.set(t.word, tag);
  }
  return tagged;
}

// jieba-rs's loadDict updates the frequency of a word already in the main dictionary but keeps that
// dictionary's tag (劳模 stays n, 五一劳动奖章 l); the rules name those words for what they are, so
// their tag is the user dictionary's (as in the Python and C++ jieba, where the user entry replaces it).
function userTagged(word: string, tag: string): string {
  return userTags.get(word) ?? tag;
}

/** Tags `s` and gives each token its offsets in `s` (+ base). Tokens jieba alters are skipped. */
export function tagWithOffsets(s: string, base = 0): Token[] {
  return placed(jiebaTag(s), s, base);
}

/** tagged words placed in `s` (offsets + base), left to right; a word not found is skipped */
function placed(tagged: TagResult[], s: string, base: number): Token[] {
  const out: Token[] = [];
  let p = 0;
  for (const t of tagged) {
    const i = s.indexOf(t.word, p);
    if (i < 0) continue;
    out.push({ word: t.word, tag: t.tag, start: base + i, end: base + i + t.word.length });
    p = i + t.word.length;
  }
  return out;
}
