// Honours, round 17 of issue 18 (held23's misses read as classes of the grammar of conferment): a handing-over
// after the act it completes; the holders chosen in the clause after the act; counted holders all holding a
// title (均为); passing a 认定 whose results a body published; who conferred a title as a relative clause before
// it; a bracket inside a counted heading's name; the headings of a 名录 (a stock, no conferment); a person said
// to hold an honour (某某是“H”获得者). Sentences written for these tests, other places, both scripts.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { extractAwards } from '../../src/extract/awards.js';
import { textContext } from '../../src/extract/named/doc.js';

const r = confermentRules();
const got = (text: string, province: string | null = null) =>
  confermentHonours(foldToSimplified(text), province, r).map((h) => [h.name, h.count]);

describe('a handing-over after the act it completes', () => {
  it('takes the title of the sentence before when it counts the same holders', () => {
    expect(got('县委、县政府决定命名柏某某等8名职工为首届“灌南工匠”。大会上，县领导向8名工匠颁发了证书和奖牌。'))
      .toEqual([['灌南工匠', 8], ['灌南工匠', 8]]);
    expect(got('縣委、縣政府命名蒲某某等6名職工為第二屆「鳳岡工匠」。儀式上，縣領導向6名工匠頒發了獎盃和證書。'))
      .toEqual([['凤冈工匠', 6], ['凤冈工匠', 6]]);
  });
  it('takes nothing for another count, or across a paragraph', () => {
    expect(got('县委、县政府决定命名柏某某等10名职工为首届“盱眙工匠”。会上，县领导向其中3名代表颁发了证书。')).toEqual([['盱眙工匠', 10]]);
    expect(got('县委、县政府决定命名柏某某等10名职工为首届“盱眙工匠”。\n县领导向10名困难职工颁发了慰问金证书。')).toEqual([['盱眙工匠', 10]]);
  });
});

describe('the holders chosen in the clause after the act', () => {
  it('binds the count of the next clause that closes on 当选 / 入选', () => {
    expect(got('市委、市政府对首届“宜兴工匠”进行命名，某某陶瓷公司技师蒋某某、某某等7名职工当选。')).toEqual([['宜兴工匠', 7]]);
    expect(got('县总工会对第三批“灌南工匠”予以命名，来自生产一线的5名技能人才入选。')).toEqual([['灌南工匠', 5]]);
  });
  it('binds nothing when the next clause is no choosing', () => {
    expect(got('市委、市政府对首届“宜兴工匠”进行命名，7名职工代表参加了仪式。')).toEqual([]);
  });
});

describe('counted holders who all hold a title', () => {
  it('reads 均为 / 都是 + the title as its holders', () => {
    expect(got('今年又有3名职工获评“淮安工匠”，三人均为首届“盱眙工匠”。')).toEqual([['淮安工匠', 3], ['盱眙工匠', 3]]);
    expect(got('这4名技术骨干都是“宜兴工匠”。')).toEqual([['宜兴工匠', 4]]);
  });
  it('reads nothing of a copula without a title', () => {
    expect(got('参赛的46名选手均为一线职工。')).toEqual([]);
  });
});

describe('passing a 认定 whose results were published', () => {
  it('reads the share that passed as holders of the published title', () => {
    expect(got('市人社局日前公布2025年度市级技能大师工作室认定结果，我县申报的2个工作室全部通过认定。')).toEqual([['市级技能大师工作室', 2]]);
    expect(got('省总工会公布第三批省级劳模创新工作室评审结果，我区有3个工作室通过评审。').map((x) => x[1])).toEqual([3]);
  });
  it('reads nothing without a published list', () => {
    expect(got('我县申报的2个工作室已通过认定。')).toEqual([]);
  });
  it('leaves a share to the conferment the sentence reports', () => {
    expect(got('省人社厅公布2025年度技术能手评选结果，“江苏省技术能手”称号授予全省150名技能人才，我县有4人入选。')).toEqual([['江苏省技术能手', 150]]);
  });
});

describe('who conferred a title, before it', () => {
  it('is no second predicate between 获评 and the title', () => {
    expect(got('这10名首席技师中，有2人获评省人社厅授予的“江西省技术能手”。').filter((x) => x[0] === '江西省技术能手')).toEqual([['江西省技术能手', 2]]);
    expect(got('今年全县有1名职工获评由市总工会命名的“淮安工匠”。')).toEqual([['淮安工匠', 1]]);
  });
  it('a predicate still parts the verb from the title', () => {
    expect(got('3名职工获评后将参加“江西省技术能手”评选。')).toEqual([]);
    expect(got('2人获评后被推荐参评“江西省技术能手”。')).toEqual([]);
  });
});

describe('counted headings of an annex', () => {
  it('keeps a bracket inside the name (劳模（工匠）创新工作室)', () => {
    const text = '附件\n2025年度宜兴市劳模（工匠）创新工作室名单\n一、宜兴市示范性劳模（工匠）创新工作室（3个）\n1．某某工作室\n二、宜兴市劳模（工匠）创新工作室（7个）\n1．某某工作室';
    expect(got(text, '江苏省')).toEqual([['宜兴市示范性劳模（工匠）创新工作室', 3], ['宜兴市劳模（工匠）创新工作室', 7]]);
  });
  it('gives no entry for the headings of a 名录 of existing workshops', () => {
    const text = '附件2\n灌南县技能大师工作室名录\n一、省级技能大师工作室（3个）\n1．某某工作室／某某公司／柏某某\n二、市级技能大师工作室（5个）\n1．某某工作室／某某公司／蒋某某';
    expect(got(text, '江苏省')).toEqual([]);
  });
  it('reads the headings of a 名单 that follows a 名录', () => {
    const text = '附件1\n灌南县技能大师工作室名录\n一、省级技能大师工作室（3个）\n1．某某工作室\n附件2\n第二批省级技能大师工作室名单\n一、省级技能大师工作室（2个）\n1．某某工作室';
    expect(got(text, '江苏省')).toEqual([['省级技能大师工作室', 2]]);
  });
});

describe('a later count of the holders as the topic of a state', () => {
  it('reads 新命名的N个工作室已… / 这N名…目前… after a conferment of that count', () => {
    expect(got('今年县总工会新命名灌南县劳模创新工作室5个。新命名的5个工作室已全部挂牌运行。', '江苏省').map((x) => x[1])).toEqual([5, 5]);
    expect(got('县委、县政府命名柏某某等6名职工为“盱眙工匠”。这6名工匠目前都在生产一线。').map((x) => x[1])).toEqual([6, 6]);
  });
  it('reads nothing for another count', () => {
    expect(got('今年县总工会新命名灌南县劳模创新工作室5个。新命名的3个工作室已揭牌。', '江苏省').map((x) => x[1])).toEqual([5]);
  });
});

describe('a person said to hold an honour', () => {
  const dict = (text: string) => extractAwards(textContext(text)).map((a) => [a.name, a.recipients]);
  it('reads 某某是H获得者 as held by the person', () => {
    expect(dict('工作室领衔人蒋秀芬是江苏省五一劳动奖章获得者，带领团队开展培训。')).toEqual([['江苏省五一劳动奖章', ['蒋秀芬']]]);
    expect(dict('技术员柏志强为江西省五一劳动奖章获得者。')).toEqual([['江西省五一劳动奖章', ['柏志强']]]);
    // (an adverb before the copula is no part of the name)
    expect(dict('班长谷德明也是全国五一劳动奖章获得者。')).toEqual([['全国五一劳动奖章', ['谷德明']]]);
  });
  it('reads no holder from policy talk about the honour', () => {
    expect(dict('对江苏省五一劳动奖章获得者给予一次性奖励。')).toEqual([]);
  });
});
