// Organisations, round 51: a leader's charge (分管), a revoked title (撤销) and a survey (摸清) are verbs
// before a body's name, never part of it; a department of the place's own body (县总工会|组织部, a seat
// fused with its body by the tagger) is one body, not a kind. Invented places and names.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

function orgs(text: string): string[] {
  const ctx = textContext(foldToSimplified(text));
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));
}

describe('a verb of charge, revocation or survey opens no name', () => {
  it('分管: the body in charge, without the verb', () => {
    const found = orgs('调整后，副主席周某负责帮扶工作，分管县职工服务中心。\n');
    expect(found).toContain('县职工服务中心');
    expect(found.some((n) => n.startsWith('分管'))).toBe(false);
  });
  it('原 (former) before the unit is no part of its name', () => {
    expect(orgs('一、撤销原平安县宏远建材有限公司经理李某荣誉称号。\n')).toContain('平安县宏远建材有限公司');
  });
  it('撤销: the unit whose title is revoked', () => {
    const found = orgs('二、撤销平安县顺达物流有限公司2023年度“工人先锋号”荣誉称号。\n');
    expect(found).toContain('平安县顺达物流有限公司');
    expect(found.some((n) => n.startsWith('撤销'))).toBe(false);
  });
});

describe('a department of the seat’s own body', () => {
  it('县总工会组织部 with a post after it', () => {
    expect(orgs('参加人员：县总工会副主席李某，县总工会组织部部长王某。\n')).toContain('县总工会组织部');
  });
  it('a class of bodies stays a class', () => {
    expect(orgs('县基层工会组织建设得到加强。\n')).not.toContain('县基层工会');
  });
});
