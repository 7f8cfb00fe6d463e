// Text encodings: UTF-8 with and without BOM, UTF-16 with BOM, GB18030/GBK (also short), Big5.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
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
