// People, round 45: Tibetan names of three parts, an annex group whose names run over several lines, names
// closed by 等 and a count, a survey group's members, 负责 of a workshop — on lines written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';

const r = peopleRules();
const found = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}`).sort();

describe('an annex group counted in its heading whose names run over several lines', () => {
  const annex = '附件\n2025年度某县五一劳动奖章获得者名单（5名）\n一、企业职工（3名）\n孙国梁（某县某某机械有限公司）、钱丽华（女，某县某某食品有限公司）\n白玛卓玛措（某县某某合作社）\n二、专业技术人员（2名）\n周德明（某县人民医院）、吴晓燕（女，某县第一中学）\n';
  it('reads every name of the group once the lines together match its count', () => {
    const names = found(annex).map((x) => x.split('/')[0]);
    expect(names).toEqual(expect.arrayContaining(['孙国梁', '钱丽华', '白玛卓玛措', '周德明', '吴晓燕']));
  });
  it('leaves a group whose lines never reach its count', () => {
    const short = '一、企业职工（5名）\n白玛卓玛措（某县某某合作社）、格桑次仁卓嘎（某县某某牧场）\n二、其他\n';
    expect(found(short).map((x) => x.split('/')[0])).not.toContain('格桑次仁卓嘎');
  });
});

describe('names closed by 等 and a count', () => {
  it('reads Han and Tibetan, Yi and Mongolian names before 等N名', () => {
    const names = found('县人社局授予格桑次仁卓嘎、马海拉日、敖登其其格、柏立峰等9名一等奖获得者“某县技术能手”称号。').map((x) => x.split('/')[0]);
    expect(names).toEqual(expect.arrayContaining(['格桑次仁卓嘎', '马海拉日', '敖登其其格']));
  });
  it('leaves places before 等N个', () => {
    expect(found('授予东山镇、西河乡等3个单位“某县先进集体”称号。')).toEqual([]);
  });
});

describe('the members of a survey group at the end of a report', () => {
  it('are people whose role is the label', () => {
    expect(found('调研组成员：柏文涛　乌兰图雅　苗思远\n执笔：柏文涛')).toEqual(expect.arrayContaining(['乌兰图雅/调研组成员', '苗思远/调研组成员']));
  });
});

describe('负责 of a workshop', () => {
  it('makes its leader 领衔人, as 牵头 does', () => {
    expect(found('由某市技术能手邝立群负责的果树修剪技能大师工作室今年培训果农300人。')).toContain('邝立群/领衔人');
  });
});

describe('transcribed names closed by 和 or 为', () => {
  it('parts the last two names of a label run joined by 和', () => {
    const names = found('工作室领衔人分别为热依拉·吐尔洪、阿依古丽·卡德尔和邝立群。').map((x) => x.split('/')[0]);
    expect(names).toEqual(expect.arrayContaining(['阿依古丽·卡德尔', '邝立群']));
    expect(names.some((n) => n.includes('和'))).toBe(false);
  });
  it('ends a transcribed name before 为 of the act', () => {
    const names = found('副县长艾尔肯·吐尔逊为6个工作室授牌。').map((x) => x.split('/')[0]);
    expect(names).toContain('艾尔肯·吐尔逊');
    expect(names).not.toContain('艾尔肯·吐尔逊为');
  });
});

describe('a page\'s meta line: the outlet, the byline, the date', () => {
  it('reads the byline after the outlet, the date glued to the last name', () => {
    expect(found('标题\n某区融媒体中心记者 邝立群 通讯员 柏文涛2025-11-18 08:30阅读1.2万\n正文。')).toEqual(['柏文涛/通讯员', '邝立群/记者']);
  });
  it('leaves a reporter named in a sentence', () => {
    expect(found('标题\n今天某区融媒体中心记者来到车间采访。\n')).toEqual([]);
  });
});
