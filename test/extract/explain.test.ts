// --explain is derived from the registry: one section per extractor that explains itself, in
// table order, over the same Doc.
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline/process.js';
import { EXTRACTORS, explainAll } from '../../src/extract/registry.js';
import { asDoc } from '../../src/extract/doc.js';
import { pageLookup } from '../../src/normalize/pages.js';

describe('explain from the registry', () => {
  it('explains the figures, then the named candidates, of a bulletin', async () => {
    const pd = await processFile('samples/kuaibao-2022-23-tobacco.txt');
    const doc = asDoc({ text: pd.json.document.text, meta: pd.meta, sections: pd.sections, pageAt: pageLookup(pd) });
    const out = explainAll(doc, { ...pd.json, citations: pd.json.citations ?? [] });
    const headings = out.split('\n').filter((l) => l.startsWith('explain '));
    expect(headings).toHaveLength(Object.values(EXTRACTORS).filter((x) => x.explain).length);
    expect(headings[0]).toMatch(/^explain figures \(\d+ numbers/);
    expect(headings[1]).toMatch(/^explain names \(\d+ candidates/);
    // every stored award is among the fired named candidates, by its span
    for (const a of pd.json.awards) expect(out).toContain(`[${a.start},${a.end}) → `);
  });
});
