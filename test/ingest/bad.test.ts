// Bad input, one case each: every failure is an IngestError naming the file and the reason.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { PDFDocument, rgb } from 'pdf-lib';
import { ingestFile } from '../../src/ingest/index.js';
import { IngestError } from '../../src/types.js';

const sample = (f: string) => fileURLToPath(new URL(`../../samples/${f}`, import.meta.url));
const fixture = (f: string) => fileURLToPath(new URL(`../fixtures/bad/${f}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gongwen-bad-'));
const put = (name: string, bytes: Buffer | Uint8Array | string): string => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

/** A deterministic pseudo-random buffer (no file format starts like it). */
function noise(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x >> 16;
  }
  b[0] = 0x00;
  return b;
}

async function failure(path: string, bytes?: Buffer): Promise<IngestError> {
  try {
    await ingestFile(path, bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    const err = e as IngestError;
    expect(err.path).toBe(path);
    expect(err.message).toBe(`${path}: ${err.reason}`);
    expect(err.message).not.toContain('\n');
    return err;
  }
  throw new Error(`${path} was accepted`);
}

describe('bad input', () => {
  it('corrupt PDF', async () => {
    const good = readFileSync(sample('kuaibao-2022-23-tobacco.pdf'));
    const bad = Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(good.length)]);
    const e = await failure(put('corrupt.pdf', bad));
    expect(e.reason).toMatch(/^corrupt or truncated PDF/);
  });

  it('truncated PDF (a sample cut in half)', async () => {
    const good = readFileSync(sample('kuaibao-2022-23-tobacco.pdf'));
    const e = await failure(put('truncated.pdf', good.subarray(0, Math.floor(good.length / 2))));
    expect(e.reason).toMatch(/corrupt or truncated PDF/);
  });

  it('encrypted PDF (committed fixture made with qpdf)', async () => {
    const e = await failure(fixture('encrypted.pdf'));
    expect(e.reason).toBe('encrypted PDF (password required)');
  });

  it('empty PDF (0 bytes)', async () => {
    const e = await failure(put('empty.pdf', Buffer.alloc(0)));
    expect(e.reason).toBe('empty file');
  });

  it('PDF with no text layer (a drawn rectangle only)', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    page.drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) });
    const e = await failure(put('scan.pdf', Buffer.from(await doc.save())));
    expect(e.reason).toMatch(/^no text layer \(scanned image\?\): needs OCR/);
  });

  it('random bytes named .pdf', async () => {
    const e = await failure(put('random.pdf', noise(4096)));
    expect(e.reason).toMatch(/^not a PDF: no %PDF header/);
    expect(e.reason).toMatch(/binary data, not a supported format/);
  });

  it('random bytes named .docx', async () => {
    const e = await failure(put('random.docx', noise(4096, 11)));
    expect(e.reason).toMatch(/^not a DOCX/);
    expect(e.reason).toMatch(/binary data, not a supported format/);
  });

  it('a zip that is not a DOCX', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', '这不是文档');
    zip.file('data/table.csv', 'a,b\n1,2\n');
    const e = await failure(put('notdocx.docx', await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })));
    expect(e.reason).toBe('zip archive but not a DOCX (no word/document.xml)');
  });

  it('a zip bomb posing as DOCX: declared sizes are checked before anything is expanded', async () => {
    // a small, valid DOCX-shaped zip whose central directory claims a 300 MB document.xml
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    let patched = 0;
    for (let i = buf.length - 46; i >= 0; i--) {
      if (buf.readUInt32LE(i) === 0x02014b50) {
        const nameLen = buf.readUInt16LE(i + 28);
        if (buf.subarray(i + 46, i + 46 + nameLen).toString() === 'word/document.xml') {
          buf.writeUInt32LE(300 * 1024 * 1024, i + 24); // uncompressed size
          patched++;
        }
      }
    }
    expect(patched).toBe(1);
    const e = await failure(put('bomb.docx', buf));
    expect(e.reason).toMatch(/^refused: DOCX expands to 300 MB \(zip bomb\?\)/);
  });

  it('a zip bomb posing as DOCX: a real, highly compressed entry', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    zip.file('word/media/filler.bin', Buffer.alloc(24 * 1024 * 1024, 0x41));
    const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(buf.length).toBeLessThan(200 * 1024);
    const e = await failure(put('ratio.docx', buf));
    expect(e.reason).toMatch(/^refused: DOCX entry word\/media\/filler\.bin expands \d+ times \(zip bomb\?\)/);
  });

  it('an empty text file', async () => {
    const e = await failure(put('empty.txt', Buffer.alloc(0)));
    expect(e.reason).toBe('empty file');
    const w = await failure(put('blank.md', ' \n\r\n\t\n'));
    expect(w.reason).toMatch(/^empty file/);
  });

  it('an unreadable path (nonexistent)', async () => {
    const e = await failure(join(dir, 'no-such-dir', 'missing.pdf'));
    expect(e.reason).toBe('unreadable: no such file');
  });

  it('a directory given as a file', async () => {
    const e = await failure(dir);
    expect(e.reason).toBe('unreadable: is a directory');
  });

  it('limits: maxBytes and maxPages', async () => {
    const p = sample('kuaibao-2022-23-tobacco.pdf');
    await expect(ingestFile(p, undefined, { maxPages: 3 })).rejects.toThrow(/refused: PDF has 5 pages, more than the limit of 3/);
    await expect(ingestFile(p, undefined, { maxBytes: 1000 })).rejects.toThrow(/refused: file is .* MB, more than the limit/);
  });
});

describe('format from the bytes, not the name', () => {
  it('a PDF named .txt is read as PDF; a DOCX named .pdf as DOCX; text named .docx as text', async () => {
    const pdf = readFileSync(sample('kuaibao-2022-23-tobacco.pdf'));
    expect((await ingestFile(put('really-a-pdf.txt', pdf))).format).toBe('pdf');
    const docx = readFileSync(sample('kuaibao-2022-23-tobacco.docx'));
    expect((await ingestFile(put('really-a-docx.pdf', docx))).format).toBe('docx');
    const txt = readFileSync(sample('kuaibao-2022-23-tobacco.txt'));
    expect((await ingestFile(put('really-text.docx', txt))).format).toBe('txt');
  });

  it('leading junk before %PDF- is tolerated', async () => {
    const pdf = readFileSync(sample('kuaibao-2022-23-tobacco.pdf'));
    const r = await ingestFile(put('junk.pdf', Buffer.concat([Buffer.from('\r\n\r\nJUNK'), pdf])));
    expect(r.format).toBe('pdf');
    expect(r.pageCount).toBe(5);
  });
});
