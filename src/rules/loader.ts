// Loads rule files (YAML) from rules/, validates each with the caller's zod schema and
// names the file and the entry on any error. The rules version is a hash of every rule
// file's bytes, stored with each document so that a rules change triggers re-extraction.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYamlCached } from './yaml-cache.js';
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
 * Reads `rules/<name>` (a YAML file whose top level is `{ rules: [...] }` or a list) and
 * validates every entry against `entry`. Errors name the file and the entry's id (or index).
 */
export function loadRuleFile<T>(name: string, entry: z.ZodType<T>, dir = defaultRulesDir()): T[] {
  const file = join(dir, name);
  const shown = relative(process.cwd(), file) || file;
  let doc: unknown;
  try {
    doc = parseYamlCached(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new RuleFileError(shown, null, `cannot read or parse: ${(e as Error).message}`);
  }
  const list = Array.isArray(doc) ? doc : (doc as { rules?: unknown })?.rules;
  if (!Array.isArray(list)) throw new RuleFileError(shown, null, 'expected a list of rules (or `rules:` holding one)');
  return list.map((raw, i) => {
    const id = (raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : `#${i + 1}`);
    const r = entry.safeParse(raw);
    if (!r.success) {
      const detail = r.error.issues.map((iss) => `${iss.path.join('.') || '(entry)'}: ${iss.message}`).join('; ');
      throw new RuleFileError(shown, id, detail);
    }
    return r.data;
  });
}

let cachedVersion: { dir: string; version: string } | null = null;

/** sha256 over the names and bytes of every rule file: changes whenever any rule does. */
export function rulesVersion(dir = defaultRulesDir()): string {
  if (cachedVersion && cachedVersion.dir === dir) return cachedVersion.version;
  const h = createHash('sha256');
  for (const f of listRuleFiles(dir)) {
    h.update(relative(dir, f));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  const version = h.digest('hex').slice(0, 16);
  cachedVersion = { dir, version };
  return version;
}
