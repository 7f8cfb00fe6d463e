// Contest winners listed by prize tier (round 76): a tier's label or heading line gives each winner's role; a note's
// post wins over it; the normaliser keeps a labelled line of `unit name；unit name` entries apart and spaced.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { unitEntryLine } from '../../src/normalize/text.js';

const r = peopleRules();
const people = (t: string) => cuePeople(t, r).map((p) => [p.name, p.role]);

describe('prize lists', () => {
  it('reads a tier label before winners with their units, a tie note aside', () => {
    expect(people('三等奖：尔古日哈（巴普镇某餐馆）、施丽娟（县机关食堂）、俄底伍呷（县宾馆）（第三名并列）')).toEqual([
      ['尔古日哈', '三等奖'], ['施丽娟', '三等奖'], ['俄底伍呷', '三等奖']]);
  });

  it('keeps the post a note gives over the tier', () => {
    expect(people('一等奖（2名）：王振宇（电工）　李秀兰（养老护理员）')).toEqual([['王振宇', '电工'], ['李秀兰', '养老护理员']]);
  });

  it('reads event lines under a tier heading until a line of another kind', () => {
    const t = '二等奖（4名）\n电 工：某县水务集团 王永军；某县投资公司 岑光耀\n三等奖（3名）\n电 工：杨成林、梁永刚、陆思远\n二、优秀组织奖（2个）\n莲城镇总工会 八宝镇总工会';
    expect(people(t)).toEqual([['王永军', '二等奖'], ['岑光耀', '二等奖'], ['杨成林', '三等奖'], ['梁永刚', '三等奖'], ['陆思远', '三等奖']]);
  });

  it('takes no team prize or organiser prize for a tier', () => {
    expect(people('团体一等奖：县供电公司代表队、县人民医院代表队')).toEqual([]);
  });
});

describe('unit-first entry lines', () => {
  it('is a labelled line of unit and name entries parted by ；', () => {
    expect(unitEntryLine('电 工：某县水务集团 王永军；某县投资公司 岑光耀')).toBe(true);
    expect(unitEntryLine('油茶种植管护：者兔乡林业站 陆阿四；杨柳井乡示范基地 马正云')).toBe(true);
  });
  it('is no sentence with a semicolon', () => {
    expect(unitEntryLine('全县参赛选手226名；获奖选手平均成绩87.2分')).toBe(false);
  });
});
