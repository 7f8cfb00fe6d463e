// Headers of round 38: contents that shorten a headline by its count, a section of a bureau credited
// with a dash under a headline whose paragraph leads into a table, and a portal page whose headline
// stands over its 文号 line. Texts written for this test in the layouts of those genres.
import { describe, expect, it } from 'vitest';
import { headerReader } from './read-header.js';

const header = headerReader('headers-r38-');

describe('an issue whose contents drop the count of a headline', () => {
  it('the headline with its count is the listed article, and a section credited under a dash closes none', async () => {
    const h = await header('tc1.txt', `人社工作动态\n\n〔2025〕第6期　　　　　　总第31期\n\n青河县人力资源和社会保障局　　　　2025年6月18日\n\n本期导读\n　　一、我县评定首批“青河县金牌技师”\n　　二、前五个月就业工作主要数据\n\n一、我县评定首批8名“青河县金牌技师”\n\n撰稿：苏雅文　　审核：林东\n\n　　经推荐和评审，县人社局日前评定刘成、高远等8名同志为首批“青河县金牌技师”，每人每月发放津贴600元。\n　　本次共收到推荐材料15份，其中企业推荐12份。\n\n二、前五个月就业工作主要数据\n\n——县人社局劳动就业股\n\n　　前五个月，全县就业形势总体稳定，主要数据如下：\n　　指标　　　　完成数　　　同比\n　　城镇新增就业（人）　　　920　　　增长4.1%\n　　城镇调查失业率控制在4.5%，比去年同期下降0.2个百分点。\n\n报：市人社局\n`);
    expect(h.title).toBe('我县评定首批8名“青河县金牌技师”');
    expect(h.articles.map(({ title, byline }) => ({ title, byline }))).toEqual([
      { title: '我县评定首批8名“青河县金牌技师”', byline: '苏雅文' },
      { title: '前五个月就业工作主要数据', byline: '县人社局劳动就业股' },
    ]);
  });
});

describe("a portal page's headline over its 文号 line", () => {
  it('is no issuer: the page credits the body', async () => {
    const h = await header('pg1.html', `<html><head><title>青河县总工会命名第三批县级劳模创新工作室 - 部门动态</title></head><body>
<div class="location">当前位置：<a href="/">首页</a> → <a href="/bmdt/">部门动态</a></div>
<ul class="panel"><li><b>发布机构：</b>青河县总工会</li><li><b>发布日期：</b>2025-06-12</li><li><b>文　　号：</b>青工〔2025〕9号</li></ul>
<h2>青河县总工会命名第三批县级劳模创新工作室</h2>
<div class="sub">发布日期：2025-06-12　　信息来源：青河县总工会</div>
<p>近日，县总工会将“青峰”焊接创新工作室等4个工作室命名为第三批县级劳模创新工作室，每个工作室给予建设补助1万元。</p>
<p>本批工作室是从基层工会推荐的7个创建对象中评审确定的。</p>
</body></html>`);
    expect(h.title).toBe('青河县总工会命名第三批县级劳模创新工作室');
    expect(h.issuers).toEqual(['青河县总工会']);
  });
});

describe('a page saved as text with a dash subtitle under its headline', () => {
  it('the headline over the subtitle is the title', async () => {
    const h = await header('sub1.txt', `首页 > 工会动态 > 基层风采\n\n山乡里的“技能课堂”\n——通山县推进产业工人技能提升纪实\n\n来源：咸宁日报　　作者：咸宁日报记者　方晓磊　　发布时间：2025-10-12 09:10　　浏览：1180\n\n　　深秋时节，走进通山县经济开发区的一家机械企业，车间里机器轰鸣。近年来，该县大力实施产业工人队伍建设改革，全县产业工人已达2.6万人。\n　　今年以来，县总工会举办技能培训班16期，培训职工1400人次。\n`);
    expect(h.title).toBe('山乡里的“技能课堂”');
  });
});

describe('a contents entry with a note in brackets after the headline', () => {
  it('（来自某乡） is no part of the headline it lists', async () => {
    const h = await header('tc2.txt', `青河工会工作简报\n\n2025年第4期（总第77期）\n\n青河县总工会办公室编印　　　　2025年4月16日\n\n本期要目\n　　◎县总工会举办春季职工技能比武\n　　◎户外劳动者驿站运行情况（来自青林镇）\n\n县总工会举办春季职工技能比武\n\n　　4月10日，县总工会举办春季职工技能比武，参赛职工86人，评出一等奖3名。\n（县总工会宣教部　罗晓梅）\n\n户外劳动者驿站运行情况\n\n　　青林镇工会今年建成户外劳动者驿站4个，累计服务户外劳动者1300余人次，比去年同期增加近两成。\n（供稿：青林镇工会　蒋文斌）\n\n报：市总工会\n`);
    expect(h.articles.map((a) => a.title)).toEqual(['县总工会举办春季职工技能比武', '户外劳动者驿站运行情况']);
  });
});
