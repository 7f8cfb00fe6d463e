// Organisations, round 49: a body every town or street has, written after 各乡镇（街道）, is a class of
// bodies, not one; a party committee right before its post (镇党委副书记, 党组书记) names the post, not a
// body of its own (its meeting, 党组会议, stays the body's: round 35). Invented places and names.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

function orgs(text: string): string[] {
  const ctx = textContext(foldToSimplified(text));
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));
}

describe('各乡镇（街道）: the body of every town and street, a class', () => {
  it('an addressee line: no service centre of its own', () => {
    expect(orgs('各乡镇（街道）人社服务中心、工会，县直各有关单位：\n')).not.toContain('人社服务中心');
  });
  it('a distribution line: no service centre of its own', () => {
    expect(orgs('发：各镇（街道）便民服务中心\n')).not.toContain('便民服务中心');
  });
  it('a town named on its own keeps its centre', () => {
    expect(orgs('授予青石镇便民服务中心等3个集体荣誉称号。\n')).toContain('青石镇便民服务中心');
  });
});

describe('a party committee before its post names the post', () => {
  it('镇党委副书记: no body', () => {
    expect(orgs('10月9日，桃溪镇召开工会联合会成立大会，镇党委副书记马某当选主席。\n').some((n) => n.endsWith('党委'))).toBe(false);
  });
  it('党组书记: the post, no body', () => {
    expect(orgs('会上，县总工会党组书记王某作工作报告。\n').some((n) => n.endsWith('党组'))).toBe(false);
  });
  it('a party committee that acts keeps its name', () => {
    expect(orgs('青山县委组织部、县总工会联合开展培训。桃溪镇党委研究部署了产改工作。\n')).toContain('桃溪镇党委');
  });
});
