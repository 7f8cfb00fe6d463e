// Round 41 (figures missed): sentences written for this test, in other places, bodies and figures than the
// genre corpus. Departments counted by their number, seats of a list, cases, pictures and orders in Arabic
// digits, pieces handed out after their noun, the generations of a craft family; and the 一 of an inventory
// (奖牌一块。) against the article 一 before a noun (一块奖牌) and a team's name (清扫一班).
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta } from '../../src/types.js';
import { run } from './subject-harness.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};

/** the figures of a text as "value unit" (folded first, as the pipeline reads it) */
function figures(written: string): string[] {
  const text = foldToSimplified(written);
  return extractQuantities({ text, meta, sections: [], pageAt: () => null }).map((q) => `${q.value}${q.unit}`);
}

describe('measure words read this round', () => {
  it('departments named by their number', () => {
    expect(figures('评选结果由县人社局等三部门联合发文公布。')).toContain('3部门');
  });
  it('seats a group holds in a list, in either script', () => {
    expect(figures('本届十名获奖者中，机电行业占了四席。')).toContain('4席');
    expect(figures('本屆評選中，紡織系統佔了7席。')).toContain('7席');
    expect(figures('该厂在行业内占有一席之地。')).toEqual([]);
  });
  it('cases, pictures and orders in Arabic digits, not the article 一幅', () => {
    expect(figures('她所在科室去年救治急危重症患者950余例。')).toContain('950例');
    expect(figures('展厅共展出老照片180余幅。')).toContain('180幅');
    expect(figures('合作社通过网店销售山货2.4万余单。')).toContain('24000单');
    expect(figures('共同描绘一幅乡村振兴的新画卷。')).toEqual([]);
  });
  it('pieces after their noun, none before it', () => {
    expect(figures('对获奖集体分别颁发奖牌一块。')).toContain('1块');
    expect(figures('他先后修复古旧雕版260余块。')).toContain('260块');
    expect(figures('表彰不只是发一块奖牌。')).toEqual([]);
  });
  it('the generations of a craft family, not 新一代 or 第四代', () => {
    expect(figures('他家祖孙四代都做竹编。')).toContain('4代');
    expect(figures('发展新一代信息技术产业。')).toEqual([]);
    expect(figures('他是这项技艺的第五代传承人。')).toEqual([]);
  });
});

describe('the 一 of an inventory against the article 一', () => {
  it('一名 closing a bracketed count is one person', () => {
    expect(figures('本次表彰先进个人十八名（含追授一名）。')).toContain('1名');
  });
  it('一项 closing a requirement is one item', () => {
    expect(figures('每个工作室每年至少申报一项。')).toContain('1项');
  });
  it('the article before a noun, 的一位 and a team name stay none', () => {
    expect(figures('完善一项职工帮扶办法。')).toEqual([]);
    expect(figures('李某是参赛队员里年纪最小的一位。')).toEqual([]);
    expect(figures('县环卫所城区清扫一班。')).toEqual([]);
  });
});

describe('subjects of the new figures', () => {
  run([
    ['评选结果由县人社局等三部门联合发文公布。', '三部门', '部门'],
    ['她所在科室去年救治急危重症患者950余例。', '950余例', '急危重症患者'],
    ['展厅共展出老照片180余幅。', '180余幅', '老照片'],
  ]);
});
