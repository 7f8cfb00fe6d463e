// People, round 18 of issue 18: annex list lines that say more of their person than name, unit and post — a sex
// and a people column after a padded name, a date of birth, and a line of name, unit with post, and grade parted
// by commas; on lines written for this test, each with what it must leave alone.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { collapseSpaces, foldWidth, titleLikeLine } from '../../src/normalize/text.js';

const r = peopleRules();
const people = (text: string) => cuePeople(text, r).map((p) => [p.name, p.role]);
/** a line as the normaliser hands it over */
const norm = (raw: string) => { const line = foldWidth(raw); return collapseSpaces(line, titleLikeLine(line)); };

describe('a padded name before a sex column is a table row, not letter-spacing', () => {
  it('keeps the cells apart', () => {
    expect(norm('纳　强　　男　　　回族　　某某建设工程有限公司项目经理')).toBe('纳 强 男 回族 某某建设工程有限公司项目经理');
    expect(norm('白  露    女    汉族    某某市第三小学教师')).toBe('白 露 女 汉族 某某市第三小学教师');
    expect(norm('丁　宁　　女　　某某县人民医院护士长')).toBe('丁 宁 女 某某县人民医院护士长');
  });
  it('keeps: letter-spaced words of one character each are still closed up', () => {
    expect(norm('男　女　老　少')).toBe('男女老少');
    expect(norm('表　彰　名　单')).toBe('表彰名单');
  });
});

describe('the sex, people and birth cells of a list line are not its unit', () => {
  it('reads the person with the post at the end of the unit', () => {
    const text = ['名单', '', '马德成 男 回族 某某发电有限公司热控专工', '纳强 男 回族 某某建设工程有限公司钢筋工班长', '苏晓梅 女 1986.07 某某市第二中学教师'].join('\n');
    expect(people(text)).toEqual(expect.arrayContaining([['马德成', '某某发电有限公司热控专工'], ['纳强', '某某建设工程有限公司钢筋工班长'], ['苏晓梅', '某某市第二中学教师']]));
  });
  it('leaves alone: a line of words with no unit', () => {
    expect(people('男 女 老 少\n春 夏 秋 冬')).toEqual([]);
  });
});

describe('a list line of name, unit with post and grade parted by commas', () => {
  it('reads the person with the post, not the grade', () => {
    const text = ['一、某市工匠（3名）', '吕长河，某某水产食品有限公司冷冻加工车间主任，高级技师', '邵春燕（女），某某县海参养殖场育苗技术员，技师', '曹德彬，某某建筑工程有限公司钢筋工，高级工'].join('\n');
    expect(people(text)).toEqual(expect.arrayContaining([['吕长河', '某某水产食品有限公司冷冻加工车间主任'], ['邵春燕', '某某县海参养殖场育苗技术员'], ['曹德彬', '某某建筑工程有限公司钢筋工']]));
  });
  it('leaves alone: a sentence with commas and no unit, and a line that opens with a place', () => {
    expect(people('同时，各乡镇要加强组织领导，确保工作落实')).toEqual([]);
    expect(people('各乡镇，市直各单位，各有关企业')).toEqual([]);
  });
});

describe('one byline cue before several names parted by 、 or ，', () => {
  it('reads each name with the cue as its role', () => {
    expect(people('市总工会开展送技能下乡活动\n（通讯员：龙晓梅、石建荣）\n')).toEqual(expect.arrayContaining([['龙晓梅', '通讯员'], ['石建荣', '通讯员']]));
    expect(people('县总工会举办职工运动会\n（记者 潘立群，吴秀英）\n')).toEqual(expect.arrayContaining([['潘立群', '记者'], ['吴秀英', '记者']]));
    expect(people('本刊讯（通讯员　蒋海波、田　宁、柯文静）近日，')).toEqual(expect.arrayContaining([['蒋海波', '通讯员'], ['柯文静', '通讯员']]));
  });
  it('leaves alone: words after the cue that are no names', () => {
    expect(people('（通讯员：市总工会办公室、宣传部）').filter(([n]) => /办公室|宣传部/.test(n ?? ''))).toEqual([]);
  });
});

describe('a posts column headed with a note in brackets', () => {
  it('gives each row its unit with the post, as the cell writes it', () => {
    const text = ['名单', '', '姓　名　　性别　　民族　　工作单位及职务（岗位）', '马德成　　男　　　回族　　某某发电有限公司热控专工', '韩立东　　男　　　汉族　　某某县供电公司继电保护工', '王秀君　　女　　　汉族　　某某县人民医院护士长'].join('\n');
    expect(people(text)).toEqual([['马德成', '某某发电有限公司热控专工'], ['韩立东', '某某县供电公司继电保护工'], ['王秀君', '某某县人民医院护士长']]);
  });
});
