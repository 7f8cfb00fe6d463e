// The benchmark runs end to end on a tiny corpus and prints every row (the baselines with and
// without their process start, the re-extraction after each rules change with its counts, the
// scale figures); the generated PDFs and DOCX files parse back to the generated text, and no two
// documents share a hash.
// No timing is asserted anywhere.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBench } from '../../scripts/bench.js';
import { cmapDir } from '../../scripts/bench/baselines.js';
import { generateCorpus, type Corpus } from '../../scripts/bench/corpus.js';
import { encodeGb18030 } from '../../scripts/bench/gb18030.js';
import { writePdf } from '../../scripts/bench/pdf-writer.js';
import { renderTable } from '../../scripts/bench/report.js';

const cache = mkdtempSync(join(tmpdir(), 'gongwen-bench-test-'));
let corpus: Corpus;

beforeAll(async () => {
  corpus = await generateCorpus({ docs: 40, cacheRoot: cache });
});
afterAll(() => rmSync(cache, { recursive: true, force: true }));

async function pdfText(bytes: Buffer): Promise<{ text: string; pages: number }> {
  const p = new PDFParse({ data: new Uint8Array(bytes), cMapUrl: cmapDir(), cMapPacked: true });
  try {
    const r = await p.getText();
    return { text: r.text, pages: r.pages.length };
  } finally {
    await p.destroy();
  }
}

describe('corpus generator', () => {
  it('writes every format, each document distinct', () => {
    expect(corpus.files).toHaveLength(40);
    const formats = new Set(corpus.files.map((f) => f.format));
    expect([...formats].sort()).toEqual(['docx', 'md', 'pdf', 'txt', 'txt-gb18030']);
    const hashes = corpus.files.map((f) => createHash('sha256').update(readFileSync(join(corpus.dir, f.path))).digest('hex'));
    expect(new Set(hashes).size).toBe(40);
    expect(hashes).toEqual(corpus.files.map((f) => f.sha256));
    expect(new Set(corpus.files.map((f) => f.template)).size).toBe(3);
  });

  it('reuses a finished corpus with the same parameters', async () => {
    const again = await generateCorpus({ docs: 40, cacheRoot: cache });
    expect(again.reused).toBe(true);
    expect(again.dir).toBe(corpus.dir);
  });

  it('varies issue numbers, places and figures', () => {
    const texts = corpus.files.filter((f) => f.format === 'txt').map((f) => readFileSync(join(corpus.dir, f.path), 'utf8'));
    const issues = texts.map((t) => /年第\s*\d+\s*期（总第\s*\d+\s*期）/.exec(t)?.[0]).filter(Boolean);
    expect(issues.length).toBeGreaterThan(3);
    const provinces = new Set(texts.map((t) => /^(\S+?)省/.exec(t.trim())?.[1]));
    expect(provinces.size).toBeGreaterThan(3);
  });

  it('writes GB18030 that decodes back (and matches the GB18030 sample byte for byte)', () => {
    const gb = corpus.files.find((f) => f.format === 'txt-gb18030')!;
    const bytes = readFileSync(join(corpus.dir, gb.path));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = new TextDecoder('gb18030').decode(bytes);
    expect(text).toContain('产业工人队伍建设改革');
    const sample = readFileSync(join(__dirname, '../../samples/kuaibao-2022-23-tobacco.gb18030.txt'));
    expect(Buffer.compare(encodeGb18030(new TextDecoder('gb18030').decode(sample)), sample)).toBe(0);
  });

  it('writes PDFs whose text pdf-parse reads back, with page numbers', async () => {
    for (const f of corpus.files.filter((x) => x.format === 'pdf').slice(0, 3)) {
      const { text, pages } = await pdfText(readFileSync(join(corpus.dir, f.path)));
      expect(pages).toBeGreaterThan(1);
      expect(text).toContain('— 1 —');
      expect(text).toContain(`— ${pages} —`);
      // the words come back as Chinese, not as CIDs or mojibake
      expect(text.replace(/\s+/g, '')).toMatch(/产业工人队伍建设/);
    }
    const { text } = await pdfText(writePdf([{ text: '标题 2022年', heading: true }, { text: '共有职工 17679 人，其中女职工 403 人。' }]));
    expect(text).toContain('标题 2022年');
    expect(text).toContain('共有职工 17679 人，其中女职工 403 人。');
    expect(text).toContain('— 1 —');
  });

  it('writes DOCX files that mammoth reads, with Heading1 headings', async () => {
    for (const f of corpus.files.filter((x) => x.format === 'docx').slice(0, 3)) {
      const r = await mammoth.convertToHtml({ buffer: readFileSync(join(corpus.dir, f.path)) });
      expect(r.messages.filter((m) => m.type === 'error')).toEqual([]);
      expect(r.value).toMatch(/^<h1>/);
      expect(r.value).toContain('产业工人队伍建设');
      expect(r.value.match(/<p>/g)?.length ?? 0).toBeGreaterThan(10);
    }
  });
});

describe('benchmark', () => {
  it('runs end to end on a tiny corpus and prints every row', async () => {
    const rep = await runBench({ docs: 12, cacheRoot: cache, reps: 1, log: () => {} });
    const table = renderTable(rep);
    console.log(table);
    const ids = rep.rows.map((r) => r.id);
    expect(ids).toEqual([
      'baseline-text', 'baseline-docx', 'baseline-pdf', 'baseline-pdf-kept',
      'ingest-text', 'ingest-docx', 'ingest-pdf', 'ingest-all',
      'reextract-comment', 'reextract-units', 'reextract-people', 'reextract-alias',
      'cold-extract', 'jieba-start', 'compare', 'cli-start', 'search',
    ]);
    for (const r of rep.rows) expect(table).toContain(r.label);
    const row = (id: string) => rep.rows.find((x) => x.id === id)!;
    const compiled = existsSync(join(__dirname, '../../dist/scripts/bench/baselines.js'));
    for (const id of ['baseline-text', 'baseline-docx', 'baseline-pdf', 'baseline-pdf-kept']) {
      const r = row(id);
      expect(r.docs).toBeGreaterThan(0);
      expect(r.ms).toBeGreaterThan(0);
      // the whole process (node start + library load + work) contains the work
      if (compiled) expect(r.processMs).toBeGreaterThan(r.ms!);
    }
    expect(rep.targets.map((t) => t.id)).toEqual(['text', 'pdf', 'docx', 'reextract-units', 'reextract-people', 'rss', 'cold', 'compare', 'search']);
    for (const t of rep.targets) expect(['PASS', 'MISS', 'n/a']).toContain(t.status);
    expect(table).toMatch(/targets/);
    // every row either has a figure or says why not
    for (const r of rep.rows) expect(r.ms != null || r.note.length > 0).toBe(true);

    const all = row('ingest-all');
    if (all.ms == null) return; // CLI not built: the rows above say why
    expect(all.note).toContain('added 12');
    if (compiled) expect(row('ingest-pdf').note).toMatch(/× the baseline through gongwen's pdf\.js worker/);
    for (const g of ['text', 'docx', 'pdf']) {
      const r = row(`ingest-${g}`);
      expect(r.processMs).toBe(r.ms); // an ingest is a whole process
      if (compiled) expect(r.processRatio).toBeCloseTo(row(`baseline-${g}`).processMs! / r.ms!, 6);
    }
    // four re-extractions, each on its own copy of the 12-document archive, each reporting counts
    const counts = rep.extra.reextract as Record<string, { updated: number; unchanged: number; failed: number }>;
    for (const id of ['comment', 'units', 'people', 'alias']) {
      const c = counts[id];
      expect(c, id).toBeTruthy();
      expect(c.updated + c.unchanged, id).toBe(12);
      expect(c.failed, id).toBe(0);
      const r = row(`reextract-${id}`);
      expect(r.note).toContain(`updated ${c.updated}, unchanged ${c.unchanged}`);
      if (id !== 'comment') {
        // a real rules change re-extracts every document (whatever H1's selectivity: its family is stale in all)
        expect(c.updated, id).toBe(12);
        expect(r.docs).toBe(12);
        expect(r.ratio).toBeGreaterThan(0);
      }
    }
    // the comparisons ran on the untouched archive
    expect(row('compare').docs).toBe(12);
    // scale: database size and documents/hour of the all-formats ingest
    expect(rep.scale).not.toBeNull();
    expect(rep.scale!.docs).toBe(12);
    expect(rep.scale!.dbBytesPer10kDocs).toBeCloseTo(rep.scale!.dbBytesPerDoc * 10_000, 3);
    expect(rep.scale!.docsPerHour).toBeCloseTo(all.docsPerSec! * 3600, 3);
    expect(table).toMatch(/documents\/hour; database [\d.]+ MB = [\d,]+ B\/document ≈ [\d.]+ MB per 10,000 documents/);
  }, 900_000);
});
