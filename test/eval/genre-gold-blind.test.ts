// The blind halves of the genre corpus (held2 … held27): each gold is checked for shape and for
// agreeing with its own documents (every quoted text, sentence, name and partOf total is really
// there), without running the extractor, so that the check itself tunes nothing to them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGenreSet } from '../../scripts/lib/genre-gold.js';

const norm = (s: string) => s.replace(/[\s\u3000]+/g, '').replace(/[“”‘’"'「」《》]/g, '');

/** the gold entries whose quoted text does not occur in the document */
function strays(file: string, gold: ReturnType<typeof loadGenreSet>[number]['gold']): string[] {
  const t = norm(readFileSync(file, 'utf8'));
  const bad: string[] = [];
  const has = (what: string, s: string | null | undefined) => { if (s && !t.includes(norm(s))) bad.push(`${what} ${s}`); };
  for (const q of gold.quantities) {
    has('text', q.text);
    has('sentence_contains', q.sentence_contains);
    if (q.partOf && !gold.quantities.some((x) => x.text === q.partOf)) bad.push(`partOf ${q.partOf}`);
  }
  for (const p of gold.people) has('person', p.name);
  for (const w of gold.workshops) { has('workshop', w.name); has('leader', w.leader); }
  for (const o of gold.orgs) has('org', typeof o === 'string' ? o : o.name);
  for (const a of gold.articles ?? []) has('article', a.title);
  has('title', gold.header.title);
  return bad;
}

/** each blind half and how many documents it was written with */
const HALVES: [string, number][] = [['held2', 16], ['held3', 16], ['held4', 12], ['held5', 16], ['held6', 16], ['held7', 16], ['held8', 12], ['held9', 14], ['held10', 14], ['held11', 12], ['held12', 14], ['held13', 14], ['held14', 14], ['held15', 14], ['held16', 14], ['held17', 14], ['held18', 14], ['held19', 14], ['held20', 14], ['held21', 14], ['held22', 14], ['held23', 14], ['held24', 14], ['held25', 14], ['held26', 14], ['held27', 14], ['held28', 14], ['held29', 14], ['held30', 14], ['held31', 14], ['held33', 14], ['held32', 14], ['held34', 14], ['held35', 14], ['held37', 14], ['held36', 14], ['held39', 14], ['held38', 14], ['held41', 14], ['held40', 14], ['held43', 14], ['held42', 14], ['held45', 14], ['held44', 14], ['held47', 14], ['held46', 14], ['held48', 14], ['held49', 14], ['held51', 14], ['held50', 14], ['held52', 14], ['held53', 14], ['held54', 14], ['held55', 14], ['held57', 14], ['held56', 14], ['held58', 14], ['held59', 14], ['held60', 14], ['held61', 14], ['held62', 14], ['held63', 14], ['held64', 14], ['held65', 14], ['held66', 14], ['held67', 14], ['held68', 14], ['held69', 14], ['held70', 14], ['held71', 14], ['held72', 14], ['held73', 14], ['held74', 14], ['held75', 14], ['held76', 14], ['held77', 14]];

describe.each(HALVES)('genre corpus, blind half %s', (half, n) => {
  const cases = loadGenreSet(join(import.meta.dirname, 'genre', half));
  it(`has ${n} documents, each with a gold that parses`, () => {
    expect(cases.length).toBe(n);
  });
  it.each(cases.map((c) => [c.stem, c] as const))('%s: every gold entry is found in its document', (_, c) => {
    expect(strays(c.file, c.gold)).toEqual([]);
  });
});
