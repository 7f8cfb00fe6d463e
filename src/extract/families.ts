// The extractor families whose output a rules change can change, each re-extracted on its own
// (src/extract/index.ts computes their versions; src/pipeline and src/store act on them).
//
//   structure     no rules: sections and header metadata; every item reads them
//   segmentation  the jieba user dictionary (userDictLines(): award, workshop, organisation,
//                 place and role names) + the nodejieba version; read by both item families
//   quantities    numbers.yaml, units.yaml, quantity-context.yaml (+ segmentation, structure)
//                 → table quantities
//   named         levels, places, people, awards, workshops, orgs, roles (+ segmentation,
//                 structure) → tables awards, workshops, entities (they share docFacts/namedRules)
//
// synonyms.yaml is read at query time only (metrics, search): no family reads it.
//
// CODE_VERSIONS: bump a family's constant BY HAND whenever a code change alters that family's
// output for the same text and rules (docs/ARCHITECTURE.md, "Rules versions"). Stored documents
// are then re-extracted in that family on the next ingest (a structure bump re-extracts all).
// This module is light on purpose: the ingest main thread imports it without the extractors.
import { createRequire } from 'node:module';
import { contentHash, rulesFingerprint } from '../rules/loader.js';

/** the families of items stored in their own tables, re-extracted separately */
export const ITEM_FAMILIES = ['quantities', 'named'] as const;
export type ItemFamily = (typeof ITEM_FAMILIES)[number];

export type ItemTable = 'quantities' | 'awards' | 'workshops' | 'entities';

/** the tables holding each item family's rows */
export const FAMILY_TABLES: Record<ItemFamily, readonly ItemTable[]> = {
  quantities: ['quantities'],
  named: ['awards', 'workshops', 'entities'],
};

export const CODE_VERSIONS = {
  structure: '2',
  segmentation: '1',
  quantities: '1',
  named: '1',
} as const;

let jiebaVersion: string | null = null;
/** the installed nodejieba's version (its dictionary and segmenter come with it) */
export function nodejiebaVersion(): string {
  if (jiebaVersion === null) {
    try {
      const req = createRequire(import.meta.url);
      jiebaVersion = String((req('nodejieba/package.json') as { version?: string }).version ?? 'unknown');
    } catch {
      jiebaVersion = 'unknown';
    }
  }
  return jiebaVersion;
}

/**
 * What the family versions are a function of, without parsing anything: the rule files' bytes,
 * the code versions and nodejieba's version. The archive caches fingerprint → family versions.
 */
export function versionsFingerprint(): string {
  return contentHash({ rules: rulesFingerprint(), code: CODE_VERSIONS, jieba: nodejiebaVersion() });
}

/**
 * The item families to re-extract for a document stored with `stored` versions, or null when it
 * must be re-extracted whole (no versions stored, structure changed, or stored versions that do
 * not explain why its combined version differs).
 */
export function staleFamilies(stored: Record<string, string> | null, current: Record<string, string>): ItemFamily[] | null {
  if (!stored || stored.structure !== current.structure) return null;
  const stale = ITEM_FAMILIES.filter((f) => stored[f] !== current[f]);
  return stale.length > 0 ? stale : null;
}
