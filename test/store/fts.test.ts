// documents_fts is filled by the writer once a transaction's documents are written (schema 6),
// not by a trigger inside each document's savepoint: every stored text is indexed exactly once,
// a document rolled back leaves no index row, a changed text is found by its new words only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/db.js';
import { Archive } from '../../src/store/write.js';
import { search } from '../../src/analysis/search.js';
import { fakeDoc } from './helpers.js';

const TEXT = '普洱市共有产业工人11.45万人，增长12.5%。\n全国劳模袁坤领衔16个劳模创新工作室。';
let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-fts-'));
  db = openDb(join(dir, 'a.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** documents whose index rows hold this trigram (the index alone, no verification on the text) */
const indexed = (tri: string): string[] =>
  (db
    .prepare(`SELECT s.document_id AS id FROM doc_search s JOIN documents d ON d.id = s.document_id WHERE d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?) ORDER BY id`)
    .all(`"${tri}"`) as { id: string }[]).map((r) => r.id);
const src = (id: string) => ({ fileHash: id, path: `${id}.txt`, size: 1 });

describe('the full-text index written by the archive', () => {
  it('indexes every document of a batch once, and none rolled back', () => {
    const a = new Archive(db);
    const good1 = fakeDoc(`${TEXT}\n鹦鹉螺号`);
    const bad = fakeDoc(`${TEXT}\n麒麟角号`);
    (bad.json.awards[0] as { name: unknown }).name = null; // fails inside its savepoint
    const good2 = fakeDoc(`${TEXT}\n凤凰木号`);
    const r = a.storeMany([good1, bad, good2].map((pd) => ({ pd, src: src(pd.json.document.id) })));
    expect(r.map((x) => ('error' in x ? 'error' : x.status))).toEqual(['added', 'error', 'added']);
    const ids = [good1, good2].map((d) => d.json.document.id).sort();
    expect(indexed('普洱市')).toEqual(ids);
    expect(indexed('鹦鹉螺')).toEqual([good1.json.document.id]);
    expect(indexed('凤凰木')).toEqual([good2.json.document.id]);
    expect(indexed('麒麟角')).toEqual([]);
    expect(search(db, '凤凰木').map((h) => h.documentId)).toEqual([good2.json.document.id]);
  });

  it('a document stored again with another text is found by its new words only', () => {
    const a = new Archive(db);
    const first = fakeDoc(`${TEXT}\n鹦鹉螺号`);
    const id = first.json.document.id;
    a.store(first, src(id));
    const again = fakeDoc(`${TEXT}\n珊瑚礁号`);
    again.json.document.id = id; // same file, parsed differently (a new parser)
    expect(a.store(again, src(id), true).status).toBe('updated');
    expect(indexed('鹦鹉螺')).toEqual([]);
    expect(indexed('珊瑚礁')).toEqual([id]);
    expect(indexed('普洱市')).toEqual([id]);
  });

  it('one document twice in a batch: indexed once, with the text that stayed', () => {
    const a = new Archive(db);
    const one = fakeDoc(`${TEXT}\n鹦鹉螺号`);
    const id = one.json.document.id;
    const two = fakeDoc(`${TEXT}\n珊瑚礁号`);
    two.json.document.id = id;
    a.storeMany([
      { pd: one, src: src(id) },
      { pd: two, src: src(id), force: true },
    ]);
    expect((db.prepare('SELECT text FROM documents WHERE id = ?').get(id) as { text: string }).text).toContain('珊瑚礁');
    expect(indexed('珊瑚礁')).toEqual([id]);
    expect(indexed('鹦鹉螺')).toEqual([]);
    expect(indexed('普洱市')).toEqual([id]);
  });
});

describe('a document stored by another tool', () => {
  it('is found by search before gongwen indexes it (on its text), and indexed by the next write', () => {
    const a = new Archive(db);
    const first = fakeDoc(`${TEXT}\n鹦鹉螺号`);
    a.store(first, src(first.json.document.id));
    // as the sqlite3 shell would: a bare INSERT (the trigger gives it a pending doc_search row)
    db.prepare(
      `INSERT INTO documents (id, source, format, kind, text, content_key, rules_version, stored_at)
       VALUES ('manual', 'manual.txt', 'txt', 'other', '外来文本：珊瑚礁号报道', 'k', 'r0', '2024-01-01')`,
    ).run();
    expect(indexed('珊瑚礁')).toEqual([]);
    expect(search(db, '珊瑚礁').map((h) => h.documentId)).toEqual(['manual']);
    expect(search(db, '外来').map((h) => h.documentId)).toEqual(['manual']);
    const next = fakeDoc(`${TEXT}\n凤凰木号`);
    a.store(next, src(next.json.document.id));
    expect(indexed('珊瑚礁')).toEqual(['manual']);
    expect(db.prepare('SELECT count(*) FROM doc_search WHERE fts = 0').pluck().get()).toBe(0);
    expect(search(db, '外来').map((h) => h.documentId)).toEqual(['manual']);
  });
});
