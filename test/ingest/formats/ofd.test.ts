// OFD: fixtures written from the samples (test/fixtures/formats/make.ts) read back to the
// sample's text, header and pages; the OFD forms the writer exercises (g-deltas, per-glyph
// objects, CTM, split TextCodes, PageBlock, CompositeObject, TemplatePage); private-use text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { ingestFile } from '../../../src/ingest/index.js';
import { expandDeltas } from '../../../src/ingest/ofd.js';
import { normalize } from '../../../src/normalize/index.js';
import { isPageNumber } from '../../../src/normalize/text.js';
import { processFile } from '../../../src/pipeline/process.js';
import { similarity } from '../../normalize/similarity.js';
import { buildOfd, layoutText } from '../../fixtures/formats/ofd-build.js';

const fixture = (f: string) => fileURLToPath(new URL(`../../fixtures/formats/${f}`, import.meta.url));
const sample = (f: string) => fileURLToPath(new URL(`../../../samples/${f}`, import.meta.url));

const header = (d: { document: Record<string, unknown> }) => {
  const { series, year, issue, totalIssue, date, docNumber, issuers, title, byline } = d.document;
  return { series, year, issue, totalIssue, date, docNumber, issuers, title, byline };
};

describe('OFD', () => {
  for (const [ofd, txt, pages] of [
    ['notice-yungongtong-2022-21.ofd', 'notice-yungongtong-2022-21.txt', 9],
    ['kuaibao-2022-23-tobacco.ofd', 'kuaibao-2022-23-tobacco.txt', 7],
  ] as const) {
    it(`${ofd}: the sample's text in order, its header, its pages, no page numbers`, async () => {
      const r = await ingestFile(fixture(ofd));
      expect(r.format).toBe('ofd');
      expect(r.pageCount).toBe(pages);
      const canon = normalize(r);
      expect(similarity(canon.text, readFileSync(sample(txt), 'utf8'))).toBeGreaterThanOrEqual(0.98);
      expect(canon.text.split('\n').filter(isPageNumber)).toEqual([]);
      expect(canon.text).not.toMatch(/—\s*\d+\s*—/);
      const ps = canon.lines.map((l) => l.page!);
      expect(ps.every((p) => p >= 1 && p <= pages)).toBe(true);
      expect(ps).toEqual([...ps].sort((a, b) => a - b));
      // the header is read as from the text sample
      const [a, b] = await Promise.all([processFile(fixture(ofd)), processFile(sample(txt))]);
      expect(header(a.json)).toEqual(header(b.json));
      expect(a.json.document.format).toBe('ofd');
    });
  }

  it('the red head in the template page is read with the page that uses it; DocInfo is kept', async () => {
    const r = await ingestFile(fixture('notice-yungongtong-2022-21.ofd'));
    expect(r.meta?.title).toBe('关于印发实施意见的通知');
    const t = normalize(r).text.split('\n');
    expect(t.slice(0, 8)).toEqual(['中共云南省委组织部', '云南省人力资源和社会保障厅', '云南省人民政府国有资产管理委员会', '云南省总工会', '云南省企业联合会', '云南省工商业联合会', '文件', '云工通〔2022〕21号']);
  });

  it('the same bulletin as OFD and DOCX has one content key (linked, not a second document)', async () => {
    const [o, d] = await Promise.all([processFile(fixture('kuaibao-2022-23-tobacco.ofd')), processFile(sample('kuaibao-2022-23-tobacco.docx'))]);
    expect(o.contentKey).toBe(d.contentKey);
  });

  it('one TextCode over two lines (a negative DeltaX and a DeltaY), pretty-printed content; hidden objects skipped', async () => {
    const zip = new JSZip();
    const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
    zip.file('OFD.xml', `<ofd:OFD ${ns}><ofd:DocBody><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
    zip.file('Doc_0/Document.xml', `<ofd:Document ${ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`);
    zip.file('Doc_0/Pages/Page_0/Content.xml', `<ofd:Page ${ns}><ofd:Content><ofd:Layer ID="2">
      <ofd:TextObject ID="3" Boundary="30 40 100 30" Size="5">
        <ofd:TextCode X="0" Y="5" DeltaX="g 3 5 -15 g 3 5" DeltaY="g 3 0 8 g 3 0">
          职工书屋
          二十五家
        </ofd:TextCode>
      </ofd:TextObject>
      <ofd:TextObject ID="4" Boundary="30 100 100 10" Size="5" Visible="false"><ofd:TextCode X="0" Y="5">不显示的文字</ofd:TextCode></ofd:TextObject>
      </ofd:Layer></ofd:Content></ofd:Page>`);
    const r = await ingestFile('two-lines.ofd', await zip.generateAsync({ type: 'nodebuffer' }));
    expect(r.lines.map((l) => l.text)).toEqual(['职工书屋', '二十五家']);
    // the second line starts where the first did, 8 mm lower
    const [a, b] = r.lines as Array<{ x: number; top: number }>;
    expect(Math.abs(a!.x - b!.x)).toBeLessThan(0.01);
    expect(b!.top - a!.top).toBeCloseTo((8 * 72) / 25.4, 3);
  });

  it('expands the `g N d` delta form', () => {
    expect(expandDeltas('g 3 5 1.5 g 2 2.25 7')).toEqual([5, 5, 5, 1.5, 2.25, 2.25, 7]);
    expect(expandDeltas('')).toEqual([]);
  });

  it('a page in private-use code points is reported, not emitted', async () => {
    const { template, pages } = layoutText(readFileSync(sample('notice-yungongtong-2022-21.txt'), 'utf8'), 7);
    const pua = (s: string) => [...s].map((c, i) => String.fromCharCode(0xe000 + ((c.charCodeAt(0) + i) % 0x1000))).join('');
    pages[1] = pages[1]!.map((l) => ({ ...l, text: pua(l.text) }));
    const buf = await buildOfd({ template, pages: pages.slice(0, 3) });
    const r = await ingestFile('pua.ofd', buf);
    expect(r.notes?.join('\n')).toMatch(/page 2: text in private-use code points/);
    const text = normalize(r).text;
    expect(text).not.toMatch(/[\uE000-\uF8FF]/);
    expect(text).toContain('云工通〔2022〕21号');
    const all = await buildOfd({ template: [], pages: [pages[1]!] });
    await expect(ingestFile('all-pua.ofd', all)).rejects.toThrow(/all-pua\.ofd: .*private-use code points on every page/);
  });

  it('a damaged OFD names what is missing', async () => {
    const zip = await JSZip.loadAsync(readFileSync(fixture('notice-yungongtong-2022-21.ofd')));
    zip.remove('Doc_0/Pages/Page_1/Content.xml');
    // one page gone: reported, the others read
    const r = await ingestFile('broken.ofd', await zip.generateAsync({ type: 'nodebuffer' }));
    expect(r.notes).toContain('damaged OFD: page 2 (Pages/Page_1/Content.xml) is missing');
    expect(new Set(r.lines.map((l) => l.page))).toEqual(new Set([1, 3, 4, 5, 6, 7, 8, 9]));
    zip.file('Doc_0/Pages/Page_0/Content.xml', '<ofd:Page xmlns:ofd="x"><ofd:Content>');
    const r2 = await ingestFile('bad.ofd', await zip.generateAsync({ type: 'nodebuffer' }));
    expect(r2.notes?.join('\n')).toMatch(/damaged OFD: .*Page_0\/Content\.xml is not well-formed XML/);
    // every page damaged: refused with the first page's reason
    for (const n of Object.keys(zip.files)) if (/Pages\/Page_/.test(n)) zip.file(n, '<ofd:Page>');
    await expect(ingestFile('bad.ofd', await zip.generateAsync({ type: 'nodebuffer' }))).rejects.toThrow(/bad\.ofd: damaged OFD: .*Page_0\/Content\.xml is not well-formed XML/);
    // the zip truncated: named as an OFD by its name
    await expect(ingestFile('cut.ofd', readFileSync(fixture('notice-yungongtong-2022-21.ofd')).subarray(0, 5000))).rejects.toThrow(/cut\.ofd: damaged OFD: bad zip archive/);
  });
});
