// People, round 17 of issue 18: names where the layout or the sentence puts only a person — a two-character
// name padded in a space-aligned table row, a list line whose post no title list knows, a committee's posts
// given by 任, a name with no Han surname after a unit's post or a byline cue, a rare surname; on sentences
// written for this test, each with what it must leave alone.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { collapseSpaces, foldWidth, titleLikeLine } from '../../src/normalize/text.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = peopleRules();
const people = (text: string) => cuePeople(text, r).map((p) => [p.name, p.role]);
/** a line as the normaliser hands it over */
const norm = (raw: string) => { const line = foldWidth(raw); return collapseSpaces(line, titleLikeLine(line)); };

describe('a two-character name padded to the width of three in a space-aligned row', () => {
  it('the row number before it does not make the row letter-spacing', () => {
    expect(norm(' 2    任  静    某某生物制药有限公司            质量检验员')).toBe('2任 静 某某生物制药有限公司 质量检验员');
    expect(norm('12　齐　悦　某某县人民医院　护士')).toBe('12齐 悦 某某县人民医院 护士');
    expect(norm('7.  白  雪    某某市第一中学    教师')).toBe('7.白 雪 某某市第一中学 教师');
  });
  it('keeps: a letter-spaced heading is still closed up', () => {
    expect(norm('序号  姓  名    单      位    职      务')).toBe('序号姓名单位职务');
    expect(norm('简  报')).toBe('简报');
    expect(norm('3  甲  乙  丙  丁')).toBe('3甲乙丙丁');
  });
  it('reads the name and keeps the unit apart, under a glued head', () => {
    const t = '序号姓名单位职务\n1郭立军 某某市皮革制品有限公司 制革车间主任\n2任 静 某某生物制药有限公司 质量检验员\n6田 禾 某某市某某乡农业综合服务站 农技员';
    // (round 47: the glued head is cut back into its labels, so the 职务 column gives the post alone, as golds write it)
    expect(people(t)).toEqual([['郭立军', '制革车间主任'], ['任静', '质量检验员'], ['田禾', '农技员']]);
    const p = cuePeople(t, r).find((x) => x.name === '任静')!;
    expect(t.slice(p.start, p.end)).toBe('任 静');
  });
  it('a head letter-spaced in cells is joined back into its columns', () => {
    const t = '序号 姓 名 工 作 单 位 职 务\n1 单 峰 某某县自来水公司 化验员\n2 岳建平 某某县建筑公司 安全员';
    expect(people(t)).toEqual([['单峰', '某某县自来水公司化验员'], ['岳建平', '某某县建筑公司安全员']]);
  });
});

describe('a list line whose post no title list knows, among lines read as people', () => {
  it('the tail after the unit is the post', () => {
    expect(people('　　程立东　某某精细化工有限公司仪表工\n　　汪秀娟　某某县城关街道电商服务站主播\n　　彭浩宇　某某蔬菜批发市场有限公司质量检测员')).toContainEqual(['汪秀娟', '某某县城关街道电商服务站主播']);
    expect(people('陈美玲　某某县高山茶叶专业合作社理事长\n郑秀萍　某某县新桥镇城口村妇联主席')).toContainEqual(['郑秀萍', '某某县新桥镇城口村妇联主席']);
    expect(people('邓慧琴　某某县第二中学教师\n韦丽华　某某市文化馆馆员\n')).toContainEqual(['韦丽华', '某某市文化馆馆员']);
  });
  it('keeps: a line alone, or among lines of units', () => {
    expect(people('汪秀娟　某某县城关街道电商服务站主播')).toEqual([]);
    expect(people('某某县总工会　某某县人社局\n高新区　某某街道服务站窗口')).toEqual([]);
  });
  it('a post is cut at the unit\'s whole ending, not at a character of the post', () => {
    expect(people('罗秋兰　福建某某花木有限公司组培技术员')).toEqual([['罗秋兰', '福建某某花木有限公司组培技术员']]);
    expect(people('宁秀梅　某某县中医院护理部主任')).toEqual([['宁秀梅', '某某县中医院护理部主任']]);
  });
});

describe('a committee\'s posts given by 任, an election', () => {
  it('the office before the name is the role', () => {
    expect(people('大赛成立组委会，由县总工会党组书记、常务副主席吴振清任主任，团县委书记杜雪梅任副主任。')).toEqual([['吴振清', '县总工会党组书记、常务副主席'], ['杜雪梅', '团县委书记']]);
    expect(people('领导小组由区人社局局长马建国兼任组长。')).toEqual([['马建国', '区人社局局长']]);
    expect(people('大会选举产生第一届委员会，乡党委副书记冯立平当选联合会主席。')).toEqual([['冯立平', '乡党委副书记']]);
  });
  it('keeps: 任 that is no act of a named person', () => {
    expect(people('市总工会主席任期五年。')).toEqual([]);
  });
});

describe('a name with no Han surname where only a person stands', () => {
  it('after a unit and a post, then the act', () => {
    expect(people('某某农机服务专业合作社农机修理工乌云其乐在大赛中获得第一名。')).toEqual([['乌云其乐', '农机修理工']]);
    expect(people('某某牧业有限公司饲养员呼和巴日在比赛中荣获二等奖。')).toEqual([['呼和巴日', '饲养员']]);
  });
  it('after a byline cue, up to the bracket', () => {
    expect(people('（记者　包雅芳　通讯员　敖日其乐）9月12日，市人社局颁发证书。')).toEqual([['包雅芳', '记者'], ['敖日其乐', '通讯员']]);
  });
  it('keeps: the tail of a word after a post', () => {
    expect(people('某某有限公司工作室可在年底前申报。')).toEqual([]);
    expect(people('某某学院合作社员工均可报名参加。')).toEqual([]);
    expect(people('（通讯员符小敏黎婷）')).toEqual([['符小敏', '通讯员'], ['黎婷', '通讯员']]);
  });
});

describe('rare surnames, in either script', () => {
  it('战, 逄 open a name before 等 N 名', () => {
    expect(people(foldToSimplified('“某某市五一勞動獎章”授予戰立邦等30名職工。'))).toEqual([['战立邦', null]]);
    expect(people('授予逄春生等12名同志“技术能手”称号。')).toEqual([['逄春生', null]]);
  });
});

describe('more recipients, a contact after a department, a list\'s last item, a run of list lines', () => {
  it('另有 / 还有 before the name of 等 N 名', () => {
    expect(people('授予某某合作社等10个集体称号；另有葛丽萍等8名同志获评“巾帼建功标兵”。')).toEqual([['葛丽萍', null]]);
    expect(people('此外，还有祁永胜等5人获评岗位能手。')).toEqual([['祁永胜', null]]);
  });
  it('keeps: 有 of another clause', () => {
    expect(people('全县共有高技能人才等3000余人。')).toEqual([]);
  });
  it('a contact glued after a department\'s ending (科, 室)', () => {
    expect(people('联系人：县人社局职业能力建设科邵丽君，电话：0766-8912735。')).toEqual([['邵丽君', '联系人']]);
    expect(people('联系人：市总工会办公室谷春梅，电话：0766-8912736。')).toEqual([['谷春梅', '联系人']]);
  });
  it('the last item of a list of unit + post + name ends at the full stop', () => {
    expect(people('获奖者为某某医院护士长龚秀梅、某某化工有限公司化工总控工庞亚楠。')).toEqual([['龚秀梅', '护士长'], ['庞亚楠', '化工总控工']]);
  });
  it('keeps: a full stop after a post with no list', () => {
    expect(people('某某化工有限公司招聘操作工人。')).toEqual([]);
  });
  it('a run of lines of one shape beside a line read as a person; an office of a body inside the unit', () => {
    const t = '某市优秀工会工作者名单\n\n邝晓鹏　某某陶瓷有限公司工会主席\n黎淑贞　某某县人民医院工会副主席\n林楚华　某某县第一中学教师';
    expect(people(t)).toEqual([['邝晓鹏', '某某陶瓷有限公司工会主席'], ['黎淑贞', '某某县人民医院工会副主席'], ['林楚华', '某某县第一中学教师']]);
    // (a union's chair is a post the titles know since round 38: lines whose post no title list knows are read
    // only beside a sure line)
    expect(people('邝晓鹏　某某电商服务站主播\n黎淑贞　某某农特产品展销馆主播')).toEqual([]);
    expect(people('某市优秀工会工作者名单\n\n邝晓鹏　某某电商服务站主播\n黎淑贞　某某县人民医院工会副主席')).toEqual([['邝晓鹏', '某某电商服务站主播'], ['黎淑贞', '某某县人民医院工会副主席']]);
  });
  it('将 opens a list of names before 等 N 名; a supervisor after a department', () => {
    expect(people('县总工会将苗春霞、伍庆林等10名技能人才命名为“某某工匠”。')).toEqual([['苗春霞', null], ['伍庆林', null]]);
    expect(people('某某食品有限公司质检部主管苗春霞从事加工21年。')).toEqual([['苗春霞', '质检部主管']]);
  });
});

describe('a padded name the normaliser ran into its unit and the contact word', () => {
  it('after 联系人： and 作者：, past sixteen characters', () => {
    expect(people('联系人：州人社局职业能力建设科苗敏联系电话：0939-8213064\n')).toEqual([['苗敏', '联系人']]);
    expect(people('（联系人：县人社局就业促进股彭卉玲联系电话：0728-3212345）')).toEqual([['彭卉玲', '联系人']]);
    expect(people('作者：区总工会组织部邝敏\n')).toEqual([['邝敏', null]]);
  });
  it('keeps: a unit alone after the label', () => {
    expect(people('作者：区总工会组织部\n')).toEqual([]);
    expect(people('联系人：市人社局职业能力建设科联系电话：0939-8213064\n')).toEqual([]);
  });
});

describe('a role stated by appointment, a body inside the unit, a court\'s tribunal', () => {
  it('聘任 / 任命 … 为 a post: the post is the role', () => {
    expect(people('二、聘任邝立林、蒋秀英、晁国栋3名同志为2025年某市首席技师，聘期3年。')).toEqual([['邝立林', '首席技师'], ['蒋秀英', '首席技师'], ['晁国栋', '首席技师']]);
    expect(people('任命黄志刚、林秀梅2名同志为工会小组长。')).toEqual([['黄志刚', '工会小组长'], ['林秀梅', '工会小组长']]);
  });
  it('keeps: an honour conferred is no post', () => {
    expect(people('授予郑美华、许国梁2名同志“技术能手”称号。')).toEqual([['郑美华', null], ['许国梁', null]]);
  });
  it('a post after a body inside the unit, after a court\'s tribunal', () => {
    expect(people('邬泽锋　某某港务发展有限公司工会委员')).toEqual([['邬泽锋', '某某港务发展有限公司工会委员']]);
    expect(people('晏佳怡　某某区人民法院民事审判庭法官助理')).toEqual([['晏佳怡', '某某区人民法院民事审判庭法官助理']]);
    expect(people('卢晓东　某某县第二中学团委干事')).toEqual([['卢晓东', '某某县第二中学团委干事']]);
  });
});
