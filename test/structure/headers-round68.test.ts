// Headers of round 68: a Markdown copy of a bulletin issue marks its articles as headings of one level
// under the issue's name (# 某县总工会工作动态 over ## 一、…, ## …): each heading opens an article, its
// number dropped; a metadata block above the masthead (title: … / date: … / source: …) is no issue line.
// Contents may run a headline on with its news in two clauses (◇ 某竞赛落幕，12名选手获评“某某”), and a
// text copy of a paged issue keeps each page's running head (某县总工会工作简报\u3000第21期) above a headline.
// Texts written for this test in the layout of those bulletins.
import { describe, expect, it } from 'vitest';
import { arts, headerReader } from './read-header.js';

const header = headerReader('headers-r68-');

const issue = (h2a: string, h2b: string, h2c: string) =>
  `# 青峡县总工会工作动态\n\n**2025年第7期　　青峡县总工会办公室　　2025年11月3日**\n\n---\n\n## ${h2a}\n\n10月28日，县总工会召开会议，部署冬季送温暖工作，全县68个基层工会参加。\n\n## ${h2b}\n\n上期第二篇中“参保职工1.32万人”应为“1.23万人”，特此更正。\n\n## ${h2c}\n\n10月30日，县总工会举办职工书法展，展出作品120幅。\n\n---\n\n送：县委办公室，县政府办公室\n`;

describe('a Markdown issue whose articles are headings', () => {
  it('## 一、… / ## 二、…: every heading of the level under the name is an article, its number dropped', async () => {
    const h = await header('md1.md', issue('一、县总工会部署冬季送温暖工作', '二、关于上期部分数据的更正', '三、职工书法展开展'));
    expect(arts(h)).toEqual(['县总工会部署冬季送温暖工作 / ∅', '关于上期部分数据的更正 / ∅', '职工书法展开展 / ∅']);
    expect(h.title).toBe('县总工会部署冬季送温暖工作');
  });

  it('unnumbered headings, one a correction with no actor, read the same', async () => {
    const h = await header('md2.md', issue('县总工会部署冬季送温暖工作', '关于上期部分数据的更正', '职工书法展开展'));
    expect(arts(h).map((a) => a.split(' / ')[0])).toEqual(['县总工会部署冬季送温暖工作', '关于上期部分数据的更正', '职工书法展开展']);
  });

  it('a metadata block above the masthead: the issue is still read as a bulletin, its headings its articles', async () => {
    const h = await header('md3.md', `---\ntitle: 青峡县总工会工作动态（2025年第7期）\ndate: 2025-11-03\nsource: 青峡县总工会办公室\n---\n\n${issue('一、县总工会部署冬季送温暖工作', '二、关于上期部分数据的更正', '三、职工书法展开展')}`);
    expect(arts(h).map((a) => a.split(' / ')[0])).toEqual(['县总工会部署冬季送温暖工作', '关于上期部分数据的更正', '职工书法展开展']);
    expect(h.title).toBe('县总工会部署冬季送温暖工作');
    expect(h.issuers).toEqual(['青峡县总工会办公室']);
  });

  it('a single news story with ## subheadings is no issue: one article, titled by the story', async () => {
    const h = await header('md4.md', `# 青峡县总工会2025年工作总结\n\n今年以来，县总工会新建职工服务站点6个。\n\n## 一、服务职工\n\n开展技能培训18期。\n\n## 二、建设队伍\n\n培训工会干部120人。\n`);
    expect(h.title).toBe('青峡县总工会2025年工作总结');
    expect(h.articles.length).toBeLessThanOrEqual(1);
  });
});

const paged = `青峡县总工会\n工作简报\n第9期\n\n青峡县总工会办公室　　　　2025年12月1日\n\n本期要目\n◇ 两个行业技能竞赛同期落幕，12名选手获评“青峡县技术能手”\n◇ 县总工会验收一个职工创新工作室\n◇ 全县职工技能提升行动年度进展\n\n────────────\n\n两个行业技能竞赛同期落幕\n\n本刊记者　欧阳明远\n\n11月下旬，县总工会举办职工技能竞赛，全县29家企业的108名选手参赛。\n\n县总工会为一等奖获得者每人发放奖金4000元、二等奖获得者每人2000元，并将择优推荐3名选手参加市职工技能大赛。\n\n青峡县总工会工作简报　　　　　　第9期\n\n电梯维修职工创新工作室通过验收\n\n县总工会经济技术部　司马文静\n\n11月28日，县总工会组织专家对一家企业的职工创新工作室进行验收，该工作室现有成员17人。\n\n全县职工技能提升行动年度进展\n\n（县总工会宣教部供稿）\n\n今年全县开展职工技能培训56期，培训职工4300人次。\n\n报：市总工会\n`;

describe('contents in two clauses and a page running head', () => {
  it('reads every article: the paraphrased first, one under a running head, the listed last', async () => {
    const h = await header('paged.txt', paged);
    expect(h.title).toBe('两个行业技能竞赛同期落幕');
    expect(arts(h).map((a) => a.split(' / ')[0])).toEqual(['两个行业技能竞赛同期落幕', '电梯维修职工创新工作室通过验收', '全县职工技能提升行动年度进展']);
  });
});
