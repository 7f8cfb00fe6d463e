// The PDF row's reader-alone contestant (scripts/bench/pdf-read.ts) reads what the ingest stores:
// the canonical text of a generated PDF, its lines joined back into paragraphs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePdf } from '../../scripts/bench/pdf-writer.js';
import { pdfText } from '../../scripts/bench/pdf-read.js';

const work = mkdtempSync(join(tmpdir(), 'gongwen-pdf-read-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('pdf-read', () => {
  it('gives the canonical text the ingest stores', async () => {
    const para = '全市共建成劳模创新工作室126个，其中国家级3个、省级18个，带动职工开展技术革新1.2万项，累计创造经济效益4.6亿元，培养技术骨干2800余人。';
    const file = join(work, 'a.pdf');
    writeFileSync(file, writePdf([{ text: '劳模创新工作室建设情况', heading: true }, { text: para }], { charsPerLine: 20 }));
    const text = await pdfText(file);
    // a paragraph broken over several lines by the layout comes back whole
    expect(text).toContain(para);
    expect(text.startsWith('劳模创新工作室建设情况\n')).toBe(true);
  });
});
