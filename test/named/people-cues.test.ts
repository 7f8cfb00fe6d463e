// rules/people-cues.yaml: every example through the cue readers; the merge with the entities.
import { describe, expect, it } from 'vitest';
import { cuePeople, isName, mergePeople, peopleRules, studioWord } from '../../src/extract/named/people-cues.js';
import type { Entity } from '../../src/types.js';

const r = peopleRules();

describe('rules/people-cues.yaml examples', () => {
  for (const p of r.cues.examples.positive) {
    it(p.text, () => {
      const got = cuePeople(p.text, r);
      expect(got.map((x) => x.name)).toEqual(p.names);
      expect(got.map((x) => x.role)).toEqual(p.roles);
      // a padded two-character name (陈\u3000丹) spans its padding
      for (const x of got) expect(p.text.slice(x.start, x.end).replace(/[\s\u3000]/g, '')).toBe(x.name);
    });
  }
  for (const n of r.cues.examples.negative) it(`no person: ${n}`, () => expect(cuePeople(n, r)).toEqual([]));
});

describe('names', () => {
  it('takes surname + one or two characters, double surnames and transcriptions with ·', () => {
    expect(isName('楼建军', r)).toBe(true);
    expect(isName('欧阳明华', r)).toBe(true);
    expect(isName('古丽娜尔·艾力', r)).toBe(true);
    expect(isName('文化', r)).toBe(true); // shape only: the cue decides, never running text
    expect(isName('王某某某', r)).toBe(false);
    expect(isName('市总工会', r)).toBe(false);
  });
  it('reads a byline whose spaces the normaliser removed', () => {
    expect(cuePeople('（记者陈嘉怡通讯员黄伟）近日，广州市总工会印发通知。', r).map((x) => [x.name, x.role])).toEqual([['陈嘉怡', '记者'], ['黄伟', '通讯员']]);
  });
});

describe('mergePeople', () => {
  it('cuts a list line name off the organisation that swallowed it', () => {
    const text = '金丽华 宁波舟山港股份有限公司桥吊司机';
    const org: Entity = { type: 'org', name: '金丽华 宁波舟山港股份有限公司', canonical: '金丽华宁波舟山港股份有限公司', role: null, text: '金丽华 宁波舟山港股份有限公司', start: 0, end: 15, rule: 'org.suffix' };
    const out = mergePeople([org], cuePeople(text, r), text);
    expect(out.find((e) => e.type === 'org')).toMatchObject({ canonical: '宁波舟山港股份有限公司', start: 4, text: '宁波舟山港股份有限公司' });
    expect(out.find((e) => e.type === 'person')).toMatchObject({ name: '金丽华', role: '宁波舟山港股份有限公司桥吊司机' });
  });
});

describe('posts held together', () => {
  const person = (name: string, role: string, start: number): Entity => ({ type: 'person', name, canonical: name, role, text: name, start, end: start + name.length, rule: 'person.role' });
  it('gives the whole chain of posts before a name as the role', () => {
    const text = '市总工会党组成员、副主席严立鹏带队调研。';
    expect(mergePeople([person('严立鹏', '副主席', 12)], [], text, r)[0].role).toBe('市总工会党组成员、副主席');
  });
  it('stops at a name: two people each with their post', () => {
    const text = '县长邱文涛、副县长蓝海燕出席会议。';
    expect(mergePeople([person('蓝海燕', '副县长', 9)], [], text, r)[0].role).toBe('副县长');
  });
  it('leaves out what opens the clause (会议由, 县长某某和)', () => {
    const text = '县长邱文涛和县委常委、副县长蓝海燕出席会议。';
    expect(mergePeople([person('蓝海燕', '副县长', 14)], [], text, r)[0].role).toBe('县委常委、副县长');
  });
});

describe('words that are no name', () => {
  it('drops a people or a level a name reader took (壮族、苗族同志, 师级工作室)', () => {
    const text = '其中女性4名，壮族、苗族同志3名。';
    const miao: Entity = { type: 'person', name: '苗族', canonical: '苗族', role: null, text: '苗族', start: 10, end: 12, rule: 'person.comrade' };
    expect(mergePeople([miao], [], text, r)).toEqual([]);
    expect(studioWord('师级', r)).toBe(true);
    expect(studioWord('师傅', r)).toBe(true);
    expect(studioWord('龙光荣', r)).toBe(false);
  });
});

describe('table columns', () => {
  it('reads the last column when two cells before it were glued together', () => {
    const t = '序号 单位 工作室名称 领衔人\n1 某某矿业集团有限公司 曹建华职工创新工作室 曹建华\n2某某能源有限公司“旭日”职工创新工作室 尹丽\n';
    expect(cuePeople(t, r).filter((p) => p.rule === 'person.table-column').map((p) => [p.name, p.role])).toEqual([['曹建华', '领衔人'], ['尹丽', '领衔人']]);
  });
});

describe('a 、-list its count after 等 counts item for item', () => {
  const r = peopleRules();
  it('vouches for an item with no Han surname (a Tibetan or Yi name) when most items are names', () => {
    const names = cuePeople('会上为王建林、杨拉姆措、石建国、阿说莫色、马文华等5名同志颁发证书。', r).map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['杨拉姆措', '阿说莫色', '马文华']));
  });
  it('reads nothing new when the count does not match the items', () => {
    const names = cuePeople('会上为王建林、杨拉姆措、石建国等5名同志颁发证书。', r).map((x) => x.name);
    expect(names).not.toContain('杨拉姆措');
  });
});
