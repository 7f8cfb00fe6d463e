// jiebaTag takes the words from nodejieba.cut (with HMM) and their tags from a word → tag map filled by
// earlier nodejieba.tag calls: exact only because tag cuts the same way and looks each tag up from the
// word alone. This checks it on every line of the samples and the unseen documents, both when the
// words are new (the map is filled) and when they are known (the map answers), so that a jieba
// upgrade that breaks either assumption fails here.
import { readFileSync, readdirSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { ensureJieba, jiebaTag, tagWithOffsets } from '../../src/extract/named/jieba.js';

const files = [
  ...readdirSync('samples').filter((f) => /\.(txt|md)$/.test(f) && !f.includes('gb18030')).map((f) => `samples/${f}`),
  ...readdirSync('test/eval/unseen').filter((f) => f.endsWith('.txt')).map((f) => `test/eval/unseen/${f}`),
];

/** nodejieba.tag's words at their offsets in s (+ base), left to right */
function placedTags(s: string, base: number) {
  let p = 0;
  return nodejieba.tag(s).flatMap((t) => {
    const i = s.indexOf(t.word, p);
    if (i < 0) return [];
    p = i + t.word.length;
    return [{ word: t.word, tag: t.tag, start: base + i, end: base + i + t.word.length }];
  });
}

describe('jiebaTag', () => {
  ensureJieba();
  // first, while the word → tag map is empty: tagWithOffsets reads it without going through jiebaTag
  it('tagWithOffsets places the words and tags of nodejieba.tag, cold and warm', () => {
    let words = 0;
    for (const pass of ['cold', 'warm']) {
      for (const f of files) {
        for (const line of readFileSync(f, 'utf8').split('\n')) {
          const want = placedTags(line, 7);
          expect(tagWithOffsets(line, 7), `${pass} ${f}: ${line}`).toEqual(want);
          words += want.length;
        }
      }
    }
    expect(words).toBeGreaterThan(2000);
  });

  it('equals nodejieba.tag on every line, cold and warm', () => {
    let lines = 0;
    for (const pass of ['cold', 'warm']) {
      for (const f of files) {
        for (const line of readFileSync(f, 'utf8').split('\n')) {
          expect(jiebaTag(line), `${pass} ${f}: ${line}`).toEqual(nodejieba.tag(line));
          lines++;
        }
      }
    }
    expect(lines).toBeGreaterThan(200);
  });

  it('equals nodejieba.tag on runs taken out of their lines (what the extractors tag)', () => {
    const text = readFileSync('samples/' + readdirSync('samples').find((f) => f.endsWith('.txt') && !f.includes('gb18030'))!, 'utf8');
    const runs = text.split(/[ \t\n，。]/).filter(Boolean);
    expect(runs.length).toBeGreaterThan(20);
    for (const r of runs) expect(jiebaTag(r)).toEqual(nodejieba.tag(r));
    // a name the user dictionary tags (rules) keeps its tag through the map
    const t = jiebaTag('昆明市总工会召开会议');
    expect(t.map((x) => x.word).join('')).toBe('昆明市总工会召开会议');
    expect(t).toEqual(nodejieba.tag('昆明市总工会召开会议'));
  });
});
