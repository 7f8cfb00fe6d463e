// Organisations, round 45: the document's place is read name by name from left to right, the longest
// name at each position, so that a county whose name ends another county's (南丰县 holds 丰县) is not
// counted inside it; a body named by its seat alone (县总工会) then resolves to the right county. On lines
// written for this test.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { docPlace } from '../../src/extract/named/gazetteer.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const orgs = (text: string) => extractAll(textContext(foldToSimplified(text)), ['named']).entities.filter((e) => e.type === 'org');

describe("the document's place", () => {
  it('is the longer county, not a county named inside it', () => {
    const p = docPlace('南丰县总工会关于表彰南丰县劳动模范的决定\n南丰县各基层工会：经研究，决定表彰。');
    expect(p.county).toBe('南丰县');
    expect(p.city).toBe('抚州市');
    expect(p.province).toBe('江西省');
  });
  it('is still the shorter county when that county is written alone', () => {
    const p = docPlace('丰县总工会关于开展职工技能竞赛的通知\n丰县各镇工会：为提升职工技能，现通知如下。');
    expect(p.county).toBe('丰县');
    expect(p.province).toBe('江苏省');
  });
  it('resolves a body named by its seat to the longer county', () => {
    const text = '南丰县总工会\n2026年全县职工技能竞赛在南丰县举行，县人民医院承办了护理项目，南丰县各基层工会踊跃参赛。';
    const hospital = orgs(text).find((e) => e.name === '县人民医院');
    expect(hospital?.canonical).toBe('南丰县人民医院');
  });
  it('reads a traditional-script county whole', () => {
    const p = docPlace(foldToSimplified('南豐縣總工會\n南豐縣各基層工會：現將有關事項通知如下。'));
    expect(p.county).toBe('南丰县');
  });
});

const names = (text: string) => orgs(text).map((e) => e.name.replace(/\s+/g, ''));

describe('words before a body that are no part of its name', () => {
  it("a photo caption's 图为 is cut off", () => {
    const a = names('南丰县总工会\n图为县总工会工作人员在物流园为搬运工发放清凉用品。');
    expect(a).toContain('县总工会');
    expect(a.some((n) => n.startsWith('图为'))).toBe(false);
  });
  it("a reply's addressee and its connector are cut off (你局会同)", () => {
    const a = names('南丰县人民政府\n同意你局会同县总工会开展乡村工匠认定工作。');
    expect(a).toContain('县总工会');
    expect(a.some((n) => n.startsWith('你局'))).toBe(false);
  });
  it('the stock phrase 党和政府 is no body', () => {
    const a = orgs('南丰县总工会\n老人们说，好日子多亏了党和政府的关怀。').map((e) => e.canonical);
    expect(a.some((n) => n.startsWith('党和'))).toBe(false);
  });
});
