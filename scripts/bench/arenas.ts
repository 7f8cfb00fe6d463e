// How much of a text ingest's peak RSS is glibc's per-thread malloc arenas: `gongwen ingest` of the
// bench's text bulletins, alternated, without the relaunch (GONGWEN_RELAUNCH=0), as a user gets it
// (on Node ≥ 22.15 bin/gongwen.js re-execs `ingest` with MALLOC_ARENA_MAX=2, src/cli/relaunch.ts; on
// Node 20 the same as the first) and with MALLOC_ARENA_MAX set by the caller (glibc reads it only
// when a process starts). "shared once" counts pages that processes of the tree share once, not
// twice (it tells a launcher that waits for a child apart from one that execs). Each thread
// that mallocs (main, extraction worker, V8's compiler and GC threads, libuv's pool) gets an arena
// of its own, and an arena keeps what was freed in it for later; capping them trades that for lock
// contention between threads, which the CPU column shows. Reports medians (peak RSS, wall, CPU).
//
//   npx tsc -p tsconfig.json && node dist/scripts/bench/arenas.js [--docs 1000] [--reps 3] [--max 2,1|none]
import { rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './corpus.js';
import { measure } from './measure.js';
import { repoRoot } from './paths.js';
import { corpusSizeFor } from './peer.js';

interface Run {
  rssMb: number;
  /** the tree with shared pages counted once (the relaunch's waiting process shares node's binary) */
  uniqueMb: number;
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
  const caps = arg('max', '2').split(',').filter((x) => /^\d+$/.test(x)).map(Number); // --max none: the two defaults only
  const root = repoRoot();
  const corpus = await generateCorpus({ docs: corpusSizeFor(docs), log: (m) => process.stderr.write(`${m}\n`) });
  const db = join(tmpdir(), `gongwen-arenas-${process.pid}.db`);
  const plain = { ...process.env };
  delete plain.MALLOC_ARENA_MAX;
  const variants: { label: string; env: NodeJS.ProcessEnv }[] = [
    { label: 'GONGWEN_RELAUNCH=0', env: { ...plain, GONGWEN_RELAUNCH: '0' } },
    { label: 'default (relaunch)', env: plain },
    ...caps.map((n) => ({ label: `MALLOC_ARENA_MAX=${n}`, env: { ...plain, MALLOC_ARENA_MAX: String(n) } })),
  ];
  const runs = new Map<string, Run[]>(variants.map((v) => [v.label, []]));
  const load0 = loadavg()[0]!.toFixed(2);
  for (let r = 0; r < reps; r++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(k + r) % variants.length]!;
      for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
      const m = await measure(process.execPath, [join(root, 'bin', 'gongwen.js'), 'ingest', join(corpus.dir, 'text'), '--db', db, '--format', 'json'], { cwd: root, env: v.env });
      if (m.code !== 0) throw new Error(`ingest failed (${v.label}): ${m.stderrTail.trim().split('\n').pop()}`);
      runs.get(v.label)!.push({ rssMb: m.peakRssKb / 1024, uniqueMb: m.sampledUniqueKb / 1024, s: m.ms / 1000, cpuS: m.cpuMs == null ? null : m.cpuMs / 1000 });
    }
  }
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  console.log(`text ingest of ${docs} bulletins, ${reps} alternated rounds, ${availableParallelism()} cores, load ${load0} → ${loadavg()[0]!.toFixed(2)}; medians`);
  console.log('environment                 peak RSS MB   shared once MB   wall s   CPU s');
  for (const [label, rs] of runs) {
    const cpu = rs.every((x) => x.cpuS != null) ? median(rs.map((x) => x.cpuS!)).toFixed(1) : '—';
    console.log(`${label.padEnd(26)} ${median(rs.map((x) => x.rssMb)).toFixed(0).padStart(12)} ${median(rs.map((x) => x.uniqueMb)).toFixed(0).padStart(16)} ${median(rs.map((x) => x.s)).toFixed(1).padStart(8)} ${cpu.padStart(7)}`);
  }
}

await main();
