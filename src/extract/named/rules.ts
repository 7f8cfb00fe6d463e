// Loads and validates the rule files for named things (awards, workshops, organisations, places,
// roles, surnames, level prefixes). Each is read once per rules directory and cached.
import { z } from 'zod';
import { currentRulesDir, loadRuleFile, RuleFileError } from '../../rules/loader.js';
import { Level } from '../../level.js';

const Examples = <P extends z.ZodTypeAny>(pos: P) =>
  z.object({ positive: z.array(pos).default([]), negative: z.array(z.string()).default([]) });

export const AwardRule = z.object({
  id: z.string().regex(/^award\./),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
  level: Level.nullable().optional(),
  /** emit the alias as written (云岭工匠) rather than the canonical name (工匠) */
  keepAlias: z.boolean().optional(),
  /** accepts a grade suffix: 特等奖 一等奖 二等奖 三等奖 奖 */
  grade: z.boolean().optional(),
  examples: Examples(
    z.object({
      text: z.string(),
      name: z.string(),
      level: Level.nullable(),
      count: z.number().nullable(),
      recipients: z.array(z.string()).optional(),
      province: z.string().optional(),
    }),
  ),
});
export type AwardRule = z.infer<typeof AwardRule>;

export const LevelRule = z.object({
  id: z.string().regex(/^level\./),
  /** the prefix the entry reads (a regex); an entry has it or `words`, never both */
  pattern: z.string().min(1).optional(),
  level: z.union([Level, z.literal('from-text')]).nullable(),
  drop: z.boolean().optional(),
  normalize: z.string().optional(),
  keepIf: z.string().optional(),
  /** a word list other readers share (the ranks of the bodies that confer, 省/州/地区…): such an entry reads no prefix */
  words: z.array(z.string().min(1)).optional(),
  examples: Examples(z.object({ text: z.string(), level: Level.nullable() })),
}).refine((r) => !r.pattern !== !r.words, 'a level entry has a pattern (a prefix it reads) or words (a list it shares), not both');
export type LevelRule = z.infer<typeof LevelRule>;

export const WorkshopRule = z.object({
  id: z.string().regex(/^workshop\./),
  type: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
  examples: Examples(
    z.object({
      text: z.string(),
      type: z.string(),
      name: z.string().nullable().optional(),
      level: Level.nullable().optional(),
      count: z.number().nullable().optional(),
      leader: z.string().nullable().optional(),
    }),
  ),
});
export type WorkshopRule = z.infer<typeof WorkshopRule>;

const NameExample = z.object({ text: z.string(), name: z.string(), canonical: z.string().optional() });

export const OrgRule = z.discriminatedUnion('kind', [
  z.object({
    id: z.string().regex(/^org\./),
    kind: z.literal('alias'),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).min(1),
    context: z.string().optional(),
    examples: Examples(NameExample),
  }),
  z.object({
    id: z.string().regex(/^org\./),
    kind: z.literal('suffix'),
    suffixes: z.array(z.string().min(1)).min(1),
    examples: Examples(NameExample),
  }),
]);
export type OrgRule = z.infer<typeof OrgRule>;

export const PlaceRule = z.object({
  id: z.string().regex(/^place\./),
  kind: z.enum(['province', 'city', 'county', 'zone']),
  names: z.array(z.string().min(1)),
  short: z.array(z.string().min(1)).optional(),
  patterns: z.array(z.string()).optional(),
  examples: Examples(NameExample),
});
export type PlaceRule = z.infer<typeof PlaceRule>;

export const RoleRule = z.object({
  id: z.string().regex(/^person\./),
  roles: z.array(z.string()),
  examples: Examples(z.object({ text: z.string(), name: z.string(), role: z.string().nullable() })),
});
export type RoleRule = z.infer<typeof RoleRule>;

export const SurnameRule = z.object({
  id: z.string(),
  single: z.string(),
  double: z.array(z.string()),
  cuedDouble: z.array(z.string()).default([]),
  notGiven: z.array(z.string()).default([]),
  examples: Examples(z.object({ text: z.string(), name: z.string() })),
});

/** the word lists of rules/named-words.yaml the code reads, by id */
export const WORD_LISTS = [
  'org.walk-stop', 'org.stop-word', 'org.generic-word', 'org.class-word', 'org.generic-part', 'org.not-an-org', 'org.ending-not-first', 'org.name-part', 'org.lead-cut', 'org.kind-ending', 'org.placed-ending', 'org.company-site', 'org.school-site', 'org.organ-word', 'org.set-up-group', 'org.group-task', 'org.post-after', 'org.determiner',
  'award.verb', 'award.count-verb', 'award.counted-noun', 'workshop.create-verb', 'count.unit', 'person.boundary',
] as const;
export type WordListId = (typeof WORD_LISTS)[number];

const ItemType = z.enum(['org', 'person', 'place', 'award', 'workshop']);
export const WordListRule = z.object({
  id: z.enum(WORD_LISTS),
  description: z.string().optional(),
  words: z.array(z.string().min(1)).min(1),
  examples: z.object({
    finds: z.array(z.object({ text: z.string(), type: ItemType, name: z.string(), count: z.number().int().optional() })).default([]),
    findsNothing: z.array(z.object({ text: z.string(), type: ItemType, name: z.string().optional(), why: z.string() })).default([]),
  }),
});
export type WordListRule = z.infer<typeof WordListRule>;

export interface NamedRules {
  dir: string;
  awards: AwardRule[];
  levels: LevelRule[];
  workshops: WorkshopRule[];
  orgs: OrgRule[];
  places: PlaceRule[];
  roles: RoleRule[];
  surnames: { single: Set<string>; double: string[]; cuedDouble: string[]; notGiven: string[] };
  /** rules/named-words.yaml: every list of WORD_LISTS, its words in file order */
  words: Readonly<Record<WordListId, readonly string[]>>;
}

function wordLists(dir: string): Record<WordListId, readonly string[]> {
  const lists = loadRuleFile('named-words.yaml', WordListRule, dir);
  const out = {} as Record<WordListId, readonly string[]>;
  for (const l of lists) {
    if (out[l.id]) throw new RuleFileError('rules/named-words.yaml', l.id, 'listed twice');
    out[l.id] = l.words;
  }
  const missing = WORD_LISTS.filter((id) => !out[id]);
  if (missing.length) throw new RuleFileError('rules/named-words.yaml', null, `missing lists: ${missing.join(', ')}`);
  return out;
}

const cache = new Map<string, NamedRules>();

/** the ranks of the bodies that confer (rules/levels.yaml level.body-ranks: 省, 州, 地区, 旗 …), as a regex alternation */
export function bodyRanks(dir = currentRulesDir()): readonly string[] {
  const r = namedRules(dir).levels.find((l) => l.id === 'level.body-ranks');
  if (!r?.words) throw new RuleFileError('rules/levels.yaml', 'level.body-ranks', 'missing: the ranks of the bodies that confer');
  return r.words;
}

/** Every named-thing rule file, validated (throws RuleFileError naming file and entry). */
export function namedRules(dir = currentRulesDir()): NamedRules {
  const hit = cache.get(dir);
  if (hit) return hit;
  const checkRegex = (file: string, id: string, src: string) => {
    try {
      new RegExp(src.replace(/\{(provinces|cities|counties)\}/g, 'x'));
    } catch (e) {
      throw new Error(`${file} [${id}]: bad pattern: ${(e as Error).message}`);
    }
  };
  const levels = loadRuleFile('levels.yaml', LevelRule, dir);
  for (const l of levels) if (l.pattern) checkRegex('rules/levels.yaml', l.id, l.pattern);
  const places = loadRuleFile('places.yaml', PlaceRule, dir);
  for (const p of places) for (const pat of p.patterns ?? []) checkRegex('rules/places.yaml', p.id, pat);
  const sn = loadRuleFile('people.yaml', SurnameRule, dir);
  const r: NamedRules = {
    dir,
    awards: loadRuleFile('awards.yaml', AwardRule, dir),
    levels,
    workshops: loadRuleFile('workshops.yaml', WorkshopRule, dir),
    orgs: loadRuleFile('orgs.yaml', OrgRule, dir),
    places,
    roles: loadRuleFile('roles.yaml', RoleRule, dir),
    surnames: {
      single: new Set(sn.flatMap((s) => [...s.single])),
      double: sn.flatMap((s) => s.double),
      cuedDouble: sn.flatMap((s) => s.cuedDouble),
      notGiven: sn.flatMap((s) => s.notGiven),
    },
    words: wordLists(dir),
  };
  cache.set(dir, r);
  return r;
}
