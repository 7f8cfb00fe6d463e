// The pdf.js worker gongwen loads keeps built-in CMaps and the tables it derives from them across
// documents. These tests read PDFs of non-embedded CID fonts of every Adobe ordering and of two
// encodings of one ordering, interleaved in one thread, and check every text against the source
// the PDF was written from: a table kept under the wrong key, or handed out and then changed,
// gives a wrong character here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CidFont, writePdf } from '../../scripts/bench/pdf-writer.js';
import { readPdf } from '../../src/ingest/pdf.js';
import { createRequire } from 'node:module';
import { PATCH_MARKER, STOCK_WORKER, patchState, pdfWorkerState } from '../../src/ingest/pdf-worker.js';

/** GB 2312 in EUC (two bytes A1–F7 / A1–FE), built by decoding every code with the GB18030 decoder */
function gbEucHex(): (text: string) => string {
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, string>();
  for (let hi = 0xa1; hi <= 0xf7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, ((hi << 8) | lo).toString(16).toUpperCase());
    }
  return (text) =>
    [...text]
      .map((ch) => {
        if (ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase();
        const h = table.get(ch);
        if (!h) throw new Error(`not in GB 2312: ${ch}`);
        return h;
      })
      .join('');
}

const CASES: { name: string; font?: CidFont; text: string }[] = [
  { name: 'GB1, UniGB-UCS2-H (the default)', text: '全省技能类工作室共成立16个，投入资金800万元。' },
  {
    name: 'GB1, GB-EUC-H',
    font: { baseFont: 'STSong-Light', encoding: 'GB-EUC-H', ordering: 'GB1', supplement: 2, hex: gbEucHex() },
    text: '劳模创新工作室获评全国劳动模范1人。',
  },
  {
    name: 'CNS1, UniCNS-UCS2-H',
    font: { baseFont: 'MSung-Light', encoding: 'UniCNS-UCS2-H', ordering: 'CNS1', supplement: 3 },
    text: '勞動模範創新工作室經費總額為三百萬元。',
  },
  {
    name: 'Japan1, UniJIS-UCS2-H',
    font: { baseFont: 'HeiseiMin-W3', encoding: 'UniJIS-UCS2-H', ordering: 'Japan1', supplement: 4 },
    text: '東京都の予算は三千億円です。',
  },
  {
    name: 'Korea1, UniKS-UCS2-H',
    font: { baseFont: 'HYSMyeongJo-Medium', encoding: 'UniKS-UCS2-H', ordering: 'Korea1', supplement: 1 },
    text: '서울시 예산은 삼천억 원입니다.',
  },
];

async function textOf(pdf: Buffer): Promise<string> {
  const r = await readPdf(pdf, { maxPages: 10 });
  // the last line of the page is the writer's page number, `— 1 —`
  return r.lines
    .slice(0, -1)
    .map((l) => l.text)
    .join('');
}

describe('the pdf.js worker with kept CMaps', () => {
  it('runs on the installed pdf.js, patched at install for the pinned version', () => {
    expect(patchState(readFileSync(STOCK_WORKER, 'utf8'), STOCK_WORKER)).toEqual({ edited: true, file: STOCK_WORKER });
    // a pdf-parse upgrade that brings another pdfjs-dist needs a new patch (patch-package fails loudly)
    const version = (createRequire(import.meta.url)('pdfjs-dist/package.json') as { version: string }).version;
    expect(readFileSync(`patches/pdfjs-dist+${version}.patch`, 'utf8')).toContain(PATCH_MARKER);
  });

  it('reads each font and encoding right, in any order, again and again', async () => {
    const pdfs = CASES.map((c) => writePdf([{ text: c.text }], c.font ? { font: c.font } : {}));
    const order = [0, 1, 2, 3, 4, 1, 0, 3, 2, 4, 0, 0, 1];
    for (const i of order) expect(await textOf(pdfs[i]!), CASES[i]!.name).toBe(CASES[i]!.text);
    expect(pdfWorkerState()).toMatchObject({ edited: true });
  });
});

describe('patchState', () => {
  it('says why an unpatched worker is used', () => {
    expect(patchState('class ToUnicodeMap {}', 'w.mjs')).toMatchObject({ edited: false, reason: expect.stringContaining('w.mjs is not patched') });
    expect(patchState(`x\n${PATCH_MARKER}\n`, 'w.mjs')).toEqual({ edited: true, file: 'w.mjs' });
  });
});
