// A clause that frames a set (高技能人才中， / 获得称号的25人中， / …劳动者里…) makes the figures after it
// parts of the total it names (quantities/lists.ts clauseFramedParts). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
/** part text → its total's text (null when it is no part) */
const links = (text: string) => {
  const qs = extractQuantities({ text, meta, sections: [], pageAt: () => null });
  return Object.fromEntries(qs.map((q) => [q.text, q.partOf === null ? null : qs[q.partOf].text]));
};

describe('a frame clause names the total of the figures after it', () => {
  it('a noun + 中 after a semicolon: the latest total counting that noun', () => {
    const l = links('按技能等级分，高技能人才2.1万人，中级工1.8万人，初级工1.5万人；高技能人才中，高级技师和技师合计4100人。');
    expect(l['4100人']).toBe('2.1万人');
  });
  it('a figure + 中: the figures of the clauses after it, to the sentence end', () => {
    const l = links('获评“八桂工匠”的30人中，有12人来自制造业，女性技能人才9名。');
    expect(l['12人']).toBe('30人');
    expect(l['9名']).toBe('30人');
  });
  it('a frame with 里 at the head of the part’s own clause', () => {
    const l = links('全县工会会员4.2万人，其中农民工会员1.9万人，农民工会员里快递员又占到2600人。');
    expect(l['2600人']).toBe('1.9万人');
  });
  it('traditional script, folded before extraction, reads alike', () => {
    const l = links('全市技能人才6.3萬人；技能人才里，高技能人才1.9萬人。'.replace('萬', '万').replace('萬', '万'));
    expect(l['1.9万人']).toBe('6.3万人');
  });
});

describe('what a frame does not do', () => {
  it('其中 after the frame opens a list of its own', () => {
    const l = links('一线职工8.6万人；在一线职工中，持证的有3.1万人，其中高级工以上1.2万人。');
    expect(l['3.1万人']).toBe('8.6万人');
    expect(l['1.2万人']).toBe('3.1万人');
  });
  it('a frame naming no figure before links nothing', () => {
    const l = links('在工作中，全县培训职工3200人次，发放补贴46万元。');
    expect(l['3200人次']).toBeNull();
  });
  it('a frame holds to the semicolon, not past it', () => {
    const l = links('获奖的40人中，有15人来自企业；全县另有劳模120人。');
    expect(l['15人']).toBe('40人');
    expect(l['120人']).toBeNull();
  });
});
