// This thread's jieba (@node-rs/jieba) and what is loaded into it: the main dictionary, then once
// the rules' user dictionary. Light on purpose (no rules, no zod): the main thread of `extract` and
// `check` loads the dictionary here while its worker starts (jieba-port.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

const require = createRequire(import.meta.url);

let jieba: Jieba | null = null;
let userLines: string[] | null = null;

/** jieba with its main dictionary, loaded at the first call (~0.2 s, the longest step of a cold extract). */
export function mainDictJieba(): Jieba {
  if (jieba) return jieba;
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  // the package's own dict.js would also read idf.txt (6 MB, keyword extraction only) and keep both
  // files in memory for the life of the thread; the segmenter copies what it needs
  jieba = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  return jieba;
}

/**
 * Adds the user dictionary (lines `word freq tag`) once per thread: a second call keeps the first
 * lines, so the words' frequencies are counted once. Returns the lines in force.
 */
export function addUserDict(lines: string[]): string[] {
  if (userLines) return userLines;
  mainDictJieba().loadDict(Buffer.from(lines.join('\n') + '\n'));
  userLines = lines;
  return lines;
}

/** the user dictionary lines loaded in this thread, if any */
export function loadedUserDict(): string[] | null {
  return userLines;
}
