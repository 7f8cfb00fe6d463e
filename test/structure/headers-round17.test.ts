// Web-page headers (issue 18, round 17): a site's name is never an article's title, whether <title> is
// "site - column", "site" alone or "headline_column_site"; the headline is the heading nearest above the
// page's info line (发布时间 / 来源); a bracket of reporters (通讯员 A 记者 B) in the first paragraph is the
// byline wherever the paragraph sets it. Pages written for this test in the layouts of union sites,
// government portals and news sites.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';

const dir = mkdtempSync(join(tmpdir(), 'headers-r17-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function header(name: string, html: string): Promise<{ title: string | null; byline: string | null; date: string | null; text: string }> {
  const f = join(dir, name);
  writeFileSync(f, html);
  const d = (await processFile(f)).json.document;
  const bare = (s: string | null) => (s == null ? null : s.replace(/[\s\u3000]+/g, ''));
  return { title: bare(d.title), byline: bare(d.byline), date: d.date, text: d.text };
}

const page = (docTitle: string, top: string, article: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${docTitle}</title></head>
<body>${top}<div class="article">${article}</div>
<div class="footer"><p>主办：某某单位</p><p>ICP备12345678号</p></div></body></html>`;

describe('a site name in <title> is no headline', () => {
  it('union site, <title> "site - column", greeting topbar, crumb, h1 above the info line', async () => {
    const h = await header('union.html', page('青禾工会网 - 基层动态',
      '<div class="topbar">欢迎访问青禾工会网 | <a href="#">登录</a></div><div class="crumb">您所在的位置：<a>首页</a> &gt; <a>基层动态</a></div>',
      `<h1>青禾区职工技能竞赛决出12名技术能手</h1><div class="info">发布时间：2025-09-03 10:20　　来源：青禾区总工会　　浏览次数：318</div>
      <div class="content"><p>（通讯员　石晓川　记者　骆文静）9月2日，青禾区第八届职工技能竞赛在区职教中心落幕，共有186名选手参加比赛。</p>
      <p>区总工会表示，将继续搭建技能比武平台。</p></div>`));
    expect(h.title).toBe('青禾区职工技能竞赛决出12名技术能手');
    // (the stored text opens with the headline, and the site's name is nowhere in it)
    expect(h.text.split('\n')[0]).toBe('青禾区职工技能竞赛决出12名技术能手');
    expect(h.text).not.toContain('青禾工会网');
    expect(h.byline).toBe('通讯员石晓川记者骆文静');
    expect(h.date).toBe('2025-09-03');
  });

  it('government portal, <title> "site" alone, headline in div.title', async () => {
    const h = await header('portal.html', page('汶水人社网',
      '<div class="nav"><a>首页</a><a>就业创业</a></div><div class="position">当前位置：首页 » 工作动态</div>',
      `<div class="title">汶水县为32家企业发放稳岗返还资金</div><div class="info">发布日期：2025年08月18日　信息来源：汶水县人力资源和社会保障局</div>
      <div class="zhengwen"><p>近日，汶水县人社局向32家企业发放稳岗返还资金，惠及职工2100余人。</p></div>`));
    expect(h.title).toBe('汶水县为32家企业发放稳岗返还资金');
    expect(h.text).not.toContain('汶水人社网');
  });

  it('news site, <title> "headline_column_site" and an h2 headline', async () => {
    const h = await header('news.html', page('松川县命名5个劳模创新工作室_工会动态_松川在线',
      '<div class="logo">松川在线</div>',
      `<h2>松川县命名5个劳模创新工作室</h2><p class="meta">2025-07-21 15:02　来源：松川县总工会</p>
      <div class="news_content"><p>本报讯 7月20日，（记者 蔺晓东 通讯员 卓雅楠）松川县总工会命名5个县级劳模创新工作室。</p><p>工作室将开展技术攻关。</p></div>`));
    expect(h.title).toBe('松川县命名5个劳模创新工作室');
    expect(h.byline).toBe('记者蔺晓东通讯员卓雅楠');
  });

  it('<title> "site_column_headline": the headline part, not the column, when no heading is shown', async () => {
    const h = await header('reversed.html', page('云岭职工网_职工之家_云岭州为环卫工人送清凉',
      '',
      `<div class="content_text"><p>7月15日，云岭州总工会为全州1200名环卫工人送去防暑降温物品，总价值约18万元。</p></div>`));
    expect(h.title).toBe('云岭州为环卫工人送清凉');
  });
});

describe('the headline a reader sees keeps its place', () => {
  it('a <title> headline shown on the page beats a column heading above the info line', async () => {
    const h = await header('column.html', page('嘉桐市召开2025年劳模座谈会_嘉桐市人民政府',
      '',
      `<h2>嘉桐市政务要闻动态</h2><div>嘉桐市召开2025年劳模座谈会</div><div class="info">发布时间：2025-04-28　来源：嘉桐市总工会</div>
      <div class="TRS_Editor"><p>4月28日，嘉桐市召开劳模座谈会，40名劳模代表参加。</p></div>`));
    expect(h.title).toBe('嘉桐市召开2025年劳模座谈会');
  });

  it('a bracket of names without a reporter role in the first paragraph is no byline', async () => {
    const h = await header('nobyline.html', page('鹿鸣县举办技能比武_鹿鸣县总工会',
      '',
      `<h1>鹿鸣县举办技能比武</h1><div class="info">发布时间：2025-05-09　来源：鹿鸣县总工会</div>
      <div class="content"><p>5月8日，鹿鸣县举办技能比武，县劳模（郎春生 冉桂香）到场指导，共有60名选手参赛。</p></div>`));
    expect(h.title).toBe('鹿鸣县举办技能比武');
    expect(h.byline).toBeNull();
  });
});
