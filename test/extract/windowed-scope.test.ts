// A document with a line longer than MAX_LINE is extracted window by window; a figure's 全市 scope
// is still resolved from the document's header (Doc.head), not from the start of its window.
import { describe, expect, it } from 'vitest';
import { extractAll, MAX_LINE } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

const header = '曲靖市总工会\n';
const figure = '全市共有劳模创新工作室16个。';

describe('windowed extraction', () => {
  it('resolves 全市 to the header’s city in a later window as in a short document', () => {
    const short = extractAll(textContext(header + figure)).quantities.find((q) => q.value === 16)!;
    expect(short.scope).toMatch(/^曲靖市/);
    const filler = '职工技能培训持续推进，'.repeat(Math.ceil((MAX_LINE * 2) / 11));
    const text = header + filler + figure;
    const long = extractAll(textContext(text)).quantities.find((q) => q.value === 16)!;
    expect(long.start).toBeGreaterThan(MAX_LINE);
    expect(text.slice(long.start, long.end)).toBe(long.text);
    expect(long.scope).toBe(short.scope);
  });
});
