// LiteralScanner replaces the big alternations of rule words (place names, org endings and aliases,
// roles, award and workshop names). It must find exactly what the regex finds: the same words at the
// same offsets, the leftmost match first and, at one position, the first word of the list (the lists
// are longest first). Checked with every rule list over the samples and the unseen documents, from
// every line start, and on hand-made overlaps.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeRe, LiteralScanner } from '../../src/extract/named/doc.js';
import { namedRules } from '../../src/extract/named/rules.js';

const files = [
  ...readdirSync('samples').filter((f) => /\.(txt|md)$/.test(f) && !f.includes('gb18030')).map((f) => `samples/${f}`),
  ...readdirSync('test/eval/unseen').filter((f) => f.endsWith('.txt')).map((f) => `test/eval/unseen/${f}`),
];
const texts = files.map((f) => readFileSync(f, 'utf8'));

const byLength = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length);
const r = namedRules();
const lists: Record<string, string[]> = {
  places: byLength(r.places.flatMap((p) => p.names)),
  orgSuffixes: byLength(r.orgs.flatMap((o) => (o.kind === 'suffix' ? o.suffixes : []))),
  orgAliases: byLength(r.orgs.flatMap((o) => (o.kind === 'alias' ? o.aliases : []))),
  roles: byLength(r.roles.flatMap((x) => x.roles)),
  awards: byLength([...new Set(r.awards.flatMap((a) => a.aliases))]),
  workshops: byLength([...new Set(r.workshops.flatMap((w) => w.aliases))]),
};

function viaRegex(words: string[], text: string, from: number, to: number): Array<[number, string]> {
  const re = new RegExp(words.map(escapeRe).join('|'), 'g');
  const out: Array<[number, string]> = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}
function viaScanner(words: string[], text: string, from: number, to: number): Array<[number, string]> {
  const sc = new LiteralScanner(words);
  const out: Array<[number, string]> = [];
  for (let m = sc.next(text, from, to); m; m = sc.next(text, m.index + m[0].length, to)) out.push([m.index, m[0]]);
  return out;
}

describe('LiteralScanner', () => {
  for (const [name, words] of Object.entries(lists)) {
    it(`finds what the alternation finds: ${name}`, () => {
      expect(words.length).toBeGreaterThan(0);
      let found = 0;
      for (const text of texts) {
        const all = viaScanner(words, text, 0, text.length);
        expect(all).toEqual(viaRegex(words, text, 0, text.length));
        found += all.length;
        // windows: from each line start to the middle of the next line
        for (let ls = 0; ls < text.length; ls = text.indexOf('\n', ls) + 1 || text.length) {
          const to = Math.min(text.length, ls + 200);
          expect(viaScanner(words, text, ls, to)).toEqual(viaRegex(words, text, ls, to));
        }
      }
      expect(found).toBeGreaterThan(0);
    });
  }

  it('prefers the earlier word at one position and the leftmost position overall', () => {
    const words = ['昆明市总工会', '昆明市', '总工会', '工会'];
    const text = '由昆明市总工会和市总工会、工会组织';
    expect(viaScanner(words, text, 0, text.length)).toEqual(viaRegex(words, text, 0, text.length));
    expect(viaScanner(words, text, 0, text.length)).toEqual([[1, '昆明市总工会'], [9, '总工会'], [13, '工会']]);
    // a list order that is not longest first is kept as the regex keeps it
    const short = ['工会', '总工会'];
    expect(viaScanner(short, text, 0, text.length)).toEqual(viaRegex(short, text, 0, text.length));
    expect(() => new LiteralScanner(['a', ''])).toThrow();
  });
});
