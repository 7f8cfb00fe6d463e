// gongwen remove: documents go with their sources, items and search rows, in one transaction;
// --dry-run changes nothing; an argument naming nothing is reported (exit 1), the rest still go.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gw, samplesArchive } from './helpers.js';

let dir: string;
let db: string;
beforeAll(() => ({ dir, db } = samplesArchive()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const counts = () => {
  const h = new Database(db, { readonly: true });
  const n = (sql: string) => Number(h.prepare(sql).pluck().get());
  const r = {
    documents: n('SELECT count(*) FROM documents'),
    sources: n('SELECT count(*) FROM sources'),
    quantities: n('SELECT count(*) FROM quantities'),
    entities: n('SELECT count(*) FROM entities'),
    sections: n('SELECT count(*) FROM sections'),
    search: n('SELECT count(*) FROM doc_search'),
    trigrams: n(`SELECT count(*) FROM documents_fts_terms`),
    qujing: n(`SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '"曲靖市"'`),
  };
  h.close();
  return r;
};

describe('gongwen remove', () => {
  it('--dry-run says what would go and changes nothing', async () => {
    const before = counts();
    const r = await gw(['remove', 'samples/kuaibao-2021-10-qujing.md', '--db', db, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^would remove [0-9a-f]{12} .*: 2 sources, \d+ quantities/m);
    expect(r.stdout).toMatch(/would remove 1 document$/m);
    expect(counts()).toEqual(before);
  });

  it('removes a document named by a linked file, with everything of it; a name matching nothing exits 1', async () => {
    const before = counts();
    expect(before.qujing).toBeGreaterThan(0);
    const r = await gw(['remove', 'samples/kuaibao-2021-10-qujing.md', 'no-such-document', '--db', db, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('gongwen: remove: no stored document matches no-such-document\n');
    const out = JSON.parse(r.stdout);
    expect(out.removed).toBe(1);
    const gone = out.documents[0];
    const after = counts();
    expect(after.documents).toBe(before.documents - 1);
    expect(after.sources).toBe(before.sources - gone.sources);
    expect(after.quantities).toBe(before.quantities - gone.quantities);
    expect(after.entities).toBe(before.entities - gone.entities);
    expect(after.sections).toBeLessThan(before.sections);
    expect(after.search).toBe(before.search - 1);
    expect(after.trigrams).toBeLessThan(before.trigrams); // its words left the index with it
    const h = new Database(db);
    h.exec(`INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')`);
    expect(h.prepare('SELECT count(*) FROM sources WHERE document_id = ?').pluck().get(gone.id)).toBe(0);
    h.close();
    const s = await gw(['search', '曲靖', '--db', db, '--format', 'json']);
    expect(JSON.parse(s.stdout).hits.map((x: { documentId: string }) => x.documentId)).not.toContain(gone.id);
  });

  it('a missing archive is refused (exit 2), not created', async () => {
    const { existsSync } = await import('node:fs');
    const none = `${dir}/none.db`;
    const r = await gw(['remove', 'x', '--db', none]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gongwen: .*none\.db: no archive here/);
    expect(existsSync(none)).toBe(false);
  });

  it('removes by id prefix', async () => {
    const h = new Database(db, { readonly: true });
    const id = String(h.prepare('SELECT id FROM documents ORDER BY id LIMIT 1').pluck().get());
    h.close();
    const r = await gw(['remove', id.slice(0, 10), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`removed ${id.slice(0, 12)}`);
    expect(counts().documents).toBe(1);
  });
});
