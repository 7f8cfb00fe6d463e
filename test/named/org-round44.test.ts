// Organisations, round 44: a bulletin's byline credit label (文/图, 图/文) before the writer's unit is no part of
// the unit's name. On lines written for this test.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const orgs = (text: string) => extractAll(textContext(foldToSimplified(text)), ['named']).entities.filter((e) => e.type === 'org');
const names = (text: string) => orgs(text).map((e) => e.name.replace(/\s+/g, ''));

describe('a byline credit label', () => {
  it('文/图 before the unit is left out of its name', () => {
    const a = names('青禾县总工会举办职工书画展。\n文/图　县总工会宣传教育部　林小雨');
    expect(a).toContain('县总工会宣传教育部');
    expect(a.some((n) => n.startsWith('图'))).toBe(false);
  });
  it('图／文 with a full-width slash is left out too', () => {
    const a = names('青禾县职工技能比武落幕。\n图／文　县人社局职业能力建设股　陈晓');
    expect(a.some((n) => n.startsWith('文'))).toBe(false);
    expect(a.some((n) => n.endsWith('职业能力建设股'))).toBe(true);
  });

});
