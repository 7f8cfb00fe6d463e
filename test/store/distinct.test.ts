// distinctSubjects reads the quantities rows, not the view: the same subjects as the view gives,
// also after documents are removed (with foreign keys off, as stock tools leave them).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDb } from '../../src/store/db.js';
import { distinctSubjects } from '../../src/store/distinct.js';
import { Archive } from '../../src/store/write.js';
import { fakeDoc } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-distinct-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('the distinct subjects of the quantities view, read from its rows', () => {
  const db = openDb(join(dir, 'a.db'));
  const a = new Archive(db);
  const one = fakeDoc('普洱市共有产业工人11.45万人，增长12.5%。');
  const two = fakeDoc('曲靖市产业工会成立，会员1200名。');
  a.store(one, { fileHash: 'h1', path: 'a.txt', size: 1 });
  a.store(two, { fileHash: 'h2', path: 'b.txt', size: 1 });
  db.prepare("UPDATE quantities SET subject = '会员' WHERE document_id = ? AND idx = 1").run(two.json.document.id);
  const view = () => db.prepare('SELECT DISTINCT subject FROM quantities ORDER BY subject').pluck().all();
  expect(view()).toEqual(['产业工人', '会员', '增长']);
  expect(distinctSubjects(db).sort()).toEqual(view());
  db.pragma('foreign_keys = OFF');
  db.prepare('DELETE FROM documents WHERE id = ?').run(two.json.document.id);
  expect(view()).toEqual(['产业工人', '增长']);
  expect(distinctSubjects(db).sort()).toEqual(view());
  db.close();
});
