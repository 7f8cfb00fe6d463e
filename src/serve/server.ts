// gongwen serve: a local, read-only review page of the archive. Node's http server; every view is HTML
// at /x, JSON at /x.json and (tabular ones) CSV at /x.csv. The archive is opened read-only, SQL runs
// only through the fixed prepared statements of ./archive.ts and the analysis modules, every response
// carries a Content-Security-Policy that allows nothing but this server, and the page makes no
// request elsewhere (uPlot is served from node_modules).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../analysis/format.js';
import { loadSynonyms } from '../analysis/synonyms.js';
import { computeSentences as sentences } from '../extract/sentences.js';
import type { Finding, FindingItem } from '../types.js';
import { ServeArchive } from './archive.js';
import { checkDraft } from './check.js';
import { FindingsCache } from './findings.js';
import { MetricsIndex } from './metrics-index.js';
import { escapeHtml, raw } from './html.js';
import { page } from './layout.js';
import { documentJson, documentPage, loadDocument, sentenceStart } from './views/document.js';
import { CSV_HEADERS, ListCache, csvRows, listDocuments, listJson, listPage, parseListQuery } from './views/documents.js';
import { FINDING_CSV_HEADERS, checkPage, filterFindings, findingsCsvRows, findingsJson, findingsPage, parseFindingsQuery, type AnchorOf } from './views/findings.js';
import { METRIC_CSV_HEADERS, metricsCsvRows, metricsJsonRows, metricsPage, parseMetricsQuery } from './views/metrics.js';

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** A draft upload larger than this is refused (413). */
export const MAX_UPLOAD = 25 * 1024 * 1024;

export interface ServeOptions {
  db: string;
  port?: number;
  host?: string;
  log?: (line: string) => void;
  /** keep recent lists for paging (default true; the bench turns it off to time every list in full) */
  listCache?: boolean;
}

export interface Running {
  server: Server;
  url: string;
  archive: ServeArchive;
  findings: FindingsCache;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

type Reply = { status?: number; type: string; body: string | Buffer; headers?: Record<string, string> };

const TYPES = { html: 'text/html; charset=utf-8', json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/** The static files: ours (src/serve/assets) and uPlot's build from node_modules. */
function assetTable(): Map<string, { path: string; type: string }> {
  const here = dirname(fileURLToPath(import.meta.url));
  // from src/serve (vitest) or dist/src/serve (compiled): the assets stay in src/serve/assets
  const candidates = [join(here, 'assets'), join(here, '..', '..', '..', 'src', 'serve', 'assets')];
  const ours = candidates.find((d) => existsSync(join(d, 'app.js')));
  if (!ours) throw new Error(`serve: the page's assets are missing (looked in ${candidates.join(', ')})`);
  const req = createRequire(import.meta.url);
  const uplotJs = req.resolve('uplot/dist/uPlot.iife.min.js');
  return new Map([
    ['/assets/app.js', { path: join(ours, 'app.js'), type: TYPES.js }],
    ['/assets/app.css', { path: join(ours, 'app.css'), type: TYPES.css }],
    ['/assets/uPlot.iife.min.js', { path: uplotJs, type: TYPES.js }],
    ['/assets/uPlot.min.css', { path: join(dirname(uplotJs), 'uPlot.min.css'), type: TYPES.css }],
  ]);
}

function ext(pathname: string): { path: string; format: 'html' | 'json' | 'csv' } {
  const m = /^(.*)\.(json|csv)$/.exec(pathname);
  return m ? { path: m[1], format: m[2] as 'json' | 'csv' } : { path: pathname, format: 'html' };
}

const json = (data: unknown): Reply => ({ type: TYPES.json, body: JSON.stringify(data, null, 1) });
const csv = (headers: string[], rows: unknown[][], name: string): Reply => ({
  type: TYPES.csv,
  body: toCsv(headers, rows, { bom: true }),
  headers: { 'Content-Disposition': `inline; filename="${name}.csv"` },
});
const htmlReply = (body: string, status = 200): Reply => ({ status, type: TYPES.html, body });

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_UPLOAD) throw new HttpError(413, `草稿太大（上限 ${MAX_UPLOAD / 1024 / 1024} MB）`);
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The draft in a POST: a multipart form (file or pasted text) or the raw bytes (?name=draft.docx). */
async function draftOf(req: IncomingMessage, url: URL): Promise<{ name: string; bytes: Buffer }> {
  const body = await readBody(req);
  const type = req.headers['content-type'] ?? '';
  if (/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type)) {
    const form = await new Request('http://local/', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(body) }).formData();
    const file = form.get('file');
    if (file && typeof file !== 'string' && file.size > 0) return { name: basename(file.name || 'draft.txt'), bytes: Buffer.from(await file.arrayBuffer()) };
    const text = form.get('text');
    if (typeof text === 'string' && text.trim()) return { name: 'pasted.txt', bytes: Buffer.from(text, 'utf8') };
    throw new HttpError(400, '请选择一个文件或粘贴文本。Choose a file or paste text.');
  }
  if (!body.length) throw new HttpError(400, 'empty body: POST the draft file’s bytes (?name=draft.docx) or a multipart form');
  return { name: basename(url.searchParams.get('name') || 'draft.txt'), bytes: body };
}

export async function startServer(o: ServeOptions): Promise<Running> {
  const archive = new ServeArchive(o.db);
  const findings = new FindingsCache(o.db);
  const assets = assetTable();
  const syn = loadSynonyms();
  const metricsIndex = new MetricsIndex(archive.db, syn);
  const lists = o.listCache === false ? undefined : new ListCache();
  let subjects: { version: number; list: { subject: string; n: number }[] } | null = null;
  const topSubjects = () => {
    if (subjects?.version !== archive.dataVersion) subjects = { version: archive.dataVersion, list: archive.topSubjects() };
    return subjects.list;
  };
  // sentence spans of recently linked documents (findings pages link up to ~200 items each)
  const spanCache = new Map<string, { start: number; end: number }[]>();
  const spansOf = (id: string) => {
    let s = spanCache.get(id);
    if (!s) {
      const text = archive.text(id);
      if (text == null) return null;
      s = sentences(text).map((x) => ({ start: x.start, end: x.end }));
      if (spanCache.size > 500) spanCache.delete(spanCache.keys().next().value!);
      spanCache.set(id, s);
    }
    return s;
  };
  // JSON and CSV: the redirecting link (no text to read per item; a finding can name thousands)
  const atLink: AnchorOf = (i: FindingItem) => (archive.entry(i.documentId) ? `/documents/${i.documentId}/at/${i.start}` : null);
  const anchorFor = (): AnchorOf => (i: FindingItem) => {
    if (!archive.entry(i.documentId)) return null;
    const spans = spansOf(i.documentId);
    return spans ? `/documents/${i.documentId}#s-${sentenceStart(spans, i.start)}` : null;
  };

  const routes = async (req: IncomingMessage, url: URL): Promise<Reply> => {
    const { path, format } = ext(url.pathname);
    const p = url.searchParams;
    if (req.method === 'POST') {
      if (path !== '/check') throw new HttpError(405, 'only /check accepts POST');
      const t0 = Date.now();
      let draft: { name: string; bytes: Buffer };
      let list: Finding[];
      try {
        draft = await draftOf(req, url);
        list = await checkDraft(o.db, draft.name, draft.bytes);
      } catch (e) {
        const status = e instanceof HttpError ? e.status : 422;
        const msg = `${(e as Error).message}`;
        if (format === 'json') return { ...json({ error: msg }), status };
        return htmlReply(checkPage(null, msg), status);
      }
      if (format === 'json') return json({ name: draft.name, findings: list.map((f) => ({ ...f, items: f.items.map((i) => ({ ...i, url: atLink(i) })) })) });
      return htmlReply(checkPage({ name: draft.name, findings: list, anchor: anchorFor(), ms: Date.now() - t0 }, null));
    }
    if (path === '/' && format === 'html') return { status: 302, type: TYPES.html, body: '', headers: { Location: '/documents' } };
    if (path === '/documents') {
      const r = listDocuments(archive, parseListQuery(p), lists);
      if (format === 'json') return json(listJson(r));
      if (format === 'csv') {
        const all = listDocuments(archive, { ...r.query, page: 1, per: Number.MAX_SAFE_INTEGER }, lists);
        return csv(CSV_HEADERS, csvRows(all.docs), 'documents');
      }
      return htmlReply(listPage(r, p));
    }
    let m = /^\/documents\/([0-9a-f]{8,64})\/at\/(\d+)$/.exec(path);
    if (m && format === 'html') {
      const spans = spansOf(m[1]);
      if (!spans) throw new HttpError(404, `no document ${m[1]}`);
      return { status: 302, type: TYPES.html, body: '', headers: { Location: `/documents/${m[1]}#s-${sentenceStart(spans, Number(m[2]))}` } };
    }
    m = /^\/documents\/([0-9a-f]{8,64})$/.exec(path);
    if (m && format !== 'csv') {
      const v = loadDocument(archive, m[1]);
      if (!v) throw new HttpError(404, `没有这篇文档 no document ${m[1]}`);
      return format === 'json' ? json(documentJson(v)) : htmlReply(documentPage(v));
    }
    if (path === '/metrics') {
      const q = parseMetricsQuery(p);
      const any = q.subject || q.scope || q.kind;
      const filter = { subject: q.subject || undefined, scope: q.scope || undefined, kind: q.kind || undefined };
      if (format === 'json') {
        const rows = metricsIndex.query(filter, archive.dataVersion);
        return json({ subject: q.subject || null, scope: q.scope || null, kind: q.kind || null, rows: metricsJsonRows(rows) });
      }
      if (format === 'csv') return csv(METRIC_CSV_HEADERS, metricsCsvRows(metricsIndex.query(filter, archive.dataVersion)), 'metrics');
      if (!any) return htmlReply(metricsPage(q, null, topSubjects(), p));
      const hits = metricsIndex.find(filter, archive.dataVersion);
      const result = { total: hits.at.length, points: metricsIndex.points(hits), rowsOf: (a: number, b: number) => metricsIndex.rows(hits, a, b) };
      return htmlReply(metricsPage(q, result, topSubjects(), p));
    }
    if (path === '/findings') {
      const q = parseFindingsQuery(p);
      const state = findings.get(archive.dataVersion);
      if (format === 'html') return htmlReply(findingsPage(state, q, anchorFor, p));
      if (state.status !== 'ready') {
        const r = json(state.status === 'running' ? { status: 'running', since: new Date(state.since).toISOString() } : state);
        return { ...r, status: state.status === 'running' ? 503 : 500, headers: { 'Retry-After': '5' } };
      }
      const list = filterFindings(state.findings, q);
      if (format === 'csv') return csv(FINDING_CSV_HEADERS, findingsCsvRows(list, atLink), 'findings');
      return json(findingsJson(list, q, atLink));
    }
    if (path === '/check' && format === 'html') return htmlReply(checkPage(null, null));
    throw new HttpError(404, `没有这个页面 not found: ${url.pathname}`);
  };

  const loopback = !o.host || /^(127\.|::1$|localhost$)/.test(o.host);
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const t0 = process.hrtime.bigint();
    const send = (r: Reply) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const headers: Record<string, string> = {
        'Content-Type': r.type,
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': 'no-store',
        'Server-Timing': `app;dur=${ms.toFixed(1)}`,
        ...(r.headers ?? {}),
      };
      res.writeHead(r.status ?? 200, headers);
      res.end(req.method === 'HEAD' ? undefined : r.body);
    };
    try {
      // bound to loopback: refuse other Host names (a web page's DNS rebinding cannot reach the archive)
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      if (loopback && !/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(host)) throw new HttpError(421, `unexpected Host: ${host}`);
      if (!['GET', 'HEAD', 'POST'].includes(req.method ?? '')) throw new HttpError(405, 'method not allowed');
      const url = new URL(req.url ?? '/', 'http://localhost');
      const asset = assets.get(url.pathname);
      if (asset) {
        send({ type: asset.type, body: readFileSync(asset.path), headers: { 'Cache-Control': 'max-age=300' } });
        return;
      }
      archive.refresh();
      send(await routes(req, url));
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 500;
      const msg = e instanceof HttpError ? e.message : `内部错误 internal error: ${(e as Error).message}`;
      if (!(e instanceof HttpError)) o.log?.(`serve: ${req.method} ${req.url}: ${(e as Error).stack ?? e}`);
      if (/\.(json|csv)(\?|$)/.test(req.url ?? '')) send({ status, type: TYPES.json, body: JSON.stringify({ error: msg }) });
      else send(htmlReply(page({ title: String(status), active: '', body: raw(`<h1>${status}</h1><p class="error">${escapeHtml(msg)}</p>`) }), status));
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  const host = o.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 8765, host, () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  findings.get(archive.dataVersion); // start computing the findings now (in a worker)
  metricsIndex.warm(archive.dataVersion);
  topSubjects();
  return {
    server,
    url: `http://${shown}:${port}/`,
    archive,
    findings,
    close: () =>
      new Promise<void>((resolve) => {
        findings.close();
        server.closeAllConnections?.();
        server.close(() => {
          archive.close();
          resolve();
        });
      }),
  };
}
