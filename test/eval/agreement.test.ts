// The second annotator's subjects (test/eval/genre/agreement) line up with the golds they are compared with:
// same documents, same figures in the same order, each subject a piece of its document.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { Annotation, withSubjects } from '../../scripts/agreement.js';
import { loadGenreSet } from '../../scripts/lib/genre-gold.js';

const root = join(import.meta.dirname, 'genre');
const files = readdirSync(join(root, 'agreement')).filter((f) => f.endsWith('.yaml'));

describe.each(files)('agreement file %s', (f) => {
  const docs = Annotation.parse(parse(readFileSync(join(root, 'agreement', f), 'utf8')));
  it.each(docs.map((d) => [d.document, d] as const))('%s lines up with its gold', (_, d) => {
    const file = resolve(root, d.document);
    const c = loadGenreSet(dirname(file)).find((x) => x.file === file);
    expect(c).toBeDefined();
    const second = withSubjects(c!.gold, d.figures, f);
    const text = readFileSync(file, 'utf8').replace(/\s+/g, '');
    expect(second.quantities.filter((q) => !text.includes(q.subject.replace(/\s+/g, ''))).map((q) => q.subject)).toEqual([]);
  });
  it('a figure moved out of order is refused', () => {
    const [d] = docs;
    const c = loadGenreSet(dirname(resolve(root, d.document))).find((x) => x.file === resolve(root, d.document))!;
    expect(() => withSubjects(c.gold, [...d.figures].reverse(), f)).toThrow(/not the gold's/);
  });
});
