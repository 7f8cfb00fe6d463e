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

describe('a company named right after the particle that closes an attribute (…的|place trade-name trade)', () => {
  const refinedCut = (text: string, cut: string) => {
    const at = text.lastIndexOf(cut);
    const e: Entity = { type: 'org', name: cut, canonical: cut, role: null, text: cut, start: at, end: at + cut.length, rule: 'org.suffix' };
    return refineOrgs([e], text, none, () => false, r).map((o) => o.name);
  };
  it('the place after 的 opens the name', () => {
    expect(refinedCut('曾获评技术能手的青川市永盛精密轴承有限公司装配车间主任', '轴承有限公司')).toEqual(['青川市永盛精密轴承有限公司']);
  });
  it('no place after 的: nothing before the trade is taken in', () => {
    expect(refinedCut('这是全县规模最大的精密轴承有限公司', '轴承有限公司')).toEqual(['轴承有限公司']);
  });
});
