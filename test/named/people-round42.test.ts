// People, round 42: holders listed after a 的 and counted before the quoted title, names with no Han surname
// vouched for by the count, and letter-spaced two-character names the normaliser closed up under a counted
// heading — on lines written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, honourHolders, peopleRules } from '../../src/extract/named/people-cues.js';

const r = peopleRules();
const people = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}@${p.start}`);
type Honour = { name: string; count: number | null; start: number; end: number };
const honour = (t: string, name: string, count: number): Honour => ({ name, count, start: t.indexOf(name), end: t.indexOf(name) + name.length });

describe('a list of names after a 的, counted as comrades', () => {
  it('reads the names after the 的 that describes the holders', () => {
    const t = '授予各工种第一名的钱立新、邬雅琴、柏春来3名同志“某县技术能手”称号。';
    expect(people(t)).toEqual(['钱立新/@9', '邬雅琴/@13', '柏春来/@17']);
  });
  it('takes a name with no Han surname when the count matches the names', () => {
    const t = '授予获得一等奖的乌力吉图雅、钱立新2名选手“某旗技术能手”称号。';
    expect(people(t)).toEqual(['乌力吉图雅/@8', '钱立新/@14']);
  });
  it('does not read a list of trades after a 的 as names', () => {
    expect(people('表彰成绩突出的钳工、焊工、电工3名选手。')).toEqual([]);
  });
});

describe('the count before the quoted title closes the holders\' list', () => {
  it('gives the title as role to names listed before 等N人“…”', () => {
    const t = '县人社局授予钱立新、邬雅琴等6人“某县技术能手”称号。';
    const got = honourHolders(t, [honour(t, '某县技术能手', 6)], [], r).map((p) => `${p.name}/${p.role}`);
    expect(got).toEqual(['钱立新/某县技术能手', '邬雅琴/某县技术能手']);
  });
  it('gives nothing when no count stands before the title', () => {
    const t = '县人社局授予钱立新、邬雅琴“某县技术能手”称号。';
    expect(honourHolders(t, [honour(t, '某县技术能手', 6)], [], r)).toEqual([]);
  });
});

describe('letter-spaced names closed up under a counted heading', () => {
  it('splits the runs into pairs when they hold twice the count, the prize as role', () => {
    const t = '附件\n二等奖（6名）\n钱立邬雅柏春\n孔明秦岚卫东\n三等奖（略）';
    expect(people(t)).toEqual(['钱立/二等奖@11', '邬雅/二等奖@13', '柏春/二等奖@15', '孔明/二等奖@18', '秦岚/二等奖@20', '卫东/二等奖@22']);
  });
  it('leaves runs whose length does not match the count', () => {
    expect(people('附件\n二等奖（4名）\n钱立邬雅柏春\n')).toEqual([]);
  });
  it('leaves a unit under a counted heading', () => {
    expect(people('附件\n先进集体（3个）\n某县供电公司\n先进个人（3名）\n县人民医院\n')).toEqual([]);
  });
});

describe('what opens no name', () => {
  it('leaves a surname character before the passive 被', () => {
    expect(people('另有5名技工曾被评为某市劳动模范。')).toEqual([]);
  });
  it('leaves a post after 各, which names every holder of it', () => {
    expect(people('会议要求，各成员单位要在月底前报送台账。')).toEqual([]);
  });
});
