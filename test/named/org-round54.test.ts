// Round 54, organisations: the endings of a body whose unit is numbered inside its name come from
// rules/org-bodies.yaml (numberedBodyEndings), each example run through the refiner.
import { describe, expect, it } from 'vitest';
import { orgBodies, refineOrgs } from '../../src/extract/named/org-refine.js';
import type { Entity } from '../../src/types.js';

const r = orgBodies();
const none = { province: null, city: null, county: null };

/** the two pieces the reader took (the body, then the tail after the figure), refined together */
function refined(text: string, first: string, second: string): string[] {
  const a = text.indexOf(first);
  const b = text.indexOf(second, a + first.length);
  const piece = (name: string, at: number): Entity => ({ type: 'org', name, canonical: name, role: null, text: name, start: at, end: at + name.length, rule: 'org.suffix' });
  return refineOrgs([piece(first, a), piece(second, b)], text, none, () => false, r).map((o) => o.name);
}

describe('rules/org-bodies.yaml a unit numbered inside its body\'s name', () => {
  for (const ex of r.numberedBodyExamples.positive) it(`${ex.name}: ${ex.text}`, () => expect(refined(ex.text, ex.first, ex.second)).toEqual([ex.name]));
  for (const ex of r.numberedBodyExamples.negative) it(`two names: ${ex.text}`, () => expect(refined(ex.text, ex.first, ex.second)).toContain(ex.first));
});
