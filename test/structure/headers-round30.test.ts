// Headers of issue 18, round 30: contents numbered 1. 2. 3. that paraphrase the headlines (the first
// unnumbered line is the body's first headline, and the articles are read as in an issue without
// contents); a reporter's credit closed by 报道; a bare 【简讯】 column over ▲ briefs is one more article;
// an undated occasion line (——在…会议上) under a report's title; a page headline that exclaims or asks,
// and a 来源 run into the dateline after it.
// Texts written for this test in the layouts of those genres.
import { describe, expect, it } from 'vitest';
import { headerReader, arts } from './read-header.js';

const header = headerReader('headers-r30-');

const p1 = '9月中旬，全县举办焊工、电工技能比武，共有126名职工参赛，决出一等奖3名、二等奖6名。\n';
const p2 = '今年以来，该镇依托码头建成驿站2个，配备休息室和药箱，已为货车司机提供服务800余人次。\n';
const masthead = (paper: string, office = '某县总工会办公室') => `${paper}\n第4期\n\n${office}　　　　　　2025年7月2日\n\n`;

describe('contents that paraphrase the headlines', () => {
  it('numbered entries, then the body: its first headline opens the first article', async () => {
    const h = await header('c1.txt', `${masthead('长河工会动态')}本期导读\n1. 全县职工技能比武情况\n2. 城关镇驿站建设进展\n\n全县126名职工同台比武\n\n${p1}（县总工会宣传部）\n\n— 1 —\n\n城关镇司机驿站投入使用\n\n${p2}（文/龙晓梅　图/石晓川）\n\n报：市总工会\n`);
    expect(h.title).toBe('全县126名职工同台比武');
    expect(h.byline).toBe('县总工会宣传部');
    expect(arts(h)).toEqual(['全县126名职工同台比武 / 县总工会宣传部', '城关镇司机驿站投入使用 / 龙晓梅']);
  });

  it('a copy out of a PDF: the first line under a headline cut mid-clause', async () => {
    // (lines cut at 22 characters; the first line under the second headline is shorter and cut mid-clause)
    const body1 = '日前，省人社厅公布第三批省级技能大师工作室名\n单，全县共有2个工作室入选，入选数量居全市第\n一。其中，县热电公司焊接工作室依托企业实训基\n地建设，已带出高级工以上徒弟26名，成为全县培\n养高技能人才的重要平台。\n（县人社局职业能力建设股）\n\n';
    const body2 = '8月12日，县总工会召开职工驿站建设\n推进会，对已建成的5个驿站进行授牌，每个驿站\n补助建设经费1万元，并安排专人负责日常维护和\n服务登记工作，确保驿站常态开放，方便户外劳\n动者歇脚、饮水和充电。\n（文/龙晓梅　图/石晓川）\n';
    const h = await header('c3.txt', `${masthead('长河工会动态')}本期导读\n1. 省级技能大师工作室评选结果\n2. 职工服务驿站授牌情况\n\n全县2个工作室获评省级技能大师工作室\n\n${body1}— 1 —\n\n县总工会为5个职工服务驿站授牌\n\n${body2}`);
    expect(arts(h)).toEqual(['全县2个工作室获评省级技能大师工作室 / 县人社局职业能力建设股', '县总工会为5个职工服务驿站授牌 / 龙晓梅']);
  });

  it('entries that are the headlines still match them', async () => {
    const h = await header('c2.txt', `${masthead('长河工会动态')}本期要目\n1. 全县126名职工同台比武\n2. 城关镇司机驿站投入使用\n\n全县126名职工同台比武\n（县总工会　龙晓梅）\n\n${p1}\n城关镇司机驿站投入使用\n（城关镇总工会　任佳音）\n\n${p2}`);
    expect(arts(h)).toEqual(['全县126名职工同台比武 / 县总工会 龙晓梅', '城关镇司机驿站投入使用 / 城关镇总工会 任佳音']);
  });
});

describe('credits and briefs', () => {
  it('通讯员 name 报道 under the title gives the reporter with the role', async () => {
    const h = await header('b1.txt', `${masthead('长河工会简报')}全县126名职工同台比武\n\n通讯员　龙晓梅　报道\n\n${p1}\n城关镇司机驿站投入使用\n\n${p2}——城关镇总工会　任佳音\n`);
    expect(h.bylineAsWritten).toBe('通讯员 龙晓梅');
    expect(arts(h)[0]).toBe('全县126名职工同台比武 / 通讯员 龙晓梅');
  });

  it('a bare 【简讯】 column over ▲ briefs is an article titled 简讯', async () => {
    const rule = '________________________________\n';
    const h = await header('b2.txt', `${masthead('长河人社快报')}${rule}\n【要闻】全县126名职工同台比武\n\n${p1}\n记者　龙晓梅\n${rule}\n【简讯】\n\n▲8月5日，县人社局走访企业31家，收集岗位需求420个。\n\n▲8月9日，县劳动保障监察大队检查用人单位16户。\n\n${rule}责任编辑：石晓川　　　　本期印发40份\n`);
    expect(arts(h)).toEqual(['全县126名职工同台比武 / 记者 龙晓梅', '简讯 / ∅']);
  });
});

describe('reports and pages', () => {
  it('an undated occasion line, the speaker, then the date in brackets', async () => {
    const h = await header('r1.txt', '关于全县职业技能培训工作情况的通报\n\n——在政协某县委员会常务委员会第八次会议上\n\n某县人力资源和社会保障局局长　覃丽萍\n（2025年4月16日）\n\n主席、各位副主席、各位常委：\n\n现将有关情况通报如下。\n');
    expect(h.byline).toBe('某县人力资源和社会保障局局长覃丽萍');
    expect(h.issuers).toEqual(['某县人力资源和社会保障局']);
    expect(h.date).toBe('2025-04-16');
  });

  it('a headline that asks, the source run into the dateline after it', async () => {
    const h = await header('w1.txt', '首届“长河工匠”出炉！这9位“技能达人”你认识吗？\n\n来源：长河县融媒体中心　　2025-11-02 18:30　　四川\n\n11月1日，长河县首届“长河工匠”命名大会举行，县委、县政府为9名首届“长河工匠”颁发证书。\n');
    expect(h.title).toBe('首届“长河工匠”出炉！这9位“技能达人”你认识吗？');
    expect(h.issuers).toEqual(['长河县融媒体中心']);
    expect(h.date).toBe('2025-11-02');
  });
});
