// --explain for figures: every number read is listed with the quantity it made, or why none.
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline/process.js';
import { explainQuantities, formatQuantityExplain } from '../../src/extract/quantities/explain.js';
import { pageLookup } from '../../src/normalize/pages.js';
import { extractQuantities } from '../../src/extract/quantities/index.js';

describe('explaining figures', () => {
  it('lists each number of a bulletin with its quantity or the reason there is none', async () => {
    const pd = await processFile('samples/kuaibao-2022-23-tobacco.txt');
    const text = pd.json.document.text;
    const ctx = { text, meta: pd.meta, sections: pd.sections, pageAt: pageLookup(pd) };
    const lines = explainQuantities(ctx, pd.json.quantities);
    // every quantity of the document is explained by the number it came from
    const explained = new Set(lines.filter((l) => l.index !== null).map((l) => l.index));
    expect(explained.size).toBe(pd.json.quantities.length);
    const total = lines.find((l) => l.quantity?.value === 11490)!;
    expect(total.quantity!.rule).toMatch(/^unit\./);
    expect(text.slice(total.start, total.end)).toBe(total.text);
    // 建党100周年: read as a number, not a quantity, and the reason names what follows it
    const anniversary = lines.find((l) => l.text === '100' && text.slice(l.end, l.end + 2) === '周年')!;
    expect(anniversary.quantity).toBeNull();
    expect(anniversary.rejected).toContain('周年');
    const shown = formatQuantityExplain(lines);
    expect(shown).toContain('✓ quantity');
    expect(shown).toContain('✗ number');
  });
  it('says when a conditional measure word did not count in its context', () => {
    const text = '最小的孩子5岁就开始学绣花，选手年龄在18至50周岁之间，设二类竞赛项目。';
    const meta = { kind: 'other' as const, series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null, issuers: [], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0 };
    const ctx = { text, meta, sections: [], pageAt: () => null };
    const lines = explainQuantities(ctx, extractQuantities(ctx));
    expect(lines.find((l) => l.text === '5')!.rejected).toContain('unit.age');
    expect(lines.find((l) => l.text.startsWith('18'))!.quantity!.rule).toBe('unit.age');
    expect(lines.find((l) => l.text === '二')!.rejected).toContain('chineseLabel');
  });
});
