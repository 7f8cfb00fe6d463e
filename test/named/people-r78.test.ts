// Round 78 (people): names of no surname after a person noun, and the posts of a county bureau's section and of a
// hotel's shift in an annex's bracketed list lines — on lines written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';

const r = peopleRules();
const people = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}`);

describe('a name of two usual parts after a person noun', () => {
  it('reads it whatever follows, with the noun as the role', () => {
    expect(people('某村的牧民达瓦次仁一家去年开起了民宿。')).toEqual(['达瓦次仁/牧民']);
    expect(people('某乡的牧民拉巴卓嘎腿有残疾，今年当上了管护员。')).toEqual(['拉巴卓嘎/牧民']);
    expect(people('牧民工巴图朝鲁患病住院时，镇工联帮他申请了救助。')).toEqual(['巴图朝鲁/牧民工']);
  });
  it('closes a Mongolian name with its closing syllable after two parts', () => {
    expect(people('旗医院医生那仁朝克图介绍，义诊共三天。').map((p) => p.split('/')[0])).toEqual(['那仁朝克图']);
  });
  it('reads the son after a kin word, without a role', () => {
    expect(people('工作室由老艺人扎西多吉和他的儿子扎西次旦共同领衔。').map((p) => p.split('/')[0])).toEqual(['扎西多吉', '扎西次旦']);
  });
  it('reads no single part or common word after a noun', () => {
    expect(people('全县牧民乌兰牧骑演出队来了。')).toEqual([]);
    expect(cuePeople('职工达瓦说得好。', r).filter((p) => p.rule === 'person.parts-after-noun')).toEqual([]);
  });
});

describe('the posts of a section and a shift on a bracketed list line', () => {
  it('reads the name with the section and its head, the department and its shift leader', () => {
    expect(people('闵晓丽（某县税务局纳税服务股副股长）')).toEqual(['闵晓丽/纳税服务股副股长']);
    expect(people('马秀英（某县某某宾馆客房部领班）')).toEqual(['马秀英/客房部领班']);
  });
});

describe('a byline closed by a name no surname list knows, and a Yi name in a prize list', () => {
  it('reads the writer after the department in a bracketed byline', () => {
    expect(people('（县总工会经济技术部　茶丽娟）').map((p) => p.split('/')[0])).toEqual(['茶丽娟']);
  });
  it('reads no department word as a writer', () => {
    expect(people('（县总工会经济技术部　供稿）')).toEqual([]);
  });
  it('reads a Yi name opened by its clan part that ends as a post ends, with the tier', () => {
    expect(people('二等奖：解建波（县交通运输局养护站）、日火日者（某某路桥工程有限公司）')).toEqual(['解建波/二等奖', '日火日者/二等奖']);
  });
});
