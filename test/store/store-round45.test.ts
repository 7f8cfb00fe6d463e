// Round 45 (issue 17: the archive per document): documents.lines without its default keys, the
// writer giving a new row its doc key itself, and a new archive that gives freed pages back.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/db.js';
import { Archive } from '../../src/store/write.js';
import { parseStoredLines, storedLinesJson } from '../../src/store/stored-lines.js';
import type { CanonicalLine } from '../../src/types.js';
import { fakeDoc } from './helpers.js';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-r45-'));
  path = join(dir, 'a.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const LINES: CanonicalLine[] = [
  { start: 0, end: 8, page: null, heading: false },
  { start: 9, end: 15, page: null, heading: true, level: 1 },
  { start: 16, end: 30, page: 2, heading: false },
  { start: 31, end: 40, page: 3, heading: true, level: 2 },
];
const FULL = JSON.stringify(LINES);

describe('documents.lines without default keys', () => {
  it('leaves out a null page and a false heading, and nothing else', () => {
    expect(storedLinesJson(LINES)).toBe(
      '[{"start":0,"end":8},{"start":9,"end":15,"heading":true,"level":1},{"start":16,"end":30,"page":2},{"start":31,"end":40,"page":3,"heading":true,"level":2}]',
    );
  });

  it('reads either form back as the full lines, keys in the same order', () => {
    expect(JSON.stringify(parseStoredLines(storedLinesJson(LINES)))).toBe(FULL);
    expect(JSON.stringify(parseStoredLines(FULL))).toBe(FULL);
  });

  it('is what the writer stores, and a schema-12 row is rewritten by migration 13', () => {
    const pd = fakeDoc('江川区召开年度工作会议。\n会议部署三项任务。');
    pd.lines = LINES;
    let db = openDb(path);
    new Archive(db).store(pd, { fileHash: 'f1', path: 'a.txt', size: 10 });
    const stored = () => db.prepare('SELECT lines FROM documents').pluck().get() as string;
    expect(stored()).toBe(storedLinesJson(LINES));
    db.prepare('UPDATE documents SET lines = ?').run(FULL);
    db.pragma('user_version = 12');
    db.close();
    db = openDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    expect(stored()).toBe(storedLinesJson(LINES));
    db.close();
  });
});

describe('document keys and free pages', () => {
  it('numbers new documents 1, 2, … without the trigger rewriting the row', () => {
    const db = openDb(path);
    const a = new Archive(db);
    a.store(fakeDoc('甲县发布第一期简报。'), { fileHash: 'f1', path: 'a.txt', size: 10 });
    a.store(fakeDoc('乙县发布第二期简报。'), { fileHash: 'f2', path: 'b.txt', size: 10 });
    expect(db.prepare('SELECT doc FROM documents ORDER BY doc').pluck().all()).toEqual([1, 2]);
    db.close();
  });

  it('creates an archive in incremental auto-vacuum mode and leaves an existing one as it is', () => {
    const db = openDb(path);
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    db.close();
    const other = join(dir, 'b.db');
    const plain = new Database(other);
    plain.exec('CREATE TABLE t (x)');
    plain.close();
    const db2 = openDb(other);
    expect(db2.pragma('auto_vacuum', { simple: true })).toBe(0);
    db2.close();
  });

  it('ends a batch with no free page left in the file', () => {
    const db = openDb(path);
    const a = new Archive(db);
    const end = a.beginBulk();
    for (let i = 0; i < 40; i++) a.store(fakeDoc(`第${i}号通知：全县新增就业岗位${i + 100}个。`.repeat(60)), { fileHash: `h${i}`, path: `${i}.txt`, size: 10 });
    db.prepare('DELETE FROM documents WHERE doc <= 20').run();
    expect(db.pragma('freelist_count', { simple: true })).toBeGreaterThan(0);
    end();
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
    db.close();
  });
});
