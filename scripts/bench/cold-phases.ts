// Where a cold `extract` of a text bulletin and a cold `check` of a DOCX draft spend their time,
// phase by phase: each run is a fresh process that does what the command does, one step after
// another in one thread (the CLI overlaps some of them across two threads; here each is timed
// alone), and reports the wall and CPU time of every step; the table gives the median of --runs.
// The modules are dist/src/'s, not the bundle's, so module loading reads more files than a user's
// run does (cold.ts times the commands themselves).
//
//   npx tsc -p tsconfig.json && node dist/scripts/bench/cold-phases.js [--runs 7] [--docs 1000]
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Phase = { phase: string; ms: number; cpuMs: number };

/** A clock of wall and CPU time since the last mark; the first mark is Node's own start. */
function phases(): { mark: (name: string) => void; done: () => Phase[] } {
  const out: Phase[] = [];
  let wall = 0;
  let cpu = 0;
  const mark = (phase: string) => {
    const w = performance.now();
    const u = process.cpuUsage();
    const c = (u.user + u.system) / 1000;
    out.push({ phase, ms: w - wall, cpuMs: c - cpu });
    wall = w;
    cpu = c;
  };
  return { mark, done: () => out };
}

const src = (m: string) => new URL(`../../src/${m}`, import.meta.url).href;

/** The rule files of compiled-rules.ts, each loaded by its own loader (a loader that reads a file another read already pays nothing for it). */
async function rulePhases(mark: (name: string) => void): Promise<void> {
  const loaders: [string, string, string][] = [
    ['numbers.yaml', 'extract/numbers/rules.js', 'numberRules'],
    ['units.yaml … (quantities)', 'extract/quantities/rules.js', 'loadQuantityRules'],
    ['lists.yaml', 'extract/quantities/list-rules.js', 'loadListRules'],
    ['awards/workshops/orgs/places/people (named)', 'extract/named/rules.js', 'namedRules'],
    ['citations.yaml', 'extract/citations/rules.js', 'citationRules'],
    ['genres.yaml', 'structure/genres.js', 'genrePatterns'],
    ['page-layout.yaml', 'structure/page.js', 'pageLayout'],
    ['subject-cues.yaml', 'extract/quantities/subject-refine.js', 'subjectCues'],
    ['conferment.yaml', 'extract/named/conferment.js', 'confermentRules'],
    ['people-cues.yaml', 'extract/named/people-cues.js', 'peopleRules'],
    ['workshop-names.yaml', 'extract/named/workshop-names.js', 'workshopNames'],
    ['org-bodies.yaml', 'extract/named/org-refine.js', 'orgBodies'],
  ];
  const { currentRulesDir } = await import(src('rules/loader.js'));
  const dir = currentRulesDir();
  mark('(rules folder)');
  for (const [file, mod, fn] of loaders) {
    (await import(src(mod)))[fn](dir);
    mark(`rules: ${file}`);
  }
  const { familyVersions } = await import(src('extract/index.js'));
  familyVersions();
  mark('rules: family versions (hashes)');
}

async function child(command: string, file: string, db: string): Promise<Phase[]> {
  const { mark, done } = phases();
  mark('node start (to the first line)');
  await import('commander');
  await import(src('cli/help.js'));
  mark('modules: commander + cli/help');
  const { ingestFile } = await import(src('ingest/index.js'));
  const { normalize } = await import(src('normalize/index.js'));
  const { extractCanonical } = await import(src('pipeline/process.js'));
  mark('modules: ingest + normalize + pipeline/process (extraction)');
  const { mainDictJieba, addUserDict } = await import(src('extract/named/jieba-dict.js'));
  mainDictJieba();
  mark('jieba: main dictionary');
  await rulePhases(mark);
  const { userDictLines } = await import(src('extract/named/jieba.js'));
  addUserDict(userDictLines());
  mark('jieba: user dictionary');
  const bytes = await readFile(file);
  const ingested = await ingestFile(file, bytes, {});
  mark(`read + ${command === 'check' ? 'DOCX reader (mammoth: modules + parse)' : 'decode'}`);
  const canonical = normalize(ingested);
  mark('normalize');
  const pd = extractCanonical({ id: 'x', source: file, format: ingested.format, text: canonical.text, lines: canonical.lines, pageCount: ingested.pageCount, encoding: ingested.encoding, ocr: null });
  mark('structure + extraction (first run)');
  if (command === 'extract') {
    const { formatJson } = await import(src('format/json.js'));
    formatJson(pd.json);
    mark('JSON');
    return done();
  }
  const { checkDocument } = await import(src('compare/index.js'));
  mark('modules: compare');
  const { loadSynonyms } = await import(src('analysis/synonyms.js'));
  const syn = loadSynonyms();
  mark('synonyms.yaml');
  const { openReader } = await import(src('store/db.js'));
  const conn = openReader(db);
  mark('archive: modules (better-sqlite3) + open read-only');
  checkDocument(conn, pd, syn, {});
  mark('findings (the relevant part of the archive + detectors)');
  conn.close();
  return done();
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    process.stdout.write(JSON.stringify(await child(argv[1], argv[2], argv[3])));
    return;
  }
  let runs = 7;
  let docs = 1000;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--docs') docs = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (see the header of scripts/bench/cold-phases.ts)`);
  }
  // (imported here: the children time Node's start without them)
  const { archive } = await import('./cold.js');
  const { median } = await import('./measure.js');
  const { repoRoot } = await import('./paths.js');
  const root = repoRoot();
  // the same bulletin and archive as cold.ts (built once, kept in .bench-cache/)
  const { bulletin, db } = await archive(root, docs);
  const draft = join(root, 'samples', 'kuaibao-2021-10-qujing.docx');
  const jobs: [string, string][] = [
    ['extract', bulletin],
    ['check', draft],
  ];
  const load = [loadavg()[0]];
  const results = new Map<string, Phase[][]>();
  for (let r = 0; r < runs; r++) {
    for (const [cmd, file] of r % 2 ? [...jobs].reverse() : jobs) {
      const p = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', cmd, file, db], { cwd: root, encoding: 'utf8' });
      if (p.status !== 0) throw new Error(`${cmd} phases failed: ${p.stderr}`);
      results.set(cmd, [...(results.get(cmd) ?? []), JSON.parse(p.stdout) as Phase[]]);
    }
  }
  load.push(loadavg()[0]);
  const lines = [`cold phases, median of ${runs} fresh processes each, load ${load.map((x) => x.toFixed(1)).join(' → ')} on ${availableParallelism()} cores`];
  for (const [cmd, all] of results) {
    const total = median(all.map((ps) => ps.reduce((s, p) => s + p.cpuMs, 0)));
    lines.push('', `${cmd}: ${(median(all.map((ps) => ps.reduce((s, p) => s + p.ms, 0))) / 1000).toFixed(2)} s wall, ${(total / 1000).toFixed(2)} s CPU`);
    lines.push('| phase | wall ms | CPU ms | CPU share |', '| --- | --- | --- | --- |');
    for (let k = 0; k < all[0].length; k++) {
      const cpu = median(all.map((ps) => ps[k].cpuMs));
      lines.push(`| ${all[0][k].phase} | ${median(all.map((ps) => ps[k].ms)).toFixed(0)} | ${cpu.toFixed(0)} | ${((100 * cpu) / total).toFixed(1)} % |`);
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`cold-phases: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
