// Organisations, round 46: a county whose name is also a word (会同 'together with') read once inside a
// sentence must not outweigh the county that the header names, when the addressees place the document in
// another city; and a clause's verb before a body (用于, 参与) is no part of its name.
// On lines written for this test.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { docPlace } from '../../src/extract/named/gazetteer.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const orgs = (text: string) => extractAll(textContext(foldToSimplified(text)), ['named']).entities.filter((e) => e.type === 'org');

describe("the document's place", () => {
  const text = '武宣县总工会办公室　　2026年3月2日\n今年以来，县总工会会同县人社局开展职工技能竞赛，参赛职工420人。\n报：来宾市总工会，县委、县政府\n';
  it('is the county in the addressed city, not a county name read inside 会同', () => {
    const p = docPlace(text);
    expect(p.county).toBe('武宣县');
    expect(p.city).toBe('来宾市');
    expect(p.province).toBe('广西壮族自治区');
  });
  it('resolves the county committee to that county', () => {
    const names = orgs(text).map((e) => e.canonical);
    expect(names.some((n) => /会同县/.test(n ?? ''))).toBe(false);
  });
  it('still takes the county named more often, wherever it lies', () => {
    const p = docPlace('会同县总工会关于表彰会同县劳动模范的决定\n报：来宾市总工会\n');
    expect(p.county).toBe('会同县');
  });
});

describe('a verb before a body', () => {
  it('is no part of the name', () => {
    const names = orgs('通知\n企业积极参与省会展中心组织的博览活动。\n').map((e) => e.name);
    expect(names.some((n) => n.includes('参与'))).toBe(false);
  });
  it('is not read into a body of people', () => {
    const names = orgs('通知\n评审经费用于评委劳务支出。\n').map((e) => e.name);
    expect(names).not.toContain('用于评委');
  });
  it('leaves a coordinating group its name', () => {
    const names = orgs('通知\n县产改工作协调小组召开全体会议。\n').map((e) => e.name);
    expect(names).toContain('县产改工作协调小组');
  });
});
