// Web pages: a GBK page from a TRS site and a UTF-8 page without a known container (Readability),
// both wrapped in site chrome, written from the samples (test/fixtures/formats/make.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../../../src/ingest/html.js';
import { ingestFile } from '../../../src/ingest/index.js';
import { normalize } from '../../../src/normalize/index.js';
import { processFile } from '../../../src/pipeline/process.js';
import { contentKey } from '../../../src/normalize/similar.js';
import { bare, similarity } from '../../normalize/similarity.js';

const fixture = (f: string) => fileURLToPath(new URL(`../../fixtures/formats/${f}`, import.meta.url));
const sample = (f: string) => fileURLToPath(new URL(`../../../samples/${f}`, import.meta.url));

const header = (d: { document: Record<string, unknown> }) => {
  const { series, year, issue, totalIssue, date, docNumber, issuers, title, byline } = d.document;
  return { series, year, issue, totalIssue, date, docNumber, issuers, title, byline };
};

/** Text of the chrome that the fixtures carry around the article: none of it may reach the canonical text
 * (the footer's sponsor fields do: 主办单位, 版权所有). */
const CHROME = ['打印', '关闭窗口', '分享到', '扫一扫', '当前位置', '上一篇', '下一篇', '相关链接', '热点专题', '网站地图', 'ICP备', '公网安备', '无障碍', '请输入关键词', '浏览次数', '字号', '政务公开', 'siteConfig'];

describe('web pages', () => {
  for (const [page, docx, source, md, encoding, body] of [
    ['kuaibao-2022-23-tobacco.gbk.html', 'kuaibao-2022-23-tobacco.docx', 'kuaibao-2022-23-tobacco.txt', false, /^GB18030/, '云南省总工会'],
    ['kuaibao-2021-10-qujing.htm', 'kuaibao-2021-10-qujing.docx', 'kuaibao-2021-10-qujing.md', true, /^UTF-8/, '曲靖市总工会'],
  ] as const) {
    // the footer's sponsor fields close the page's text (the bodies running the site); the rest of it stays out
    const footer = [`主办单位：${body} 承办单位：信息中心`, `版权所有：${body}`];
    it(`${page}: the article as the DOCX gives it (paragraphs, header, content key), then the footer's sponsors`, async () => {
      const r = await ingestFile(fixture(page));
      expect(r.format).toBe('html');
      expect(r.encoding).toMatch(encoding);
      const text = normalize(r).text;
      for (const c of CHROME) expect(text).not.toContain(c);
      const article = text.split('\n').slice(0, -footer.length).join('\n');
      expect(similarity(article, bare(readFileSync(sample(source), 'utf8'), md))).toBeGreaterThanOrEqual(0.98);
      const [a, b] = await Promise.all([processFile(fixture(page)), processFile(sample(docx))]);
      expect(a.json.document.text.split('\n')).toEqual([...b.json.document.text.split('\n'), ...footer]);
      expect(contentKey(a.json.document.text.split('\n').slice(0, -footer.length).join('\n'))).toBe(b.contentKey);
      expect(header(a.json)).toEqual(header(b.json));
    });
  }

  it('keeps the page meta tags', async () => {
    const r = (await ingestFile(fixture('kuaibao-2022-23-tobacco.gbk.html'))) as { meta?: Record<string, string | null> };
    expect(r.meta).toEqual({ title: '云南省烟草专卖局（公司）“五坚持五聚力”全力推动产业工人队伍建设改革走深走实', date: '2022-10-09 16:30', source: '省产改办', site: '云南省总工会' });
  });

  it('puts the page title first when the article body does not carry it; <br> splits paragraphs', async () => {
    const html = `<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="关于举办职工技能大赛的通知"></head><body>
      <div class="crumb">当前位置：首页 &gt; 通知公告</div><h1>关于举办职工技能大赛的通知</h1>
      <div id="zoom"><p>各州（市）总工会：</p><p>为弘扬劳模精神和工匠精神，定于2023年5月举办全省职工技能大赛。<br>比赛设焊工、电工、钳工3个工种。</p><p>【打印】【关闭】</p><div style="display:none">内部编号：A-17</div></div></body></html>`;
    const lines = normalize(await ingestFile('notice.html', Buffer.from(html))).text.split('\n');
    expect(lines).toEqual(['关于举办职工技能大赛的通知', '各州（市）总工会：', '为弘扬劳模精神和工匠精神，定于2023年5月举办全省职工技能大赛。', '比赛设焊工、电工、钳工3个工种。']);
  });

  it('decodes an undeclared GBK page by detection, a mis-declared one too', () => {
    const gbk = readFileSync(fixture('kuaibao-2022-23-tobacco.gbk.html'));
    const undeclared = Buffer.from(gbk.toString('latin1').replace(/charset=gb2312/, ''), 'latin1');
    expect(decodeHtml(undeclared).text).toContain('五坚持五聚力');
    const wrong = Buffer.from(gbk.toString('latin1').replace(/charset=gb2312/, 'charset=utf-8'), 'latin1');
    expect(decodeHtml(wrong).text).toContain('五坚持五聚力');
  });

  it('a page without an article is refused with the reason', async () => {
    await expect(ingestFile('empty.html', Buffer.from('<html><body><div class="nav"><a href="/">首页</a></div></body></html>'))).rejects.toThrow(/empty\.html: web page (without an article|article has no text)/);
  });
});
