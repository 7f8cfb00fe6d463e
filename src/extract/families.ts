// The extractor families: what a rules change re-extracts as one unit. Each family names the rule
// files its extractors read, its code version and (`content`) the parsed rules hashed into its
// version; the item tables it rewrites come from src/extract/tables.ts. src/extract/index.ts
// computes the versions from the compiled rules; src/pipeline and src/store act on them.
//
//   structure     genres.yaml (header vocabulary): sections and header metadata; every item reads them
//   segmentation  the jieba user dictionary (userDictLines(): award, workshop, organisation,
//                 place and role names) + the segmenter's version (@node-rs/jieba); read by quantities and named
//   quantities    numbers.yaml, units.yaml, quantity-context.yaml, lists.yaml, grades.yaml → table quantities
//   named         levels, places, people, awards, workshops, orgs, roles, named-words → awards, workshops, entities
//   citations     citations.yaml → table citations
//
// synonyms.yaml is read at query time only (metrics, search): no family reads it.
//
// `code`: bump a family's constant BY HAND whenever a code change alters that family's output for
// the same text and rules (docs/ARCHITECTURE.md, "Rules versions"). Stored documents are then
// re-extracted in that family on the next ingest (a structure bump re-extracts all).
// This module is light on purpose: the ingest main thread imports it without the extractors.
import { createRequire } from 'node:module';
import { contentHash, rulesFingerprint } from '../rules/loader.js';
import type { CompiledRules } from './compiled-rules.js';
import { ITEM_TABLES, TABLES, type ItemTable } from './tables.js';

export type { ItemTable } from './tables.js';

export interface FamilySpec {
  /** the family's code version: bump by hand when its output changes for the same text and rules */
  code: string;
  /** the rule files (under rules/) its extractors read */
  ruleFiles: readonly string[];
  /** whether its extractors read jieba tokens (then the segmentation version is part of its own) */
  segmentation: boolean;
  /** the parsed, validated rules its version hashes: the very objects the extractors use */
  content(rules: CompiledRules): Record<string, unknown>;
}

/** a refiner's validated rule entry (one per file) as its file's content, without its examples
 * (an example changes no output): the same hash as the file's parsed entries */
export function ruleContent(entry: object): unknown[] {
  const { examples: _e, ...rest } = entry as { examples?: unknown };
  return [rest];
}

export const FAMILIES = {
  quantities: {
    code: '3',
    ruleFiles: ['numbers.yaml', 'units.yaml', 'quantity-context.yaml', 'lists.yaml', 'subject-cues.yaml', 'grades.yaml'],
    segmentation: true,
    content: (r) => ({
      numbers: r.numbers.rules,
      units: r.quantities.units,
      context: r.quantities.context,
      lists: r.lists.rules,
      subjects: ruleContent(r.subjects),
      grades: ruleContent(r.grades.rule),
    }),
  },
  named: {
    code: '1',
    ruleFiles: ['levels.yaml', 'places.yaml', 'people.yaml', 'awards.yaml', 'workshops.yaml', 'orgs.yaml', 'roles.yaml', 'named-words.yaml',
      'conferment.yaml', 'people-cues.yaml', 'workshop-names.yaml', 'org-bodies.yaml', 'grades.yaml'],
    segmentation: true,
    content: (r) => {
      const { dir: _dir, ...named } = r.named;
      const refiners = [r.conferment.v, r.peopleCues.cues, r.workshopNames.rule, r.orgBodies, r.grades.rule].map(ruleContent);
      return { rules: named, refiners };
    },
  },
  citations: {
    code: '1',
    ruleFiles: ['citations.yaml'],
    segmentation: false,
    content: (r) => ({ rules: r.citations }),
  },
} as const satisfies Record<string, FamilySpec>;

/** the families of items stored in their own tables, re-extracted separately */
export type ItemFamily = keyof typeof FAMILIES;
export const ITEM_FAMILIES = Object.keys(FAMILIES) as ItemFamily[];

/** the tables holding each item family's rows */
export const FAMILY_TABLES = Object.fromEntries(
  ITEM_FAMILIES.map((f) => [f, ITEM_TABLES.filter((t) => TABLES[t].family === f)]),
) as unknown as Record<ItemFamily, readonly ItemTable[]>;

export const CODE_VERSIONS: Record<'structure' | 'segmentation' | ItemFamily, string> = {
  structure: '4',
  segmentation: '1',
  ...(Object.fromEntries(ITEM_FAMILIES.map((f) => [f, FAMILIES[f].code])) as Record<ItemFamily, string>),
};

let jiebaVersion: string | null = null;
/** the installed segmenter and its version (its dictionary comes with it); named for the
 * segmenter it first read, now @node-rs/jieba (src/extract/named/jieba.ts) */
export function nodejiebaVersion(): string {
  if (jiebaVersion === null) {
    try {
      const req = createRequire(import.meta.url);
      jiebaVersion = `@node-rs/jieba@${(req('@node-rs/jieba/package.json') as { version?: string }).version ?? 'unknown'}`;
    } catch {
      jiebaVersion = 'unknown';
    }
  }
  return jiebaVersion;
}

/**
 * What the family versions are a function of, without parsing anything: the rule files' bytes,
 * the code versions and the segmenter's version. The archive caches fingerprint → family versions.
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
