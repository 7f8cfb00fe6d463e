// Round 16 of issue 18 (confer21): the mood of an act of conferment. A title announced (a headline), said of its
// class of holders (获评“H”的人员可…, 每名“H”), a permission (获准…), a lead-in before 决定： give no honour; what
// is handed over (获颁“H”证书) names the honour it stands for; a time before 的 (入选今年的“H”名单) is no second
// predicate; a workshop type after an honour ending (认定的3个某市工匠工作室); cumulative holders (累计已有N名).
// Sentences written for these tests, other provinces, both scripts.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { extractAwards } from '../../src/extract/awards.js';
import { textContext } from '../../src/extract/named/doc.js';

const r = confermentRules();
const got = (text: string, province: string | null = null) =>
  confermentHonours(foldToSimplified(text), province, r).map((h) => [h.name, h.count]);

describe('a title announced, not conferred', () => {
  it('reads no holder after “H”揭晓 / 出炉, either script', () => {
    expect(got('首届“邵阳工匠”揭晓')).toEqual([]);
    expect(got('第四屆「潮州工匠」出爐')).toEqual([]);
  });
  it('still reads the holder named after a quoted title', () => {
    expect(got('“邵阳工匠”谭某某在车间调试设备。').map((x) => x[0])).toEqual(['邵阳工匠']);
  });
});

describe('a title said of its class of holders', () => {
  it('gives no act for 获评“H”的人员可… or 每名“H”', () => {
    expect(got('获评“庐江县技术能手”的人员可按规定晋升一个职业技能等级。')).toEqual([]);
    expect(got('獲得「澄江工匠」稱號的職工享受每月技能津貼。')).toEqual([]);
    expect(got('县总工会将为每名“澄江工匠”安排不少于3000元的研修经费。')).toEqual([]);
  });
  it('keeps the holders counted after the same clause', () => {
    expect(got('全县获评“庐江县技术能手”的职工累计已有26名。')).toEqual([['庐江县技术能手', 26]]);
  });
});

describe('a permission granted is no honour', () => {
  it('reads no honour in 获准 / 获批 + a verb', () => {
    expect(got('全市有6家建材企业获准开展职业技能等级自主评价。')).toEqual([]);
    expect(got('3家醫院獲批設立博士後科研工作站。')).toEqual([]);
  });
  it('still reads 获 + an honour', () => {
    expect(got('6家企业获“安康杯”竞赛优胜单位称号。').map((x) => x[1])).toEqual([6]);
  });
});

describe('a lead-in before the decision', () => {
  it('gives no honour for the counts summed before 决定：', () => {
    expect(got('共评选出先进集体15个、先进个人40名。经研究，决定：')).toEqual([]);
  });
  it('keeps a count in the decision itself', () => {
    expect(got('经研究，决定对某某公司等15个先进集体予以表彰。')).toEqual([['先进集体', 15]]);
  });
});

describe('what is handed over names the honour', () => {
  it('reads 获颁“H”证书 as H, either script', () => {
    expect(got('全县12名职工获颁“磐安工匠”证书。')).toEqual([['磐安工匠', 12]]);
    expect(got('全縣8名職工獲頒「磐安工匠」獎牌。')).toEqual([['磐安工匠', 8]]);
  });
  it('reads no honour in a certificate of a course', () => {
    expect(got('全县40名学员获颁结业证书。')).toEqual([]);
  });
});

describe('a time before the quoted title after a verb of being on a list', () => {
  it('reads 入选今年的“H”名单 with its count', () => {
    expect(got('另有4名电焊工入选今年的“贵州省技术能手”名单。')).toEqual([['贵州省技术能手', 4]]);
  });
  it('still reads a second predicate as one (入选的…将推荐参加)', () => {
    expect(got('入选的选手将推荐参加“贵州省技术能手”评选。')).toEqual([]);
  });
});

describe('a workshop type after an honour ending, and cumulative holders', () => {
  it('reads the whole type (工匠工作室) in a participle', () => {
    expect(got('会上为新认定的5个平度市工匠工作室授牌。')).toEqual([['平度市工匠工作室', 5]]);
  });
  it('reads 累计已有 / 已累计达到 after the holders’ clause, either script', () => {
    expect(got('近年来，全市職工中榮獲河北省五一勞動獎章的累計已有11名。')).toEqual([['河北省五一劳动奖章', 11]]);
  });
});

describe('a naming counted, its list continued, our share of another place’s naming', () => {
  it('reads the second unit of the list with the first one’s level, either script', () => {
    expect(got('新认定市级返乡创业示范园区3个、创业孵化基地5家。')).toEqual([['市级返乡创业示范园区', 3], ['创业孵化基地', 5]]);
    expect(got('新認定縣級返鄉創業示範園區2個、高技能人才培訓基地4家。')).toEqual([['县级返乡创业示范园区', 2], ['高技能人才培训基地', 4]]);
  });
  it('reads no unit with no level or place, nor one built', () => {
    expect(got('新认定创业孵化基地3家。')).toEqual([]);
    expect(got('全县新建创业孵化基地3家。')).toEqual([]);
  });
  it('names our share of a prefecture’s naming after the prefecture', () => {
    expect(got('宣城市人社局认定我市技能大师工作室2个，分别为某公司铸造技能大师工作室和某厂炒货技能大师工作室。')).toEqual([['宣城市技能大师工作室', 2]]);
    expect(got('六盤水市總工會命名我縣勞模創新工作室3個。')).toEqual([['六盘水市劳模创新工作室', 3]]);
    expect(got('今年认定我市技能大师工作室2个。')).toEqual([]);
  });
});

describe('an honour held, written in a table or after an ordinal', () => {
  it('reads the honours column of a table written one cell a line, and a bracket closing a cell', () => {
    const t = ['序号', '工作室名称', '依托单位', '带头人', '主要荣誉', '1', '某某焊接技能大师工作室', '某某重工公司', '覃某', '八桂工匠',
      '2', '某某钳工技能大师工作室', '某某机械公司', '韦某', '—', '3', '某某电工技能大师工作室', '某某电力公司', '蒙某', '玉林市技术能手'].join('\n');
    expect(got(t)).toEqual([['八桂工匠', null], ['玉林市技术能手', null]]);
    const u = ['序号', '姓名', '工作单位', '技能等级', '1', '黄某', '某某合作社', '技師（甘肅省鄉村工匠名師）', '2', '李某', '某某公司', '高级技师'].join('\n');
    expect(got(u)).toEqual([['甘肃省乡村工匠名师', null]]);
  });
  it('reads no column of a table without a header of labels', () => {
    expect(got(['1', '某某工作室', '八桂工匠'].join('\n'))).toEqual([]);
  });
  it('reads 入选第二批“H” and a quoted title in a leader’s brackets', () => {
    expect(got('某某此前已入选第二批“甘肃省乡村工匠名师”。')).toEqual([['甘肃省乡村工匠名师', null]]);
    expect(got('　　领衔人：黄某明（“黔东南工匠”）')).toEqual([['黔东南工匠', null]]);
  });
  it('counts one holder’s title by the holders so far stated after it', () => {
    expect(got('某镇“某某藏毯编织技能大师工作室”今年入选第三批“果洛州技能大师工作室”，我县入选的工作室累计达到4个。')).toEqual([['果洛州技能大师工作室', 4]]);
  });
});

describe('holders named one by one, then the title after 为', () => {
  it('reads 命名A、B为“H” with no count, either script', () => {
    expect(got('同时命名陈某兵劳模工作室、罗某华制曲技能创新工作室为仁怀市示范性劳模和工匠人才创新工作室。')).toEqual([['仁怀市示范性劳模和工匠人才创新工作室', null]]);
    expect(got('決定命名某某公司、某某醫院為“安順市巾幗文明崗”。')).toEqual([['安顺市巾帼文明岗', null]]);
  });
  it('takes the count that closes the list', () => {
    expect(got('聘任张某林、蒋某梅、赵某栋3名同志为2025年金昌市首席技师。')).toEqual([['金昌市首席技师', 3]]);
  });
  it('reads no title that is none', () => {
    expect(got('命名王某、李某为技术骨干。')).toEqual([]);
  });
});

describe('more moods: an enumeration, a right, a batch named as its holders, a handing-over to come', () => {
  const dict = (text: string) => extractAwards(textContext(text)).map((a) => [a.name, a.count]);
  it('reads no conferment in 分别是 A、B (the members of a count just stated)', () => {
    expect(got('新命名县级劳模创新工作室2个，分别是赵某某木雕创新工作室和某某医院护理创新工作室。').map((x) => x[0])).toEqual(['县级劳模创新工作室']);
  });
  it('reads no honour in a patent granted, either script', () => {
    expect(got('他牵头完成技术革新项目9项，其中3项获国家发明专利。')).toEqual([]);
    expect(got('其中2項獲實用新型專利。')).toEqual([]);
  });
  it('reads no dictionary honour after 获评的 with no count, nor one a body will hand over', () => {
    expect(dict('对获评的模范职工之家，市总工会给予每家1万元补助。')).toEqual([]);
    expect(dict('對獲評的模範職工之家，市總工會給予每家1萬元補助。')).toEqual([]);
    expect(dict('黎川县人社局将按规定向获得一等奖的选手颁发“黎川县技术能手”证书。')).toEqual([]);
  });
  it('keeps a dictionary honour conferred with its count, and 将 as the disposal', () => {
    expect(dict('获评模范职工之家的12家单位')).toEqual([]);
    expect(dict('授予某某公司等12家单位“模范职工之家”称号。').map((x) => x[0])).toEqual(['模范职工之家']);
    expect(dict('黎川县人社局向获得一等奖的3名选手颁发“黎川县技术能手”证书。').map((x) => x[0])).toEqual(['黎川县技术能手']);
  });
});

describe('counts paired with titles after a clause that ends in a count', () => {
  const lv = (text: string) => confermentHonours(foldToSimplified(text), null, r).map((h) => [h.name, h.count, h.level]);
  it('pairs the counts after the comma, the quoted head kept in the span', () => {
    const t = '全旗共有310家企业参赛，12家企业、27个班组分别获评“安康杯”竞赛优胜企业和优秀班组。';
    expect(got(t)).toEqual([['安康杯竞赛优胜企业', 12], ['安康杯竞赛优秀班组', 27]]);
    const [h] = confermentHonours(t, null, r);
    expect(t.slice(h.start, h.end)).toBe('“安康杯”竞赛优胜企业');
  });
  it('reads a county-level city’s own level word as county, a bare one by its word', () => {
    expect(lv('新认定醴陵市级创业孵化基地2家。')).toEqual([['醴陵市级创业孵化基地', 2, 'county']]);
    expect(lv('新命名市级劳模创新工作室3个。')).toEqual([['市级劳模创新工作室', 3, 'municipal']]);
  });
});

describe('a year before 获得 marks a title held, as 曾/已 do', () => {
  it('reads 2023年获得“H”称号 with no count, either script', () => {
    expect(got('常某伟长期从事机床装调工作，2023年获得“三晋技术能手”称号。')).toEqual([['三晋技术能手', null]]);
    expect(got('2024年獲得「八閩工匠」稱號。')).toEqual([['八闽工匠', null]]);
  });
  it('reads no title in what a year’s 获得 gives that is none', () => {
    expect(got('2025年获得“某某杯”比赛资格。')).toEqual([]);
  });
});
