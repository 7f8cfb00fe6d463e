// Round 41 of issue 18 (honours): an annex table the normaliser wrote one cell a line with no 序号 column — a header of
// short labels, one naming honours (领衔人荣誉, 职业资格/荣誉), then rows of as many lines — gives each cell of that
// column as an honour its row's person holds; a count on the line after an honour is another cell's (9人), not its count.
// Text written for these tests.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const got = (text: string) =>
  confermentHonours(foldToSimplified(text), null, r, null).filter((h) => h.rule === 'conferment.attribute').map((h) => [h.name, h.count]);

describe('a one-cell-a-line table without row numbers', () => {
  it('reads the honours column of each row', () => {
    const text = '附件\n第一批长林县劳模创新工作室名单\n工作室名称\n领衔人\n领衔人荣誉\n依托单位\n' +
      '精密铸件劳模创新工作室\n甄立山\n湖东省劳动模范\n长林精工有限公司\n' +
      '茶叶初制劳模创新工作室\n卜秋兰\n高级技师、青原市技术能手\n长林茶业合作社\n抄送：县人社局';
    expect(got(text)).toEqual([['湖东省劳动模范', null], ['青原市技术能手', null]]);
  });
  it('reads the column whose head is written with a slash', () => {
    const text = '2025年度长林县技能大师工作室名单\n工作室\n负责人\n职业资格/荣誉\n成员数\n' +
      '焊接技能大师工作室\n甄立山\n高级技师、长林县技术能手\n9人\n';
    expect(got(text)).toEqual([['长林县技术能手', null]]);
  });
  it('stops at a sentence after the table and reads nothing from a header with no honours column', () => {
    const text = '名单如下\n工作室名称\n领衔人\n依托单位\n焊接工作室\n甄立山\n湖东省劳动模范\n';
    expect(got(text)).toEqual([]);
    const broken = '名单如下\n工作室名称\n领衔人\n领衔人荣誉\n焊接工作室\n甄立山\n会议要求各单位认真学习湖东省劳动模范的事迹。\n';
    expect(got(broken)).toEqual([]);
  });
});
