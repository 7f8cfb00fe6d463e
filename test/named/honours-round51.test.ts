// Round 51 of issue 18 (honours): a holder's quoted title after a comma and a copula may carry what it is told by
// between the copula and the quotes (…，是全县唯一的“H”。/ …，是去年“H”的获得者。): one holder's attribute, no count.
// Text written for these tests.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';

const r = confermentRules();
const found = (text: string) => confermentHonours(text, null, r, null).map((h) => [h.name, h.count]);

describe('a copula after a comma, then what tells the quoted title', () => {
  it('reads 是全县唯一的“H” as one holder of H', () => {
    expect(found('另一位技师、某某机械厂钳工组长钱某某，是全县唯一的“荆楚工匠”。')).toContainEqual(['荆楚工匠', null]);
  });

  it('reads 是去年“H”的获得者 as one holder of H', () => {
    expect(found('某某纺织公司挡车工孙某某，是去年“江淮工匠”的获得者。')).toContainEqual(['江淮工匠', null]);
  });

  it('still needs quotes after the comma and the copula (是全县唯一的 before a bare word is no title)', () => {
    expect(found('这家合作社，是全县唯一的省级示范社。').map(([n]) => n)).not.toContain('省级示范社');
  });
});
