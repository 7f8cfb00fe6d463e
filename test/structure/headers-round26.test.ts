// Headers of issue 18, round 26: a bulletin's contents heading set off by a typographic mark (▲本期要目,
// ◆ 目录 ◆) is no title; headlines that each open with the same mark (◎/■/★) are the articles,
// the mark dropped; a reporter's role used as a byline label (通讯员：A\u3000B) is kept as credited. Texts
// written for this test in the layouts of those genres.
import { describe, expect, it } from 'vitest';
import { headerReader, arts } from './read-header.js';

const header = headerReader('headers-r26-');

const p1 = '　　9月中旬，全县举办焊工、电工技能比武，共有126名职工参赛，决出一等奖3名、二等奖6名。\n';
const p2 = '　　今年以来，该镇依托码头建成驿站2个，配备休息室和药箱，已为货车司机提供服务800余人次。\n';

describe('a contents heading set off by a mark', () => {
  it('▲本期要目 between two rules of equals signs', async () => {
    const h = await header('toc1.txt', `临河区总工会\n\n工　作　简　报\n\n2025年第5期\n\n临河区总工会办公室　　　　2025年6月20日\n\n========================\n\n▲本期要目\n　　全区举办职工技能比武\n　　沙尔镇驿站投入使用\n\n========================\n\n全区举办职工技能比武\n\n${p1}\n（区总工会经审办）\n\n========================\n\n沙尔镇驿站投入使用\n\n${p2}\n（沙尔镇总工会　任佳音）\n`);
    expect(h.title).toBe('全区举办职工技能比武');
    expect(arts(h)).toEqual(['全区举办职工技能比武 / 区总工会经审办', '沙尔镇驿站投入使用 / 沙尔镇总工会 任佳音']);
  });

  it('◆ 目录 ◆ with a colon-less heading and dashes as rules', async () => {
    const h = await header('toc2.txt', `某县人社局\n\n人社动态\n\n2025年第8期\n\n某县人社局办公室　　　　2025年8月8日\n\n— — — — — — — — — —\n\n◆ 目录 ◆\n1. 全县举办职工技能比武\n2. 城关镇驿站投入使用\n\n— — — — — — — — — —\n\n全县举办职工技能比武\n\n（县人社局职业能力建设股　龙晓梅）\n\n${p1}\n城关镇驿站投入使用\n\n（城关镇人社所　付海涛）\n\n${p2}`);
    expect(h.title).toBe('全县举办职工技能比武');
    expect(arts(h).length).toBe(2);
    expect(h.articles[1]!.byline).toBe('城关镇人社所 付海涛');
  });

  it('▶本期要目◀ in traditional script, no rules', async () => {
    const h = await header('toc3.txt', `某市總工會\n\n工作簡報\n\n2025年第3期\n\n某市總工會辦公室　　　　2025年5月6日\n\n▶本期要目◀\n　　全縣舉辦職工技能比武\n　　城關鎮驛站投入使用\n\n全縣舉辦職工技能比武\n\n（縣總工會　龍曉梅）\n\n　　9月中旬，全縣舉辦焊工、電工技能比武，共有126名職工參賽。\n\n城關鎮驛站投入使用\n\n（城關鎮總工會　付海濤）\n\n　　今年以來，該鎮依託碼頭建成驛站2個，已服務貨車司機800餘人次。\n`);
    expect(h.title).toBe('全縣舉辦職工技能比武');
    expect(h.title).not.toMatch(/要目/);
  });
});

describe('headlines opened by the same mark', () => {
  it('◎ headlines between dashed rules, credits closing, under the title and bare', async () => {
    const h = await header('mk1.txt', `某县产业工人队伍建设改革\n\n快　　报\n\n2025年第2期（总第9期）\n\n某县产改工作领导小组办公室　　　　2025年4月30日\n\n— — — — — — — — — —\n\n◎ 全县举办职工技能比武\n\n${p1}\n（县总工会　供稿）\n\n— — — — — — — — — —\n\n◎ 城关镇驿站投入使用\n\n通讯员：付海涛　龙晓梅\n\n${p2}\n— — — — — — — — — —\n\n◎ 一名焊工的三十年\n\n　　清晨六点，车间里已经亮起焊花，老焊工石大勇又带着徒弟开始了一天的工作。\n\n（石晓川）\n`);
    expect(h.title).toBe('全县举办职工技能比武');
    expect(arts(h)).toEqual(['全县举办职工技能比武 / 县总工会', '城关镇驿站投入使用 / 通讯员 付海涛 龙晓梅', '一名焊工的三十年 / 石晓川']);
  });

  it('★ headlines with no space after the mark', async () => {
    const h = await header('mk2.txt', `某市总工会\n\n工会信息\n\n第11期\n\n某市总工会宣教部　　　　2025年11月3日\n\n★全市举办职工技能比武\n\n（市总工会经济技术部）\n\n${p1}\n★城关镇驿站投入使用\n\n（城关镇总工会　付海涛）\n\n${p2}`);
    expect(arts(h).map((a) => a.split(' / ')[0])).toEqual(['全市举办职工技能比武', '城关镇驿站投入使用']);
    expect(h.title).toBe('全市举办职工技能比武');
  });

  it('a mark before one credit line only is no headline series (■ unit name)', async () => {
    const h = await header('mk3.txt', `某市人社局\n\n人社动态\n\n2025年第7期\n\n某市人社局办公室　　　　2025年7月8日\n\n全市举办职工技能比武\n\n■ 职业能力建设科　郭晓然\n\n${p1}\n城关镇驿站投入使用\n\n■ 城关镇人社所　付海涛\n\n${p2}`);
    expect(arts(h)).toEqual(['全市举办职工技能比武 / 职业能力建设科 郭晓然', '城关镇驿站投入使用 / 城关镇人社所 付海涛']);
  });
});

const report = '\n\n主任、各位副主任、各位委员：\n\n　　受市人民政府委托，现将有关情况报告如下，请予审议。\n\n　　一、基本情况\n\n　　全市技能劳动者总量达到3.1万人，其中高技能人才6200人。\n';

describe('a speaker announced by a label', () => {
  it('报告人：post　name, the date in brackets', async () => {
    const h = await header('sp1.txt', `关于全市职业技能培训工作情况的报告\n\n报告人：临湘市人力资源和社会保障局局长　任佳音\n（2025年5月20日）${report}`);
    expect(h.byline).toBe('临湘市人力资源和社会保障局局长任佳音');
    expect(h.issuers).toEqual(['临湘市人力资源和社会保障局']);
    expect(h.date).toBe('2025-05-20');
  });

  it('汇报人: with a half-width colon and a post of two offices', async () => {
    const h = await header('sp2.txt', `关于全县新就业形态劳动者入会工作的汇报\n\n汇报人: 桐梓县总工会党组书记、主席　龙晓梅\n（2025年3月6日）${report}`);
    expect(h.byline).toBe('桐梓县总工会党组书记、主席龙晓梅');
    expect(h.issuers).toEqual(['桐梓县总工会']);
  });

  it('報告人： in traditional script under an occasion line', async () => {
    const h = await header('sp3.txt', `關於全市產業工人隊伍建設改革情況的報告\n\n——2025年7月2日在醴陵市人大常委會第十六次會議上\n\n報告人：醴陵市總工會主席　付海濤${report}`);
    expect(h.byline).toBe('醴陵市總工會主席付海濤');
    expect(h.issuers).toEqual(['醴陵市總工會']);
    expect(h.date).toBe('2025-07-02');
  });
});

const story = '　　10月19日，全县第三届竹编职工技能竞赛落下帷幕，来自26家企业的118名职工参赛，决出一等奖3名。\n　　竞赛由县总工会、县人社局联合主办。\n';

describe('a newspaper page copied as text', () => {
  it('labelled kicker, headline and subtitle; 本报讯 with two reporters', async () => {
    const h = await header('np1.txt', `安溪日报\n2025年10月24日　星期五　　第03版：要闻\n\n引题：百余名职工同台竞技\n主题：竹乡“比”出技能新标杆\n副题：全县竹编技能人才突破2000人\n\n　　本报讯（记者　石晓川　通讯员　付海涛）${story}`);
    expect(h.title).toBe('竹乡“比”出技能新标杆');
    expect(h.issuers).toEqual(['安溪日报']);
    expect(h.date).toBe('2025-10-24');
    expect(h.byline).toBe('记者石晓川通讯员付海涛');
  });

  it('paper and page on one line, unlabelled kicker/headline/dashed subtitle', async () => {
    const h = await header('np2.txt', `黔东南日报　2025年6月3日　第A2版\n\n百余名职工同台竞技\n竹乡“比”出技能新标杆\n——全州竹编技能人才突破2000人\n\n　　本报讯（记者　龙晓梅）${story}`);
    expect(h.title).toBe('竹乡“比”出技能新标杆');
    expect(h.issuers).toEqual(['黔东南日报']);
    expect(h.date).toBe('2025-06-03');
    expect(h.byline).toBe('记者龙晓梅');
  });

  it('traditional script, 肩題/正題 labels, a dateline 本報某地某日電 before the reporters', async () => {
    const h = await header('np3.txt', `南平晚報\n2025年9月9日　星期二　第B5版：縣域\n\n肩題：百餘名職工同臺競技\n正題：竹鄉“比”出技能新標杆\n\n　　本報南平9月8日電（記者　任佳音　通訊員　石曉川）全縣第三屆竹編職工技能競賽落下帷幕，118名職工參賽。\n`);
    expect(h.title).toBe('竹鄉“比”出技能新標杆');
    expect(h.issuers).toEqual(['南平晚報']);
    expect(h.date).toBe('2025-09-09');
    expect(h.byline).toBe('記者任佳音通訊員石曉川');
  });
});

describe('a portal panel stating the day written and the day published', () => {
  const page = (panel: string, sub = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市人民政府</title></head><body>
<div class="position">您的位置：<a>首页</a> / <a>政务公开</a> / <a>部门动态</a></div>${panel}
<div class="article"><h1>全市新认定一批技能大师工作室</h1>${sub}
<div class="content"><p>　　近日，市人社局认定3个工作室为年度市级技能大师工作室，每个给予建设补助2万元。</p><p>　　工作室全部建在特色产业一线。</p></div></div>
<div class="footer"><p>主办单位：某市人民政府办公室</p></div></body></html>`;

  it('a news item with no 文号: the day it went up (ul panel, 成文日期 first)', async () => {
    const h = await header('pd1.html', page('<ul class="info"><li>索 引 号：0000-2025-0031</li><li>发布机构：临湘市人力资源和社会保障局</li><li>成文日期：2025-09-02</li><li>文　　号：</li><li>发布日期：2025-09-04</li></ul>'));
    expect(h.date).toBe('2025-09-04');
  });

  it('a news item, the day it went up on the line under the headline (日期：)', async () => {
    const h = await header('pd2.html', page('<table class="info"><tr><td>成文日期：2025-03-10</td><td>发布机构：桐梓县人力资源和社会保障局</td></tr></table>', '<div class="sub">日期：2025-03-12 10:20　　来源：县人社局</div>'));
    expect(h.date).toBe('2025-03-12');
  });

});
