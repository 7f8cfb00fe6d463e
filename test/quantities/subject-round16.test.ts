// Round 16 of issue 18: the subject of a figure read from the grammar of its clause. Sentences written
// for this test (other provinces, both scripts), each mechanism with a negative.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { refineSubjects, subjectCues } from '../../src/extract/quantities/subject-refine.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta } from '../../src/types.js';
import { run } from './subject-harness.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
const read = (written: string) => {
  const text = foldToSimplified(written);
  return refineSubjects(text, extractQuantities({ text, meta, sections: [], pageAt: () => null }), subjectCues());
};
/** figure text → [subject, total's text] */
const table = (written: string) => {
  const qs = read(written);
  return Object.fromEntries(qs.map((q) => [q.text, [q.subject, q.partOf === null ? null : qs[q.partOf].text]]));
};

describe('分别 + a verb and its object: each figure takes its own doer, and the object names the total', () => {
  it('three sectors share out the workers of a total stated before', () => {
    const t = table('全县共有产业工人4.2万人。按行业分，装备制造业、电子信息业和现代物流业分别吸纳产业工人1.6万人、1.1万人和0.7万人。');
    expect(t['1.6万人']).toEqual(['装备制造业', '4.2万人']);
    expect(t['1.1万人']).toEqual(['电子信息业', '4.2万人']);
    expect(t['0.7万人']).toEqual(['现代物流业', '4.2万人']);
  });
  it('traditional script, two doers', () => {
    const t = table('全市會員3.5萬人。紡織業、食品加工業分別吸納會員1.2萬人和0.9萬人。');
    expect(t['1.2万人']).toEqual(['纺织业', '3.5万人']);
    expect(t['0.9万人']).toEqual(['食品加工业', '3.5万人']);
  });
  it('not: names sharing one noun after 的, nor a noun written after the figures', () => {
    expect(table('甲县、乙县的优胜企业分别奖励2万元、1万元。')['2万元'][0]).not.toBe('甲县');
    expect(table('两县分别有3家、2家企业获得命名。')['3家'][0]).toBe('企业');
  });
  it('not: an object that names no earlier total links nothing', () => {
    expect(table('全县职工5万人。甲厂、乙厂分别吸纳学徒120人和80人。')['120人'][1]).toBeNull();
  });
});

describe('a verb after the counted noun is its predicate, not its name', () => {
  run([
    ['会上为新认定的4个青州市劳模工作室揭牌。', '4个', '青州市劳模工作室'],
    ['會上為新認定的2個職工驛站授牌。', '2個', '职工驿站'],
    ['全县12名技术骨干获颁“技能标兵”证书。', '12名', '技术骨干'],
    ['另有2个工作室因场地不达标暂缓命名。', '2个', '工作室'],
    // (a noun of service closing the clause stays: 专项补助)
    ['每年安排600万元专项补助。', '600万元', '专项补助'],
  ]);
});

describe('依托 X 建设的: a verb of building makes the whole clause the subject', () => {
  run([
    ['全县建成驿站40个，其中依托供销社网点建设的16个。', '16个', '依托供销社网点建设的'],
    ['其中依託郵政網點設立的9個。', '9個', '依托邮政网点设立的'],
    // (依托 a base alone keeps 依托 and the 的 too: the genre’s golds write 依托X的 about 140 times to 3)
    ['本批6个工作室中，依托职业院校的2个。', '2个', '依托职业院校的'],
  ]);
});

describe('the writer’s place and a deadline before the subject say where and when', () => {
  run([
    ['省人社厅认定我县技能大师工作室3个。', '3个', '技能大师工作室'],
    ['力争到年底全县技能人才总量突破3万人。', '3万人', '技能人才'],
    ['爭取到明年底全縣高技能人才達到8000人。', '8000人', '高技能人才'],
  ]);
});

describe('tenths after a rate or a change, medals in 枚, and durations left out', () => {
  it('a rate or a change stated in tenths is a figure; a bare 三成 before a noun is not', () => {
    expect(read('全县劳动争议调解成功率超过八成。').map((q) => [q.text, q.subject])).toEqual([['超过八成', '劳动争议调解成功率']]);
    expect(read('持证技工人数比上年增长约四成。').some((q) => q.unit === '成')).toBe(true);
    expect(read('全市八成企业已建立工会。')).toEqual([]);
  });
  it('medals counted in 枚, each after its own noun', () => {
    const t = table('全州选手在省赛中获得金牌3枚、银牌5枚、铜牌6枚。');
    expect([t['3枚'][0], t['5枚'][0], t['6枚'][0]]).toEqual(['金牌', '银牌', '铜牌']);
  });
  it('a term of a post, a career told and the years a rule requires are no figures', () => {
    expect(read('聘任李某等8名同志为首席技师，聘期三年。').map((q) => q.text)).toEqual(['8名']);
    expect(read('工作室認定有效期為兩年。')).toEqual([]);
    expect(read('带头人王某从事木雕工作三十余年。')).toEqual([]);
    expect(read('申报人须从事本职业10年以上。')).toEqual([]);
    expect(read('考試時間為45分鐘，滿分100分。').map((q) => q.text)).toEqual(['100分']);
    expect(read('该班组连续3000天安全无事故，平均抢修时间缩短至32分钟。')).toEqual([]);
  });
});

describe('parts whose total is in another clause, sentence or line', () => {
  it('X的N: a noun restricted by a clause is part of the unrestricted count before it in the sentence', () => {
    expect(table('开发区现有企业86家、职工1.2万余人，已建立工会组织的企业有71家。')['71家'][1]).toBe('86家');
    expect(table('全縣共有驛站40個，由企業建設的驛站有25個。')['25个'][1]).toBe('40个');
  });
  it('not: a larger figure, or a new fact after 另有', () => {
    expect(table('全县共有驿站40个，由企业建设的驿站有45个。')['45个'][1]).toBeNull();
    expect(table('本次命名的12个工作室中，由劳动模范领衔的有5个，另有暂缓命名的工作室3个。')['3个'][1]).toBeNull();
  });
  it('按…分 after a part: the series is that part’s when it adds up to it exactly', () => {
    const ok = table('全县职工8.4万人，其中高技能人才2.5万人，占29.8%。按等级分，高级工、技师、高级技师分别为1.8万人、0.5万人、0.2万人。');
    expect(ok['0.5万人']).toEqual(['技师', '2.5万人']);
    const no = table('全县职工8.4万人，其中高技能人才2.5万人，占29.8%。按等级分，高级工、技师、高级技师分别为1.8万人、0.5万人、0.1万人。');
    expect(no['0.5万人'][1]).toBeNull();
  });
  it('a titled list and its groups, each line a label with its count, when they add up', () => {
    const t = table('某州“技术能手”名单（9名）\n\n钢铁冶炼（4名）：甲、乙、丙、丁\n電工（3名）：戊、己、庚\n茶藝（2名）：辛、壬\n');
    expect([t['4名'], t['3名'], t['2名']]).toEqual([['钢铁冶炼', '9名'], ['电工', '9名'], ['茶艺', '9名']]);
    const no = table('某州“技术能手”名单（10名）\n焊工（4名）：甲、乙\n电工（3名）：丙、丁\n');
    expect(no['4名'][1]).toBeNull();
  });
});

describe('two nouns joined by 和 after a count, closing at 的 or the clause', () => {
  run([
    ['全县52家企业和院校的410名选手参赛。', '52家', '企业和院校'],
    ['全市18家外貿和物流企業的職工報名。', '18家', '外贸和物流企业'],
    // (与 a partner before a verb joins nothing)
    ['园区8家企业与驿站签订了培养协议。', '8家', '企业'],
    ['其中45岁以上的学员接近六成。', '接近六成', '学员'],
    ['全年攻克技术难题35项。', '35项', '技术难题'],
  ]);
});

describe('a tally before a decision, and entrants before those selected', () => {
  it('the item figures of a decision that add up to a tally of the lead-in are its parts', () => {
    const qs = read('经基层推荐，共评选出先进集体15个、先进个人20名。经研究，决定：\n　　（一）授予某某公司等6个单位“某县五一劳动奖状”；\n　　（二）授予张三等20名职工“某县五一劳动奖章”；\n　　（三）将某某班等9个班组命名为“某县工人先锋号”。\n');
    const total = (t: string, n = 0) => { const q = qs.filter((x) => x.text === t)[n]; return q.partOf === null ? null : qs[q.partOf].text; };
    expect([total('6个'), total('20名', 1), total('9个')]).toEqual(['15个', '20名', '15个']);
  });
  it('not: items that do not add up', () => {
    const t = table('全市共有120名技能人才报名参评，最终确定36人。现决定：\n　　一、命名张某等24名同志为“某市技术能手”；\n　　二、聘任李某等10名同志为某市首席技师。\n');
    expect(t['24名'][1]).toBeNull();
  });
  it('those selected later in the sentence are parts of the entrants', () => {
    const t = table('本年度共有86名技能人才參評，經資格審查和專家評審，最終12人當選“某城工匠”，另有8人獲“某城工匠”提名獎。');
    expect([t['12人'][1], t['8人'][1]]).toEqual(['86名', '86名']);
  });
  it('not: a count in a clause of no selection', () => {
    expect(table('本年度共有86名技能人才参评，评审专家9人。')['9人'][1]).toBeNull();
  });
});

describe('a verb of work inside a compound that closes on a work item', () => {
  run([
    ['各工作室每年至少完成2项技术攻关课题。', '2项', '技术攻关课题'],
    ['每年完成不少于3項技術攻關或合理化建議項目。', '不少于3項', '技术攻关或合理化建议项目'],
    ['每年至少完成1项技术革新或攻关项目。', '1项', '技术革新或攻关项目'],
    // (a verb and its object after the people counted: their predicate)
    ['5名劳模工匠走上讲台。', '5名', '劳模工匠'],
    ['全县8支代表队进入决赛。', '8支', '代表队'],
  ]);
});

describe('a list title names what it lists by its quoted title', () => {
  run([
    ['第二届某州职业技能大赛“某州技术能手”名单（18名）\n甲、乙', '18名', '某州技术能手'],
    ['第二屆某州職業技能大賽“某州技術能手”名單（18名）\n甲、乙', '18名', '某州技术能手'],
    // (an unquoted title keeps its recipients' head, as written)
    ['2025年某市五一劳动奖章获得者名单（35名）\n甲、乙', '35名', '某市五一劳动奖章获得者'],
  ]);
});
