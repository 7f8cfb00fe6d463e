// The CLI as a user runs it: `node bin/gongwen.js` → dist/ (built by `npm test`'s tsc step).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentJsonSchema } from '../../src/types.js';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin', 'gongwen.js');
const SAMPLES = readdirSync(join(ROOT, 'samples')).filter((f) => /\.(pdf|docx|txt|md)$/.test(f));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function gw(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((res) => {
    const env = { ...process.env, ...opts.env };
    delete env.GONGWEN_DB;
    Object.assign(env, opts.env);
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => res({ code, stdout, stderr }));
  });
}

interface IngestJson {
  files: { path: string; status: string; documentId?: string; error?: string }[];
  added: number;
  unchanged: number;
  updated: number;
  linked: number;
  failed: number;
}

let dir: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json` first');
  dir = mkdtempSync(join(tmpdir(), 'gongwen-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (db: string, sql: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    d.close();
  }
};

describe('help', () => {
  it('gongwen --help lists every command', async () => {
    const r = await gw(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['ingest', 'extract', 'query', 'search', 'metrics', 'export', 'compare', 'check']) expect(r.stdout).toContain(c);
  });
  const flags: Record<string, string[]> = {
    ingest: ['--db', '--concurrency', '--force', '--format', '--max-bytes', '--timeout'],
    extract: ['--format', '--explain'],
    query: ['--db', '--format'],
    search: ['--db', '--limit', '--format'],
    metrics: ['--db', '--format'],
    export: ['--db', '--format'],
    compare: ['--db', '--format'],
    check: ['--db', '--format'],
  };
  for (const [cmd, fl] of Object.entries(flags)) {
    it(`gongwen ${cmd} --help explains its flags`, async () => {
      const r = await gw([cmd, '--help']);
      expect(r.code).toBe(0);
      for (const f of fl) expect(r.stdout).toContain(f);
    });
  }
  it('usage errors exit 2', async () => {
    expect((await gw(['ingest'])).code).toBe(2);
    expect((await gw(['ingest', 'samples', '--concurrency', '0'])).code).toBe(2);
    expect((await gw(['ingest', 'samples', '--format', 'xml'])).code).toBe(2);
    expect((await gw(['no-such-command'])).code).toBe(2);
    expect((await gw(['extract'])).code).toBe(2);
  });
});

describe('ingest', () => {
  it('stores every sample; the same bulletin in several formats is one document with several sources; a re-run is all unchanged', async () => {
    const db = join(dir, 'samples.db');
    const r = await gw(['ingest', 'samples', '--db', db, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as IngestJson;
    expect(j.files).toHaveLength(SAMPLES.length);
    expect(j.failed).toBe(0);
    expect(j.added + j.linked).toBe(SAMPLES.length);
    for (const f of j.files) expect(f.documentId).toMatch(/^[0-9a-f]{64}$/);
    // three bulletins/notices, each in several formats
    const groups = new Set(SAMPLES.map((s) => s.replace(/(\.lo|\.gb18030)?\.(pdf|docx|txt|md)$/, '')));
    expect(j.added).toBe(groups.size);
    expect(rows(db, 'SELECT count(*) AS n FROM documents')[0].n).toBe(groups.size);
    expect(rows(db, 'SELECT count(*) AS n FROM sources')[0].n).toBe(SAMPLES.length);
    // every file of one bulletin points at the same document
    for (const g of groups) {
      const ids = new Set(j.files.filter((f) => f.path.includes(`${g}.`)).map((f) => f.documentId));
      expect(ids.size, g).toBe(1);
    }
    const again = await gw(['ingest', 'samples', '--db', db, '--format', 'json']);
    expect(again.code).toBe(0);
    const j2 = JSON.parse(again.stdout) as IngestJson;
    expect(j2.unchanged).toBe(SAMPLES.length);
    expect(j2.files.every((f) => f.status === 'unchanged')).toBe(true);
    const forced = JSON.parse((await gw(['ingest', 'samples', '--db', db, '--format', 'json', '--force'])).stdout) as IngestJson;
    expect(forced.updated).toBe(groups.size);
    expect(rows(db, 'SELECT count(*) AS n FROM documents')[0].n).toBe(groups.size);
  }, 180_000);

  it('the default database is data/gongwen.db under the working folder, or $GONGWEN_DB; text output is a summary', async () => {
    const cwd = join(dir, 'work');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(cwd);
    copyFileSync(join(ROOT, 'samples', 'kuaibao-2022-23-tobacco.txt'), join(cwd, 'a.txt'));
    const r = await gw(['ingest', 'a.txt'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(cwd, 'data', 'gongwen.db'))).toBe(true);
    expect(r.stdout).toMatch(/1 added/);
    const env = await gw(['ingest', 'a.txt'], { cwd, env: { GONGWEN_DB: join(cwd, 'env.db') } });
    expect(env.code).toBe(0);
    expect(existsSync(join(cwd, 'env.db'))).toBe(true);
  }, 120_000);

  it('a batch mixing good and bad files: exit 1, the good stored, each failure named with its reason and recorded', async () => {
    const bad = join(dir, 'bad');
    const { mkdirSync, randomFillSync } = { ...(await import('node:fs')), ...(await import('node:crypto')) };
    mkdirSync(bad);
    writeFileSync(join(bad, 'random.pdf'), randomFillSync(Buffer.alloc(4096)));
    writeFileSync(join(bad, 'random.docx'), randomFillSync(Buffer.alloc(4096)));
    writeFileSync(join(bad, 'empty.txt'), '');
    const zip = new JSZip();
    zip.file('hello.txt', 'not a word document');
    writeFileSync(join(bad, 'notdocx.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const good = ['samples/kuaibao-2021-10-qujing.md', 'samples/notice-yungongtong-2022-21.txt'];
    const missing = join(dir, 'does-not-exist.pdf');
    const db = join(dir, 'mixed.db');
    const r = await gw(['ingest', good[0], bad, missing, good[1], '--db', db, '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as IngestJson;
    expect(j.added).toBe(2);
    expect(j.failed).toBe(5);
    const failed = j.files.filter((f) => f.status === 'failed');
    for (const name of ['random.pdf', 'random.docx', 'empty.txt', 'notdocx.docx', 'does-not-exist.pdf']) {
      const f = failed.find((x) => x.path.endsWith(name));
      expect(f, name).toBeDefined();
      expect(f!.error!.length, name).toBeGreaterThan(3);
      // one line `path: reason` on stderr
      expect(r.stderr).toContain(`${f!.path}: ${f!.error}`);
    }
    expect(rows(db, 'SELECT count(*) AS n FROM documents')[0].n).toBe(2);
    const errs = rows(db, 'SELECT path, reason FROM ingest_errors');
    expect(errs).toHaveLength(5);
    expect(errs.every((e) => String(e.reason).length > 3)).toBe(true);
    // text mode: failures on stderr, a summary on stdout, still exit 1
    const t = await gw(['ingest', bad, '--db', db]);
    expect(t.code).toBe(1);
    expect(t.stdout).toMatch(/4 failed/);
    expect(t.stderr).toMatch(/empty\.txt: /);
  }, 180_000);

  it('broken rules stop the batch with exit 2 instead of blaming every file', async () => {
    const { cpSync } = await import('node:fs');
    const rules = join(dir, 'rules-broken');
    cpSync(join(ROOT, 'rules'), rules, { recursive: true });
    writeFileSync(join(rules, 'awards.yaml'), 'rules:\n  - id: broken\n    name: [\n');
    const db = join(dir, 'broken-rules.db');
    const r = await gw(['ingest', 'samples/kuaibao-2021-10-qujing.md', '--db', db], { env: { GONGWEN_RULES: rules } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rules cannot be loaded.*awards\.yaml/);
    expect(rows(db, 'SELECT count(*) AS n FROM ingest_errors')[0].n).toBe(0);
    expect(rows(db, 'SELECT count(*) AS n FROM documents')[0].n).toBe(0);
  }, 120_000);

  it('an unreadable database is a usage error (exit 2)', async () => {
    const notdb = join(dir, 'not.db');
    writeFileSync(notdb, 'plain text, not SQLite '.repeat(100));
    const r = await gw(['ingest', 'samples/notice-yungongtong-2022-21.txt', '--db', notdb]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not an SQLite database/);
    const q = await gw(['query', 'SELECT 1', '--db', join(dir, 'nothing-here.db')]);
    expect(q.code).toBe(2);
  });
});

describe('extract', () => {
  it('prints the Document JSON of the contract and touches no database', async () => {
    const cwd = join(dir, 'extract');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(cwd);
    const path = join(ROOT, 'samples', 'kuaibao-2022-23-tobacco.docx');
    const r = await gw(['extract', path, '--format', 'json'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const j = DocumentJsonSchema.parse(JSON.parse(r.stdout));
    expect(j.document.source).toBe(path);
    expect(j.document.format).toBe('docx');
    for (const item of [...j.quantities, ...j.awards, ...j.workshops, ...j.entities]) {
      expect(j.document.text.slice(item.start, item.end)).toBe(item.text);
    }
    expect(existsSync(join(cwd, 'data'))).toBe(false);
    const t = await gw(['extract', path, '--format', 'text'], { cwd });
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/quantities\s+\d+/);
  }, 120_000);

  it('a file that cannot be parsed exits 1 with the reason', async () => {
    const f = join(dir, 'x.pdf');
    // a PDF header and then garbage: detected as PDF, and no PDF parser can read it
    writeFileSync(f, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x8f)]));
    const r = await gw(['extract', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('x.pdf');
  });
});

describe('query', () => {
  let db: string;
  beforeAll(async () => {
    db = join(dir, 'query.db');
    const r = await gw(['ingest', 'samples/kuaibao-2022-23-tobacco.txt', '--db', db]);
    expect(r.code).toBe(0);
  }, 120_000);

  it('json, csv and table output', async () => {
    const j = await gw(['query', 'SELECT series, year, issue FROM documents', '--db', db, '--format', 'json']);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout)).toEqual([{ series: expect.any(String), year: 2022, issue: 23 }]);
    const c = await gw(['query', "SELECT 'a,b' AS x, 2 AS y", '--db', db, '--format', 'csv']);
    expect(c.stdout.trim().split(/\r?\n/)).toEqual(['x,y', '"a,b",2']);
    const t = await gw(['query', 'SELECT count(*) AS n FROM documents', '--db', db]);
    expect(t.stdout).toMatch(/^n\s*\n-+\s*\n1\s*$/);
  });

  const refused = [
    'DELETE FROM documents',
    "UPDATE documents SET title = 'x'",
    'CREATE TEMP TABLE t(x)',
    'SELECT 1; SELECT 2',
    'SELECT 1; DROP TABLE documents',
    "ATTACH DATABASE 'escape.db' AS e",
    'PRAGMA user_version = 7',
    "SELECT load_extension('x')",
    "VACUUM INTO 'copy.db'",
  ];
  for (const sql of refused) {
    it(`refuses with exit 2: ${sql}`, async () => {
      const r = await gw(['query', sql, '--db', db], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/refused|only one SQL statement/);
      expect(r.stdout).toBe('');
      expect(existsSync(join(dir, 'escape.db'))).toBe(false);
      expect(existsSync(join(dir, 'copy.db'))).toBe(false);
    });
  }

  it('the archive is untouched', () => {
    expect(rows(db, 'SELECT count(*) AS n FROM documents')[0].n).toBe(1);
    expect(rows(db, 'PRAGMA user_version')[0].user_version).toBeGreaterThanOrEqual(1);
  });
});
