// Mechanisms of the conferment grammar that need more than one sentence (a notice's title, the
// dictionary's awards): each tested on sentences written for it, in several provinces and wordings.
import { describe, expect, it } from 'vitest';
import { byPlaceName, confermentHonours, confermentRules, withoutUmbrellas } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { withoutHeadlines } from '../../src/extract/named/refine.js';
import type { Award } from '../../src/types.js';

const r = confermentRules();
const found = (t: string, province: string, title: string | null = null) =>
  confermentHonours(t, province, r, title).map((h) => [h.name, h.count]);

describe('a selection a launch notice sets for later', () => {
  const title = '关于开展2025年某某市“安康杯”竞赛活动的通知';
  it('reads 另评选 … N个 as a quota, not as a name glued to its verb', () => {
    const t = '三、表彰奖励。竞赛结束后，按参赛企业数的5%评选“某某市安康杯竞赛优胜单位”，另评选优秀班组15个、先进个人30名。';
    expect(found(t, '吉林省', title)).toEqual([]);
  });
  it('keeps last year’s result stated in the same notice', () => {
    const t = '2024年，全市共有900家企业参加“安康杯”竞赛活动，评出优胜企业36家、优秀班组88个。';
    expect(found(t, '山东省', title)).toEqual([['安康杯竞赛优胜企业', 36], ['安康杯竞赛优秀班组', 88]]);
  });
});

describe('a launch notice’s quota with any selection verb, and the headings its title names', () => {
  it('reads 今年全市选树“H”20名 as a quota and last year’s 选树的25名 as no new honour', () => {
    const title = '关于开展2025年度“岳州工匠”选树活动的通知';
    expect(found('今年全市选树“岳州工匠”20名，其中制造业不少于12名。', '湖南省', title)).toEqual([]);
  });
  it('takes an annex heading the title names, even with no honour ending', () => {
    const title = '關於表彰2025年度“杏林好醫生”和“杏林好護士”的決定';
    const t = '附件\n一、“杏林好医生”（8名）\n张某　内科\n二、“杏林好护士”（11名）\n三、后勤保障组（4个）\n';
    expect(found(t, '江西省', title)).toEqual([['杏林好医生', 8], ['杏林好护士', 11]]);
  });
});

describe('verbs and builders never part of an honour name', () => {
  it('cuts 建成 / 为 off the name and keeps a built facility out', () => {
    expect(found('截至目前，全省已建成省级模范职工之家520家。', '湖北省')).toEqual([['省级模范职工之家', 520]]);
    expect(found('表彰陈某等6名同志为永定区巾帼建功标兵。', '福建省')).toEqual([['永定区巾帼建功标兵', 6]]);
    expect(found('今年为快递员新建“职工小家”26个。', '贵州省')).toEqual([]);
  });
});

describe('counts paired with honours by 分别', () => {
  it('gives each honour its own count, in order, in either script’s quotes', () => {
    expect(found('全市还有5个集体、11名个人分别荣获“山西省巾帼文明岗”和“山西省巾帼建功标兵”称号。', '山西省'))
      .toEqual([['山西省巾帼文明岗', 5], ['山西省巾帼建功标兵', 11]]);
    // the grammar reads the folded text (the pipeline folds traditional script, offsets kept)
    expect(found(foldToSimplified('2個班組、6名職工分別獲評「甘肅省工人先鋒號」和「隴原工匠」。'), '甘肃省').map((x) => x[1])).toEqual([2, 6]);
  });
});

describe('a contents line restating an article title', () => {
  it('is one conferment with the title, whatever number or bullet opens it', () => {
    const text = '本期要目\n1. 金川县4名职工入选“金城工匠”\n● 另一篇文章\n\n金川县4名职工入选“金城工匠”\n　　日前名单公布。\n';
    const at = (line: string) => text.indexOf(line);
    const award = (start: number): Award => ({ name: '金城工匠', level: 'municipal', count: 4, recipients: [], text: '4名职工入选“金城工匠”', start, end: start + 13, rule: 'conferment.count-verb' });
    const toc = at('金川县4名');
    const title = text.indexOf('金川县4名', toc + 1);
    expect(withoutHeadlines([award(toc), award(title)], text).map((a) => a.start)).toEqual([title]);
  });
});

describe('a later count of the holders just commended (anaphora)', () => {
  // the notice confers, then a later sentence counts the same holders as its topic: one more mention
  it('takes the honour whose count it repeats, by the honour’s name or by the holders’ noun', () => {
    expect(found('授予张某等36名职工“株洲市五一劳动奖章”。在受表彰的36名职工中，一线职工27名。', '湖南省'))
      .toEqual([['株洲市五一劳动奖章', 36], ['株洲市五一劳动奖章', 36]]);
    expect(found('对18名南充市三八红旗手、6个南充市三八红旗集体予以表彰。受表彰的18名三八红旗手里，农村妇女7名。', '四川省'))
      .toEqual([['南充市三八红旗手', 18], ['南充市三八红旗集体', 6], ['南充市三八红旗手', 18]]);
    expect(found('授予李某等22名同志“玉溪市五一劳动奖章”，授予某某厂等9个单位“玉溪市五一劳动奖状”。受表彰的22名奖章获得者中，女职工8名。', '云南省').at(-1))
      .toEqual(['玉溪市五一劳动奖章', 22]);
    expect(found('确定王某等12名同志为2025年度赤峰市首席技师。这12名首席技师中，来自能源企业的有5名。', '内蒙古自治区'))
      .toEqual([['赤峰市首席技师', 12], ['赤峰市首席技师', 12]]);
  });
  it('counts the units named too (此次命名的N家工作室共有…, 在N名…中)', () => {
    expect(found('命名“匠心”创新工作室等10家工作室为2025年度台州市劳模（工匠）创新工作室。此次命名的10家工作室共有成员120人。', '浙江省'))
      .toEqual([['台州市劳模（工匠）创新工作室', 10], ['台州市劳模（工匠）创新工作室', 10]]);
    expect(found('确定刘某等28名同志为漳州市技术能手。在28名技术能手中，女性9名。', '福建省'))
      .toEqual([['漳州市技术能手', 28], ['漳州市技术能手', 28]]);
  });
  it('reads traditional script folded, and a comma instead of 中', () => {
    expect(found(foldToSimplified('授予陳某等15名職工「嘉義市技術能手」稱號。獲評的15名職工，平均年齡38歲。'), '台湾省'))
      .toEqual([['嘉义市技术能手', 15], ['嘉义市技术能手', 15]]);
  });
  it('takes nothing when the count matches no honour conferred before it, or the noun another one', () => {
    // no conferment in the text
    expect(found('受表彰的30名三八红旗手中，来自生产一线的有17名。', '广东省')).toEqual([]);
    // a sum over two honours (10 + 3)
    expect(found('授予某某班组等10个班组“宜昌市工人先锋号”，授予某某车间等3个集体“宜昌市先进集体”。受表彰的13个集体中，国企8个。', '湖北省'))
      .toEqual([['宜昌市工人先锋号', 10], ['宜昌市先进集体', 3]]);
    // the count of another honour (奖状 12, holders of 奖章 counted 12 by their noun)
    expect(found('授予某厂等12个单位“运城市五一劳动奖状”，授予王某等40名职工“运城市五一劳动奖章”。受表彰的12名奖章获得者中，女职工5名。', '山西省'))
      .toEqual([['运城市五一劳动奖状', 12], ['运城市五一劳动奖章', 40]]);
    // a naming with another count: 获得命名的 N 个 over two titles
    expect(found('命名某某工作室等9个工作室为“阜阳市劳模创新工作室”。获得命名的12个工作室中，学校4个。', '安徽省'))
      .toEqual([['阜阳市劳模创新工作室', 9]]);
    // a generic noun when two honours share the count is ambiguous
    expect(found('授予王某等20名职工“某某市五一劳动奖章”，授予某某车间等20个班组“某某市工人先锋号”。这20名职工中，女职工6名。', '河北省'))
      .toEqual([['某某市五一劳动奖章', 20], ['某某市工人先锋号', 20]]);
  });
});

describe('what opens no honour name: a year’s remnant, 各级, a list number’s point, a naming verb', () => {
  it('cuts them off the name', () => {
    expect(found('附件\n2025年揭阳市首席技师名单（12名）\n', '广东省')).toEqual([['揭阳市首席技师', 12]]);
    expect(found('全市各级青年文明号集体累计达到150个。', '黑龙江省')).toEqual([['青年文明号', 150]]);
    expect(found('目录\n1.我市新认定首席技师18名\n', '吉林省')).toEqual([['首席技师', 18]]);
    expect(found('今年县里新命名技术标兵12名。', '江西省')).toEqual([['技术标兵', 12]]);
  });
});

describe('a name that quotes only its head (“安康杯”竞赛优胜单位21家)', () => {
  it('keeps the quoted head with the bare ending that follows it', () => {
    expect(found('去年全市共评出“安康杯”竞赛优胜单位18家、优秀班组40个。', '湖北省')).toEqual([['安康杯竞赛优胜单位', 18], ['安康杯竞赛优秀班组', 40]]);
    expect(found('全区评出“安康杯”竞赛优胜企业25家。', '四川省')).toEqual([['安康杯竞赛优胜企业', 25]]);
    expect(found('大会表彰了「巾帼建功」先进集体12个。', '福建省')).toEqual([['巾帼建功先进集体', 12]]);
    expect(found('全县共有"安康杯"竞赛优胜班组9个.', '贵州省')).toEqual([['安康杯竞赛优胜班组', 9]]);
  });
  it('takes no quoted word that is not followed by an honour’s ending and a count', () => {
    expect(found('参加“安康杯”竞赛的企业达1080家。', '四川省')).toEqual([]);
    expect(found('建成“职工书屋”示范点的单位有12家。', '河南省')).toEqual([]);
    expect(found('“安康杯”竞赛开展以来，隐患整改率达98%。', '湖北省')).toEqual([]);
  });
});

describe('units counted by the honour of who leads them (由“H”领衔的N个)', () => {
  it('gives that honour with the count', () => {
    expect(found('本批工作室中，由“荆楚工匠”领衔的2个，由市级劳模领衔的5个。', '湖北省')).toEqual([['荆楚工匠', 2], ['市级劳动模范', 5]]);
    expect(found('命名的15个工作室中，由全国劳动模范领衔的1个。', '河南省')).toEqual([['全国劳动模范', 1]]);
    expect(found(foldToSimplified('其中由「龍江工匠」領銜的3家。'), '黑龙江省')).toEqual([['龙江工匠', 3]]);
    expect(found('全县由“天府工匠”牵头的创新团队中，由“天府工匠”牵头的4个已投入运行。', '四川省')).toEqual([['天府工匠', 4]]);
  });
  it('takes no leader who holds no honour, and no count of people', () => {
    expect(found('由企业技术骨干领衔的6个。', '湖北省')).toEqual([]);
    expect(found('由王某领衔的工作室有成员12人。', '湖北省')).toEqual([]);
    expect(found('将由“荆楚工匠”领衔的团队纳入培育计划。', '湖北省')).toEqual([]);
  });
});

describe('a launch notice: this round’s quota, and past rounds’ results', () => {
  const title = '关于举办2025年某某市企业职工“技能强市、匠心筑梦”主题活动暨第四届“某某青年工匠”选树活动的通知';
  it('reads this round as a quota even when the title names it far from its verb', () => {
    expect(found('本届选树“某某青年工匠”20名，其中女性不少于5名。', '江苏省', title)).toEqual([]);
  });
  it('keeps what past rounds conferred and what their holders became', () => {
    expect(found('往届活动共选树“某某青年工匠”45名，其中6人获评“江苏省技术能手”。', '江苏省', title))
      .toEqual([['某某青年工匠', 45], ['江苏省技术能手', 6]]);
    expect(found('历届活动共评选“某某工匠”60名。', '陕西省', '关于开展第五届“某某工匠”评选活动的通知')).toEqual([['某某工匠', 60]]);
    // this year's activity with 共 is still a quota
    expect(found('本次活动共选树“某某青年工匠”20名。', '江苏省', title)).toEqual([]);
  });
});

describe('the holders counted a clause later (获此称号的…达到N人, 获得“H”称号的职工，…增加了N名)', () => {
  it('reads the total after a counted conferment and a count of new holders after a comma', () => {
    expect(found('今年新增“天府工匠”3名，全区累计获此称号的达到11人。', '四川省')).toEqual([['天府工匠', 3], ['天府工匠', 11]]);
    expect(found('今年新增“八闽工匠”2名，累计获得此称号的职工达到7名。', '福建省')).toEqual([['八闽工匠', 2], ['八闽工匠', 7]]);
    expect(found('获得“燕赵工匠”称号的职工，今年全市又增加了4名。', '河北省')).toEqual([['燕赵工匠', 4]]);
    expect(found(foldToSimplified('獲得「三秦工匠」稱號的職工，今年全縣新增2名。'), '陕西省')).toEqual([['三秦工匠', 2]]);
  });
  it('takes no count of something else after the comma', () => {
    expect(found('获得“燕赵工匠”称号的职工，每人奖励2万元。', '河北省')).toEqual([]);
    expect(found('获得“燕赵工匠”称号的职工，平均年龄增加了3岁。', '河北省')).toEqual([]);
    expect(found('今年新增“天府工匠”3名，全区累计投入资金达到11万元。', '四川省')).toEqual([['天府工匠', 3]]);
  });
});

describe('a published list with the holders’ noun, a past 曾获, and the holders’ noun after the honour', () => {
  it('reads them', () => {
    expect(found('近日，汉中市总工会公布首批“汉中工匠”名单，全市共有25名职工入选。', '陕西省')).toEqual([['汉中工匠', 25]]);
    expect(found('“陇原工匠”名单揭晓后，省总工会公布2025年度“陇原工匠”名单，全市有4家企业上榜。', '甘肃省').at(-1)).toEqual(['陇原工匠', 4]);
    expect(found('窑炉工田某从业20年，2023年曾获“三秦工匠”称号。', '陕西省')).toEqual([['三秦工匠', null]]);
    expect(found('命名某某服务中心等28个集体为“上饶市青年文明号”。在28个青年文明号集体中，窗口单位有15个。', '江西省'))
      .toEqual([['上饶市青年文明号', 28], ['上饶市青年文明号', 28]]);
  });
  it('takes no past prize without quotes and no list without a count of ours', () => {
    expect(found('该同志曾获一等奖。', '陕西省')).toEqual([]);
    expect(found('省总工会公布“陇原工匠”名单，欢迎社会监督。', '甘肃省')).toEqual([]);
  });
});

describe('a procedure already gone through (在…申报…的基础上) before the decision', () => {
  it('does not make the decision a plan', () => {
    expect(found('在单位申报、县级人社部门初审的基础上，经专家评审，认定以下6个工作室为2025年白山市技能大师工作室。', '吉林省'))
      .toEqual([['白山市技能大师工作室', 6]]);
    expect(found('在基层推荐申报基础上，决定命名某某班组等12个班组为“衡阳市工人先锋号”。', '湖南省')).toEqual([['衡阳市工人先锋号', 12]]);
  });
  it('leaves a rule for the future a plan', () => {
    expect(found('在单位申报的基础上，拟认定以下6个工作室为2025年白山市技能大师工作室。', '吉林省')).toEqual([]);
    expect(found('符合条件的单位可申报，经评审后认定以下5个工作室为市级工作室。', '吉林省')).toEqual([]);
  });
});

describe('an umbrella honour next to its kinds', () => {
  // 五一劳动奖 names 奖状 and 奖章 together: where a kind is conferred, the uncounted umbrella is no third honour
  const h = (name: string, count: number | null) => ({ name, count });
  it('drops the uncounted umbrella when the document confers one of its kinds', () => {
    expect(withoutUmbrellas([h('嘉兴市五一劳动奖', null), h('嘉兴市五一劳动奖状', 16), h('嘉兴市五一劳动奖章', 42)]).map((a) => a.name))
      .toEqual(['嘉兴市五一劳动奖状', '嘉兴市五一劳动奖章']);
    expect(withoutUmbrellas([h('湖北省五一劳动奖', null), h('湖北省五一劳动奖章', 3)]).map((a) => a.name)).toEqual(['湖北省五一劳动奖章']);
  });
  it('keeps an umbrella alone, one with its own count, and another place’s kinds', () => {
    expect(withoutUmbrellas([h('全国五一劳动奖', null)])).toHaveLength(1);
    expect(withoutUmbrellas([h('全国五一劳动奖', 5), h('全国五一劳动奖章', 3)])).toHaveLength(2);
    expect(withoutUmbrellas([h('全国五一劳动奖', null), h('湖北省五一劳动奖章', 3)])).toHaveLength(2);
  });
});

describe('a scope word for the place an honour is named by', () => {
  const h = (name: string, level: string | null) => ({ name, level });
  it('takes the place’s name of the same honour at the same level', () => {
    const all = [h('市级工人先锋号', 'municipal'), h('阳江市工人先锋号', 'municipal')];
    expect(byPlaceName(all[0], all).name).toBe('阳江市工人先锋号');
    const prov = [h('省级巾帼文明岗', 'provincial'), h('福建省巾帼文明岗', 'provincial')];
    expect(byPlaceName(prov[0], prov).name).toBe('福建省巾帼文明岗');
  });
  it('keeps the scope word when no place or two places name the honour, or the level differs', () => {
    expect(byPlaceName(h('市级工人先锋号', 'municipal'), [h('市级工人先锋号', 'municipal')]).name).toBe('市级工人先锋号');
    const two = [h('市级工人先锋号', 'municipal'), h('阳江市工人先锋号', 'municipal'), h('茂名市工人先锋号', 'municipal')];
    expect(byPlaceName(two[0], two).name).toBe('市级工人先锋号');
    const lv = [h('县级模范职工之家', 'county'), h('安庆市模范职工之家', 'municipal')];
    expect(byPlaceName(lv[0], lv).name).toBe('县级模范职工之家');
  });
});

describe('a later count of the holders opening its sentence with no lead word', () => {
  const ana = (text: string) => confermentHonours(text, '福建省', r).filter((h) => h.rule === 'conferment.anaphora').map((h) => [h.name, h.count]);
  it('is one more mention of the honour conferred with that count', () => {
    expect(ana('授予林某等30名同志“莆田市三八红旗手”称号。30名三八红旗手中，有农村妇女9名。')).toEqual([['莆田市三八红旗手', 30]]);
    expect(ana('授予王某等12名职工“龙岩工匠”称号。\n12名龙岩工匠平均年龄41岁。')).toEqual([['龙岩工匠', 12]]);
    expect(ana('授予某厂等8个班组“三明市工人先锋号”称号。8个班组中，有5个来自制造业。')).toEqual([['三明市工人先锋号', 8]]);
  });
  it('is none where no honour was conferred with that count, or the count is inside a clause', () => {
    expect(ana('授予林某等30名同志“莆田市三八红旗手”称号。20名三八红旗手中，有农村妇女9名。')).toEqual([]);
    expect(ana('全市共有30名女职工，其中9名来自农村。')).toEqual([]);
    expect(ana('授予林某等30名同志“莆田市三八红旗手”称号，表彰大会上30名代表发言。')).toEqual([]);
  });
});
