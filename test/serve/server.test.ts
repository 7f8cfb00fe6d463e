// The review page without a browser: the highlighter, the in-memory metrics against `gongwen metrics`,
// and the JSON / CSV forms of every view, over the archive of the samples (test/serve/archive.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markup, type Span } from '../../src/serve/highlight.js';
import { html, escapeHtml, jsonBlock } from '../../src/serve/html.js';
import { startServer, CSP, type Running } from '../../src/serve/server.js';
import { MetricsIndex } from '../../src/serve/metrics-index.js';
import { metrics } from '../../src/analysis/metrics.js';
import { loadSynonyms } from '../../src/analysis/synonyms.js';
import { openDb } from '../../src/store/db.js';
import { buildArchive, HOSTILE } from './archive.js';
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const span = (start: number, end: number, name: string, rank = 1): Span => ({
  start, end, rank, open: `<${name}>`, cont: `<${name}+>`, close: `</${name}>`,
});

describe('markup', () => {
  it('nests spans that nest, escapes the text between them', () => {
    expect(markup('a<b>c&d', [span(0, 7, 's', 0), span(1, 4, 'q'), span(2, 3, 'o')])).toBe('<s>a<q>&lt;<o>b</o>&gt;</q>c&amp;d</s>');
  });
  it('splits a span that crosses another: the rest is a continuation element', () => {
    // sentence [0,3), an item [2,5) running past its end, then sentence [3,6)
    expect(markup('abcdef', [span(0, 3, 's', 0), span(3, 6, 's', 0), span(2, 5, 'q')])).toBe('<s>ab<q>c</q></s><s><q+>de</q>f</s>');
  });
  it('a sentence holds an item starting with it even when the item is longer', () => {
    expect(markup('abcd', [span(0, 2, 's', 0), span(0, 3, 'q')])).toBe('<s><q>ab</q></s><q+>c</q>d');
  });
  it('keeps zero-width markers at their offsets', () => {
    expect(markup('abc', [], [{ at: 1, html: '<a id="x"></a>' }])).toBe('a<a id="x"></a>bc');
  });
});

describe('html', () => {
  it('escapes every interpolated value, attributes included', () => {
    expect(html`<p title="${'"x"'}">${HOSTILE}</p>`.value).toBe(`<p title="&quot;x&quot;">${escapeHtml(HOSTILE)}</p>`);
    expect(escapeHtml(HOSTILE)).not.toMatch(/[<>"]/);
  });
  it('a JSON block cannot be closed by the data', () => {
    expect(jsonBlock('d', { t: '</script><script>alert(1)</script>' }).value.match(/<\/script>/g)).toHaveLength(1);
  });
});

describe('the server over the samples archive', () => {
  let running: Running;
  let dbPath: string;
  const get = async (path: string) => {
    const r = await fetch(running.url + path.replace(/^\//, ''));
    return { status: r.status, headers: r.headers, text: await r.text() };
  };
  beforeAll(async () => {
    dbPath = (await buildArchive()).path;
    running = await startServer({ db: dbPath, port: 0 });
  }, 120_000);
  afterAll(() => running?.close());

  it('opens the archive read-only and binds to 127.0.0.1 by default', () => {
    expect(running.archive.db.readonly).toBe(true);
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  it('serves every view with the CSP header, and JSON / CSV at the same address', async () => {
    for (const p of ['/documents', '/metrics?subject=产业工人', '/findings', '/check']) {
      const r = await get(encodeURI(p));
      expect(r.status, p).toBe(200);
      expect(r.headers.get('content-security-policy')).toBe(CSP);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    }
    const list = JSON.parse((await get('/documents.json')).text);
    const db = openDb(dbPath, { readonly: true });
    try {
      expect(list.total).toBe(Number(db.prepare('SELECT count(*) FROM documents').pluck().get()));
      const bytes = Buffer.from(await (await fetch(running.url + 'documents.csv')).arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Excel reads it as UTF-8
      const csv = bytes.subarray(3).toString('utf8');
      expect(csv.startsWith('id,date,series')).toBe(true);
      expect(csv.trim().split('\r\n')).toHaveLength(list.total + 1);
      const id = list.documents[0].id as string;
      const doc = JSON.parse((await get(`/documents/${id}.json`)).text);
      const items = ['quantities', 'awards', 'workshops', 'entities'].reduce(
        (n, t) => n + Number(db.prepare(`SELECT count(*) FROM ${t} WHERE document_id = ?`).pluck().get(id)),
        0,
      );
      expect(doc.items).toHaveLength(items);
      for (const it of doc.items) expect(doc.document.text.slice(it.start, it.end)).toBe(it.text);
    } finally {
      db.close();
    }
  });

  it('search is the same as gongwen search: 1–2 character terms included', async () => {
    const r = JSON.parse((await get(`/documents.json?q=${encodeURIComponent('烟')}`)).text);
    expect(r.total).toBe(2);
    expect(r.documents.every((d: { snippet: string }) => d.snippet.includes('烟'))).toBe(true);
  });

  it('the in-memory metrics give the rows of gongwen metrics, in its order', () => {
    const db = openDb(dbPath, { readonly: true });
    try {
      const syn = loadSynonyms();
      const ix = new MetricsIndex(db, syn);
      const queries = [{ subject: '产业工人' }, { subject: '劳模' }, { scope: '云南省' }, { subject: '工作室', kind: 'count' }, { kind: 'money' }, {}];
      for (const f of queries) {
        const want = metrics(db, f, syn);
        expect(ix.query(f, 1), JSON.stringify(f)).toEqual(want);
      }
      expect(metrics(db, { subject: '产业工人' }, syn).length).toBeGreaterThan(1);
    } finally {
      db.close();
    }
  });

  it('metrics JSON / CSV and a sentence link that redirects to its sentence', async () => {
    const j = JSON.parse((await get(`/metrics.json?subject=${encodeURIComponent('产业工人')}`)).text);
    expect(j.rows.length).toBeGreaterThan(1);
    const row = j.rows[0];
    const r = await fetch(running.url + row.url.slice(1), { redirect: 'manual' });
    expect(r.status).toBe(302);
    const loc = r.headers.get('location')!;
    const start = Number(/#s-(\d+)$/.exec(loc)![1]);
    const doc = JSON.parse((await get(`/documents/${row.documentId}.json`)).text);
    const s = doc.sentences.find((x: { start: number }) => x.start === start);
    expect(s.start).toBeLessThanOrEqual(row.start);
    expect(s.end).toBeGreaterThanOrEqual(row.end);
    const csv = (await get(`/metrics.csv?subject=${encodeURIComponent('产业工人')}`)).text;
    expect(csv.trim().split('\r\n')).toHaveLength(j.rows.length + 1);
  });

  it('findings JSON: compare over the archive, each item with a link into its document', async () => {
    await running.findings.ready(running.archive.dataVersion);
    const j = JSON.parse((await get('/findings.json?type=sum-mismatch')).text);
    expect(j.total).toBeGreaterThan(0);
    for (const f of j.findings) expect(f.type).toBe('sum-mismatch');
    expect(j.findings[0].items[0].url).toMatch(/^\/documents\/[0-9a-f]+\/at\/\d+$/);
  });

  it('a draft POSTed to /check.json is checked and not stored', async () => {
    const body = Buffer.from('全省共有劳模创新工作室120个，其中省级30个、市级40个、县级20个。\n', 'utf8');
    const r = await fetch(running.url + 'check.json?name=draft.txt', { method: 'POST', body });
    expect(r.status).toBe(200);
    const j = await r.json();
    expect(j.findings.some((f: { type: string }) => f.type === 'sum-mismatch')).toBe(true);
    expect(JSON.parse((await get('/documents.json')).text).documents.some((d: { source: string }) => d.source.includes('draft'))).toBe(false);
  });

  it('refuses what it does not serve: unknown pages, other methods, foreign Host names', async () => {
    expect((await get('/nothing')).status).toBe(404);
    expect((await get('/documents/0000000000000000')).status).toBe(404);
    expect((await fetch(running.url + 'documents', { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(running.url + 'documents', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

describe('gongwen serve on the command line (the compiled CLI)', () => {
  const ROOT = join(__dirname, '..', '..');
  const BIN = join(ROOT, 'bin', 'gongwen.js');
  const built = existsSync(join(ROOT, 'dist', 'src', 'serve', 'server.js'));

  it.skipIf(!built)('prints its 127.0.0.1 URL, serves from a read-only archive file, stops on SIGTERM', async () => {
    const { path } = await buildArchive();
    const ro = join(dirname(path), 'readonly.db');
    copyFileSync(path, ro);
    chmodSync(ro, 0o444);
    const child = spawn(process.execPath, [BIN, 'serve', '--db', ro, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const m = /^(http:\/\/\S+)\n/m.exec(out);
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const r = await fetch(url + 'documents.json');
      expect(r.status).toBe(200);
      expect((await r.json()).total).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(0);
    }
  }, 60_000);

  it.skipIf(!built)('a bad port is a usage error (exit 2)', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', 'x'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/--port/);
  });
});

describe('OCR pages, when the archive records them', () => {
  it('marks the items on a page read by OCR (documents.ocr), and only those', async () => {
    const { path } = await buildArchive();
    const db = openDb(path);
    let id: string;
    try {
      // the store keeps the Document JSON's ocr field (schema 10): page 1 of a two-page scan was read by
      // OCR (the samples are stored from text and DOCX, without pages: three figures are put on page 1,
      // the rest on page 2)
      id = String(db.prepare(`SELECT id FROM documents WHERE source LIKE '%qujing%'`).pluck().get());
      db.prepare('UPDATE quantities SET page = CASE WHEN idx < 3 THEN 1 ELSE 2 END WHERE document_id = ?').run(id);
      db.prepare('UPDATE documents SET ocr = ? WHERE id = ?').run(JSON.stringify({ engine: 'tesseract', pages: [1], confidence: 0.71 }), id);
    } finally {
      db.close();
    }
    const s = await startServer({ db: path, port: 0 });
    try {
      const j = await (await fetch(`${s.url}documents/${id}.json`)).json();
      const low = j.items.filter((i: { lowConfidence?: boolean }) => i.lowConfidence);
      expect(low.length).toBe(3);
      for (const it of j.items) expect(!!it.lowConfidence).toBe(it.page === 1);
      const page = await (await fetch(`${s.url}documents/${id}`)).text();
      expect((page.match(/data-low="1"/g) ?? []).length).toBe(low.length);
      expect(page).toContain('OCR');
    } finally {
      await s.close();
    }
  }, 120_000);
});
