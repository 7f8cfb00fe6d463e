// npm run eval [-- --json] [--samples DIR] [--gold DIR] [--unseen DIR|--no-unseen] [--only SUBSTR] [--quiet]
// npm run eval -- --set genre/dev[,genre/held] [--json] [--quiet] [--as pdf|docx]   (the genre corpus,
//   test/eval/<set>; --as renders each .txt/.md document to that format first, same gold)
// Runs ingest → normalize → structure → extract on every sample file, compares with the hand gold
// in samples/gold/, prints precision, recall and F1 per kind and per sample, each miss and false alarm.
//
// Counting (decision): quantities, awards and workshops are scored per item (one gold entry per
// figure / conferment / workshop mention; multiset match). Entities (org, person, policy) are scored
// per DISTINCT entity: the named gold lists each body, person and title once per document, so the
// extracted entities are deduplicated by (type, canonical) per document before matching, and so is
// the gold. A mention-level error that yields a wrong canonical still shows as a false alarm.
//
// Two sets, reported separately: the samples (samples/, gold in samples/gold/) on which the rules
// were developed, and the UNSEEN documents (test/eval/unseen/, gold in test/eval/unseen/gold/),
// written with their gold before the extractor was run on them, as a check of generalisation.
// They live outside samples/ because `gongwen ingest samples` is recursive and the CLI/pipeline
// tests count the files of samples/. Floors: samples/gold/floors.json ("totals"/"files" for the
// samples, "unseen" for the unseen set, lower: they measure rules not tuned on those texts).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { evaluate, KINDS } from './lib/eval-run.js';
import { evaluateGenre, genreSummary, printGenre } from './lib/genre-run.js';
import type { RenderFormat } from './lib/genre-render.js';

function root(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(d, 'package.json')) && existsSync(join(d, 'samples'))) return d;
    d = dirname(d);
  }
  return process.cwd();
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';

/** --set genre/dev,genre/held: score sets of the genre corpus (test/eval/<set>, gold in <set>/gold) */
/** --as pdf|docx, or none */
function renderFormat(): RenderFormat | undefined {
  const as = arg('--as');
  if (as === undefined) return undefined;
  if (as !== 'pdf' && as !== 'docx') throw new Error(`--as ${as}: expected pdf or docx`);
  return as;
}

async function genreSets(base: string, sets: string): Promise<void> {
  const reports = [];
  for (const s of sets.split(',').filter(Boolean)) {
    const dir = resolve(base, 'test', 'eval', s);
    if (!existsSync(dir)) throw new Error(`--set ${s}: no directory ${dir}`);
    reports.push(await evaluateGenre(dir, renderFormat()));
  }
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(reports.map(genreSummary), null, 2) + '\n');
    return;
  }
  process.stdout.write(reports.map((r) => printGenre(r, process.argv.includes('--quiet'))).join('\n'));
}

async function main() {
  const base = root();
  const sets = arg('--set');
  if (sets) return genreSets(base, sets);
  const samplesDir = resolve(arg('--samples') ?? join(base, 'samples'));
  const goldDir = resolve(arg('--gold') ?? join(samplesDir, 'gold'));
  const only = arg('--only');
  const filter = only ? (f: string) => f.includes(only) : undefined;
  const report = await evaluate(samplesDir, goldDir, filter);
  const unseenDir = process.argv.includes('--no-unseen') ? null : resolve(arg('--unseen') ?? join(base, 'test', 'eval', 'unseen'));
  const unseen = unseenDir && existsSync(unseenDir) ? await evaluate(unseenDir, join(unseenDir, 'gold'), filter) : null;
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(unseen ? { ...report, unseen } : report, null, 2) + '\n');
    return;
  }
  const quiet = process.argv.includes('--quiet');
  const out: string[] = [];
  print(report, 'SAMPLES (' + samplesDir + ')', quiet, out);
  if (unseen) print(unseen, 'UNSEEN (' + unseenDir + ')', quiet, out);
  process.stdout.write(out.join('\n') + '\n');
}

function print(report: Awaited<ReturnType<typeof evaluate>>, title: string, quiet: boolean, out: string[]) {
  out.push(`#### ${title}`);
  out.push('kind        tp   fp   fn  precision  recall     F1   subject');
  for (const k of KINDS) {
    const t = report.totals[k];
    if (!t) continue;
    const s = t.score;
    out.push(`${k.padEnd(10)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}   ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${t.subjectRate !== undefined ? pct(t.subjectRate) : ''}`);
  }
  out.push('');
  for (const smp of report.samples) {
    out.push(`== ${smp.file}${smp.error ? `  (ERROR: ${smp.error})` : ''}`);
    for (const k of KINDS) {
      const r = smp.kinds[k];
      if (!r) continue;
      const s = r.score;
      const subj = r.subjectRight !== undefined ? `  subject ${r.subjectRight}/${s.tp}` : '';
      out.push(`  ${k.padEnd(10)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})${subj}`);
      if (quiet) continue;
      for (const m of r.misses) out.push(`    MISS   ${m}`);
      for (const f of r.falseAlarms) out.push(`    FALSE  ${f}`);
      for (const w of r.subjectWrong ?? []) out.push(`    SUBJ   ${w}`);
    }
  }
  out.push('');
}

main().catch((e) => {
  process.stderr.write(`eval: ${(e as Error).message}\n`);
  process.exit(1);
});
