// Round 68: two leaders leading together where the clause is longer than one person's slot (由“某某工匠”甲和某公司
// 技术部副部长乙共同领衔), the pair written before a shared title (甲、乙两名省劳动模范共同领衔的…), the joint clause
// before the workshop, and a transcribed name after a post. Sentences written for these tests (invented names and trades).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
/** the named workshops of `t` as [name, leader] */
const read = (t: string) =>
  namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, { city: 'county', issuer: null }).filter((w) => w.name).map((w) => [w.name, w.leader]);

describe('two leading together, a long clause', () => {
  it('a quoted honour and a post before each: the first-named', () => {
    const t = '县总工会对某某公司“阀门装配职工创新工作室”进行验收。该工作室由“某某省技术能手”端木清河和公司技术部副部长司马晓云共同领衔，现有成员17人。';
    expect(read(t)).toContainEqual(['阀门装配职工创新工作室', '端木清河']);
  });
  it('after the name, a unit and a post before the first', () => {
    const t = '会上授牌。其中，果品深加工技术攻关创新工作室由“某某工匠”、某某县果业发展有限公司总工程师欧阳建平和质检部部长宓春兰共同领衔，研发新产品7个。';
    expect(read(t)).toContainEqual(['果品深加工技术攻关创新工作室', '欧阳建平']);
  });
  it('the joint clause before the workshop', () => {
    const t = '工作室建设成效明显。由“某某工匠”赫连振华和县林业技术推广站高级工程师宓春兰共同领衔的“松果培育创新工作室”，累计攻克技术难题11项。';
    expect(read(t)).toContainEqual(['松果培育创新工作室', '赫连振华']);
  });
  it('two names, a count and their shared title before the adverb', () => {
    const t = '我县已命名县级职工创新工作室6个，其中上官立新、庹国强两名某某省劳动模范共同领衔的“刀具涂层创新工作室”，完成技术攻关5项。';
    expect(read(t)).toContainEqual(['刀具涂层创新工作室', '上官立新']);
  });
  it('a transcribed name after a post, first of two', () => {
    const t = '工作室组织的绣品年销售额约210万元；高原牦牛养殖技能大师工作室由畜牧兽医师吐尔逊别克·阿曼和技术员欧阳卫平共同领衔，两人推广的暖棚补饲技术使成活率提高。';
    expect(read(t)).toContainEqual(['高原牦牛养殖技能大师工作室', '吐尔逊别克·阿曼']);
  });
});

describe('the level of a plaque handed to the newly named', () => {
  const levels = (t: string) =>
    namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, { city: 'county', issuer: 'county' }).filter((w) => w.name).map((w) => [w.name, w.level]);
  it('为新命名的“A”和“B”授牌: both of the body that hands them, and a later mention of each', () => {
    const t = '会上，县总工会还为新命名的“果品深加工技术攻关创新工作室”和“船舶电气安装创新工作室”授牌，两个工作室都由“某某工匠”领衔。其中，果品深加工技术攻关创新工作室由总工程师欧阳建平和质检部部长宓春兰共同领衔，研发新产品7个。';
    const got = levels(t);
    expect(got).toContainEqual(['船舶电气安装创新工作室', 'county']);
    expect(got.filter((x) => x[0] === '果品深加工技术攻关创新工作室').every((x) => x[1] === 'county')).toBe(true);
  });
  it('quoted names one after another, their count, then the plaque', () => {
    const t = '12月22日，某某县总工会举行授牌仪式，为“稀土分离工艺优化创新工作室”“客家菜传承创新工作室”2个工作室授牌。稀土分离工艺优化创新工作室由高级工程师宓春兰领衔。';
    expect(levels(t)).toContainEqual(['稀土分离工艺优化创新工作室', 'county']);
  });
});

describe('a transcribed name in a leader field', () => {
  it('after a post with nothing between: the name opens after the post', () => {
    const t = '附件略。\n维吾尔医药技能大师工作室设在某某县人民医院，领衔人为主任医师热娜古丽·阿不都；红枣烘干技能大师工作室设在某合作社，领衔人为技术员宓春兰。';
    expect(read(t)).toContainEqual(['维吾尔医药技能大师工作室', '热娜古丽·阿不都']);
  });
  it('a cell of two names, the first transcribed', () => {
    const t = '附件\n第二批某某县技能大师工作室名单（2个）\n序号　工作室名称　　　　　　　　　　领衔人　　　　　　　　　　推荐单位\n1　　核桃精深加工技能大师工作室　　艾尔肯·吐尔洪、宓春兰　　县工业和信息化局\n2　　红枣烘干技能大师工作室　　　　端木立新　　　　　　　　　　县农业农村局';
    expect(read(t)).toContainEqual(['核桃精深加工技能大师工作室', '艾尔肯·吐尔洪']);
  });
});
