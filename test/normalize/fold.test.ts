// The traditional → simplified fold keeps every offset: one code unit for one code unit.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { foldToSimplified, traditionalShare } from '../../src/normalize/fold.js';

const genre = join(import.meta.dirname, '..', 'eval', 'genre');

describe('foldToSimplified', () => {
  it('folds the words the rules need and keeps the length', () => {
    const t = '寶雞市總工會開展競賽286項，參賽職工超過12萬人次，新增高技能人才4800餘人，培訓資金約320萬元，建成工作室19個。';
    const f = foldToSimplified(t);
    expect(f).toBe('宝鸡市总工会开展竞赛286项，参赛职工超过12万人次，新增高技能人才4800余人，培训资金约320万元，建成工作室19个。');
    expect(f.length).toBe(t.length);
  });
  it('leaves simplified text, digits, punctuation and astral characters untouched', () => {
    const s = '全县高技能人才6150人，其中高级技师540人（占8.8%）。𠀋';
    expect(foldToSimplified(s)).toBe(s);
  });
  it('is length-preserving on every genre document, character by character', () => {
    for (const half of ['dev', 'held']) {
      const dir = join(genre, half);
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
        const t = readFileSync(join(dir, f), 'utf8');
        const g = foldToSimplified(t);
        expect(g.length, f).toBe(t.length);
        for (let i = 0; i < t.length; i++) if (t[i] === '\n') expect(g[i], f).toBe('\n');
      }
    }
  });
  it('tells a traditional-script copy from a simplified one', () => {
    expect(traditionalShare('寶雞市總工會關於2023年職工技能提升工作的情況通報')).toBeGreaterThan(0.3);
    expect(traditionalShare('宝鸡市总工会关于2023年职工技能提升工作的情况通报')).toBe(0);
  });
});

describe('a traditional-script document through the pipeline', () => {
  it('reads its figures and bodies and keeps every span exact in the original text', async () => {
    const { processFile } = await import('../../src/pipeline/process.js');
    const { json } = await processFile(join(genre, 'dev', 'trad-2023-baoji-shaanxi.txt'));
    const text = json.document.text;
    expect(text).toContain('寶雞市總工會');
    const counts = json.quantities.map((q) => `${q.value}${q.unit}${q.approx ? '~' : ''}`);
    expect(counts).toEqual(expect.arrayContaining(['286项', '35项', '4800人~', '19个', '120000人次~']));
    for (const x of [...json.quantities, ...json.awards, ...json.workshops, ...json.entities]) {
      expect(text.slice(x.start, x.end)).toBe(x.text);
    }
    const q = json.quantities.find((x) => x.value === 4800)!;
    expect(q.text).toBe('4800餘人');
    expect(text).toContain(q.sentence);
    expect(json.document.issuers.concat(json.document.title ?? '')).not.toContain('宝鸡市总工会');
  }, 60_000);
});
