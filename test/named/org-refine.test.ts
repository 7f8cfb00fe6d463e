// rules/org-bodies.yaml: bodies of a place, standard short forms resolved and expanded, repairs.
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { bodyOrgs, districtOf, mediaOrgs, numberedOrgs, orgBodies, refineOrgs, resolveBody, unitFieldOrgs } from '../../src/extract/named/org-refine.js';
import type { Entity } from '../../src/types.js';

const r = orgBodies();
const none = { province: null, city: null, county: null };

describe('rules/org-bodies.yaml examples', () => {
  for (const ex of r.examples.positive) {
    it(ex.text, () => {
      const place = { ...none, ...ex.place };
      const t = foldToSimplified(ex.text);
      expect([...bodyOrgs(t, place, r), ...mediaOrgs(t, place, r)].map((o) => o.canonical)).toEqual(ex.canonical);
    });
  }
  for (const n of r.examples.negative) {
    const place = { province: '山东省', city: '济南市', county: null };
    it(`no body: ${n}`, () => expect([...bodyOrgs(n, place, r), ...mediaOrgs(n, place, r)]).toEqual([]));
  }
});

describe('rules/org-bodies.yaml unit fields of a record', () => {
  for (const ex of r.unitLabelExamples.positive) it(`${ex.name}: ${ex.text}`, () => expect(unitFieldOrgs(ex.text, none, r).map((o) => o.name)).toEqual([ex.name]));
  for (const n of r.unitLabelExamples.negative) it(`no unit: ${n}`, () => expect(unitFieldOrgs(n, none, r)).toEqual([]));
});

describe('rules/org-bodies.yaml units named by their number (the 兵团\'s regiments)', () => {
  for (const ex of r.numberedExamples.positive) it(`${ex.name}: ${ex.text}`, () => expect(numberedOrgs(ex.text, none, r).map((o) => o.name)).toEqual([ex.name]));
  for (const n of r.numberedExamples.negative) it(`no unit: ${n}`, () => expect(numberedOrgs(n, none, r)).toEqual([]));
});

describe('rules/org-bodies.yaml trade names (字号) between a place and a company\'s trade', () => {
  const place = { province: null, city: null, county: null };
  const refined = (text: string, cut: string) => {
    const at = text.lastIndexOf(cut);
    const e: Entity = { type: 'org', name: cut, canonical: cut, role: null, text: cut, start: at, end: at + cut.length, rule: 'org.suffix' };
    return refineOrgs([e], text, place, () => false, r).map((x) => x.name);
  };
  for (const ex of r.brandExamples.positive) it(ex.text, () => expect(refined(ex.text, ex.cut)).toContain(ex.name));
  for (const ex of r.brandExamples.negative) it(`not a trade name: ${ex.text}`, () => expect(refined(ex.text, ex.cut)).toEqual([ex.cut]));
  for (const ex of r.startExamples.positive) it(`the start left out: ${ex.text}`, () => expect(refined(ex.text, ex.cut)).toContain(ex.name));
  for (const ex of r.townExamples.positive) it(`a town's unit: ${ex.text}`, () => expect(refined(ex.text, ex.cut)).toContain(ex.name));
  for (const ex of r.townExamples.negative) it(`no town's unit: ${ex.text}`, () => expect(refined(ex.text, ex.cut)).toEqual([ex.cut]));
  for (const ex of r.startExamples.negative) it(`no start left out: ${ex.text}`, () => expect(refined(ex.text, ex.cut)).toEqual([ex.cut]));
  for (const ex of r.mastheadExamples.positive) it(`a brand, no body: ${ex.text}`, () => expect(refined(ex.text, ex.cut)).not.toContain(ex.cut));
  for (const ex of r.mastheadExamples.negative) it(`a body, no brand: ${ex.text}`, () => expect(refined(ex.text, ex.cut)).toContain(ex.cut));
});

describe('short forms and repairs', () => {
  const place = { province: '山东省', city: '济南市', county: '平阴县' };
  it('resolves and expands the standard short forms', () => {
    expect(resolveBody('市人社局', place, r)).toBe('济南市人力资源和社会保障局');
    expect(resolveBody('省工信厅', place, r)).toBe('山东省工业和信息化厅');
    expect(resolveBody('县委', place, r)).toBe('中共平阴县委');
    expect(resolveBody('湖北省人力资源和社会保障厅', place, r)).toBe('湖北省人力资源和社会保障厅');
  });
  const o = (text: string, start: number, end: number): Entity => ({ type: 'org', name: text.slice(start, end), canonical: text.slice(start, end), role: null, text: text.slice(start, end), start, end, rule: 'org.suffix' });
  it('splits at a county\'s full name after a body (two issuers of a signature), keeps a branch in the county whole', () => {
    const t = '鞍山市总工会海城市妇女联合会';
    expect(refineOrgs([o(t, 0, t.length)], t, place, () => false, r).map((e) => e.name)).toEqual(['鞍山市总工会', '海城市妇女联合会']);
    // (read from inside the first name: its tail is no body; the place's body reader finds the first whole)
    const u = '凤城市工业和信息化局凤城市妇女联合会';
    expect(refineOrgs([o(u, u.indexOf('信息化局'), u.length)], u, place, () => false, r).map((e) => e.name)).toEqual(['凤城市工业和信息化局', '凤城市妇女联合会']);
    const b = '鞍山市公安局海城市分局';
    expect(refineOrgs([o(b, 0, b.length)], b, place, () => false, r).map((e) => e.name)).toEqual([b]);
  });
  it('splits two bodies glued by a lost space, keeps a company and its provincial branch whole', () => {
    const t = '福建省总工会福建省人力资源和社会保障厅';
    expect(refineOrgs([o(t, 0, t.length)], t, place, () => false, r).map((e) => e.canonical)).toEqual(['福建省总工会', '福建省人力资源和社会保障厅']);
    const u = '大理州总工会大理州人力资源和社会保障局';
    expect(refineOrgs([o(u, 0, u.length)], u, place, () => false, r).map((e) => e.name)).toEqual(['大理州总工会', '大理州人力资源和社会保障局']);
    const party = '中共某某能源集团有限公司委员会';
    // (the company is not a second body unless the text names it alone: held9's ruling)
    expect(refineOrgs([o(party, 0, party.length)], party, place, () => false, r).map((e) => e.name)).toEqual([party]);
    const y = '三明市教育局共青团三明市委员会';
    expect(refineOrgs([o(y, 0, y.length)], y, place, () => false, r).map((e) => e.name)).toEqual(['三明市教育局', '共青团三明市委员会']);
    const c = '中国烟草总公司云南省公司';
    expect(refineOrgs([o(c, 0, c.length)], c, place, () => false, r).map((e) => e.canonical)).toEqual([c]);
  });
  // the span as the dictionary reader hands it over: from `from` to the end of `cut`
  const spanOf = (t: string, from: string, cut: string) => { const a = t.indexOf(foldToSimplified(from)); cut = foldToSimplified(cut); return o(t, a, t.indexOf(cut, a) + cut.length); };
  const names = (raw: string, from: string, cut: string) => { const t = foldToSimplified(raw); const sp = spanOf(t, from, cut); return refineOrgs([sp], t, place, () => false, r).filter((e) => e.start < sp.end && e.end > sp.start).map((e) => e.name); };
  it('reads a connector opening a name inside a clause as the verb (将会同|区人社局), keeps the county 会同县 at a boundary', () => {
    expect(names('下一步，区总工会将会同区人社局、区经信局开展培训。', '会同区', '人社局')).toEqual(['区人社局']);
    expect(names('县委组织部还会同县财政局下拨了资金。', '会同县', '财政局')).toEqual(['县财政局']);
    expect(names('州總工會並聯合州人社局舉辦競賽。', '聯合州', '人社局')).toEqual(['州人社局']) // (read folded to simplified script);
    expect(names('市工商联协同市商务局走访企业', '协同市', '商务局')).toEqual(['市商务局']);
    expect(names('市总工会拟会同省人社厅组织评审。', '会同省', '人社厅')).toEqual(['省人社厅']);
    // a boundary or a verb before it: 会同县 is a county of 湖南, read so in a Hunan document; in a document of
    // another province (this one's is 山东) 会同 at a sentence's start is the verb too, as the golds of held55
    // and held61 read it (round 72, rules/org-bodies.yaml seatVerbs)
    const hunan = { province: '湖南省', city: '怀化市', county: null };
    const inHunan = (t: string, from: string, cut: string) => { const sp = spanOf(t, from, cut); return refineOrgs([sp], t, hunan, () => false, r).map((e) => e.name); };
    expect(inHunan('会同县人社局召开会议。', '会同县', '人社局')).toEqual(['会同县人社局']);
    expect(inHunan('经会同县人社局审核，', '会同县', '人社局')).toEqual(['会同县人社局']);
    expect(inHunan('、会同县总工会', '会同县', '总工会')).toEqual(['会同县总工会']);
    expect(names('。会同县人社局为参训职工兑现补贴。', '会同县', '人社局')).toEqual(['县人社局']);
  });
  it('ends a place\'s body before a preposition (市交通运输局在|城区物流分拨中心)', () => {
    expect(names('市总工会联合市交通运输局在城区物流分拨中心开展入会服务。', '市交通运输局', '中心')).toEqual(['市交通运输局']);
    expect(names('县人社局于县职业技术学校举办培训班。', '县人社局', '学校')).toEqual(['县人社局']);
    expect(names('岳阳市总工会到平江县工业园区管理委员会调研。', '岳阳市总工会', '管理委员会')).toEqual(['岳阳市总工会']);
    expect(names('區應急管理局在東港物流園服務中心開展演練。', '區應急管理局', '中心')).toEqual(['区应急管理局']);
    expect(names('市人社局向市人民政府办公室报送材料', '市人社局', '办公室')).toEqual(['市人社局', '市人民政府办公室']); // (the place's body after it is read on its own, with its office)
    // no place's body before the word: a name that holds 在/于 stays whole
    expect(names('浙江在线新闻网站有限公司', '浙江在线', '有限公司')).toEqual(['浙江在线新闻网站有限公司']);
    expect(names('青岛港于家湾码头有限公司', '青岛港', '有限公司')).toEqual(['青岛港于家湾码头有限公司']);
    expect(names('市职业技术学院', '市职业', '学院')).toEqual(['市职业技术学院']);
  });
  it('begins a name at the place it was cut inside or after (万|山区, 于都|供电, 授予|阳朔县遇|龙河…)', () => {
    const cut = (t: string, from: string) => {
      const s = t.indexOf(from);
      return refineOrgs([o(t, s, t.length)], t, place, () => false, r).map((e) => e.name);
    };
    expect(cut('近日，万山区总工会', '山区总工会')).toEqual(['万山区总工会']);
    expect(cut('作者：于都供电分公司', '供电分公司')).toEqual(['于都供电分公司']);
    expect(cut('授予阳朔县遇龙河景区服务中心', '龙河景区服务中心')).toEqual(['阳朔县遇龙河景区服务中心']);
    // not after a word that is no verb of conferment, nor a place inside a longer word
    expect(cut('支持万山区总工会', '山区总工会')).toEqual(['山区总工会']);
    expect(cut('深入阳朔县遇龙河景区服务中心', '龙河景区服务中心')).toEqual(['龙河景区服务中心']);
  });
  it('takes a table column a single space apart as its own name, keeps a letter-spaced body whole', () => {
    const t = '3“晨光”职工创新工作室 贵阳永青仪电科技有限公司 王某';
    const a = t.indexOf('职工创新工作室');
    const b = t.indexOf(' 王某');
    expect(refineOrgs([o(t, a, b)], t, place, () => false, r).map((e) => e.name)).toEqual(['贵阳永青仪电科技有限公司']);
    const u = '签发：昆明市 总工会';
    expect(refineOrgs([o(u, 3, u.length)], u, place, () => false, r).map((e) => e.name)).toEqual(['昆明市 总工会']);
    const v = '某省新时期产业工人队伍建设改革 工作协调领导小组办公室';
    expect(refineOrgs([o(v, 0, v.length)], v, place, () => false, r).map((e) => e.name)).toEqual([v]);
  });
  it('reads 新区X as the document\'s zone once it has been named (两江新区总工会 … 新区总工会)', () => {
    const t = '天府新区总工会 王某\n今年以来，新区总工会会同区人社局举办大赛。';
    const at = t.indexOf('新区总工会', 5);
    const got = refineOrgs([o(t, 0, 7), o(t, at, at + 5)], t, { province: '四川省', city: '成都市', county: null }, () => false, r).map((e) => e.canonical);
    expect(got).toEqual(['天府新区总工会', '天府新区总工会', '天府新区人力资源和社会保障局']);
  });
  it('names a plant with its company as one body, the company not a second one (held9, held12, held13)', () => {
    const t = '大庆油田有限责任公司采油一厂';
    expect(refineOrgs([o(t, 0, t.length)], t, place, () => false, r).map((e) => e.canonical)).toEqual([t]);
    const b = '某某银行股份有限公司济南分公司';
    expect(refineOrgs([o(b, 0, b.length)], b, place, () => false, r).map((e) => e.canonical)).toEqual([b]);
  });
  it('cuts a verb read as the head and takes in the place before it', () => {
    const t = '确定郑州宇通客车股份有限公司孙宏伟工作室，1. 大连船舶重工集团有限公司';
    const a = refineOrgs([o(t, 0, 14), o(t, t.indexOf('船舶'), t.length)], t, place, () => false, r).map((e) => e.canonical);
    expect(a).toEqual(['郑州宇通客车股份有限公司', '大连船舶重工集团有限公司']);
    const g = '其中3项获中国商飞集团科技进步奖';
    expect(refineOrgs([o(g, 2, g.indexOf('科技'))], g, place, () => false, r).map((e) => e.name)).toEqual(['中国商飞集团']);
  });
  it('finds the district a document calls 区', () => {
    expect(districtOf('经开区总工会积极履职。经开区总工会和产改办。区总工会积极')).toBe('经开区');
    // a city district that seats a body names the 区 of 区委, 区人大常委会
    expect(districtOf('温江区总工会关于职工队伍建设的报告\n区人大常委会：')).toBe('温江区');
    expect(districtOf('山区群众生活改善，区总工会开展慰问。')).toBeNull();
  });
});

describe('a team, section or workshop written right after its unit', () => {
  const place = { province: null, city: null, county: null };
  const refined = (text: string, cut: string) => {
    const at = text.indexOf(cut);
    const e: Entity = { type: 'org', name: cut, canonical: cut, role: null, text: cut, start: at, end: at + cut.length, rule: 'org.suffix' };
    return refineOrgs([e], text, place, () => false, r).map((x) => x.name);
  };
  it('takes the sub-unit the layout ends, written with its unit as one body', () => {
    expect(refined('某港务集团有限公司集装箱装卸一队荣获“全国工人先锋号”。', '某港务集团有限公司')).toContain('某港务集团有限公司集装箱装卸一队');
    expect(refined('授予某供电公司输电运检中心带电作业班等20个集体', '某供电公司输电运检中心')).toContain('某供电公司输电运检中心带电作业班');
    expect(refined('某市急救中心调度科、某医院急诊科护理组获评', '某市急救中心')).toContain('某市急救中心调度科');
    expect(refined('某公交有限公司1路车队被评为文明班组。', '某公交有限公司')).toContain('某公交有限公司1路车队');
    // a shift (运行三值), a project department, a numbered team, a group, a team of people; a 处 as the unit
    expect(refined('某某发电有限公司运行三值、某某铝业有限公司获评', '某某发电有限公司')).toContain('某某发电有限公司运行三值');
    expect(refined('某某路桥建设有限公司平果项目部\n', '某某路桥建设有限公司')).toContain('某某路桥建设有限公司平果项目部');
    expect(refined('某某市环境卫生管理处清扫二队等16个集体', '某某市环境卫生管理处')).toContain('某某市环境卫生管理处清扫二队');
    expect(refined('某某汽车零部件有限公司总装三班荣获', '某某汽车零部件有限公司')).toContain('某某汽车零部件有限公司总装三班');
    expect(refined('某某县产业服务中心检测组、某某站获评', '某某县产业服务中心')).toContain('某某县产业服务中心检测组');
    expect(refined('某某区人民医院儿科护理团队被评为', '某某区人民医院')).toContain('某某区人民医院儿科护理团队');
  });
  it('does not take a working group, a class or a clause', () => {
    expect(refined('某某集团有限公司工作专班，负责此事。', '某某集团有限公司')).toEqual(['某某集团有限公司']);
    expect(refined('某某有限公司培训班组织学员参观。', '某某有限公司')).toEqual(['某某有限公司']);
    expect(refined('某某有限公司的装配班组，', '某某有限公司')).toEqual(['某某有限公司']);
    // a count or a clause after the unit is no sub-unit
    expect(refined('某某有限公司下设3个项目部，', '某某有限公司')).toEqual(['某某有限公司']);
    expect(refined('某某管理处组织全体职工学习。', '某某管理处')).toEqual(['某某管理处']);
    // 组织 after the unit is its verb (组织|评审组); a personnel section keeps the word
    expect(refined('某某县总工会组织评审组，对工作室进行验收。', '某某县总工会')).toEqual(['某某县总工会']);
    expect(refined('某某县人民医院组织人事科、某站获评', '某某县人民医院')).toContain('某某县人民医院组织人事科');
    // a field or a market after the unit is no unit of it; nor a clause of receiving that ends in a unit's word
    expect(refined('某某矿业有限公司现场，', '某某矿业有限公司')).toEqual(['某某矿业有限公司']);
    expect(refined('某某商贸有限公司市场部经理', '某某商贸有限公司')).toEqual(['某某商贸有限公司']);
    expect(refined('某某建设有限公司连续三年获评优秀项目部，', '某某建设有限公司')).toEqual(['某某建设有限公司']);
  });
  it('takes a pit, a dressing plant or a department before a post with its rank or tool (主管技师, 电铲司机)', () => {
    expect(refined('刘某，江西某某矿业有限公司露天采场电铲司机', '江西某某矿业有限公司')).toContain('江西某某矿业有限公司露天采场');
    expect(refined('张某　某某煤业有限公司选煤场装载机司机\n', '某某煤业有限公司')).toContain('某某煤业有限公司选煤场');
    // (round 75: a hospital's department before a staff post is the hospital, as the golds read it 79 times
    // against 11 over the 64 TRAIN halves; org-refine.ts hospitalBeforeStaffPost)
    expect(refined('王某（女）　某县人民医院放射科主管技师', '某县人民医院')).toEqual(['某县人民医院']);
    expect(refined('赵某，某市中医院药剂科主管药师', '某市中医院')).toEqual(['某市中医院']);
    expect(refined('陈某，某某运输有限公司车队货车司机', '某某运输有限公司')).toContain('某某运输有限公司车队');
  });
  it('reads a project department named by its site as the site (the department is the builder\'s)', () => {
    expect(refined('某建工公司承建的某县人民医院门诊楼项目部获评', '某县人民医院门诊楼项目部')).toEqual(['某县人民医院']);
    expect(refined('承建的某市第二中学新校区项目部连续获评，', '某市第二中学新校区项目部')).toEqual(['某市第二中学']);
    expect(refined('某区妇幼保健院迁建项目部荣获', '某区妇幼保健院迁建项目部')).toEqual(['某区妇幼保健院']);
    // a builder written before the site owns the department: the name stands
    expect(refined('某某建工集团有限公司某县人民医院项目部荣获', '某某建工集团有限公司某县人民医院项目部')).toEqual(['某某建工集团有限公司某县人民医院项目部']);
    // the reader's tail after the site (某医院新|院区项目部) is no body of its own
    expect(refined('某市人民医院新院区项目部连续两年', '院区项目部')).toEqual([]);
  });
});
