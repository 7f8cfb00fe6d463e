// Headers of round 69: a report's author body under its subtitle and occasion, over the date it was given on;
// an official account's page whose source and author carry the tag 原创, whose account is set before the info
// line, and whose IP region stands in the author's place. Texts written for this test in the layouts of those genres.
import { describe, expect, it } from 'vitest';
import { headerReader } from './read-header.js';

const header = headerReader('headers-r69-');

describe("a report's body between its subtitle and the date", () => {
  it('issues the report, the subtitle and the occasion stepped over', async () => {
    const h = await header('rp1.txt', `搭平台　强技能　暖人心\n——青河县总工会推进产业工人队伍建设改革的做法\n（在全市工会产改工作推进会上的交流发言）\n\n青河县总工会\n（2025年12月18日）\n\n近年来，县总工会立足县域产业特点，累计建成创新工作室21个，其中省级2个、市级5个。\n`);
    expect(h.issuers).toEqual(['青河县总工会']);
    expect(h.date).toBe('2025-12-18');
  });
  it('takes no line of a sentence for the body', async () => {
    const h = await header('rp2.txt', `搭平台　强技能　暖人心\n——青河县推进产业工人队伍建设改革的做法\n\n近年来，县总工会立足县域产业特点，累计建成创新工作室21个。\n（2025年12月18日）\n`);
    expect(h.issuers).toEqual([]);
  });
});

const page = (meta: string, foot = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>8名职工获评“青河县最美职工”</title></head><body>
<div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">8名职工获评“青河县最美职工”！</h1>
<div class="rich_media_meta_list">${meta}</div>
<div class="rich_media_content" id="js_content"><p>▲长按识别二维码，关注“青河工会”</p>
<p>1月6日，青河县总工会召开表彰大会，授予8名职工“青河县最美职工”称号，每人颁发证书和奖金2000元。</p>
<p>这8名最美职工是从全县推荐的三十六名候选人中评出来的，一线职工占到三分之二。</p>${foot}</div></div></body></html>`;

describe("an official account's page", () => {
  it('reads the info line after the account that carried the page, and no region for the author', async () => {
    const h = await header('wx1.html', page('<span class="rich_media_meta rich_media_meta_text">青河工会</span><span id="publish_time" class="rich_media_meta rich_media_meta_text">2026年1月8日 19:42</span><span class="rich_media_meta rich_media_meta_text">新疆</span>',
      '<p>来源：青河县总工会</p>'));
    expect(h.issuers).toEqual(['青河县总工会']);
    expect(h.date).toBe('2026-01-08');
    expect(h.byline).toBeNull();
  });
  it('drops the tag 原创 before the source', async () => {
    const h = await header('wx2.txt', `8名职工获评“青河县最美职工”\n发布时间：2025年12月29日20:16来源：原创 青河县总工会 作者：原创 青河县总工会\n　　12月26日，青河县总工会召开表彰会，授予8名职工“青河县最美职工”称号。\n`);
    expect(h.issuers).toEqual(['青河县总工会']);
  });
});
