// Runs the examples of rules/named-words.yaml: each list's `finds` sentences yield an item of
// that type and name; its `findsNothing` sentences yield none (of that name, when one is given).
import { describe, expect, it } from 'vitest';
import { extractAwards } from '../../src/extract/awards.js';
import { extractWorkshops } from '../../src/extract/workshops.js';
import { extractEntities } from '../../src/extract/entities.js';
import { buildDoc } from '../../src/extract/doc.js';
import { textContext } from '../../src/extract/named/doc.js';
import { loadRuleFile } from '../../src/rules/loader.js';
import { WORD_LISTS, WordListRule, namedRules } from '../../src/extract/named/rules.js';

type Found = { type: string; name: string; count?: number | null };
function found(text: string): Found[] {
  const doc = buildDoc(textContext(text));
  return [
    ...extractEntities(doc).map((e) => ({ type: e.type, name: e.name })),
    ...extractAwards(doc).map((a) => ({ type: 'award', name: a.name, count: a.count })),
    ...extractWorkshops(doc).map((w) => ({ type: 'workshop', name: w.name ?? w.type, count: w.count })),
  ];
}

describe('rules/named-words.yaml', () => {
  const lists = loadRuleFile('named-words.yaml', WordListRule);
  it('holds every list the code reads, once', () => {
    expect(lists.map((l) => l.id).sort()).toEqual([...WORD_LISTS].sort());
    expect(Object.keys(namedRules().words).sort()).toEqual([...WORD_LISTS].sort());
  });
  for (const l of lists) {
    for (const ex of l.examples.finds) {
      it(`${l.id}: finds ${ex.type} ${ex.name} in ${ex.text}`, () => {
        const got = found(ex.text);
        const hit = got.find((x) => x.type === ex.type && x.name === ex.name);
        expect(hit, JSON.stringify(got)).toBeTruthy();
        if (ex.count !== undefined) expect(hit!.count).toBe(ex.count);
      });
    }
    for (const ex of l.examples.findsNothing) {
      it(`${l.id}: finds no ${ex.type} ${ex.name ?? ''} in ${ex.text} (${ex.why})`, () => {
        const got = found(ex.text).filter((x) => x.type === ex.type && (ex.name === undefined || x.name === ex.name));
        expect(got).toEqual([]);
      });
    }
  }
});
