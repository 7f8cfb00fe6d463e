// Schema 12: the same information in fewer bytes. A figure's sentence is stored as its place in the
// document's text, an entity's name and text only when they differ from its canonical name and name,
// and the one-character index is gone (search reads the trigram index's vocabulary). An archive of
// schema 11 converts in place with every row of every view unchanged, and search finds what it found.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentSchemaVersion, openDb } from '../../src/store/db.js';
import { migrations } from '../../src/store/migrations.js';
import { Archive } from '../../src/store/write.js';
import { sentenceBytes } from '../../src/store/stored-rows.js';
import { search } from '../../src/analysis/search.js';
import { fakeDoc } from './helpers.js';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-compact-'));
  path = join(dir, 'a.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// 𠀀 and 𪚥 lie outside the Basic Multilingual Plane: two UTF-16 units, one SQLite character, four UTF-8 bytes
const TEXTS = [
  '普洱市共有产业工人11.45万人，增长12.5%。\n第二段落，劳 模事迹。',
  '𠀀𪚥曲靖市产业工会成立。会员11.45万人，其中女职工5000人。\n烟',
  '昆明市工人文化宫，职工300人。劳模',
];
const VIEWS = ['sections', 'quantities', 'awards', 'workshops', 'entities', 'citations', 'v_quantities', 'v_awards', 'v_workshops', 'v_entities'];

function docOf(text: string) {
  const pd = fakeDoc(text);
  const first = text.split('\n')[0];
  // the figure's sentence: the clause holding it, as the extractor gives it
  const at = text.indexOf('11.45万人');
  if (at >= 0) pd.json.quantities[0].sentence = text.slice(text.lastIndexOf('。', at) + 1, text.indexOf('。', at) + 1);
  else pd.json.quantities[0].sentence = first;
  pd.json.entities.push({ type: 'place', name: '普洱市', canonical: '普洱市', role: null, text: '普洱市', start: 0, end: 3, rule: 'e2' });
  return pd;
}

function dump(db: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(VIEWS.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY document_id, idx`).all()]));
}

function storeAll(db: Database.Database): void {
  const a = new Archive(db);
  for (const t of TEXTS) {
    const pd = docOf(t);
    a.store(pd, { fileHash: pd.json.document.id, path: `${pd.json.document.id}.txt`, size: 1 });
  }
}

/** an archive as schema 11 wrote it: the migrations up to 11, the rows of a current archive written through its views */
function schema11(): Record<string, unknown[]> {
  const cur = openDb(join(dir, 'cur.db'));
  storeAll(cur);
  const before = dump(cur);
  const docs = cur.prepare('SELECT * FROM documents ORDER BY doc').all() as Record<string, unknown>[];
  cur.close();
  const raw = new Database(path);
  for (const m of migrations.filter((x) => x.version <= 11)) {
    raw.exec(m.sql);
    m.after?.(raw);
  }
  raw.pragma('user_version = 11');
  for (const d of docs) {
    const cols = Object.keys(d);
    raw.prepare(`INSERT INTO documents (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(d);
  }
  for (const t of ['sections', 'quantities', 'awards', 'workshops', 'entities', 'citations']) {
    for (const r of before[t] as Record<string, unknown>[]) {
      const cols = Object.keys(r);
      raw.prepare(`INSERT INTO ${t} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(r);
    }
  }
  // schema 11's writer filled both full-text indexes
  const rows = raw.prepare('SELECT s.rowid AS srow, d.rowid AS drow, d.text AS text FROM doc_search s JOIN documents d ON d.id = s.document_id').all() as { srow: number; drow: number; text: string }[];
  for (const r of rows) {
    raw.prepare('INSERT INTO documents_fts(rowid, text) VALUES (?, ?)').run(r.drow, r.text);
    raw.prepare('INSERT INTO documents_uni(rowid, text) VALUES (?, ?)').run(r.srow, [...r.text].join(' '));
    raw.prepare('UPDATE doc_search SET fts = 1, uni = 1 WHERE rowid = ?').run(r.srow);
  }
  expect(raw.prepare(`SELECT count(*) FROM quantities_rows WHERE sentence IS NOT NULL`).pluck().get()).toBeGreaterThan(0);
  raw.close();
  return before;
}

const SEARCHES = ['劳模', '烟', '产业工人', '工人 300', '万人', '𪚥', '。', '劳 模'];
const found = (db: Database.Database) => Object.fromEntries(SEARCHES.map((q) => [q, search(db, q).map((h) => [h.documentId, h.start, h.end, h.snippet])]));

describe('schema 12: the same information in fewer bytes', () => {
  it('converts a schema-11 archive in place: every row of every view, and every search, as before', () => {
    const before = schema11();
    const db = openDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(currentSchemaVersion());
    expect(dump(db)).toEqual(before);
    // what the index proposes, verified, is what a check of every text finds (documents not yet indexed are checked so)
    const searched = found(db);
    expect(Object.values(searched).every((hits) => hits.length > 0)).toBe(true);
    db.prepare('UPDATE doc_search SET fts = 0').run();
    expect(found(db)).toEqual(searched);
    db.prepare('UPDATE doc_search SET fts = 1').run();
    // what the rows no longer hold twice
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'documents_uni'`).pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM quantities_rows WHERE sentence IS NULL AND sentence_at IS NOT NULL`).pluck().get()).toBe(3);
    expect(db.prepare(`SELECT count(*) FROM entities_rows WHERE name IS NULL AND text IS NULL`).pluck().get()).toBe(3);
    // each rule id once, every row's key found there
    expect(db.prepare(`SELECT rule FROM item_rules ORDER BY rule`).pluck().all()).toEqual(['a', 'e', 'e2', 'q.pct', 'q.test', 'w']);
    for (const t of ['quantities', 'awards', 'workshops', 'entities']) {
      expect(db.prepare(`SELECT count(*) FROM ${t}_rows x WHERE NOT EXISTS (SELECT 1 FROM item_rules r WHERE r.id = x.rule_id)`).pluck().get()).toBe(0);
    }
    db.close();
  });

  it('the writer stores the same rows as the conversion, and the views give back the Document JSON', () => {
    schema11();
    const converted = openDb(path);
    const fresh = openDb(join(dir, 'fresh.db'));
    storeAll(fresh);
    for (const t of ['quantities_rows', 'entities_rows']) {
      const rows = (db: Database.Database) => db.prepare(`SELECT * FROM ${t} ORDER BY doc, idx`).all();
      expect(rows(fresh)).toEqual(rows(converted));
    }
    for (const text of TEXTS) {
      const pd = docOf(text);
      const q = fresh.prepare('SELECT sentence, text, start, "end" FROM quantities WHERE document_id = ? ORDER BY idx').all(pd.json.document.id);
      expect(q).toEqual(pd.json.quantities.map((x) => ({ sentence: x.sentence, text: x.text, start: x.start, end: x.end })));
      const e = fresh.prepare('SELECT name, canonical, text FROM entities WHERE document_id = ? ORDER BY idx').all(pd.json.document.id);
      expect(e).toEqual(pd.json.entities.map((x) => ({ name: x.name, canonical: x.canonical, text: x.text })));
    }
    // the sentence after the characters outside the BMP is cut at the right bytes
    expect(fresh.prepare(`SELECT sentence FROM quantities WHERE sentence LIKE '会员%'`).pluck().get()).toBe('会员11.45万人，其中女职工5000人。');
    converted.close();
    fresh.close();
  });

  it('a document whose savepoint rolls back leaves no rule key behind that others use', () => {
    const db = openDb(path);
    const a = new Archive(db);
    const bad = docOf(TEXTS[0]);
    bad.json.awards[0].rule = 'only.in.the.bad.one';
    bad.json.entities[0].rule = 'shared.new';
    (bad.json.workshops[0] as { type: unknown }).type = null; // NOT NULL: this document fails after its rules were keyed
    const good = docOf(TEXTS[1]);
    good.json.entities[0].rule = 'shared.new';
    const r = a.storeMany([
      { pd: bad, src: { fileHash: 'b', path: 'b.txt', size: 1 } },
      { pd: good, src: { fileHash: 'g', path: 'g.txt', size: 1 } },
    ]);
    expect('error' in r[0]).toBe(true);
    expect(r[1]).toMatchObject({ status: 'added' });
    expect(db.prepare(`SELECT rule FROM item_rules WHERE rule LIKE '%.new' OR rule LIKE 'only%'`).pluck().all()).toEqual(['shared.new']);
    expect(db.prepare('SELECT rule FROM entities WHERE idx = 0').pluck().all()).toEqual(['shared.new']);
    db.close();
  });

  it('a sentence the text does not hold is stored as text; one it holds, as the place nearest the item', () => {
    expect(sentenceBytes('甲。乙。甲。', '甲。', 4)).toEqual([Buffer.byteLength('甲。乙。'), Buffer.byteLength('甲。')]);
    expect(sentenceBytes('甲。乙。甲。', '甲。', 0)).toEqual([0, Buffer.byteLength('甲。')]);
    expect(sentenceBytes('𠀀甲。', '甲。', 2)).toEqual([4, 6]);
    expect(sentenceBytes('甲。', '丙。', 0)).toBeNull();
    // past the byte counts kept every 4,096 UTF-16 units, with characters of 3 and 4 bytes before it
    const long = '工'.repeat(5000) + '𠀀'.repeat(3000) + '会员5000人。' + '乙'.repeat(10);
    const at = long.indexOf('会员');
    expect(sentenceBytes(long, '会员5000人。', at + 2)).toEqual([Buffer.byteLength(long.slice(0, at)), Buffer.byteLength('会员5000人。')]);
    // the same sentence far from the item is not looked for: the row keeps it
    expect(sentenceBytes(long, '会员5000人。', 10)).toBeNull();
    const db = openDb(path);
    const pd = fakeDoc(TEXTS[0]); // its second figure's sentence is 's', not in the text
    new Archive(db).store(pd, { fileHash: 'h', path: 'a.txt', size: 1 });
    expect(db.prepare('SELECT sentence, sentence_at FROM quantities_rows WHERE idx = 1').get()).toEqual({ sentence: 's', sentence_at: null });
    expect(db.prepare('SELECT sentence FROM quantities WHERE idx = 1').pluck().get()).toBe('s');
    db.close();
  });

  it('other tools write through the views as before: an inserted or changed sentence is kept as text', () => {
    const db = openDb(path);
    storeAll(db);
    const id = docOf(TEXTS[0]).json.document.id;
    db.prepare('UPDATE quantities SET page = 7 WHERE document_id = ? AND idx = 0').run(id);
    expect(db.prepare('SELECT sentence IS NULL, page FROM quantities_rows WHERE idx = 0 AND doc = (SELECT doc FROM documents WHERE id = ?)').raw().get(id)).toEqual([1, 7]);
    db.prepare(`UPDATE quantities SET sentence = '新句子。' WHERE document_id = ? AND idx = 0`).run(id);
    expect(db.prepare('SELECT sentence FROM quantities WHERE document_id = ? AND idx = 0').pluck().get(id)).toBe('新句子。');
    db.prepare(`INSERT INTO quantities (document_id, idx, kind, value, value_text, unit, approx, subject, cumulative, text, start, "end", sentence, rule)
      VALUES (?, 9, 'count', 3, '3', '人', 0, '职工', 0, '3人', 0, 2, '共3人。', 't')`).run(id);
    expect(db.prepare('SELECT sentence FROM v_quantities WHERE document_id = ? AND idx = 9').pluck().get(id)).toBe('共3人。');
    db.prepare(`INSERT INTO entities (document_id, idx, type, name, canonical, role, text, start, "end", rule)
      VALUES (?, 9, 'org', '市总', '市总工会', NULL, '市总', 0, 2, 'new.rule')`).run(id);
    expect(db.prepare('SELECT name, canonical, text, rule FROM entities WHERE document_id = ? AND idx = 9').get(id)).toEqual({ name: '市总', canonical: '市总工会', text: '市总', rule: 'new.rule' });
    db.prepare(`UPDATE awards SET rule = 'other.rule' WHERE document_id = ?`).run(id);
    expect(db.prepare('SELECT rule FROM v_awards WHERE document_id = ?').pluck().all(id)).toEqual(['other.rule']);
    db.close();
  });

  it('a 1–2 character term found only in a text\'s last two characters, or with spaces between, is still found', () => {
    const db = openDb(path);
    storeAll(db);
    const ids = TEXTS.map((t) => docOf(t).json.document.id);
    expect(search(db, '烟').map((h) => h.documentId)).toEqual([ids[1]]);
    expect(search(db, '劳模').map((h) => h.documentId).sort()).toEqual([ids[0], ids[2]].sort());
    expect(search(db, '劳模').find((h) => h.documentId === ids[0])?.text).toBe('劳 模');
    expect(search(db, '劳模 职工').map((h) => h.documentId)).toEqual([ids[2]]);
    db.close();
  });
});
