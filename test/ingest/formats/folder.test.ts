// `gongwen ingest` of one folder holding every format: nothing fails, each format is stored
// under its name, and a bulletin that arrives as DOCX, .doc, .wps, HTML and OFD is one document
// with several sources (linked), not five documents. Runs the built CLI (dist/, as `npm test` builds it).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest of a folder mixing all formats', () => {
  it('stores every file, links the same bulletin across formats', () => {
    const docs = join(dir, 'in');
    spawnSync('mkdir', ['-p', docs]);
    for (const f of readdirSync(join(ROOT, 'samples'))) if (/\.(pdf|docx|txt|md)$/.test(f)) copyFileSync(join(ROOT, 'samples', f), join(docs, f));
    for (const f of readdirSync(join(ROOT, 'test/fixtures/formats'))) if (/\.(ofd|doc|wps|html?|pdf)$/.test(f)) copyFileSync(join(ROOT, 'test/fixtures/formats', f), join(docs, f));
    const db = join(dir, 'a.db');
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/gongwen.js'), 'ingest', docs, '--db', db, '--format', 'json'], { encoding: 'utf8', timeout: 240_000, env: { ...process.env, GONGWEN_DB: '' } });
    const out = JSON.parse(run.stdout) as { files: Array<{ path: string; status: string; documentId?: string; error?: string }>; failed: number };
    expect(out.files.filter((f) => f.status === 'failed')).toEqual([]);
    expect(run.status).toBe(0);
    const byName = new Map(out.files.map((f) => [f.path.split('/').pop()!, f]));
    const tobacco = byName.get('kuaibao-2022-23-tobacco.docx')!.documentId;
    for (const f of ['kuaibao-2022-23-tobacco.doc', 'kuaibao-2022-23-tobacco.gbk.html', 'kuaibao-2022-23-tobacco.ofd', 'kuaibao-2022-23-tobacco.pdf']) {
      expect(byName.get(f)?.status, f).toBe('linked');
      expect(byName.get(f)?.documentId, f).toBe(tobacco);
    }
    const qujing = byName.get('kuaibao-2021-10-qujing.docx')!.documentId;
    for (const f of ['kuaibao-2021-10-qujing.wps', 'kuaibao-2021-10-qujing.htm']) expect(byName.get(f)?.documentId, f).toBe(qujing);
    expect(byName.get('notice-yungongtong-2022-21.ofd')?.documentId).toBe(byName.get('notice-yungongtong-2022-21.txt')?.documentId);
    const sqlite = new Database(db, { readonly: true });
    const formats = sqlite.prepare('SELECT DISTINCT format FROM sources ORDER BY format').pluck().all();
    sqlite.close();
    expect(formats).toEqual(expect.arrayContaining(['doc', 'docx', 'html', 'md', 'ofd', 'pdf', 'txt', 'wps']));
  }, 300_000);
});
