// OFD packages made of ofdrw/ofdrw's own test parts (Apache-2.0; test/fixtures/formats/ofdrw/README.md):
// the reader keeps the TextCode text in reading order, pages in order, drops the folio, and the
// header is the one read from the same text as a plain file. The reference text is taken from the
// XML with a regular expression, not with the reader's parser.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { ingestFile } from '../../../src/ingest/index.js';
import { normalize } from '../../../src/normalize/index.js';
import { isPageNumber } from '../../../src/normalize/text.js';
import { processFile } from '../../../src/pipeline/process.js';
import { bare, similarity } from '../../normalize/similarity.js';

const fixture = (f: string) => fileURLToPath(new URL(`../../fixtures/formats/${f}`, import.meta.url));
const load = async (f: string) => JSZip.loadAsync(readFileSync(fixture(f)));
const part = async (zip: JSZip, name: string) => zip.file(name)!.async('string');

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The TextCode contents of an XML part, in file order, without whitespace. */
const textCodes = (xml: string): string[] => [...xml.matchAll(/<ofd:TextCode\b[^>]*>([\s\S]*?)<\/ofd:TextCode>/g)].map((m) => bare(unescape(m[1]!)));

const header = (d: { document: Record<string, unknown> }) => {
  const { series, year, issue, totalIssue, date, docNumber, issuers, title, byline } = d.document;
  return { series, year, issue, totalIssue, date, docNumber, issuers, title, byline };
};

/** The header read from the OFD equals the one read from its canonical text saved as a .txt file. */
async function sameHeaderAsText(ofd: string, text: string) {
  const txt = join(mkdtempSync(join(tmpdir(), 'ofdrw-')), 'same.txt');
  writeFileSync(txt, text);
  const [a, b] = await Promise.all([processFile(fixture(ofd)), processFile(txt)]);
  expect(a.json.document.format).toBe('ofd');
  expect(header(a.json)).toEqual(header(b.json));
  return a;
}

describe('OFD from ofdrw test parts', () => {
  it('ofdrw-pkg: Document.xml and three pages (text, a landscape form, an image page in another namespace)', async () => {
    const zip = await load('ofdrw-ofdrw-pkg.ofd');
    // the pages in Document.xml's order, each page's TextCodes in file order
    const doc = await part(zip, 'Doc_0/Document.xml');
    const pages = [...doc.matchAll(/BaseLoc="([^"]+)"/g)].map((m) => `Doc_0/${m[1]}`);
    const perPage = await Promise.all(pages.map(async (p) => textCodes(await part(zip, p))));
    expect(perPage.map((p) => p.length)).toEqual([7, 13, 0]);
    const source = perPage.flat().join('\n');

    const r = await ingestFile(fixture('ofdrw-ofdrw-pkg.ofd'));
    expect(r.format).toBe('ofd');
    expect(r.pageCount).toBe(3);
    const canon = normalize(r);
    expect(similarity(canon.text, source)).toBeGreaterThanOrEqual(0.98);
    // each TextCode is on its own page, whole; pages ascend
    for (const [i, codes] of perPage.entries())
      for (const c of codes) expect(bare(r.lines.filter((l) => l.page === i + 1).map((l) => l.text).join(''))).toContain(c);
    const ps = canon.lines.map((l) => l.page!);
    expect(ps).toEqual([...ps].sort((a, b) => a - b));
    // the entity is decoded, the pretty-printed TextCode has no stray spaces, the form row is one line
    expect(canon.text).toContain('交易Give&Take啦');
    expect(canon.text.split('\n')).toContain('你……你真的会……饶我一命吗？嘻嘻~当然');
    expect(canon.text.split('\n')).toContain('证件有效期：年月日至年月日年月日');
    expect(canon.text.split('\n').filter(isPageNumber)).toEqual([]);
    // the third page draws an image whose resource the package lacks: said, not silently empty
    expect(r.notes).toContain('page 3: no text, and its image is not in the package (missing resource)');
    await sameHeaderAsText('ofdrw-ofdrw-pkg.ofd', canon.text);
  });

  it('customs-res: composite graphic units (CTM-scaled Size 1 text, negative Boundary x) in reading order; the folio dropped', async () => {
    const zip = await load('ofdrw-customs-res.ofd');
    const res = await part(zip, 'Doc_0/DocumentRes.xml');
    const units = new Map([...res.matchAll(/<ofd:CompositeGraphicUnit ID="(\d+)"[\s\S]*?<\/ofd:CompositeGraphicUnit>/g)].map((m) => [m[1]!, textCodes(m[0])]));
    const drawn = [...(await part(zip, 'Doc_0/Pages/Page_0/Content.xml')).matchAll(/ResourceID="(\d+)"/g)].map((m) => units.get(m[1]!)!).flat();
    // the folio at the foot: page 30 of issue 2019·3 (the page draws it last)
    expect(drawn.slice(-3)).toEqual(['30', '2019', '·3']);
    const body = drawn.slice(0, -3);
    expect(body.join('').length).toBeGreaterThan(300);

    const r = await ingestFile(fixture('ofdrw-customs-res.ofd'));
    const canon = normalize(r);
    expect(similarity(canon.text, body.join('\n'))).toBeGreaterThanOrEqual(0.98);
    expect(canon.text).not.toMatch(/2019·3|(^|\n)30(\n|$)/);
    // the red section head, the two-line title and the author, then the column
    const lines = canon.text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['专题·数字档案室建设与实践', '勇立潮头 真抓实干建设新时代海关数字档案室', '文/海关总署']);
    expect(lines[3]).toMatch(/^当前，随着信息技术的飞速发展和“互联网\+”的无限延伸，数字化、网络化/);
    // one paragraph, though its last lines are set wider than its first (the column narrows beside
    // something above): the normaliser takes the measure of the lines around
    expect(lines[3]).toMatch(/有力地推动了海关数字档案室建设工作。在国家档案局档案馆（室）司的具体指导下，2016年年底海关总署数字档案室率先通过项目验收，并在2017年被国家档案局批准为“全国示范数字档案室”，成为全国首家获此称号的机关档案室。$/);
    expect(lines[4]).toBe('三大趋势，迎来机遇');
    expect(lines[5]).toMatch(/^习近平总书记多次对档案工作作出重要指示批示，.*顺应数字化、规$/);
    await sameHeaderAsText('ofdrw-customs-res.ofd', canon.text);
  });

  it('reading order comes from positions, not from drawing order', async () => {
    const zip = await load('ofdrw-customs-res.ofd');
    const name = 'Doc_0/Pages/Page_0/Content.xml';
    const page = await part(zip, name);
    const objs = page.match(/<ofd:CompositeObject [^>]*\/>/g)!;
    zip.file(name, page.replace(objs.join('\n            '), [...objs].reverse().join('\n            ')));
    const shuffled = await ingestFile('reversed.ofd', await zip.generateAsync({ type: 'nodebuffer' }));
    const original = await ingestFile(fixture('ofdrw-customs-res.ofd'));
    expect(shuffled.lines.map((l) => l.text)).toEqual(original.lines.map((l) => l.text));
  });
});
