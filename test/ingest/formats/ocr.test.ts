// OCR of scanned pages: the scanned fixture (test/fixtures/formats/make-scan.ts: a notice page
// with a red head, a red seal over the signature, noise, turned 0.7°, 150 dpi JPEG in a PDF) is
// read to ≥ 90 % of the drawn characters in order, marked in document.ocr; the same page as an
// image-only OFD page; two more scanned pages (make-scans.ts); the tesseract command when
// installed. One page each: these are slow (excluded from npm run test:unit).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../../../src/ingest/index.js';
import { cleanOcrText } from '../../../src/ingest/ocr/engine.js';
import { openEngine, recognizePage } from '../../../src/ingest/ocr/index.js';
import { tesseractCliAvailable, tsvLines } from '../../../src/ingest/ocr/tesseract-cli.js';
import { pagesNeedingOcr, unmappedShare } from '../../../src/ingest/pdf-ocr.js';
import { normalize } from '../../../src/normalize/index.js';
import { processFile } from '../../../src/pipeline/process.js';
import { similarity } from '../../normalize/similarity.js';
import { buildOfd, layoutText } from '../../fixtures/formats/ofd-build.js';

const fixture = (f: string) => fileURLToPath(new URL(`../../fixtures/formats/${f}`, import.meta.url));
const expected = readFileSync(fixture('notice-scan.expected.txt'), 'utf8');

async function withEnv<T>(name: string, value: string, f: () => Promise<T>): Promise<T> {
  const saved = process.env[name];
  process.env[name] = value;
  try {
    return await f();
  } finally {
    if (saved === undefined) delete process.env[name];
    else process.env[name] = saved;
  }
}

describe('OCR', () => {
  it('a scanned PDF with a red seal is read (≥ 90 % of its characters) and marked in document.ocr', async () => {
    const p = await processFile(fixture('notice-scan.pdf'));
    const d = p.json.document;
    expect(d.format).toBe('pdf');
    expect(d.ocr).toMatchObject({ engine: 'tesseract.js', pages: [1] });
    expect(d.ocr!.confidence).toBeGreaterThan(0.5);
    expect(d.ocr!.confidence).toBeLessThanOrEqual(1);
    expect(similarity(d.text, expected)).toBeGreaterThanOrEqual(0.9);
    // the text under the seal (red channel) and the red head (red ink) are both there
    expect(d.text).toContain('云南省人民政府国有资产监督管理委员会');
    expect(d.text).toContain('中共云南省委组织部');
    expect(d.text).not.toMatch(/—\s*1\s*—/);
    // the header is read as from the text (the 文号's brackets mended by rules/ocr-fixes.yaml)
    expect(d.docNumber).toBe('云工通〔2022〕21号');
    expect(d.title).toBe('关于印发《关于发挥企业主体作用积极推进产业工人队伍建设改革的实施意见》的通知');
    expect(d.issuers.slice(0, 2)).toEqual(['中共云南省委组织部', '云南省人力资源和社会保障厅']);
  }, 120_000);

  it('more scanned pages (make-scans.ts): a bulletin masthead page and a body page turned 1.2°, read to ≥ 90 %', async () => {
    const read = async (name: string) => {
      const r = await ingestFile(fixture(`${name}.jpg`));
      expect(r.ocr).toMatchObject({ engine: 'tesseract.js', pages: [1] });
      const text = normalize(r).text;
      expect(similarity(text, readFileSync(fixture(`${name}.expected.txt`), 'utf8'))).toBeGreaterThanOrEqual(0.9);
      return text;
    };
    // the red masthead is read from the red ink (a strip padded with white); the figures of the body
    const tobacco = await read('kuaibao-tobacco-scan');
    expect(tobacco.split('\n')[0]).toMatch(/^改.快报$/);
    for (const f of ['17679', '11490', '5631', '3445']) expect(tobacco).toContain(f);
    // lines whole (one column), the page number dropped
    const qujing = await read('kuaibao-qujing-scan');
    expect(qujing).toMatch(/从5个方面26项试点内容/);
    expect(qujing).not.toMatch(/—\s*2\s*—/);
  }, 120_000);

  it('with OCR off, a scanned PDF is refused as before', async () => {
    await withEnv('GONGWEN_OCR', 'off', async () => {
      await expect(ingestFile(fixture('notice-scan.pdf'))).rejects.toThrow(/no text layer \(scanned image\?\): needs OCR.*OCR is off/);
    });
  });

  it('an image-only OFD page goes to OCR next to the text pages', async () => {
    const { template, pages } = layoutText('关于印发实施意见的通知\n现将实施意见印发你们，请结合实际，抓好贯彻落实。', 0);
    const buf = await buildOfd({ template, pages, imagePages: [readFileSync(fixture('notice-scan.jpg'))] });
    const r = await ingestFile('scan.ofd', buf);
    expect(r.pageCount).toBe(2);
    expect(r.ocr).toMatchObject({ engine: 'tesseract.js', pages: [2] });
    const t = normalize(r).text;
    expect(t.startsWith('关于印发实施意见的通知\n现将实施意见印发你们')).toBe(true);
    const scanned = normalize({ ...r, lines: r.lines.filter((l) => l.page === 2) }).text;
    expect(similarity(scanned, expected)).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it('the tesseract command, when installed, reads the page too', async (ctx) => {
    if (!(await tesseractCliAvailable())) return ctx.skip('tesseract with chi_sim is not installed: apt-get install tesseract-ocr tesseract-ocr-chi-sim');
    const engine = (await openEngine('tesseract'))!;
    try {
      const r = await recognizePage(engine, readFileSync(fixture('notice-scan.jpg')));
      expect(similarity(r.lines.map((l) => l.text).join('\n'), expected)).toBeGreaterThanOrEqual(0.9);
    } finally {
      await engine.close();
    }
  }, 120_000);

  it('a PNG of a scanned page is read as one page (format image); with OCR off it is refused', async () => {
    const { createCanvas, loadImage } = await import('@napi-rs/canvas');
    const img = await loadImage(readFileSync(fixture('notice-scan.jpg')));
    const c = createCanvas(img.width, 330);
    c.getContext('2d').drawImage(img, 0, -500);
    const png = await c.encode('png');
    const r = await ingestFile('title.png', png);
    expect(r.format).toBe('image');
    expect(r.ocr).toMatchObject({ pages: [1] });
    expect(normalize(r).text).toContain('推进产业工人队伍建设改革');
    await withEnv('GONGWEN_OCR', 'off', async () => {
      await expect(ingestFile('title.png', png)).rejects.toThrow('title.png: PNG image: needs OCR, and OCR is off (GONGWEN_OCR=off)');
    });
  }, 60_000);

  it('a scan carrying a scanner app watermark line (a few characters over an image) is still read by OCR', async () => {
    const { createCanvas, loadImage } = await import('@napi-rs/canvas');
    const { PDFDocument, StandardFonts } = await import('pdf-lib');
    const img = await loadImage(readFileSync(fixture('notice-scan.jpg')));
    const c = createCanvas(img.width, 330);
    c.getContext('2d').drawImage(img, 0, -500);
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([595.28, (595.28 * 330) / img.width]);
    page.drawImage(await pdf.embedPng(await c.encode('png')), { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
    page.drawText('Scanned by PhoneScan', { x: 10, y: 4, size: 6, font: await pdf.embedFont(StandardFonts.Helvetica) });
    const r = await ingestFile('watermarked.pdf', Buffer.from(await pdf.save()));
    expect(r.ocr).toMatchObject({ pages: [1] });
    expect(normalize(r).text).toContain('推进产业工人队伍建设改革');
  }, 60_000);

  it('an OFD page image that cannot be decoded is reported, the text pages read', async () => {
    const { template, pages } = layoutText('关于印发实施意见的通知\n现将实施意见印发你们，请结合实际，抓好贯彻落实。', 0);
    const r = await ingestFile('bad-image.ofd', await buildOfd({ template, pages, imagePages: [Buffer.from('not an image at all')] }));
    expect(r.ocr).toBeNull();
    expect(r.notes?.join('\n')).toMatch(/page 2: OCR could not read its image/);
    expect(normalize(r).text).toContain('现将实施意见印发你们');
  }, 60_000);

  it('decides per page: no text, or mostly unmapped glyphs', () => {
    expect(unmappedShare('\uE001\uE002\uE003正')).toBe(0.75);
    expect(unmappedShare('正常文字 2022年')).toBe(0);
    expect(pagesNeedingOcr([{ page: 1, chars: 300, unmapped: 0 }, { page: 2, chars: 0, unmapped: 0, image: true }, { page: 3, chars: 200, unmapped: 0.9 }])).toEqual([2, 3]);
    // a blank page (no text, no image) is not rendered
    expect(pagesNeedingOcr([{ page: 1, chars: 0, unmapped: 0, image: false }])).toEqual([]);
    // a few characters: OCR only over an image (a stamp line on a scan), not on a short text page
    expect(pagesNeedingOcr([{ page: 1, chars: 12, unmapped: 0, image: true }, { page: 2, chars: 12, unmapped: 0, image: false }])).toEqual([1]);
  });

  it('drops the spaces Tesseract puts between Chinese characters, keeps those between Latin words', () => {
    expect(cleanOcrText('关 于 印 发 《 通 知 》 2022 年')).toBe('关于印发《通知》2022年');
    expect(cleanOcrText('ISO 9001 认 证')).toBe('ISO 9001认证');
  });

  it('groups the tesseract TSV words into lines', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '5\t1\t1\t1\t1\t1\t100\t50\t30\t32\t96.5\t云南',
      '5\t1\t1\t1\t1\t2\t135\t50\t30\t32\t91.5\t省',
      '5\t1\t1\t1\t2\t1\t100\t100\t60\t32\t80\t2022年',
    ].join('\n');
    expect(tsvLines(tsv)).toEqual([
      { text: '云南省', x0: 100, y0: 50, x1: 165, y1: 82, confidence: 0.94 },
      { text: '2022年', x0: 100, y0: 100, x1: 160, y1: 132, confidence: 0.8 },
    ]);
  });
});
