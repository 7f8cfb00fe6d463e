// Organisations, round 32: a roll of honour's line (name, unit, post) names the unit; a body's own office
// written before the post (a court's 执行局, a utility's 运维检修部) goes with the post. Examples are in
// rules/org-bodies.yaml officeExamples (other places, other names).
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { orgBodies } from '../../src/extract/named/org-refine.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

function orgs(text: string): string[] {
  const ctx = textContext(foldToSimplified(text));
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));
}

describe("a roll's line: a body's own office goes with the post", () => {
  const r = orgBodies();
  for (const ex of r.officeExamples.positive) it(`${ex.text} → ${ex.name}`, () => expect(orgs(ex.text)).toContain(ex.name));
  for (const ex of r.officeExamples.negative) it(`not ${ex.name} in ${ex.text}`, () => expect(orgs(ex.text)).not.toContain(ex.name));
});

describe('a clause that sets up or fills a bare office names no body', () => {
  it('下设 / 兼任 before 办公室', () => {
    const got = orgs('大赛成立组委会，组委会下设办公室，办公室设在区总工会，李文博兼任办公室主任。\n');
    expect(got.some((n) => /下设|兼任/.test(n))).toBe(false);
  });
  it('keeps: a body whose office is named after it', () => {
    expect(orgs('大赛组委会办公室设在镇海区总工会。\n')).toContain('镇海区总工会');
  });
});

describe('入选 opens no body: the body is the one publishing the list', () => {
  it('N人入选省人社厅公布的名单', () => {
    const got = orgs('敦化市另有3名职工入选省人社厅发布的技能名师名单。\n');
    expect(got.some((n) => n.includes('入选'))).toBe(false);
    expect(got).toContain('省人社厅');
  });
});
