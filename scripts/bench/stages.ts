// Where the extraction worker's CPU goes, stage by stage: runs what an ingest worker runs for each
// file (processFile + documentRows) over the generated text bulletins in this one thread, warms up
// on the first --warm of them, profiles the rest (V8's sampling profiler, through node:inspector)
// and attributes every sample to the stages on its stack (inclusive: a sample of jieba under the
// named entities counts for both). A stage is a function name (or name@file) listed in STAGES.
//   npx tsc -p tsconfig.json && node dist/scripts/bench/stages.js [--docs 1000] [--warm 50]
//     [--interval 250] [--profile OUT.cpuprofile] [--top 25] [--dir CORPUS_TEXT_DIR] [--no-profile]
// The table's ms/doc is each stage's share of the profiled samples times the thread's CPU time a
// document (process.cpuUsage over the profiled pass): samples are wall time, which a loaded machine
// stretches. --no-profile only times the documents after the warm-up (for alternated A/B runs).
import { Session } from 'node:inspector/promises';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { generateCorpus } from './corpus.js';
import { corpusSizeFor } from './peer.js';
import { processFile } from '../../src/pipeline/process.js';
import { documentRows } from '../../src/store/document-rows.js';
import { frameLabel, inclusiveTimes, type CpuNode, type CpuProfile } from './profile.js';

/** [label, function names (name or name@file-basename)], outermost first; a row's time is inclusive */
const STAGES: Array<[string, string[]]> = [
  ['read + decode (ingestFile)', ['ingestFile']],
  ['normalize', ['normalize@index.js']],
  ['traditional→simplified fold', ['foldToSimplified']],
  ['structure', ['structure@index.js']],
  ['extractAll', ['extractAll']],
  ['  prefetch runs (segmentation)', ['prefetchRuns']],
  ['  quantities (extractQuantities)', ['extractQuantities']],
  ['  awards (extractAwards)', ['extractAwards']],
  ['  workshops (extractWorkshops)', ['extractWorkshops']],
  ['  entities (extractEntities)', ['extractEntities']],
  ['  citations', ['extract@index.js', 'citationsOf']],
  ['  refine subjects (refineSubjects)', ['refineSubjects']],
  ['  refineNamed', ['refineNamed']],
  ['    conferment (confermentCandidates)', ['confermentCandidates']],
  ['    mergeHonours/issuerLevel/prizeLevel', ['mergeHonours', 'issuerLevel', 'prizeLevel']],
  ['    people cues (cuePeople)', ['cuePeople']],
  ['    mergePeople', ['mergePeople']],
  ['    orgs (refineOrgs)', ['refineOrgs']],
  ['    workshop names (namedWorkshops)', ['namedWorkshops']],
  ['    leaderPeople/mergeWorkshops', ['leaderPeople', 'mergeWorkshops']],
  ['    withListedRecipients/withoutHeadlines/withPlaceNames', ['withListedRecipients', 'withoutHeadlines', 'withPlaceNames']],
  ['restoreOriginal/restoreMeta', ['restoreOriginal', 'restoreMeta']],
  ['familyVersions/contentKey', ['familyVersions', 'contentKey']],
  ['documentRows', ['documentRows']],
  // services shared by the extractors (counted inside the rows above too)
  ['[shared] sentences (computeSentences/findSentence)', ['computeSentences', 'findSentence']],
  ['[shared] clauses (clauseBounds)', ['clauseBounds']],
  ['[shared] Doc facts (computeFacts)', ['computeFacts']],
  ['[shared] Doc place (docPlace)', ['docPlace']],
  ['[shared] jieba (jiebaTag/jiebaCut, native included)', ['jiebaTag', 'jiebaCut']],
  ['[shared] segmentation (segmentation.js, jieba included)', ['*@segmentation.js']],
  ['[shared] gazetteer (gazetteer.js, any function)', ['*@gazetteer.js']],
  ['[shared] head phrase (head-phrase.js)', ['*@head-phrase.js']],
  ['[shared] numbers (numbers/*)', ['*@find.js', '*@parse.js', '*@chinese.js', '*@small-int.js']],
  ['[shared] garbage collector', ['(garbage collector)']],
];

function frameKeys(n: CpuNode): string[] {
  const file = n.callFrame.url.split('/').pop() ?? '';
  const fn = n.callFrame.functionName;
  return [fn, `${fn}@${file}`, `*@${file}`];
}

function attribute(p: CpuProfile, docs: number, top: number, cpuMs: number): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const want = STAGES.map(([, names]) => new Set(names));
  const stageMs = new Array<number>(STAGES.length).fill(0);
  const selfMs = new Map<string, number>();
  let busy = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    const leaf = byId.get(p.samples[i])!;
    if (leaf.callFrame.functionName === '(idle)' || leaf.callFrame.functionName === '(program)') continue;
    busy += ms;
    const key = frameLabel(leaf);
    selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
    const hit = new Set<number>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const keys = frameKeys(byId.get(id)!);
      want.forEach((w, s) => { if (keys.some((k) => w.has(k))) hit.add(s); });
    }
    for (const s of hit) stageMs[s] += ms;
  }
  const perDoc = (ms: number) => ((ms / busy) * cpuMs) / docs;
  const row = (label: string, ms: number) => `| ${label} | ${perDoc(ms).toFixed(2)} | ${((100 * ms) / busy).toFixed(1)} % |`;
  const out = [`samples: ${(busy / docs).toFixed(2)} ms a document of wall time, ${(cpuMs / docs).toFixed(2)} ms of CPU`, '', '| stage | ms/doc (CPU) | share |', '| --- | --- | --- |'];
  STAGES.forEach(([label], s) => out.push(row(label, stageMs[s])));
  out.push('', `top ${top} functions by self time:`);
  for (const [k, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(`  ${((100 * ms) / busy).toFixed(1).padStart(5)} %  ${perDoc(ms).toFixed(3)} ms/doc  ${k}`);
  // (the frames every sample passes through, the root and this script's loop, left out)
  out.push('', `top ${top} functions by inclusive time (callees included):`);
  for (const f of inclusiveTimes(p, top + 12).filter((x) => !/^\(root\)|bench\/stages\.js:/.test(x.fn)).slice(0, top)) {
    out.push(`  ${f.pct.toFixed(1).padStart(5)} %  ${perDoc(f.ms).toFixed(3)} ms/doc  ${f.fn}`);
  }
  return out.join('\n');
}

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...textFiles(p));
    else out.push(p);
  }
  return out;
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string, d: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : d; };
  const docs = Number(arg('--docs', '1000'));
  const warm = Number(arg('--warm', '50'));
  const dirArg = arg('--dir', '');
  const dir = dirArg || join((await generateCorpus({ docs: corpusSizeFor(docs) })).dir, 'text');
  const files = textFiles(dir).slice(0, docs);
  const run = async (f: string) => documentRows(await processFile(f, readFileSync(f)));
  for (const f of files.slice(0, warm)) await run(f);
  const n = files.length - warm;
  const load = loadavg()[0].toFixed(1);
  const cpuOf = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  if (argv.includes('--no-profile')) {
    const cpu0 = process.cpuUsage();
    for (const f of files.slice(warm)) await run(f);
    console.log(`${n} documents after ${warm} warm-up, load ${load} → ${loadavg()[0].toFixed(1)}: ${(cpuOf(process.cpuUsage(cpu0)) / n).toFixed(2)} ms of CPU a document`);
    return;
  }
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: Number(arg('--interval', '250')) });
  const cpu0 = process.cpuUsage();
  await session.post('Profiler.start');
  for (const f of files.slice(warm)) await run(f);
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  const cpuMs = cpuOf(process.cpuUsage(cpu0));
  const outPath = arg('--profile', '');
  if (outPath) writeFileSync(outPath, JSON.stringify(profile));
  console.log(`${n} documents after ${warm} warm-up, load ${load} → ${loadavg()[0].toFixed(1)}, profiled`);
  console.log(attribute(profile, n, Number(arg('--top', '25')), cpuMs));
}

await main(process.argv.slice(2));
