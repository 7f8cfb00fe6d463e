// A contents line repeated as an article title holds one figure (quantities/repeated-lines.ts), on
// bulletins written for this test; lines printed once, short headings and counted headings keep theirs.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某市总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
const figures = (written: string) => {
  const text = foldToSimplified(written);
  return extractQuantities({ text, meta, sections: [], pageAt: () => null }).map((q) => `${q.text}@${text.slice(0, q.start).split('\n').length}`);
};

describe('a contents line printed again as a title', () => {
  it('counts the figure once, in the title (◆ 要目)', () => {
    expect(figures('本期要目\n◆ 我市9名职工获评第二批“鹤城工匠”\n◆ 全市新建职工驿站20个\n我市9名职工获评第二批“鹤城工匠”\n近日，9名职工获评。'))
      .toEqual(['20个@3', '9名@4', '9名@5']);
  });
  it('counts the figure once with a numbered 目录 in traditional script', () => {
    expect(figures('目　錄\n二、我縣4個班組獲評省級工人先鋒號\n二、我縣4個班組獲評省級工人先鋒號\n全縣4個班組獲此殊榮。'))
      .toEqual(['4个@3', '4个@4']);
  });
  it('keeps a counted heading printed in the notice and its annex, and a short line', () => {
    expect(figures('一、先进集体（10个）\n附件\n一、先进集体（10个）\n共5人\n共5人')).toEqual(['10个@1', '10个@3', '5人@4', '5人@5']);
  });
});
