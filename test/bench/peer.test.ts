// The comparison benchmark's Python peer (scripts/bench/peer.py) really does its work: every file
// stored with its words, the figures with a measure word found, the text searchable through the
// trigram index; and the corpus size chosen for N text bulletins holds exactly N. No timing asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.js';
import { corpusSizeFor, findPython } from '../../scripts/bench/peer.js';
import { encodeGb18030 } from '../../scripts/bench/gb18030.js';

const work = mkdtempSync(join(tmpdir(), 'gongwen-peer-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const py = findPython();

describe('peer benchmark', () => {
  it('sizes the corpus so that its text group holds exactly N bulletins', async () => {
    for (const n of [1, 5, 6, 7, 13]) {
      const c = await generateCorpus({ docs: corpusSizeFor(n), cacheRoot: work });
      expect(c.files.filter((f) => f.group === 'text'), `n = ${n}`).toHaveLength(n);
    }
  });

  it.skipIf(!('path' in py))('the Python peer stores text, words, figures and a trigram index', () => {
    const utf8 = join(work, 'a.txt');
    const gb = join(work, 'b.txt');
    writeFileSync(utf8, '全市建成劳模创新工作室 16 个，培训职工 1.2万人次。\n');
    writeFileSync(gb, encodeGb18030('省总工会表彰先进集体 35 家，发放慰问金 80万元。\n'));
    const list = join(work, 'list.txt');
    writeFileSync(list, `${utf8}\n${gb}\n`);
    for (const procs of [1, 2]) {
      const db = join(work, `peer-${procs}.db`);
      const r = spawnSync((py as { path: string }).path, ['scripts/bench/peer.py', db, list, '--procs', String(procs)], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ docs: 2, numbers: 4, procs });
      const h = new Database(db, { readonly: true });
      const nums = h.prepare('SELECT value, unit FROM numbers ORDER BY doc, start').all();
      expect(nums).toEqual([
        { value: '16', unit: '个' },
        { value: '1.2万', unit: '人次' },
        { value: '35', unit: '家' },
        { value: '80万', unit: '元' },
      ]);
      const hit = h.prepare("SELECT path FROM documents JOIN documents_fts ON documents_fts.rowid = documents.id WHERE documents_fts MATCH '慰问金'").all();
      expect(hit).toEqual([{ path: gb }]);
      expect((h.prepare('SELECT words FROM documents WHERE path = ?').get(utf8) as { words: string }).words).toContain('劳模');
      h.close();
    }
  });
});
