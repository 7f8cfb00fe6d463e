// People, round 64: Mongolian and Tibetan names of five or six characters after 授予 and before 等 N 名, after a post,
// before a note and 是; two who lead 共同; an office holder who speaks 代表 the others — on lines
// written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';

const r = peopleRules();
const found = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}`);

describe('a Mongolian or Tibetan name of the usual parts, five or six characters long', () => {
  it('reads it after 授予 before 等 N 名', () => {
    expect(found('县总工会授予额尔敦巴雅尔等10名职工“某某县最美职工”称号。')).toEqual(['额尔敦巴雅尔/']);
  });
  it('reads it before a note and 是 with the post the clause ends with', () => {
    expect(found('朝鲁德力格尔（蒙古族）是某某县牧业有限公司的兽医，从业二十年。')).toEqual(['朝鲁德力格尔/兽医']);
  });
  it('reads it after a post, before the note', () => {
    expect(found('县医院麻醉科护士长斯琴其其格（女，蒙古族）牵头开展术后随访。')).toEqual(['斯琴其其格/麻醉科护士长']);
  });
  it('reads the new usual parts where a cue puts a name', () => {
    expect(found('编辑：那日松　审核：包丽华')).toEqual(['那日松/编辑', '包丽华/审核']);
    expect(found('畜牧师格桑东珠领衔的工作室选育良种。')).toEqual(['格桑东珠/畜牧师']);
  });
});

describe('共同 and 代表 after a post and a name', () => {
  it('ends the name before 共同', () => {
    expect(found('工作室由高级技师韩立新和技师曹秀兰共同领衔。').map((p) => p.split('/')[0])).toEqual(['韩立新', '曹秀兰']);
    expect(found('工作室由高级技师韩立新和技师曹秀兰共同领衔。')[1]).toBe('曹秀兰/技师');
  });
  it('ends the name of an office holder before 代表', () => {
    expect(found('座谈会上，县渔场工会主席苏和巴图代表职工作表态发言。')).toEqual(['苏和巴图/县渔场工会主席']);
  });
  it('leaves alone: an office and a count with no name', () => {
    expect(found('县总工会主席代表全体职工发言，授予先进集体等10个单位。')).toEqual([]);
  });
});
