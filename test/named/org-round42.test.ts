// Organisations, round 42: a line of units laid out as cells keeps the spaces between them (no two units glued into
// one name), a selection's step 并报 opens no body's name, and a preposition before 镇 names no town. On lines
// written for this test.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { normalize } from '../../src/normalize/index.js';
import type { IngestResult } from '../../src/types.js';

const txt = (...lines: string[]): IngestResult => ({ format: 'txt', lines: lines.map((text) => ({ text, page: null, kind: 'para' as const })), pageCount: null, encoding: 'UTF-8' });
const canonical = (...lines: string[]) => normalize(txt(...lines)).text;
const orgs = (text: string) => extractAll(textContext(foldToSimplified(text)), ['named']).entities.filter((e) => e.type === 'org');
const names = (text: string) => orgs(text).map((e) => e.name.replace(/\s+/g, ''));

describe('a line of units laid out as cells', () => {
  const row = '青禾县中医院骨伤科\u3000青禾县自来水公司抢修二班\u3000青禾县石门镇综合文化站\u3000青禾县交通运输局路政大队';
  it('keeps the spaces between the cells', () => {
    expect(canonical('名单如下：', row)).toContain('青禾县中医院骨伤科 青禾县自来水公司抢修二班');
  });
  it('gives no body glued across two cells', () => {
    const a = names(canonical('名单如下：', row));
    expect(a.some((n) => n.includes('骨伤科青禾县') || n.includes('二班青禾县'))).toBe(false);
    expect(a).toContain('青禾县石门镇综合文化站');
  });
  it('still closes up a letter-spaced heading', () => {
    expect(canonical('工 会 动 态', '本期要目：技能比武')).toContain('工会动态');
  });
  it('keeps a sentence with a stray space whole', () => {
    expect(canonical('青禾县总工会 组织开展了第三届职工技能大赛，参赛职工达到三百余人。')).toContain('青禾县总工会组织开展');
  });
});

describe('a selection step before a body', () => {
  it('并报 opens no name', () => {
    const a = names('经专家评审、公示无异议，并报县委研究同意，决定命名以下单位。');
    expect(a.some((n) => n.startsWith('并报'))).toBe(false);
  });
});

describe('a preposition before the town seat', () => {
  it('并在镇上 names no town for a later 镇党委', () => {
    const text = '今年以来，青石镇总工会走访货车司机，并在镇上设立两个司机之家。镇党委研究部署了下一步服务工作。';
    const party = orgs(text).find((e) => e.name === '镇党委');
    expect(party?.canonical ?? '').not.toMatch(/^并|在镇/);
  });
  it('a town named earlier still resolves the seat', () => {
    const text = '今年以来，青石镇总工会走访货车司机，设立两个司机之家。镇党委研究部署了下一步服务工作。';
    const party = orgs(text).find((e) => e.name === '镇党委');
    expect(party?.canonical).toBe('青石镇党委');
  });
});

describe('a body acting together with another', () => {
  it('会同 after a bureau closes it', () => {
    const a = names('旺季前，县文旅局会同度假区管理方举办专场招聘会。');
    expect(a.some((n) => n.includes('会同'))).toBe(false);
  });
  it('联合 after a union closes it, the second body is found', () => {
    const a = names('五月，青禾县总工会联合县人社局举办招聘会。');
    expect(a.some((n) => n.includes('联合'))).toBe(false);
    expect(a).toContain('县人社局');
  });
});
