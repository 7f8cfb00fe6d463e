// Organisations by mechanisms of official writing, each tested on sentences of our own (other
// provinces, bodies and wordings than the genre corpus) before the corpus: where a name starts, what
// ends it, which short forms name the document's own bodies.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

/** the organisations found in `text` (names as written, spaces dropped), the issuers given */
function orgs(text: string, issuers: string[] = []): string[] {
  const ctx = textContext(foldToSimplified(text));
  ctx.meta.issuers = issuers;
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));
}
const canon = (text: string, issuers: string[] = []): string[] => {
  const ctx = textContext(foldToSimplified(text));
  ctx.meta.issuers = issuers;
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.canonical);
};

describe('a space inside a name only where no new name starts after it', () => {
  it('a list line: a person, a space, then the unit', () => {
    expect(orgs('获奖名单\n1. 达瓦次仁 日喀则市城市建设投资有限公司\n2. 古丽娜 阿克苏地区第一人民医院\n')).toEqual(expect.arrayContaining(['日喀则市城市建设投资有限公司', '阿克苏地区第一人民医院']));
    expect(orgs('获奖名单\n1. 达瓦次仁 日喀则市城市建设投资有限公司\n').some((n) => n.includes('达瓦'))).toBe(false);
    expect(orgs('3. 包斯琴 赤峰市巴林右旗蒙医医院主治医师\n').some((n) => n.startsWith('包'))).toBe(false);
  });
  it('a masthead: the issue number, a space, then the issuer', () => {
    const got = orgs('工作简报\n2024年第3期 共青团赣州市委办公室 2024年3月8日\n');
    expect(got).toContain('共青团赣州市委办公室');
    expect(got.some((n) => n.startsWith('期'))).toBe(false);
  });
  it('a table row: a workshop, a space, then its unit', () => {
    const got = orgs('序号 工作室名称 所在单位\n2 焊接工艺创新工作室 鞍钢集团朝阳钢铁有限公司 李某\n3 数控技能大师工作室 柳州五菱汽车工业有限公司 王某\n');
    expect(got).toEqual(expect.arrayContaining(['鞍钢集团朝阳钢铁有限公司', '柳州五菱汽车工业有限公司']));
    expect(got.some((n) => n.includes('工作室'))).toBe(false);
  });
  it('keeps a body broken after its place whole (昆明市 总工会)', () => {
    expect(orgs('主办单位：昆明市 总工会\n')).toContain('昆明市总工会');
    expect(orgs('承办：遵义市 人力资源和社会保障局\n')).toContain('遵义市人力资源和社会保障局');
  });
});

describe('a short form of the document\'s own body opens the name of its office', () => {
  it('市委办公室, 县委组织部, 市政府办', () => {
    expect(canon('宁德市总工会。报：省总工会，市委办公室，市政府办公室。')).toEqual(expect.arrayContaining(['中共宁德市委办公室', '宁德市人民政府办公室']));
    expect(orgs('宁德市总工会。抄送：市委办、市政府办。')).toEqual(expect.arrayContaining(['市委办', '市政府办']));
    expect(canon('宁德市总工会。抄送：市委办、市政府办。')).toEqual(expect.arrayContaining(['中共宁德市委办公室', '宁德市人民政府办公室']));
    expect(canon('鄂州市总工会。经市委宣传部同意，现将有关事项通知如下。')).toContain('中共鄂州市委宣传部');
  });
  it('not a class of such offices', () => {
    expect(orgs('宁德市总工会。各县（市、区）委办公室：').some((n) => n.includes('委办公室'))).toBe(false);
    expect(orgs('宁德市总工会。请各地党委办公室做好准备。').some((n) => n.includes('办公室'))).toBe(false);
  });
});

describe('a preposition jieba fused to the body after it is no part of its name', () => {
  it('由团某区委, 我受区政府委托, 被团省委', () => {
    const a = orgs('9月19日，由团沁源县委、县人社局联合举办的培训班结业。');
    expect(a).toContain('团沁源县委');
    expect(a.some((n) => n.startsWith('由'))).toBe(false);
    const b = orgs('主任、各位副主任：\n我受区政府委托，现将有关情况报告如下。');
    expect(b.some((n) => n.startsWith('我') || n.startsWith('受'))).toBe(false);
    expect(orgs('张某被团省委授予“青年岗位能手”称号。').some((n) => n.startsWith('被'))).toBe(false);
  });
  it('keeps a name whose first word only looks like one (和平区, 为民服务中心)', () => {
    expect(orgs('天津市和平区总工会开展慰问。')).toContain('天津市和平区总工会');
  });
});

describe('a body before a post is the post\'s, not a body named', () => {
  it('市总工会党组成员', () => {
    expect(orgs('衢州市总工会。市总工会党组成员、副主席李某出席会议。')).not.toContain('市总工会党组');
  });
});

describe('和 inside a government body joins its two portfolios, nothing else', () => {
  it('keeps X和Y局 / 委员会 / 部 whole', () => {
    expect(orgs('株洲市芦淞区城市管理和综合执法局开展专项整治。')).toContain('株洲市芦淞区城市管理和综合执法局');
    expect(orgs('会同区人力资源和社会保障局、区建设和交通委员会开展检查。')).toContain('区建设和交通委员会');
    expect(orgs('嘉峪关市总工会联合市文体广电和旅游局举办活动。')).toContain('市文体广电和旅游局');
    expect(orgs('德州市总工会劳动和经济工作部牵头组织。')).toContain('德州市总工会劳动和经济工作部');
  });
  it('does not join two places or bodies of another kind', () => {
    expect(orgs('深入城乡社区和街道开展宣讲。')).toEqual([]);
    expect(orgs('组织企业和职业院校开展合作。')).toEqual([]);
  });
});

describe('a one-character seat and a domain name the place\'s own institution', () => {
  it('区体育中心, 县人力资源市场, 州组委会, 市青年联合会', () => {
    expect(orgs('沧州市运河区总工会在区体育中心举办职工运动会。')).toContain('区体育中心');
    expect(orgs('5月28日，乐东县在县人力资源市场举办招聘会。')).toContain('县人力资源市场');
    expect(orgs('經州職業技能競賽組委會審核，決定授予10名選手稱號。')).toContain('州职业技能竞赛组委会');
    expect(orgs('团市委、市青年联合会联合发布名单。')).toContain('市青年联合会');
  });
  it('not a class of bodies, not the body of a post', () => {
    expect(orgs('市企业工会要履行职责。')).toEqual([]);
    expect(orgs('县基层工会组织建设得到加强。')).toEqual([]);
    expect(orgs('区总工会党组书记王某出席。').some((n) => n.endsWith('党组'))).toBe(false);
  });
});

describe('public institutions of a place', () => {
  it('street offices, courts, police units, stations, hotels, vocational schools', () => {
    const got = orgs('授予南宁市青秀区新竹街道、晋中市榆次区人民法院、怀宁县公安局交通管理大队、巴彦浩特镇农牧业综合服务站、敦化市长白山宾馆、桐城市第二职业中专等6个单位“先进集体”称号。');
    expect(got).toEqual(expect.arrayContaining(['南宁市青秀区新竹街道', '晋中市榆次区人民法院', '怀宁县公安局交通管理大队', '巴彦浩特镇农牧业综合服务站', '敦化市长白山宾馆', '桐城市第二职业中专']));
  });
  it('not a street named without its district, not a kind', () => {
    expect(orgs('组织工匠走进河南街道、建工街道开展服务。')).toEqual([]);
    expect(orgs('各街道、社区要做好宣传。')).toEqual([]);
  });
});

describe('a team, section or workshop after its unit: one body, the unit only when named alone', () => {
  it('hospitals, schools, stations and companies with their teams', () => {
    const got = orgs('授予六盘水市人民医院急诊科、兴义市第八中学青年教师团队、镇宁县水土保持监测站苗圃作业队、遵义市公交集团有限公司3路车队等4个集体“青年文明号”称号。');
    expect(got).toEqual(['六盘水市人民医院急诊科', '兴义市第八中学青年教师团队', '镇宁县水土保持监测站苗圃作业队', '遵义市公交集团有限公司3路车队']);
    expect(orgs('綏化市北林區宏達機械有限公司質檢班被評為“工人先鋒號”。')).toEqual(['绥化市北林区宏达机械有限公司质检班']);
    expect(orgs('名单：德阳市中医院制剂室、广汉市第三小学教研组\n')).toEqual(['德阳市中医院制剂室', '广汉市第三小学教研组']);
  });
  it('a court\'s chamber, a bureau\'s section, a maternity hospital\'s ward, a depot\'s team (other provinces)', () => {
    const got = orgs('授予仁怀市人民法院立案庭、绥阳县市场监督管理局登记注册股、榕江县妇幼保健院产科、宾县粮库仓储保管班等4个集体荣誉称号。');
    expect(got).toEqual(['仁怀市人民法院立案庭', '绥阳县市场监督管理局登记注册股', '榕江县妇幼保健院产科', '宾县粮库仓储保管班']);
    // an office of a bureau, a station of a brigade, a patrol team, a service window; a team before 职工
    expect(orgs('授予商丘市城市管理局环卫处、睢阳区消防救援大队特勤站等单位荣誉。')).toEqual(['商丘市城市管理局环卫处', '睢阳区消防救援大队特勤站']);
    expect(orgs('会上，乌兰察布市不动产登记中心窗口获得自治区工人先锋号。')).toEqual(['乌兰察布市不动产登记中心窗口']);
    expect(orgs('镇江港务集团有限公司装卸队职工曹某的女儿说，将好好学习。')).toEqual(['镇江港务集团有限公司装卸队']);
    // a contest's team named after its unit is no body (held11)
    expect(orgs('常州恒力机械有限公司代表队获团体一等奖。')).toEqual(['常州恒力机械有限公司']);
    // a preposition jieba joined to an unknown town (对|某镇…) is no part of the name; a town named 向阳 keeps it
    expect(orgs('表彰会上，对博鳌镇环境卫生所清扫二班等8个班组予以表彰。')).toEqual(['博鳌镇环境卫生所清扫二班']);
    expect(orgs('授予向阳镇卫生院等3个集体荣誉称号。')).toEqual(['向阳镇卫生院']);
    // a section's spokesman: the section is the body (市人社局职业能力建设科负责人介绍)
    expect(orgs('鹰潭市总工会。市人社局职业能力建设科负责人介绍，明年还将评审。')).toContain('市人社局职业能力建设科');
  });
  it('the unit named alone elsewhere is a body of its own', () => {
    const got = orgs('张家界市公共交通有限公司2路车队获评工人先锋号。张家界市公共交通有限公司今年新增线路3条。');
    expect(got).toEqual(['张家界市公共交通有限公司2路车队', '张家界市公共交通有限公司']);
  });
  it('not a bare workshop of a post, not a class, not a team before its leader\'s post', () => {
    expect(orgs('（女，宜宾丝丽雅集团有限公司车间主任）').some((n) => n.endsWith('车间'))).toBe(false);
    expect(orgs('会上，绥化市宏达机械有限公司质检班班长刘某作交流发言。').some((n) => n.endsWith('班'))).toBe(false);
    expect(orgs('某某有限公司培训班组织学员参观。').some((n) => n.endsWith('班'))).toBe(false);
    // (a hospital's department before a post is the hospital's since round 36: 23 golds read the hospital, 12 the
    // department (held12, held15, held16, held19 among them); every half since held28 reads the hospital)
    expect(orgs('常立军　锦州市中心医院心内科主任\n')).toEqual(['锦州市中心医院']);
    expect(orgs('常某　锦州市中心医院心内科护士长\n')).toEqual(['锦州市中心医院']);
  });
});

describe('区 and 市 of a report name the district or county-level city that issues it', () => {
  it('a district named in the head: 区总工会, 区人大常委会, 区政府, 区委', () => {
    const t = '关于江宁区职工服务工作情况的报告\n——在区人大常委会第十次会议上\n区委、区人大常委会：\n我受区政府委托，现将情况报告如下。区总工会全年走访企业120家。';
    expect(canon(t)).toEqual(expect.arrayContaining(['江宁区人民代表大会常务委员会', '江宁区人民政府', '江宁区总工会', '中共江宁区委']));
  });
  it('a county-level city that issues the report: 市人民政府, 市第十八届人大常委会', () => {
    const t = '瑞安市总工会关于职工技能提升工作的报告\n——在瑞安市第十七届人大常委会第九次会议上\n受市人民政府委托，现将有关情况报告如下。瑞安市今年培训职工2万人次，温州市下达的任务全面完成。瑞安市总工会将继续努力。';
    expect(canon(t)).toEqual(expect.arrayContaining(['瑞安市人民代表大会常务委员会', '瑞安市人民政府']));
  });
  it('not a district the head does not name, not a county-level city named less than its prefecture', () => {
    expect(canon('山区群众生活改善，区总工会开展慰问。').some((c) => c.endsWith('区总工会') && c !== '区总工会')).toBe(false);
    const t = '温州市总工会关于技能提升的通知\n温州市各县（市、区）总工会：瑞安市、乐清市要抓好落实。温州市总工会将督查。市人民政府高度重视。';
    expect(canon(t)).toContain('温州市人民政府');
  });
});

describe('the issuers of a joint notice side by side on its head lines', () => {
  const head = '辽源市总工会　辽源市应急管理局\n辽源市卫生健康委员会　共青团辽源市委员会\n\n关于开展“安康杯”竞赛的通知\n各县（区）总工会：\n市总工会、市应急局、市卫健委和团市委决定开展竞赛。';
  it('two bodies a space apart are two; an issuer cut inside a word is completed, its tail dropped', () => {
    // the issuers as a header reader may cut them at a fixed width
    const got = canon(head, ['辽源市总工会', '辽源市应急管理局', '辽源市卫生健康委', '员会共青团辽源市委员会']);
    expect(got).toEqual(expect.arrayContaining(['辽源市总工会', '辽源市应急管理局', '辽源市卫生健康委员会', '共青团辽源市委员会']));
    expect(got.some((c) => c.startsWith('员会') || /\s/.test(c) || c === '辽源市卫生健康委')).toBe(false);
    const run = canon(head, ['辽源市总工会', '辽源市应急管理局', '辽源市卫生健康委员会 共青团辽源市委员会']);
    expect(run.some((c) => /\s/.test(c))).toBe(false);
  });
  it('和 between a body and a seat opens the second body', () => {
    expect(canon(head)).toEqual(expect.arrayContaining(['辽源市卫生健康委员会', '辽源市应急管理局']));
  });
});

describe('words the tagger reads oddly inside a name', () => {
  it('a set phrase (精神文明), 零部件, and 认定 before a company', () => {
    expect(orgs('共青团宜宾市委、宜宾市精神文明建设办公室近日联合认定宜宾凯翼汽车零部件有限公司总装二班等9个集体为“青年文明号”。')).toEqual(expect.arrayContaining(['宜宾市精神文明建设办公室', '宜宾凯翼汽车零部件有限公司总装二班']));
  });
  it('a team before 已入选 or a count of teams', () => {
    expect(orgs('另，乌海市金桥铝材有限公司电解运行班组已入选全国青年文明号。')).toContain('乌海市金桥铝材有限公司电解运行班组');
    expect(orgs('二连浩特市口岸服务中心窗口班3个班组榜上有名。')).toContain('二连浩特市口岸服务中心窗口班');
  });
  it('a direction word is no body (东部新区)', () => {
    expect(orgs('比武在东部新区落幕。')).toEqual([]);
  });
});

describe('a kind of body has no place or proper name before its ending', () => {
  it('职业学校, 所在学校, 班组工会, 种植合作社, 党支部 are kinds', () => {
    expect(orgs('按学段分，高中3个、职业学校2个。')).toEqual([]);
    expect(orgs('| 序号 | 工作室名称 | 所在学校 | 领衔人 |')).toEqual([]);
    expect(orgs('另有15个班组工会被命名为“模范职工小家”。')).toEqual([]);
    expect(orgs('联合会覆盖种植合作社、分拣包装企业。')).toEqual([]);
    expect(orgs('各車間黨支部要發揮作用。')).toEqual([]);
  });
  it('keeps those with a place, a trade name or a unit', () => {
    expect(orgs('授予清镇市卫城镇蔬菜种植合作社、石门县第二职业学校等单位称号。')).toEqual(expect.arrayContaining(['清镇市卫城镇蔬菜种植合作社', '石门县第二职业学校']));
    expect(orgs('近日，储运部工会被评为“模范职工之家”。')).toContain('储运部工会');
  });
});

describe('a web page\'s publisher before its breadcrumb', () => {
  it('is a body; nothing else on a navigation line is', () => {
    const t = '定西市总工会 首页>基层动态>详情\n安定区总工会为快递员建成6个暖心驿站\n发布日期：2025年9月9日\n国庆前夕，安定区总工会在城区新建6个驿站。';
    expect(orgs(t)).toContain('定西市总工会');
    expect(orgs('首页 > 新闻中心 > 区县动态\n正文。')).toEqual([]);
  });
});

describe('an autonomous prefecture written short + 州 is the document\'s prefecture', () => {
  it('州总工会, 州妇联 resolve to it', () => {
    const t = '湘西州总工会\n关于开展巾帼建功活动的通知\n湘西州各县市总工会：\n由州总工会、州妇联和州人社局共同举办。湘西州总工会将组织评选。';
    const got = canon(t);
    expect(got).toEqual(expect.arrayContaining(['湘西土家族苗族自治州总工会', '湘西土家族苗族自治州妇联', '湘西土家族苗族自治州人力资源和社会保障局']));
  });
});

describe('a body and a connector before a body are no trade name', () => {
  it('某市总工会联合某市应急管理局 are two bodies', () => {
    const got = orgs('6月，鐵嶺市總工會聯合鐵嶺市應急管理局在某鎮舉辦培訓。');
    expect(got).toEqual(expect.arrayContaining(['铁岭市总工会', '铁岭市应急管理局']));
    expect(got.some((n) => n.includes('联合'))).toBe(false);
  });
});

describe('a person\'s post jieba joins to an institution\'s ending', () => {
  it('某县第三小学|教师, 某市第二中学|教师', () => {
    expect(orgs('汪某（女，德兴市第三小学教师）')).toContain('德兴市第三小学');
    expect(orgs('二连浩特市第二中学教师包某获自治区五一劳动奖章。')).toContain('二连浩特市第二中学');
  });
  it('not a word that only ends like one (中学教师资格)', () => {
    expect(orgs('全市中学教师参加培训。')).toEqual([]);
  });
});

describe('a campaign\'s quoted name inside a body\'s name', () => {
  it('某市“安康杯”竞赛组委会, 某县“五小”活动办公室', () => {
    expect(orgs('经泉州市“安康杯”竞赛组委会考评，晋江某公司获优胜单位。')).toContain('泉州市“安康杯”竞赛组委会');
    expect(orgs('6月，德化县“五小”活动领导小组办公室印发通知。')).toContain('德化县“五小”活动领导小组办公室');
  });
  it('not a quoted honour before a body (荣获“工人先锋号”的班组)', () => {
    expect(orgs('荣获“全国工人先锋号”竞赛组委会颁发的证书。').some((n) => n.includes('“'))).toBe(false);
  });
});

describe('a signature line and a class after 各', () => {
  it('a body before 共青团 closes; 各党支部 is a class', () => {
    const got = orgs('特此通知。\n临夏回族自治州妇女联合会\n临夏回族自治州总工会\n妇女联合会共青团临夏回族自治州委员会\n');
    expect(got).toContain('共青团临夏回族自治州委员会');
    expect(got.some((n) => n.startsWith('妇女联合会'))).toBe(false);
    expect(orgs('院属各科室、各党支部：')).toEqual([]);
  });
});

describe('与 inside a college\'s name', () => {
  it('joins its two disciplines', () => {
    expect(orgs('授予兰州某大学化学与材料工程学院分工会“模范职工之家”称号。').some((n) => n.includes('化学与材料工程学院'))).toBe(true);
  });
  it('still splits two bodies (市总工会与市人社局)', () => {
    expect(orgs('白山市总工会与白山市人力资源和社会保障局联合发文。')).toEqual(expect.arrayContaining(['白山市总工会', '白山市人力资源和社会保障局']));
  });
});

describe('a wing banner by its short form (科左中旗, 察右前旗)', () => {
  it('opens a body\'s name', () => {
    expect(orgs('授予察右前旗平地泉镇农牧业综合服务站等单位称号。')).toContain('察右前旗平地泉镇农牧业综合服务站');
    expect(orgs('名单：科右中旗巴彦呼舒镇农牧业综合服务站、某某单位')).toContain('科右中旗巴彦呼舒镇农牧业综合服务站');
  });
});

describe('common words and phrases that end like a body are none (round 13)', () => {
  it('a set phrase ending in 大局 / 干部, a body speaking of itself, a counted class, a quoted kind', () => {
    expect(orgs('全省各级团组织围绕中心、服务大局，积极作为。')).toEqual([]);
    expect(orgs('参加轮训的46名妇女干部另行表彰。')).toEqual([]);
    expect(orgs('今年以来，我局坚持就业优先。我委、我厅也将跟进。')).toEqual([]);
    expect(orgs('全县12家煤矿和3家非煤矿山参加竞赛。')).toEqual([]);
    expect(orgs('在社区建设“家门口就业服务站”，已建成20个。')).toEqual([]);
  });
  it('still the bodies beside them', () => {
    expect(orgs('会上，平凉市总工会要求服务大局。')).toEqual(['平凉市总工会']);
    expect(orgs('决赛前三名由市人社局授予“技术能手”称号。')).toEqual(['市人社局']);
    expect(orgs('嵩县宏达煤矿、栾川县第十二中学获评。')).toEqual(['嵩县宏达煤矿', '栾川县第十二中学']);
    // a department whose name ends like a common word (安|全部) is a department
    expect(orgs('会泽县通达客运有限公司安全部获评优胜单位。')).toEqual(['会泽县通达客运有限公司安全部']);
    // a team closing an annex excerpt (……)
    expect(orgs('附件\n1.宾县粮库仓储保管班……\n')).toEqual(['宾县粮库仓储保管班']);
  });
});

describe('a congress\'s standing committee with its place, its term and its city (round 13)', () => {
  it('the place and term before the body, a district after its city', () => {
    expect(canon('——2025年6月20日在龙华区第七届人民代表大会常务委员会第十九次会议上')).toEqual(['龙华区人民代表大会常务委员会']);
    expect(canon('——2025年5月8日在南充市顺庆区第十届人大常委会第二十二次会议上')).toEqual(['南充市顺庆区人民代表大会常务委员会']);
    expect(canon('——在汉台区第四届政协常委会上')).not.toContain('政协常委会');
  });
});

describe('a person the normaliser glued before the unit on a table row (round 13)', () => {
  it('the unit begins at its place after the name', () => {
    const got = orgs('三、先进个人（20名）\n序号 姓名 单位 职务\n1 甘立新 桐梓县自来水公司 化验员\n2谷秀梅绥阳县金穗新材料有限公司质检员\n');
    expect(got).toContain('绥阳县金穗新材料有限公司');
    expect(got.some((n) => n === '材料有限公司' || n.startsWith('谷') || n.startsWith('秀梅'))).toBe(false);
  });
});
