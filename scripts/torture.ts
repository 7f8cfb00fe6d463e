// `npm run torture`: breaks things on purpose and prints the figures — crashes survived,
// concurrent runs, files and mutations tried, pathological inputs — with the count of
// anything lost, which must be 0. Flags: --docs N (corpus size, default 300), --kills N (default 10).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTextCorpus } from './torture/corpus.js';
import { killLoop, referenceArchive } from './torture/crash.js';
import { twoIngests } from './torture/concurrent.js';
import { mutateFiles } from './torture/mutate.js';
import { linearity } from './torture/linearity.js';
import { ROOT } from './torture/cli.js';

function flag(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

async function main() {
  const docs = flag('docs', 300);
  const kills = flag('kills', 10);
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-torture-'));
  const rows: [string, string, number][] = []; // what, figure, lost/problems
  try {
    const corpus = join(dir, 'corpus');
    const files = makeTextCorpus(corpus, docs);
    process.stderr.write(`corpus: ${docs} documents in ${corpus}\n`);
    const reference = await referenceArchive(corpus, join(dir, 'reference.db'));

    const crash = await killLoop(corpus, join(dir, 'killed.db'), reference, Math.ceil(kills / 2), reference.millis, Date.now() % 1000);
    rows.push(['SIGKILL during ingest', `${crash.kills} kills (${crash.killedMidway} landed mid-run), every re-run complete`, crash.problems.length]);
    crash.problems.forEach((p) => process.stderr.write(`  ${p}\n`));

    const half = Math.floor(files.length / 2);
    const conc = await twoIngests(files.slice(0, half + 20), files.slice(half - 20), join(dir, 'two.db'), reference);
    rows.push(['two ingests, one database', `${conc.runs} processes, ${files.length} files (40 shared)`, conc.problems.length]);
    conc.problems.forEach((p) => process.stderr.write(`  ${p}\n`));

    const samples = readdirSync(join(ROOT, 'samples'))
      .filter((f) => /\.(pdf|docx|txt|md)$/.test(f))
      .map((f) => join(ROOT, 'samples', f));
    const mut = await mutateFiles(samples, 10);
    rows.push([
      'mutated files',
      `${mut.files} files, ${mut.mutations} mutations: ${mut.parsed} parsed, ${mut.refused} refused`,
      mut.crashes.length + mut.hangs.length,
    ]);
    [...mut.crashes, ...mut.hangs.map((h) => `hang: ${h}`)].forEach((p) => process.stderr.write(`  ${p}\n`));

    for (const l of linearity()) rows.push([`pathological: ${l.name}`, `${l.sizes.join(' → ')} chars: ${l.millis.map((m) => m.toFixed(0)).join(' → ')} ms (growth ×${l.growth.toFixed(2)} for ×4 input)`, l.growth > 8 ? 1 : 0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'test'.padEnd(w)}  lost/failed  figures`);
  for (const [what, fig, lost] of rows) console.log(`${what.padEnd(w)}  ${String(lost).padStart(11)}  ${fig}`);
  const total = rows.reduce((s, r) => s + r[2], 0);
  console.log(`\nlost or failed in all: ${total}`);
  process.exitCode = total === 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
