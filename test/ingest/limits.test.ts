// Decompression bombs and size limits: a file that would inflate beyond its budget is refused with
// the reason, before (or while) it is expanded, not after gigabytes were allocated.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { ingestFile } from '../../src/ingest/index.js';
import { DEFAULT_MAX_TEXT_BYTES } from '../../src/ingest/limits.js';
import { DOCX_DEFAULTS, readDocx } from '../../src/ingest/docx.js';
import { buildDocx, p, r } from './docx-build.js';

const MB = 1024 * 1024;

async function reason(path: string, buf: Buffer, maxBytes?: number): Promise<string> {
  try {
    await ingestFile(path, buf, maxBytes ? { maxBytes } : {});
  } catch (e) {
    return (e as { reason: string }).reason;
  }
  throw new Error(`${path} was accepted`);
}

/** A one-page PDF whose content stream (FlateDecode) shows a line and then `padding` bytes of comment. */
async function pdfWithContent(padding: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText('Total 12 workers', { x: 72, y: 700, size: 12, font });
  // the name drawText gave the font in the page's resources (<< /F1-… ref >>)
  const fontKey = page.node.Resources()!.lookup(PDFName.of('Font'))!.toString().match(/\/(\S+)/)![1];
  const ops = Buffer.from(`BT /${fontKey} 12 Tf 72 700 Td (Total 12 workers) Tj ET\n`, 'latin1');
  const pad = Buffer.alloc(padding, 0x20);
  pad[0] = 0x25; // one comment line of spaces
  const stream = doc.context.flateStream(Buffer.concat([ops, pad]));
  page.node.set(PDFName.of('Contents'), doc.context.register(stream));
  return Buffer.from(await doc.save());
}

/** A DOCX whose word/document.xml declares a size far smaller than what it inflates to. */
async function lyingDocx(): Promise<Buffer> {
  const body = p(r('全市共有职工12.5万人。')).repeat(100_000); // ~5 MB, compresses to a few KB
  const good = await buildDocx({ body });
  const zip = await JSZip.loadAsync(good);
  const real = (await zip.file('word/document.xml')!.async('nodebuffer')).length;
  const buf = Buffer.from(good);
  const name = Buffer.from('word/document.xml');
  const lie = 20_000;
  let patched = 0;
  for (let i = 0; i + 46 < buf.length; i++) {
    const sig = buf.readUInt32LE(i);
    if (sig === 0x04034b50 && buf.subarray(i + 30, i + 30 + name.length).equals(name) && buf.readUInt32LE(i + 22) === real) {
      buf.writeUInt32LE(lie, i + 22);
      patched++;
    }
    if (sig === 0x02014b50 && buf.subarray(i + 46, i + 46 + name.length).equals(name) && buf.readUInt32LE(i + 24) === real) {
      buf.writeUInt32LE(lie, i + 24);
      patched++;
    }
  }
  expect(patched).toBe(2);
  return buf;
}

describe('decompression bombs', () => {
  it('a PDF whose content stream inflates beyond the budget is refused', async () => {
    const bomb = await pdfWithContent(12 * MB);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await reason('bomb.pdf', bomb, 4 * MB)).toBe('refused: PDF streams decompress to more than 4.0 MB (a decompression bomb?)');
    // the same page with a small stream reads
    const ok = await ingestFile('ok.pdf', await pdfWithContent(1000), { maxBytes: 4 * MB });
    expect(ok.lines.map((l) => l.text)).toEqual(['Total 12 workers']);
  }, 60_000);

  it('a DOCX entry that inflates beyond its declared size is refused while it is read', async () => {
    expect(await reason('lying.docx', await lyingDocx())).toBe(
      'refused: DOCX entry word/document.xml expands beyond the 20000 bytes it declares (zip bomb?)',
    );
  }, 60_000);

  it('a DOCX whose XML expands beyond the limit is refused before it is parsed', async () => {
    const docx = await buildDocx({ body: p(r('全市共有职工12.5万人。')).repeat(20_000) });
    await expect(readDocx(docx, { ...DOCX_DEFAULTS, maxXml: 512 * 1024 })).rejects.toThrow(
      /^refused: DOCX text and markup expand to 1\.\d MB; the limit is 0\.5 MB/,
    );
  });
});

describe('size limits by format', () => {
  it('text beyond the text default is refused with the flag to raise it; --max-bytes raises it', async () => {
    const big = Buffer.alloc(DEFAULT_MAX_TEXT_BYTES + 1, 'a');
    expect(await reason('big.txt', big)).toBe('refused: text file is 20 MB, more than the limit of 20 MB (raise it with --max-bytes)');
    const small = Buffer.from('关于表彰先进的通报\n'.repeat(1000));
    expect(await reason('small.txt', small, 1000)).toBe('refused: file is 0.0 MB, more than the limit of 0.0 MB (raise it with --max-bytes)');
  });
});
