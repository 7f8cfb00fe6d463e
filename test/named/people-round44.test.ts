// People, round 44: the role an honour gives the people it names where no reader states one — the holder right
// after a quoted title, and the names an annex groups (by town or trade) under the honour's own counted heading.
// Sentences written for this test (other places, other trades, other names).
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

/** name/role of every person the named family finds, in text order */
const people = (t: string) => extractAll(textContext(t), ['named']).entities.filter((e) => e.type === 'person').map((p) => `${p.name}/${p.role ?? ''}`);

const annex = [
  '附件',
  '',
  '获奖个人名单',
  '',
  '一、“平川工匠”（5名）',
  '机械制造行业（3名）：郦振华、房晓梅（女）、卞立山',
  '茶叶加工行业（2名）：柴明远、龚秀兰（女）',
  '',
  '二、平川县技术能手（2名）',
  '城南镇（2名）：鲁定邦　岑雪芳（女）',
].join('\n');

describe('names grouped under an honour\'s counted heading', () => {
  it('gives each name the heading\'s honour, not the group\'s label', () => {
    const got = people(annex);
    for (const n of ['郦振华', '房晓梅', '卞立山', '柴明远', '龚秀兰']) expect(got).toContain(`${n}/平川工匠`);
  });
  it('ends the stretch at the next numbered heading, which gives its own honour', () => {
    const got = people(annex);
    expect(got).toContain('鲁定邦/平川县技术能手');
    expect(got).toContain('岑雪芳/平川县技术能手');
  });
  it('keeps the post a name\'s note states', () => {
    const t = '附件\n\n一、平川县五一劳动奖章（2名）\n郦振华（平川机床厂装配钳工）、卞立山（城南镇茶叶站站长）';
    expect(people(t)).toEqual(['郦振华/平川机床厂装配钳工', '卞立山/城南镇茶叶站站长']);
  });
  it('gives no honour under a heading that counts units', () => {
    const t = '附件\n\n一、平川县工人先锋号（3个）\n机修班、质检班、包装班\n二、先进个人\n郦振华、房晓梅、卞立山';
    expect(people(t).filter((p) => p.endsWith('平川县工人先锋号'))).toEqual([]);
  });
});

describe('the holder right after a quoted title', () => {
  it('takes the title as role when nothing else is said of the person', () => {
    const t = '会上，“平川工匠”郦振华介绍了自己的攻关经历。';
    expect(people(t)).toContain('郦振华/平川工匠');
  });
  it('leaves a post the same mention states', () => {
    const t = '县机床厂装配车间主任、“平川工匠”郦振华介绍了经验。';
    expect(people(t).find((p) => p.startsWith('郦振华'))).not.toBe('郦振华/平川工匠');
  });
});

describe('a group of one under its counted label', () => {
  it('reads the lone name of a （1名） group, with its sex note', () => {
    const t = '附件\n\n一、“平川工匠”（3名）\n机械制造行业（2名）：郦振华、卞立山\n茶叶加工行业（1名）：龚秀兰（女）';
    expect(people(t)).toContain('龚秀兰/平川工匠');
  });
  it('takes no lone item that is no name', () => {
    const t = '附件\n\n一、先进集体（2个）\n机械制造行业（1名）：装配车间';
    expect(people(t)).toEqual([]);
  });
});

describe('a name with no Han surname after a byline cue', () => {
  it('reads a Yi name bounded by the next cue on the same line', () => {
    expect(people('送：县委办公室\n编辑：吉克拉达 核稿：蒋文秀')).toContain('吉克拉达/编辑');
  });
  it('reads no unit after the cue as a name', () => {
    expect(people('送：县委办公室\n编辑：县融媒体 核稿：蒋文秀').map((p) => p.split('/')[0])).not.toContain('县融媒体');
  });
});

describe('particulars in brackets, then the unit and the post', () => {
  const t = [
    '一、第一名获得者',
    '郦振华（男，汉族，1983年4月生，中共党员），平川县供电公司变电检修班班长，电工赛项第一名；',
    '那晓雯（女，满族，1990年2月生，群众），平川县城南镇茶叶专业合作社技术员，茶艺赛项第一名。',
  ].join('\n');
  it('takes the post from the clause after the bracket', () => {
    expect(people(t)).toContain('郦振华/变电检修班班长');
  });
  it('reads a name opening its line before the particulars though the rules know no such surname', () => {
    expect(people(t)).toContain('那晓雯/技术员');
  });
  it('reads no name inside a sentence before a bracket of particulars unless a surname vouches for it', () => {
    expect(people('据介绍，那些（女，满族）的说法并不准确。').map((p) => p.split('/')[0])).not.toContain('那些');
  });
});

describe('a Tibetan, Mongolian or Yi name after a post', () => {
  it('reads a name of usual parts after the post, closed by a word that ends names', () => {
    expect(people('据县人社局副局长那仁巴图介绍，今年已培训牧民820人次。').map((p) => p.split('/')[0])).toContain('那仁巴图');
  });
  it('prefers the whole name of parts to a Han surname reading its first part', () => {
    const got = people('会议由县总工会主席罗布旺堆同志主持。').map((p) => p.split('/')[0]);
    expect(got).toContain('罗布旺堆');
    expect(got).not.toContain('罗布');
  });
});
