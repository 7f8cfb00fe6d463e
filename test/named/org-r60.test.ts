// Organisations, round 60: a hall a meeting is held in is a place, not a body; an ending the scan read
// inside a longer word does not hide one that starts within it (女职|工委|员会); a bureau's section before
// its own head's post stays whole on a roll. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

function orgs(text: string): string[] {
  const ctx = textContext(foldToSimplified(text));
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));
}

describe('a venue is a place, not a body', () => {
  it('a meeting centre, an exhibition centre, a hall', () => {
    expect(orgs('4月28日，某某县庆祝“五一”表彰大会在县会议中心举行。\n')).not.toContain('县会议中心');
    expect(orgs('大会在市行政中心一号会议厅召开。\n').some((o) => /行政中心|会议厅/.test(o))).toBe(false);
    expect(orgs('嵩明县表彰大会在县会展中心举行。\n')).not.toContain('县会展中心');
    expect(orgs('与会人员参观了县职工服务中心新建的劳模工匠展厅。\n')).not.toContain('劳模工匠展厅');
  });
  it('keeps: a centre that is a body, written after the venue or alone', () => {
    expect(orgs('大会在县会议中心举行，县职工服务中心作交流发言。\n')).toContain('县职工服务中心');
    expect(orgs('比赛在宣化区体育中心举行。\n')).toContain('宣化区体育中心');
  });
});

describe("an ending inside a longer word hides none that starts within it", () => {
  it("the union's women workers' committee (女职|工委|员会)", () => {
    expect(orgs('11月5日，县总工会女职工委员会举办“巾帼建功”主题活动。\n')).toContain('县总工会女职工委员会');
    expect(orgs('临潭县总工会女职工委员会开展普法宣传。\n')).toContain('临潭县总工会女职工委员会');
  });
  it('keeps: the union alone, and a committee that the scan always saw', () => {
    expect(orgs('临潭县总工会举办培训班。\n')).toContain('临潭县总工会');
    expect(orgs('近日，市科协青年工作委员会举办活动。\n')).toContain('市科协青年工作委员会');
  });
});

describe("a bureau's section before its own head's post, on a roll", () => {
  it('the section stays with its bureau', () => {
    expect(orgs('一、先进个人\n　　张丽华　县人社局职业能力建设股股长\n')).toContain('县人社局职业能力建设股');
  });
  it("keeps: a station before its head's post goes with the post", () => {
    const got = orgs('一、先进个人\n　　王建国　长汀县林业局林业站站长\n');
    expect(got).toContain('长汀县林业局');
    expect(got).not.toContain('长汀县林业局林业站');
  });
});

describe('a cooperative named by its place and a trade name the tagger cut', () => {
  it('the place at a boundary opens the name', () => {
    expect(orgs('| 2 | 兴山县云雾岭茶叶专业合作社 | 茶叶加工创新工作室 |\n')).toContain('兴山县云雾岭茶叶专业合作社');
    expect(orgs('依托单位为琼中百花岭绿橙专业合作社，领衔人王某。\n')).toContain('琼中百花岭绿橙专业合作社');
  });
  it('keeps: a kind of cooperative with no place stays out', () => {
    expect(orgs('全县新建种植专业合作社12个。\n')).toEqual([]);
  });
});
