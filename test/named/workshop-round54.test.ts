// Round 54 (named workshops): sentences written for this test, with places, crafts and people of their own.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { sameLevel } from '../../src/extract/named/workshop-names.js';
import type { Workshop } from '../../src/types.js';

/** the named workshops of `text` as [name, type, level, leader], the whole named family run */
const named = (text: string) =>
  extractAll(textContext(text), ['named']).workshops.filter((w) => w.name).map((w) => [w.name, w.type, w.level, w.leader]);

describe('a craft workshop that opens its clause with its leader labelled right after it', () => {
  const t = '县总工会命名某某公司数控车削技能大师工作室等4个工作室为县级技能大师工作室。这4个工作室中，有企业3个、医疗机构1个。' +
    '其中，锅炉管道焊接技能大师工作室领衔人郑明远是全县唯一的全国技术能手，今年带徒12名。';
  it('names the workshop the subject of 其中，… and its leader the person after the label', () => {
    expect(named(t).map(([n, , , l]) => [n, l])).toContainEqual(['锅炉管道焊接技能大师工作室', '郑明远']);
  });
  it('takes no clause of talk before the label for a name (工作室领衔人 inside a clause of its own)', () => {
    const talk = '会议要求，各工作室领衔人要带头攻关。今年郑明远带徒12名。';
    expect(named(talk)).toEqual([]);
  });
});

describe('a short form of a workshop named in full at a level keeps that level (sameLevel)', () => {
  const ws = (name: string, level: Workshop['level']): Workshop =>
    ({ name, type: '劳模创新工作室', level, leader: null, count: null, text: name, start: 0, end: name.length }) as Workshop;
  it('gives the later mention without its county the level of the full name', () => {
    const out = sameLevel([ws('永嘉县精密铸造劳模创新工作室', 'municipal'), ws('精密铸造劳模创新工作室', null)]);
    expect(out.map((w) => w.level)).toEqual(['municipal', 'municipal']);
  });
  it('gives none where two full names it ends were named at different levels', () => {
    const out = sameLevel([ws('永嘉县精密铸造劳模创新工作室', 'provincial'), ws('某某公司精密铸造劳模创新工作室', 'municipal'), ws('精密铸造劳模创新工作室', null)]);
    expect(out[2].level).toBeNull();
  });
  it('reads no type alone with a character before it as a short form (铸造|劳模创新工作室 is no craft of two)', () => {
    const out = sameLevel([ws('永嘉县精密铸造劳模创新工作室', 'municipal'), ws('造劳模创新工作室', null)]);
    expect(out[1].level).toBeNull();
  });
});
