// Round 42 of issue 18: a leader whose name no surname list holds, standing between a quoted honour and a lead verb or
// after a leader's label and a quoted honour; a conferment that lists its workshops with 、 and closes with their count;
// a unit's last character that opens a word of the craft; a quoted motto and a long craft as the object of 认定.
// Sentences written for these tests (other places, other trades, other names).
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

/** the named workshops the whole named family finds, with leader and level */
const run = (t: string) => extractAll(textContext(t), ['named']).workshops.filter((w) => w.name).map((w) => [w.name, w.leader, w.level]);

describe('a leader in the slot after a quoted honour', () => {
  it('由“某某能手”+a Mongolian name+领衔的 before the craft', () => {
    const t = '由“草原技术能手”巴雅尔图领衔的奶食制作技能大师工作室，2022年被认定为市级技能大师工作室。';
    expect(run(t)[0]?.slice(0, 2)).toEqual(['奶食制作技能大师工作室', '巴雅尔图']);
  });
  it('带头人为“某某首席技师”+a Dai name, the clause closed by a comma', () => {
    const t = '依托某某茶叶合作社建立的普洱茶拼配技能大师工作室，带头人为“边疆首席技师”岩温香，已培养徒弟40名。';
    expect(run(t)).toEqual([['普洱茶拼配技能大师工作室', '岩温香', null]]);
  });
  it('a transcribed name after the quoted honour in the clause after the name', () => {
    const t = '“雪莲”毡绣技能大师工作室由“天山工匠”古丽娜·吐尔洪领衔，依托某乡刺绣合作社建立。';
    expect(run(t)).toEqual([['“雪莲”毡绣技能大师工作室', '古丽娜·吐尔洪', null]]);
  });
  it('a unit named after the quoted honour is no leader', () => {
    const t = '由“先进集体”县农机推广站领衔的农机维修技能大师工作室，今年被认定为县级技能大师工作室。';
    expect(run(t).map(([, l]) => l)).not.toContain('县农机推广站');
  });
});

describe('the items of a conferment closed by their count', () => {
  it('认定A、B等2个工作室为县级…: both named, both at the county level', () => {
    const t = '日前，县人社局认定“青稞香”藏式糕点制作技能大师工作室、牦牛绒纺织技能大师工作室等2个工作室为县级技能大师工作室。';
    expect(run(t)).toEqual([
      ['“青稞香”藏式糕点制作技能大师工作室', null, 'county'],
      ['牦牛绒纺织技能大师工作室', null, 'county'],
    ]);
  });
  it('without the closing count the second item is not read', () => {
    const t = '县人社局将继续支持“青稞香”藏式糕点制作技能大师工作室、牦牛绒纺织技能大师工作室建设。';
    expect(run(t).map(([n]) => n)).not.toContain('牦牛绒纺织技能大师工作室');
  });
});

describe('a unit character that opens a word of the craft', () => {
  it('冰雪|场馆|维护 is one craft, not a unit 冰雪场 and a craft 馆维护', () => {
    const t = '区总工会为果树嫁接职工创新工作室、冰雪场馆维护职工创新工作室等6个工作室授牌。';
    expect(run(t).map(([n]) => n)).toContain('冰雪场馆维护职工创新工作室');
  });
});

describe('a name quoted whole', () => {
  it('a unit character inside the quotation marks does not cut it', () => {
    const t = '“芯片模组检测创新工作室”（主持人：某某电子有限公司检测车间主任严明辉）成立仅一年。';
    expect(run(t).map(([n]) => n)).toEqual(['芯片模组检测创新工作室']);
  });
});
