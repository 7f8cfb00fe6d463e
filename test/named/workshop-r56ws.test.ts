// Round 56 (named workshops, type and level): sentences written for this test, with places, crafts and people of their own.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

/** the named workshops of `text` as [name, type, level], the whole named family run */
const named = (text: string) =>
  extractAll(textContext(text), ['named']).workshops.filter((w) => w.name).map((w) => [w.name, w.type, w.level]);
const levelOf = (text: string, name: string) => named(text).find(([n]) => n === name)?.[2];

describe('a workshop built with no body written to build it holds no level of the issuer', () => {
  it('gives none to one a unit or a workshop floor set up (车间还设立了…)', () => {
    const t = '今年，车间还设立了由高级技师宋明芳领办的“青染”蓝印花布工匠工作室，每月组织培训2次。';
    expect(levelOf(t, '“青染”蓝印花布工匠工作室')).toBeNull();
  });
  it('gives none to one newly founded with no founder written (新成立的…)', () => {
    const t = '今年新成立的“青染”蓝印花布工匠工作室由县农技中心农艺师宋明芳负责。';
    expect(levelOf(t, '“青染”蓝印花布工匠工作室')).toBeNull();
  });
  it('keeps the level of a union written as the one that set it up (县总工会…设立…)', () => {
    const t = '今年，县总工会依托某某织造合作社成立了“青染”蓝印花布工匠工作室，给予建设经费2万元。';
    expect(levelOf(t, '“青染”蓝印花布工匠工作室')).toBe('county');
  });
});

describe('a workshop a report tells of after a phrase that refers back to those it conferred', () => {
  const conferred = '10月9日，县总工会召开命名大会，命名某某公司精密锻压劳模创新工作室等4个工作室为2025年度县级劳模创新工作室。\n';
  it('gives the workshops after 本次命名的N个工作室中 the conferment’s level', () => {
    const t = conferred + '本次命名的4个工作室中，企业3个、医院1个。其中，由县劳动模范冯立新领衔的果蔬冷链创新工作室今年完成攻关5项。';
    expect(levelOf(t, '果蔬冷链创新工作室')).toBe('county');
  });
  it('gives it to one its own sentence puts among them (此次也在命名之列)', () => {
    const t = conferred + '会上，由冯立新领衔的果蔬冷链创新工作室此次也在命名之列，已带徒12人。';
    expect(levelOf(t, '果蔬冷链创新工作室')).toBe('county');
  });
  it('gives none to one of another kind (a 技能大师工作室 after a 劳模创新工作室 conferment)', () => {
    const t = conferred + '本次命名的工作室分布在制造、医疗等行业。某某公司“精锻”技能大师工作室今年开展攻关16项。';
    expect(levelOf(t, '“精锻”技能大师工作室')).toBeNull();
  });
  it('gives none to one its own clause puts off (暂缓命名)', () => {
    const t = conferred + '本次命名的4个工作室中，企业3个；另有果蔬冷链创新工作室等2个工作室因材料不全暂缓命名。';
    expect(levelOf(t, '果蔬冷链创新工作室') ?? null).toBeNull();
  });
});
