// Validating the rule files with zod is the longest step of loading them (~35 ms of a cold
// `gongwen extract` or `check`, on the critical path of its worker): two thirds of the ~70 KB are
// examples, every string of which zod checks. What a schema makes of a file depends on the file's
// bytes and on the schema only, so the validated entries are kept as JSON beside the parsed YAML
// (yaml-cache.ts), named by the sha256 of the bytes and of the schema's definition: its zod
// definition tree (types, shapes, enums, defaults, checks, with the source of their functions),
// so a schema changed in the code is another schema. As with the YAML, the cache is an
// accelerator and never a source of truth: a miss, anything unreadable or a definition that cannot
// be described validates with zod; only a validation that succeeded is kept, and only when JSON
// gives back exactly the same entries. GONGWEN_NO_CACHE=1 turns it off.
// The build ships such entries too (yaml-cache.ts, SHIPPED_CACHE), read when the user's folder lacks one.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { readCached, usableDir, writeCacheFile } from './yaml-cache.js';

/** Bump when the cached form or the description below changes. */
const FORMAT = 'v2';

const prints = new WeakMap<object, string | null>();

/** A hash of the schema's definition, once per schema object; null when it cannot be described. */
function schemaPrint(schema: z.ZodType): string | null {
  let p = prints.get(schema);
  if (p === undefined) {
    try {
      p = createHash('sha256').update(describe(schema)).digest('hex');
    } catch {
      p = null;
    }
    prints.set(schema, p);
  }
  return p;
}

/**
 * The definition tree as text: a zod schema or check by its `_zod.def`, functions by their
 * source, regular expressions by theirs. JSON.stringify walks the tree natively, with this
 * replacer swapping in what JSON cannot say; a walk written in JavaScript, run once per process
 * and so never optimised, took 10–50 ms of every cold start for the same text. Keys keep the
 * order the code built them in (the same code, the same order). A cycle or a bigint throws:
 * no description, no cache.
 */
function describe(schema: z.ZodType): string {
  return JSON.stringify(schema, (_key, v: unknown) => {
    if (typeof v === 'function') return `f${v.toString()}`;
    if (v === undefined) return 'u';
    if (v instanceof RegExp) return `r${String(v)}`;
    const zod = v !== null && typeof v === 'object' ? (v as { _zod?: { def?: unknown } })._zod : undefined;
    return zod && typeof zod === 'object' ? { z: zod.def ?? null } : v;
  });
}

/** the user's folder and the name the validated entries of `text` under `schema` are kept by; null: no cache */
function cacheEntry(text: string, schema: z.ZodType): { dir: string; name: string } | null {
  const print = schemaPrint(schema);
  const dir = print && usableDir('validated');
  if (!dir) return null;
  return { dir, name: `${createHash('sha256').update(FORMAT).update('\0').update(print!).update('\0').update(text).digest('hex')}.json` };
}

/** The entries `validate()` returns for this file's text under this schema, through the cache. */
export function validatedCached<T>(text: string, schema: z.ZodType<T>, validate: () => T[]): T[] {
  const entry = cacheEntry(text, schema);
  const kept = entry && readCached('validated', entry.name, entry.dir);
  if (Array.isArray(kept)) return kept as T[];
  const entries = validate();
  if (entry) {
    const json = JSON.stringify(entries);
    if (isDeepStrictEqual(JSON.parse(json), entries)) writeCacheFile(join(entry.dir, entry.name), json);
  }
  return entries;
}
