// The review page in a real browser: Debian's chromium-headless-shell driven by playwright-core (no
// browser download). Skipped, saying so, when no Chromium is installed; `.ci/run` installs it.
// Screenshots of every page go to test-artifacts/serve/ (not committed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, type Running } from '../../src/serve/server.js';
import { openDb } from '../../src/store/db.js';
import { buildArchive, HOSTILE, SAMPLES } from './archive.js';

const CANDIDATES = [
  process.env.GONGWEN_CHROMIUM,
  '/usr/bin/chromium-headless-shell',
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter((p): p is string => !!p);
const CHROMIUM = CANDIDATES.find((p) => existsSync(p));
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'serve');

if (!CHROMIUM) {
  console.warn(
    `serve browser tests SKIPPED: no Chromium found (looked for ${CANDIDATES.join(', ')}). ` +
      'Install it with: apt-get install -y chromium-headless-shell fonts-wqy-zenhei (or set GONGWEN_CHROMIUM).',
  );
}

describe.skipIf(!CHROMIUM)('gongwen serve in a browser', () => {
  let running: Running;
  let browser: Browser;
  let page: Page;
  let dbPath: string;
  let dbHash: string;
  const external: string[] = [];
  const pageErrors: string[] = [];
  const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dbPath = (await buildArchive()).path;
    dbHash = hash(dbPath);
    running = await startServer({ db: dbPath, port: 0 });
    await running.findings.ready(running.archive.dataVersion);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    page.on('request', (r) => {
      if (!r.url().startsWith(running.url) && !r.url().startsWith('data:')) external.push(r.url());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
  const count = (sql: string, ...args: unknown[]) => {
    const db = openDb(dbPath, { readonly: true });
    try {
      return Number(db.prepare(sql).pluck().get(...args));
    } finally {
      db.close();
    }
  };

  it('listens on 127.0.0.1 only, and refuses a foreign Host name', async () => {
    const addr = running.server.address();
    expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1');
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const status = await new Promise<number>((resolve, reject) => {
      const { port } = new URL(running.url);
      request({ host: '127.0.0.1', port, path: '/documents', headers: { Host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      }).on('error', reject).end();
    });
    expect(status).toBe(421);
  });

  it('lists every document, with facets and search (a one-character term included)', async () => {
    const res = await page.goto(running.url + 'documents');
    expect(res!.headers()['content-security-policy']).toContain("default-src 'none'");
    const docs = count('SELECT count(*) FROM documents');
    await expect(page.locator('table.docs tbody tr').count()).resolves.toBe(docs);
    await shot('documents');
    // the kind facet: notices only
    await page.locator('section[data-facet="kind"] a', { hasText: '通知' }).click();
    await expect(page.locator('table.docs tbody tr').count()).resolves.toBe(count(`SELECT count(*) FROM documents WHERE kind = 'notice'`));
    // search 烟: the two tobacco bulletins, each with its snippet
    await page.goto(running.url + 'documents?q=' + encodeURIComponent('烟'));
    const rows = page.locator('table.docs tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.first().locator('.snippet b').first().textContent()).resolves.toBe('烟');
    await shot('search');
  });

  it("a document's highlights: one element per stored item, at its offsets, nested in its sentence", async () => {
    const id = String((openDb(dbPath, { readonly: true }).prepare(`SELECT id FROM documents WHERE source LIKE '%tobacco.docx'`).pluck().get()));
    await page.goto(running.url + 'documents/' + id);
    const items =
      count('SELECT count(*) FROM quantities WHERE document_id = ?', id) +
      count('SELECT count(*) FROM awards WHERE document_id = ?', id) +
      count('SELECT count(*) FROM workshops WHERE document_id = ?', id) +
      count('SELECT count(*) FROM entities WHERE document_id = ?', id);
    expect(items).toBeGreaterThan(50);
    await expect(page.locator('#text [data-kind]').count()).resolves.toBe(items);
    const perKind = await page.$$eval('#text [data-kind]', (els) => els.map((e) => e.getAttribute('data-kind')));
    expect(new Set(perKind)).toEqual(new Set(['quantity', 'award', 'workshop', 'org', 'person', 'place', 'policy']));
    expect(perKind.filter((k) => k === 'quantity').length).toBe(count('SELECT count(*) FROM quantities WHERE document_id = ?', id));
    // each highlight covers exactly its span of the canonical text, and sits inside a sentence anchor
    const text = String(openDb(dbPath, { readonly: true }).prepare('SELECT text FROM documents WHERE id = ?').pluck().get(id));
    const marks = await page.$$eval('#text [data-kind]', (els) =>
      els.map((e) => ({ s: Number(e.getAttribute('data-start')), e: Number(e.getAttribute('data-end')), t: e.textContent, cont: !!document.querySelector(`[data-cont="${e.getAttribute('data-item')}"]`), inSentence: !!e.closest('.s[id^="s-"]') })),
    );
    for (const m of marks) {
      if (!m.cont) expect(m.t).toBe(text.slice(m.s, m.e));
      expect(m.inSentence).toBe(true);
    }
    // nested spans nest: an award inside a quantity's span, or the reverse, is a descendant
    const nested = await page.$$eval('#text mark[data-kind] mark[data-kind]', (els) => els.length);
    expect(nested).toBeGreaterThan(0);
    // click a quantity: its fields in the panel
    const q = page.locator('#text mark[data-kind="quantity"]').first();
    await q.click();
    await expect(page.locator('#item-panel').textContent()).resolves.toMatch(/数值 value.*单位 unit/s);
    await expect(page.locator('#item-panel').textContent()).resolves.toContain('规则 rule');
    // linked sources: the same bulletin as DOCX, text, GB18030 text and PDF
    await expect(page.locator('ul.sources li').count()).resolves.toBe(count('SELECT count(*) FROM sources WHERE document_id = ?', id));
    await shot('document');
  });

  it('a metric: the chart is drawn and its table rows link to their sentences', async () => {
    await page.goto(running.url + 'metrics?subject=' + encodeURIComponent('产业工人'));
    const canvas = page.locator('#chart canvas').first();
    await canvas.waitFor();
    expect(Number(await page.locator('#chart').getAttribute('data-points'))).toBeGreaterThan(0);
    // something was painted: not every pixel of the plot is transparent
    const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(500);
    await shot('metrics');
    // a click on a drawn point opens the sentence of that point's figure
    const point = await page.evaluate(() => {
      const el = document.getElementById('chart') as HTMLElement & { uplot: any };
      const data = JSON.parse(document.getElementById('metric-data')!.textContent!);
      const u = el.uplot;
      for (let s = 0; s < data.series.length; s++) {
        const i = data.series[s].y.findIndex((v: number | null) => v != null);
        if (i < 0) continue;
        const box = u.over.getBoundingClientRect();
        const link = data.series[s].links[i];
        return { x: box.left + u.valToPos(data.x[i], 'x'), y: box.top + u.valToPos(data.series[s].y[i], 'y'), doc: data.docs[link[0]], start: link[1] };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await page.mouse.click(point!.x, point!.y);
    await page.waitForURL(/#s-\d+$/);
    expect(page.url()).toContain(`/documents/${point!.doc}#s-`);
    await expect(page.locator(`:target mark[data-kind="quantity"][data-start="${point!.start}"]`).count()).resolves.toBe(1);
    await page.goBack();
    const link = page.locator('a.row-link').first();
    const href = await link.getAttribute('href');
    const [, docId, offset] = /\/documents\/(\w+)\/at\/(\d+)/.exec(href!)!;
    await link.click();
    await page.waitForURL(/#s-\d+$/);
    const target = page.locator(':target');
    const start = Number(/#s-(\d+)$/.exec(page.url())![1]);
    expect(page.url()).toContain(`/documents/${docId}#`);
    expect(start).toBeLessThanOrEqual(Number(offset));
    await expect(target.locator(`mark[data-kind="quantity"][data-start="${offset}"]`).count()).resolves.toBe(1);
  });

  it('findings: grouped, filterable, each item linking to the sentence that holds it', async () => {
    await page.goto(running.url + 'findings');
    await expect(page.locator('table.groups').textContent()).resolves.toContain('sum-mismatch');
    await page.goto(running.url + 'findings?type=sum-mismatch');
    const f = page.locator('.finding[data-type="sum-mismatch"]').first();
    await expect(f.getAttribute('data-severity')).resolves.toBe('error');
    expect(await page.locator('.finding').count()).toBe(await page.locator('.finding[data-type="sum-mismatch"]').count());
    await shot('findings');
    const link = f.locator('a.item-link').first();
    const start = Number(await link.getAttribute('data-start'));
    const end = Number(await link.getAttribute('data-end'));
    await link.click();
    await page.waitForURL(/#s-\d+$/);
    const target = page.locator(':target');
    await expect(target.count()).resolves.toBe(1);
    // the item's own highlight is inside the sentence the link went to
    await expect(target.locator(`mark[data-kind="quantity"][data-start="${start}"][data-end="${end}"]`).count()).resolves.toBe(1);
    await shot('finding-target');
  });

  it('checks an uploaded draft without storing it', async () => {
    const before = count('SELECT count(*) FROM documents');
    await page.goto(running.url + 'check');
    await page.setInputFiles('input[type=file]', {
      name: 'draft.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(readFileSync(join(SAMPLES, 'kuaibao-2022-23-tobacco.txt'), 'utf8').replace('11490 人', '11590 人').replace(/第\s*23\s*期/, '第 25 期')),
    });
    await page.locator('form.check button[type=submit]').click();
    await page.locator('#findings').waitFor();
    await expect(page.locator('.finding[data-type="sum-mismatch"]').count()).resolves.toBeGreaterThan(0);
    await shot('check');
    expect(count('SELECT count(*) FROM documents')).toBe(before);
  });

  it('shows HTML in a document as text: nothing of it runs', async () => {
    const id = String(openDb(dbPath, { readonly: true }).prepare(`SELECT id FROM documents WHERE source LIKE '%notice-hostile.txt'`).pluck().get());
    await page.goto(running.url + 'documents/' + id);
    await expect(page.locator('#text').textContent()).resolves.toContain(HOSTILE);
    await expect(page.locator('#text script, #text img').count()).resolves.toBe(0);
    await page.goto(running.url + 'documents?q=' + encodeURIComponent('script'));
    await expect(page.locator('.snippet').first().textContent()).resolves.toContain('<script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await shot('escaping');
  });

  it('made no request beyond the server, raised no script error, and never wrote the archive', () => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(hash(dbPath)).toBe(dbHash);
  });
});
