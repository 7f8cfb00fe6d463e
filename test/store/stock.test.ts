// The archive must be readable by stock tools: SQLite 3.40 (Debian 12's sqlite3 and Python),
// Datasette and sqlite-utils. Every table and view opens there, documents_fts answers the
// phrase query Datasette sends, a DELETE from those tools keeps the index sound, and an
// archive of schema 6 (contentless_delete=1, which SQLite < 3.43 refuses) is upgraded.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/db.js';
import { Archive } from '../../src/store/write.js';
import { search } from '../../src/analysis/search.js';
import { fakeDoc } from './helpers.js';

/** Python's sqlite3 module: Debian 12 has SQLite 3.40.1 there (the version the archive must suit). */
function py(db: string, script: string): string {
  return execFileSync('python3', ['-c', `import sqlite3,sys\nc=sqlite3.connect(sys.argv[1])\n${script}`, db], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
const pyVersion = (() => {
  try {
    return execFileSync('python3', ['-c', 'import sqlite3;print(sqlite3.sqlite_version)'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
})();
const older = pyVersion != null && pyVersion.localeCompare('3.43', undefined, { numeric: true }) < 0;

const READ_ALL = `
for (name,) in c.execute("select name from sqlite_master where type in ('table','view')").fetchall():
    n = c.execute('select count(*) from "%s"' % name).fetchone()[0]
    print(name, n)
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-stock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function archiveOf(texts: string[]): string {
  const path = join(dir, 'a.db');
  const db = openDb(path);
  const a = new Archive(db);
  for (const t of texts) {
    const pd = fakeDoc(t);
    a.store(pd, { fileHash: pd.json.document.id, path: `${pd.json.document.id}.txt`, size: 1 });
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return path;
}

describe.runIf(pyVersion)(`the archive read by SQLite ${pyVersion} (python3)`, () => {
  it('opens every table and view, and documents_fts answers a phrase query', () => {
    const db = archiveOf(['普洱市共有产业工人11.45万人。', '曲靖市产业工会成立。', '昆明市工人文化宫。']);
    const out = py(db, READ_ALL);
    expect(out).toMatch(/^documents 3$/m);
    expect(out).toMatch(/^documents_fts 3$/m);
    expect(out).toMatch(/^v_quantities \d+$/m);
    const hits = py(db, `print(c.execute("select count(*) from documents where rowid in (select rowid from documents_fts where documents_fts match '\\"产业工人\\"')").fetchone()[0])`);
    expect(hits.trim()).toBe('1');
  });

  it("Datasette's and sqlite-utils' detection finds documents_fts as the search table of documents", () => {
    const db = archiveOf(['普洱市共有产业工人11.45万人。']);
    // the query of datasette.utils.detect_fts_sql / sqlite_utils Table.detect_fts
    const found = py(db, `print(c.execute('''select name from sqlite_master where rootpage = 0 and (sql like '%VIRTUAL TABLE%USING FTS%content="documents"%' or (tbl_name = "documents" and sql like '%VIRTUAL TABLE%USING FTS%'))''').fetchall())`);
    expect(found.trim()).toBe("[('documents_fts',)]");
    // and Datasette's search of that table: rowid in (select rowid from <fts> where <fts> match :search)
    const n = py(db, `print(c.execute('''select count(*) from documents where rowid in (select rowid from documents_fts where documents_fts match '"产业工人"')''').fetchone()[0])`);
    expect(n.trim()).toBe('1');
  });

  it('a DELETE FROM documents there keeps the full-text index sound, and gongwen searches on', () => {
    const db = archiveOf(['普洱市共有产业工人11.45万人。', '曲靖市产业工人增加。', '昆明市工人文化宫。']);
    py(db, `c.execute("delete from documents where text like '%普洱%'"); c.execute("insert into documents_fts(documents_fts) values('integrity-check')"); c.commit()`);
    const h = openDb(db, { readonly: true });
    expect(search(h, '产业工人').map((x) => x.text)).toEqual(['产业工人']);
    expect(search(h, '工人').length).toBe(2);
    h.close();
  });
});

describe('upgrading a schema-6 archive (contentless_delete=1, detail=none)', () => {
  it('is refused by SQLite 3.40 before, read by it after', () => {
    const db = join(dir, 'v6.db');
    copyFileSync('test/store/fixtures/archive-v6.db', db);
    if (older) expect(() => py(db, READ_ALL)).toThrow(/contentless_delete/);
    const h = openDb(db);
    expect(h.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(7);
    expect(search(h, '劳模').length).toBeGreaterThan(0);
    expect(search(h, '产业工人').length).toBe(3);
    h.pragma('journal_mode = DELETE');
    h.close();
    if (pyVersion) {
      expect(py(db, READ_ALL)).toMatch(/^documents_fts_terms \d+$/m);
      expect(py(db, `print(c.execute("select count(*) from documents_fts where documents_fts match '\\"产业工人\\"'").fetchone()[0])`).trim()).toBe('3');
    }
  });
});
