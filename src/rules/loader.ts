// Loads rule files (YAML) from rules/, validates each with the caller's zod schema and
// names the file and the entry on any error. The rules versions (below) are stored with each
// document so that a rules change re-extracts what it can change.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYamlCached } from './yaml-cache.js';
import { validatedCached } from './validated-cache.js';
import type { z } from 'zod';

/** rules/ at the package root; works from src/ (vitest) and from dist/src/ (compiled). */
export function defaultRulesDir(): string {
  if (process.env.GONGWEN_RULES) return resolve(process.env.GONGWEN_RULES);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      if (statSync(join(dir, 'rules')).isDirectory() && statSync(join(dir, 'package.json')).isFile()) {
        return join(dir, 'rules');
      }
    } catch {
      /* keep climbing */
    }
    dir = dirname(dir);
  }
  throw new Error('cannot find the rules/ folder (set GONGWEN_RULES)');
}

let current: { env: string | undefined; dir: string } | null = null;
/** defaultRulesDir(), which stats the file system, asked again only when GONGWEN_RULES changes */
export function currentRulesDir(): string {
  const env = process.env.GONGWEN_RULES;
  if (!current || current.env !== env) current = { env, dir: defaultRulesDir() };
  return current.dir;
}

export class RuleFileError extends Error {
  constructor(
    public readonly file: string,
    public readonly entry: string | null,
    detail: string,
  ) {
    super(`${file}${entry ? ` [${entry}]` : ''}: ${detail}`);
    this.name = 'RuleFileError';
  }
}

function listRuleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listRuleFiles(p));
    else if (/\.(ya?ml|json)$/.test(name)) out.push(p);
  }
  return out;
}


/**
 * A loader that reads and compiles a rules folder once: `load(dir)` runs at the first call for each
 * folder, later calls return its result. The default folder is GONGWEN_RULES or rules/, looked up
 * once per value of GONGWEN_RULES (extractors call these per document).
 */
export function oncePerRulesDir<T>(load: (dir: string) => T): (dir?: string) => T {
  const byDir = new Map<string, T>();
  return (dir = currentRulesDir()) => {
    if (!byDir.has(dir)) byDir.set(dir, load(dir));
    return byDir.get(dir) as T;
  };
}

/**
 * Reads `rules/<name>` (a YAML file whose top level is `{ rules: [...] }` or a list) and
 * validates every entry against `entry`. Errors name the file and the entry's id (or index).
 */
export function loadRuleFile<T>(name: string, entry: z.ZodType<T>, dir = defaultRulesDir()): T[] {
  const file = join(dir, name);
  const shown = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new RuleFileError(shown, null, `cannot read or parse: ${(e as Error).message}`);
  }
  return validatedCached(text, entry, () => validateRuleFile(shown, text, entry));
}

function validateRuleFile<T>(shown: string, text: string, entry: z.ZodType<T>): T[] {
  let doc: unknown;
  try {
    doc = parseYamlCached(text);
  } catch (e) {
    throw new RuleFileError(shown, null, `cannot read or parse: ${(e as Error).message}`);
  }
  const list = Array.isArray(doc) ? doc : (doc as { rules?: unknown })?.rules;
  if (!Array.isArray(list)) throw new RuleFileError(shown, null, 'expected a list of rules (or `rules:` holding one)');
  return list.map((raw, i) => {
    const id = (raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : `#${i + 1}`);
    // jitless: zod's fast path compiles a parser per object schema (new Function) at its first
    // parse, which pays off over many parses; rules are parsed once per process, where compiling
    // cost a cold `gongwen extract` ~30 ms of its ~100 ms of rules (same result either way)
    const r = entry.safeParse(raw, { jitless: true });
    if (!r.success) {
      const detail = r.error.issues.map((iss) => `${iss.path.join('.') || '(entry)'}: ${iss.message}`).join('; ');
      throw new RuleFileError(shown, id, detail);
    }
    return r.data;
  });
}

// ---------------------------------------------------------------- versions
//
// A rules change re-extracts only what it can change. Each extractor family has a version: a
// hash of the *parsed, validated* content of the rule files it reads (a comment, a reformatting
// or a rule's `examples` change nothing) plus a code version constant of the family. The family
// versions are computed by the engine (src/extract/index.ts `familyVersions`, from the registry);
// the stored document keeps them (documents.rules_versions) and its combined version
// (documents.rules_version, a hash of the family versions). This module only hashes.

/** extractor family → version (src/extract/families.ts says which families there are) */
export type FamilyVersions = Record<string, string>;

/** The combined version of a set of family versions: one hash, stored as documents.rules_version. */
export function combineVersions(fv: FamilyVersions): string {
  return contentHash(Object.fromEntries(Object.keys(fv).sort().map((k) => [k, fv[k]])));
}

function canonicalJson(v: unknown): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (v instanceof RegExp) return JSON.stringify(String(v));
  if (v instanceof Set) return canonicalJson([...v].sort());
  if (v instanceof Map) return canonicalJson(Object.fromEntries([...v].sort(([a], [b]) => (String(a) < String(b) ? -1 : 1))));
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined && k !== 'examples' && k !== 'description')
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

/**
 * A 16-hex hash of a value as parsed and validated: key order, comments and layout of the YAML
 * do not count, nor a rule's `examples` (test data) or `description` (documentation): no extractor reads them.
 */
export function contentHash(v: unknown): string {
  return createHash('sha256').update(canonicalJson(v)).digest('hex').slice(0, 16);
}

let cachedPrint: { dir: string; print: string } | null = null;

/**
 * sha256 over the names and bytes of every rule file: cheap (no parsing), changes whenever any
 * byte does. The archive maps it to the family versions it stood for (rules_fingerprints), so
 * that an ingest whose rules are unchanged knows the versions without parsing the rules.
 */
export function rulesFingerprint(dir = defaultRulesDir()): string {
  if (cachedPrint && cachedPrint.dir === dir) return cachedPrint.print;
  const h = createHash('sha256');
  for (const f of listRuleFiles(dir)) {
    h.update(relative(dir, f));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  const print = h.digest('hex').slice(0, 16);
  cachedPrint = { dir, print };
  return print;
}
