// Organisations, round 18 of issue 18: the bodies a web page's footer names as running the site (主办 /
// 承办 / 协办 / 版权所有 / 技术支持) are organisations of the page to its reader; the footer's other fields
// (地址, 电话, 邮编, ICP) stay out of the text, and the article's closing byline stays its byline. Pages
// written for this test.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';

const dir = mkdtempSync(join(tmpdir(), 'org-r18-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function page(article: string, footer: string): Promise<{ orgs: string[]; text: string; byline: string | null }> {
  const f = join(dir, `p${n++}.html`);
  writeFileSync(f, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>职工技能培训见成效_工作动态</title></head>
<body><h1 class="title">职工技能培训见成效</h1><div class="info">发布时间：2025-09-12 来源：市总工会</div>
<div class="TRS_Editor"><p>下一步，将继续围绕重点产业开展订单式培训，推动更多职工提升技能、稳定就业，为地方经济发展提供人才支撑。</p>${article}</div><div class="gov-foot">${footer}</div></body></html>`);
  const j = (await processFile(f)).json;
  return { orgs: j.entities.filter((e) => e.type === 'org').map((e) => e.canonical), text: j.document.text, byline: j.document.byline };
}

describe('a web page footer: the bodies running the site', () => {
  it('主办 and 承办 on one line, a space apart', async () => {
    const p = await page('<p>今年以来，全市举办职工技能培训班12期，培训职工860人次。</p>',
      '<p>主办：临泽县人民政府办公室　　承办：临泽县融媒体中心</p><p>联系电话：0936-5551234　　甘ICP备05001234号</p>');
    expect(p.orgs).toEqual(expect.arrayContaining(['临泽县人民政府办公室', '临泽县融媒体中心']));
    expect(p.text).not.toContain('ICP');
    expect(p.text).not.toContain('0936');
  });
  it('主办单位 and 技术支持, and 版权所有 before an address field', async () => {
    const a = await page('<p>9月，全县组织技能竞赛5场，参赛职工300余人。</p>',
      '<p>主办单位：五峰土家族自治县人民政府办公室　技术支持：五峰土家族自治县大数据中心</p>');
    expect(a.orgs).toEqual(expect.arrayContaining(['五峰土家族自治县人民政府办公室', '五峰土家族自治县大数据中心']));
    const b = await page('<p>8月，全市新建职工驿站6个。</p>',
      '<p>版权所有：舟山市总工会　地址：舟山市定海区临城街道海天大道88号　邮编：316021</p>');
    expect(b.orgs).toContain('舟山市总工会');
    // the address is no field kept: its street office is no organisation of the page
    expect(b.orgs.some((o) => o.includes('临城街道'))).toBe(false);
    expect(b.text).not.toContain('邮编');
  });
  it('keeps the article\'s closing byline a line of its own, and reads no footer line without such a label', async () => {
    const p = await page('<p>全市职工技能竞赛圆满落幕，评出技术能手20名。</p><p>本次竞赛设焊工、电工、数控车工3个项目，共有216名职工参赛，参赛人数创历年新高。</p><p>（记者 杜文静 通讯员 韩立）</p>',
      '<p>协办：榆林市职工服务中心</p><p>地址：榆林市榆阳区新建南路12号　电话：0912-3331234</p>');
    expect(p.orgs).toContain('榆林市职工服务中心');
    // the footer line stands on a line of its own, not glued to the byline that closes the article
    expect(p.text).toMatch(/\n（记者\s*杜文静\s*通讯员\s*韩立）\n协办：榆林市职工服务中心$/);
    expect(p.text).not.toContain('新建南路');
  });
  it('reads a label after the name, copyright noise and bars, and keeps the byline above the footer', async () => {
    const p = await page('<p>本月，全区新建职工书屋4家，配送图书1200册。（记者 蒙晓丹 通讯员 范启东）</p>',
      '<p>Copyright © 2016-2025 三江侗族自治县总工会 版权所有 | 运维单位：三江侗族自治县数据中心 | 桂ICP备16001234号-1</p><p>柳州市总工会主办　网站标识码：4502000031</p>');
    expect(p.orgs).toEqual(expect.arrayContaining(['三江侗族自治县总工会', '三江侗族自治县数据中心', '柳州市总工会']));
    expect(p.byline?.replace(/\s+/g, '')).toBe('记者蒙晓丹通讯员范启东');
    expect(p.text).not.toMatch(/ICP|网站标识码|Copyright/);
  });
  it('keeps nothing of a footer without a sponsor field', async () => {
    const p = await page('<p>今年全县新增劳模创新工作室3个。</p>', '<p>本站版权所有　未经许可不得转载</p><p>地址：某县人民路1号　邮编：000000</p>');
    expect(p.text.split('\n').at(-1)).toBe('今年全县新增劳模创新工作室3个。');
  });
});
