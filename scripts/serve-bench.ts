// Server time of every kind of page of `gongwen serve` on an archive (e.g. the bench's 10,000 generated
// documents): each URL is requested `--runs` times after one warm-up request; the table gives the
// median and the worst of the server's own time (its Server-Timing header) and of the wall time.
//   node dist/scripts/serve-bench.js --db /path/to/archive.db [--runs 5]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../src/serve/server.js';
import { openDb } from '../src/store/db.js';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function timed(url: string, init?: RequestInit): Promise<{ app: number; wall: number; status: number; bytes: number }> {
  const t0 = performance.now();
  const r = await fetch(url, init);
  const body = await r.arrayBuffer();
  const wall = performance.now() - t0;
  const app = Number(/app;dur=([\d.]+)/.exec(r.headers.get('server-timing') ?? '')?.[1] ?? NaN);
  return { app, wall, status: r.status, bytes: body.byteLength };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const db = arg('db');
  if (!db) throw new Error('usage: serve-bench --db ARCHIVE [--runs N]');
  const runs = Number(arg('runs', '5'));
  const t0 = performance.now();
  // without the list cache: every list and search below is timed in full, as a first visit is
  const s = await startServer({ db, port: 0, listCache: false });
  const startMs = performance.now() - t0;
  const f0 = performance.now();
  const st = await s.findings.ready(s.archive.dataVersion);
  const findingsMs = performance.now() - f0;
  const ro = openDb(db, { readonly: true });
  const ids = ro.prepare('SELECT id FROM documents ORDER BY id LIMIT 3').pluck().all() as string[];
  const biggest = ro.prepare('SELECT document_id FROM entities GROUP BY document_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
  ro.close();
  const e = encodeURIComponent;
  const draft = readFileSync(join(process.cwd(), 'samples', 'kuaibao-2022-23-tobacco.txt'));
  const urls: [string, string, RequestInit?][] = [
    ['list', 'documents'],
    ['list, page 100', 'documents?page=100'],
    ['list sorted by figures', 'documents?sort=quantities&order=desc'],
    ['list, 2 facets', `documents?kind=bulletin&year=2030`],
    ['list CSV (all rows)', 'documents.csv'],
    ['search 劳模 (2 chars)', `documents?q=${e('劳模')}`],
    ['search 烟 (1 char)', `documents?q=${e('烟')}`],
    ['search 产业工人 + facet', `documents?q=${e('产业工人')}&kind=bulletin`],
    ['search 劳模创新工作室', `documents?q=${e('劳模创新工作室')}`],
    ['document', `documents/${ids[0]}`],
    ['document (most items)', `documents/${biggest}`],
    ['document JSON', `documents/${ids[1]}.json`],
    ['sentence link', `documents/${ids[2]}/at/500`],
    ['metrics, no subject', 'metrics'],
    ['metrics 职工 (subjects holding it)', `metrics?subject=${e('职工')}`],
    ['metrics 职工, page 20', `metrics?subject=${e('职工')}&page=20`],
    ['metrics scope 烟草商业 only', `metrics?scope=${e('烟草商业')}`],
    ['metrics 示范企业 + scope 云南省', `metrics?subject=${e('示范企业')}&scope=${e('云南省')}`],
    ['metrics CSV 职工', `metrics.csv?subject=${e('职工')}`],
    ['findings', 'findings'],
    ['findings conflict, page 3', 'findings?type=conflict&page=3'],
    ['findings JSON', 'findings.json?severity=error'],
    ['findings CSV, type sum-mismatch', 'findings.csv?type=sum-mismatch'],
    ['check page', 'check'],
    ['check a draft (POST)', 'check.json?name=draft.txt', { method: 'POST', body: draft, headers: { 'content-type': 'application/octet-stream' } }],
  ];
  const docs = s.archive.allDocs().length;
  process.stdout.write(
    `archive: ${db} (${docs} documents; list cache off); server start ${startMs.toFixed(0)} ms; findings ${st.status === 'ready' ? st.findings.length : st.status} in ${findingsMs.toFixed(0)} ms (worker)\n\n`,
  );
  process.stdout.write('| page | status | KB | first request, server ms | server ms median | server ms max | wall ms median |\n| --- | --- | --- | --- | --- | --- | --- |\n');
  for (const [label, path, init] of urls) {
    const first = await timed(s.url + path, init); // the first request pays for lazily built indexes
    const r: Awaited<ReturnType<typeof timed>>[] = [];
    for (let i = 0; i < runs; i++) r.push(await timed(s.url + path, init));
    const app = r.map((x) => x.app);
    process.stdout.write(
      `| ${label} | ${r[0].status} | ${(r[0].bytes / 1024).toFixed(0)} | ${first.app.toFixed(1)} | ${median(app).toFixed(1)} | ${Math.max(...app).toFixed(1)} | ${median(r.map((x) => x.wall)).toFixed(1)} |\n`,
    );
  }
  // the draft check runs in a worker: other pages stay served meanwhile
  const checking = timed(s.url + 'check.json?name=draft.txt', { method: 'POST', body: draft, headers: { 'content-type': 'application/octet-stream' } });
  const during: number[] = [];
  for (let i = 0; i < 5; i++) during.push((await timed(s.url + 'documents?page=2')).app);
  const c = await checking;
  process.stdout.write(`| list while a draft is checked (${(c.wall / 1000).toFixed(1)} s) | 200 | | | ${median(during).toFixed(1)} | ${Math.max(...during).toFixed(1)} | |\n`);
  await s.close();
}

main().catch((e) => {
  process.stderr.write(`serve-bench: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
