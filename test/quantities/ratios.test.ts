// Stated ratios (A∶B after the ratio's name): sentences written for this test. A ratio is one figure, the
// quotient of its terms to four places, named by both sets; a clock time and a proportion prescribed for
// money (按1∶1比例配套) are no ratio.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};

function ratios(written: string): string[] {
  const text = foldToSimplified(written);
  return extractQuantities({ text, meta, sections: [], pageAt: () => null })
    .filter((q) => q.kind === 'ratio' && q.rule === 'unit.colon-ratio')
    .map((q) => `${q.text}=${q.value} ${q.subject}`);
}

describe('a ratio stated after its name', () => {
  it('is the quotient of its terms, named by both sets', () => {
    expect(ratios('目前，持证电工与无证电工之比约为1∶2.4。')).toEqual(['1∶2.4=0.4167 持证电工与无证电工之比']);
    expect(ratios('师傅与学徒的比例由1∶6调整为1∶3。')).toEqual(['1∶6=0.1667 师傅与学徒的比例', '1∶3=0.3333 师傅与学徒的比例']);
    expect(ratios('一线工人与管理人员之比达到5:1。')).toEqual(['5:1=5 一线工人与管理人员之比']);
  });
  it('keeps the whole pair when a scope word opens it', () => {
    expect(ratios('全县职工与驿站之比约为1∶650。')).toEqual(['1∶650=0.0015 职工与驿站之比']);
  });
  it('reads a traditional-script copy the same way', () => {
    expect(ratios('技師與高級工之比為1∶5。')).toEqual(['1∶5=0.2 技师与高级工之比']);
  });
});

describe('no ratio', () => {
  it('a clock time, even after a word with 比', () => {
    expect(ratios('比赛于9:30开始，14:00结束。')).toEqual([]);
  });
  it('a proportion prescribed for money, named after its terms', () => {
    expect(ratios('乡镇按1∶1比例配套资金。')).toEqual([]);
    expect(ratios('配套资金不低于1∶1的比例。')).toEqual([]);
  });
});
