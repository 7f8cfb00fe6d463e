// Round 73 (named): shapes of the minority regions' documents — a record line opened by a typographic bullet, a
// Tibetan name after a byline cue, an autonomous county written short with 自治县, and a conferred class of
// workshops with 职工 before a type that names no workers — on lines written for this test.
import { describe, expect, it } from 'vitest';
import { placeAt, placeSpan } from '../../src/extract/named/gazetteer.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const r = peopleRules();
const wn = workshopNames();
const people = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}`);
const names = (t: string) => namedWorkshops(t, null, [], cuePeople(t, r), r, wn).map((w) => w.name);

describe('a record line opened by a bullet', () => {
  it('reads the name after ■ glued to it, of no known surname when the sex and the people follow', () => {
    const got = people('名单\n■敖登托雅，女，蒙古族，某某乳品加工厂技术员\n■那日图，男，蒙古族，某某景区马术教练\n');
    expect(got).toContain('敖登托雅/某某乳品加工厂技术员');
    expect(got.some((p) => p.startsWith('那日图/'))).toBe(true);
  });
  it('does not read a sentence after a bullet as a name', () => {
    expect(people('■全县共培训农牧民，男，女各半。\n')).toEqual([]);
  });
});

describe('a byline cue and a Tibetan name', () => {
  it('keeps a four-character name whose first half is a usual part whole', () => {
    expect(people('（责任编辑：德吉卓央）')).toEqual(['德吉卓央/责任编辑']);
  });
  it('still splits two Han names the normaliser ran together', () => {
    expect(people('（通讯员：符小敏黎婷）')).toEqual(['符小敏/通讯员', '黎婷/通讯员']);
  });
});

describe('an autonomous county written short with 自治县', () => {
  it('is the county', () => {
    expect(placeAt('印江自治县总工会', 0)?.name).toBe('印江土家族苗族自治县');
    expect(placeSpan('印江自治县总工会', 0)).toBe(5);
  });
});

describe('a conferred class of workshops is no workshop\'s name', () => {
  it('drops a place and 职工 before a type (某市职工技能大师工作室)', () => {
    const t = '县总工会为“王某某苗绣技能大师工作室”授牌，命名其为“毕节市职工技能大师工作室”。';
    expect(names(t)).not.toContain('毕节市职工技能大师工作室');
  });
  it('drops a class whose place is an autonomous county written short', () => {
    const t = '附件：第四批“印江自治县职工创新工作室”名单\n1．茶园机械维修创新工作室\n';
    expect(names(t)).not.toContain('印江自治县职工创新工作室');
  });
});
