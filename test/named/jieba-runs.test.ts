// The named extractors tag only the jieba runs (text between space, tab, newline, ，and 。) that a rule
// looks at. That is exact only because jieba segments each run on its own: this checks it on every line
// of the samples and the unseen documents, so that a jieba upgrade that breaks it fails here.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureJieba, tagWithOffsets } from '../../src/extract/named/jieba.js';
import { Segmentation } from '../../src/extract/segmentation.js';

const files = [
  ...readdirSync('samples').filter((f) => /\.(txt|md)$/.test(f) && !f.includes('gb18030')).map((f) => `samples/${f}`),
  ...readdirSync('test/eval/unseen').filter((f) => f.endsWith('.txt')).map((f) => `test/eval/unseen/${f}`),
];

describe('jieba runs', () => {
  ensureJieba();
  for (const f of files) {
    it(`tagging run by run equals tagging the line: ${f}`, () => {
      const text = readFileSync(f, 'utf8');
      const seg = new Segmentation(text);
      let ls = 0;
      for (const line of text.split('\n')) {
        const whole = tagWithOffsets(line, ls);
        expect(seg.lineTokens(ls)).toEqual(whole);
        for (const t of whole) {
          expect(seg.tokenAt(t.start)).toEqual(t);
          // any window gives the line's tokens of the runs it touches
          expect(seg.tokensBetween(t.start, t.end)).toContainEqual(t);
        }
        ls += line.length + 1;
      }
    });
  }
});
