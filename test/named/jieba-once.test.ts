// taggingOnce (src/extract/named/jieba.ts): while one document is extracted, each distinct piece is
// tagged once and the same tags are given to every caller; outside it, every call tags afresh.
// The extraction's output must not change: checked on the samples, with and without it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jiebaTag, taggingOnce } from '../../src/extract/named/jieba.js';
import { extractAll, ITEM_FAMILIES } from '../../src/extract/index.js';
import { structure } from '../../src/structure/index.js';
import { normalize } from '../../src/normalize/index.js';
import { ingestFile } from '../../src/ingest/index.js';
import { pageLookup } from '../../src/normalize/pages.js';

const piece = '全市建成劳模创新工作室';

describe('taggingOnce', () => {
  it('tags a piece once per document and gives every caller the same, unchangeable tags', () => {
    const fresh = jiebaTag(piece);
    expect(jiebaTag(piece)).not.toBe(fresh); // no memo outside a document
    taggingOnce(() => {
      const first = jiebaTag(piece);
      expect(first).toEqual(fresh);
      expect(jiebaTag(piece)).toBe(first);
      expect(() => (first as unknown[]).push({ word: 'x', tag: 'x' })).toThrow(TypeError);
      // a nested document has tags of its own
      taggingOnce(() => expect(jiebaTag(piece)).not.toBe(first));
      expect(jiebaTag(piece)).toBe(first);
    });
    expect(jiebaTag(piece)).not.toBe(fresh);
  });

  it('leaves the extraction of real documents as it was', async () => {
    const files = ['samples/kuaibao-2021-10-qujing.md', 'samples/kuaibao-2022-23-tobacco.txt', 'samples/notice-yungongtong-2022-21.txt',
      'test/eval/unseen/jianbao-2023-05-kunming.txt', 'test/eval/unseen/dongtai-2023-02-chuxiong.txt'];
    for (const path of files) {
      const ingested = await ingestFile(path, readFileSync(path));
      const canonical = normalize(ingested);
      const st = structure(canonical, ingested.format);
      const ctx = { text: canonical.text, meta: st.meta, sections: st.sections, pageAt: pageLookup(canonical) };
      const once = taggingOnce(() => extractAll(ctx, ITEM_FAMILIES));
      expect(once.quantities.length + once.entities.length, path).toBeGreaterThan(10);
      expect(once, path).toEqual(extractAll(ctx, ITEM_FAMILIES));
    }
  });
});
