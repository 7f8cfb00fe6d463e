// Organisations, round 47: a body acting right after its name (某学校开设培训班, 某居委会设立服务站, 某工会走访慰问…)
// is no unit below it, whatever the last character reads as (班, 站, 庭). Examples are in rules/org-bodies.yaml
// subUnitVerbExamples (invented places and names).
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { orgBodies } from '../../src/extract/named/org-refine.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

function orgs(text: string): string[] {
  const ctx = textContext(foldToSimplified(text));
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));
}

describe('a verb after a body opens a clause, not a unit below it', () => {
  const r = orgBodies();
  for (const ex of r.subUnitVerbExamples.positive) it(`${ex.text} → ${ex.name}`, () => expect(orgs(ex.text)).toContain(ex.name));
  for (const ex of r.subUnitVerbExamples.negative) it(`not ${ex.name} in ${ex.text}`, () => expect(orgs(ex.text)).not.toContain(ex.name));
  it('keeps a real unit below its body (a team, a clinic department)', () => {
    expect(orgs('授予青山县人民医院急诊科等5个集体荣誉称号。\n')).toContain('青山县人民医院急诊科');
  });
});

describe('a preposition the tagger fused with the word before it closes the name', () => {
  it('院在 before a park: no body 仲裁院在产业园区', () => {
    expect(orgs('今年，仲裁院在产业园区和5个镇设立了调解点。\n').some((n) => n.includes('在'))).toBe(false);
  });
});
