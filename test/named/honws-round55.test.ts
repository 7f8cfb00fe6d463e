// Round 55 of issue 18 (honours on the new halves): one phrase that counts several quoted titles
// (“A”“B”各N名 / “A”、“B”获得者各N名 / 获评“A”“B”的职工分别有N1名、N2名): each title is one honour with its own count,
// 各 giving every title the one count, a list of counts paired with the titles in order.
// Text written for these tests.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';

const r = confermentRules();
const honours = (text: string) => confermentHonours(text, null, r, null).map((h) => [h.name, h.count]);

describe('several quoted titles under one count', () => {
  it('gives each title the one count after 各', () => {
    const got = honours('本年度全县获评“云山省技术能手”“滨江市技术能手”“青禾县技术能手”的职工各4名。');
    expect(got).toContainEqual(['云山省技术能手', 4]);
    expect(got).toContainEqual(['滨江市技术能手', 4]);
    expect(got).toContainEqual(['青禾县技术能手', 4]);
  });

  it('reads 获得者各N名 after titles joined by 、', () => {
    const got = honours('今年我县有“云山省五一劳动奖章”、“滨江市五一劳动奖章”获得者各3名，“滨江工匠”1名。');
    expect(got).toContainEqual(['云山省五一劳动奖章', 3]);
    expect(got).toContainEqual(['滨江市五一劳动奖章', 3]);
  });

  it('pairs a list of counts with the titles in order', () => {
    const got = honours('两年来全镇获评“滨江市劳动模范”“滨江工匠”“滨江市技术能手”的职工各2名、5名、8名。');
    expect(got).toContainEqual(['滨江市劳动模范', 2]);
    expect(got).toContainEqual(['滨江工匠', 5]);
    expect(got).toContainEqual(['滨江市技术能手', 8]);
  });

  it('pairs 称号的分别有N1名、N2名 with bare titles', () => {
    const got = honours('其中获“岗位能手”“服务标兵”称号的分别有12名、20名。');
    expect(got).toContainEqual(['岗位能手', 12]);
    expect(got).toContainEqual(['服务标兵', 20]);
  });

  it('reads no honour when the counts do not match the titles', () => {
    const got = honours('其中获“岗位能手”“服务标兵”“青年标兵”称号的分别有12名、20名。');
    expect(got.filter(([, n]) => n === 12 || n === 20)).toEqual([]);
  });

  it('reads no honour in candidates put forward for several titles', () => {
    expect(honours('年内推荐申报“滨江工匠”“云山工匠”人选各2名。')).toEqual([]);
  });
});

describe('what is not an honour', () => {
  it('reads 获奖者 as the holders, the subject of what follows', () => {
    expect(honours('本届共评出“青禾工匠”9名，9名获奖者平均年龄41岁。').filter(([n]) => /者/.test(String(n)))).toEqual([]);
  });

  it('reads no title in 获得上级表彰', () => {
    expect(honours('今年全县共有5名职工获得上级表彰。')).toEqual([]);
  });

  it('reads a range of prize grades of an unnamed contest as ranks', () => {
    expect(honours('决赛中共有12名选手获一等奖至三等奖。')).toEqual([]);
  });
});

describe('a level and the bare 工作室 after a workshop title conferred at that level', () => {
  it('names the title the document conferred', () => {
    // (an invented county has no level: the title states its own)
    const got = honours('决定命名某某公司焊接创新工作室等5个工作室为县级职工创新工作室。前两批命名的11个县级工作室运行良好。');
    expect(got).toContainEqual(['县级职工创新工作室', 11]);
    expect(got.filter(([n]) => n === '县级工作室')).toEqual([]);
  });
});
