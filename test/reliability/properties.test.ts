// Property-based tests: on random and mutated Chinese text the number finder, the normaliser
// and the extractors never throw, every span lies inside the text, and text.slice(start, end)
// equals each item's text.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/numbers/index.js';
import { extractAll } from '../../src/extract/index.js';
import { normalize } from '../../src/normalize/index.js';
import { structure } from '../../src/structure/index.js';
import type { IngestResult, SourceLine } from '../../src/types.js';

// An alphabet that exercises the rules: digits in both widths, Chinese numerals, multipliers,
// qualifiers, measure words, award/workshop words, brackets and punctuation.
const PIECES = [
  '0', '1', '2', '5', '9', '.', ',', '１', '２', '％', '%', '一', '二', '两', '三', '十', '百', '千', '万', '亿', '零', '〇', '点',
  '余', '多', '约', '近', '逾', '以上', '左右', '超过', '不少于', '个', '人', '名', '家', '项', '次', '人次', '万元', '亿元', '元', '个百分点',
  '百分之', '分之', '第', '届', '期', '年', '月', '日', '其中', '共', '累计', '截至', '全省', '全市', '劳模', '劳动模范', '全国', '五一劳动奖章',
  '工人先锋号', '技能大师工作室', '劳模创新工作室', '“', '”', '《', '》', '（', '）', '〔', '〕', '、', '，', '。', '；', '：', ' ', '\n',
  '产业工人', '总工会', '云南省', '同志', '班长', '公司', '工作室', '技术能手', '—', '-', '至', '号',
];
const chineseText = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(''));
const anyText = fc.oneof(chineseText, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 60 }));

function sourceOf(text: string): IngestResult {
  const lines: SourceLine[] = text.split('\n').map((t, i) => ({ text: t, page: 1 + (i % 3), kind: 'para' }));
  return { format: 'txt', lines, pageCount: 3, encoding: 'UTF-8' };
}

function assertSpans(text: string, items: { start: number; end: number; text: string }[]) {
  for (const it of items) {
    expect(it.start).toBeGreaterThanOrEqual(0);
    expect(it.end).toBeLessThanOrEqual(text.length);
    expect(it.start).toBeLessThanOrEqual(it.end);
    expect(text.slice(it.start, it.end)).toBe(it.text);
  }
}

function extractText(raw: string) {
  const canonical = normalize(sourceOf(raw));
  const { meta, sections } = structure(canonical, 'txt');
  const pageAt = (offset: number) => canonical.lines.find((l) => offset >= l.start && offset <= l.end)?.page ?? null;
  return { canonical, result: extractAll({ text: canonical.text, meta, sections, pageAt }) };
}

const tobacco = readFileSync('samples/kuaibao-2022-23-tobacco.txt', 'utf8');

describe('properties on random text', () => {
  it('findNumbers never throws and its spans are exact', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = findNumbers(text);
        assertSpans(text, found);
        for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
        for (const m of found) expect(m.value).toMatch(/^-?\d+(\.\d+)?$/);
      }),
      { numRuns: 400 },
    );
  });

  it('normalize never throws and its lines index the text', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 12 }), (lines) => {
        const c = normalize(sourceOf(lines.join('\n')));
        for (const l of c.lines) {
          expect(l.start).toBeGreaterThanOrEqual(0);
          expect(l.end).toBeLessThanOrEqual(c.text.length);
          expect(c.text.slice(l.start, l.end)).not.toContain('\n');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('extractors never throw and every item slices back to its text', () => {
    fc.assert(
      fc.property(chineseText, (raw) => {
        const { canonical, result } = extractText(raw);
        const text = canonical.text;
        assertSpans(text, result.quantities);
        assertSpans(text, result.awards);
        assertSpans(text, result.workshops);
        assertSpans(text, result.entities);
        for (const q of result.quantities) {
          expect(Number.isFinite(q.value)).toBe(true);
          if (q.partOf !== null) expect(q.partOf).toBeLessThan(result.quantities.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('extractors survive mutated real bulletin text', () => {
    const mutation = fc.record({
      at: fc.nat({ max: tobacco.length - 1 }),
      del: fc.nat({ max: 40 }),
      insert: chineseText,
      dup: fc.nat({ max: 200 }),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (muts) => {
        let text = tobacco;
        for (const m of muts) {
          const at = m.at % Math.max(1, text.length);
          text = text.slice(0, at) + m.insert + text.slice(at, at + m.dup) + text.slice(at + m.del);
        }
        const { canonical, result } = extractText(text);
        assertSpans(canonical.text, [...result.quantities, ...result.awards, ...result.workshops, ...result.entities]);
      }),
      { numRuns: 40 },
    );
  });
});
