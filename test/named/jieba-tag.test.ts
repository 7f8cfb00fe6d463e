// The segmenter adapter (src/extract/named/jieba.ts, over @node-rs/jieba): the rules' user dictionary
// keeps their names whole and gives them the rules' tag even where the main dictionary already had the
// word with another tag (jieba-rs keeps the old tag on its own), words are placed at their offsets, and
// unknown names are found by the HMM. Checked on real lines of the samples.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureJieba, jiebaCut, jiebaTag, tagWithOffsets, userDictLines } from '../../src/extract/named/jieba.js';

const files = [
  ...readdirSync('samples').filter((f) => /\.(txt|md)$/.test(f) && !f.includes('gb18030')).map((f) => `samples/${f}`),
  ...readdirSync('test/eval/unseen').filter((f) => f.endsWith('.txt')).map((f) => `test/eval/unseen/${f}`),
];

const tagOf = (s: string, word: string) => jiebaTag(s).find((t) => t.word === word)?.tag;

describe('jieba adapter', () => {
  ensureJieba();

  it('keeps the user dictionary names whole, with the rules tag', () => {
    // in the main dictionary as n and l: the rules say nz
    expect(tagOf('大力弘扬劳模精神', '劳模')).toBe('nz');
    expect(tagOf('云南省五一劳动奖章 4 人', '五一劳动奖章')).toBe('nz');
    // not in the main dictionary at all: whole only through the rules
    expect(tagOf('中国好人榜敬业奉献好人', '中国好人榜')).toBe('nz');
    const org = jiebaTag('昆明市总工会召开会议');
    expect(org.map((x) => x.word).join('')).toBe('昆明市总工会召开会议');
    // every user dictionary word made of Han characters only is one token with its tag
    for (const line of userDictLines()) {
      const [word, , tag] = line.split(' ');
      if (!/^\p{Script=Han}+$/u.test(word)) continue;
      expect(jiebaTag(word), word).toEqual([{ word, tag }]);
    }
  });

  it('finds an unknown personal name with the HMM (tag x: not in any dictionary)', () => {
    expect(jiebaCut('上报：王树芬同志')).toContain('王树芬');
    expect(tagOf('“袁坤劳模工作室”', '袁坤')).toBe('x');
  });

  it('tagWithOffsets places the words of jiebaTag at their offsets, on every line', () => {
    let words = 0;
    for (const f of files) {
      for (const line of readFileSync(f, 'utf8').split('\n')) {
        const toks = tagWithOffsets(line, 7);
        expect(toks.map((t) => ({ word: t.word, tag: t.tag })), `${f}: ${line}`).toEqual(jiebaTag(line));
        for (const t of toks) expect(line.slice(t.start - 7, t.end - 7)).toBe(t.word);
        words += toks.length;
      }
    }
    expect(words).toBeGreaterThan(2000);
  });

  it('a piece whose words were all met before is cut, and gets the tags jieba would give it', () => {
    // lines of other provinces, both scripts, then every line of the samples, twice (the second time
    // every word is known): each time the tags of the native tagger, with the rules' tags on top
    const own = ['贵州省毕节市总工会命名表彰10个劳模创新工作室', '遵义市新建职工书屋12家，湄潭县1.2萬人次參加培訓', '黔东南州总工会 张晓梅 2023年6月'];
    const lines = [...own, ...files.flatMap((f) => readFileSync(f, 'utf8').split('\n'))];
    const users = new Map(userDictLines().map((l) => l.split(' ')).map(([w, , t]) => [w, t] as const));
    for (const round of [1, 2]) {
      for (const line of lines) {
        const native = ensureJieba().tag(line, true).map((t) => ({ word: t.word, tag: users.get(t.word) ?? t.tag }));
        expect(jiebaTag(line), `round ${round}: ${line}`).toEqual(native);
      }
    }
  });
});

