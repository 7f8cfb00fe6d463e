// Every sample in every format: canonical text = source text up to whitespace and Markdown
// markup (PDFs: ≥ 99 % of characters in order), no page numbers, header lines kept apart.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../../src/ingest/index.js';
import { normalize, pageAtOffset } from '../../src/normalize/index.js';
import { isPageNumber, titleLikeLine } from '../../src/normalize/text.js';
import { bare, readSample, similarity } from '../normalize/similarity.js';

const sample = (f: string) => fileURLToPath(new URL(`../../samples/${f}`, import.meta.url));

const CASES: Array<{ file: string; source: string; md?: boolean; min: number; header: string[] }> = [
  { file: 'kuaibao-2022-23-tobacco.txt', source: 'kuaibao-2022-23-tobacco.txt', min: 1, header: ['2022年第23期（总第74期）', '云南省新时期产业工人队伍建设', '改革工作协调领导小组办公室', '2022年10月9日'] },
  { file: 'kuaibao-2022-23-tobacco.gb18030.txt', source: 'kuaibao-2022-23-tobacco.txt', min: 1, header: ['2022年第23期（总第74期）', '2022年10月9日'] },
  { file: 'kuaibao-2022-23-tobacco.docx', source: 'kuaibao-2022-23-tobacco.txt', min: 1, header: ['2022年第23期（总第74期）', '云南省新时期产业工人队伍建设', '改革工作协调领导小组办公室', '2022年10月9日'] },
  { file: 'kuaibao-2022-23-tobacco.pdf', source: 'kuaibao-2022-23-tobacco.txt', min: 0.99, header: ['2022年第23期（总第74期）', '云南省新时期产业工人队伍建设', '改革工作协调领导小组办公室', '2022年10月9日'] },
  { file: 'kuaibao-2021-10-qujing.md', source: 'kuaibao-2021-10-qujing.md', md: true, min: 1, header: ['2021年第10期（总第36期）', '云南省新时期产业工人队伍建设', '改革工作协调领导小组办公室', '2021年5月13日'] },
  { file: 'kuaibao-2021-10-qujing.docx', source: 'kuaibao-2021-10-qujing.md', md: true, min: 1, header: ['2021年第10期（总第36期）', '云南省新时期产业工人队伍建设', '改革工作协调领导小组办公室', '2021年5月13日'] },
  { file: 'notice-yungongtong-2022-21.txt', source: 'notice-yungongtong-2022-21.txt', min: 1, header: ['中共云南省委组织部', '云南省总工会', '文件', '云工通〔2022〕21号', '2022年9月28日'] },
  { file: 'notice-yungongtong-2022-21.pdf', source: 'notice-yungongtong-2022-21.txt', min: 0.99, header: ['中共云南省委组织部', '云南省总工会', '文件', '云工通〔2022〕21号', '2022年9月28日'] },
  { file: 'notice-yungongtong-2022-21.lo.pdf', source: 'notice-yungongtong-2022-21.txt', min: 0.99, header: ['中共云南省委组织部', '云南省总工会', '文件', '云工通〔2022〕21号', '2022年9月28日'] },
];

const measured: string[] = [];

describe('samples: canonical text', () => {
  for (const c of CASES) {
    it(`${c.file}`, async () => {
      const r = await ingestFile(sample(c.file));
      const canon = normalize(r);
      const src = readSample(c.source);
      const source = c.md ? bare(src, true) : bare(src);
      const sim = similarity(canon.text, source);
      measured.push(`${c.file}: ${(sim * 100).toFixed(2)}%`);
      if (c.min >= 1) expect(bare(canon.text)).toBe(source);
      else expect(sim).toBeGreaterThanOrEqual(c.min);

      const lines = canon.text.split('\n');
      // no page-number lines (and no "— N —" anywhere)
      expect(lines.filter(isPageNumber)).toEqual([]);
      expect(canon.text).not.toMatch(/[—－-]\s*\d+\s*[—－-]\s*$/m);
      // header lines stay separate lines
      // (titles and header lines may keep a single space between two Han characters: compare without it)
      for (const h of c.header) expect(lines.map((l) => l.replace(/ /g, ''))).toContain(h.replace(/ /g, ''));
      // the line table matches the text
      expect(canon.lines.length).toBe(lines.length);
      for (const [i, l] of canon.lines.entries()) expect(canon.text.slice(l.start, l.end)).toBe(lines[i]);
      // no layout spaces between Chinese characters or between digits and Chinese
      // (except one space between two Han characters in a title-like line: 高位推动 多措并举)
      expect(canon.text).not.toMatch(/[0-9] +[\u4e00-\u9fff]|[\u4e00-\u9fff] +[0-9]|[\u4e00-\u9fff] {2,}[\u4e00-\u9fff]/);
      for (const l of lines) if (!titleLikeLine(l)) expect(l).not.toMatch(/[\u4e00-\u9fff] +[\u4e00-\u9fff]/);
      // paged formats: every line knows its page, pages ascend
      if (r.format === 'pdf') {
        expect(canon.lines.every((l) => typeof l.page === 'number')).toBe(true);
        const pages = canon.lines.map((l) => l.page!);
        expect(pages).toEqual([...pages].sort((a, b) => a - b));
        expect(pageAtOffset(canon, canon.text.length - 1)).toBe(r.pageCount);
      }
    });
  }

  it('the GB18030 sample decodes identically to the UTF-8 one', async () => {
    const gb = await ingestFile(sample('kuaibao-2022-23-tobacco.gb18030.txt'));
    const u8 = await ingestFile(sample('kuaibao-2022-23-tobacco.txt'));
    expect(gb.encoding).toBe('GB18030');
    expect(u8.encoding).toBe('UTF-8');
    expect(normalize(gb).text).toBe(normalize(u8).text);
  });

  it('the same bulletin gives the same canonical text from TXT, DOCX and PDF', async () => {
    const texts = await Promise.all(['kuaibao-2022-23-tobacco.txt', 'kuaibao-2022-23-tobacco.docx', 'kuaibao-2022-23-tobacco.pdf'].map(async (f) => normalize(await ingestFile(sample(f))).text));
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
    const notices = await Promise.all(['notice-yungongtong-2022-21.txt', 'notice-yungongtong-2022-21.pdf', 'notice-yungongtong-2022-21.lo.pdf'].map(async (f) => normalize(await ingestFile(sample(f))).text));
    expect(notices[1]).toBe(notices[0]);
    expect(notices[2]).toBe(notices[0]);
  });

  it('paragraphs broken mid-sentence are re-joined, headings of DOCX/MD are marked', async () => {
    const t = normalize(await ingestFile(sample('kuaibao-2022-23-tobacco.pdf'))).text;
    expect(t).toContain('改革“1135”工作模式。');
    expect(t).toContain('多点开花、全面发力，稳步走深走实。');
    for (const f of ['kuaibao-2021-10-qujing.docx', 'kuaibao-2021-10-qujing.md']) {
      const c = normalize(await ingestFile(sample(f)));
      const heads = c.lines.filter((l) => l.heading).map((l) => c.text.slice(l.start, l.end));
      // a header line keeps the single spaces between its parts (office, series): a title-like line
      expect(heads[0]).toBe('云南省新时期产业工人队伍建设改革 工作协调领导小组办公室 改革快报');
      expect(heads).toContain('一、高位推动，着力加强产业工人队伍建设改革组织领导');
      expect(c.text).not.toMatch(/\*\*|^#|^---/m);
    }
  });

  it('reports the measured similarities', () => {
    console.log(`similarity of canonical text to the source (chars in order):\n  ${measured.join('\n  ')}`);
    expect(measured.length).toBe(CASES.length);
  });
});
