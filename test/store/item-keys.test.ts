// Schema 11: sections and item rows keyed by documents.doc (an integer), the tables users know as
// views of the same columns. An archive of schema 10 upgrades with every row kept, and the views
// take the reads and writes that the tables took, from gongwen and from other tools.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentSchemaVersion, openDb } from '../../src/store/db.js';
import { migrations } from '../../src/store/migrations.js';
import { Archive } from '../../src/store/write.js';
import { fakeDoc } from './helpers.js';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-keys-'));
  path = join(dir, 'a.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = '普洱市共有产业工人11.45万人，增长12.5%。\n第二段落。';
const ITEM_TABLES = ['sections', 'quantities', 'awards', 'workshops', 'entities'];

/** every row of the user-facing tables, by content */
function dump(db: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(ITEM_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY document_id, idx`).all()]));
}

/** an archive written by the schema-10 code: the migrations up to 10 and rows inserted as that writer did */
function schema10(): { db: Database.Database; before: Record<string, unknown[]> } {
  const raw = new Database(path);
  for (const m of migrations.filter((x) => x.version <= 10)) {
    raw.exec(m.sql);
    m.after?.(raw);
  }
  raw.pragma('user_version = 10');
  // the rows of a current archive, copied into the schema-10 tables
  const cur = openDb(join(dir, 'cur.db'));
  const a = new Archive(cur);
  for (const t of [TEXT, '曲靖市产业工会成立，会员1200名。']) {
    const pd = fakeDoc(t);
    a.store(pd, { fileHash: pd.json.document.id, path: `${pd.json.document.id}.txt`, size: 1 });
  }
  const before = dump(cur);
  const docs = cur.prepare('SELECT * FROM documents ORDER BY doc').all() as Record<string, unknown>[];
  cur.close();
  for (const d of docs) {
    const cols = Object.keys(d).filter((c) => c !== 'doc');
    raw.prepare(`INSERT INTO documents (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(Object.fromEntries(cols.map((c) => [c, d[c]])));
  }
  for (const [t, rows] of Object.entries(before)) {
    for (const r of rows as Record<string, unknown>[]) {
      const cols = Object.keys(r);
      raw.prepare(`INSERT INTO ${t} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(r);
    }
  }
  return { db: raw, before };
}

describe('schema 11: integer document keys', () => {
  it('upgrades a schema-10 archive with every section and item kept, each under its document', () => {
    const { db: raw, before } = schema10();
    expect(before.quantities.length).toBeGreaterThan(2);
    raw.close();
    const db = openDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(currentSchemaVersion());
    expect(dump(db)).toEqual(before);
    // the rows themselves carry the integer key, not the 64-character id
    const cols = (db.prepare(`SELECT name FROM pragma_table_info('quantities_rows')`).pluck().all() as string[]);
    expect(cols[0]).toBe('doc');
    expect(cols).not.toContain('document_id');
    db.close();
  });

  it('the views take DELETE, UPDATE and INSERT as the tables did', () => {
    const db = openDb(path);
    const a = new Archive(db);
    const pd = fakeDoc(TEXT);
    a.store(pd, { fileHash: 'h1', path: 'a.txt', size: 1 });
    const id = pd.json.document.id;
    db.prepare('UPDATE quantities SET page = 7 WHERE document_id = ? AND idx = 0').run(id);
    expect(db.prepare('SELECT page FROM quantities WHERE document_id = ? AND idx = 0').pluck().get(id)).toBe(7);
    expect(db.prepare('SELECT page FROM quantities WHERE document_id = ? AND idx = 1').pluck().get(id)).toBe(1);
    db.prepare('DELETE FROM quantities WHERE document_id = ? AND idx = 1').run(id);
    expect(db.prepare('SELECT idx FROM quantities WHERE document_id = ?').pluck().all(id)).toEqual([0]);
    db.prepare(`INSERT INTO awards (document_id, idx, name, level, count, recipients, text, start, "end", section, page, rule)
      VALUES (?, 5, '五一劳动奖章', NULL, NULL, '[]', 'x', 0, 1, NULL, NULL, 't')`).run(id);
    expect(db.prepare('SELECT name FROM v_awards WHERE document_id = ? AND idx = 5').pluck().get(id)).toBe('五一劳动奖章');
    db.close();
  });

  it('deleting a document deletes its rows, foreign keys on or off (stock tools leave them off)', () => {
    const db = openDb(path);
    const a = new Archive(db);
    const one = fakeDoc(TEXT);
    const two = fakeDoc('曲靖市产业工会成立，会员1200名。');
    a.store(one, { fileHash: 'h1', path: 'a.txt', size: 1 });
    a.store(two, { fileHash: 'h2', path: 'b.txt', size: 1 });
    db.pragma('foreign_keys = OFF');
    db.prepare('DELETE FROM documents WHERE id = ?').run(one.json.document.id);
    for (const t of ITEM_TABLES) {
      expect(db.prepare(`SELECT count(*) FROM ${t}_rows`).pluck().get()).toBe(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get());
      expect(db.prepare(`SELECT count(*) FROM ${t} WHERE document_id = ?`).pluck().get(one.json.document.id)).toBe(0);
    }
    expect(db.prepare('SELECT count(*) FROM quantities WHERE document_id = ?').pluck().get(two.json.document.id)).toBeGreaterThan(0);
    // a document stored after the delete gets a key of its own, and its rows only
    const three = fakeDoc('昆明市工人文化宫，职工300人。');
    a.store(three, { fileHash: 'h3', path: 'c.txt', size: 1 });
    const keys = db.prepare('SELECT doc FROM documents ORDER BY doc').pluck().all() as number[];
    expect(new Set(keys).size).toBe(2);
    expect(db.prepare('SELECT count(*) FROM quantities WHERE document_id = ?').pluck().get(three.json.document.id)).toBe(
      three.json.quantities.length,
    );
    db.close();
  });
});
