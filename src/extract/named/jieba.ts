// nodejieba with a user dictionary generated at run time from the rules (award, workshop, organisation,
// place and role names), so that those names stay whole. Tokens are mapped back to character offsets
// by walking the text. POS tags (nr = person, ns = place, nt = organisation) are hints only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { JIEBA_TMP_PREFIX, removeStaleJiebaFolders } from './jieba-tmp.js';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { namedRules } from './rules.js';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let loaded = false;

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

export function ensureJieba(dir?: string): void {
  if (loaded) return;
  removeStaleJiebaFolders();
  const tmp = mkdtempSync(join(tmpdir(), JIEBA_TMP_PREFIX));
  const userDict = join(tmp, 'user.dict.utf8');
  writeFileSync(userDict, userDictLines(dir).join('\n') + '\n');
  // The keyword extractor's IDF table (6 MB) and stop words are loaded with the dictionary but
  // only serve nodejieba.extract, which gongwen never calls: a one-line stand-in (cppjieba asserts
  // the IDF file is not empty) saves ~0.4 s of every process's and worker's start. cut/tag unchanged.
  const idfDict = join(tmp, 'idf.utf8');
  const stopWordDict = join(tmp, 'stop_words.utf8');
  writeFileSync(idfDict, '的 1.0\n');
  writeFileSync(stopWordDict, '的\n');
  try {
    nodejieba.load({ userDict, idfDict, stopWordDict });
  } finally {
    // the dictionary is read during load: one folder per process (and per worker) would pile up in /tmp
    rmSync(tmp, { recursive: true, force: true });
  }
  loaded = true;
}

// nodejieba.tag(s) is cut(s) with HMM (the same MixSegment cut) followed by a dictionary look-up of each
// word's tag (cppjieba's PosTagger::LookupTag reads the word alone, never its context), returned as one
// {word, tag} object per token built through N-API, which costs more than the cut itself. So the words
// come from nodejieba.cut(s, true) and their tags from a map filled from earlier tag calls; a word
// not yet in the map is tagged alone (or, when jieba cuts it differently alone, the whole string is
// tagged), which fills the map. Same tokens, same tags.
const tagOf = new Map<string, string>();
/** the map is dropped past this many words (a bulletin archive has a few tens of thousands) */
const MAX_TAGGED_WORDS = 200_000;

/** nodejieba.tag(s), exactly: same words, same tags, same order. */
export function jiebaTag(s: string): nodejieba.TagResult[] {
  ensureJieba();
  const words = nodejieba.cut(s, true);
  const out: nodejieba.TagResult[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const tag = tagOf.get(words[i]) ?? tagAlone(words[i]);
    if (tag === undefined) return tagFresh(s);
    out[i] = { word: words[i], tag };
  }
  return out;
}

/** A word's tag when tagging the word alone gives back that one word (its tag is looked up from the
 * word alone, so it is the tag it has in any text); undefined when jieba cuts the word differently
 * alone, and the caller tags the whole string. Much cheaper than tagging the string again. */
function tagAlone(word: string): string | undefined {
  const res = nodejieba.tag(word);
  if (res.length !== 1 || res[0].word !== word) return undefined;
  if (tagOf.size > MAX_TAGGED_WORDS) tagOf.clear();
  tagOf.set(word, res[0].tag);
  return res[0].tag;
}

function tagFresh(s: string): nodejieba.TagResult[] {
  const res = nodejieba.tag(s);
  if (tagOf.size > MAX_TAGGED_WORDS) tagOf.clear();
  for (const t of res) tagOf.set(t.word, t.tag);
  return res;
}

/** Tags `s` and gives each token its offsets in `s` (+ base). Tokens jieba alters are skipped.
 * What placing jiebaTag(s)'s words gives, without its {word, tag} object per word (the extractors tag
 * some seven hundred words per bulletin). */
export function tagWithOffsets(s: string, base = 0): Token[] {
  ensureJieba();
  const words = nodejieba.cut(s, true);
  const out: Token[] = [];
  let p = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    const tag = tagOf.get(word) ?? tagAlone(word);
    if (tag === undefined) return placed(tagFresh(s), s, base);
    const i = s.indexOf(word, p);
    if (i < 0) continue;
    out.push({ word, tag, start: base + i, end: base + i + word.length });
    p = i + word.length;
  }
  return out;
}

/** tagged words placed in `s` (offsets + base), left to right; a word not found is skipped */
function placed(tagged: nodejieba.TagResult[], s: string, base: number): Token[] {
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

// jieba (cppjieba's PreFilter) cuts its input at these characters first and segments each run between
// them on its own; tags are looked up word by word. So the tokens of a line are the tokens of its runs,
// each separator being a one-character run, and a run can be tagged only when a rule looks at it: most
// of a bulletin's runs hold no candidate. test/named/jieba-runs.test.ts checks this on the samples.
// (space, tab, newline, ，and 。, by UTF-16 code unit: the scans read codes, not one-character strings)
// A run costs ~1 µs a character here against ~0.3 in a loop of cut calls: cppjieba's trie is a tree of
// hash maps, and the rules' work between two runs evicts it from the CPU caches (perf: most of cut's
// time is in its unordered_map::find). Cutting a bulletin's runs in one call (joined by newlines) cost
// as much as cutting them one by one, so the price is per character, and only fewer characters help.
const isSeparatorCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0xff0c || c === 0x3002;

interface Run {
  start: number;
  end: number;
  toks: Token[] | null;
}

/** the runs of each line of one text, tagged lazily; reset when another text comes */
let runCache: { text: string; lines: Map<number, Run[]> } | null = null;

/** a separator is a run of its own: its tokens are the same wherever it stands, so it is tagged once
 * per process (a third of the runs the extractors look at are a lone ，or 。) */
const separatorTags = new Map<string, Token[]>();
function separatorTokens(ch: string, at: number): Token[] {
  let toks = separatorTags.get(ch);
  if (!toks) {
    toks = tagWithOffsets(ch);
    separatorTags.set(ch, toks);
  }
  // pushed one by one like a run's tokens (not map()): tokensBetween reads both kinds of arrays, and
  // the elements kind of map()'s result deoptimised it (wrong map)
  const out: Token[] = [];
  for (const t of toks) out.push({ word: t.word, tag: t.tag, start: at + t.start, end: at + t.end });
  return out;
}

function lineRuns(text: string, ls: number, le: number): Run[] {
  if (runCache?.text !== text) runCache = { text, lines: new Map() };
  let runs = runCache.lines.get(ls);
  if (!runs) {
    runs = [];
    let b = ls;
    for (let i = ls; i < le; i++) {
      if (!isSeparatorCode(text.charCodeAt(i))) continue;
      if (i > b) runs.push({ start: b, end: i, toks: null });
      runs.push({ start: i, end: i + 1, toks: null });
      b = i + 1;
    }
    if (le > b) runs.push({ start: b, end: le, toks: null });
    runCache.lines.set(ls, runs);
  }
  return runs;
}

function lineBounds(text: string, pos: number): [number, number] {
  const ls = text.lastIndexOf('\n', pos - 1) + 1;
  let le = text.indexOf('\n', pos);
  if (le < 0) le = text.length;
  return [ls, le];
}

/** The jieba tokens of every run of pos's line that overlaps [from, to) — the same tokens, with the
 * same offsets, as tagging the whole line, without tagging the rest of it. */
export function tokensBetween(text: string, from: number, to: number): Token[] {
  const [ls, le] = lineBounds(text, from);
  const out: Token[] = [];
  const runs = lineRuns(text, ls, le);
  // the first run ending after `from` (binary search: a line may hold thousands of runs)
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < runs.length; k++) {
    const r = runs[k];
    if (r.start >= Math.max(to, from + 1)) break;
    r.toks ??= r.end - r.start === 1 && isSeparatorCode(text.charCodeAt(r.start)) ? separatorTokens(text[r.start], r.start) : tagWithOffsets(text.slice(r.start, r.end), r.start);
    for (const t of r.toks) out.push(t);
  }
  return out;
}

/** The jieba tokens of the line holding `pos` (offsets into `text`). */
export function lineTokens(text: string, pos: number): Token[] {
  const [ls, le] = lineBounds(text, pos);
  return tokensBetween(text, ls, Math.max(le, ls + 1));
}

/** Where the run holding `pos` ends (a separator or the line end). */
export function runEnd(text: string, pos: number): number {
  if (isSeparatorCode(text.charCodeAt(pos))) return pos + 1;
  let i = pos;
  while (i < text.length && !isSeparatorCode(text.charCodeAt(i))) i++;
  return i;
}

/** The token that starts exactly at `pos`, if any. */
export function tokensAt(text: string, pos: number): Token | null {
  // a token starting at pos lies in the run holding pos
  return tokensBetween(text, pos, pos + 1).find((t) => t.start === pos) ?? null;
}
