// How much of a text ingest's peak RSS is glibc's per-thread malloc arenas: `gongwen ingest` of the
// bench's text bulletins, alternated, with the environment as it is and with MALLOC_ARENA_MAX set
// (glibc reads it only when a process starts, so a process cannot set it for itself). Each thread
// that mallocs (main, extraction worker, V8's compiler and GC threads, libuv's pool) gets an arena
// of its own, and an arena keeps what was freed in it for later; capping them trades that for lock
// contention between threads, which the CPU column shows. Reports medians (peak RSS, wall, CPU).
//
//   npx tsc -p tsconfig.json && node dist/scripts/bench/arenas.js [--docs 1000] [--reps 3] [--max 2,1]
import { rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './corpus.js';
import { measure } from './measure.js';
import { repoRoot } from './paths.js';
import { corpusSizeFor } from './peer.js';

interface Run {
  rssMb: number;
  s: number;
  cpuS: number | null;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const docs = Number(arg('docs', '1000'));
  const reps = Number(arg('reps', '3'));
  const caps = arg('max', '2').split(',').map(Number);
  const root = repoRoot();
  const corpus = await generateCorpus({ docs: corpusSizeFor(docs), log: (m) => process.stderr.write(`${m}\n`) });
  const db = join(tmpdir(), `gongwen-arenas-${process.pid}.db`);
  const variants: { label: string; env: NodeJS.ProcessEnv }[] = [
    { label: 'as is', env: process.env },
    ...caps.map((n) => ({ label: `MALLOC_ARENA_MAX=${n}`, env: { ...process.env, MALLOC_ARENA_MAX: String(n) } })),
  ];
  const runs = new Map<string, Run[]>(variants.map((v) => [v.label, []]));
  const load0 = loadavg()[0]!.toFixed(2);
  for (let r = 0; r < reps; r++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(k + r) % variants.length]!;
      for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
      const m = await measure(process.execPath, [join(root, 'bin', 'gongwen.js'), 'ingest', join(corpus.dir, 'text'), '--db', db, '--format', 'json'], { cwd: root, env: v.env });
      if (m.code !== 0) throw new Error(`ingest failed (${v.label}): ${m.stderrTail.trim().split('\n').pop()}`);
      runs.get(v.label)!.push({ rssMb: m.peakRssKb / 1024, s: m.ms / 1000, cpuS: m.cpuMs == null ? null : m.cpuMs / 1000 });
    }
  }
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  console.log(`text ingest of ${docs} bulletins, ${reps} alternated rounds, ${availableParallelism()} cores, load ${load0} → ${loadavg()[0]!.toFixed(2)}; medians`);
  console.log('environment                 peak RSS MB   wall s   CPU s');
  for (const [label, rs] of runs) {
    const cpu = rs.every((x) => x.cpuS != null) ? median(rs.map((x) => x.cpuS!)).toFixed(1) : '—';
    console.log(`${label.padEnd(26)} ${median(rs.map((x) => x.rssMb)).toFixed(0).padStart(12)} ${median(rs.map((x) => x.s)).toFixed(1).padStart(8)} ${cpu.padStart(7)}`);
  }
}

await main();
