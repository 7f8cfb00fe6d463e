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
