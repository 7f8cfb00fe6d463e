// A table whose rows open with their 序号 (1 某镇工会 3 under 序号 单位 推荐名额（名）), the normaliser gluing the row
// number, the label and the figure (1某镇工会3) and the head's cells (序号单位推荐名额（名）): each figure is its row
// label's count, a part of the 合计 row's figure in its column; a line after the total row is past the table.
import { describe, expect, it } from 'vitest';
import { cellUnit } from '../../src/extract/quantities/table-cells.js';
import { at, links } from './parts-harness.js';

const unit = (text: string, n: string, from = 0) => {
  const s = text.indexOf(n, from);
  return cellUnit(text, s, s + n.length);
};

const glued = '附件1\n推荐名额分配表\n序号单位推荐名额（名）\n1某镇总工会3\n2某街道工会2\n3某县教育局工会4\n合 计9\n附件2\n推荐审批表\n';

describe('a numbered table: the row number is no cell, the 序号 head no column', () => {
  it('glued rows and head: the figure is the row label’s, in the bracket’s measure word', () => {
    expect(unit(glued, '3', glued.indexOf('某镇'))).toMatchObject({ word: '名', subject: '某镇总工会' });
    expect(unit(glued, '4', glued.indexOf('某县'))).toMatchObject({ word: '名', subject: '某县教育局工会' });
    expect(unit(glued, '9')).toMatchObject({ word: '名', subject: '合计' });
  });
  it('a line after the total row (附件2) is no row of the table', () => {
    expect(unit(glued, '2', glued.indexOf('附件2'))).toBeNull();
  });
  it('spaced rows and head, two figure columns', () => {
    const t = '序号 单位 五一劳动奖章（名） 工人先锋号（个）\n1 某街道工会 2 1\n2 某镇工会 1 —\n合计 3 1\n';
    expect(unit(t, '1', t.indexOf('某街道'))).toMatchObject({ word: '个', subject: '某街道工会' });
    expect(unit(t, '1', t.indexOf('某镇'))).toMatchObject({ word: '名', subject: '某镇工会' });
  });
  it('numbered rows under a head without 序号 are not read so', () => {
    const t = '单位推荐名额（名）\n1某镇总工会3\n';
    expect(unit(t, '3')).toBeNull();
  });
  it('each row’s figure is a part of the 合计', () => {
    const l = links(glued);
    const total = at(glued, '9');
    expect(l[at(glued, '3', glued.indexOf('某镇'))]).toBe(total);
    expect(l[at(glued, '4', glued.indexOf('某县'))]).toBe(total);
    expect(l[total]).toBeNull();
  });
});

describe('a numbered table written one cell a line (a Markdown pipe table read so)', () => {
  it('the first row’s number under the head cells is no count of the last head cell', () => {
    const t = '序号\n单位\n推荐名额（名）\n1\n某镇总工会\n3\n';
    expect(unit(t, '1')).toBeNull();
  });
  it('a row opened by its bracketed label still reads its figure lines', () => {
    const t = '指标\n完成\n新建职工书屋（家）\n12\n';
    expect(unit(t, '12')).toMatchObject({ word: '家', subject: '新建职工书屋' });
  });
});
