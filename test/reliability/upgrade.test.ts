// An archive made by the first released schema (version 1, kept as a fixture holding the
// samples) opens with the current version, is migrated, and keeps every document and item;
// search and the views then work over the migrated documents. From version 4 on, documents
// stored before it have no family versions (NULL): the next ingest re-extracts them whole.
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSchemaVersion, openDb } from '../../src/store/db.js';
import { search } from '../../src/analysis/search.js';
import { run } from '../../scripts/torture/cli.js';

const FIXTURE = 'test/fixtures/schema-v1/archive-v1.db';
const TABLES = ['documents', 'sources', 'sections', 'quantities', 'awards', 'workshops', 'entities', 'ingest_errors'];

let dir: string;
let db: string;

function dump(path: string): Record<string, unknown[]> {
  const d = new Database(path, { readonly: true });
  const out: Record<string, unknown[]> = {};
  // only the columns version 1 had: the upgrade may add, never change
  for (const t of TABLES) {
    const cols = (d.prepare(`SELECT name FROM pragma_table_info('${t}')`).all() as { name: string }[]).map((c) => c.name);
    // sections and the item tables by their key (since schema 11 they are views, which have no rowid)
    const order = cols.includes('document_id') && cols.includes('idx') ? 'document_id, idx' : 'rowid';
    out[t] = d.prepare(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM ${t} ORDER BY ${order}`).all();
  }
  d.close();
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-upgrade-'));
  db = join(dir, 'old.db');
  copyFileSync(FIXTURE, db);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('upgrading a version-1 archive', () => {
  it('the fixture really is version 1 and holds documents and items', () => {
    const d = new Database(FIXTURE, { readonly: true });
    expect(d.pragma('user_version', { simple: true })).toBe(1);
    expect((d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(3);
    expect((d.prepare('SELECT count(*) AS n FROM quantities').get() as { n: number }).n).toBeGreaterThan(40);
    d.close();
  });

  it('migrates to the current version and keeps every row', () => {
    const before = dump(FIXTURE);
    const handle = openDb(db);
    expect(handle.pragma('user_version', { simple: true })).toBe(currentSchemaVersion());
    expect(currentSchemaVersion()).toBeGreaterThan(1);
    expect(String(handle.pragma('integrity_check', { simple: true }))).toBe('ok');
    handle.close();
    const after = dump(db);
    for (const t of TABLES) {
      const cols = Object.keys((before[t][0] as object) ?? {});
      const project = (rows: unknown[]) => rows.map((r) => Object.fromEntries(cols.map((c) => [c, (r as Record<string, unknown>)[c]])));
      expect(project(after[t]), t).toEqual(project(before[t]));
    }
  });

  it('search and the views work over the migrated documents', () => {
    const handle = openDb(db);
    const hits = search(handle, '劳模');
    expect(hits.length).toBeGreaterThan(0);
    const long = search(handle, '技能类工作室');
    expect(long.length).toBe(1);
    const v = handle.prepare('SELECT series, year, issue, value FROM v_quantities WHERE value = 11490').all();
    expect(v).toEqual([{ series: '改革快报', year: 2022, issue: 23, value: 11490 }]);
    handle.close();
  });

  it('version 7: the trigram index is rebuilt over documents (content="documents", phrase queries) for every stored document', () => {
    const handle = openDb(db);
    const sql = (handle.prepare(`SELECT sql FROM sqlite_master WHERE name = 'documents_fts'`).get() as { sql: string }).sql;
    expect(sql).toMatch(/content\s*=\s*"documents"/);
    expect(sql).not.toMatch(/contentless_delete|detail/);
    handle.exec(`INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')`);
    const texts = handle.prepare('SELECT rowid, text FROM documents').all() as { rowid: number; text: string }[];
    const indexed = (handle.prepare(`SELECT rowid FROM documents_fts WHERE documents_fts MATCH '"技能类工作室"' ORDER BY rowid`).all() as { rowid: number }[]).map((r) => r.rowid);
    expect(indexed).toEqual(texts.filter((t) => t.text.includes('技能类工作室')).map((t) => t.rowid).sort((a, b) => a - b));
    expect(indexed.length).toBeGreaterThan(0);
    handle.close();
  });

  it('a later ingest of the same files adds no document', async () => {
    const r = await run(['ingest', 'samples/kuaibao-2022-23-tobacco.txt', 'samples/notice-yungongtong-2022-21.txt', '--db', db, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.added).toBe(0);
    const d = new Database(db, { readonly: true });
    expect((d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(3);
    d.close();
  }, 120_000);
});

describe('version 4: rules versions per extractor family', () => {
  let db4: string;
  beforeAll(() => {
    db4 = join(dir, 'v4.db');
    copyFileSync(FIXTURE, db4);
  });

  it('migrates with the family versions of every stored document unknown (NULL)', () => {
    const handle = openDb(db4);
    expect(handle.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(4);
    const cols = (handle.prepare(`SELECT name FROM pragma_table_info('documents')`).all() as { name: string }[]).map((c) => c.name);
    expect(cols).toEqual(expect.arrayContaining(['rules_versions', 'item_digests']));
    const docs = handle.prepare('SELECT rules_versions, item_digests FROM documents').all();
    expect(docs).toEqual([
      { rules_versions: null, item_digests: null },
      { rules_versions: null, item_digests: null },
      { rules_versions: null, item_digests: null },
    ]);
    expect(handle.prepare('SELECT count(*) AS n FROM rules_fingerprints').get()).toEqual({ n: 0 });
    handle.close();
  });

  it('an ingest re-extracts those documents whole and stores their family versions', async () => {
    const files = ['samples/kuaibao-2022-23-tobacco.txt', 'samples/notice-yungongtong-2022-21.txt'];
    const r = await run(['ingest', ...files, '--db', db4, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 0, updated: 2, failed: 0 });
    const d = new Database(db4, { readonly: true });
    const rows = d
      .prepare(`SELECT d.rules_versions, d.item_digests FROM documents d JOIN sources s ON s.document_id = d.id WHERE s.path IN (?, ?)`)
      .all(...files) as { rules_versions: string; item_digests: string }[];
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(Object.keys(JSON.parse(row.rules_versions)).sort()).toEqual(['citations', 'named', 'quantities', 'segmentation', 'structure']);
      expect(Object.keys(JSON.parse(row.item_digests)).sort()).toEqual(['awards', 'citations', 'entities', 'quantities', 'workshops']);
    }
    // the rules' fingerprint is remembered with the versions it stands for
    expect((d.prepare('SELECT count(*) AS n FROM rules_fingerprints').get() as { n: number }).n).toBe(1);
    d.close();
    // and a second run finds them up to date
    const again = await run(['ingest', ...files, '--db', db4, '--format', 'json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
  }, 120_000);
});
