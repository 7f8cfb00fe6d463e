// The bundled build of the CLI (`npm run build`, after tsc): dist/bundle/cli/, made by esbuild from
// the compiled dist/src/. A cold `gongwen extract` or `check` otherwise loads ~400 modules, one file
// and one resolution each (zod alone ~95, mammoth ~150, gongwen's own ~170), in the main thread and
// again in its worker; bundled, each command is a handful of files (code splitting: a command or a
// reader's format is still loaded only when used). Native and patched packages (jieba, SQLite,
// canvas, pdf.js and its worker, tesseract) stay outside and load from node_modules as before.
//
// Every bundled file sits in dist/bundle/cli/, as deep as dist/src/cli/, so the paths the code
// derives from its own place (the rules folder, package.json, the serve page's assets, the
// worker beside the pool) resolve as they do from dist/src/. bin/gongwen.js runs the bundle only
// while it is current: the manifest written here lists every input with its size and mtime, and
// a `tsc` run (which rewrites dist/src/) or an `npm install` makes it stale (src/cli/bundle.ts).
//
//   node dist/scripts/build-bundle.js [DIST]       (part of `npm run build` and `prepare`; DIST: dist/)
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './bench/paths.js';
import { BUNDLE_DIR, MANIFEST, type BundleManifest } from '../src/cli/bundle.js';

// esbuild is a devDependency: `npm ci --omit=dev` compiles this file without it, so its types are
// not imported; what is used of its API is declared here.
const ESBUILD = 'esbuild';
interface PluginBuild {
  onResolve(o: { filter: RegExp }, cb: (args: { path: string; importer: string }) => { path: string; namespace: string } | undefined): void;
  onLoad(o: { filter: RegExp; namespace: string }, cb: () => { contents: string; loader: 'js' }): void;
}
interface Plugin {
  name: string;
  setup(build: PluginBuild): void;
}
interface Esbuild {
  build(options: Record<string, unknown> & { plugins: Plugin[] }): Promise<{ metafile: { inputs: Record<string, unknown>; outputs: Record<string, unknown> } }>;
}

/**
 * Loaded at run time from node_modules: native addons, pdf.js (patched at install, own worker), OCR;
 * and every CommonJS package that the code imports with `await import()` and takes a named export
 * from: Node gives a CommonJS module's named exports to import(), esbuild only its default
 * (`const { Readability } = await import('@mozilla/readability')` got undefined in the bundle).
 */
const EXTERNAL = ['@node-rs/jieba', 'better-sqlite3', '@napi-rs/canvas', 'pdf-parse', 'pdfjs-dist', 'tesseract.js', '@tesseract.js-data/chi_sim', '@mozilla/readability'];

/** bundle entry (under dist/bundle/) → compiled file; the paths the code builds to these files must hold */
const ENTRIES: Record<string, string> = {
  'cli/main': 'src/cli/main.js',
  // pipeline/pool.ts: new URL('./worker.js', …)
  'cli/worker': 'src/pipeline/worker.js',
  // serve/check.ts and serve/findings.ts: new URL('./check-worker.js' | './findings-worker.js', …)
  'cli/check-worker': 'src/serve/check-worker.js',
  'cli/findings-worker': 'src/serve/findings-worker.js',
  // cli/commands/query.ts: new URL('../query-run.js', …)
  'query-run': 'src/cli/query-run.js',
};

/**
 * zod's `z.locales` namespace (error messages in ~50 languages, ~400 KB of the ~750 KB zod chunk
 * that both threads parse) is never used here: zod sets its English messages from locales/en.js
 * directly, which stays. The namespace (exported by zod's classic and core modules) is bundled empty.
 */
const zodWithoutLocales: Plugin = {
  name: 'zod-without-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /node_modules\/zod\/v4\/(classic|core)\//.test(args.importer) ? { path: 'zod-locales', namespace: 'gongwen-empty' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'gongwen-empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * The file whose change makes the bundle stale: a compiled file itself; for a package's file, the
 * package's package.json (~45 files to stat at each start instead of ~700; npm's
 * node_modules/.package-lock.json is watched as well).
 */
function watched(input: string): string {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return m ? `${m[1]}/package.json` : input;
}

/** what the bundle runs once at the build: `extract` of a text bulletin, `check` of a DOCX draft (no archive) */
const warmRuns = (home: string) => [
  ['extract', 'samples/notice-yungongtong-2022-21.txt', '--format', 'json'],
  ['check', 'samples/kuaibao-2021-10-qujing.docx', '--db', join(home, 'none.db'), '--format', 'json'],
];

/**
 * The rule files parsed and validated by the bundle itself, shipped in `out`/rules-cache/ (read by
 * src/rules/yaml-cache.ts after the user's own cache): the bundle runs `extract` and `check` on two
 * samples with an empty cache folder of its own, which is then kept. Only the bundle's code names
 * its entries as the bundle will look them up (a schema's key holds its functions' source).
 */
function shipRulesCache(root: string, out: string): string {
  const home = mkdtempSync(join(tmpdir(), 'gongwen-build-cache-'));
  try {
    const runs = warmRuns(home);
    if (!runs.every(([, file]) => existsSync(join(root, file!)))) return 'no samples: no rules cache shipped';
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: home };
    for (const name of ['GONGWEN_NO_CACHE', 'GONGWEN_RULES', 'GONGWEN_BUNDLE']) delete env[name];
    // check exits 1 on an error-level finding of the sample: only the cache the runs leave counts
    for (const args of runs) spawnSync(process.execPath, [join(out, 'cli/main.js'), ...args], { cwd: root, env, stdio: 'ignore' });
    const kept = join(home, 'gongwen');
    if (!existsSync(kept)) return 'the bundle kept no rules cache';
    const shipped = join(out, 'rules-cache');
    cpSync(kept, shipped, { recursive: true });
    // kept private to the builder; shipped readable by whoever runs the installed package
    for (const f of ['', ...readdirSync(shipped, { recursive: true, encoding: 'utf8' })]) chmodSync(join(shipped, f), f.endsWith('.json') ? 0o644 : 0o755);
    return 'rules cache shipped';
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * The gazetteer built once here and kept beside the bundle's chunks as cli/gazetteer.v8, where only the
 * bundle reads it (src/extract/named/gazetteer.ts says why that is safe): made by `dist`'s compiled
 * modules, from which the bundle is made.
 */
async function shipGazetteer(dist: string, out: string): Promise<string> {
  const { serializedGazetteer } = (await import(pathToFileURL(join(dist, 'src/extract/named/gazetteer.js')).href)) as typeof import('../src/extract/named/gazetteer.js');
  const file = join(out, 'cli', 'gazetteer.v8');
  writeFileSync(file, serializedGazetteer());
  chmodSync(file, 0o644);
  return 'gazetteer shipped';
}

async function main(): Promise<void> {
  const root = repoRoot();
  // (another compiled copy inside the checkout may be named, e.g. a baseline for scripts/bench/cold.ts)
  const dist = resolve(process.argv[2] ?? join(root, 'dist'));
  let esbuild: Esbuild;
  try {
    esbuild = (await import(ESBUILD)) as Esbuild;
  } catch {
    process.stdout.write('build-bundle: esbuild is not installed (a devDependency); the CLI runs from dist/src/\n');
    return;
  }
  const out = join(dist, BUNDLE_DIR);
  rmSync(out, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(dist, file)])),
    outdir: out,
    // shared code and lazily imported modules: chunks beside the entries, in cli/
    chunkNames: 'cli/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // the CommonJS packages bundled call require() for Node's modules: give the ESM output one
    banner: { js: "import { createRequire as __gongwenRequire } from 'node:module'; const require = __gongwenRequire(import.meta.url);" },
    plugins: [zodWithoutLocales],
    metafile: true,
    logLevel: 'warning',
  });
  // (less esbuild's own and the plugin's modules, which are no files)
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('<') && !f.startsWith('gongwen-empty:'));
  const manifest: BundleManifest = {
    // npm's record of the installed tree, rewritten by every install that changes it
    inputs: [...new Set([...inputs.map(watched), 'node_modules/.package-lock.json'])].sort().map((f) => {
      const st = statSync(join(root, f));
      return [f, st.size, st.mtimeMs];
    }),
  };
  writeFileSync(join(out, MANIFEST), JSON.stringify(manifest));
  const outputs = Object.keys(result.metafile.outputs).length;
  process.stdout.write(`build-bundle: ${inputs.length} modules → ${outputs} files in ${relative(root, out)}/; ${await shipGazetteer(dist, out)}; ${shipRulesCache(root, out)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`build-bundle: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
