// npm run eval:findings [-- --held] [--json] [--verbose]
// Scores the editors' findings (compare) on the planted-error corpus test/compare/corpus/:
//   - clean: the 15 clean issues of two invented series; every error or warning is a false alarm;
//   - dev / held: the clean issues with one set of planted errors (gold.yaml) applied; a plant is
//     found when a finding of its type (or one of its `alt` types), error or warning, has an item
//     in the planted file whose span overlaps the plant's `at` text (default: the replacement) in
//     the stored text; findings that match no plant are false alarms;
//   - samples: the files of samples/ ingested together; every error or warning is a false alarm.
// The held set is scored only with --held (it was kept back while the findings were built).
// --each also plants every error alone in its own copy (no interplay between plants of one set).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { openDb } from '../src/store/db.js';
import { Archive } from '../src/store/write.js';
import { runIngest } from '../src/pipeline/ingest.js';
import { compareArchive } from '../src/compare/index.js';
import type { Finding } from '../src/types.js';

const Plant = z.object({
  id: z.string(),
  set: z.enum(['dev', 'held']),
  file: z.string(),
  type: z.string(),
  alt: z.array(z.string()).optional(),
  find: z.string(),
  replace: z.string(),
  at: z.string().optional(),
});
const Gold = z.object({
  plants: z.array(Plant),
  clean: z.array(z.object({ file: z.string(), at: z.string(), why: z.string() })),
});
export type Plant = z.infer<typeof Plant>;
export type Gold = z.infer<typeof Gold>;

export function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(d, 'package.json')) && existsSync(join(d, 'samples'))) return d;
    d = dirname(d);
  }
  return process.cwd();
}

export const CORPUS = join(repoRoot(), 'test', 'compare', 'corpus');

export function loadGold(dir = CORPUS): Gold {
  const file = join(dir, 'gold.yaml');
  const r = Gold.safeParse(parse(readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(`${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

function listFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, base));
    else out.push(relative(base, p));
  }
  return out.sort();
}

/** The clean corpus copied to a temporary folder with the plants applied; each find must occur once. */
export function plantedCopy(plants: Plant[], dir = CORPUS): string {
  const root = mkdtempSync(join(tmpdir(), 'gongwen-findings-'));
  const clean = join(dir, 'clean');
  for (const f of listFiles(clean)) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    copyFileSync(join(clean, f), join(root, f));
  }
  for (const p of plants) {
    const path = join(root, p.file);
    if (!existsSync(path)) throw new Error(`gold.yaml: plant ${p.id}: no file ${p.file} in clean/`);
    const t = readFileSync(path, 'utf8');
    const n = t.split(p.find).length - 1;
    if (n !== 1) throw new Error(`gold.yaml: plant ${p.id}: "${p.find}" occurs ${n} times in ${p.file} (must be once)`);
    writeFileSync(path, t.replace(p.find, p.replace));
  }
  return root;
}

export interface ArchiveRun {
  findings: Finding[];
  /** document id → its file relative to the run's folder, and its stored text */
  docs: Map<string, { file: string; text: string }>;
}

/** Ingests a folder (in this thread) into a temporary archive and returns compare's findings. */
export async function runFolder(folder: string): Promise<ArchiveRun> {
  const dbDir = mkdtempSync(join(tmpdir(), 'gongwen-findings-db-'));
  const db = openDb(join(dbDir, 'a.db'));
  try {
    const s = await runIngest(new Archive(db), [folder], { concurrency: 1, pool: { mode: 'inline' } });
    if (s.failed) throw new Error(`${folder}: ${s.failed} file(s) failed to ingest`);
    const docs = new Map<string, { file: string; text: string }>();
    for (const r of db.prepare('SELECT id, source, text FROM documents').all() as { id: string; source: string; text: string }[])
      docs.set(r.id, { file: relative(folder, resolve(r.source)).split('\\').join('/'), text: r.text });
    return { findings: compareArchive(db), docs };
  } finally {
    db.close();
    rmSync(dbDir, { recursive: true, force: true });
  }
}

const counts = (fs: Finding[]) => ({
  error: fs.filter((f) => f.severity === 'error').length,
  warning: fs.filter((f) => f.severity === 'warning').length,
  info: fs.filter((f) => f.severity === 'info').length,
});

/** Does finding f point at plant p (its type, an item in p's file overlapping p's text)? */
export function matches(f: Finding, p: Plant, run: ArchiveRun): boolean {
  if (f.severity === 'info') return false;
  if (f.type !== p.type && !(p.alt ?? []).includes(f.type)) return false;
  const at = p.at ?? p.replace;
  return f.items.some((it) => {
    const d = run.docs.get(it.documentId);
    if (!d || d.file !== p.file) return false;
    const i = d.text.indexOf(at);
    if (i < 0) throw new Error(`gold.yaml: plant ${p.id}: "${at}" not in the stored text of ${p.file}`);
    return it.start < i + at.length && it.end > i;
  });
}

export interface SetScore {
  set: string;
  plants: number;
  found: string[];
  missed: string[];
  recall: number;
  /** error and warning findings that match no plant */
  falseAlarms: Finding[];
  counts: { error: number; warning: number; info: number };
  findings: Finding[];
}

export async function scorePlants(set: string, plants: Plant[], dir = CORPUS): Promise<SetScore> {
  const folder = plantedCopy(plants, dir);
  try {
    const run = await runFolder(folder);
    const found: string[] = [];
    const missed: string[] = [];
    for (const p of plants) (run.findings.some((f) => matches(f, p, run)) ? found : missed).push(p.id);
    const falseAlarms = run.findings.filter((f) => f.severity !== 'info' && !plants.some((p) => matches(f, p, run)));
    return {
      set,
      plants: plants.length,
      found,
      missed,
      recall: plants.length ? found.length / plants.length : 1,
      falseAlarms,
      counts: counts(falseAlarms),
      findings: run.findings,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function scoreSamples(samples = join(repoRoot(), 'samples')): Promise<SetScore> {
  const run = await runFolder(samples);
  const falseAlarms = run.findings.filter((f) => f.severity !== 'info');
  return { set: 'samples', plants: 0, found: [], missed: [], recall: 1, falseAlarms, counts: counts(falseAlarms), findings: run.findings };
}

function describe(f: Finding): string {
  const it = f.items[0];
  return `${f.severity} ${f.type}: ${f.message}${it ? ` [${it.source.split(/[\\/]/).slice(-2).join('/')}]` : ''}`;
}

async function main(): Promise<void> {
  const gold = loadGold();
  const withHeld = process.argv.includes('--held');
  const verbose = process.argv.includes('--verbose');
  const scores: SetScore[] = [await scorePlants('clean', [])];
  scores.push(await scorePlants('dev', gold.plants.filter((p) => p.set === 'dev')));
  if (withHeld) scores.push(await scorePlants('held', gold.plants.filter((p) => p.set === 'held')));
  if (process.argv.includes('--each')) {
    const plants = gold.plants.filter((p) => withHeld || p.set === 'dev');
    const alone: string[] = [];
    let extra = 0;
    for (const p of plants) {
      const s = await scorePlants(`alone:${p.id}`, [p]);
      if (s.missed.length) alone.push(p.id);
      extra += s.falseAlarms.length;
    }
    process.stdout.write(
      `each     planted alone: ${plants.length - alone.length}/${plants.length} found${alone.length ? ` (missed ${alone.join(' ')})` : ''}; ${extra} other error/warning findings in those runs\n`,
    );
  }
  scores.push(await scoreSamples());
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(scores.map(({ findings, ...s }) => (verbose ? { ...s, findings } : s)), null, 2) + '\n');
    return;
  }
  for (const s of scores) {
    const head = s.plants ? `recall ${s.found.length}/${s.plants} = ${s.recall.toFixed(3)}; ` : '';
    process.stdout.write(
      `${s.set.padEnd(8)} ${head}false alarms: ${s.counts.error} error, ${s.counts.warning} warning (${s.findings.length} findings, ${s.findings.filter((f) => f.severity === 'info').length} info)\n`,
    );
    if (s.missed.length) process.stdout.write(`         missed: ${s.missed.join(' ')}\n`);
    for (const f of s.falseAlarms) process.stdout.write(`         false alarm: ${describe(f)}\n`);
    if (verbose) for (const f of s.findings) process.stdout.write(`         · ${describe(f)}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`eval-findings: ${(e as Error).message}\n`);
    process.exit(2);
  });
}
