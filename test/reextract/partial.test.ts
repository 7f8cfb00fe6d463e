// The pieces of a selective re-extraction, in-process on a real bulletin: which families are
// stale, what a partial extraction holds, and how the writer stores it (and refuses to when the
// document was rewritten since it was read).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCanonical, processFile } from '../../src/pipeline/process.js';
import { familyVersions, rulesVersion } from '../../src/extract/index.js';
import { staleFamilies } from '../../src/extract/families.js';
import { combineVersions } from '../../src/rules/loader.js';
import { openDb, type DB } from '../../src/store/db.js';
import { Archive, documentRows } from '../../src/store/write.js';
import { sha256 } from '../../src/pipeline/hash.js';

const FILE = 'samples/kuaibao-2022-23-tobacco.txt';
let dir: string;
let db: DB;
let archive: Archive;
let fileHash: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-partial-'));
  db = openDb(join(dir, 'a.db'));
  archive = new Archive(db);
  const bytes = readFileSync(FILE);
  fileHash = sha256(bytes);
  const pd = await processFile(FILE, bytes);
  expect(archive.store(pd, { fileHash, path: FILE, size: bytes.length }).status).toBe('added');
}, 60_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;

/** Counts the rows written to (inserted into, updated in or deleted from) a table from now on (its rows have no rowid to compare). */
function watchWrites(table: string): () => number {
  const log = `written_${table}`;
  db.exec(`DROP TABLE IF EXISTS temp.${log}; CREATE TEMP TABLE ${log} (n INTEGER);
    ${['INSERT', 'UPDATE', 'DELETE'].map((op) => `DROP TRIGGER IF EXISTS temp.${log}_${op}; CREATE TEMP TRIGGER ${log}_${op} AFTER ${op} ON main.${table} BEGIN INSERT INTO ${log} VALUES (1); END;`).join('\n')}`);
  return () => count(`temp.${log}`);
}

describe('family versions', () => {
  it('are structure, segmentation and the registry\'s item families, and the combined version is their hash', () => {
    const v = familyVersions();
    expect(Object.keys(v).sort()).toEqual(['citations', 'named', 'quantities', 'segmentation', 'structure']);
    for (const x of Object.values(v)) expect(x).toMatch(/^[0-9a-f]{16}$/);
    expect(rulesVersion()).toBe(combineVersions(v));
  });

  it('say which item families are stale, or that the document must be re-extracted whole', () => {
    const cur = { structure: 's', segmentation: 'g', quantities: 'q', named: 'n', citations: 'c' };
    expect(staleFamilies({ ...cur, quantities: 'q0' }, cur)).toEqual(['quantities']);
    expect(staleFamilies({ ...cur, named: 'n0' }, cur)).toEqual(['named']);
    expect(staleFamilies({ ...cur, quantities: 'q0', named: 'n0', segmentation: 'g0' }, cur)).toEqual(['quantities', 'named']);
    // a document stored before an extractor family existed gets only that family's items
    expect(staleFamilies({ structure: 's', segmentation: 'g', quantities: 'q', named: 'n' }, cur)).toEqual(['citations']);
    expect(staleFamilies(null, cur)).toBeNull();
    expect(staleFamilies({ ...cur, structure: 's0', quantities: 'q0' }, cur)).toBeNull();
    // a combined version that differs with every family current: something else changed, all of it
    expect(staleFamilies(cur, cur)).toBeNull();
  });
});

describe('a partial re-extraction', () => {
  const staleQuantities = () => {
    // the document as if stored with an older quantities version
    const v = { ...familyVersions(), quantities: '0000000000000000' };
    db.prepare(`UPDATE documents SET rules_version = ?, rules_versions = ?`).run(combineVersions(v), JSON.stringify(v));
  };

  it('extracts only the stale family, and the stored rows it would write are those of a full extraction', () => {
    staleQuantities();
    const c = archive.staleCanonical(fileHash, rulesVersion(), FILE, familyVersions());
    expect(c?.families).toEqual(['quantities']);
    const part = extractCanonical(c!);
    expect(part.partial?.families).toEqual(['quantities']);
    expect(part.json.awards).toEqual([]);
    expect(part.json.entities).toEqual([]);
    const full = extractCanonical({ ...c!, families: undefined });
    expect(part.json.quantities).toEqual(full.json.quantities);
    expect(full.json.entities.length).toBeGreaterThan(10);
    // the rows did not change: nothing to rewrite, only the versions
    const rows = documentRows(part);
    expect(rows.partial?.rewrite).toEqual([]);
    expect(rows.quantities).toEqual([]);
    expect(rows.doc).not.toHaveProperty('text');
  });

  it('is stored as updated: new versions, the items untouched', () => {
    staleQuantities();
    const before = db.prepare(`SELECT * FROM quantities_rows ORDER BY idx`).all();
    const written = watchWrites('quantities_rows');
    const c = archive.staleCanonical(fileHash, rulesVersion(), FILE, familyVersions())!;
    const r = archive.storeMany([{ pd: documentRows(extractCanonical(c)), src: { fileHash, path: FILE, size: 1 } }]);
    expect(r[0]).toMatchObject({ status: 'updated' });
    expect(written()).toBe(0);
    expect(db.prepare(`SELECT * FROM quantities_rows ORDER BY idx`).all()).toEqual(before);
    const doc = db.prepare(`SELECT rules_version, rules_versions FROM documents`).get() as { rules_version: string; rules_versions: string };
    expect(doc.rules_version).toBe(rulesVersion());
    expect(JSON.parse(doc.rules_versions)).toEqual(familyVersions());
    expect(count('entities')).toBeGreaterThan(10);
  });

  it('rewrites a family whose rows changed, and only that family', () => {
    staleQuantities();
    // the stored quantities differ from what extraction gives (one row lost)
    db.prepare(`DELETE FROM quantities WHERE idx = (SELECT max(idx) FROM quantities)`).run();
    db.prepare(`UPDATE documents SET item_digests = json_set(item_digests, '$.quantities', 'changed')`).run();
    const n = count('quantities');
    const entities = db.prepare(`SELECT * FROM entities_rows ORDER BY idx`).all();
    const written = watchWrites('entities_rows');
    const c = archive.staleCanonical(fileHash, rulesVersion(), FILE, familyVersions())!;
    const rows = documentRows(extractCanonical(c));
    expect(rows.partial?.rewrite).toEqual(['quantities']);
    expect(archive.storeMany([{ pd: rows, src: { fileHash, path: FILE, size: 1 } }])[0]).toMatchObject({ status: 'updated' });
    expect(count('quantities')).toBe(n + 1);
    expect(written()).toBe(0);
    expect(db.prepare(`SELECT * FROM entities_rows ORDER BY idx`).all()).toEqual(entities);
  });

  it('is refused when the document was rewritten after it was read (another ingest)', () => {
    staleQuantities();
    const c = archive.staleCanonical(fileHash, rulesVersion(), FILE, familyVersions())!;
    db.prepare(`UPDATE documents SET stored_at = '2000-01-01T00:00:00.000Z'`).run();
    const r = archive.storeMany([{ pd: documentRows(extractCanonical(c)), src: { fileHash, path: FILE, size: 1 } }]);
    expect('error' in r[0] && String((r[0] as { error: Error }).error.message)).toMatch(/changed while it was re-extracted/);
  });
});
