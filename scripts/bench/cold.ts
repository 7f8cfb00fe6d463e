// Cold starts of `gongwen extract` (one bulletin) and `gongwen check` (one DOCX draft against an
// archive of generated bulletins), each a fresh process as a user runs it, against `node -e 0`
// (what any Node command costs on this machine) and, with --baseline, against another build
// (e.g. a copy of the previous commit's dist/). Runs are alternated (the order rotates each round,
// after one untimed round that warms the file cache) and each figure is the median of --runs,
// so a neighbour's burst on a shared machine hits every contestant alike. Nothing is asserted;
// the outputs of this build and the baseline are compared and the difference reported.
//
//   npx tsc -p tsconfig.json && node dist/scripts/bench/cold.js [--runs 7] [--docs 1000] [--baseline DIST] [--json]
//   (DIST: a copy of an earlier dist/, e.g. `cp -r dist tmp/base-dist` before a change, run from its
//    bundle/cli/main.js when it has one, else src/cli/main.js; keep it inside the checkout, e.g.
//    tmp/base-dist, so that it finds node_modules and rules/. This build runs as bin/gongwen.js.)
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.js';
import { measure, median } from './measure.js';
import { repoRoot } from './paths.js';
import { corpusSizeFor } from './peer.js';

interface Options {
  runs: number;
  docs: number;
  baseline: string | null;
  json: boolean;
}

interface Row {
  id: string;
  label: string;
  ms: number[];
  /** user + system CPU time (GNU time): steadier than wall time on a busy machine */
  cpuMs: number[];
  /** stdout of the first run, to compare builds */
  out?: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 7, docs: 1000, baseline: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} needs a positive integer`);
      return n;
    };
    if (a === '--runs') o.runs = num();
    else if (a === '--docs') o.docs = num();
    else if (a === '--baseline') o.baseline = resolve(argv[++i] ?? '');
    else if (a === '--json') o.json = true;
    else throw new Error(`unknown argument ${a} (see the header of scripts/bench/cold.ts)`);
  }
  return o;
}

/** An archive of `docs` generated text bulletins, built once with this build and kept in .bench-cache/. */
export async function archive(root: string, docs: number): Promise<{ db: string; bulletin: string }> {
  const corpus = await generateCorpus({ docs: corpusSizeFor(docs) });
  const text = corpus.files.filter((f) => f.group === 'text').map((f) => join(corpus.dir, f.path));
  const bulletin = text.find((f) => !f.endsWith('.md')) ?? text[0];
  const dir = join(root, '.bench-cache');
  mkdirSync(dir, { recursive: true });
  const db = join(dir, `cold-archive-${docs}.db`);
  if (!existsSync(db)) {
    process.stderr.write(`cold: ingesting ${text.length} bulletins into ${db} (once)\n`);
    const m = await measure(process.execPath, [join(root, 'bin', 'gongwen.js'), 'ingest', join(corpus.dir, 'text'), '--db', db], { cwd: root, rss: false });
    if (m.code !== 0) throw new Error(`ingest failed (exit ${m.code}): ${m.stderrTail.trim()}`);
  }
  return { db, bulletin };
}

export async function runCold(o: Options): Promise<{ rows: Row[]; ratios: { what: string; value: number }[]; same: Record<string, boolean> }> {
  const root = repoRoot();
  const { db, bulletin } = await archive(root, o.docs);
  const draft = join(root, 'samples', 'kuaibao-2021-10-qujing.docx');
  const node = process.execPath;
  // this build as a user runs it (bin/: the bundle while it is current); a baseline's bundle if it has one
  const cli = join(root, 'bin', 'gongwen.js');
  const entry = (dist: string) => [join(dist, 'bundle', 'cli', 'main.js'), join(dist, 'src', 'cli', 'main.js')].find((f) => existsSync(f)) ?? join(dist, 'src', 'cli', 'main.js');
  const commands: { row: Row; args: string[]; ok: number[] }[] = [];
  const add = (id: string, label: string, args: string[], ok = [0]) => commands.push({ row: { id, label, ms: [], cpuMs: [] }, args, ok });
  add('node', '`node -e 0`', ['-e', '0']);
  const builds: [string, string][] = [['', cli]];
  if (o.baseline) builds.push([' (baseline)', entry(o.baseline)]);
  for (const [tag, main] of builds) {
    if (!existsSync(main)) throw new Error(`no ${main}`);
    add(`extract${tag}`, `cold extract of one bulletin${tag}`, [main, 'extract', bulletin, '--format', 'json']);
    // check exits 1 when it finds an error-level finding: that is its answer
    add(`check${tag}`, `cold check of one DOCX draft, ${o.docs} stored${tag}`, [main, 'check', draft, '--db', db, '--format', 'json'], [0, 1]);
  }
  for (let r = 0; r <= o.runs; r++) {
    for (let k = 0; k < commands.length; k++) {
      const c = commands[(k + r) % commands.length];
      const m = await measure(node, c.args, { cwd: root, sampleMs: 1000 });
      if (m.code === null || !c.ok.includes(m.code)) throw new Error(`${c.row.label} failed (exit ${m.code ?? m.signal}): ${m.stderrTail.trim()}`);
      if (r === 0) c.row.out = m.stdout;
      else {
        c.row.ms.push(m.ms);
        if (m.cpuMs !== null) c.row.cpuMs.push(m.cpuMs);
      }
    }
  }
  const rows = commands.map((c) => c.row);
  const med = (id: string) => median(rows.find((x) => x.id === id)!.ms);
  const cpu = (id: string) => median(rows.find((x) => x.id === id)!.cpuMs);
  const ratios = [
    { what: 'extract / node -e 0', value: med('extract') / med('node') },
    { what: 'check / node -e 0', value: med('check') / med('node') },
  ];
  const same: Record<string, boolean> = {};
  if (o.baseline) {
    for (const id of ['extract', 'check']) {
      ratios.push({ what: `${id} / ${id} (baseline)`, value: med(id) / med(`${id} (baseline)`) });
      if (rows[0].cpuMs.length) ratios.push({ what: `${id} / ${id} (baseline), CPU time`, value: cpu(id) / cpu(`${id} (baseline)`) });
      same[id] = rows.find((x) => x.id === id)!.out === rows.find((x) => x.id === `${id} (baseline)`)!.out;
    }
  }
  return { rows, ratios, same };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const r = await runCold(o);
  for (const row of r.rows) delete row.out;
  if (o.json) {
    process.stdout.write(JSON.stringify(r, null, 2) + '\n');
    return;
  }
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const lines = [
    `cold starts, median of ${o.runs} alternated runs, load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
    '',
    'command'.padEnd(52) + 'median s'.padStart(10) + 'best s'.padStart(8) + 'CPU s'.padStart(8),
  ];
  for (const row of r.rows)
    lines.push(row.label.padEnd(52) + s(median(row.ms)).padStart(10) + s(Math.min(...row.ms)).padStart(8) + (row.cpuMs.length ? s(median(row.cpuMs)) : '—').padStart(8));
  lines.push('', ...r.ratios.map((x) => `${x.what.padEnd(40)} ${x.value.toFixed(2)}×`));
  for (const [id, same] of Object.entries(r.same)) lines.push(`${id} output identical to the baseline's: ${same ? 'yes' : 'NO'}`);
  process.stdout.write(lines.join('\n') + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`cold: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
