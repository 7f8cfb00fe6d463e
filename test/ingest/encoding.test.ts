// Text encodings: UTF-8 with and without BOM, UTF-16 with BOM, GB18030/GBK (also short), Big5.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { ingestFile } from '../../src/ingest/index.js';

const fx = (f: string) => fileURLToPath(new URL(`./fixtures/${f}`, import.meta.url));
const text = async (f: string) => {
  const r = await ingestFile(fx(f));
  return { enc: r.encoding, lines: r.lines.map((l) => l.text) };
};

describe('text encodings', () => {
  it('Big5', async () => {
    const r = await text('notice.big5.txt');
    expect(r.enc).toBe('Big5');
    expect(r.lines[0]).toBe('雲南省總工會');
    expect(r.lines[3]).toBe('為提高職工技能水平，現將有關事項通知如下。');
  });
  it('short GBK text is read as GB18030', async () => {
    const r = await text('short.gbk.txt');
    expect(r.enc).toBe('GB18030');
    expect(r.lines).toEqual(['云南省总工会', '关于开展职工技能竞赛的通知']);
  });
  it('UTF-8 with BOM (BOM removed)', async () => {
    const r = await text('bom.utf8.txt');
    expect(r.enc).toBe('UTF-8 (BOM)');
    expect(r.lines[0]).toBe('云南省总工会');
  });
  it('UTF-16LE with BOM', async () => {
    const r = await text('notice.utf16le.txt');
    expect(r.enc).toBe('UTF-16LE');
    expect(r.lines[1]).toBe('关于开展职工技能竞赛的通知');
  });
});

describe('damaged and mixed encodings are never stored silently', () => {
  const utf8 = readFileSync(fileURLToPath(new URL('../../samples/kuaibao-2022-23-tobacco.txt', import.meta.url)));
  const gb = readFileSync(fileURLToPath(new URL('../../samples/kuaibao-2022-23-tobacco.gb18030.txt', import.meta.url)));

  it('one invalid byte in a UTF-8 file: UTF-8 with U+FFFD in its place, and a warning', async () => {
    const b = Buffer.from(utf8);
    const at = b.indexOf(Buffer.from('协调领导'));
    b[at + 6] = 0xff; // the first byte of 领
    const r = await ingestFile('damaged.txt', b);
    expect(r.encoding).toBe('UTF-8 (3 invalid bytes replaced)');
    expect(r.warnings).toEqual([`3 bytes are not valid UTF-8 (the first at byte ${at + 6}): replaced with U+FFFD`]);
    const text = r.lines.map((l) => l.text).join('\n');
    expect(text).toContain('协调\ufffd\ufffd\ufffd导');
    expect(text).toContain('改革快报');
  });

  it('half UTF-8, half GB18030: refused, naming both', async () => {
    const mixed = Buffer.concat([utf8.subarray(0, utf8.indexOf(0x0a, utf8.length >> 1) + 1), gb.subarray(gb.indexOf(0x0a, gb.length >> 1) + 1)]);
    await expect(ingestFile('mixed.txt', mixed)).rejects.toThrow(/mixed text encodings: \d+ lines are UTF-8 and \d+ are not \(the first bad byte at \d+\); convert the file to one encoding/);
  });

  it('clean files carry no warning', async () => {
    expect((await ingestFile('a.txt', utf8)).warnings).toBeUndefined();
    const r = await ingestFile('b.txt', gb);
    expect([r.encoding, r.warnings]).toEqual(['GB18030', undefined]);
  });
});
