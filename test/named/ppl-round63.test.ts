// People, round 63: an annex's rosters written in cells (a name and its note of sex and people, several to a line, or a
// Markdown table in two column pairs the ingester writes one cell a line), an annex list run into one line with ；
// between entries, a long introducing sentence that ends on a colon, and compound and rare surnames — on lines written
// for this test, each with what it must leave alone.
import { describe, expect, it } from 'vitest';
import { cuePeople, isName, peopleRules } from '../../src/extract/named/people-cues.js';
import { collapseSpaces, entryRunLine } from '../../src/normalize/text.js';

const r = peopleRules();
const found = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}`);

describe('a roster of names with notes of sex and people, in cells', () => {
  it('reads every noted name of a two-column line, and a bare name beside one', () => {
    const got = found('附件\n次仁多布（藏族）　　　　　卓玛拉姆（女，藏族）\n格来加措（藏族）　　　　　宋志平\n');
    expect(got).toEqual(expect.arrayContaining(['次仁多布/', '格来加措/', '宋志平/']));
  });
  it('reads a table written one cell a line, a bare name two lines from a noted one', () => {
    const got = found('姓名\n所在乡（镇）\n姓名\n所在乡（镇）\n杨德才（普米族）\n某某镇\n高建民\n某某乡\n和秀兰（女，纳西族）\n某某镇\n');
    expect(got).toEqual(expect.arrayContaining(['杨德才/', '高建民/']));
  });
  it('takes the craft or the unit and post of a line with one name', () => {
    expect(found('附件\n欧振华（女）　东风镇　剪纸\n陶国荣　　　　西关镇　木雕\n')).toEqual(expect.arrayContaining(['欧振华/剪纸', '陶国荣/木雕']));
  });
  it('leaves alone: a township cell, a note that is no sex or people, a bare name far from any note', () => {
    const got = found('附件\n石门镇　　　　李家村\n张明（副主任）　　某局\n');
    expect(got.some((x) => x.startsWith('石门镇') || x.startsWith('李家村'))).toBe(false);
    expect(found('会议纪要\n王建国　　某局\n\n\n\n此件公开\n')).not.toContain('王建国/');
  });
});

describe('an annex list run into one line, entries parted by ；', () => {
  it('keeps the space after each name and reads each entry', () => {
    const line = '于某生　某镇某村党支部书记；王秀丽（女）　某县第二中学教师；……（其余6名略）'.replace(/\u3000/g, ' ');
    expect(entryRunLine(line)).toBe(true);
    expect(collapseSpaces(line, true)).toContain('于某生 某镇');
    const got = found('附件：\n陶春生　某镇某村党支部书记；王秀丽（女）　某县第二中学教师；……（其余6名略）');
    expect(got).toEqual(expect.arrayContaining(['陶春生/某镇某村党支部书记', '王秀丽/某县第二中学教师']));
  });
  it('leaves alone: prose with ； and no name-space-unit entries', () => {
    expect(entryRunLine('加强组织领导；压实工作责任；强化督促检查。')).toBe(false);
    expect(entryRunLine('一是加强 组织领导；二是完善制度')).toBe(false);
  });
});

describe('a long sentence ending on a colon heads a post-first roster', () => {
  it('reads the names after their unit and post', () => {
    const got = found('经基层推荐、县总工会审核，拟推荐以下2名职工为2026年“某市五一劳动奖章”候选人：\n某某旅游发展有限公司导游部经理　汪某青\n某某种植专业合作社理事长　　　　蓝某富\n');
    expect(got).toEqual(['汪某青/某某旅游发展有限公司导游部经理', '蓝某富/某某种植专业合作社理事长']);
  });
});

describe('compound surnames outside the 百家姓 and rare single ones', () => {
  it('reads 贺兰, 纳兰 whole, and 仉, 缑', () => {
    expect(isName('贺兰雪梅', r) && isName('纳兰春生', r) && isName('仉国强', r) && isName('缑晓燕', r)).toBe(true);
    expect(isName('贺兰', r)).toBe(false);
    expect(found('编辑：贺兰晓东')).toEqual(['贺兰晓东/编辑']);
  });
});

describe('a name in running text with its note of sex and people, after a post or 的', () => {
  it('reads the name and the post before it', () => {
    expect(found('环卫工人乌日娅（女，蒙古族）负责主街道清扫十二年。')).toContain('乌日娅/环卫工人');
    expect(found('去年，县藏医院副主任医师卓玛吉（女，藏族）整理古方27项。').some((x) => x.endsWith('/副主任医师'))).toBe(true);
    expect(found('莲池镇的海振华（回族）是当地有名的养殖能手。')).toContain('海振华/');
  });
  it('leaves alone: a note after no post and no 的, a note that is no sex or people', () => {
    expect(found('我们调研了全县民族团结（藏族）情况。')).toEqual([]);
    expect(found('车间主任李明（兼）负责。').some((x) => x.startsWith('李明/') && x.includes('noted'))).toBe(false);
  });
});
