// Mechanisms of the seventh round on honours (issue 18), each tested on sentences written for it in
// several provinces, bodies and wordings, with sentences it must leave alone. The grammar alone is
// checked with confermentHonours; where the dictionary (rules/awards.yaml) takes part, the whole
// named family runs (extractAll).
import { describe, expect, it } from 'vitest';
import { confermentHonours, confermentRules } from '../../src/extract/named/conferment.js';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const found = (t: string, province: string, title: string | null = null) =>
  confermentHonours(foldToSimplified(t), province, r, title).map((h) => [h.name, h.count]);
/** the honours the named family emits for a text (dictionary and grammar merged) */
function honours(text: string, title: string | null = null): [string, number | null][] {
  const ctx = textContext(foldToSimplified(text));
  ctx.meta.title = title;
  return extractAll(ctx, ['named']).awards.map((a) => [a.name, a.count]);
}

describe('a contest’s prizes carry the head of the cup contest, never the subject and verb before it', () => {
  it('takes the scope word or the place right before the cup', () => {
    expect(found('经考评，某某公司等5家企业被评为全县“安康杯”竞赛优胜单位，某某车间等9个班组被评为优秀班组。', '贵州省'))
      .toContainEqual(['全县安康杯竞赛优秀班组', 9]);
    expect(found('某某矿业等3家企业被评为遵义市“安康杯”竞赛优胜企业，另有8个班组被评为优胜班组。', '贵州省'))
      .toContainEqual(['遵义市安康杯竞赛优胜班组', 8]);
    expect(found('4家单位获评全市安康杯竞赛优胜单位，11名职工获评先进个人。', '江西省'))
      .toContainEqual(['全市安康杯竞赛先进个人', 11]);
    expect(found('6家企業被評為全盟「安康杯」競賽優勝單位，15個班組被評為優秀班組。', '内蒙古自治区'))
      .toContainEqual(['全盟安康杯竞赛优秀班组', 15]);
  });
  it('gives no head from a quiz or from words that are no scope', () => {
    expect(found('工会举办“安康杯”知识竞赛，评出优胜班组3个。', '湖北省')).toEqual([['优胜班组', 3]]);
  });
});

describe('分别荣获 A 和 B with no counts: one honour each, none counted', () => {
  it('splits the names, each with the contest head of its sentence', () => {
    expect(found('某某客运公司安全部、某某镇消防站在全省“安康杯”竞赛中分别荣获优胜单位和优秀班组。', '湖南省'))
      .toEqual([['全省安康杯竞赛优胜单位', null], ['全省安康杯竞赛优秀班组', null]]);
    expect(found('甲矿综采队、乙厂检修班分别荣获全国工人先锋号和全国青年文明号。', '山西省'))
      .toEqual([['全国工人先锋号', null], ['全国青年文明号', null]]);
  });
  it('leaves a split over prize grades and words that are no honours alone', () => {
    expect(found('5人分别获得一等奖和二等奖。', '河北省')).toEqual([]);
    expect(found('两个班组分别荣获表扬和奖励。', '河北省')).toEqual([]);
  });
});

describe('counts paired by 分别 override the dictionary’s count before the verb', () => {
  it('gives each honour its own count', () => {
    expect(honours('全区有3家企业和7名职工分别荣获呼和浩特市五一劳动奖状和呼和浩特市五一劳动奖章。'))
      .toEqual([['呼和浩特市五一劳动奖状', 3], ['呼和浩特市五一劳动奖章', 7]]);
    expect(honours('在今年全市表彰中，4家单位和9名职工分别荣获商丘市五一劳动奖状和商丘市五一劳动奖章。'))
      .toEqual([['商丘市五一劳动奖状', 4], ['商丘市五一劳动奖章', 9]]);
  });
});

describe('a team’s or an entrant’s placing is a prize grade, not an honour', () => {
  it('drops 个人一等奖 and 团体二等奖 of an unnamed match', () => {
    expect(found('经过激烈角逐，共决出个人一等奖3名、二等奖6名。', '山西省')).toEqual([]);
    expect(found('比赛共决出团体一等奖2个、团体二等奖4个。', '吉林省')).toEqual([]);
  });
  it('keeps the prizes of a contest named in quotes', () => {
    expect(found('第三届“荔乡工匠”技能大赛决出个人一等奖8名。', '广东省').length).toBe(1);
  });
});

describe('已由…授予: a conferment done, not a rule for the future', () => {
  it('keeps an honour a body already conferred', () => {
    expect(honours('大赛第一名的保管员孙某，已由省总工会授予“黑龙江省五一劳动奖章”，本次不再重复表彰。'))
      .toEqual([['黑龙江省五一劳动奖章', null]]);
    expect(honours('该班组此前已由团省委命名为“江西省青年文明号”。')).toEqual([['江西省青年文明号', null]]);
  });
  it('still reads 由…授予 without 已 as a rule', () => {
    expect(honours('各工种决赛第一名由省总工会授予“黑龙江省五一劳动奖章”。')).toEqual([]);
  });
});

describe('a counted submission (共申报32个) is a record, not a plan', () => {
  it('keeps the naming that follows it', () => {
    expect(found('全市共申报32个，经资格审查、现场评审，决定将某某集团王某职工创新工作室等11个工作室命名为“南阳市职工创新工作室”。', '河南省'))
      .toEqual([['南阳市职工创新工作室', 11]]);
    expect(found('各县区申报28个，经评审，决定将某某公司李某工作室等9个工作室命名为“德阳市劳模创新工作室”。', '四川省'))
      .toEqual([['德阳市劳模创新工作室', 9]]);
  });
  it('still reads an uncounted 申报 as a plan', () => {
    expect(found('请各单位于5月底前申报，市总工会将命名某某等10个工作室为市级职工创新工作室。', '河南省')).toEqual([]);
  });
});

describe('a later count of the holders, by a bare kind or a lead word with any predicate', () => {
  it('reads 获得奖章的N名…中 as the holders of the one medal conferred with that count', () => {
    expect(found('授予王某等25名职工“临沂市五一劳动奖章”。获得奖章的25名职工中，女职工8名。', '山东省'))
      .toEqual([['临沂市五一劳动奖章', 25], ['临沂市五一劳动奖章', 25]]);
  });
  it('reads 受表彰的N人中 with no noun and 这N个班组来自… with any predicate', () => {
    expect(found('市人社局授予李某等16人“鄂州市技术能手”称号；受表彰的16人中，年龄最小的22岁。', '湖北省').map((x) => x[1])).toEqual([16, 16]);
    expect(found('对某某车间等9个班组授予“南充市工人先锋号”称号。这9个班组来自交通、医疗等行业。', '四川省').map((x) => x[1])).toEqual([9, 9]);
    expect(found('认定某某公司张某技能大师工作室等6个工作室为“安顺市技能大师工作室”。此次认定的6个工作室覆盖多个行业。', '贵州省').map((x) => x[1])).toEqual([6, 6]);
  });
  it('does not make a count of another thing an honour', () => {
    expect(found('授予王某等25名职工“临沂市五一劳动奖章”。这25个项目来自全市。', '山东省')).toHaveLength(1);
    expect(found('授予王某等25名职工“临沂市五一劳动奖章”。18人参加了培训。', '山东省')).toHaveLength(1);
    expect(found('这12个班组来自旅游服务等领域。', '海南省')).toEqual([]);
  });
});

describe('units led by holders of an honour: 领衔的有N个, and levels joined by 和', () => {
  it('counts the honour after 的有 and splits 全国和省级 into two honours with no count', () => {
    expect(found('本次命名的9个工作室中，由“天府工匠”领衔的有3个。', '四川省')).toContainEqual(['天府工匠', 3]);
    expect(found('其中由全国和省级劳动模范领衔的有4个。', '广东省')).toEqual([['全国劳动模范', null], ['省级劳动模范', null]]);
    expect(found('由全国和省部级劳动模范领衔的共有5个。', '山东省')).toEqual([['全国劳动模范', null], ['省部级劳动模范', null]]);
  });
  it('keeps one level with its count', () => {
    expect(found('由全国劳动模范领衔的有1个。', '江苏省')).toEqual([['全国劳动模范', 1]]);
  });
});

describe('an appointment list, then those appointed counted again', () => {
  it('reads 聘任名单，…等N人受聘 and 受聘的N名…中', () => {
    expect(found('市人社局公布首批“荆门首席技师”聘任名单，某某公司焊工王某等15人受聘。受聘的15名首席技师中，有高级技师9人。', '湖北省'))
      .toEqual([['荆门首席技师', 15], ['荆门首席技师', 15]]);
  });
});

describe('a notice’s long title restating the body’s conferments is not a second entry', () => {
  it('keeps the body’s two honours only', () => {
    const title = '关于授予王某等20名同志钦州市“三八红旗手”称号和某某服务中心等10个集体钦州市“三八红旗集体”称号的决定';
    const text = `${title}\n　　市妇联决定，授予王某等20名同志钦州市“三八红旗手”称号，授予某某服务中心等10个集体钦州市“三八红旗集体”称号。\n`;
    expect(honours(text, title).map((x) => x[1])).toEqual([20, 10]);
  });
});

describe('who is proposed, trained or summed over kinds holds no honour', () => {
  it('drops 培育对象 / 候选人 and a count over 集体和个人', () => {
    expect(found('今年全州有5人入選“荊楚工匠”培育對象。', '湖北省')).toEqual([]);
    expect(found('船山区62个集体和个人获评市级安康杯竞赛先进。', '四川省')).toEqual([]);
    expect(found('全县30个单位和个人荣获“十佳”称号。', '四川省')).toEqual([]);
  });
  it('keeps a count of one kind', () => {
    expect(found('全县30个单位荣获“十佳文明单位”称号。', '四川省')).toEqual([['十佳文明单位', 30]]);
  });
});

describe('获此称号 refers back to the honour its sentence named', () => {
  it('takes the quoted honour before it, with the count', () => {
    expect(found('会上，区委对本年度评选出的“平阳工匠”进行表彰，全区共有28名一线职工获此称号。', '山西省')).toEqual([['平阳工匠', 28]]);
    expect(found('大会對新評選出的「宜賓工匠」進行表彰，共有20名職工獲此稱號。', '四川省')).toEqual([['宜宾工匠', 20]]);
  });
  it('needs a quoted honour in the sentence', () => {
    expect(found('全区共有28名一线职工获此称号。', '山西省')).toEqual([]);
  });
});

describe('units led by holders of honours listed, or counted before 由', () => {
  it('gives each listed honour no count, a single one the count', () => {
    expect(found('其中，由全国劳动模范或“江苏工匠”领衔的工作室4个。', '江苏省')).toEqual([['全国劳动模范', null], ['江苏工匠', null]]);
    expect(found('此次命名的10家工作室中，有国家级、省级劳动模范领衔的4家。', '浙江省')).toEqual([['国家级劳动模范', null], ['省级劳动模范', null]]);
    expect(found('其余6个由市级劳模和“济宁工匠”领衔。', '山东省')).toEqual([['市级劳动模范', null], ['济宁工匠', null]]);
    expect(found('其余5个由“齐鲁工匠”领衔。', '山东省')).toEqual([['齐鲁工匠', 5]]);
  });
  it('reads a copula before unquoted joined levels, and 只有 before a count', () => {
    expect(found('本批工作室中，领衔人为全国或省部级劳动模范的5个。', '山东省')).toEqual([['全国劳动模范', null], ['省部级劳动模范', null]]);
    expect(found('去年該區獲評「隴原工匠」的只有2人。', '甘肃省')).toEqual([['陇原工匠', 2]]);
  });
  it('leaves leaders who hold no honour alone', () => {
    expect(found('由专人领衔的3个小组负责攻关。', '山东省')).toEqual([]);
    expect(found('其余由企业技术骨干领衔。', '山东省')).toEqual([]);
  });
});

describe('what a decision cites or counts before it is no plan', () => {
  it('reads N个…申报 and 按照…的安排 as the record before the decision', () => {
    expect(found('共有19个工作室申报，经材料审核和专家答辩，现认定以下7个工作室为“亳州市技能大师工作室”。', '安徽省')).toEqual([['亳州市技能大师工作室', 7]]);
    expect(found('按照市人社局关于开展市级技能大师工作室建设项目申报工作的安排，经评审，确定某某公司王某技能大师工作室等5个工作室为2025年市级技能大师工作室建设项目。', '宁夏回族自治区'))
      .toEqual([['市级技能大师工作室建设项目', 5]]);
  });
});

describe('an honour as the first of a person’s appositive titles', () => {
  it('is held by the person named at the end of the next title', () => {
    expect(found('赛前，全国劳动模范、某某冶炼有限公司总工程师邹建国为选手授课。', '湖南省')).toEqual([['全国劳动模范', null]]);
    expect(found('活動現場，淮南市勞動模範、區環衛處班長魏桂蘭作了分享。', '安徽省')).toEqual([['淮南市劳动模范', null]]);
    expect(found('宣讲团成员、广东省五一劳动奖章获得者、某某电子有限公司高级工程师曾庆华领衔的团队完成攻关。', '广东省')).toEqual([['广东省五一劳动奖章', null]]);
  });
  it('needs a person at the end and an honour of a stated level', () => {
    expect(found('大会表彰先进集体、先进个人和优秀工会工作者。', '湖南省')).toEqual([]);
    expect(found('全国劳动模范、全国五一劳动奖章获得者在会上发言。', '湖南省')).toEqual([]);
    expect(found('会上，技术能手、车间主任王某发言。', '湖南省')).toEqual([]);
  });
});

describe('a recipients’ noun before an unquoted title is no part of it', () => {
  it('lets the later count find the one honour', () => {
    expect(found('授予沈某某等42名职工嘉兴市五一劳动奖章。受表彰的42名职工中，一线职工29名。', '浙江省'))
      .toEqual([['嘉兴市五一劳动奖章', 42], ['嘉兴市五一劳动奖章', 42]]);
  });
});

describe('levels: a total over several levels has none; a regional name opens no place', () => {
  const levels = (t: string, province: string) => confermentHonours(foldToSimplified(t), province, r).map((h) => [h.name, h.level]);
  it('gives 市级以上 / 县级以上 no level', () => {
    expect(levels('今年我市新增市级以上青年文明号17个。', '安徽省')).toEqual([['市级以上青年文明号', null]]);
    // (built over levels, 建成县级以上…, is a stock of facilities: a figure, as the golds of held12, held and held62 count it)
    expect(levels('全市已建成县级以上模范职工之家412家。', '湖北省')).toEqual([]);
    expect(extractAll(textContext('今年全市新增市级以上工人先锋号5个。'), ['named']).awards.map((a) => a.level)).toEqual([null]);
  });
  it('reads a stock over levels (现有/目前 … 以上 N个) as a figure, no honour (rulings of held20, held26, held36)', () => {
    expect(extractAll(textContext('全市现有市级以上工人先锋号41个。'), ['named']).awards).toEqual([]);
    expect(extractAll(textContext('截至目前，我市累计创建市级以上青年文明号217个。'), ['named']).awards).toEqual([]);
  });
  it('reads 琼海市 / 黔西市 as places, 琼 / 黔 alone as the province', () => {
    expect(levels('对某某班组等12个班组授予“琼海市工人先锋号”称号。', '海南省')).toEqual([['琼海市工人先锋号', 'county']]);
    expect(levels('评出“黔匠”10名。', '贵州省')).toEqual([['黔匠', 'provincial']]);
  });
  it('gives a bare kind’s holders the place and level of the honour conferred before with that count', () => {
    expect(levels('授予钱某等30名职工“双鸭山市五一劳动奖章”。获得五一劳动奖章的30名职工中，女职工9名。', '黑龙江省'))
      .toEqual([['双鸭山市五一劳动奖章', 'municipal'], ['双鸭山市五一劳动奖章', 'municipal']]);
  });
});
