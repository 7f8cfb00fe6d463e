// People, round 41: the holders a counted conferment lists before its count are people, and the honour is the
// role of those whose post the text does not state — on lines written for this test.
import { describe, expect, it } from 'vitest';
import { honourHolders, peopleRules } from '../../src/extract/named/people-cues.js';
import type { Entity } from '../../src/types.js';

const r = peopleRules();
type Honour = { name: string; count: number | null; start: number; end: number };
/** the honour `name` spanning `span` in `t`, with its count */
const honour = (t: string, span: string, name: string, count: number | null): Honour =>
  ({ name, count, start: t.indexOf(span), end: t.indexOf(span) + span.length });
const holders = (t: string, hs: Honour[], known: Entity[] = []) =>
  honourHolders(t, hs, known, r).filter((e) => e.type === 'person').map((p) => `${p.name}/${p.role ?? ''}@${p.start}`);

describe('a list of names closed by the honour\'s count', () => {
  it('reads a list counted without 等 after 共有', () => {
    const t = '本届共有钱立新、邬雅琴、柏春来3名选手获此称号。';
    expect(holders(t, [honour(t, '3名选手获此称号', '某市技术能手', 3)]))
      .toEqual(['钱立新/某市技术能手@4', '邬雅琴/某市技术能手@8', '柏春来/某市技术能手@12']);
  });
  it('reads the holders after the honour\'s name, its count closing the clause', () => {
    const t = '会上为获得“某州五一劳动奖章”的祁文博、柳小英2名职工颁发了证书。';
    expect(holders(t, [honour(t, '某州五一劳动奖章', '某州五一劳动奖章', 2)]))
      .toEqual(['祁文博/某州五一劳动奖章@16', '柳小英/某州五一劳动奖章@20']);
  });
  it('starts the list after its verb, not at the body that acts', () => {
    const t = '县委、县政府对钱立新、欧阳小红等2名职工授予首届“某县工匠”称号。';
    expect(holders(t, [honour(t, '对钱立新、欧阳小红等2名职工授予首届“某县工匠”称号', '某县工匠', 2)]))
      .toEqual(['钱立新/某县工匠@7', '欧阳小红/某县工匠@11']);
  });
  it('keeps the post a person already has', () => {
    const t = '确定钱立新、邬雅琴2名同志为“某县首席技师”。';
    const known: Entity[] = [{ type: 'person', name: '钱立新', canonical: '钱立新', role: '钳工', text: '钱立新', start: 2, end: 5, rule: 'test' }];
    expect(holders(t, [honour(t, '确定钱立新、邬雅琴2名同志为“某县首席技师”', '某县首席技师', 2)], known))
      .toEqual(['钱立新/钳工@2', '邬雅琴/某县首席技师@6']);
  });
});

describe('what is no list of holders', () => {
  it('leaves a lone name before a count, an uncounted honour, and a count in the next clause', () => {
    const t1 = '柏春来5名徒弟获此称号。';
    expect(holders(t1, [honour(t1, '5名徒弟获此称号', '某市技术能手', 5)])).toEqual([]);
    const t2 = '钱立新、邬雅琴获评“某市工匠”。';
    expect(holders(t2, [honour(t2, '某市工匠', '某市工匠', null)])).toEqual([]);
    const t3 = '某中心等3个单位被授予“某县五一劳动奖状”，钱立新、邬雅琴等16名职工被授予“某县五一劳动奖章”。';
    expect(holders(t3, [honour(t3, '某县五一劳动奖状', '某县五一劳动奖状', 3)])).toEqual([]);
  });
  it('does not cut a name of usual parts to a surname and the rest', () => {
    const t = '授予乌云其木格、钱立新等2名同志“某市劳动模范”称号。';
    expect(holders(t, [honour(t, '授予乌云其木格、钱立新等2名同志“某市劳动模范”称号', '某市劳动模范', 2)]).map((x) => x.split('/')[0]))
      .not.toContain('云其木格');
  });
});
