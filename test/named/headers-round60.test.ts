// Headers of round 60: a page dated by the day it went up, a joint notice signed one body a line with
// each body's own date, a plan dated by the meeting that adopted it, a speech whose issuer is the body
// of the speaker's last post or of the place the speech names short.
// Texts written for this test in those layouts.
import { describe, expect, it } from 'vitest';
import { headerReader } from '../structure/read-header.js';

const header = headerReader('headers-r60-');

describe('a web page carrying a signed notice', () => {
  const page = `<html><head><title>青川县总工会关于命名2025年度县级劳模创新工作室的决定_青川县人民政府</title></head><body>
<div class="crumbs">当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a></div>
<h1>青川县总工会关于命名2025年度县级劳模创新工作室的决定</h1>
<div class="info">发布日期：2025-10-30　　来源：青川县总工会　　阅读：321次</div>
<div class="content">
<p style="text-align:center">青工发〔2025〕12号</p>
<p>各基层工会：</p>
<p>经评审，决定命名“竹编技艺创新工作室”等5个工作室为2025年度青川县劳模创新工作室。</p>
<p style="text-align:right">青川县总工会</p>
<p style="text-align:right">2025年10月27日</p>
</div></body></html>`;

  it('is dated by the day the page went up (发布日期), not by the signature three days before', async () => {
    const h = await header('p1.html', page);
    expect(h.date).toBe('2025-10-30');
    expect(h.issuers).toEqual(['青川县总工会']);
    expect(h.docNumber).toBe('青工发〔2025〕12号');
  });
});

describe('a joint notice signed one body a line, each with its date', () => {
  const notice = (sig: string) => `柳江市人社发〔2025〕8号\n\n关于公布2025年度柳江市“乡村工匠”认定结果的通知\n\n各县（区）人力资源和社会保障局、总工会：\n\n经个人申报、县级初审和市级评审，认定吴守田等12名同志为2025年度柳江市“乡村工匠”。\n\n附件：2025年度柳江市“乡村工匠”名单\n\n${sig}\n\n附件\n\n2025年度柳江市“乡村工匠”名单\n\n吴守田　某县某镇　传统手工艺（竹编）\n`;

  it('every body issues it; it is dated by the last day signed', async () => {
    const h = await header('j1.txt', notice('柳江市人力资源和社会保障局　　　　2025年9月3日\n柳江市总工会　　　　　　　　　　　2025年9月5日\n共青团柳江市委员会　　　　　　　　2025年9月4日'));
    expect(h.issuers).toEqual(['柳江市人力资源和社会保障局', '柳江市总工会', '共青团柳江市委员会']);
    expect(h.date).toBe('2025-09-05');
  });

  it('keeps: a single body and date on a line above an annex is not read as a joint block', async () => {
    const h = await header('j2.txt', notice('柳江市总工会　　　　2025年9月5日\n\n吴守田　某县某镇　2025年9月1日'));
    expect(h.issuers).not.toContain('吴守田某县某镇');
  });
});

describe('a plan adopted at a meeting', () => {
  it('the day the meeting adopted it, in brackets under the title, is its date', async () => {
    const h = await header('a1.txt', '临溪县总工会2026年工作要点\n\n（2025年12月9日县总工会十六届三次全委（扩大）会议通过）\n\n2026年是规划开局之年，全县各级工会要围绕中心、服务大局，扎实做好各项工作。\n\n一、主要任务\n\n全年新建劳模创新工作室5个，培训职工3000人次。\n');
    expect(h.title).toBe('临溪县总工会2026年工作要点');
    expect(h.date).toBe('2025-12-09');
    expect(h.issuers).toEqual(['临溪县总工会']);
    expect(h.byline).toBeNull();
  });
});

describe("a speech's issuer", () => {
  const speech = (speaker: string, body: string) => `在全县技能人才工作推进会上的讲话\n\n${speaker}\n\n（2025年9月16日）\n\n同志们：\n\n${body}\n\n谢谢大家！\n`;

  it('a speaker with posts in two bodies speaks for the body of the last one', async () => {
    const h = await header('s1.txt', speech('县委常委、县总工会主席　欧阳明远', '今年以来，全县新命名“隆德工匠”10名，隆德县宏达起重有限公司等8家企业建成职工书屋。全县技能人才总量达到2.3万人。'));
    expect(h.byline).toBe('县委常委、县总工会主席欧阳明远');
    expect(h.issuers).toEqual(['隆德县总工会']);
  });

  it('a county named only short, in the names of its own honours and brands, completes the government', async () => {
    const h = await header('s2.txt', speech('副县长　穆远航', '今年新命名“崇信工匠”8名，劳务品牌“崇信巧媳妇”带动就业1200人。明年要评选第三批“崇信工匠”。'));
    expect(h.issuers).toEqual(['崇信县人民政府']);
  });

  it('keeps: no place named twice, no issuer guessed', async () => {
    const h = await header('s3.txt', speech('副县长　穆远航', '今年新命名工匠8名，带动就业1200人。'));
    expect(h.issuers).toEqual([]);
  });
});

describe('keeps: a source a county portal carries', () => {
  const page = (source: string) => `<html><head><title>崇信县表彰12名技术能手_工作动态_崇信县人民政府</title></head><body>
<div class="crumbs">当前位置：<a href="#">首页</a> &gt; <a href="#">工作动态</a></div>
<h1>崇信县表彰12名技术能手</h1>
<div class="info"><span>发布时间：2025-10-16 17:42</span><span>信息来源：${source}</span><span>浏览次数：138</span></div>
<div class="content"><p>10月14日，县总工会、县人社局联合召开表彰会，授予12名职工“崇信县技术能手”称号。</p></div>
</body></html>`;

  it('a bureau of the government named by its level is completed and written in full', async () => {
    const h = await header('c1.html', page('县人社局'));
    expect(h.issuers).toEqual(['崇信县人力资源和社会保障局']);
  });
});
