// Headers of round 44: contents entries set off by a white triangle (▷), a writer's label after the name
// with a slash (某某／文), a list's table ending above the signature, an account's article whose author
// field names a body with the reporters under the title. Texts written for this test in those layouts.
import { describe, expect, it } from 'vitest';
import { arts, bare, headerReader } from '../structure/read-header.js';

const header = headerReader('headers-r44-');

const issue = (head: string, body: string) => `桐溪产改动态\n\n第7期\n\n桐溪县产业工人队伍建设改革协调小组办公室　　　　2025年9月12日\n━━━━━━━━━━━━━━━━━━━━\n\n${head}${body}\n\n报：某市产改办\n发：协调小组各成员单位\n`;

describe("a bulletin issue's contents and credits", () => {
  const body = `竹编技能比武落下帷幕\n\n9月3日，桐溪县竹编技能比武在县文化馆举行，全县18家企业的96名职工参赛，评出一等奖3名。\n\n作者：县总工会　秦望舒\n\n青年技工培养计划进展顺利\n\n今年县里遴选青年技工培养对象40名，其中女性12名，已有9人取得技师证书。\n\n县产改办　梅若寒／文`;

  it('entries set off by ▷ under 【本期导读】: the title is the first article, not the contents', async () => {
    const h = await header('t1.txt', issue('【本期导读】\n▷竹编技能比武落下帷幕\n▷青年技工培养计划进展顺利\n\n━━━━━━━━━━━━━━━━━━━━\n\n', body));
    expect(h.title).toBe('竹编技能比武落下帷幕');
    expect(h.byline).toBe('县总工会秦望舒');
    expect(arts(h)).toEqual(['竹编技能比武落下帷幕 / 县总工会 秦望舒', '青年技工培养计划进展顺利 / 县产改办 梅若寒']);
  });

  it('the writer’s label after the name with a slash (／文, /摄) is no part of the byline', async () => {
    const h = await header('t2.txt', issue('', body.replace('作者：县总工会　秦望舒', '（县总工会　秦望舒/文）')));
    expect(arts(h)).toEqual(['竹编技能比武落下帷幕 / 县总工会 秦望舒', '青年技工培养计划进展顺利 / 县产改办 梅若寒']);
  });
});

describe('a notice whose list is a table above the signature', () => {
  const notice = (rows: string) => `清源县总工会\n\n清工〔2025〕8号\n\n# 清源县总工会关于命名2025年度县级职工创新工作室的决定\n\n各基层工会：\n\n经评审，决定命名“茶叶精制创新工作室”等3个工作室为2025年度清源县职工创新工作室。\n\n| 序号 | 工作室名称 | 领衔人 | 依托单位 |\n| --- | --- | --- | --- |\n${rows}\n\n清源县总工会\n2025年9月8日\n`;

  it('the host unit closing the last row is no signature: the issuer is the body that signs', async () => {
    const h = await header('n1.md', notice('| 1 | 茶叶精制创新工作室 | 祁若兰 | 清源县云雾茶业有限公司 |\n| 2 | 竹材加工创新工作室 | 滕远山 | 清源县竹木制品厂 |\n| 3 | 急诊护理创新工作室 | 苗静怡 | 清源县人民医院 |'));
    expect(h.issuers).toEqual(['清源县总工会']);
    expect(h.date).toBe('2025-09-08');
  });
});

describe("an official account's article", () => {
  const page = (author: string, under: string) => `<html><head><title>竹乡3名工匠领衔攻关</title></head><body>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">竹乡3名工匠领衔攻关</h1>
<div class="rich_media_meta_list">
<span class="rich_media_meta_text">原创</span>
<span class="rich_media_meta_text">${author}</span>
<a class="rich_media_meta_nickname">竹乡发布</a>
<em id="publish_time">2025年07月08日 18:06</em>
</div>
<div class="rich_media_content" id="js_content">
${under}<p>7月上旬，竹乡县新挂牌县级职工创新工作室5个，累计达到19个，其中由县级劳动模范领衔的有7个。</p>
<p>据了解，各工作室今年共开展培训140余场，培训职工2,800人次。</p>
<p class="editor">编辑：某某　审核：某某</p>
</div></div></body></html>`;

  it('an author field naming a body: the body is the issuer, the reporters under the title the byline', async () => {
    const h = await header('w1.html', page('竹乡县融媒体中心', '<p>记者　玉香兰　通讯员　俸晓川</p>\n'));
    expect(h.issuers).toEqual(['竹乡县融媒体中心']);
    expect(h.bylineAsWritten).toBe('记者 玉香兰 通讯员 俸晓川');
  });

  it('keeps: with no reporters under the title, the body is the byline as well', async () => {
    const h = await header('w2.html', page('竹乡县融媒体中心', ''));
    expect(h.issuers).toEqual(['竹乡县融媒体中心']);
    expect(bare(h.byline)).toBe('竹乡县融媒体中心');
  });

  it('keeps: an author field naming a person is the byline', async () => {
    const h = await header('w3.html', page('宁采薇', ''));
    expect(h.byline).toBe('宁采薇');
  });
});

describe('credits in other brackets and orders', () => {
  const issue2 = (body: string) => `桐溪人社快报\n\n第3期\n\n桐溪县人力资源和社会保障局　　　　2025年6月18日\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n\n${body}\n\n━━━━━━━━━━━━━━━━━━━━\n报：某州人社局\n送：县级有关部门\n`;

  it('the reporters’ unit run into the first role in the lead bracket: the unit stays before the role', async () => {
    const h = await header('c1.txt', issue2('竹编技能大师工作室通过州级认定\n\n（桐溪县融媒体中心记者　阿依古丽　通讯员　冉星河）6月中旬，州人社局公布州级技能大师工作室认定结果，全州共认定9个，我县1个入选。\n\n我县举办家政服务专场招聘\n\n■本报通讯员　罗晓霞\n\n6月10日，县人社局举办家政服务专场招聘会，共有26家企业参加，提供岗位300余个。'));
    expect(h.bylineAsWritten).toBe('桐溪县融媒体中心记者 阿依古丽 通讯员 冉星河');
    expect(arts(h)[0]).toBe('竹编技能大师工作室通过州级认定 / 桐溪县融媒体中心记者 阿依古丽 通讯员 冉星河');
  });

  it('a credit in tortoise-shell brackets under the title: the unit and the writer, the label dropped', async () => {
    const h = await header('c2.txt', issue2('竹编技能大师工作室开展技术攻关\n〔县总工会　撰稿人：钟晚晴〕\n\n今年以来，工作室完成技术革新7项，培训职工420人次，其中女职工210人次。\n\n我县举办家政服务专场招聘\n\n■本报通讯员　罗晓霞\n\n6月10日，县人社局举办家政服务专场招聘会，共有26家企业参加，提供岗位300余个。'));
    expect(arts(h)[0]).toBe('竹编技能大师工作室开展技术攻关 / 县总工会 钟晚晴');
  });
});

describe('a report by a group under its title, dated by the month', () => {
  const report = (group: string, end: string) => `关于桐溪县农民工技能提升情况的调研报告\n\n${group}\n（2025年10月）\n\n为了解全县农民工技能状况，9月下旬，调研组深入6个乡镇和12家企业开展调研，共发放问卷1,200份，回收有效问卷1,104份。\n\n一、基本情况\n\n全县农村劳动力约5.2万人，其中外出务工的2.1万余人。\n\n二、对策建议\n\n建议县财政每年安排技能提升专项资金不低于200万元。\n\n${end}\n`;

  it('the month alone in brackets is the date (2025-10)', async () => {
    const h = await header('r1.txt', report('桐溪县总工会调研组', '执笔：邵青禾'));
    expect(h.date).toBe('2025-10');
    expect(h.issuers).toEqual(['桐溪县总工会']);
    expect(h.byline).toBe('桐溪县总工会调研组');
  });

  it('a joint group with its drafters: every body sending it issues the report, the line credits it', async () => {
    const h = await header('r2.txt', report('桐溪县人力资源和社会保障局　桐溪县总工会联合调研组', '执笔：邵青禾　樊若水'));
    expect(h.issuers).toEqual(['桐溪县人力资源和社会保障局', '桐溪县总工会']);
    expect(h.bylineAsWritten).toBe('桐溪县人力资源和社会保障局 桐溪县总工会联合调研组');
  });

  it('keeps: a day signed at the end wins over no date; a month with a day under the title is no month date', async () => {
    const h = await header('r3.txt', report('桐溪县总工会调研组', '桐溪县总工会调研组\n2025年10月28日').replace('（2025年10月）\n', ''));
    expect(h.date).toBe('2025-10-28');
  });
});

describe('a notice on a page that names its source', () => {
  it('signed by two bodies, the page’s source one of them: the source alone issues the page', async () => {
    const h = await header('s1.html', `<html><head><title>关于2025年度“青川工匠”拟认定人选的公示-青川县人民政府</title></head><body>
<div class="crumb">当前位置：首页 &gt;&gt; 政务公开 &gt;&gt; 公示公告</div>
<table class="panel"><tr><td>发文机关：</td><td>青川县人力资源和社会保障局</td><td>成文日期：</td><td>2025-09-03</td></tr>
<tr><td>发布日期：</td><td>2025-09-04</td><td>发文字号：</td><td>青人社秘〔2025〕12号</td></tr></table>
<h1>关于2025年度“青川工匠”拟认定人选的公示</h1>
<p>经各单位推荐、专家评审，拟认定柏云舟等6名同志为2025年度“青川工匠”，现予公示。</p>
<p>公示时间：2025年9月4日至9月10日。</p>
<p>青川县人力资源和社会保障局　青川县总工会</p>
<p>2025年9月3日</p>
<div class="tools">【打印本页】【关闭窗口】</div>
</body></html>`);
    expect(h.issuers).toEqual(['青川县人力资源和社会保障局']);
  });
});
