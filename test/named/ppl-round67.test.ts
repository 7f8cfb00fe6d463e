// People, round 67: an annex list that sets two entries side by side on a line, a compound surname that is also a
// word (南宫, 单于, 西门) where the layout puts a name, and the role an honour's list heading gives when its count
// stands on a line of its own — on lines written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { honourRoles } from '../../src/extract/named/honour-roles.js';
import type { Entity } from '../../src/types.js';

const r = peopleRules();
const names = (t: string) => cuePeople(t, r).map((p) => p.name).sort();

describe('two list entries side by side on one line', () => {
  it('reads every entry, a note glued to the unit or not', () => {
    const t = '附件\n名单\n李德胜 某某县农产品加工厂 王丽瑶（女）某某县人民医院\n冯立国 某某县包装制品有限公司 赵国强 某某县饲料有限公司';
    expect(names(t)).toEqual(['冯立国', '李德胜', '王丽瑶', '赵国强'].sort());
  });
  it('reads numbered entries whose next row number the normaliser glued to the unit', () => {
    const t = '名单\n1．马玉山 某某器械有限公司2．王春红（女） 某某皮草制品有限公司\n3．周立国 某某汽车配件有限公司4．耿海龙 某某县鑫宇加工厂';
    expect(names(t)).toEqual(['周立国', '王春红', '耿海龙', '马玉山'].sort());
  });
  it('leaves a line alone where a cell after a name is no unit', () => {
    expect(names('李德胜 同意 王丽瑶 反对')).toEqual([]);
  });
});

describe('a compound surname that is also a word', () => {
  it('is read whole in a list cell', () => {
    expect(names('名单\n单于振华 某某县宏图印刷有限公司 西门浩然 某某县皮草制品有限公司')).toEqual(['单于振华', '西门浩然'].sort());
  });
  it('is read as no name in running text, nor its second character as a surname', () => {
    expect(names('他从南宫市来，在南宫志远的带领下工作。')).not.toContain('宫志远');
  });
});

describe('the role a counted list heading gives', () => {
  const person = (text: string, name: string): Entity => {
    const start = text.indexOf(name);
    return { type: 'person', name, canonical: name, role: null, text: name, start, end: start + name.length, rule: 'person.list-line' };
  };
  it('gives the honour to names under a heading whose count stands on the next line', () => {
    const text = '附件\n2025年度“某某工匠”名单\n（共2名，按姓氏笔画排序）\n李德胜 某某县加工厂 王丽瑶 某某县人民医院';
    const start = text.indexOf('2025');
    const award = { name: '某某工匠', count: 2, start, end: text.indexOf('）') + 1, rule: 'conferment.list-heading' };
    const got = honourRoles(text, [award], [person(text, '李德胜'), person(text, '王丽瑶')]);
    expect(got.map((p) => p.role)).toEqual(['某某工匠', '某某工匠']);
  });
  it('gives nothing under a heading that counts units', () => {
    const text = '附件\n“某某工作室”名单\n（共2个）\n李德胜 某某县加工厂';
    const award = { name: '某某工作室', count: 2, start: 3, end: text.indexOf('）') + 1, rule: 'conferment.list-heading' };
    expect(honourRoles(text, [award], [person(text, '李德胜')])[0].role).toBeNull();
  });
});

describe('a table row whose rank the normaliser glued to the name', () => {
  it('reads the name after the number under a head with a rank column', () => {
    const t = '项目 名次 姓名 单位 等次\n盐业生产1李海波 某某县盐业有限公司 一等奖\n盐业生产2左丘志刚 某某县盐业有限公司 二等奖';
    expect(names(t)).toEqual(['左丘志刚', '李海波'].sort());
  });
});

describe('a compound surname after a quoted honour', () => {
  it('reads the whole name, a cue-only compound surname too', () => {
    expect(names('工作室由“某某工匠”赫连振宇和高级工程师凌晓峰共同领衔。')).toEqual(['凌晓峰', '赫连振宇'].sort());
    expect(names('领衔人是“某某工匠”南宫志远，工作室现有成员21人。')).toEqual(['南宫志远']);
  });
});

describe('a byline label before a compound surname that is also a word', () => {
  it('reads the name whole', () => {
    expect(names('来源：某某日报　记者：南宫立信　通讯员：何翠萍')).toEqual(['何翠萍', '南宫立信'].sort());
  });
});

describe('no given name of an adverb of doing together, no name of a modal', () => {
  it('reads no 范共同 and no 应当', () => {
    expect(names('其中两名省劳动模范共同领衔的工作室完成攻关5项。领衔人应当是县级以上劳动模范。')).toEqual([]);
  });
});
