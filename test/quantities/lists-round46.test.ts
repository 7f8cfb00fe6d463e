// Round 46: those a selection turned down are a part of its entries (lists.ts rejectedParts), and an annex
// heading with its count reads on into the first group heading of a two-level list (heading-sentence.ts).
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
const extract = (text: string) => extractQuantities({ text, meta, sections: [], pageAt: () => null });
/** part text → its total's text (null when it is no part) */
const links = (text: string) => {
  const qs = extract(text);
  return Object.fromEntries(qs.map((q) => [q.text, q.partOf === null ? null : qs[q.partOf].text]));
};

describe('those turned down are a part of the entries', () => {
  it('未获评的N名 after the candidates counted sentences before', () => {
    const l = links('今年各乡镇共推荐候选人48名，经评审确定12名。县总工会将为获评者发放奖金。对未获评的36名候选人，将纳入人才库。');
    expect(l['36名']).toBe('48名');
  });
  it('failed at a named stage: a part of those who reached it; never reached it: a part of the entries', () => {
    const l = links('本次共收到申报材料30份，有16个班组进入实地评审环节，最后确定9个。未通过实地评审的7个班组和未进入评审环节的14个班组，将另行指导。');
    expect(l['7个']).toBe('16个');
    expect(l['14个']).toBe('30份');
  });
  it('a group of the entries is no pool', () => {
    const l = links('全市共申报工作室25个，其中企业申报15个、学校申报10个。最终命名16个，暂未达到命名条件的9个将跟踪指导。');
    expect(l['9个']).toBe('25个');
  });
  it('no entries before: the count stands alone', () => {
    const l = links('全县建成驿站30个。另有5个暂未达到建设标准。');
    expect(l['5个']).toBeNull();
  });
});

describe('an annex heading reads on into the first group of a two-level list', () => {
  const text = '附件\n\n第三批某县职工创新工作室名单（7个）\n\n一、甲镇（4个）\n1．某某创新工作室\n二、乙镇（3个）\n1．某某工作室\n';
  it('the total\'s sentence holds the first group heading, the parts link to it', () => {
    const qs = extract(text);
    const total = qs.find((q) => q.text === '7个')!;
    expect(total.sentence.replace(/\s+/g, '')).toBe('附件第三批某县职工创新工作室名单（7个）一、甲镇（4个）');
    expect(text.slice(total.start, total.end)).toBe('7个');
    expect(qs.filter((q) => q.partOf !== null && qs[q.partOf] === total).map((q) => q.text)).toEqual(['4个', '3个']);
  });
  it('a numbered item line after the heading is not taken in', () => {
    const qs = extract('附件\n\n某县工人先锋号名单（5个）\n\n1．某某班组\n');
    expect(qs.find((q) => q.text === '5个')!.sentence.replace(/\s+/g, '')).toBe('附件某县工人先锋号名单（5个）');
  });
});
