// Pathological text must be handled in time linear in its size: a 5 MB line with no
// punctuation, 100,000 numbers in a row, deeply nested brackets. A regex that backtracks
// would not finish inside the test timeout.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/numbers/index.js';
import { extractAll } from '../../src/extract/index.js';
import { normalize } from '../../src/normalize/index.js';
import { structure } from '../../src/structure/index.js';

function run(raw: string) {
  const canonical = normalize({ format: 'txt', lines: raw.split('\n').map((text) => ({ text, page: null, kind: 'para' as const })), pageCount: null, encoding: 'UTF-8' });
  const { meta, sections } = structure(canonical, 'txt');
  return { canonical, result: extractAll({ text: canonical.text, meta, sections, pageAt: () => null }) };
}

describe('pathological text', () => {
  it('a 5 MB line with no punctuation', () => {
    const unit = '产业工人队伍建设改革走深走实全省烟草商业技能类工作室共成立';
    const line = unit.repeat(Math.ceil((5 * 1024 * 1024) / 3 / unit.length));
    const { canonical } = run(line);
    expect(canonical.text.length).toBeGreaterThan(1_000_000);
  }, 120_000);

  it('100,000 numbers in a row', () => {
    const raw = Array.from({ length: 100_000 }, (_, i) => `${i}个`).join('、');
    const found = findNumbers(raw);
    expect(found.length).toBeGreaterThan(90_000);
    const { result } = run(raw);
    expect(result.quantities.length).toBeGreaterThan(0);
  }, 120_000);

  it('digits and numerals with no separator at all', () => {
    expect(() => findNumbers('1'.repeat(1_000_000))).not.toThrow();
    expect(() => findNumbers('一'.repeat(1_000_000))).not.toThrow();
    expect(() => findNumbers('一万'.repeat(300_000))).not.toThrow();
  }, 120_000);

  it('deeply repeated brackets and quotes', () => {
    const raw = '（'.repeat(50_000) + '“袁坤劳模工作室”' + '）'.repeat(50_000) + '\n' + '《'.repeat(30_000) + '方案' + '“'.repeat(30_000);
    const { canonical, result } = run(raw);
    for (const e of result.entities) expect(canonical.text.slice(e.start, e.end)).toBe(e.text);
  }, 120_000);
});
