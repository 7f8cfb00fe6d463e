// The sentence and clause scanners read UTF-16 code units instead of one-character strings. This
// checks them against the string-based definitions they replace, at every offset of the samples and
// the unseen documents (and /\s/ against its code-unit form on every code unit).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSpaceCode, sentenceAt } from '../../src/extract/sentences.js';
import { clauseBounds, MAX_CLAUSE } from '../../src/extract/quantities/subject.js';

const files = [
  ...readdirSync('samples').filter((f) => /\.(txt|md)$/.test(f) && !f.includes('gb18030')).map((f) => `samples/${f}`),
  ...readdirSync('test/eval/unseen').filter((f) => f.endsWith('.txt')).map((f) => `test/eval/unseen/${f}`),
];

const END = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')']);
function refSentence(text: string, offset: number) {
  let start = offset;
  while (start > 0) {
    const c = text[start - 1];
    if (c === '\n' || END.has(c)) break;
    start--;
  }
  let end = offset;
  while (end < text.length) {
    const c = text[end];
    if (c === '\n') break;
    end++;
    if (END.has(c)) {
      while (end < text.length && CLOSERS.has(text[end])) end++;
      break;
    }
  }
  while (start < end && /\s/.test(text[start])) start++;
  return { start, end };
}

/** sentenceAt as it was: spans from each sentence start, looked up, else scanned at the offset */
function refSentences(text: string) {
  const out: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\n') {
      i++;
      continue;
    }
    const s = refSentence(text, i);
    if (s.end > s.start) out.push(s);
    i = Math.max(s.end, i + 1);
  }
  return out;
}
function refSentenceAt(spans: Array<{ start: number; end: number }>, text: string, offset: number) {
  return spans.find((s) => s.start <= offset && offset < s.end) ?? refSentence(text, offset);
}

const DELIM = new Set(['，', ',', '；', ';', '。', '：', ':', '！', '？', '!', '?', '\n']);
function refClause(text: string, offset: number) {
  let i = offset;
  let depth = 0;
  const lo = Math.max(0, offset - MAX_CLAUSE);
  const hi = Math.min(text.length, offset + MAX_CLAUSE);
  while (i > lo) {
    const c = text[i - 1];
    if (c === '）' || c === ')') depth++;
    else if ((c === '（' || c === '(') && depth > 0) depth--;
    else if (c === '\n' || (depth === 0 && DELIM.has(c))) break;
    i--;
  }
  let j = offset;
  depth = 0;
  while (j < hi) {
    const c = text[j];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (c === '\n' || (depth === 0 && DELIM.has(c))) break;
    j++;
  }
  return { start: i, end: j };
}

describe('code-unit scanners', () => {
  it('isSpaceCode is /\\s/ on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  for (const f of files) {
    it(`sentence and clause bounds at every offset: ${f}`, () => {
      const text = readFileSync(f, 'utf8');
      const spans = refSentences(text);
      let sentences = 0;
      for (let o = 0; o < text.length; o++) {
        const s = sentenceAt(text, o);
        expect(s).toEqual(refSentenceAt(spans, text, o));
        if (s.start === o) sentences++;
        expect(clauseBounds(text, o)).toEqual(refClause(text, o));
      }
      expect(sentences).toBeGreaterThan(3);
    });
  }
});
