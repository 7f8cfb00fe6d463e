// Round 47 of issue 18 (honours): a craftsman title (or any quoted honour) a named person holds, said without a count:
// by a copula (某某为“H”, 是全县唯一的“H”, ，系“H”、…), with the place of its conferring body before the quotes
// (是某自治区“H”), by a perfect (获得过“H”称号, 先后获得“H1”和“H2”称号), by a list of holders (入选“某某技能名匠”),
// or as a later field of the person's record (负责人：某某，车间主任，“H”。). Text written for these tests.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const all = (text: string) => confermentHonours(foldToSimplified(text), null, r, null);
const names = (text: string) => all(text).map((h) => [h.name, h.count]);

describe('a holder said by a copula', () => {
  it('reads Name为“H” after a person’s name', () => {
    expect(names('其中，周某平为“临江工匠”，吴某为高级技师。')).toEqual([['临江工匠', null]]);
    expect(names('其中，扎西顿珠為“高原工匠”。')).toEqual([['高原工匠', null]]);
  });
  it('does not read 为 after a word that is no name', () => {
    expect(names('大会还为“临江工匠”颁发了奖牌。')).toEqual([]);
    expect(names('该活动以“临江工匠”为主题，作为“临江工匠”宣传周的内容。')).toEqual([]);
  });
  it('reads 是全县唯一的“H” and 是 with the conferring place before the quotes', () => {
    expect(names('钳工刘某是全县唯一的“江淮工匠”，从业26年。')).toEqual([['江淮工匠', null]]);
    expect(names('刘某是某某自治区“高原工匠”，也是我县首位获此称号的职工。').map((h) => h[1])).toEqual([null]);
  });
  it('reads a year with no 的 and the holder’s word after the quotes (是2021年“H”获得者)', () => {
    expect(names('刘某是2021年“某某省五一劳动奖章”获得者。').map((h) => h[1])).toEqual([null]);
    expect(names('刘某从业30余年，是“江淮工匠”获得者，带徒20名。')).toEqual([['江淮工匠', null]]);
  });
  it('reads ，系“H”、 after a clause about the person', () => {
    expect(names('工作室带头人孙某，现年52岁，系“荆楚工匠”、高级工艺美术师。')).toEqual([['荆楚工匠', null]]);
  });
});

describe('a title held before, no count', () => {
  it('reads 获得过“H”称号', () => {
    expect(names('他早在2021年就获得过“八闽工匠”称号，是全镇唯一一位。')).toEqual([['八闽工匠', null]]);
  });
  it('keeps a condition on people who hold it a condition', () => {
    expect(names('获得过“八闽工匠”称号的人员不再参加本次评选。')).toEqual([]);
  });
  it('reads each of 先后获得“H1”和“H2”称号', () => {
    expect(names('王某先后获得“某某市五一劳动奖章”和“天山工匠”称号。')).toEqual([['某某市五一劳动奖章', null], ['天山工匠', null]]);
  });
  it('reads 入选“某某技能名匠”', () => {
    expect(names('某林业局木工技师赵某今年入选“长白山技能名匠”。')).toEqual([['长白山技能名匠', null]]);
  });
});

describe('an honour as a later field of a person’s record', () => {
  it('reads the honour after a post or a people’s field', () => {
    const h = all('二、某某陶瓷釉料创新工作室。工作室负责人：陈某生，釉料车间主任，“赣鄱工匠”。');
    expect(h.map((x) => [x.name, x.count, x.recipients])).toEqual([['赣鄱工匠', null, ['陈某生']]]);
    expect(names('领衔人黄某，壮族，“八桂工匠”，工作室现有成员12人。')).toEqual([['八桂工匠', null]]);
    expect(names('　　带头人：钟某飞，某某猕猴桃专业合作社理事长，三秦工匠\n')).toEqual([['三秦工匠', null]]);
  });
  it('does not read a clause after the name as a field', () => {
    expect(names('陈某生，釉料车间主任，带出青年工匠。')).toEqual([]);
  });
});
