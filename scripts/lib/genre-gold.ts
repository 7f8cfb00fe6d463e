// Gold of the genre corpus (test/eval/genre/{dev,held}/gold/<stem>.gold.yaml): one file per
// document with its header, articles, figures, honours, workshops, organisations and people,
// written by hand before the extractor was run on the document.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const str = z.string();
const nstr = z.string().nullable().optional();

const Quantity = z.object({
  text: str,
  value: z.number(),
  unit: str,
  approx: z.boolean().default(false),
  subject: str,
  subject_alt: z.array(str).optional(),
  sentence_contains: str.min(1),
  /** the text of the stated total this figure is a part of (其中… / 共…，分别是…) */
  partOf: str.optional(),
}).strict();

const Honour = z.object({ name: str, count: z.number().nullable(), level: nstr, alt: z.array(str).optional() }).strict();
const Workshop = z.object({ name: nstr, type: str, level: nstr, leader: nstr }).passthrough();
const Named = z.union([str, z.object({ name: str, canonical: str.optional(), alt: z.array(str).optional() }).strict()]);
const Person = z.object({ name: str, role: str.optional(), role_alt: z.array(str).optional(), alt: z.array(str).optional() }).strict();

export const GenreGoldSchema = z.object({
  place: str,
  script: z.enum(['simplified', 'traditional']),
  kind: z.enum(['bulletin', 'news', 'naming', 'commendation', 'joint', 'report']),
  header: z.object({
    title: str,
    title_alt: z.array(str).optional(),
    issuers: z.array(str),
    date: nstr,
    docNumber: nstr,
    byline: nstr,
  }).strict(),
  articles: z.array(z.object({ title: str, byline: nstr }).strict()).optional(),
  quantities: z.array(Quantity),
  honours: z.array(Honour),
  workshops: z.array(Workshop),
  orgs: z.array(Named),
  people: z.array(Person),
}).strict();
export type GenreGold = z.infer<typeof GenreGoldSchema>;
export type GenreQuantity = z.infer<typeof Quantity>;

export interface GenreCase {
  file: string;
  stem: string;
  gold: GenreGold;
}

/** every document of a genre set with its gold; a document without gold or a bad gold is an error.
 * A set's README.md describes the set and is not one of its documents. */
export function loadGenreSet(dir: string): GenreCase[] {
  const files = readdirSync(dir).filter((n) => /\.(txt|md|html|docx|pdf)$/i.test(n) && !/^readme\./i.test(n)).sort();
  return files.map((n) => {
    const stem = n.slice(0, n.indexOf('.'));
    const gf = join(dir, 'gold', `${stem}.gold.yaml`);
    if (!existsSync(gf)) throw new Error(`${join(dir, n)}: no gold file ${gf}`);
    const r = GenreGoldSchema.safeParse(parseYaml(readFileSync(gf, 'utf8')));
    if (!r.success) throw new Error(`${gf}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { file: join(dir, n), stem, gold: r.data };
  });
}
