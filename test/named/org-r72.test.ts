// Round 72, organisations: a verb that sends a matter to a body read with the body's seat for a county
// (前报|县政府, 商|县人社局, 会同|县财政局 outside Hunan), and trade names that close with 和 or follow 了.
import { describe, expect, it } from 'vitest';
import { orgBodies, refineOrgs } from '../../src/extract/named/org-refine.js';
import type { Entity } from '../../src/types.js';

const r = orgBodies();
const refined = (text: string, cut: string, place: { province: string | null; city: string | null; county: string | null }) => {
  const at = text.lastIndexOf(cut);
  const e: Entity = { type: 'org', name: cut, canonical: cut, role: null, text: cut, start: at, end: at + cut.length, rule: 'org.suffix' };
  return refineOrgs([e], text, place, () => false, r).map((x) => x.name);
};

describe('rules/org-bodies.yaml seatVerbs: a verb before a body\'s bare seat is no county', () => {
  const elsewhere = { province: '山东省', city: '德州市', county: '庆云县' };
  const hunan = { province: '湖南省', city: '怀化市', county: '会同县' };
  for (const ex of r.seatVerbExamples.positive) {
    it(ex.text, () => {
      const got = refined(ex.text, ex.cut, elsewhere);
      expect(got).toContain(ex.name);
      expect(got).not.toContain(ex.cut);
    });
  }
  for (const ex of r.seatVerbExamples.negative) it(`a county: ${ex.text}`, () => expect(refined(ex.text, ex.cut, hunan)).toEqual([ex.cut]));
  it('a county of another province named in full after a verb of its own stays', () => {
    expect(refined('授予商城县总工会等单位称号。', '商城县总工会', elsewhere)).toEqual(['商城县总工会']);
  });
});

describe('rules/org-bodies.yaml clauseWords: a clause the reader ran into a name ends it', () => {
  const none = { province: null, city: null, county: null };
  for (const ex of r.clauseWordExamples.positive) it(ex.text, () => expect(refined(ex.text, ex.cut, none)).toEqual([ex.name]));
  for (const ex of r.clauseWordExamples.negative) it(`no body: ${ex.text}`, () => expect(refined(ex.text, ex.cut, none)).toEqual([]));
  it('a name that holds such a word where it names the body stays', () => {
    expect(refined('古交市妇幼保健计划生育服务中心开展义诊。', '古交市妇幼保健计划生育服务中心', none)).toEqual(['古交市妇幼保健计划生育服务中心']);
  });
});
