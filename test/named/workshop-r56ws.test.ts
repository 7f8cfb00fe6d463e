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

describe('a title the workshop’s own sentence says it received or grew into', () => {
  it('gives the level of a title received (荣获“某省示范性…工作室”称号)', () => {
    const t = '今年，由主任医师宋明芳领衔的推拿康复职工创新工作室荣获“湖南省示范性职工创新工作室”称号。';
    expect(levelOf(t, '推拿康复职工创新工作室')).toBe('provincial');
  });
  it('gives the level of the title it has grown into (已成长为某市示范性…工作室)', () => {
    const t = '往届获奖选手中，“江苏工匠”季某某领衔的“精密数控加工职工创新工作室”已成长为盐城市示范性职工创新工作室，累计培养技师三十余名。';
    expect(levelOf(t, '精密数控加工职工创新工作室')).toBe('municipal');
  });
  it('reads the title past a clause that states its leader (…，由某某负责，今年被命名为 H)', () => {
    const t = '县人民医院依托胸痛中心成立的急诊急救职工创新工作室，由“青禾工匠”宋明芳负责，今年被命名为“省级示范性职工创新工作室”，工作室团队12人。';
    expect(levelOf(t, '急诊急救职工创新工作室')).toBe('provincial');
  });
  it('reads a later sentence whose subject is the workshop, a clause before 被 (工作室成立于2022年，今年被认定为 H)', () => {
    const t = '在江尾镇兰花产业园，由高级农艺师冼某某领衔的兰花组培技能大师工作室里，十几名学员正在练习无菌接种。工作室成立于2022年，今年被认定为“韶关市技能大师工作室”。';
    expect(levelOf(t, '兰花组培技能大师工作室')).toBe('municipal');
  });
});

describe('a workshop named twice in its sentence holds the later title', () => {
  it('gives the level of the title after 又 (2023年被县总工会命名为 A，今年又被省总工会命名为 B)', () => {
    const t = '符阿玉领衔的黎锦织造劳模创新工作室，2023年被县总工会命名为“县级劳模创新工作室”，今年5月又被省总工会命名为“海南省劳模和工匠人才创新工作室”，是全县第3个省级工作室。';
    expect(levelOf(t, '黎锦织造劳模创新工作室')).toBe('provincial');
  });
});
