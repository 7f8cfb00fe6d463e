// Headers of issue 18, round 28: a bureau's section credited bare (某某股供稿) and a credit labelled with
// its article (（本文执笔：unit）) close a bulletin's articles; an official account's article saved as
// text is issued by the account its account line names, headed by a two-clause headline, credited by a
// short unit and a reporter's role (某某融媒 记者：A B); an e-paper page's masthead gives the paper and
// the day. Texts written for this test in the layouts of those genres.
import { describe, expect, it } from 'vitest';
import { headerReader, arts } from './read-header.js';
import { bylineOf, pageLayout } from '../../src/structure/page.js';

const header = headerReader('headers-r28-');

describe('bulletin credits', () => {
  it('a section with 供稿 and 本文执笔 in brackets close their articles', async () => {
    const h = await header('sec.txt', `某县人社局\n\n工作动态\n\n2025年第7期\n\n某县人社局办公室　　　　2025年7月15日\n\n【本期导读】\n　·甲镇开办家政培训班\n　·上半年劳动维权工作综述\n\n＊＊＊＊＊＊＊＊＊＊＊＊\n\n甲镇开办家政培训班\n\n　　7月，甲镇开办家政培训班，共有学员42人，结业后已有30人实现就业。\n　　职业能力建设股供稿\n\n上半年劳动维权工作综述\n\n　　上半年，县劳动保障监察大队共受理欠薪投诉17件，为96名劳动者追回工资82万元。\n\n（本文执笔：县劳动保障监察大队）\n`);
    expect(arts(h)).toEqual(['甲镇开办家政培训班 / 职业能力建设股', '上半年劳动维权工作综述 / 县劳动保障监察大队']);
  });
});

describe('a section credited bare', () => {
  it('is a section by its ending, never a share held, and a role after a unit needs names', () => {
    expect(bylineOf(pageLayout(), '就业促进股供稿')).toBe('就业促进股');
    expect(bylineOf(pageLayout(), '某某集团控股供稿')).toBeNull();
    expect(bylineOf(pageLayout(), '某县融媒 记者：走进一线')).toBeNull();
  });
});

describe('an official account article saved as text', () => {
  it('the account issues it, the headline has two clauses, a short unit credits the reporters', async () => {
    const h = await header('acct.txt', `原创　某县发布　2025年09月12日 20:15　云南\n\n那个把焊花开成风景的人，又带出了三个徒弟\n\n某县融媒 记者：杨慧敏 董海川\n\n　　9月上旬，县总工会公布名单，3名职工获评“某县工匠”。\n\n编辑：石晓川\n`);
    expect(h).toMatchObject({ title: '那个把焊花开成风景的人，又带出了三个徒弟', issuers: ['某县发布'], date: '2025-09-12', bylineAsWritten: '某县融媒 记者 杨慧敏 董海川' });
  });
});

describe('an e-paper page', () => {
  it('the masthead names the paper and the day; reporters under a bullet are the byline', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某日报数字报-第A03版：要闻-全县评出8名金牌工人</title></head><body>
<div class="top"><span class="logo">某某日报</span><span class="date">2025年06月03日　星期二</span><a href="#">往期回顾</a></div>
<div class="article"><p class="yinti">技能人才唱主角</p><h1>全县评出8名金牌工人</h1><p class="author">□记者　石晓川　通讯员　杨慧敏</p>
<div class="content"><p>　　本报讯　6月1日，县总工会召开表彰大会，8名职工获评“金牌工人”，6个班组获评县级工人先锋号。</p>
<p>　　据了解，今年的评选共收到推荐人选26名，经评审、公示，最终评出8名。</p></div></div></body></html>`;
    const h = await header('paper.html', html);
    expect(h).toMatchObject({ title: '全县评出8名金牌工人', issuers: ['某某日报'], date: '2025-06-03', bylineAsWritten: '记者 石晓川 通讯员 杨慧敏' });
  });
});
