// Organisations, round 53: a bulletin's masthead with its place's seat and 工会 (某某县工会|工作简报) names the
// bulletin, not a body; a body's charge (负责), 另经 and 人为 ('the leader is') open no part of a name; a station
// named for the talent it hosts (乡村工匠工作站, 技师工作站) is a workshop, not a body.
// Invented places and names.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

function orgs(text: string): string[] {
  const ctx = textContext(foldToSimplified(text));
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));
}

describe('a masthead of place + seat + 工会 is the bulletin’s name', () => {
  it('松阳县工会工作简报 gives no 松阳县工会; its 县总工会 below is the body', () => {
    const found = orgs('松阳县工会工作简报\n第7期\n松阳县总工会办公室编　　2025年11月20日\n　　近日，县总工会召开全委会议。\n');
    expect(found).not.toContain('松阳县工会');
    expect(found).toContain('松阳县总工会办公室');
  });
  it('a traditional masthead (泾縣工會動態) is read the same way', () => {
    expect(orgs('泾縣工會動態\n（第3期）\n泾縣總工會辦公室編\n')).not.toContain('泾县工会');
  });
  it('a place’s industry union before the title word stays a body', () => {
    expect(orgs('松阳县教育工会工作简报\n第5期\n')).toContain('松阳县教育工会');
  });
  it('the title word may be followed by its issue number on the same line', () => {
    expect(orgs('松阳县工会快报（第12期）\n')).not.toContain('松阳县工会');
  });
});

describe('a clause’s words before or after a body are no part of its name', () => {
  it('县人社局负责协调… : 负责 is the body’s charge', () => {
    const found = orgs('县人社局负责协调园区企业选派职工参赛，县总工会负责宣传发动。\n');
    expect(found).toContain('县人社局');
    expect(found.some((n) => n.includes('负责'))).toBe(false);
  });
  it('另经某市总工会审核: the name begins at the city', () => {
    const found = orgs('另经庆阳市总工会审核，平安县宏达纺织有限公司获评。\n');
    expect(found).toContain('庆阳市总工会');
    expect(found).not.toContain('另经庆阳市总工会');
  });
  it('领衔人为县中医院…: the leader’s unit begins at the seat', () => {
    const found = orgs('针灸职工创新工作室的领衔人为县中医院主治医师王某。\n');
    expect(found).toContain('县中医院');
    expect(found.some((n) => n.startsWith('领衔'))).toBe(false);
  });
});

describe('a station named for the talent it hosts is a workshop, not a body', () => {
  it('某镇某某乡村工匠工作站 gives no organisation; the town’s union stays', () => {
    const found = orgs('认定青石镇竹编乡村工匠工作站等3个县级乡村工匠工作站，青石镇总工会负责日常管理。\n');
    expect(found.some((n) => n.endsWith('工作站'))).toBe(false);
    expect(found).toContain('青石镇总工会');
  });
  it('a union’s legal aid station is a body', () => {
    expect(orgs('市总工会在新城区职工法律援助工作站设立咨询窗口。\n')).toContain('新城区职工法律援助工作站');
  });
});
