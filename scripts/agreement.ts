// How far two careful annotators agree on what a figure counts, beside how far the extractor agrees with
// either: a second annotator's subjects (test/eval/genre/agreement/*.yaml) for figures whose gold the corpus
// already has. The extractor is scored on exact agreement with one writer, so the writers' own agreement is
// the ceiling to read its subject line against. Usage: node dist/scripts/agreement.js [file.yaml …]
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { processFile } from '../src/pipeline/process.js';
import { loadGenreSet, type GenreGold, type GenreQuantity } from './lib/genre-gold.js';
import { scoreDocument, subjectOk } from './lib/genre-score.js';

const Figure = z.object({ text: z.string(), sentence_contains: z.string(), subject: z.string(), subject_alt: z.array(z.string()).optional() }).passthrough();
export const Annotation = z.array(z.object({ document: z.string(), figures: z.array(Figure) }));
type Tally = { right: number; of: number };

function genreDir(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!readdirSync(d).includes('package.json')) d = dirname(d);
  return join(d, 'test', 'eval', 'genre');
}

/** the gold with the second annotator's subjects in place of the writer's (figure by figure, same order) */
export function withSubjects(gold: GenreGold, figures: z.infer<typeof Figure>[], file: string): GenreGold {
  const qs = gold.quantities;
  if (qs.length !== figures.length || qs.some((q, i) => q.text !== figures[i].text || q.sentence_contains !== figures[i].sentence_contains))
    throw new Error(`${file}: the annotation's figures are not the gold's, in its order`);
  const replace = (q: GenreQuantity, i: number): GenreQuantity => ({ ...q, subject: figures[i].subject, subject_alt: figures[i].subject_alt });
  return { ...gold, quantities: qs.map(replace) };
}

/** the second annotator's first answer only (its alternatives are many: a stricter reading) */
const firstOnly = (g: GenreGold): GenreGold => ({ ...g, quantities: g.quantities.map((q) => ({ ...q, subject_alt: undefined })) });

/** either writer's answers accepted */
const eitherGold = (a: GenreGold, b: GenreGold): GenreGold => ({
  ...a, quantities: a.quantities.map((q, i) => ({ ...q, subject_alt: [...(q.subject_alt ?? []), b.quantities[i].subject, ...(b.quantities[i].subject_alt ?? [])] })),
});

async function main(): Promise<void> {
  const root = genreDir();
  const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(join(root, 'agreement')).filter((f) => f.endsWith('.yaml')).map((f) => join(root, 'agreement', f));
  const t = { writers: { right: 0, of: 0 }, toolGold: { right: 0, of: 0 }, toolSecond: { right: 0, of: 0 }, toolSecondFirst: { right: 0, of: 0 }, toolEither: { right: 0, of: 0 } };
  const add = (x: Tally, y: Tally) => { x.right += y.right; x.of += y.of; };
  for (const f of files) {
    for (const d of Annotation.parse(parse(readFileSync(f, 'utf8')))) {
      const file = resolve(root, d.document);
      const c = loadGenreSet(dirname(file)).find((x) => x.file === file);
      if (!c) throw new Error(`${f}: ${d.document} is no document of the genre corpus`);
      const second = withSubjects(c.gold, d.figures, f);
      c.gold.quantities.forEach((g, i) => { t.writers.of++; if (subjectOk(g, { subject: d.figures[i].subject })) t.writers.right++; });
      const json = (await processFile(file)).json;
      add(t.toolGold, scoreDocument(c.gold, json).subject);
      add(t.toolSecond, scoreDocument(second, json).subject);
      add(t.toolSecondFirst, scoreDocument(firstOnly(second), json).subject);
      add(t.toolEither, scoreDocument(eitherGold(c.gold, second), json).subject);
      console.log(`${basename(file)}: ${d.figures.length} figures`);
    }
  }
  const r = (x: Tally) => `${(x.right / x.of).toFixed(3).replace(/^0/, '')} (${x.right} of ${x.of})`;
  console.log(`second annotator's subject in the gold's answers  ${r(t.writers)}`);
  console.log(`extractor's subject in the gold's answers         ${r(t.toolGold)}`);
  console.log(`extractor's subject in the second annotator's     ${r(t.toolSecond)}`);
  console.log(`extractor's subject = the second's first answer  ${r(t.toolSecondFirst)}`);
  console.log(`extractor's subject in either writer's answers    ${r(t.toolEither)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
