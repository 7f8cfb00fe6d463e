import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCanonical, processFile } from '../../src/pipeline/process.js';
import { bigramJaccard, contentKey, nearDuplicate } from '../../src/normalize/similar.js';
import { runIngest, type FileResult } from '../../src/pipeline/ingest.js';
import { openDb } from '../../src/store/db.js';
import { Archive } from '../../src/store/write.js';
import { DocumentJsonSchema } from '../../src/types.js';

const SAMPLES = readdirSync('samples')
  .filter((f) => /\.(pdf|docx|txt|md)$/.test(f))
  .map((f) => join('samples', f));

describe('processFile on every sample', () => {
  for (const path of SAMPLES) {
    it(`${path}: Document JSON of the contract, with true offsets`, async () => {
      const pd = await processFile(path);
      const j = DocumentJsonSchema.parse(pd.json);
      const bytes = readFileSync(path);
      expect(j.document.id).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(j.document.source).toBe(path);
      expect(['pdf', 'docx', 'txt', 'md']).toContain(j.document.format);
      expect(j.document.text.length).toBeGreaterThan(500);
      const text = j.document.text;
      for (const item of [...j.quantities, ...j.awards, ...j.workshops, ...j.entities]) {
        expect(item.start).toBeGreaterThanOrEqual(0);
        expect(item.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(item.start, item.end)).toBe(item.text);
      }
      for (const q of j.quantities) {
        if (q.partOf !== null) expect(q.partOf).toBeLessThan(j.quantities.length);
      }
      expect(pd.contentKey).toBe(contentKey(text));
      expect(pd.rulesVersion).toMatch(/^[0-9a-f]{16}$/);
      // canonical lines cover the text
      for (const l of pd.lines) expect(text.slice(l.start, l.end)).not.toContain('\n');
      // JSON round trip
      expect(DocumentJsonSchema.parse(JSON.parse(JSON.stringify(pd.json)))).toEqual(j);
    });
  }

  it('PDFs keep their page numbers on the canonical lines', async () => {
    const pdf = SAMPLES.find((p) => p.endsWith('.pdf'))!;
    const pd = await processFile(pdf);
    expect(pd.pageCount).toBeGreaterThanOrEqual(1);
    expect(pd.lines.some((l) => l.page !== null)).toBe(true);
  });
});

describe('the same bulletin in several formats is recognised as one', () => {
  const groups = new Map<string, string[]>();
  for (const p of SAMPLES) {
    const key = p.replace(/^samples\//, '').replace(/(\.lo|\.gb18030)?\.(pdf|docx|txt|md)$/, '');
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const [key, paths] of groups) {
    if (paths.length < 2) continue;
    it(`${key}: ${paths.length} files, one text up to layout`, async () => {
      const docs = await Promise.all(paths.map((p) => processFile(p)));
      for (const d of docs.slice(1)) {
        const same = d.contentKey === docs[0].contentKey || nearDuplicate(d.json.document.text, docs[0].json.document.text);
        if (!same) {
          throw new Error(
            `${d.json.document.source} vs ${docs[0].json.document.source}: jaccard ${bigramJaccard(d.json.document.text, docs[0].json.document.text).toFixed(4)}`,
          );
        }
      }
    });
  }
});

describe('batch ingest (in-process: vitest runs the TS sources)', () => {
  it('stores the samples once, links the other formats, and a second run finds all unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-pipe-'));
    try {
      const db = openDb(join(dir, 'a.db'));
      const archive = new Archive(db);
      const results: FileResult[] = [];
      const s1 = await runIngest(archive, ['samples', 'samples/nope.pdf'], { concurrency: 2, onResult: (r) => results.push(r) });
      expect(s1.failed).toBe(1);
      expect(results.find((r) => r.status === 'failed')).toMatchObject({ path: 'samples/nope.pdf', error: 'no such file or directory' });
      expect(s1.added + s1.linked).toBe(SAMPLES.length);
      // results come in the order the files were listed: by name, DOCX before text before PDF
      const order = results.slice(0, SAMPLES.length).map((r) => r.path);
      expect([...order].sort()).toEqual([...SAMPLES].sort());
      expect(order.indexOf('samples/kuaibao-2022-23-tobacco.docx')).toBeLessThan(order.indexOf('samples/kuaibao-2022-23-tobacco.pdf'));
      expect(order.indexOf('samples/notice-yungongtong-2022-21.txt')).toBeLessThan(order.indexOf('samples/notice-yungongtong-2022-21.pdf'));
      const notice = results.find((r) => r.path === 'samples/notice-yungongtong-2022-21.txt')!;
      expect(notice.status).toBe('added');
      // a batch checkpoints the WAL less often while it runs, and gives the setting back after
      let during = 0;
      const s2 = await runIngest(archive, ['samples'], {
        concurrency: 2,
        onResult: () => (during = db.pragma('wal_autocheckpoint', { simple: true }) as number),
      });
      expect(during).toBe(16384);
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      expect(s2.unchanged).toBe(SAMPLES.length);
      expect(s2.added + s2.updated + s2.linked + s2.failed).toBe(0);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('after a rules change the stored documents are re-extracted from their stored text, without parsing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-pipe-'));
    try {
      const db = openDb(join(dir, 'a.db'));
      const archive = new Archive(db);
      await runIngest(archive, ['samples'], { concurrency: 2 });
      const counts = () =>
        db.prepare(`SELECT d.id, d.text, (SELECT count(*) FROM quantities q WHERE q.document_id = d.id) AS q,
          (SELECT count(*) FROM entities e WHERE e.document_id = d.id) AS e, (SELECT group_concat(page) FROM quantities q WHERE q.document_id = d.id) AS pages
          FROM documents d ORDER BY d.id`).all();
      const before = counts();
      db.prepare(`UPDATE documents SET rules_version = 'old'`).run();
      let parsed = 0;
      const processor = {
        threads: 1,
        run: async () => {
          parsed++;
          throw new Error('parsed');
        },
        reextract: async (c: Parameters<typeof extractCanonical>[0]) => extractCanonical(c),
        close: async () => {},
      };
      const s = await runIngest(archive, ['samples'], { concurrency: 2, processor });
      expect(parsed).toBe(0);
      expect(s.updated).toBe(before.length);
      expect(s.unchanged).toBe(SAMPLES.length - before.length);
      expect(counts()).toEqual(before);
      expect((db.prepare(`SELECT count(*) AS n FROM documents WHERE rules_version = 'old'`).get() as { n: number }).n).toBe(0);
      // a linked copy alone brings its document up to date too; the document keeps its first source
      db.prepare(`UPDATE documents SET rules_version = 'old'`).run();
      const pdf = 'samples/kuaibao-2022-23-tobacco.pdf';
      const r: FileResult[] = [];
      await runIngest(archive, [pdf], { processor, onResult: (x) => r.push(x) });
      expect(parsed).toBe(0);
      expect(r[0].status).toBe('updated');
      const doc = db.prepare('SELECT source, format, rules_version FROM documents WHERE id = ?').get(r[0].documentId) as Record<string, string>;
      expect(doc.rules_version).not.toBe('old');
      expect(doc.source).toBe('samples/kuaibao-2022-23-tobacco.docx');
      expect(doc.format).toBe('docx');
      const src = db.prepare('SELECT format FROM sources WHERE path = ?').get(pdf) as { format: string };
      expect(src.format).toBe('pdf');
      expect(counts()).toEqual(before);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an aborted run stores only whole documents and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-pipe-'));
    try {
      const db = openDb(join(dir, 'a.db'));
      const ac = new AbortController();
      let n = 0;
      const s = await runIngest(new Archive(db), ['samples'], {
        concurrency: 1,
        signal: ac.signal,
        onResult: () => {
          if (++n === 1) ac.abort();
        },
      });
      expect(s.interrupted).toBe(true);
      // the files in hand were finished, the rest of the batch was not started
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThan(SAMPLES.length);
      // every listed file is accounted for: the ones not started are counted as not processed
      expect(s.added + s.linked + s.unchanged + s.failed + s.skipped).toBe(SAMPLES.length);
      expect(s.skipped).toBeGreaterThan(0);
      const docs = db.prepare('SELECT id FROM documents').all() as { id: string }[];
      expect(docs.length).toBeGreaterThanOrEqual(1);
      const sources = (db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
      expect(sources).toBe(n);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
