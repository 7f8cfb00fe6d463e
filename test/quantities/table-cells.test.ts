import { describe, expect, it } from 'vitest';
import { cellUnit, rateCellLabel } from '../../src/extract/quantities/table-cells.js';

const at = (text: string, n: string, from = 0) => {
  const s = text.indexOf(n, from);
  return cellUnit(text, s, s + n.length);
};

describe('a bare number in a table cell: its measure word in a label’s brackets', () => {
  it('a tab row under a head cell 成员（人）', () => {
    const t = '工作室名称\t领衔人\t成员（人）\t攻关项目（项）\n某某数控创新工作室\t王某\t16\t23\n';
    expect(at(t, '16')).toMatchObject({ word: '人', subject: '成员' });
    expect(at(t, '23')).toMatchObject({ word: '项', subject: '攻关项目' });
  });
  it('a row opened by its label (培训人数（人次） 5120 9000)', () => {
    const t = '项目 一季度 全年目标\n职工技能培训（人次）5120 9000\n';
    expect(at(t, '9000')).toMatchObject({ word: '人次', subject: '职工技能培训' });
  });
  it('an indicator row with a rate cell (指标 | 目标 | 完成 | 完成率): the figures and the rate take the label', () => {
    const t = '指标名称 年度目标 完成数 完成率\n新建职工书屋（家）12 15 125%\n帮扶困难职工（户）300 318 106%\n';
    expect(at(t, '15')).toMatchObject({ word: '家', subject: '新建职工书屋' });
    expect(at(t, '318')).toMatchObject({ word: '户', subject: '帮扶困难职工' });
    const s = t.indexOf('106%');
    expect(rateCellLabel(t, s, s + 4)).toMatchObject({ subject: '帮扶困难职工' });
    const w = '全市完成率（%）达到98%，高于上年。\n';
    expect(rateCellLabel(w, w.indexOf('98%'), w.indexOf('98%') + 3)).toBeNull();
  });
  it('no bracket over the column (序号), or a number inside a sentence: none', () => {
    expect(at('序号\t单位\t人数\n3\t某公司\t12\n', '3\t')).toBeNull();
    expect(at('全市培训（人次）共5120次，完成年度目标。\n', '5120')).toBeNull();
  });
});
