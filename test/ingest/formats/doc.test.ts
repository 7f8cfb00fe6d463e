// Legacy Word .doc and Kingsoft .wps: fixtures converted from the sample DOCX files by
// LibreOffice (test/fixtures/formats/README.md). The same bulletin read from .doc/.wps and from
// DOCX gives the same canonical text (so it is linked, not stored twice), curly quotes kept.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { convertWithSoffice, findSoffice, inspectOle } from '../../../src/ingest/doc.js';
import { readDocx } from '../../../src/ingest/docx.js';
import { ingestFile } from '../../../src/ingest/index.js';
import { normalize } from '../../../src/normalize/index.js';
import { processFile } from '../../../src/pipeline/process.js';

const fixture = (f: string) => fileURLToPath(new URL(`../../fixtures/formats/${f}`, import.meta.url));
const sample = (f: string) => fileURLToPath(new URL(`../../../samples/${f}`, import.meta.url));

const header = (d: { document: Record<string, unknown> }) => {
  const { series, year, issue, totalIssue, date, docNumber, issuers, title, byline } = d.document;
  return { series, year, issue, totalIssue, date, docNumber, issuers, title, byline };
};

/** The FIB of the fixture's WordDocument stream, patched (wIdent, nFib, flags) to stand for another writer. */
function patchedFib(patch: (fib: Buffer) => void): Buffer {
  const b = Buffer.from(readFileSync(fixture('kuaibao-2022-23-tobacco.doc')));
  const at = b.indexOf(Buffer.from([0xec, 0xa5]));
  patch(b.subarray(at, at + 0x20));
  return b;
}

describe('.doc and .wps', () => {
  for (const [file, docx, format] of [
    ['kuaibao-2022-23-tobacco.doc', 'kuaibao-2022-23-tobacco.docx', 'doc'],
    ['kuaibao-2021-10-qujing.wps', 'kuaibao-2021-10-qujing.docx', 'wps'],
  ] as const) {
    it(`${file}: the DOCX's text, header and content key; “ ” and — kept`, async () => {
      const [a, b] = await Promise.all([processFile(fixture(file)), processFile(sample(docx))]);
      expect(a.json.document.format).toBe(format);
      expect(a.json.document.text).toBe(b.json.document.text);
      expect(a.contentKey).toBe(b.contentKey);
      expect(header(a.json)).toEqual(header(b.json));
      expect(a.json.document.text).toMatch(/“[^”\n]+”/);
      expect(a.json.document.text).not.toMatch(/"[^"\n]+"/);
    });
  }

  it('a text box (a red head) is read, where mammoth reads it from the same document as DOCX', async () => {
    // notice-textbox.{doc,docx}: converted by LibreOffice from notice-textbox.fodt (our own text)
    const [a, b] = await Promise.all([processFile(fixture('notice-textbox.doc')), processFile(fixture('notice-textbox.docx'))]);
    expect(a.json.document.text).toBe(b.json.document.text);
    expect(a.json.document.text.split('\n').slice(0, 3)).toEqual(['云工通〔2023〕5号', '云南省总工会', '文件']);
  });

  it('tells Word 95 and encrypted files apart, naming them', async () => {
    const w95 = patchedFib((f) => {
      f.writeUInt16LE(0xa5dc, 0);
      f.writeUInt16LE(0x68, 2);
    });
    expect(await inspectOle(w95)).toEqual({ kind: 'word95', nFib: 0x68 });
    const enc = patchedFib((f) => f.writeUInt16LE(f.readUInt16LE(0x0a) | 0x0100, 0x0a));
    expect(await inspectOle(enc)).toEqual({ kind: 'encrypted' });
    await expect(ingestFile('secret.doc', enc)).rejects.toThrow('secret.doc: encrypted Word document (password required)');
    const saved = process.env.GONGWEN_SOFFICE;
    process.env.GONGWEN_SOFFICE = 'none';
    try {
      await expect(ingestFile('old.doc', w95)).rejects.toThrow(/old\.doc: Word 95 or older document \(FIB version 104\).*install LibreOffice/);
    } finally {
      if (saved === undefined) delete process.env.GONGWEN_SOFFICE;
      else process.env.GONGWEN_SOFFICE = saved;
    }
  });

  it('a truncated file is damaged; binary data under .doc/.wps/.ofd names is named for what it is not', async () => {
    const b = readFileSync(fixture('kuaibao-2022-23-tobacco.doc'));
    await expect(ingestFile('cut.doc', b.subarray(0, 1024))).rejects.toThrow(/cut\.doc: damaged/);
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await expect(ingestFile('old.wps', junk)).rejects.toThrow('old.wps: not a Word-format WPS file: no OLE2 header');
    await expect(ingestFile('old.doc', junk)).rejects.toThrow('old.doc: not a Word 97–2003 document: no OLE2 header');
    await expect(ingestFile('x.ofd', junk)).rejects.toThrow('x.ofd: not an OFD: no zip header');
  });

  it('LibreOffice fallback gives the same text (skipped when soffice is not installed)', async (ctx) => {
    if (!(await findSoffice())) return ctx.skip('LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui');
    const docx = await convertWithSoffice(readFileSync(fixture('kuaibao-2022-23-tobacco.doc')), 'doc');
    const viaLo = normalize(await readDocx(docx!)).text;
    const direct = normalize(await ingestFile(fixture('kuaibao-2022-23-tobacco.doc'))).text;
    expect(viaLo.replace(/\s/g, '')).toBe(direct.replace(/\s/g, ''));
  }, 120_000);
});
