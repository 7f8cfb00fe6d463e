import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DbError, currentSchemaVersion, openDb } from '../../src/store/db.js';
import { Archive, sectionOf } from '../../src/store/write.js';
import { migrations } from '../../src/store/migrations.js';
import { fakeDoc } from './helpers.js';

const TEXT = '普洱市共有产业工人11.45万人，增长12.5%。\n全国劳模袁坤领衔16个劳模创新工作室。\n第三段。';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-store-'));
  path = join(dir, 'sub', 'a.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const count = (db: Database.Database, t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;

describe('opening and migrating', () => {
  it('creates the folder and runs every migration on an empty database', () => {
    const db = openDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(currentSchemaVersion());
    expect(currentSchemaVersion()).toBe(Math.max(...migrations.map((m) => m.version)));
    // since schema 11 sections and the item tables are views of <table>_rows (integer keys), read and written as tables
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view')`).all() as { name: string }[]).map((r) => r.name);
    for (const t of ['documents', 'sources', 'sections', 'quantities', 'awards', 'workshops', 'entities', 'ingest_errors']) {
      expect(tables).toContain(t);
    }
    expect(String(db.pragma('journal_mode', { simple: true })).toLowerCase()).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('reopens without re-running migrations and keeps the data', () => {
    let db = openDb(path);
    new Archive(db).store(fakeDoc(TEXT), { fileHash: 'h1', path: 'a.txt', size: 10 });
    db.close();
    db = openDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(currentSchemaVersion());
    expect(count(db, 'documents')).toBe(1);
    expect(count(db, 'quantities')).toBe(2);
    db.close();
  });

  it('upgrades a version-1 database without loss', () => {
    const raw = new Database(path.replace('sub/', ''));
    raw.exec(migrations[0].sql);
    raw.pragma('user_version = 1');
    raw.close();
    const db = openDb(path.replace('sub/', ''));
    expect(db.pragma('user_version', { simple: true })).toBe(currentSchemaVersion());
    new Archive(db).store(fakeDoc(TEXT), { fileHash: 'h1', path: 'a.txt', size: 10 });
    expect(count(db, 'documents')).toBe(1);
    db.close();
  });

  it('refuses a file that is not SQLite with a clear DbError (exit 2)', () => {
    const bad = join(dir, 'bad.db');
    writeFileSync(bad, 'this is not a database at all, just some text that is long enough to be a header'.repeat(20));
    expect(() => openDb(bad)).toThrow(DbError);
    expect(() => openDb(bad)).toThrow(/not an SQLite database/);
    try {
      openDb(bad);
    } catch (e) {
      expect((e as DbError).exitCode).toBe(2);
    }
    expect(() => openDb(dir)).toThrow(/directory/);
    expect(() => openDb(join(dir, 'none.db'), { readonly: true })).toThrow(/no archive/);
  });
});

describe('storing documents', () => {
  it('stores a document whole: row, source, sections and every item with its section', () => {
    const db = openDb(path);
    const a = new Archive(db);
    const pd = fakeDoc(TEXT);
    expect(a.store(pd, { fileHash: pd.json.document.id, path: 'a.txt', size: 10 })).toEqual({
      status: 'added',
      documentId: pd.json.document.id,
    });
    const doc = db.prepare('SELECT * FROM documents').get() as Record<string, unknown>;
    expect(doc.text).toBe(TEXT);
    expect(doc.total_issue).toBe(40);
    expect(JSON.parse(doc.issuers as string)).toEqual(['甲办公室', '乙办公室']);
    expect(doc.rules_version).toBe('r1');
    expect(count(db, 'sources')).toBe(1);
    expect(count(db, 'sections')).toBe(2);
    expect(count(db, 'quantities')).toBe(2);
    expect(count(db, 'awards')).toBe(1);
    expect(count(db, 'workshops')).toBe(1);
    expect(count(db, 'entities')).toBe(1);
    const q = db.prepare('SELECT * FROM quantities ORDER BY idx').all() as Record<string, unknown>[];
    expect(q[0].value_text).toBe('114500');
    expect(q[0].section).toBe(1); // innermost section holding it
    expect(q[0].page).toBe(1); // from the canonical lines
    expect(q[1].part_of).toBe(0);
    expect(TEXT.slice(q[0].start as number, q[0].end as number)).toBe(q[0].text);
    db.close();
  });

  it('same bytes again → unchanged; --force or a rules change → updated, items replaced not doubled', () => {
    const db = openDb(path);
    const a = new Archive(db);
    const pd = fakeDoc(TEXT);
    const src = { fileHash: pd.json.document.id, path: 'a.txt', size: 10 };
    a.store(pd, src);
    expect(a.isUnchanged(src.fileHash, 'r1', false)).toEqual({ documentId: pd.json.document.id });
    expect(a.store(pd, src).status).toBe('unchanged');
    expect(a.store(pd, src, true).status).toBe('updated');
    expect(a.isUnchanged(src.fileHash, 'r2', false)).toBeNull();
    const pd2 = fakeDoc(TEXT, {}, 'r2');
    pd2.json.quantities.pop();
    expect(a.store(pd2, src).status).toBe('updated');
    expect(count(db, 'documents')).toBe(1);
    expect(count(db, 'quantities')).toBe(1);
    expect(count(db, 'sources')).toBe(1);
    db.close();
  });

  it('the same text from another file (up to whitespace) is linked, not stored twice', () => {
    const db = openDb(path);
    const a = new Archive(db);
    const pd = fakeDoc(TEXT);
    a.store(pd, { fileHash: pd.json.document.id, path: 'a.docx', size: 10 });
    const copy = fakeDoc(TEXT.replace(/，/, ' ，  ').replace('\n', '\n  '), { format: 'pdf' });
    expect(copy.json.document.id).not.toBe(pd.json.document.id);
    const r = a.store(copy, { fileHash: copy.json.document.id, path: 'a.pdf', size: 10 });
    expect(r).toEqual({ status: 'linked', documentId: pd.json.document.id });
    expect(count(db, 'documents')).toBe(1);
    expect(count(db, 'sources')).toBe(2);
    expect(count(db, 'quantities')).toBe(2);
    db.close();
  });

  it('near-identical text of the same issue is linked; the same template with other figures is not', () => {
    const db = openDb(path);
    const a = new Archive(db);
    const long = (TEXT + '\n').repeat(10) + '各地区各部门要认真贯彻落实产业工人队伍建设改革的部署要求，扎实推进各项工作。'.repeat(5);
    const pd = fakeDoc(long);
    a.store(pd, { fileHash: 'f1', path: 'a.docx', size: 1 });
    const glitch = fakeDoc(long.replace('第三段', '第三叚'), { format: 'pdf' });
    expect(glitch.contentKey).not.toBe(pd.contentKey);
    expect(a.store(glitch, { fileHash: 'f2', path: 'a.pdf', size: 1 }).status).toBe('linked');
    const other = fakeDoc(long.replace(/11\.45/g, '12.05').replace(/12\.5%/g, '13.5%').replace(/16个/g, '18个'));
    expect(a.store(other, { fileHash: 'f3', path: 'b.txt', size: 1 }).status).toBe('added');
    expect(count(db, 'documents')).toBe(2);
    db.close();
  });

  it('a failure in the middle of a document leaves nothing of it behind', () => {
    const db = openDb(path);
    const a = new Archive(db);
    const pd = fakeDoc(TEXT);
    // the second quantity is broken: NOT NULL constraint fails after the document row and the first item
    (pd.json.quantities[1] as { subject: unknown }).subject = null;
    expect(() => a.store(pd, { fileHash: pd.json.document.id, path: 'a.txt', size: 10 })).toThrow();
    for (const t of ['documents', 'sources', 'sections', 'quantities', 'awards', 'workshops', 'entities']) {
      expect(count(db, t)).toBe(0);
    }
    db.close();
  });

  it('a batch in one transaction: a document that fails leaves nothing, the others are stored', () => {
    const db = openDb(path);
    const a = new Archive(db);
    const good1 = fakeDoc(TEXT + '\n甲');
    const bad = fakeDoc(TEXT + '\n乙');
    (bad.json.awards[0] as { name: unknown }).name = null;
    const good2 = fakeDoc(TEXT + '\n丙');
    const src = (pd: typeof good1) => ({ fileHash: pd.json.document.id, path: 'p', size: 1 });
    const r = a.storeMany([good1, bad, good2].map((pd) => ({ pd, src: src(pd) })));
    expect(r[0]).toMatchObject({ status: 'added' });
    expect(r[1]).toHaveProperty('error');
    expect(r[2]).toMatchObject({ status: 'added' });
    expect(count(db, 'documents')).toBe(2);
    expect(count(db, 'sources')).toBe(2);
    expect(count(db, 'quantities')).toBe(4);
    expect(count(db, 'awards')).toBe(2);
    expect(db.prepare('SELECT count(*) AS n FROM documents WHERE id = ?').get(bad.json.document.id)).toEqual({ n: 0 });
    db.close();
  });

  it('records ingest errors', () => {
    const db = openDb(path);
    new Archive(db).recordError('x.pdf', 'not a PDF');
    const rows = db.prepare('SELECT path, reason, at FROM ingest_errors').all() as { path: string; reason: string; at: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ path: 'x.pdf', reason: 'not a PDF' });
    expect(rows[0].at).toMatch(/^\d{4}-\d\d-\d\dT/);
    db.close();
  });

  it('sectionOf picks the innermost section', () => {
    const secs = fakeDoc(TEXT).sections;
    expect(sectionOf(secs, 0)).toBe(0);
    expect(sectionOf(secs, 5)).toBe(1);
    expect(sectionOf([], 5)).toBeNull();
  });
});
