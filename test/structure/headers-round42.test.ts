// Headers of round 42: a page's 来源 run on into its reporters with no label of their own, an author
// field with the dateline run into its last name, a unit of one character before 供稿 and the writer's
// label, an article closed by a unit after a dash over a briefs block, and a briefs block closed by who
// compiled it. Texts written for this test in those layouts.
import { describe, expect, it } from 'vitest';
import { bare, headerReader } from './read-header.js';

const header = headerReader('headers-r42-');

describe("a page's info line", () => {
  it('a source run on into its reporters: the body is the issuer, the reporters the byline', async () => {
    const h = await header('p1.html', `<html><head><title>禾川首批乡村工匠出炉 - 禾川新闻网</title></head><body>
<div class="nav">禾川新闻网 ｜ 首页 ｜ 时政 ｜ 乡镇</div>
<h1>禾川首批乡村工匠出炉</h1>
<div class="source"><span>来源：禾川县融媒体中心</span>　<span>记者　石明远　通讯员　郑可欣</span>　<span>2025-06-03 10:20</span></div>
<p>本报讯　6月2日，县人社局公布首批乡村工匠认定结果，共有15人获认定，其中女性6人。</p>
<p>据了解，本次认定共有来自全县9个乡镇的40人报名。</p>
</body></html>`);
    expect(h.issuers).toEqual(['禾川县融媒体中心']);
    expect(h.bylineAsWritten).toBe('记者 石明远 通讯员 郑可欣');
  });

  it('an author field with the dateline run into its last name: the names alone', async () => {
    const h = await header('p2.html', `<html><head><title>桐江评出8名技术能手 - 桐江新闻网</title></head><body>
<h1>桐江评出8名技术能手</h1>
<div class="info"><span>来源：桐江县融媒体中心</span> <span>作者：记者　柯思远　宁晓雨</span><span>2025-05-11 09:40</span> <span>阅读：812</span></div>
<p>5月10日，桐江县职业技能大赛闭幕，8名选手被授予“桐江县技术能手”称号。</p>
<p>本届大赛共有120名选手参赛。</p>
</body></html>`);
    expect(h.issuers).toEqual(['桐江县融媒体中心']);
    expect(h.bylineAsWritten).toBe('记者 柯思远 宁晓雨');
  });

  it('keeps: a source alone before the dateline is the issuer, with no byline made of it', async () => {
    const h = await header('p3.html', `<html><head><title>桐江评出8名技术能手 - 桐江新闻网</title></head><body>
<h1>桐江评出8名技术能手</h1>
<div class="info"><span>来源：桐江县融媒体中心</span> <span>2025-05-11 09:40</span></div>
<p>5月10日，桐江县职业技能大赛闭幕，8名选手被授予“桐江县技术能手”称号。</p>
<p>本届大赛共有120名选手参赛。</p>
</body></html>`);
    expect(h.issuers).toEqual(['桐江县融媒体中心']);
    expect(h.byline).toBeNull();
  });
});

const issue = (body: string) => `人社工作动态\n\n第5期\n\n青原县人力资源和社会保障局　编　　　　　2025年5月20日\n\n～～～～～～～～～～～～～～～～～～\n\n${body}\n\n～～～～～～～～～～～～～～～～～～\n\n报：某市人社局\n送：县总工会\n`;

describe("a bulletin issue's articles", () => {
  it('a unit of one character before 供稿 and the writer’s label: the writer is the byline', async () => {
    const h = await header('b1.txt', issue(`我县举办首届家政技能大赛\n\n5月15日，我县首届家政技能大赛在县职业中学举行，共有86名选手参赛，评出一等奖3名。\n\n（股　供稿　执笔人：钟雅琴）\n\n县就业服务中心开展招聘周活动\n\n本刊讯（通讯员　罗子涵）　5月中旬，县就业服务中心举办招聘周活动，32家企业提供岗位600余个。`));
    expect(h.articles.map((a) => [bare(a.title), bare(a.byline)])).toEqual([
      ['我县举办首届家政技能大赛', '钟雅琴'],
      ['县就业服务中心开展招聘周活动', '通讯员罗子涵'],
    ]);
  });

  it('a unit after a dash closes its article over a briefs block, which is one more article', async () => {
    const h = await header('b2.txt', issue(`我县举办首届家政技能大赛\n\n（县人社局职业能力建设股　韦思涵）\n\n5月15日，我县首届家政技能大赛在县职业中学举行，共有86名选手参赛，评出一等奖3名。\n\n返乡创业人数稳步增加\n\n1至4月，全县新增返乡创业人员320人，同比增长12.5%，带动就业1100人。\n\n——县就业创业服务中心\n\n简讯\n\n▲ 县劳动保障监察大队开展专项检查，为36名农民工追回工资48万元。\n\n▲ 县社保中心为210名灵活就业人员办理参保登记。`));
    expect(h.articles.map((a) => [bare(a.title), bare(a.byline)])).toEqual([
      ['我县举办首届家政技能大赛', '县人社局职业能力建设股韦思涵'],
      ['返乡创业人数稳步增加', '县就业创业服务中心'],
      ['简讯', null],
    ]);
  });

  it('a briefs block closed by who compiled it has no byline', async () => {
    const h = await header('b3.txt', issue(`我县举办首届家政技能大赛\n\n（县人社局职业能力建设股　韦思涵）\n\n5月15日，我县首届家政技能大赛在县职业中学举行，共有86名选手参赛，评出一等奖3名。\n\n工作简讯\n\n● 1至4月，全县城镇新增就业860人，完成全年目标的43%。\n\n● 全县新发放创业担保贷款1200万元。\n\n（综合股　整理）`));
    expect(h.articles.map((a) => [bare(a.title), bare(a.byline)])).toEqual([
      ['我县举办首届家政技能大赛', '县人社局职业能力建设股韦思涵'],
      ['工作简讯', null],
    ]);
  });
});
