// Parsing the rule files with `yaml` costs ~0.3 s of every process's start (and of every
// worker's): ~70 KB of YAML, rich in examples. The parsed tree depends on the file's bytes only,
// so it is kept as JSON under the user's cache folder, named by the sha256 of those bytes, and
// read back in ~2 ms. The cache is an accelerator, never a source of truth: anything wrong with
// it (missing, unreadable, not ours, not JSON) falls back to parsing the YAML, and the result is
// validated with zod by the caller either way. GONGWEN_NO_CACHE=1 turns it off.
//
// The build ships the same two folders for the rule files as they were built with
// (dist/bundle/rules-cache/, scripts/build-bundle.ts): a first run after `npm ci`, or a run whose
// home is read-only or new (a container, CI), reads those instead of parsing and validating the
// YAML again (~1 s of CPU instead of ~2). They are read when the user's folder lacks the entry,
// under the same names, so an edited rule file or a rebuilt schema simply misses them.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// loaded only on a cache miss: importing yaml alone costs ~90 ms
const requireCjs = createRequire(import.meta.url);
const parseYaml = (text: string): unknown => (requireCjs('yaml') as typeof import('yaml')).parse(text) as unknown;

/** Bump when the cached form changes (or the yaml package's output might). */
const FORMAT = 'y1';

function cacheDir(folder: string): string | null {
  if (process.env.GONGWEN_NO_CACHE) return null;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'gongwen', folder);
}

/** The folder (rules/: parsed YAML; validated/: validated-cache.ts), created private to this user;
 * null when it cannot be used safely. */
export function usableDir(folder = 'rules'): string | null {
  const dir = cacheDir(folder);
  if (!dir) return null;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    // a folder someone else owns could feed us any rules
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return null;
    return dir;
  } catch {
    return null;
  }
}

/** the build's folder of cached rule files: dist/bundle/rules-cache/ from dist/src/rules/ and from dist/bundle/cli/ alike */
export const SHIPPED_CACHE = fileURLToPath(new URL('../../bundle/rules-cache/', import.meta.url));

/**
 * The JSON kept under `name` in `folder`: the user's cache first, then the build's; undefined when
 * neither has it readable (or GONGWEN_NO_CACHE is set).
 */
export function readCached(folder: string, name: string, userDir = usableDir(folder), shipped = SHIPPED_CACHE): unknown {
  if (!userDir) return undefined;
  for (const dir of [userDir, join(shipped, folder)]) {
    try {
      return JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
    } catch {
      /* not kept there, or unreadable */
    }
  }
  return undefined;
}

/** Does JSON give this tree back exactly? (no .inf/.nan, dates, binary, non-plain objects) */
function jsonSafe(x: unknown): boolean {
  if (x === null || typeof x === 'string' || typeof x === 'boolean') return true;
  if (typeof x === 'number') return Number.isFinite(x) && !Object.is(x, -0);
  if (Array.isArray(x)) return x.every(jsonSafe);
  if (typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) {
    return Object.entries(x as Record<string, unknown>).every(([k, v]) => k !== '__proto__' && jsonSafe(v));
  }
  return false;
}

/** yaml.parse(text), through the cache. Throws what yaml.parse throws. */
export function parseYamlCached(text: string): unknown {
  const dir = usableDir();
  if (!dir) return parseYaml(text);
  const name = `${createHash('sha256').update(FORMAT).update('\0').update(text).digest('hex')}.json`;
  const kept = readCached('rules', name, dir);
  if (kept !== undefined) return kept;
  const doc = parseYaml(text) as unknown;
  if (!jsonSafe(doc)) return doc;
  writeCacheFile(join(dir, name), JSON.stringify(doc));
  return doc;
}

/** Writes `file` whole or not at all (write then rename: a reader in another process never sees
 * half a file); a read-only home keeps no cache, with the same results. */
export function writeCacheFile(file: string, json: string): void {
  try {
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, json, { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    /* no cache */
  }
}
