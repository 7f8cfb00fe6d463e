// rules/conferment.yaml: every example through the conferment grammar, and the merge with the
// dictionary's awards.
import { describe, expect, it } from 'vitest';
import { confermentHonours, confermentRules, honourLevel, honourName, issuerLevel, mergeHonours, prizeLevel, withoutLevelSpans } from '../../src/extract/named/conferment.js';
import type { Award } from '../../src/types.js';

const r = confermentRules();

describe('rules/conferment.yaml examples', () => {
  for (const p of r.v.examples.positive) {
    it(`${p.rule}: ${p.text}`, () => {
      const got = confermentHonours(p.text, '浙江省', r).map((h) => ({ rule: h.rule, name: h.name, count: h.count, level: h.level }));
      expect(got).toContainEqual({ rule: p.rule, name: p.name, count: p.count, level: p.level });
    });
  }
  for (const n of r.v.examples.negative) {
    it(`not conferred: ${n}`, () => expect(confermentHonours(n, '浙江省', r)).toEqual([]));
  }
});

describe('a notice that launches a selection', () => {
  const title = '关于开展2025年某某市“青年技能之星”评选活动的通知';
  it('reads a bare 评选 with a count as the quota it sets, a past 评出 as a record', () => {
    const t = '二、评选名额。全市评选“青年技能之星”30名。去年全市共评出“青年技能之星”28名。';
    expect(confermentHonours(t, '福建省', r, title).map((h) => [h.name, h.count])).toEqual([['青年技能之星', 28]]);
  });
  it('keeps a report’s 评选 with a count as a record', () => {
    expect(confermentHonours('全市评选“青年技能之星”30名。', '福建省', r, '2025年工作总结').map((h) => h.count)).toEqual([30]);
  });
});

describe('honour names and spans', () => {
  it('normalises 省 to the province, drops years and batches, and uses the dictionary name', () => {
    expect(honourName('2023年度“浙江工匠”称号', '浙江省', r)).toBe('浙江工匠');
    expect(honourName('省五一劳动奖章', '山东省', r)).toBe('山东省五一劳动奖章');
    expect(honourName('第三批省级劳模', '安徽省', r)).toBe('省级劳动模范');
  });
  it('gives spans into the text', () => {
    const t = '会议授予四川长虹电器股份有限公司高级技师罗文斌等10名职工“绵州工匠”称号，每人给予3万元奖励。';
    const [h] = confermentHonours(t, '四川省', r);
    expect(t.slice(h.start, h.end)).toBe(h.text);
    expect(h.text.startsWith('授予')).toBe(true);
    expect(h.text.endsWith('称号')).toBe(true);
  });
});

describe('levels from the conferring body and the contest', () => {
  const award = (over: Partial<Award>): Award => ({ name: '', level: null, count: null, recipients: [], text: '', start: 0, end: 0, rule: 'award.x', ...over });
  it('gives a contest’s prizes and an appointed post the level of the body that runs them', () => {
    expect(issuerLevel(award({ name: '“安康杯”竞赛优胜企业' }), ['酒泉市总工会', '酒泉市应急管理局'], r)).toBe('municipal');
    expect(issuerLevel(award({ name: '优胜班组' }), ['某某石化有限责任公司工会'], r)).toBe('enterprise');
    expect(issuerLevel(award({ name: '首席技师', rule: 'conferment.appointed' }), ['牡丹江市人力资源和社会保障局'], r)).toBe('municipal');
    // an honour the issuer merely reports is not its own
    expect(issuerLevel(award({ name: '技术标兵' }), ['酒泉市总工会'], r)).toBe(null);
  });
  it('reads 自治区 opening an honour as the region’s own', () => {
    expect(honourLevel('自治区巾帼文明岗', r)).toBe('provincial');
  });
  it('gives a craftsman title an enterprise names the enterprise level', () => {
    expect(issuerLevel(award({ name: '徐工工匠' }), ['中共某某工程机械集团有限公司委员会'], r)).toBe('enterprise');
    expect(issuerLevel(award({ name: '徐工工匠' }), ['徐州市总工会'], r)).toBe('municipal');
  });
  it('gives a prize the level of the contest named before it in the sentence', () => {
    const t = '县里举办第二届“某乡工匠”技能大赛，决出一等奖5名。全市职工参加，评出金奖3个。';
    const craftsman = award({ name: '某乡工匠', level: 'county', start: t.indexOf('某乡'), end: t.indexOf('某乡') + 4 });
    const first = award({ name: '一等奖', start: t.indexOf('一等奖'), end: t.indexOf('一等奖') + 3 });
    const gold = award({ name: '金奖', start: t.indexOf('金奖'), end: t.indexOf('金奖') + 2 });
    const all = [craftsman, first, gold];
    expect(prizeLevel(first, all, t, r)).toBe('county');
    expect(prizeLevel(gold, all, t, r)).toBe('municipal');
    expect(prizeLevel(award({ name: '一等奖', start: 2, end: 5 }), [], '获得一等奖。', r)).toBeNull();
  });
});

describe('mergeHonours', () => {
  const award = (over: Partial<Award>): Award => ({ name: '', level: null, count: null, recipients: [], text: '', start: 0, end: 0, rule: 'award.x', ...over });
  it('keeps the dictionary name and level where they overlap and takes the count', () => {
    const t = '获评全国烟草行业第七届先进集体2个。';
    const found = confermentHonours(t, '云南省', r);
    const dict = award({ name: '全国烟草行业先进集体', level: 'industry', start: 2, end: 15 });
    expect(mergeHonours([dict], found)).toEqual([{ ...dict, count: 2 }]);
  });
});

describe('mergeHonours: a regional prefix the dictionary did not read', () => {
  it('takes the grammar’s fuller name and level (“三晋技术能手”)', () => {
    const t = '某公司职工张某荣获“三晋技术能手”称号。';
    const at = t.indexOf('技术能手');
    const dict: Award = { name: '技术能手', level: null, count: null, recipients: [], text: '技术能手', start: at, end: at + 4, rule: 'award.technical-expert' };
    expect(mergeHonours([dict], confermentHonours(t, '山西省', r)).map((a) => [a.name, a.level])).toEqual([['三晋技术能手', 'provincial']]);
  });
});

describe('mergeHonours: a dictionary word inside a conferred title', () => {
  it('gives way to the title (劳模 in …劳模和工匠人才创新工作室)', () => {
    const t = '某盐化公司“李某劳模创新工作室”被命名为全国示范性劳模和工匠人才创新工作室。';
    const found = confermentHonours(t, '青海省', r);
    const at = t.indexOf('劳模和');
    const dict: Award = { name: '劳动模范', level: null, count: null, recipients: [], text: '劳模', start: at, end: at + 2, rule: 'award.labour-model' };
    const merged = mergeHonours([dict], found);
    expect(merged.map((a) => [a.name, a.level])).toEqual([['全国示范性劳模和工匠人才创新工作室', 'national']]);
  });
});

describe('--explain of the conferment grammar', () => {
  it('says why a matched conferment was not taken (a quota) and why a quoted honour is not a workshop name', async () => {
    const { explainNamed } = await import('../../src/extract/named/explain.js');
    const lines = explainNamed('本次活动将评选“龙城工匠”15名。某市命名首批“龙城工匠”创新工作室。');
    const why = lines.filter((l) => l.rejected).map((l) => `${l.rule}: ${l.rejected}`).join('\n');
    expect(why).toMatch(/conferment\.ending: a plan, quota or rule for the future \(将\)/);
    expect(why).toMatch(/workshop\.named: the quoted “龙城工匠” is an honour/);
  });
});

describe('issuerLevel: the honours a document confers', () => {
  const h = (name: string) => ({ name, level: null, count: 3, recipients: [], text: name, start: 0, end: 1, rule: 'conferment.grant' });
  it('gives an honour the title confers the level of the issuing body', () => {
    expect(issuerLevel(h('最美职工'), ['某某农村商业银行股份有限公司工会委员会'], r, '关于表彰2024年度“最美职工”的通报')).toBe('enterprise');
    expect(issuerLevel(h('教书育人标兵'), ['某某理工大学工会委员会'], r, '关于表彰校级“教书育人标兵”的决定')).toBe('enterprise');
    expect(issuerLevel(h('涪州工匠'), ['重庆市涪陵区总工会'], r, null)).toBe('county');
    expect(issuerLevel(h('“安康杯”竞赛优胜单位'), ['秦皇岛市总工会'], r, '关于开展全市“安康杯”竞赛活动的通知')).toBe('municipal');
    expect(issuerLevel(h('辽宁省建设系统技能大师工作室'), ['辽宁省建设工会'], r, null)).toBe('industry');
  });
  it('leaves an honour the title does not name as it is', () => {
    expect(issuerLevel(h('技术能手'), ['秦皇岛市总工会'], r, '关于表彰“最美职工”的通报')).toBeNull();
    expect(issuerLevel(h('先进个人'), ['某某银行工会委员会'], r, null)).toBeNull();
  });
});

describe('issuerLevel', () => {
  const h = (name: string): Award => ({ name, level: null, count: 10, recipients: [], text: name, start: 0, end: name.length, rule: 'conferment.ending' });
  it('gives a craftsman title after an unknown region the level of the issuing body', () => {
    expect(issuerLevel(h('河洛工匠'), ['洛阳市总工会'], r)).toBe('municipal');
    expect(issuerLevel(h('长白工匠'), ['吉林省总工会'], r)).toBe('provincial');
  });
  it('leaves other titles alone', () => {
    expect(issuerLevel(h('青年工匠'), ['洛阳市总工会'], r)).toBeNull();
    expect(issuerLevel(h('技术标兵'), ['洛阳市总工会'], r)).toBeNull();
  });
});

describe('holders listed under an annex heading', () => {
  it('are the recipients, also a holder already named in the text, and the list ends at the next heading', async () => {
    const { extractAll } = await import('../../src/extract/index.js');
    const { textContext } = await import('../../src/extract/named/doc.js');
    const text = '授予某厂技师杜海明等40名职工“某市五一劳动奖章”。\n附件\n某市五一劳动奖章获得者名单（40名）\n杜海明　某某重工有限公司　技师\n孔令辉　某某电力有限公司　工程师\n二、某市工人先锋号（8个）\n某某车间';
    const ctx = textContext(text);
    const ex = extractAll(ctx, ['named']);
    const heading = ex.awards.find((a) => a.rule === 'conferment.list-heading' && a.count === 40);
    expect(heading?.recipients).toEqual(['杜海明', '孔令辉']);
  });
});

describe('an annex heading of a title with a quote inside', () => {
  it('finds the title conferred above whether its inner quotes are single or double', () => {
    const text = '县总工会决定：授予张某某等10名同志“某县‘安康杯’竞赛优秀组织者”称号。\n附件\n2025年度某县“安康杯”竞赛优秀组织者名单\n（10名）\n张某某（县总工会干部）';
    const got = confermentHonours(text, '新疆维吾尔自治区', r).filter((h) => h.rule === 'conferment.list-heading');
    expect(got.map((h) => [h.name, h.count])).toEqual([['某县安康杯竞赛优秀组织者', 10]]);
  });
});

describe('a grade over levels said of some holders', () => {
  const awards = async (t: string) => {
    const { extractAll } = await import('../../src/extract/index.js');
    const { textContext } = await import('../../src/extract/named/doc.js');
    return extractAll(textContext(t), ['named']).awards.map((a) => [a.name, a.count]);
  };
  it('reads no honour from a part counted before (其中N个) or a copula’s predicate (N名…是)', async () => {
    expect(await awards('全县已累计命名县级巾帼文明岗39个，其中6个后来又被评为市级以上巾帼文明岗。')).not.toContainEqual(['市级以上巾帼文明岗', 6]);
    expect(await awards('10名工匠中，女性2名，有3名工匠同时是县级以上劳动模范。')).toEqual([]);
  });
  it('keeps a counted new conferment over levels', async () => {
    expect(await awards('今年全市新增市级以上工人先锋号5个。')).toEqual([['市级以上工人先锋号', 5]]);
  });
});

describe('a place’s title and those above it', () => {
  it('drops 某市级以上H and 某市以上H (a figure over several titles), keeps a bare grade and a place’s own title', () => {
    const names = ['绍兴市级以上五一劳动奖章', '金华市以上劳动模范', '市级以上工人先锋号', '绍兴市五一劳动奖章'].map((name) => ({ name }));
    expect(withoutLevelSpans(names, r).map((a) => a.name)).toEqual(['市级以上工人先锋号', '绍兴市五一劳动奖章']);
  });
  it('drops a bare grade over levels with no title, or held with no count', () => {
    const got = [{ name: '地区级以上', count: 5 }, { name: '县级以上劳动模范', count: null }, { name: '市级以上工人先锋号', count: 11 }];
    expect(withoutLevelSpans(got, r).map((a) => a.name)).toEqual(['市级以上工人先锋号']);
  });
});

describe('those left out', () => {
  it('未入选的N个 points back to no conferment', () => {
    const t = '同意命名某某技能大师工作室等3个工作室为永康市技能大师工作室。对未入选的3个工作室，要加强跟踪培育。';
    expect(confermentHonours(t, '浙江省', r).map((h) => [h.name, h.count, h.rule])).toEqual([['永康市技能大师工作室', 3, 'conferment.name-as']]);
  });
});

describe('the frame reader: an attributive verb before the act', () => {
  it('reads the handing-over after 新当选的 but no later verb of receiving after 获评的', () => {
    const handed = confermentHonours('会议同时为3名新当选的“十堰工匠”颁发了证书，他们是田某、严某和龙某。', '湖北省', r);
    expect(handed.map((h) => [h.name, h.count])).toEqual([['十堰工匠', 3]]);
    // (最终获评的有3名: the holders of two titles together; 获 after it gives its title no count of 3)
    const held = confermentHonours('全年推荐申报省五一劳动奖章1名，最终获评的有3名：职工某某获青海省五一劳动奖章，另有2人获黄南州五一劳动奖章。', '青海省', r);
    expect(held.filter((h) => h.count === 3)).toEqual([]);
  });
});

describe('a counted heading of those a 通报表扬 title names by merit and noun', () => {
  const text = '决定对某中心等2个集体和某某等3名同志予以通报表扬。\n一、表现突出集体（2个）\n某中心、某镇人民政府\n二、表现突出个人（3名）\n';
  it('lists the holders of each (…表现突出的集体和个人给予通报表扬的通报)', () => {
    const title = '关于对2025年度就业帮扶工作表现突出的集体和个人给予通报表扬的通报';
    const got = confermentHonours(text, '贵州省', r, title).filter((h) => h.rule === 'conferment.list-heading').map((h) => [h.name, h.count]);
    expect(got).toEqual([['表现突出集体', 2], ['表现突出个人', 3]]);
  });
  it('reads nothing when the title does not name them', () => {
    expect(confermentHonours(text, '贵州省', r, '关于2025年度就业帮扶工作情况的通报').filter((h) => h.rule === 'conferment.list-heading')).toEqual([]);
  });
});

describe('round 78: a plaque handed over, and a total over levels', () => {
  it('reads a quoted name on a plaque handed to counted units as their title, whatever it ends with', () => {
    const t = '推进会上，区总工会还为12家平台站点颁发了“骑手友好站点”牌匾。会上，县总工会为某公司工会等3个基层工会颁发了“伊春市模范职工之家”牌匾。';
    expect(confermentHonours(t, '黑龙江省', r).map((h) => [h.name, h.count])).toEqual([['骑手友好站点', 12], ['伊春市模范职工之家', 3]]);
  });
  it('reads no title from a certificate of training handed over', () => {
    expect(confermentHonours('培训结束后，县人社局为120名学员颁发了“专项职业能力”证书。', '贵州省', r)).toEqual([]);
  });
  it('reads a total of an unlevelled title split by levels as a figure, though a place word stands inside the name', () => {
    const t = '全县累计评选社区工作者标兵共12名，其中全国社区工作者标兵1名、省社区工作者标兵3名。';
    expect(confermentHonours(t, '浙江省', r).map((h) => h.count)).toEqual([1, 3]);
  });
});
