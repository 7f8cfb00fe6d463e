// gongwen against what a user would write instead (issue 17), side by side in one run on the same files:
//   text: `gongwen ingest` of N generated bulletins (.txt UTF-8/GB18030, .md) against the Python peer
//         (scripts/bench/peer.py: decode, jieba cut with HMM, one regex, SQLite + FTS5 trigram) in one
//         process, and in one process per core; each whole process timed, as a user runs it;
//   pdf:  `gongwen ingest` of P generated PDFs against `pdftotext` (poppler) run once per file;
//         and, to tell the reading from the rest of the pipeline, gongwen's PDF reader alone
//         (scripts/bench/pdf-read.ts: the canonical text of every PDF in one process, no archive);
//   cold: `gongwen extract` of one bulletin and `gongwen check` of one DOCX draft, from a cold start;
//   size: archive bytes per document (database + WAL), gongwen's and the peer's.
// Runs are alternated (the order rotates each round) and each figure is the best and the median of
// `--reps` rounds, so a neighbour's burst on a shared machine hits every contestant alike.
// A contestant that is not installed (Python with jieba: Debian's python3-jieba; poppler-utils) is
// skipped with a message. Nothing is asserted; the process exits 0 unless the benchmark itself broke.
//
//   npx tsc -p tsconfig.json && node dist/scripts/bench/peer.js [--docs 1000] [--pdfs 100|0] [--reps 3] [--json]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.js';
import { measure, median, type Measured } from './measure.js';
import { repoRoot } from './paths.js';

export interface PeerOptions {
  /** text bulletins (default 1,000) */
  docs?: number;
  /** PDFs for the pdftotext comparison (default 100) */
  pdfs?: number;
  reps?: number;
  cacheRoot?: string;
  log?: (msg: string) => void;
}

export interface Contestant {
  id: string;
  label: string;
  /** why it did not run */
  skipped?: string;
  runs: { ms: number; rssMb: number; cpuMs?: number }[];
  bestMs?: number;
  medianMs?: number;
  /** the median of the runs' peak RSS */
  rssMb?: number;
  /** the median of the runs' user + system CPU time, where it is recorded (the PDF rows) */
  cpuMs?: number;
  /** archive KB per document, when it writes one */
  kbPerDoc?: number;
}

export interface Ratio {
  id: string;
  what: string;
  target: string;
  /** from the best runs and from the medians */
  best: number | null;
  median: number | null;
  status: 'PASS' | 'MISS' | 'n/a';
}

export interface PeerReport {
  when: string;
  cores: number;
  loadAvg: { start: number[]; end: number[] };
  docs: number;
  pdfs: number;
  reps: number;
  python: string | null;
  contestants: Contestant[];
  ratios: Ratio[];
}

/** documents of a corpus whose text group (6 of every 10: .txt, GB18030 .txt, .md) holds exactly n */
export const corpusSizeFor = (n: number) => 10 * Math.floor(n / 6) + (n % 6);

const dbBytes = (db: string) => [db, `${db}-wal`].reduce((n, f) => n + (existsSync(f) ? statSync(f).size : 0), 0);

/** A Python 3 that imports jieba and has SQLite's FTS5 trigram tokenizer: Debian's first. */
export function findPython(): { path: string; jieba: string } | { why: string } {
  const probe = "import jieba, sqlite3; sqlite3.connect(':memory:').execute(\"create virtual table t using fts5(x, tokenize='trigram')\"); print(jieba.__version__, jieba.__file__)";
  for (const py of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(py, ['-c', probe], { encoding: 'utf8' });
    if (r.status === 0) return { path: py, jieba: r.stdout.trim() };
  }
  return { why: 'no Python 3 with jieba and FTS5 trigram found (Debian: apt-get install python3-jieba)' };
}

const haveCommand = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function summarise(c: Contestant): void {
  if (!c.runs.length) return;
  c.bestMs = Math.min(...c.runs.map((r) => r.ms));
  c.medianMs = median(c.runs.map((r) => r.ms));
  c.rssMb = median(c.runs.map((r) => r.rssMb));
  const cpu = c.runs.flatMap((r) => (r.cpuMs != null ? [r.cpuMs] : []));
  if (cpu.length === c.runs.length) c.cpuMs = median(cpu);
}

function check(m: Measured, what: string, okCodes = [0]): void {
  if (m.code === null || !okCodes.includes(m.code)) {
    throw new Error(`${what} failed (exit ${m.code ?? m.signal}): ${m.stderrTail.trim().split('\n').slice(-2).join(' | ')}`);
  }
}

export async function runPeer(opts: PeerOptions = {}): Promise<PeerReport> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const root = repoRoot();
  const node = process.execPath;
  const cli = join(root, 'bin', 'gongwen.js');
  const docs = opts.docs ?? 1000;
  const reps = opts.reps ?? 3;
  const cores = availableParallelism();
  const load0 = loadavg().map((x) => +x.toFixed(2));
  const work = mkdtempSync(join(tmpdir(), 'gongwen-peer-'));
  try {
    const corpus = await generateCorpus({ docs: corpusSizeFor(docs), cacheRoot: opts.cacheRoot, log });
    const text = corpus.files.filter((f) => f.group === 'text').map((f) => join(corpus.dir, f.path));
    const pdfs = corpus.files.filter((f) => f.group === 'pdf').slice(0, opts.pdfs ?? 100).map((f) => join(corpus.dir, f.path));
    if (text.length !== docs) throw new Error(`corpus has ${text.length} text documents, not ${docs}`);
    const list = join(work, 'text-files.txt');
    writeFileSync(list, text.join('\n') + '\n');
    log(`peer: ${docs} text bulletins, ${pdfs.length} PDFs, ${reps} alternated rounds, ${cores} cores, load ${load0.join(' ')}`);

    const py = findPython();
    const pyPath = 'path' in py ? py.path : null;
    const mk = (id: string, label: string, skipped?: string): Contestant => ({ id, label, runs: [], ...(skipped ? { skipped } : {}) });
    const gText = mk('gongwen-text', `gongwen ingest, ${docs} text bulletins (default workers)`);
    const p1 = mk('peer-1', 'Python peer, one process', pyPath ? undefined : (py as { why: string }).why);
    const pN = mk('peer-n', `Python peer, ${cores} worker processes + writer`, pyPath ? undefined : (py as { why: string }).why);
    const noPdfs = pdfs.length === 0 ? 'not run (--pdfs 0)' : undefined;
    const gPdf = mk('gongwen-pdf', `gongwen ingest, ${pdfs.length} PDFs`, noPdfs);
    const gPdfRead = mk('gongwen-pdf-read', `gongwen's PDF reader alone, one process, ${pdfs.length} PDFs`, noPdfs);
    const poppler = mk('pdftotext', `pdftotext (poppler), once per file, ${pdfs.length} PDFs`, noPdfs ?? (haveCommand('pdftotext') ? undefined : 'pdftotext not found (Debian: apt-get install poppler-utils)'));
    const cold = mk('cold-extract', 'cold `gongwen extract` of one bulletin');
    const coldCheck = mk('cold-check', 'cold `gongwen check` of one DOCX draft');

    const gDb = join(work, 'gongwen.db');
    const runText = async () => {
      for (const f of [gDb, `${gDb}-wal`, `${gDb}-shm`]) rmSync(f, { force: true });
      const m = await measure(node, [cli, 'ingest', join(corpus.dir, 'text'), '--db', gDb, '--format', 'json'], { cwd: root });
      check(m, 'gongwen ingest');
      gText.runs.push({ ms: m.ms, rssMb: m.peakRssKb / 1024 });
      gText.kbPerDoc = dbBytes(gDb) / 1024 / docs;
    };
    const runPeerProc = (c: Contestant, procs: number) => async () => {
      if (!pyPath) return;
      const db = join(work, `peer-${procs}.db`);
      rmSync(db, { force: true });
      const m = await measure(pyPath, [join(root, 'scripts', 'bench', 'peer.py'), db, list, '--procs', String(procs)], { cwd: root });
      check(m, `peer.py --procs ${procs}`);
      c.runs.push({ ms: m.ms, rssMb: m.peakRssKb / 1024 });
      c.kbPerDoc = dbBytes(db) / 1024 / docs;
    };
    const pDb = join(work, 'pdf.db');
    const runPdf = async () => {
      if (gPdf.skipped) return;
      for (const f of [pDb, `${pDb}-wal`, `${pDb}-shm`]) rmSync(f, { force: true });
      const m = await measure(node, [cli, 'ingest', ...pdfs, '--db', pDb, '--format', 'json'], { cwd: root });
      check(m, 'gongwen ingest (pdf)');
      gPdf.runs.push({ ms: m.ms, rssMb: m.peakRssKb / 1024, ...(m.cpuMs != null ? { cpuMs: m.cpuMs } : {}) });
    };
    const plist = join(work, 'pdf-files.txt');
    writeFileSync(plist, pdfs.join('\n') + '\n');
    const runPdfRead = async () => {
      if (gPdfRead.skipped) return;
      // its text to /dev/null, as pdftotext's below
      const m = await measure('sh', ['-c', '"$0" "$1" "$2" > /dev/null', node, join(root, 'dist', 'scripts', 'bench', 'pdf-read.js'), plist], { cwd: root });
      check(m, 'pdf-read');
      gPdfRead.runs.push({ ms: m.ms, rssMb: m.peakRssKb / 1024, ...(m.cpuMs != null ? { cpuMs: m.cpuMs } : {}) });
    };
    const runPoppler = async () => {
      if (poppler.skipped) return;
      // a shell loop, as a user would write it: one pdftotext process per file
      const script = `while IFS= read -r f; do pdftotext -q -enc UTF-8 "$f" - > /dev/null || exit 1; done < "$1"`;
      const m = await measure('sh', ['-c', script, 'sh', plist], { cwd: root });
      check(m, 'pdftotext');
      poppler.runs.push({ ms: m.ms, rssMb: m.peakRssKb / 1024, ...(m.cpuMs != null ? { cpuMs: m.cpuMs } : {}) });
    };

    const round = [runText, runPeerProc(p1, 1), runPeerProc(pN, cores), runPdf, runPdfRead, runPoppler];
    for (let r = 0; r < reps; r++) {
      // rotate the order so that no contestant always runs first (cold caches) or last
      for (let k = 0; k < round.length; k++) await round[(k + r) % round.length]();
      log(`peer: round ${r + 1}/${reps} done (load ${loadavg()[0].toFixed(2)})`);
    }

    // cold starts: one untimed run warms the file cache, then reps timed runs
    const bulletin = text.find((f) => !f.endsWith('.md')) ?? text[0];
    const draft = join(root, 'samples', 'kuaibao-2021-10-qujing.docx');
    for (let i = 0; i <= reps; i++) {
      const e = await measure(node, [cli, 'extract', bulletin, '--format', 'json'], { cwd: root });
      check(e, 'gongwen extract');
      // check exits 1 when it finds an error-level finding: that is its answer, not a failure
      const c = await measure(node, [cli, 'check', draft, '--db', gDb, '--format', 'json'], { cwd: root });
      check(c, 'gongwen check', [0, 1]);
      if (i === 0) continue;
      cold.runs.push({ ms: e.ms, rssMb: e.peakRssKb / 1024 });
      coldCheck.runs.push({ ms: c.ms, rssMb: c.peakRssKb / 1024 });
    }

    const contestants = [gText, p1, pN, gPdf, gPdfRead, poppler, cold, coldCheck];
    contestants.forEach(summarise);
    return {
      when: new Date().toISOString(),
      cores,
      loadAvg: { start: load0, end: loadavg().map((x) => +x.toFixed(2)) },
      docs,
      pdfs: pdfs.length,
      reps,
      python: 'path' in py ? `${py.path} (jieba ${py.jieba})` : null,
      contestants,
      ratios: ratios(gText, p1, pN, gPdf, gPdfRead, poppler, cold, coldCheck),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function ratios(gText: Contestant, p1: Contestant, pN: Contestant, gPdf: Contestant, gPdfRead: Contestant, poppler: Contestant, cold: Contestant, coldCheck: Contestant): Ratio[] {
  const out: Ratio[] = [];
  /** a / b for best and median; pass when the median meets the bound */
  const ratio = (id: string, what: string, a: Contestant, b: Contestant, bound: number, le: boolean) => {
    const ok = !a.skipped && !b.skipped && a.bestMs && b.bestMs;
    const best = ok ? a.bestMs! / b.bestMs! : null;
    const med = ok ? a.medianMs! / b.medianMs! : null;
    out.push({ id, what, target: `${le ? '≤' : '≥'} ${bound.toFixed(2)}×`, best, median: med, status: med == null ? 'n/a' : (le ? med <= bound : med >= bound) ? 'PASS' : 'MISS' });
  };
  ratio('text-1', 'text ingest time / peer in one process', gText, p1, 0.75, true);
  ratio('text-n', 'text ingest time / peer with one process per core', gText, pN, 1.0, true);
  // speed: pdftotext's time over gongwen's (above 1: gongwen is faster)
  ratio('pdf', 'PDF ingest speed / pdftotext once per file', poppler, gPdf, 1.0, false);
  {
    // not a target: where the PDF row's time goes (the reading, or the rest of the ingest)
    const ok = !gPdfRead.skipped && !poppler.skipped && gPdfRead.bestMs && poppler.bestMs;
    const best = ok ? poppler.bestMs! / gPdfRead.bestMs! : null;
    const med = ok ? poppler.medianMs! / gPdfRead.medianMs! : null;
    out.push({ id: 'pdf-read', what: "  of which reading: the PDF reader alone / pdftotext (no target)", target: '', best, median: med, status: 'n/a' });
    // CPU time moves far less than wall time with a shared machine's load (medians only)
    const cpu = (a: Contestant) => (!a.skipped && !poppler.skipped && a.cpuMs && poppler.cpuMs ? poppler.cpuMs / a.cpuMs : null);
    out.push({ id: 'pdf-cpu', what: '  by CPU time: the PDF ingest / pdftotext (no target)', target: '', best: null, median: cpu(gPdf), status: 'n/a' });
    out.push({ id: 'pdf-read-cpu', what: '  by CPU time: the PDF reader alone / pdftotext (no target)', target: '', best: null, median: cpu(gPdfRead), status: 'n/a' });
  }
  {
    const peerRss = p1.rssMb;
    const r = !p1.skipped && peerRss && gText.rssMb ? gText.rssMb / peerRss : null;
    out.push({ id: 'rss', what: `peak RSS of the text ingest / the one-process peer's (${gText.rssMb?.toFixed(0)} vs ${peerRss?.toFixed(0) ?? '—'} MB)`, target: '≤ 2.50×', best: null, median: r, status: r == null ? 'n/a' : r <= 2.5 ? 'PASS' : 'MISS' });
  }
  for (const [c, what] of [[cold, 'cold extract, s'], [coldCheck, 'cold check, s']] as const) {
    const s = c.medianMs != null ? c.medianMs / 1000 : null;
    out.push({ id: c.id, what, target: '≤ 0.50 s', best: c.bestMs != null ? c.bestMs / 1000 : null, median: s, status: s == null ? 'n/a' : s <= 0.5 ? 'PASS' : 'MISS' });
  }
  {
    const kb = gText.kbPerDoc ?? null;
    out.push({ id: 'size', what: `archive KB per document (peer: ${p1.kbPerDoc?.toFixed(1) ?? '—'} KB)`, target: '≤ 45 KB', best: null, median: kb, status: kb == null ? 'n/a' : kb <= 45 ? 'PASS' : 'MISS' });
  }
  return out;
}

const f2 = (x: number | null | undefined, d = 2) => (x == null ? '—' : x.toFixed(d));

export function renderPeer(r: PeerReport): string {
  const lines = [
    `gongwen vs a user's own pipeline — ${r.when}, ${r.cores} cores, load ${r.loadAvg.start.join(' ')} → ${r.loadAvg.end.join(' ')}`,
    `${r.docs} text bulletins, ${r.pdfs} PDFs, ${r.reps} alternated rounds; Python: ${r.python ?? 'none'}`,
    '',
    'contestant'.padEnd(58) + 'best s'.padStart(8) + 'median s'.padStart(10) + 'RSS MB'.padStart(8) + 'KB/doc'.padStart(8),
  ];
  for (const c of r.contestants) {
    if (c.skipped) lines.push(`${c.label.padEnd(58)}  skipped: ${c.skipped}`);
    else lines.push(c.label.padEnd(58) + f2(c.bestMs! / 1000).padStart(8) + f2(c.medianMs! / 1000).padStart(10) + f2(c.rssMb, 0).padStart(8) + f2(c.kbPerDoc, 1).padStart(8));
  }
  lines.push('', 'ratio'.padEnd(70) + 'target'.padStart(9) + 'best'.padStart(7) + 'median'.padStart(8) + '  status');
  for (const x of r.ratios) lines.push(x.what.padEnd(70) + x.target.padStart(9) + f2(x.best).padStart(7) + f2(x.median).padStart(8) + `  ${x.status}`);
  return lines.join('\n');
}

function parseArgs(argv: string[]): PeerOptions & { json?: boolean } {
  const o: PeerOptions & { json?: boolean } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (min = 1) => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < min) throw new Error(`${a} needs a whole number of at least ${min}`);
      return v;
    };
    if (a === '--docs') o.docs = num();
    else if (a === '--pdfs') o.pdfs = num(0); // 0: the PDF rows are skipped (quicker text-only rounds)
    else if (a === '--reps') o.reps = num();
    else if (a === '--cache') o.cacheRoot = argv[++i];
    else if (a === '--json') o.json = true;
    else throw new Error(`unknown option ${a} (usage: peer.js [--docs 1000] [--pdfs 100] [--reps 3] [--json] [--cache DIR])`);
  }
  return o;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`peer: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const rep = await runPeer(opts);
  process.stdout.write((opts.json ? JSON.stringify(rep, null, 2) : renderPeer(rep)) + '\n');
}
