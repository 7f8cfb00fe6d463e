// A file that differs from a stored document only by a figure (技术能手 29 名 → 30 名) is a
// correction, not a copy: it is stored as a document of its own, never linked to the old one
// (whose figures would then stand for both), and compare reports the changed figure.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest, type FileResult } from '../../src/pipeline/ingest.js';
import { nearDuplicate } from '../../src/normalize/similar.js';
import { openDb } from '../../src/store/db.js';
import { Archive } from '../../src/store/write.js';
import { compareArchive } from '../../src/compare/index.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-corrected-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a corrected figure', () => {
  const original = readFileSync('samples/kuaibao-2022-23-tobacco.txt', 'utf8');
  const corrected = original.replace('技术能手 29 名', '技术能手 30 名');

  it('is not a near duplicate of the original, though the texts are 99.9% alike', () => {
    expect(corrected).not.toBe(original);
    expect(nearDuplicate(original, corrected)).toBe(false);
    // a page number alone on its line is layout, not a figure
    expect(nearDuplicate(original, original.replace('\n', '\n- 3 -\n'))).toBe(true);
  });

  it('is stored as a document of its own, and compare reports the change', async () => {
    writeFileSync(join(dir, 'a.txt'), original);
    writeFileSync(join(dir, 'b.txt'), corrected);
    const db = openDb(join(dir, 'a.db'));
    try {
      const archive = new Archive(db);
      const results: FileResult[] = [];
      await runIngest(archive, [join(dir, 'a.txt'), join(dir, 'b.txt')], { concurrency: 1, onResult: (r) => results.push(r) });
      expect(results.map((r) => r.status)).toEqual(['added', 'added']);
      expect(results[0]!.documentId).not.toBe(results[1]!.documentId);
      const changed = compareArchive(db).filter((f) => f.items.some((i) => i.value === 29) && f.items.some((i) => i.value === 30));
      expect(changed.length).toBeGreaterThan(0);
      expect(changed[0]!.items.map((i) => i.text).sort()).toEqual(['29名', '30名']);
    } finally {
      db.close();
    }
  });
});
