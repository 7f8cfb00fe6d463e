// Round 62: a batch announced by its count (N名“H”出炉) and a handing-over to holders counted as their conferment
// counted them (为6个单位、8个集体颁发奖牌).
import { describe, expect, it } from 'vitest';
import { confermentHonours, confermentRules } from '../../src/extract/named/conferment.js';

const r = confermentRules();
const got = (t: string) => confermentHonours(t, '浙江省', r).map((h) => [h.rule, h.name, h.count]);

describe('a batch announced by its count', () => {
  it('reads the count before the quoted title of a headline', () => {
    expect(got('首批10名“永康工匠”出炉')).toContainEqual(['conferment.announced-count', '永康工匠', 10]);
    expect(got('12名“永康市技术能手”亮相颁奖台')).toContainEqual(['conferment.announced-count', '永康市技术能手', 12]);
  });
  it('takes no rank, and no title that ends as no honour does', () => {
    expect(got('第3名“永康工匠”出炉的消息传来。')).toEqual([]);
    expect(got('10名“金点子”出炉。')).toEqual([]);
  });
});

describe('a handing-over to holders counted as their conferment counted them', () => {
  const grant = '授予某某科技有限公司等6个单位“永康市五一劳动奖状”；授予某某班组等8个集体“永康市工人先锋号”。';
  it('counts each item of the list once more for the honour it names', () => {
    const later = got(`${grant}市总工会将为6个单位、8个集体颁发奖牌。`).filter(([rule]) => rule === 'conferment.anaphora');
    expect(later).toEqual([['conferment.anaphora', '永康市五一劳动奖状', 6], ['conferment.anaphora', '永康市工人先锋号', 8]]);
  });
  it('names none for a count or a noun the conferment did not use', () => {
    expect(got(`${grant}市总工会将为5个单位、8个班组颁发奖牌。`).filter(([rule]) => rule === 'conferment.anaphora')).toEqual([]);
  });
});

describe('holders counted as a topic, then told by their kinds', () => {
  it('takes a bare title among the kinds as a kind of the holders, no honour', () => {
    const t = '县总工会授予张某等12名职工“永康工匠”称号。12名“永康工匠”中，种植能手5人，嫁接能手3人，加工能手4人。';
    expect(got(t).filter(([rule]) => rule === 'conferment.ending')).toEqual([]);
  });
  it('keeps a title with its place or level among them', () => {
    const t = '在受表彰的25名职工中，有浙江省技术能手3名。';
    expect(got(t)).toContainEqual(['conferment.ending', '浙江省技术能手', 3]);
  });
});
