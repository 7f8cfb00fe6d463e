// End to end through processFile: these depend on the extractors (quantities with partOf,
// cumulative, subjects) and pass once extraction has landed.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';
import { checkDocument, compareArchive } from '../../src/compare/index.js';
import { search } from '../../src/analysis/search.js';
import type { DB } from '../../src/store/db.js';
import { SAMPLES, store, tempDb } from '../analysis/helpers.js';

let db: DB | null = null;
afterEach(() => {
  db?.close();
  db = null;
});

describe('compare / check through processFile', () => {
  it('the three samples stored: no error-severity finding; search finds 烟 and 劳模', async () => {
    db = tempDb().db;
    for (const f of ['kuaibao-2022-23-tobacco.txt', 'kuaibao-2021-10-qujing.md', 'notice-yungongtong-2022-21.txt']) {
      store(db, await processFile(join(SAMPLES, f)));
    }
    expect(compareArchive(db).filter((f) => f.severity === 'error')).toEqual([]);
    expect(search(db, '烟').length).toBe(1);
    expect(search(db, '劳模').length).toBeGreaterThan(0);
  });

  it('check: the tobacco bulletin with 11490 changed to 11590 has a sum-mismatch error with spans', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-check-'));
    const path = join(dir, 'draft.txt');
    writeFileSync(path, readFileSync(join(SAMPLES, 'kuaibao-2022-23-tobacco.txt'), 'utf8').replace('11490 人', '11590 人'));
    const pd = await processFile(path);
    const f = checkDocument(null, pd).filter((x) => x.type === 'sum-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    const text = pd.json.document.text;
    expect(f[0].items[0].value).toBe(11590);
    expect(f[0].items.map((i) => i.value).slice(1).sort((a, b) => a! - b!)).toEqual([125, 1122, 1167, 3445, 5631]);
    for (const it of f[0].items) expect(text.slice(it.start, it.end)).toBe(it.text);
  });
});
