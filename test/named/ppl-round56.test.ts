// People, round 56: a name after a post and before an adverb (就, 刚, 所带, 等), a note in brackets or a reason (因);
// the speaker after a quotation; X同志 after 的 or a quoted honour and with a name of the usual parts; a table head
// with no row numbers glued into one cell; a studio's leader with a note of particulars; counted lists of long
// transcribed names — on lines written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { extractEntities } from '../../src/extract/entities.js';
import { textContext } from '../../src/extract/named/doc.js';

const r = peopleRules();
const found = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}`);
const comrades = (t: string) => extractEntities(textContext(t)).filter((e) => e.type === 'person').map((e) => e.name);

describe('a post, the name, then an adverb, a note or a count', () => {
  it('ends the name before 就, 刚, 所带, 等 and a bracket', () => {
    expect(found('某某镇果树种植户邝春梅就是其中之一。')).toEqual(['邝春梅/果树种植户']);
    expect(found('在镇上的一家饭店，厨师蒲立新刚从培训班结业。')).toEqual(['蒲立新/厨师']);
    expect(found('某某县医院的护士长阚秀云所带团队获评先进。')).toEqual(['阚秀云/护士长']);
    expect(found('授予某某有限公司电焊工乌云巴图等6名职工称号。')).toEqual(['乌云巴图/电焊工']);
    expect(found('苗族茶农龙秀芝（女）是今年的“某某工匠”。')).toEqual(['龙秀芝/苗族茶农']);
  });
  it('reads a candidate left off a list and the place a winner comes from', () => {
    expect(found('另有候选人滕志国因已获省级表彰，不再重复表彰。')).toEqual(['滕志国/候选人']);
    expect(found('焊工项目第一名邰建新来自某某重工有限公司。')).toEqual(['邰建新/']);
  });
  it('leaves alone: a post before a common word, an address', () => {
    expect(found('积极创建青年文明号，青年文明号创建活动深入开展。')).toEqual([]);
    expect(found('原某某物流公司驾驶员张某因违法被追究责任。')).toEqual([]);
  });
});

describe('the speaker after a quotation', () => {
  it('reads the name after the closing quote, after a place and 的, or opening a paragraph', () => {
    expect(found('“订单多了，收入也高了。”某某乡某某村的韦秀兰说。')).toEqual(['韦秀兰/']);
    expect(found('　　蒙建华说，明年还要扩大规模。')).toEqual(['蒙建华/']);
  });
  it('leaves alone: a word of address, a word of the dictionary', () => {
    expect(found('“好着呢。”王大姐说。')).toEqual([]);
    expect(found('“我们会继续努力。”有关负责人表示。')).toEqual([]);
  });
});

describe('X同志 after 的 or a quoted honour', () => {
  it('reads a Han name after 的, a name of the usual parts after a quote', () => {
    expect(comrades('已被授予“某省三八红旗手”称号的朴春花同志，此次不再重复表彰。')).toEqual(['朴春花']);
    expect(comrades('村党支部书记、“某某劳动模范”次仁多吉同志带领群众种茶。')).toContain('次仁多吉');
  });
  it('leaves alone: the whole staff', () => {
    expect(comrades('会议要求，全体同志要认真学习。')).toEqual([]);
  });
});

describe('tables and rosters', () => {
  it('cuts a head with no row numbers glued into one cell, joins a letter-spaced first cell', () => {
    const t = '获奖名单\n赛项姓名工作单位\n茶艺师 邝秀英 某某茶业有限公司\n电 工 阚立军 某某供电公司\n';
    expect(found(t)).toEqual(['邝秀英/茶艺师', '阚立军/电工']);
  });
  it('reads a studio\'s leader with a note of particulars', () => {
    expect(found('带头人分别为：竹编技能大师工作室蒙立华（侗族，某某县某某合作社竹编技师，“某某工匠”）。')).toEqual(['蒙立华/竹编技师']);
  });
  it('reads a counted list of comrades with long transcribed names', () => {
    expect(found('县人社局确定阿依努尔·买买提、邰立新、热依拉艾买提、古丽娜尔·吐尔逊4名同志为首席技师。').map((x) => x.split('/')[0]))
      .toEqual(['阿依努尔·买买提', '邰立新', '热依拉艾买提', '古丽娜尔·吐尔逊']);
    expect(found('会上，次仁多吉、邰丽华、格桑曲吉三位同志作了发言。').map((x) => x.split('/')[0])).toEqual(['次仁多吉', '邰丽华', '格桑曲吉']);
  });
  it('reads the writer a byline label names alone, a name no surname list knows', () => {
    expect(found('来源：某县总工会　　作者：娜梅　　发布时间：2025-11-06')).toEqual(['娜梅/作者']);
    expect(found('编辑：小编\n审核：通过后公布')).toEqual([]);
  });
});

describe("a contest's result list (round 69)", () => {
  it('gives each winner the tier of the 等次 column as the role, before the event column', () => {
    const t = '赛项　名次　等次　姓名　单位\n管道焊接1一等奖　诸葛文涛　某某管道装备有限公司\n管道焊接2二等奖　赫连秀英　某某管件制造有限公司';
    expect(found(t)).toEqual(['诸葛文涛/一等奖', '赫连秀英/二等奖']);
    const u = '项目　名次　姓名　单位　等次\n盐业生产1　慕容海波　某某盐业有限公司　一等奖\n盐业生产2　左丘志刚　某某盐业有限公司　二等奖';
    expect(found(u)).toEqual(['慕容海波/一等奖', '左丘志刚/二等奖']);
  });
});
