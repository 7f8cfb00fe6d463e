// jieba (@node-rs/jieba: the Rust port, prebuilt binaries from the npm registry, no C++ toolchain)
// with a user dictionary built in memory from the rules (award, workshop, organisation, place and
// role names), so that those names stay whole. Tokens are mapped back to character offsets by walking
// the text. POS tags (nr = person, ns = place, nt = organisation) are hints only.
// This file is the one adapter to the segmenter: every extractor reads tokens through it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { namedRules } from './rules.js';

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

const require = createRequire(import.meta.url);

let jieba: Jieba | null = null;
/** the user dictionary's tags: they win over the main dictionary's (see userTagged) */
let userTags = new Map<string, string>();

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
export function ensureJieba(dir?: string): Jieba {
  if (jieba) return jieba;
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  // the package's own dict.js would also read idf.txt (6 MB, keyword extraction only) and keep both
  // files in memory for the life of the thread; the segmenter copies what it needs
  const lines = userDictLines(dir);
  const j = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  j.loadDict(Buffer.from(lines.join('\n') + '\n'));
  userTags = new Map(lines.map((l) => l.split(' ')).map(([w, , t]) => [w, t]));
  jieba = j;
  return j;
}

/** jieba's words of `s` (with HMM for unknown words), without tags */
export function jiebaCut(s: string): string[] {
  return ensureJieba().cut(s, true);
}

/** jieba's words of `s` with their part-of-speech tags (with HMM for unknown words). */
export function jiebaTag(s: string): TagResult[] {
  return ensureJieba()
    .tag(s, true)
    .map((t) => ({ word: t.word, tag: userTagged(t.word, t.tag) }));
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

// jieba cuts its input into blocks of Han characters, letters and digits and segments each block on
// its own; whitespace and punctuation (these characters among them) are never inside a word, and tags
// are looked up word by word. So the tokens of a line are the tokens of its runs, each separator being
// a one-character run, and a run can be tagged only when a rule looks at it: most of a bulletin's runs
// hold no candidate. test/named/jieba-runs.test.ts checks this on the samples.
// (space, tab, newline, ，and 。, by UTF-16 code unit: the scans read codes, not one-character strings)
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
