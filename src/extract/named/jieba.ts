// nodejieba with a user dictionary generated at run time from the rules (award, workshop, organisation,
// place and role names), so that those names stay whole. Tokens are mapped back to character offsets
// by walking the text. POS tags (nr = person, ns = place, nt = organisation) are hints only.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  const tmp = mkdtempSync(join(tmpdir(), 'gongwen-jieba-'));
  const userDict = join(tmp, 'user.dict.utf8');
  writeFileSync(userDict, userDictLines(dir).join('\n') + '\n');
  nodejieba.load({ userDict });
  loaded = true;
}

/** Tags `s` and gives each token its offsets in `s` (+ base). Tokens jieba alters are skipped. */
export function tagWithOffsets(s: string, base = 0): Token[] {
  ensureJieba();
  const out: Token[] = [];
  let p = 0;
  for (const t of nodejieba.tag(s)) {
    const i = s.indexOf(t.word, p);
    if (i < 0) continue;
    out.push({ word: t.word, tag: t.tag, start: base + i, end: base + i + t.word.length });
    p = i + t.word.length;
  }
  return out;
}

const lineCache = new Map<string, Token[]>();

/** The jieba tokens of the line holding `pos` (offsets into `text`). */
export function lineTokens(text: string, pos: number): Token[] {
  const ls = text.lastIndexOf('\n', pos - 1) + 1;
  let le = text.indexOf('\n', pos);
  if (le < 0) le = text.length;
  const line = text.slice(ls, le);
  const key = `${ls}:${line}`;
  let toks = lineCache.get(key);
  if (!toks) {
    if (lineCache.size > 2000) lineCache.clear();
    toks = tagWithOffsets(line, ls);
    lineCache.set(key, toks);
  }
  return toks;
}

/** The token that starts exactly at `pos`, if any. */
export function tokensAt(text: string, pos: number): Token | null {
  return lineTokens(text, pos).find((t) => t.start === pos) ?? null;
}
