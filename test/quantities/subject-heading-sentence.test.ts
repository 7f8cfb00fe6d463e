// The sentence of a figure in an annex heading block (quantities/heading-sentence.ts): 附件N, the
// list's title and a count on a line of its own are one heading; other lines stay sentences of
// their own. Sentences written for this test (other provinces, both scripts).
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { annexHeadingSentence } from '../../src/extract/quantities/heading-sentence.js';
import { computeSentences, sentenceAt } from '../../src/extract/sentences.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'commendation', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某市总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};

function sentenceOf(text: string, figure: string): string | undefined {
  const qs = extractQuantities({ text, meta, sections: [], pageAt: () => null });
  return qs.find((q) => q.text === figure)?.sentence;
}

describe('an annex heading block is the sentence of its count', () => {
  it('附件N / title / count line', () => {
    const text = '某市总工会\n2025年3月1日\n\n附件2\n\n遵义市工人先锋号名单\n（18个）\n\n遵义某某有限公司检修班\n';
    expect(sentenceOf(text, '18个')).toBe('附件2\n\n遵义市工人先锋号名单\n（18个）');
  });
  it('traditional script, count with 共', () => {
    const text = '附件1\n嘉義縣模範勞工名單\n（共12名）\n王大明　某公司技術員\n';
    expect(sentenceOf(text, '12名')).toBe('附件1\n嘉義縣模範勞工名單\n（共12名）');
  });
  it('附件N / title with its count on the same line', () => {
    const text = '附件3\n\n曲靖市三八红旗集体名单（9个）\n\n某县人民医院儿科\n';
    expect(sentenceOf(text, '9个')).toBe('附件3\n\n曲靖市三八红旗集体名单（9个）');
  });
  it('the spans stay exact substrings of the text', () => {
    const text = '附件1\n\n某区青年文明号名单\n（6个）\n';
    const own = sentenceAt(text, text.indexOf('6'));
    const w = annexHeadingSentence(text, own);
    expect(text.slice(w.start, w.end)).toBe('附件1\n\n某区青年文明号名单\n（6个）');
    expect(computeSentences(text).length).toBe(3); // the sentences themselves are unchanged
  });
});

describe('keeps: lines that are no annex heading block', () => {
  it('a count line under a body sentence stays alone', () => {
    const text = '全市共评出先进集体10个，先进个人30名。\n（10个）\n';
    expect(sentenceOf(text, '10个')).toBe('全市共评出先进集体10个，先进个人30名。');
  });
  it('a body sentence after 附件 in the text keeps its own line', () => {
    const text = '附件1\n全县新建职工驿站15个，覆盖所有乡镇。\n';
    expect(sentenceOf(text, '15个')).toBe('全县新建职工驿站15个，覆盖所有乡镇。');
  });
  it('a title whose line above is a body sentence gets no annex number', () => {
    const text = '现将有关事项通知如下。\n某州优秀农民工名单（20名）\n';
    expect(sentenceOf(text, '20名')).toBe('某州优秀农民工名单（20名）');
  });
  it('a count line after a list entry line is not widened', () => {
    const text = '附件1\n某市劳模名单\n张三、李四、王五\n（3名）\n';
    expect(sentenceOf(text, '3名')).toBe('（3名）');
  });
});
