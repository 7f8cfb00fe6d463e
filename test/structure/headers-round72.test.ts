// Round 72: issues with no headline under the masthead (a 月报 of numbered items under a rule, a 月报 of
// bracketed labels over its parts), tested on text written for them in other places and wordings.
import { describe, expect, it } from 'vitest';
import { structure } from '../../src/structure/index.js';

const read = (text: string) => structure({ text, lines: [] }, 'txt').meta;
const P1 = '截至10月底，全县城镇新增就业2146人，完成年度目标的103.2%，城镇登记失业率控制在3.5%以内。';
const P2 = '10月，县人社局在县职教中心举办电工技能竞赛，来自18家企业的52名选手参赛，决出一等奖1名。';
const P3 = '11月，县人社局将重点做好年度考核和春风行动筹备工作，计划举办专场招聘会2场，提供岗位800个。';
const HEAD = '某县人力资源和社会保障局\n工作月报\n2025年第10期（总第48期）\n某县人社局办公室编　　2025年10月30日\n━━━━━━━━━━━━━━━━━━━━';

describe('an issue that opens its body with 一、 under the masthead has its numbered items as articles', () => {
  it('titles the issue by its first item, each item an article', () => {
    const m = read(`${HEAD}\n一、1—10月全县就业主要指标完成情况\n${P1}\n二、电工技能竞赛圆满落幕\n${P2}\n三、下月工作安排\n${P3}`);
    expect(m.title).toBe('1—10月全县就业主要指标完成情况');
    expect(m.articles?.map((a) => [a.title, a.byline])).toEqual([
      ['1—10月全县就业主要指标完成情况', null], ['电工技能竞赛圆满落幕', null], ['下月工作安排', null]]);
  });
  it('keeps 一、 headings inside the one article a headline and its lead paragraph open', () => {
    const m = read(`${HEAD}\n全县技能强企行动见实效\n${P1}\n一、技能提升覆盖面持续扩大\n${P2}\n二、技能人才评价机制逐步完善\n${P3}`);
    expect(m.title).toBe('全县技能强企行动见实效');
    expect(m.articles?.map((a) => a.title)).toEqual(['全县技能强企行动见实效']);
  });
});

describe('an issue whose body opens with bracketed labels over its parts has the labels as articles', () => {
  const issue = (body: string) => read(`某县人力资源和社会保障工作月报\n（2025年第10期）\n某县人力资源和社会保障局办公室　　2025年11月4日\n${body}`);
  it('titles each part by its label, a table under a label too, never the masthead', () => {
    const m = issue(`【本月综述】\n${P1}\n【分乡镇转移就业进度】\n┌──┬──┐\n│甲镇│1200│\n└──┴──┘\n【下月重点】\n${P3}`);
    expect(m.title).toBe('本月综述');
    expect(m.byline).toBeNull();
    expect(m.articles?.map((a) => a.title)).toEqual(['本月综述', '分乡镇转移就业进度', '下月重点']);
  });
  it('reads a label over a headline as a column, no article', () => {
    const m = read(`某县工会信息\n第5期\n某县总工会办公室　　2025年6月3日\n【工作动态】\n甲镇举办电工技能比武\n${P2}`);
    expect(m.articles?.map((a) => a.title)).toEqual(['甲镇举办电工技能比武']);
  });
});

describe('the header of a sheet and the lines closing an issue', () => {
  const LETTER = '全县广大职工：\n捷报传来，在本月举行的全市职工职业技能大赛中，我县选手共获得一等奖2个、二等奖3个。';
  it('reads the title under the kind of sheet set above it (喜　报), past a line of its body and date', () => {
    expect(read(`喜　　报\n热烈祝贺我县职工在全市技能大赛中喜获佳绩\n${LETTER}`).title).toBe('热烈祝贺我县职工在全市技能大赛中喜获佳绩');
    expect(read(`捷　报\n某县总工会　　　　2025年6月8日\n热烈祝贺我县一批集体和个人荣获劳动表彰\n${LETTER}`).title).toBe('热烈祝贺我县一批集体和个人荣获劳动表彰');
    expect(read(`喜报：我县两名职工获评五一劳动奖章\n${LETTER}`).title).toBe('喜报：我县两名职工获评五一劳动奖章');
  });
  const issue = (under: string, end: string) => read(`某县产改快报\n第9期\n某县总工会办公室　　2025年11月3日\n甲县举办电工技能比武\n${under}\n${P2}\n${end}\n报：市总工会\n送：各乡镇工会`);
  it('drops a mark set before the unit inside a bracketed byline', () => {
    expect(issue('（□宣教部　孟雪梅）', '').byline).toBe('宣教部 孟雪梅');
  });
  it('never reads an editing or a print line at the end as the byline', () => {
    expect(issue('', '（编辑：王某某　校对：李某某）').byline).toBeNull();
    expect(issue('', '（本期共印40份）').byline).toBeNull();
  });
});
