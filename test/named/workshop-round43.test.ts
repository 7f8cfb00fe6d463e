// Round 43 of issue 18: the level of a workshop a body gives its plaque to (某总工会为“某某”…工作室授牌), and of the
// items after 其中 that share the counted conferment before it (命名县级…工作室3个，其中A…；B…).
// Sentences written for these tests (other places, other trades, other names).
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

/** the named workshops the whole named family finds, with leader and level */
const run = (t: string) => extractAll(textContext(t), ['named']).workshops.filter((w) => w.name).map((w) => [w.name, w.level]);

describe('为 W 授牌: the level of the body that gives the plaque', () => {
  it('a county union gives it: county', () => {
    const t = '表彰会上，县总工会为“春芽”茶艺创新工作室授牌。该工作室现有成员12人。';
    expect(run(t)).toEqual([['“春芽”茶艺创新工作室', 'county']]);
  });
  it('a province\'s bureau gives it: provincial', () => {
    const t = '会上，省人社局为“银针”推拿技能大师工作室揭牌。';
    expect(run(t)).toEqual([['“银针”推拿技能大师工作室', 'provincial']]);
  });
  it('a town gives it: no level', () => {
    const t = '成立当天，镇里同时为“山泉”职工创新工作室揭牌。';
    expect(run(t)).toEqual([['“山泉”职工创新工作室', null]]);
  });
  it('为 W without a plaque verb after it gives no level', () => {
    const t = '会上，县总工会为“春芽”茶艺创新工作室的成员颁发了证书。';
    expect(run(t)).toEqual([['“春芽”茶艺创新工作室', null]]);
  });
});

describe('items a 其中 opens share the conferment before it', () => {
  it('the second item after ；takes the counted conferment\'s level', () => {
    const t = '2024年，县总工会命名县级劳模创新工作室3个，其中由市劳动模范张玉梅领衔的马尾绣劳模创新工作室，已带徒40名；'
      + '技术员李国强牵头的果树嫁接创新工作室，完成小改小革9项。';
    expect(run(t)).toEqual([['马尾绣劳模创新工作室', 'county'], ['果树嫁接创新工作室', 'county']]);
  });
  it('a conferment inside the first item is that item\'s own, not the next one\'s', () => {
    const t = '其中，由县劳动模范王海军领衔的“山楂”创新工作室，今年被州总工会命名为州级示范工作室；'
      + '由“高原工匠”卓玛领衔的牦牛绒纺织技能大师工作室，带出织工六十余人。';
    expect(run(t).find(([n]) => n === '牦牛绒纺织技能大师工作室')).toEqual(['牦牛绒纺织技能大师工作室', null]);
  });
});

/** the named workshops with their leaders */
const led = (t: string) => extractAll(textContext(t), ['named']).workshops.filter((w) => w.name).map((w) => [w.name, w.leader]);

describe('a craft\'s workshop of the bare type whose own sentence states its leader', () => {
  it('…工作室，由某某牵头组建: named, the owner before 的 left out', () => {
    const t = '城关镇的核桃嫁接工作室，由农技员赵建军牵头组建，已推广新技术12项。';
    expect(led(t)).toEqual([['核桃嫁接工作室', '赵建军']]);
  });
  it('a bare 工作室 with no leader stated is no name', () => {
    const t = '城关镇的核桃嫁接工作室今年推广新技术12项。';
    expect(led(t)).toEqual([]);
  });
  it('a leader read short is the longer name the text gives right there', () => {
    const t = '编织工作室由县劳动模范王秀英领衔；酥油茶制作工作室则由某某乳业有限公司车间主任格桑措吉负责，她去年被评为技术能手。';
    expect(led(t)).toContainEqual(['酥油茶制作工作室', '格桑措吉']);
  });
  it('a phrase of naming before 的 leaves the bare type: no workshop', () => {
    const t = '经评审，县总工会决定命名“山楂果酒酿造创新工作室”等6个工作室为2025年度某县职工创新工作室。通过评审的6个工作室中，依托制造业企业的4个。\n' +
      '对今年命名的工作室，县总工会按每家2万元一次补足经费。\n今年命名的工作室（领衔人）如下：\n1．山楂果酒酿造创新工作室（领衔人：郝建林）\n2．光伏组件检测创新工作室（领衔人：邬美玲）';
    expect(led(t).map(([n]) => n)).not.toContain('工作室');
    expect(led(t)).toContainEqual(['山楂果酒酿造创新工作室', '郝建林']);
  });
});
