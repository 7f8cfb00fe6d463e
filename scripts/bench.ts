// gongwen benchmark (issue 5). `npm run bench -- [--docs N] [--json] [--concurrency N] ...`
//
// 1. generates (or reuses) the corpus under .bench-cache/ (scripts/bench/corpus.ts);
// 2. runs the raw baselines, each alone in one process, on the same files (timed inside, after
//    the libraries are loaded: the judged figure; and the whole process, like an ingest);
// 3. runs gongwen end to end through its CLI (bin/gongwen.js, compiled dist/): ingest of each
//    format group into a fresh database, ingest of everything, re-extraction after each of four
//    rules changes (scripts/bench/rule-changes.ts), each on a copy of that archive, a cold
//    `extract`, `compare` and `search` over the archive;
// 4. prints the table and the targets with PASS/MISS (`--json` prints the report as JSON).
// Timings are never asserted anywhere; the process exits 0 unless the benchmark itself broke.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASELINE_KINDS, runBaseline, type BaselineKind, type BaselineResult } from './bench/baselines.js';
import { generateCorpus, type Corpus, type CorpusGroup } from './bench/corpus.js';
import { haveGnuTime, measure, median, type Measured } from './bench/measure.js';
import { profileByThread, renderProfile, type ProfileSummary } from './bench/profile.js';
import { emptyRow, renderTable, withRates, type BenchReport, type Row, type Scale, type Target } from './bench/report.js';
import { repoRoot } from './bench/paths.js';
import { RULE_CHANGES, rulesWithChange, type RuleChangeId } from './bench/rule-changes.js';
import type { SearchTiming } from './bench/search-timer.js';

export interface BenchOptions {
  docs?: number;
  seed?: number;
  json?: boolean;
  concurrency?: number;
  /** regenerate the corpus even if cached */
  fresh?: boolean;
  cacheRoot?: string;
  /** keep the temporary databases (their folder is printed) */
  keep?: boolean;
  /** also run a profiled ingest (node --cpu-prof) of each group and summarise it */
  profile?: boolean;
  /** repetitions for cold extract and search (median) */
  reps?: number;
  searchTerms?: string[];
  log?: (msg: string) => void;
}

const GROUPS: CorpusGroup[] = ['text', 'docx', 'pdf'];
const BASELINE_LABEL: Record<BaselineKind, string> = {
  text: 'baseline text: decode + jieba cut',
  pdf: 'baseline pdf: pdf-parse getText',
  'pdf-kept': "baseline pdf, gongwen's pdf.js worker (kept CMaps; not judged)",
  docx: 'baseline docx: mammoth convertToHtml',
};
const INGEST_LABEL: Record<CorpusGroup, string> = {
  text: 'ingest text (.txt UTF-8/GB18030, .md)',
  docx: 'ingest docx',
  pdf: 'ingest pdf',
};

interface IngestCounts {
  added: number;
  unchanged: number;
  updated: number;
  linked: number;
  failed: number;
}

function parseCounts(stdout: string): IngestCounts | null {
  try {
    const j = JSON.parse(stdout) as Partial<IngestCounts>;
    if (typeof j.added !== 'number') return null;
    return { added: j.added ?? 0, unchanged: j.unchanged ?? 0, updated: j.updated ?? 0, linked: j.linked ?? 0, failed: j.failed ?? 0 };
  } catch {
    return null;
  }
}

const dbFiles = (db: string) => [db, `${db}-wal`, `${db}-shm`];

function dbBytes(db: string): number {
  let n = 0;
  for (const f of dbFiles(db)) if (existsSync(f)) n += statSync(f).size;
  return n;
}

/** Copies an archive (no process has it open): the database file and its WAL, if any. */
function copyDb(from: string, to: string): void {
  for (const f of dbFiles(to)) rmSync(f, { force: true });
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
}

async function countDocuments(db: string): Promise<number | null> {
  try {
    const Database = (await import('better-sqlite3')).default;
    const h = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (h.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      h.close();
    }
  } catch {
    return null;
  }
}

const mb = (kb: number | null) => (kb == null ? null : kb / 1024);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 160);

function failureNote(m: Measured): string {
  const last = m.stderrTail.trim().split('\n').slice(-1)[0] ?? '';
  return `exit ${m.code ?? m.signal}${last ? `: ${oneLine(last)}` : ''}`;
}

export async function runBench(opts: BenchOptions = {}): Promise<BenchReport> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const root = repoRoot();
  const node = process.execPath;
  const reps = opts.reps ?? 5;
  const terms = opts.searchTerms ?? ['劳模', '工作室', '产业工人队伍'];
  const work = mkdtempSync(join(tmpdir(), 'gongwen-bench-'));
  const rows: Row[] = [];
  const targets: Target[] = [];
  const extra: Record<string, unknown> = { workDir: work, loadAvgAtStart: loadavg().map((x) => +x.toFixed(2)) };

  log(`bench: corpus of ${opts.docs ?? 2000} documents…`);
  const t0 = Date.now();
  const corpus: Corpus = await generateCorpus({ docs: opts.docs, seed: opts.seed, fresh: opts.fresh, cacheRoot: opts.cacheRoot, log });
  log(`bench: corpus ${corpus.reused ? 'reused' : 'written'} in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${corpus.dir}`);

  const byFormat: Record<string, { docs: number; bytes: number }> = {};
  const group: Record<CorpusGroup, { files: string[]; bytes: number }> = { text: { files: [], bytes: 0 }, docx: { files: [], bytes: 0 }, pdf: { files: [], bytes: 0 } };
  for (const f of corpus.files) {
    (byFormat[f.format] ??= { docs: 0, bytes: 0 }).docs++;
    byFormat[f.format].bytes += f.bytes;
    group[f.group].files.push(join(corpus.dir, f.path));
    group[f.group].bytes += f.bytes;
  }

  // ---- baselines -------------------------------------------------------------------------
  const compiledBaseline = join(root, 'dist', 'scripts', 'bench', 'baselines.js');
  const baseline: Partial<Record<BaselineKind, Row>> = {};
  for (const kind of BASELINE_KINDS) {
    const g = group[kind === 'pdf-kept' ? 'pdf' : kind];
    const row = emptyRow(`baseline-${kind}`, BASELINE_LABEL[kind]);
    rows.push(row);
    baseline[kind] = row;
    if (!g.files.length) {
      row.note = 'no files of this format in the corpus';
      continue;
    }
    log(`bench: baseline ${kind} (${g.files.length} files)…`);
    let r: BaselineResult | null = null;
    // its own process, measured like an ingest (wall clock of the whole process under GNU time):
    // the work alone (timed inside, after the libraries are loaded) is the judged baseline; the
    // whole process (node start + library load + work) is shown next to it
    if (existsSync(compiledBaseline)) {
      const list = join(work, `files-${kind}.json`);
      writeFileSync(list, JSON.stringify(g.files));
      const m = await measure(node, [compiledBaseline, kind, list], { cwd: root });
      if (m.code === 0) {
        r = JSON.parse(m.stdout.trim().split('\n').pop()!) as BaselineResult;
        row.peakRssMb = mb(m.peakRssKb);
        row.processMs = m.ms;
        row.note = `own process; libraries loaded in ${r.loadMs.toFixed(0)} ms (not in time s; in process s)`;
      } else row.note = `baseline failed: ${failureNote(m)}`;
    } else {
      r = await runBaseline(kind, g.files);
      row.note = `in the bench process (${compiledBaseline} not built); libraries loaded in ${r.loadMs.toFixed(0)} ms (not counted); whole process not measured`;
    }
    if (r) {
      Object.assign(row, { docs: r.docs, bytes: r.bytes, ms: r.ms });
      withRates(row);
      if (r.failed) row.note += `; ${r.failed} failed`;
    }
  }

  // ---- end to end through the CLI ---------------------------------------------------------
  const cli = join(root, 'bin', 'gongwen.js');
  const cliMain = join(root, 'dist', 'src', 'cli', 'main.js');
  let cliReady = existsSync(cliMain);
  let cliWhy = cliReady ? '' : `CLI not built (${cliMain} missing: run npx tsc -p tsconfig.json)`;
  if (cliReady) {
    const m = await measure(node, [cli, 'ingest', '--help'], { cwd: root, rss: false });
    if (m.code !== 0 || !/--db/.test(m.stdout + m.stderrTail)) {
      cliReady = false;
      cliWhy = `CLI has no working ingest command (${failureNote(m)})`;
    }
  }
  // every run reads a snapshot of rules/ taken now, so that rule files edited while the
  // benchmark runs cannot change (or break) it half-way
  const rulesSnapshot = join(work, 'rules-snapshot');
  cpSync(process.env.GONGWEN_RULES ?? join(root, 'rules'), rulesSnapshot, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, GONGWEN_RULES: rulesSnapshot };
  delete env.GONGWEN_DB;
  const conc = opts.concurrency ? ['--concurrency', String(opts.concurrency)] : [];
  const profDir = join(work, 'profiles');

  const ingest = async (paths: string[], db: string, e: NodeJS.ProcessEnv = env) =>
    measure(node, [cli, 'ingest', ...paths, '--db', db, '--format', 'json', ...conc], { cwd: root, env: e });

  const ingestRows: Partial<Record<CorpusGroup | 'all', Row>> = {};
  const addIngestRow = async (id: CorpusGroup | 'all', label: string, paths: string[], docs: number, bytes: number) => {
    const row = emptyRow(`ingest-${id}`, label);
    rows.push(row);
    ingestRows[id] = row;
    if (!cliReady) {
      row.note = `skipped: ${cliWhy}`;
      return null;
    }
    if (!docs) {
      row.note = 'no files of this format in the corpus';
      return null;
    }
    const db = join(work, `ingest-${id}.db`);
    log(`bench: ${label} (${docs} files) → ${db}…`);
    const m = await ingest(paths, db);
    const counts = parseCounts(m.stdout);
    const stored = await countDocuments(db);
    const notes: string[] = [];
    if (!counts || (m.code !== 0 && m.code !== 1) || counts.added + counts.linked + counts.updated + counts.unchanged === 0) {
      // the run broke: no figures, only why (exit 1 = some input failed, the rest stored)
      row.note = `FAILED after ${(m.ms / 1000).toFixed(1)} s: ${counts ? `all ${counts.failed} files failed; ` : ''}${failureNote(m)}`;
      return null;
    }
    Object.assign(row, { docs, bytes, ms: m.ms, processMs: m.ms, peakRssMb: mb(m.peakRssKb) });
    withRates(row);
    if (stored) row.dbBytesPerDoc = dbBytes(db) / stored;
    if (m.code !== 0) notes.push(failureNote(m));
    if (counts) notes.push(`added ${counts.added}${counts.linked ? `, linked ${counts.linked}` : ''}${counts.failed ? `, failed ${counts.failed}` : ''}`);
    else notes.push('no JSON summary on stdout');
    if (stored != null && stored !== docs) notes.push(`${stored} documents stored`);
    row.note = notes.join('; ');
    return { db, m, counts, stored };
  };

  for (const g of GROUPS) {
    await addIngestRow(g, INGEST_LABEL[g], [join(corpus.dir, g)], group[g].files.length, group[g].bytes);
    const b = baseline[g as BaselineKind];
    const row = ingestRows[g]!;
    if (b?.ms && row.ms) {
      row.ratio = b.ms / row.ms; // same files: throughput ratio = time ratio
      row.ratioTo = `baseline ${g}`;
    }
    if (b?.processMs && row.ms) row.processRatio = b.processMs / row.ms;
    const kept = g === 'pdf' ? baseline['pdf-kept'] : undefined;
    if (kept?.ms && row.ms) row.note += `; ${(kept.ms / row.ms).toFixed(2)}× the baseline through gongwen's pdf.js worker`;
  }
  const totalBytes = GROUPS.reduce((s, g) => s + group[g].bytes, 0);
  const all = await addIngestRow('all', 'ingest all formats (the archive)', GROUPS.filter((g) => group[g].files.length).map((g) => join(corpus.dir, g)), corpus.files.length, totalBytes);
  // the archive's size right after the ingest (a search may add to it later: extra.dbBytesAfterSearch)
  let scale: Scale | null = null;
  if (all?.stored && ingestRows.all?.docsPerSec) {
    const bytes = dbBytes(all.db);
    scale = {
      docs: all.stored,
      dbBytes: bytes,
      dbBytesPerDoc: bytes / all.stored,
      dbBytesPer10kDocs: (bytes / all.stored) * 10_000,
      docsPerHour: ingestRows.all.docsPerSec * 3600,
    };
  }

  // ---- re-extraction after rules changes --------------------------------------------------
  // One row per change (scripts/bench/rule-changes.ts), each on its own copy of the archive (the
  // database files copied after the ingest of all formats: no re-ingest), with the rules snapshot
  // plus that one change. The copy is not timed; the copies are removed after their row.
  const allPaths = GROUPS.filter((g) => group[g].files.length).map((g) => join(corpus.dir, g));
  const reRows: Partial<Record<RuleChangeId, Row>> = {};
  const reCounts: Record<string, IngestCounts | null> = {};
  extra.reextract = reCounts;
  extra.ruleChanges = RULE_CHANGES.map(({ id, files, expect, judged, probe }) => ({ id, files, expect, judged, probe }));
  for (const change of RULE_CHANGES) {
    const row = emptyRow(`reextract-${change.id}`, change.label);
    rows.push(row);
    reRows[change.id] = row;
    if (!all) {
      row.note = `skipped: ${cliReady ? 'no archive' : cliWhy}`;
      continue;
    }
    let rulesDir: string;
    try {
      rulesDir = rulesWithChange(rulesSnapshot, join(work, `rules-${change.id}`), change);
    } catch (e) {
      row.note = `FAILED to write the rules change: ${oneLine((e as Error).message)}`;
      continue;
    }
    const db = join(work, `reextract-${change.id}.db`);
    copyDb(all.db, db);
    log(`bench: ${change.label}, on a copy of the archive…`);
    const m = await ingest(allPaths, db, { ...env, GONGWEN_RULES: rulesDir });
    const c = parseCounts(m.stdout);
    reCounts[change.id] = c;
    if (!c || (m.code !== 0 && m.code !== 1)) {
      row.note = `FAILED after ${(m.ms / 1000).toFixed(1)} s: ${failureNote(m)}`;
    } else {
      // docs = documents re-extracted (updated); the time is the whole run over the corpus
      Object.assign(row, { docs: c.updated, bytes: totalBytes, ms: m.ms, processMs: m.ms, peakRssMb: mb(m.peakRssKb) });
      withRates(row);
      if (!c.updated) row.docsPerSec = null;
      row.dbBytesPerDoc = all.stored ? dbBytes(db) / all.stored : null;
      const notes: string[] = [];
      if (m.code !== 0) notes.push(failureNote(m));
      notes.push(`updated ${c.updated}, unchanged ${c.unchanged}${c.added ? `, added ${c.added}` : ''}${c.failed ? `, failed ${c.failed}` : ''}`);
      if (change.id === 'comment') {
        notes.push(c.updated === 0 ? 'nothing re-extracted, as expected' : 're-extracted although no rule changed (expected: nothing)');
      } else if (c.updated === 0) {
        notes.push('NOTHING re-extracted: rules change not seen?');
      } else {
        notes.push(`expected to re-extract: ${change.expect}`);
        if (!change.judged) notes.push('not judged: a user-dictionary change re-extracts everything');
      }
      row.note = notes.join('; ');
      const text = ingestRows.text;
      if (change.id !== 'comment' && c.updated > 0 && text?.docsPerSec && row.docsPerSec) {
        row.ratio = row.docsPerSec / text.docsPerSec;
        row.ratioTo = change.judged ? 'ingest text' : 'ingest text (not judged)';
      }
    }
    if (!opts.keep) for (const f of dbFiles(db)) rmSync(f, { force: true });
  }

  // ---- cold extract ----------------------------------------------------------------------
  const jiebaRow = emptyRow('jieba-start', 'node start + load jieba + one cut');
  const coldRow = emptyRow('cold-extract', 'cold extract of one bulletin (CLI)');
  rows.push(coldRow, jiebaRow);
  const bulletin = corpus.files.find((f) => f.format === 'txt' && f.template.startsWith('kuaibao')) ?? corpus.files[0];
  {
    const js = ["const { Jieba } = require('@node-rs/jieba'); Jieba.withDict(require('@node-rs/jieba/dict').dict).cut('云南省烟草专卖局全力推动产业工人队伍建设改革走深走实', true)"];
    const times: number[] = [];
    let rss = 0;
    for (let i = 0; i <= reps; i++) {
      const m = await measure(node, ['-e', js[0]], { cwd: root });
      if (i > 0) times.push(m.ms); // the first run warms the file cache
      rss = Math.max(rss, m.peakRssKb);
    }
    Object.assign(jiebaRow, { docs: 1, ms: median(times), peakRssMb: mb(rss), note: `median of ${reps} runs after one warm-up` });
  }
  if (!cliReady) coldRow.note = `skipped: ${cliWhy}`;
  else {
    const times: number[] = [];
    let rss = 0;
    let bad: Measured | null = null;
    const file = join(corpus.dir, bulletin.path);
    for (let i = 0; i <= reps; i++) {
      const m = await measure(node, [cli, 'extract', file, '--format', 'json'], { cwd: root, env });
      if (m.code !== 0) bad = m;
      if (i > 0) times.push(m.ms);
      rss = Math.max(rss, m.peakRssKb);
    }
    Object.assign(coldRow, { docs: 1, bytes: bulletin.bytes, ms: median(times), peakRssMb: mb(rss) });
    coldRow.note = `${bulletin.path}, median of ${reps} runs after one warm-up${bad ? `; ${failureNote(bad)}` : ''}`;
    if (bad) coldRow.note = `FAILED: ${failureNote(bad)}`;
    if (jiebaRow.ms && !bad) {
      coldRow.ratio = coldRow.ms! / jiebaRow.ms; // a time ratio: lower is better
      coldRow.ratioTo = 'jieba start (time)';
    }
  }

  // ---- compare and search over the archive ----------------------------------------------------
  const cmpRow = emptyRow('compare', 'compare over the archive');
  const startRow = emptyRow('cli-start', 'CLI start: query "SELECT 1"');
  const searchRow = emptyRow('search', `search median (${terms.join(' ')})`);
  rows.push(cmpRow, startRow, searchRow);
  if (!all) {
    const why = `skipped: ${cliReady ? 'no archive' : cliWhy}`;
    cmpRow.note = startRow.note = searchRow.note = why;
  } else {
    log('bench: compare…');
    const m = await measure(node, [cli, 'compare', '--db', all.db, '--format', 'json'], { cwd: root, env });
    let findings: number | null = null;
    try {
      findings = (JSON.parse(m.stdout) as { findings: unknown[] }).findings.length;
    } catch {
      /* reported below */
    }
    if (m.code === 0) {
      Object.assign(cmpRow, { docs: all.stored, ms: m.ms, peakRssMb: mb(m.peakRssKb) });
      withRates(cmpRow);
      cmpRow.note = `${findings ?? '?'} findings`;
    } else cmpRow.note = `FAILED: ${failureNote(m)}`;

    log('bench: search…');
    const st: number[] = [];
    for (let i = 0; i <= reps; i++) {
      const q = await measure(node, [cli, 'query', 'SELECT 1 AS one', '--db', all.db, '--format', 'json'], { cwd: root, env, rss: false });
      if (i > 0) st.push(q.ms);
      if (q.code !== 0) startRow.note = `FAILED: ${failureNote(q)}`;
    }
    if (!startRow.note) startRow.ms = median(st);
    startRow.note ||= `median of ${reps}: Node + CLI + open the database`;
    const times: number[] = [];
    const perTerm: Record<string, { medianMs: number; hits: number | null }> = {};
    let bad: Measured | null = null;
    for (const term of terms) {
      const tt: number[] = [];
      let hits: number | null = null;
      for (let i = 0; i <= reps; i++) {
        const q = await measure(node, [cli, 'search', term, '--db', all.db, '--format', 'json'], { cwd: root, env, rss: false });
        if (q.code !== 0) bad = q;
        if (i === 0) {
          try {
            const j = JSON.parse(q.stdout) as unknown;
            hits = Array.isArray(j) ? j.length : Array.isArray((j as { hits?: unknown[] }).hits) ? (j as { hits: unknown[] }).hits.length : null;
          } catch {
            /* not JSON */
          }
        } else tt.push(q.ms);
      }
      times.push(...tt);
      perTerm[term] = { medianMs: median(tt), hits };
    }
    extra.search = perTerm;
    const timer = join(root, 'dist', 'scripts', 'bench', 'search-timer.js');
    if (existsSync(timer)) {
      const q = await measure(node, [timer, all.db, String(Math.max(reps, 5) * 4), ...terms], { cwd: root, env, rss: false });
      try {
        extra.searchInProcess = JSON.parse(q.stdout) as SearchTiming[];
      } catch {
        extra.searchInProcess = `failed: ${failureNote(q)}`;
      }
    }
    if (!bad) Object.assign(searchRow, { docs: all.stored, ms: median(times) });
    extra.dbBytesAfterSearch = dbBytes(all.db);
    const net = startRow.ms != null && searchRow.ms != null ? searchRow.ms - startRow.ms : null;
    extra.searchNetMs = net;
    searchRow.note = bad
      ? `FAILED: ${failureNote(bad)}`
      : `wall time per CLI call; net of CLI start ${net == null ? '—' : `${net.toFixed(1)} ms`}; hits ${terms.map((t) => `${t} ${perTerm[t].hits ?? '?'}`).join(', ')}`;
  }

  // ---- optional profile --------------------------------------------------------------------
  if (opts.profile && cliReady) {
    const profiles: Record<string, unknown> = {};
    for (const g of GROUPS) {
      if (!group[g].files.length) continue;
      const dir = join(profDir, g);
      mkdirSync(dir, { recursive: true });
      log(`bench: profiled ingest of ${g} (node --cpu-prof)…`);
      await measure(node, ['--cpu-prof', '--cpu-prof-dir', dir, cli, 'ingest', join(corpus.dir, g), '--db', join(work, `prof-${g}.db`), '--format', 'json', ...conc], { cwd: root, env, rss: false });
      profiles[g] = profileByThread(dir);
    }
    extra.profile = profiles;
  }

  // ---- targets -------------------------------------------------------------------------------
  const n = corpus.files.length;
  const at10k = n >= 10_000 ? '' : `measured at ${n} documents; the target is for 10,000`;
  const ratioTarget = (id: string, what: string, row: Row | undefined, min: number) => {
    const r = row?.ratio ?? null;
    const p = row?.processRatio;
    const measured = r == null ? 'not measured' : `${r.toFixed(2)}×${p != null ? ` (${p.toFixed(2)}× vs the baseline's whole process)` : ''}`;
    targets.push({ id, what, target: `≥ ${min.toFixed(1)}×`, measured, status: r == null ? 'n/a' : r >= min ? 'PASS' : 'MISS' });
  };
  ratioTarget('text', 'text ingest vs decode + jieba cut', ingestRows.text, 1.0);
  ratioTarget('pdf', 'pdf ingest vs pdf-parse', ingestRows.pdf, 1.3);
  ratioTarget('docx', 'docx ingest vs mammoth', ingestRows.docx, 1.3);
  ratioTarget('reextract-units', 're-extract after a new unit vs text ingest', reRows.units, 3.0);
  ratioTarget('reextract-people', 're-extract after new surnames vs text ingest', reRows.people, 3.0);
  {
    const peaks = [...GROUPS.map((g) => ingestRows[g]), ingestRows.all, ...Object.values(reRows)].map((r) => r?.peakRssMb).filter((x): x is number => x != null);
    const p = peaks.length ? Math.max(...peaks) : null;
    targets.push({ id: 'rss', what: 'peak RSS of an ingest batch', target: '< 1536 MB at 10,000 docs', measured: p == null ? 'not measured' : `${p.toFixed(0)} MB`, status: p == null ? 'n/a' : p < 1536 ? 'PASS' : 'MISS', note: at10k || undefined });
  }
  {
    const r = coldRow.ratio;
    targets.push({ id: 'cold', what: 'cold extract vs node + jieba start', target: '≤ 1.5× the time', measured: r == null ? 'not measured' : `${r.toFixed(2)}× (${coldRow.ms!.toFixed(0)} ms vs ${jiebaRow.ms!.toFixed(0)} ms)`, status: r == null ? 'n/a' : r <= 1.5 ? 'PASS' : 'MISS' });
  }
  {
    const ok = cmpRow.ms != null;
    targets.push({ id: 'compare', what: 'compare over the archive', target: '< 10 s at 10,000 docs', measured: ok ? `${(cmpRow.ms! / 1000).toFixed(2)} s` : 'not measured', status: !ok ? 'n/a' : cmpRow.ms! < 10_000 ? 'PASS' : 'MISS', note: at10k || undefined });
  }
  {
    const inproc = Array.isArray(extra.searchInProcess) ? (extra.searchInProcess as SearchTiming[]) : null;
    if (inproc) {
      const med = median(inproc.flatMap((t) => t.times));
      targets.push({ id: 'search', what: 'search median, in process', target: '< 50 ms at 10,000 docs', measured: `${med.toFixed(1)} ms (${inproc.map((t) => `${t.term} ${t.medianMs.toFixed(1)}`).join(', ')}; CLI call ${searchRow.ms == null ? '—' : searchRow.ms.toFixed(0)} ms)`, status: med < 50 ? 'PASS' : 'MISS', note: at10k || undefined });
    } else {
      const net = (extra.searchNetMs as number | null | undefined) ?? null;
      targets.push({ id: 'search', what: 'search median, net of CLI start', target: '< 50 ms at 10,000 docs', measured: net == null ? 'not measured' : `${net.toFixed(1)} ms (wall ${searchRow.ms!.toFixed(0)} ms)`, status: net == null ? 'n/a' : net < 50 ? 'PASS' : 'MISS', note: at10k || undefined });
    }
  }

  extra.loadAvgAtEnd = loadavg().map((x) => +x.toFixed(2));
  const report: BenchReport = {
    when: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.versions.node, platform: `${process.platform} ${process.arch}`, totalMemMb: Math.round(totalmem() / 1048576) },
    corpus: { dir: corpus.dir, docs: n, seed: corpus.seed, reused: corpus.reused, byFormat },
    concurrency: opts.concurrency ?? null,
    rssMethod: haveGnuTime
      ? 'max of GNU time "Maximum resident set size" (process incl. worker threads) and the sum of VmRSS over the process tree sampled every 50 ms'
      : 'sum of VmRSS over the process tree sampled every 50 ms (/usr/bin/time not found)',
    rows,
    scale,
    targets,
    extra,
  };
  if (!opts.keep) {
    rmSync(work, { recursive: true, force: true });
    delete extra.workDir;
  }
  return report;
}

function parseArgs(argv: string[]): BenchOptions {
  const o: BenchOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v)) throw new Error(`${a} needs a number`);
      return v;
    };
    if (a === '--docs') o.docs = num();
    else if (a === '--seed') o.seed = num();
    else if (a === '--concurrency') o.concurrency = num();
    else if (a === '--reps') o.reps = num();
    else if (a === '--json') o.json = true;
    else if (a === '--fresh') o.fresh = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--profile') o.profile = true;
    else if (a === '--cache') o.cacheRoot = argv[++i];
    else if (a === '--terms') o.searchTerms = argv[++i].split(',');
    else if (a === '-h' || a === '--help') {
      process.stdout.write(
        'usage: npm run bench -- [--docs N (2000, ≤100000)] [--concurrency N] [--json] [--profile]\n' +
          '                        [--reps N (5)] [--terms 劳模,工作室] [--seed N] [--fresh] [--keep] [--cache DIR]\n',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let opts: BenchOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const rep = await runBench(opts);
  if (opts.json) process.stdout.write(JSON.stringify(rep, null, 2) + '\n');
  else {
    process.stdout.write(renderTable(rep) + '\n');
    if (rep.extra.profile) {
      const prof = rep.extra.profile as Record<string, { main: ProfileSummary; workers: ProfileSummary }>;
      process.stdout.write('\nprofile (node --cpu-prof, self time; a separate run from the timed ones):\n');
      for (const [g, p] of Object.entries(prof)) process.stdout.write(renderProfile(`ingest ${g}`, p) + '\n');
    }
    if (rep.extra.workDir) process.stdout.write(`\nkept: ${rep.extra.workDir}\n`);
  }
}
