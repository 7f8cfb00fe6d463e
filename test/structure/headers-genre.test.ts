// Mechanisms of the headers of notices, bulletins and reports, each tested on sentences written for
// it in other provinces, bodies and wordings than the genre corpus (issue 18, fourth round).
import { describe, expect, it } from 'vitest';
import { structure } from '../../src/structure/index.js';

const read = (text: string) => structure({ text, lines: [] }, 'txt').meta;
const notice = (signature: string, date = '2025年\n4月\n2日') =>
  read(`关于开展2025年度职工技能竞赛的通知\n各县（市、区）有关单位：\n现将有关事项通知如下。\n${signature}\n${date}`).issuers;

describe('a signature block names each body whole', () => {
  it('splits names set apart by one space, and names run together, never inside 委员会 or 办公室', () => {
    expect(notice('湘潭市总工会 湘潭市人力资源和社会保障局\n湘潭市发展和改革委员会 共青团湘潭市委员会')).toEqual(
      ['湘潭市总工会', '湘潭市人力资源和社会保障局', '湘潭市发展和改革委员会', '共青团湘潭市委员会']);
    expect(notice('柳州市总工会柳州市应急管理局\n柳州市卫生健康委员会柳州市市场监督管理局')).toEqual(
      ['柳州市总工会', '柳州市应急管理局', '柳州市卫生健康委员会', '柳州市市场监督管理局']);
    expect(notice('黔 南 州 总 工 会　　　　黔南州教育和体育局\n黔南州卫生健康委员会　　共青团黔南州委员会', '2025年3\n月18日')).toEqual(
      ['黔南州总工会', '黔南州教育和体育局', '黔南州卫生健康委员会', '共青团黔南州委员会']);
    expect(notice('南宁市人民政府办公室南宁市总工会')).toEqual(['南宁市人民政府办公室', '南宁市总工会']);
    expect(notice('承德市妇女联合会　承德市农业农村局')).toEqual(['承德市妇女联合会', '承德市农业农村局']);
  });
  it('keeps one name whole', () => {
    expect(notice('中共湖州市委组织部')).toEqual(['中共湖州市委组织部']);
    expect(notice('湘潭市发展和改革委员会')).toEqual(['湘潭市发展和改革委员会']);
    expect(notice('南宁市人民政府办公室')).toEqual(['南宁市人民政府办公室']);
    expect(notice('共青团湘潭市委员会')).toEqual(['共青团湘潭市委员会']);
  });
});

describe('a bulletin is issued by the office that edits it, named in full, else by the body in its masthead', () => {
  const issue = (head: string) => read(`${head}\n某市开展职工技能竞赛\n　　3月，某市举办职工技能竞赛，参赛职工320人，决出一等奖10名。`).issuers;
  it('takes the office named in full, wherever the head line puts it', () => {
    expect(issue('湛江市总工会\n工 作 简 报\n2025年第3期\n湛江市总工会办公室　　2025年3月10日')).toEqual(['湛江市总工会办公室']);
    expect(issue('青年工作动态\n2025年第4期　共青团铜陵市委办公室　2025年4月20日')).toEqual(['共青团铜陵市委办公室']);
    expect(issue('韶關市總工會\n工作簡報\n第3期\n韶關市總工會辦公室　　2025年3月3日')).toEqual(['韶關市總工會辦公室']);
    expect(issue('产改工作动态\n第6期（总第31期）\n遵义市推进产业工人队伍建设改革协调小组办公室编印　2025年6月9日')).toEqual(['遵义市推进产业工人队伍建设改革协调小组办公室']);
  });
  it('takes the office named in full under a masthead that names its body short', () => {
    expect(issue('辛集工会\n工 作 简 报\n2025年第7期（总第96期）\n辛集市总工会办公室编　　2025年7月15日')).toEqual(['辛集市总工会办公室']);
    expect(issue('宁乡人社\n人社动态\n第11期\n宁乡市人力资源和社会保障局办公室　　2025年11月3日')).toEqual(['宁乡市人力资源和社会保障局办公室']);
    expect(issue('青田妇联\n妇女工作简报\n第2期\n青田县妇女联合会办公室编印　2025年2月27日')).toEqual(['青田县妇女联合会办公室']);
  });
  it('takes the masthead body when the office is named short', () => {
    expect(issue('六盘水市人力资源和社会保障局\n改革快报\n第2期\n市人社局办公室编印　　2025年2月8日')).toEqual(['六盘水市人力资源和社会保障局']);
    expect(issue('南充市总工会\n工作动态\n第5期\n办公室编　2025年5月6日')).toEqual(['南充市总工会']);
  });
  it('reads no office from the total issue number', () => {
    expect(issue('某市工会信息\n2025年第4期（总第58期）　2025年4月20日')).toEqual([]);
  });
});

describe('a page states its info above the article; a label line inside a bulletin is an article credit', () => {
  it('keeps the bulletin title and reads the credit as the article byline', () => {
    const m = read('黄冈市人力资源和社会保障局\n人社工作快报\n2025年第4期\n局办公室编印　2025年4月9日\n黄州区开展技能培训进社区活动\n　　3月以来，黄州区人社局在12个社区开展技能培训，培训居民860人次，其中取得证书的410人。\n作者：黄州区人社局　程雅婷\n浠水县建成零工驿站\n　　日前，浙水县在县城建成零工驿站3个，登记求职人员520人，达成就业意向的有190人。\n来源：浠水县人社局');
    expect(m).toMatchObject({ title: '黄州区开展技能培训进社区活动', issuers: ['黄冈市人力资源和社会保障局'], byline: '黄州区人社局 程雅婷' });
  });
  it('still reads a page whose info line stands under its title', () => {
    const m = read('首页 > 工作动态\n某县为快递员送清凉\n发布时间：2025-07-08 10:20　来源：某县总工会　作者：施雨涵\n　　7月7日，某县总工会走访快递网点16个，为快递员送去防暑物资，惠及职工300余人。');
    expect(m).toMatchObject({ title: '某县为快递员送清凉', issuers: ['某县总工会'], date: '2025-07-08', byline: '施雨涵' });
  });
});

describe('credit lines, in every place an article starts or ends', () => {
  const P1 = '　　5月，甲县总工会在县职教中心举办电工技能比武，全县28家企业的112名职工参赛，决出一等奖3名。';
  const P2 = '　　近日，乙区总工会走访困难职工家庭86户，发放帮扶金25.8万元，其中因病致困家庭41户。';
  const issue = (credit1: string, title2: string, credit2: string, tail = '报：市总工会') =>
    read(`某市工会信息\n第7期\n某市总工会办公室　　2025年6月3日\n甲县举办电工技能比武\n${credit1.startsWith('（本') || credit1.startsWith('本') ? credit1 + P1.trim() : P1 + '\n' + credit1}\n${title2}\n${P2}\n${credit2}\n${tail}`).articles?.map((a) => [a.title, a.byline]);
  it('reads bulleted, photo-credited, unit-then-label and unbracketed unit credits', () => {
    expect(issue('■ 记者 赵一鸣', '乙区走访困难职工家庭', '乙区总工会供稿')).toEqual([
      ['甲县举办电工技能比武', '记者 赵一鸣'], ['乙区走访困难职工家庭', '乙区总工会']]);
    expect(issue('文/甲县总工会　孟雪梅　　图/周航', '乙区走访困难职工家庭', '（乙区总工会　作者：邹立新）')).toEqual([
      ['甲县举办电工技能比武', '甲县总工会 孟雪梅'], ['乙区走访困难职工家庭', '乙区总工会 邹立新']]);
    expect(issue('◆ 通讯员 韦丽 摄影 蓝天', '乙区走访困难职工家庭', '（乙區總工會供稿）')).toEqual([
      ['甲县举办电工技能比武', '通讯员 韦丽 摄影 蓝天'], ['乙区走访困难职工家庭', '乙區總工會']]);
  });
  it('reads the credit that opens the first paragraph', () => {
    const m = read(`某市工会信息\n第7期\n某市总工会办公室　　2025年6月3日\n甲县举办电工技能比武\n（本刊通讯员　覃小燕）${P1.trim()}\n乙区走访困难职工家庭\n（本刊记者　韦宁　通讯员　陆一帆）${P2.trim()}\n报：市总工会`);
    expect(m.articles?.map((a) => [a.title, a.byline])).toEqual([
      ['甲县举办电工技能比武', '本刊通讯员 覃小燕'], ['乙区走访困难职工家庭', '本刊记者 韦宁 通讯员 陆一帆']]);
    expect(issue('本刊讯（记者　邓洁）', '乙区走访困难职工家庭', '（乙区总工会　黎明）')[0]).toEqual(['甲县举办电工技能比武', '记者 邓洁']);
  });
  it('never takes a print run, an editing field or the last article’s credit for the first article', () => {
    expect(issue('（甲县总工会　孟雪梅）', '乙区走访困难职工家庭', '乙区总工会供稿', '报：市总工会\n（共印80份）')).toEqual([
      ['甲县举办电工技能比武', '甲县总工会 孟雪梅'], ['乙区走访困难职工家庭', '乙区总工会']]);
    expect(issue('（甲县总工会　孟雪梅）', '乙区走访困难职工家庭', '', '报：市总工会\n（共印80份）')).toEqual([
      ['甲县举办电工技能比武', '甲县总工会 孟雪梅'], ['乙区走访困难职工家庭', null]]);
    const m = read(`某市妇联工作动态\n（2025年第3期）\n某市妇女联合会编印　2025年3月8日\n甲县评选巾帼标兵\n${P1}\n（甲县妇联供稿）\n乙区开展家政培训\n${P2}\n（通讯员　梁慧）\n报：省妇联`);
    expect(m.articles?.map((a) => a.byline)).toEqual(['甲县妇联', '通讯员 梁慧']);
    expect(m.byline).toBe('甲县妇联');
    expect(issue('（责任编辑：沈涛）', '乙区走访困难职工家庭', '（一）')).toEqual([['甲县举办电工技能比武', null]]);
  });
});

describe('a line of reporters under a title opens an article', () => {
  const P = '　　日前，丙市总工会公布第二批“丙市工匠”名单，全市共25人入选，其中来自制造业的14人。';
  const two = (credit: string) => read(`丙市工会信息\n第3期\n丙市总工会编印　2025年3月3日\n甲县举办电工技能比武\n　　5月，甲县总工会举办电工技能比武，112名职工参赛，决出一等奖3名。\n（甲县总工会　孟雪梅　报送）\n丙市第二批工匠名单公布\n${credit}\n${P}`).articles?.map((a) => [a.title, a.byline]);
  it('reads role + name lines, bulleted or not, several reporters', () => {
    expect(two('■ 记者 徐乐天')).toEqual([['甲县举办电工技能比武', '甲县总工会 孟雪梅'], ['丙市第二批工匠名单公布', '记者 徐乐天']]);
    expect(two('本刊记者　王一丁　通讯员　李响 方媛')).toEqual([['甲县举办电工技能比武', '甲县总工会 孟雪梅'], ['丙市第二批工匠名单公布', '本刊记者 王一丁 通讯员 李响 方媛']]);
    expect(two('記者　鄭博文')).toEqual([['甲县举办电工技能比武', '甲县总工会 孟雪梅'], ['丙市第二批工匠名单公布', '記者 鄭博文']]);
  });
  it('takes no sentence or role-word title for reporters', () => {
    expect(two('记者节里的坚守').length).toBe(1);
    expect(two('记者 采访了劳模').length).toBe(1);
  });
});

describe('contents entries are numbered in sequence', () => {
  it('strips the next number even when a title opens with a figure', () => {
    const m = read('某州青年工作动态\n2025年第2期　共青团某州委办公室　2025年2月20日\n目录\n1.28个集体获评州级青年文明号\n2.3名青年获评岗位能手\n28个集体获评州级青年文明号\n　　近日，团州委认定28个集体为2025年度州级青年文明号，这些集体共有青年职工620名。\n来源：团州委青年发展部\n3名青年获评岗位能手\n　　日前，团州委推荐3名青年参评省级青年岗位能手，其中女性2名，平均年龄29岁。\n（通讯员　卢佳）');
    expect(m.articles?.map((a) => [a.title, a.byline])).toEqual([['28个集体获评州级青年文明号', '团州委青年发展部'], ['3名青年获评岗位能手', '通讯员 卢佳']]);
    expect(m).toMatchObject({ title: '28个集体获评州级青年文明号', issuers: ['共青团某州委办公室'], byline: '团州委青年发展部' });
  });
  it('keeps a figure that is not the next number', () => {
    const m = read('某县工会快讯\n第4期\n目录\n1. 甲镇建成职工之家\n2.5万职工参加健步走\n甲镇建成职工之家\n　　近日，甲镇建成职工之家，面积320平方米，可同时容纳职工60人活动。\n（甲镇工会　史磊）\n2.5万职工参加健步走\n　　5月1日，全县2.5万名职工参加健步走活动，设主会场1个、分会场12个。\n（县总工会　孔娟）');
    expect(m.articles?.map((a) => a.title)).toEqual(['甲镇建成职工之家', '2.5万职工参加健步走']);
  });
});

describe('a report delivered by a speaker is issued by the body of the speaker’s post', () => {
  const report = (title: string, speaker: string, occasion = '——2025年9月23日在区人大常委会第二十八次会议上') =>
    read(`${title}\n${occasion}\n${speaker}\n主任、各位副主任、各位委员：\n现将有关情况报告如下。\n一、基本情况\n全区现有职工12.6万人。`);
  it('takes the body named in full, or completes a short one with the place of its level the title names', () => {
    expect(report('关于闵行区职工服务工作情况的报告', '闵行区总工会主席　沈立新')).toMatchObject({ issuers: ['闵行区总工会'], byline: '闵行区总工会主席 沈立新', date: '2025-09-23' });
    expect(report('关于鹿城区产业工人队伍建设改革情况的报告', '区总工会党组书记、常务副主席　林晓东')).toMatchObject({ issuers: ['鹿城区总工会'] });
    expect(report('关于全县技能人才队伍建设情况的汇报', '县人社局局长　马国庆', '——在德昌县政协专题协商会上的发言')).toMatchObject({ issuers: ['德昌县人社局'] });
    expect(report('关于全县技能人才队伍建设情况的汇报', '县人社局局长　马国庆', '——2025年3月2日在县政协专题协商会上的发言')).toMatchObject({ issuers: [] });
    expect(report('關於寧鄉市職工技能提升情況的報告', '市總工會主席　賀建軍', '——2025年6月18日在市人大常委會會議上')).toMatchObject({ issuers: ['寧鄉市總工會'] });
  });
  it('leaves the issuer to the title or reads none from a name alone', () => {
    expect(report('溧阳市总工会关于职工之家建设情况的报告', '市总工会主席　吴海涛')).toMatchObject({ issuers: ['溧阳市总工会'] });
    expect(report('关于鹿城区职工服务工作情况的报告', '林晓东')).toMatchObject({ issuers: [], byline: '林晓东' });
  });
});

describe('a report’s byline credits the speaker with the post, as the line under its title writes it', () => {
  const head = (lines: string) => read(`${lines}\n主任、各位副主任、各位委员：\n　　现将有关情况报告如下，请予审议。\n　　一、基本情况\n　　全区现有职工8.4万人。`);
  it('keeps the post before the name, in either script, after a dated or an undated occasion', () => {
    expect(head('关于全市职工服务工作情况的报告\n——2025年6月12日在市人大常委会第十五次会议上\n市总工会党组书记、主席　韩立军')).toMatchObject({ byline: '市总工会党组书记、主席 韩立军', date: '2025-06-12' });
    expect(head('关于柯城区新就业形态劳动者入会情况的报告\n——2025年4月22日在区人大常委会会议上\n区总工会常务副主席 周海涛')).toMatchObject({ byline: '区总工会常务副主席 周海涛', issuers: ['柯城区总工会'] });
    expect(head('關於全縣技能人才工作情況的彙報\n——在縣政協專題協商會上的發言\n縣人社局局長　葉文華\n（2025年4月8日）')).toMatchObject({ byline: '縣人社局局長 葉文華', date: '2025-04-08' });
    expect(head('关于全旗职工技能提升情况的汇报\n——在旗政协常委会议上的发言\n旗总工会主席　包文军')).toMatchObject({ byline: '旗总工会主席 包文军' });
    expect(head('澄迈县总工会2025年工作总结\n（2025年12月18日）\n县总工会主席　吕　冰')).toMatchObject({ byline: '县总工会主席 吕冰', issuers: ['澄迈县总工会'] });
  });
  it('reads a name of the minority peoples in parts joined by ·, and the body of the post as the issuer', () => {
    expect(head('喀什市2025年职业技能培训工作情况汇报\n（2025年11月3日）\n喀什市人力资源和社会保障局局长　阿不都热合曼·买买提')).toMatchObject(
      { byline: '喀什市人力资源和社会保障局局长 阿不都热合曼·买买提', issuers: ['喀什市人力资源和社会保障局'] });
    expect(head('和田市2025年技能人才工作情況彙報\n（2025年10月9日）\n和田市人力資源和社會保障局局長　艾爾肯·吐爾遜')).toMatchObject(
      { byline: '和田市人力資源和社會保障局局長 艾爾肯·吐爾遜', issuers: ['和田市人力資源和社會保障局'] });
  });
  it('reads a name alone as the name, and no speaker where nothing says the text is delivered', () => {
    expect(head('关于全县职工之家建设情况的报告\n——2025年5月8日在县人大常委会会议上\n林晓东').byline).toBe('林晓东');
    expect(head('某县召开职工运动会\n钟晓岚\n（2024年5月9日）').byline).toBeNull();
    expect(head('某县职工技能竞赛情况\n县总工会主席　钟晓岚').byline).toBeNull();
    expect(head('关于全县职工之家建设情况的报告\n——2025年5月8日在县人大常委会会议上\n县总工会').byline).toBeNull();
    expect(head('关于全县职工之家建设情况的报告\n——2025年5月8日在县人大常委会会议上\n主任、各位副主任').byline).toBeNull();
    expect(head('关于全县职工之家建设情况的报告\n在县人大常委会会议上\n县总工会主席　林晓东').byline).toBeNull();
  });
});

describe('a page that names no source is published by the site whose name heads it', () => {
  const P = '　　近日，某区总工会在物流园区建成“暖心驿站”6个，为快递员、外卖配送员提供休息、饮水等服务。';
  it('takes the body before the crumbs or on the line above them', () => {
    expect(read(`荆门市总工会　首页 > 工会动态 > 正文\n某区建成6个暖心驿站\n发布日期：2025年5月9日　　作者：何晓琳\n${P}`)).toMatchObject({ issuers: ['荆门市总工会'], byline: '何晓琳' });
    expect(read(`鹤壁市人力资源和社会保障局\n首页 > 就业创业 > 工作动态\n某区建成6个暖心驿站\n发布时间：2025-04-02 09:30\n${P}`)).toMatchObject({ issuers: ['鹤壁市人力资源和社会保障局'], date: '2025-04-02' });
    expect(read(`遵義市總工會　首頁 > 基層動態 > 詳情\n某區建成6個暖心驛站\n發佈日期：2025年10月9日\n${P}`)).toMatchObject({ issuers: ['遵義市總工會'] });
  });
  it('lets a stated source win, and takes no site that is not a body', () => {
    expect(read(`荆门市总工会　首页 > 工会动态 > 正文\n某区建成6个暖心驿站\n发布日期：2025年5月9日　　来源：荆门日报\n${P}`).issuers).toEqual(['荆门日报']);
    expect(read(`荆楚网　首页 > 新闻 > 正文\n某区建成6个暖心驿站\n发布日期：2025年5月9日\n${P}`).issuers).toEqual([]);
  });
});

describe('a traditional-script copy names its bodies alike', () => {
  it('reads issuers under the title, in the signature and in a bulletin head', () => {
    expect(read('關於表彰2025年度潮州市“三八紅旗手”的決定\n潮州市婦女聯合會\n各縣（區）婦聯：\n為表彰先進，決定授予林某等20名同志稱號。\n潮州市婦女聯合會\n2025年3月5日').issuers).toEqual(['潮州市婦女聯合會']);
    expect(read('關於開展職工技能競賽的通知\n各縣（市、區）總工會：\n現將有關事項通知如下。\n臺州市總工會　臺州市人力資源和社會保障局\n2025年\n4月\n2日').issuers).toEqual(['臺州市總工會', '臺州市人力資源和社會保障局']);
    expect(read('工作動態\n第5期\n揭陽市總工會辦公室　2025年5月6日\n某縣舉辦技能比武\n　　5月，某縣總工會舉辦技能比武，參賽職工120人，決出一等獎3名。').issuers).toEqual(['揭陽市總工會辦公室']);
  });
});

describe('a body named alone above a title is the head, not part of the title', () => {
  it('splits the head off a 关于 title or a title that names the body again', () => {
    expect(read('遂宁市船山区总工会\n关于2025年上半年工会工作情况的报告\n区委：\n现将有关情况报告如下。')).toMatchObject({ title: '关于2025年上半年工会工作情况的报告', issuers: ['遂宁市船山区总工会'] });
    expect(read('德阳市总工会办公室\n德阳市总工会办公室关于公布2025年第一批“德阳工匠”名单的通知\n各县（市、区）总工会：\n经评审，20人入选。')).toMatchObject({ title: '德阳市总工会办公室关于公布2025年第一批“德阳工匠”名单的通知', issuers: ['德阳市总工会办公室'] });
    expect(read('清遠市總工會\n關於2025年職工服務情況的報告\n市委：\n現將有關情況報告如下。')).toMatchObject({ title: '關於2025年職工服務情況的報告', issuers: ['清遠市總工會'] });
  });
  it('keeps a title that continues the body’s name', () => {
    expect(read('某县总工会\n2025年工作总结\n一年来，全县工会工作稳步推进。').title).toBe('某县总工会2025年工作总结');
  });
});

describe('what stands between a bulletin head and its first article, and around a credit', () => {
  const P = '　　今年以来，某县总工会联合县人社局开设课程18门，培训职工1260人次，其中取得高级工证书的310人。';
  it('steps over an editor’s note and reads the body that runs the bulletin from a line of fields', () => {
    expect(read(`某市工会动态\n第6期\n某市总工会办公室编　　二〇二五年五月二十日\n编者按：为推动产改工作，现将浦北县的做法刊发，供各地学习借鉴，结合实际抓好落实。\n浦北县打造“工匠学院”\n${P}\n（浦北县总工会　梁晓红）`)).toMatchObject({ title: '浦北县打造“工匠学院”', date: '2025-05-20', byline: '浦北县总工会 梁晓红' });
    expect(read(`产改简报\n2025年第3期\n主办：三明市总工会　　　承办：三明市总工会经济技术部\n2025年3月28日\n永安市深化产业工人队伍建设改革\n${P}\n撰稿：陈丽丽　　审核：林建`)).toMatchObject({ issuers: ['三明市总工会'], byline: '陈丽丽' });
    expect(read(`產改簡報\n2025年第3期\n主辦單位：莆田市總工會　　承辦：莆田市總工會經濟技術部\n2025年3月28日\n某縣深化產改\n${P}\n（作者單位：某縣總工會）`)).toMatchObject({ issuers: ['莆田市總工會'], byline: '某縣總工會' });
  });
  it('reads a dateline with its labelled fields as the page’s info line, never as its title', () => {
    expect(read(`首页 > 工会要闻\n信阳市总工会召开劳模工匠座谈会\n2025年05月06日 10:12　　来源：信阳日报　　作者：记者 周婷 通讯员 余涛\n${P}`)).toMatchObject({ title: '信阳市总工会召开劳模工匠座谈会', issuers: ['信阳日报'], date: '2025-05-06', byline: '记者 周婷 通讯员 余涛' });
    // a title that holds a date and a colon is still a title
    expect(read(`首页 > 工会要闻\n2025年5月1日起：全市职工疗休养补贴提高\n发布时间：2025-04-28 09:00　来源：某市总工会\n${P}`).title).toBe('2025年5月1日起：全市职工疗休养补贴提高');
  });
});

describe('issuers set above a 关于 title head it', () => {
  it('drops the name lines under the 文号 from the title', () => {
    expect(read('中共益阳市委办公室文件\n益办发〔2025〕7号　　　签发人：刘某某\n中共益阳市委办公室\n益阳市人民政府办公室\n关于印发《益阳市深化产业工人队伍建设改革\n实施方案》的通知\n各区县（市）党委和人民政府：\n现将方案印发给你们。\n中共益阳市委办公室　　　益阳市人民政府办公室\n2025年3月10日')).toMatchObject({
      title: '关于印发《益阳市深化产业工人队伍建设改革实施方案》的通知', issuers: ['中共益阳市委办公室', '益阳市人民政府办公室'], docNumber: '益办发〔2025〕7号' });
    expect(read('常德市总工会文件\n常工发〔2025〕9号\n常德市总工会\n关于表彰常德市五一劳动奖的决定\n各区县（市）总工会：\n决定授予20个集体奖状。').title).toBe('关于表彰常德市五一劳动奖的决定');
    expect(read('梧州市总工会文件\n梧工发〔2025〕4号\n梧州市总工会　梧州市教育局\n关于命名第二批教育系统劳模创新工作室的决定\n各县（区）总工会：\n决定命名8个工作室。')).toMatchObject({ title: '关于命名第二批教育系统劳模创新工作室的决定', issuers: ['梧州市总工会', '梧州市教育局'] });
  });
  it('keeps a title that does not open with 关于 whole', () => {
    expect(read('某市总工会文件\n某工发〔2025〕9号\n某市总工会\n2025年工作要点\n各区县总工会：\n现将工作要点印发。').title).toBe('某市总工会2025年工作要点');
  });
});

describe('column headings group a bulletin’s articles', () => {
  const A = '　　11月3日，某市总工会召开产业工人队伍建设改革推进会，7个县（市、区）总工会汇报了工作进展。';
  const B = '　　10月下旬，某县总工会举办焊工技能比武，来自18家企业的64名焊工参赛，前3名获评技术能手。';
  it('never takes a column heading for a title, nor lets it hide a credit', () => {
    for (const [c1, c2] of [['【工作动态】', '【基层传真】'], ['◆工作动态◆', '◆基层传真◆'], ['■ 经验交流 ■', '■ 基层风采 ■']]) {
      const m = read(`某市总工会\n工作简报\n第11期\n某市总工会办公室　2025年11月5日\n${c1}\n市总工会召开产改推进会\n${A}\n（市总工会经济技术部）\n${c2}\n某县开展焊工技能比武\n${B}\n（某县总工会　王静）`);
      expect(m.title).toBe('市总工会召开产改推进会');
      expect(m.articles?.map((a) => [a.title, a.byline])).toEqual([['市总工会召开产改推进会', '市总工会经济技术部'], ['某县开展焊工技能比武', '某县总工会 王静']]);
    }
  });
  it('keeps a contents heading in brackets a contents heading', () => {
    const m = read(`某市总工会工作简报\n2025年第9期\n某市总工会办公室编　2025年9月19日\n【本期要目】\n市总工会召开产改推进会\n某县开展焊工技能比武\n市总工会召开产改推进会\n${A}\n（市总工会经济技术部）\n某县开展焊工技能比武\n${B}\n（某县总工会　王静）`);
    expect(m.articles?.map((a) => a.title)).toEqual(['市总工会召开产改推进会', '某县开展焊工技能比武']);
  });
});

describe('a report is signed above its date even when notes follow the date', () => {
  const R = '关于全县职工技能提升工作情况的报告\n县人大常委会：\n　　现将全县职工技能提升工作情况报告如下。\n一、基本情况\n全县技能人才2.3万人。';
  it('reads the signature above the date, an annex list or a contact line under it', () => {
    expect(read(`${R}\n祁东县总工会\n二〇二五年七月十日\n附件：1.全县技能人才统计表`)).toMatchObject({ issuers: ['祁东县总工会'], date: '2025-07-10' });
    expect(read(`${R}\n芒市总工会　芒市人力资源和社会保障局\n2025年7月10日\n（联系人：岩香，电话：0692-2123456）`)).toMatchObject({ issuers: ['芒市总工会', '芒市人力资源和社会保障局'] });
  });
  it('reads no signature from a date inside the notes', () => {
    expect(read(`${R}\n附件：1.全县技能人才统计表\n2.2025年7月10日会议纪要`).issuers).toEqual([]);
  });
});

describe('signature lines with the date or the seal on them', () => {
  const N = '关于开展2025年度劳动竞赛的通知\n各县（区）总工会：\n　　现将有关事项通知如下。';
  it('reads names followed by the date on one line, and names beside a seal mark', () => {
    expect(read(`${N}\n邵阳市总工会　　　　2025年4月1日`)).toMatchObject({ issuers: ['邵阳市总工会'], date: '2025-04-01' });
    expect(read(`${N}\n娄底市总工会　　娄底市应急管理局　　二〇二五年四月一日`)).toMatchObject({ issuers: ['娄底市总工会', '娄底市应急管理局'], date: '2025-04-01' });
    expect(read(`邵工发〔2025〕3号\n${N}\n邵阳市总工会（盖章）\n2025年4月1日`).issuers).toEqual(['邵阳市总工会']);
    expect(read(`${N}\n邵阳市总工会（印章）　　邵阳市人力资源和社会保障局（印章）\n2025年4月1日`).issuers).toEqual(['邵阳市总工会', '邵阳市人力资源和社会保障局']);
  });
  it('takes no sentence that ends in a date for a signature', () => {
    expect(read(`${N}\n报名截止时间为 2025年4月30日`).issuers).toEqual([]);
  });
});

describe('a news story copied without its page credits its reporters as a page does', () => {
  const T = '宣城市总工会为新就业形态劳动者集中办理入会';
  const S = '　　5月5日，宣城市总工会举办集中入会活动，320名快递员、外卖员加入工会。活动现场还开展了法律咨询服务。';
  it('reads the lead bracket, the closing bracket and the reporter line under the title', () => {
    expect(read(`${T}\n本报讯（记者　汪涛　通讯员　程晓）5月5日，宣城市总工会举办集中入会活动。\n活动现场还开展了法律咨询服务。`).byline).toBe('记者 汪涛 通讯员 程晓');
    expect(read(`${T}\n${S}\n（通讯员　程晓）`).byline).toBe('通讯员 程晓');
    expect(read(`${T}\n记者　汪涛\n${S}`)).toMatchObject({ title: T, byline: '记者 汪涛' });
    expect(read(`${T}\n本报讯 记者 汪涛 通讯员 程晓 5月5日，宣城市总工会举办集中入会活动。\n活动现场还开展了法律咨询服务。`).byline).toBe('记者 汪涛 通讯员 程晓');
  });
  it('takes no bracket without a reporter’s role, and no speech for a story', () => {
    expect(read(`${T}\n${S}\n（详见附件）`).byline).toBeNull();
    expect(read(`${T}\n（2025年5月6日）\n${S}`).byline).toBeNull();
  });
});

// round 5: a name's own words after 和 open with no place, so names run together split only where
// the second opens with a place the gazetteer knows
describe('names run together split only before a place (issue 18, fifth round)', () => {
  it('splits after a name with 和 inside, before the next body of the same place', () => {
    expect(notice('毕节市人力资源和社会保障局毕节市总工会')).toEqual(['毕节市人力资源和社会保障局', '毕节市总工会']);
    expect(notice('岳阳市发展和改革委员会　　　岳 阳 市 总 工 会')).toEqual(['岳阳市发展和改革委员会', '岳阳市总工会']);
    expect(notice('铜仁市人力资源和社会保障局　　　　　铜 仁 市 总 工 会\n共青团铜仁市委员会　　　　　　铜仁市妇女联合会', '2025年6月\n3日')).toEqual(
      ['铜仁市人力资源和社会保障局', '铜仁市总工会', '共青团铜仁市委员会', '铜仁市妇女联合会']);
    expect(notice('常德市工业和信息化局常德市总工会')).toEqual(['常德市工业和信息化局', '常德市总工会']);
  });
  it('never splits inside 和社会|保障局, 和改革|委员会, 和城乡|建设局', () => {
    expect(notice('铜仁市人力资源和社会保障局')).toEqual(['铜仁市人力资源和社会保障局']);
    expect(notice('衡阳市住房和城乡建设局')).toEqual(['衡阳市住房和城乡建设局']);
    expect(notice('宜宾市发展和改革委员会')).toEqual(['宜宾市发展和改革委员会']);
  });
});

describe('a page info line in brackets, and a bracketed byline value (issue 18, fifth round)', () => {
  const page = (info: string) => read(`首页 » 工会动态\n某县为环卫工人送清凉\n${info}\n　　7月5日，某县总工会为环卫工人送去清凉物品，共慰问环卫工人260名。`);
  it('reads fields boxed in 【】 whose spaces the normaliser removed', () => {
    expect(page('【信息时间：2025-07-06 10:20】【信息来源：洛南县总工会】【阅读次数：88】【字号：大 中 小】')).toMatchObject({ issuers: ['洛南县总工会'], date: '2025-07-06' });
    expect(page('【發佈時間：2025-07-06 10:20】　【信息來源：汉阴县总工会】　【点击数：12】')).toMatchObject({ issuers: ['汉阴县总工会'] });
    expect(page('信息来源：镇坪县总工会｜发布时间：2025-07-06｜点击：12')).toMatchObject({ issuers: ['镇坪县总工会'], date: '2025-07-06' });
    expect(page('[来源：岚皋县总工会] [时间：2025-07-06] [浏览：33次]')).toMatchObject({ issuers: ['岚皋县总工会'] });
    expect(page('时间：2025-07-06 09:00:12　　来源：紫阳县人力资源和社会保障局　　【打印】【关闭】')).toMatchObject({ issuers: ['紫阳县人力资源和社会保障局'], date: '2025-07-06' });
  });
  it('takes a byline value out of its own brackets', () => {
    expect(page('来源：宁陵县总工会　作者：（记者 秦晓雪 通讯员 汤立伟）　发布时间：2025-07-06 10:20')).toMatchObject({ byline: '记者 秦晓雪 通讯员 汤立伟' });
    expect(page('來源：宁陵县总工会　作者：（記者 秦曉雪）　發佈時間：2025-07-06 10:20')).toMatchObject({ byline: '記者 秦曉雪' });
  });
});

describe('a headline standing alone between two paragraphs opens a bulletin article (issue 18, seventh round)', () => {
  const issue = (body: string) => structure({ text: `人社工作快讯\n2025年第5期\n某市人力资源和社会保障局编印　　2025年6月20日\n${body}`, lines: [] }, 'txt').meta.articles?.map((a) => [a.title, a.byline]);
  const A = '富蕴县建成零工驿站12个\n作者：富蕴县人社局　白晓松\n今年以来，富蕴县在城区和乡镇布点建设零工驿站，目前已建成12个，累计服务务工人员4200人次。';
  it('reads articles with no byline, with a closing credit, in either script and with ASCII punctuation', () => {
    expect(issue(`${A}\n柯桥区完成首批首席技师聘任\n近日，柯桥区公布首批首席技师聘任名单，共有9人受聘，每人每月享受津贴600元。`)).toEqual(
      [['富蕴县建成零工驿站12个', '富蕴县人社局 白晓松'], ['柯桥区完成首批首席技师聘任', null]]);
    expect(issue(`${A}\n都匀市举办家政服务职业技能竞赛\n5月20日，都匀市举办家政服务职业技能竞赛，全市31家企业的86名选手参赛。\n（都匀市人社局　葛小勇　供稿）`)).toEqual(
      [['富蕴县建成零工驿站12个', '富蕴县人社局 白晓松'], ['都匀市举办家政服务职业技能竞赛', '都匀市人社局 葛小勇']]);
    expect(issue(`${A}\n柯桥区完成首批首席技师聘任\n近日，柯桥区公布首批首席技师聘任名单，共有9人受聘。\n都匀市“技能夜校”开课\n6月1日，都匀市“技能夜校”开课，首期招收学员120人，开设电工、育婴员2个专业。\n（都匀市人社局　葛小勇）`)).toEqual(
      [['富蕴县建成零工驿站12个', '富蕴县人社局 白晓松'], ['柯桥区完成首批首席技师聘任', null], ['都匀市“技能夜校”开课', '都匀市人社局 葛小勇']]);
    expect(issue('富蘊縣建成零工驛站12個\n作者：富蘊縣人社局　白曉松\n今年以來，富蘊縣在城區和鄉鎮佈點建設零工驛站，目前已建成12個，累計服務務工人員4200人次。\n柯橋區完成首批首席技師聘任\n近日，柯橋區公佈首批首席技師聘任名單，共有9人受聘，每人每月享受津貼600元。')).toEqual(
      [['富蘊縣建成零工驛站12個', '富蘊縣人社局 白曉松'], ['柯橋區完成首批首席技師聘任', null]]);
    expect(issue(`${A}\n柯桥区举办2025年"春风行动"专场招聘会\n3月8日,柯桥区举办专场招聘会,86家企业提供岗位2300个,达成就业意向640人.`)?.length).toBe(2);
  });
  it('takes no caption, signing unit, labelled line, numbered heading or subheading inside a sentence as a headline', () => {
    // (an article's own subheadings state an action with no one acting: 强化…, 拓宽…, 市场化…, 乡村…)
    for (const mid of ['图为竞赛现场选手正在操作', '富蕴县人力资源和社会保障局', '来源：富蕴县人社局', '（富蕴县人社局供稿）', '2025年6月18日', '一、主要做法', '主要做法是',
      '强化技能人才培养', '拓宽职工成长通道', '坚持党建引领聚合力', '市场化运作提升服务效能', '乡村工匠培育成效明显', '區域協同推進技能提升'])
      expect(issue(`${A}\n${mid}\n下一步，富蕴县将继续扩大驿站覆盖面，力争年底前建成20个，实现乡镇全覆盖。`)).toEqual([['富蕴县建成零工驿站12个', '富蕴县人社局 白晓松']]);
    // a line after a paragraph cut in mid-sentence (a page break) is none either
    expect(issue(`富蕴县建成零工驿站12个\n作者：富蕴县人社局　白晓松\n今年以来，富蕴县在城区和乡镇布点建设零工驿站，目前已建成12个，累计服务\n务工人员4200人次的驿站网络\n已经覆盖全部乡镇，下一步将继续扩大服务范围，力争年底前建成20个。`)).toHaveLength(1);
  });
});

describe('an article’s credit in the shapes bulletins write it (issue 18, seventh round)', () => {
  const issue = (a1: string, a2: string) => structure({ text: `职工工作简报\n2025年第9期\n某市总工会办公室　　2025年9月26日\n${a1}\n${a2}\n报：省总工会\n送：各县（区）总工会`, lines: [] }, 'txt').meta.articles?.map((a) => [a.title, a.byline]);
  const P1 = '近日，蒙城县总工会在工业园区举办电工技能比武，全县36家企业的120名职工参赛，决出一等奖3名。';
  const P2 = '9月中旬，金湾区总工会组织劳模宣讲团走进12家企业，为2600余名职工讲述奋斗故事，反响热烈。';
  const T1 = '蒙城县举办电工技能比武';
  const T2 = '金湾区劳模宣讲走进企业';
  it('reads a unit and its writer bracketed at the end of the last paragraph, and keeps that paragraph out of the title', () => {
    expect(issue(`${T1}\n${P1}（蒙城县总工会　李明）`, `${T2}\n${P2}（金湾区总工会　王芳）`)).toEqual([[T1, '蒙城县总工会 李明'], [T2, '金湾区总工会 王芳']]);
    expect(issue(`${T1}\n${P1}(通讯员 李明)`, `${T2}\n${P2}(通讯员 王芳)`)).toEqual([[T1, '通讯员 李明'], [T2, '通讯员 王芳']]);
    expect(issue(`會寧縣舉辦電工技能比武\n${P1}（會寧縣總工會　李明）`, `${T2}\n${P2}`)).toEqual([['會寧縣舉辦電工技能比武', '會寧縣總工會 李明'], [T2, null]]);
  });
  it('reads the writer’s label set apart from the name by a space, or run into it by the layout, and a dash before a credit', () => {
    expect(issue(`${T1}\n${P1}\n文　李　明`, `${T2}\n${P2}\n文／王芳`)).toEqual([[T1, '李明'], [T2, '王芳']]);
    expect(issue(`${T1}\n${P1}\n文李明`, `${T2}\n${P2}\n作者 欧阳芳`)).toEqual([[T1, '李明'], [T2, '欧阳芳']]);
    expect(issue(`${T1}\n——蒙城县总工会 李明\n${P1}`, `${T2}\n——金湾区总工会 王芳\n${P2}`)).toEqual([[T1, '蒙城县总工会 李明'], [T2, '金湾区总工会 王芳']]);
  });
  it('takes no bracket of other words, nor a label before a common word, for a credit', () => {
    expect(issue(`${T1}\n${P1}（详见附件）`, `${T2}\n${P2}`)).toEqual([[T1, null], [T2, null]]);
    expect(issue(`${T1}\n${P1}（蒙城县总工会　主办）`, `${T2}\n${P2}`)).toEqual([[T1, null], [T2, null]]);
    expect(issue(`${T1}\n${P1}\n文　化`, `${T2}\n${P2}`)?.[0]).toEqual([T1, null]);
  });
});

describe('a page credits its writer as named: labels of who wrote and shot it dropped, a role set apart (issue 18, seventh round)', () => {
  const page = (info: string, lead = '7月16日，天门市总工会走访慰问一线环卫工人，为1200名环卫工人送去防暑降温物资。') =>
    read(`当前位置：首页 > 工会动态\n天门市总工会为环卫工人送清凉\n${info}\n${lead}`).byline;
  it('drops 文/图, 图文/, 文、图： before the name, and puts back the space the layout took after a role', () => {
    expect(page('发布日期：2025-07-17　信息来源：天门市总工会　作者：文/图 刘雪梅')).toBe('刘雪梅');
    expect(page('发布日期：2025-07-17　来源：天门市总工会　作者：图文/刘雪梅')).toBe('刘雪梅');
    expect(page('發佈日期：2025-07-17　來源：天門市總工會　作者：文、圖：劉雪梅')).toBe('劉雪梅');
    expect(page('发布日期：2025-07-17　来源：天门市总工会　作者：文/刘雪梅 图/周强')).toBe('刘雪梅');
    expect(page('发布日期：2025-07-17　来源：天门市总工会', '本网讯（通讯员黄志坚）7月16日，天门市总工会走访慰问一线环卫工人。')).toBe('通讯员 黄志坚');
    expect(page('发布日期：2025-07-17　来源：天门市总工会', '本报讯（记者林晓通讯员黄志坚）7月16日，天门市总工会走访慰问一线环卫工人。')).toBe('记者 林晓 通讯员 黄志坚');
  });
  it('keeps a unit whose name opens with 文 or 图, and a name alone', () => {
    expect(page('发布日期：2025-07-17　来源：天门市总工会　作者：文化馆 刘雪梅')).toBe('文化馆 刘雪梅');
    expect(page('发布日期：2025-07-17　来源：天门市总工会　作者：图书馆　周强')).toBe('图书馆 周强');
    expect(page('发布日期：2025-07-17　来源：天门市总工会　作者：刘雪梅')).toBe('刘雪梅');
  });
});

describe('a line opening with a dash under a title is the occasion or a subtitle, not the title (issue 18, seventh round)', () => {
  it('keeps the title to its own lines, dated occasion or not, and reads the speaker under it', () => {
    expect(read('关于全市技能人才队伍建设工作情况的汇报\n——在市政协“技能强市”专题协商会上的发言\n市人力资源和社会保障局党组书记、局长　赵德明\n（2025年8月12日）\n各位委员：\n　　近年来，全市技能人才总量达到21.6万人。')).toMatchObject(
      { title: '关于全市技能人才队伍建设工作情况的汇报', byline: '市人力资源和社会保障局党组书记、局长 赵德明', date: '2025-08-12' });
    expect(read('平凉市总工会关于表彰2024\n—2025年度平凉市五一劳动奖章获得者的决定\n各县（市、区）总工会：\n　　现予以表彰。').title).toBe('平凉市总工会关于表彰2024—2025年度平凉市五一劳动奖章获得者的决定');
  });
});

describe('the bodies of a joint notice stacked one a line above its 关于 title head it (issue 18, seventh round)', () => {
  const B = '\n各县（市、区）有关单位：\n　　经个人申报、单位推荐、专家评审，确定张国华等30名同志为第三批“景德镇工匠”。';
  it('takes each line’s body as an issuer and the 关于 lines as the title', () => {
    expect(read(`中共景德镇市委组织部\n景德镇市人力资源和社会保障局\n景德镇市总工会\n关于公布第三批“景德镇工匠”名单的通知${B}`)).toMatchObject(
      { title: '关于公布第三批“景德镇工匠”名单的通知', issuers: ['中共景德镇市委组织部', '景德镇市人力资源和社会保障局', '景德镇市总工会'] });
    expect(read(`临沧市总工会\n临沧市应急管理局\n关于开展2025年“安康杯”竞赛活动的\n通知${B}`)).toMatchObject(
      { title: '关于开展2025年“安康杯”竞赛活动的通知', issuers: ['临沧市总工会', '临沧市应急管理局'] });
    expect(read(`嘉義縣總工會\n嘉義縣勞工處\n關於舉辦職工技能競賽的通知${B}`)).toMatchObject({ title: '關於舉辦職工技能競賽的通知', issuers: ['嘉義縣總工會', '嘉義縣勞工處'] });
  });
  it('takes a title ending in the kind of document too, and leaves a single body to the other readers', () => {
    expect(read(`临沧市总工会\n临沧市应急管理局\n2025年“安康杯”竞赛活动方案${B}`)).toMatchObject({ title: '2025年“安康杯”竞赛活动方案', issuers: ['临沧市总工会', '临沧市应急管理局'] });
    expect(read(`临沧市总工会\n临沧市应急管理局\n2025年6月3日${B}`).title).not.toBe('2025年6月3日');
    expect(read(`临沧市总工会\n关于开展2025年“安康杯”竞赛活动的通知${B}`)).toMatchObject({ title: '关于开展2025年“安康杯”竞赛活动的通知', issuers: ['临沧市总工会'] });
  });
});

describe('a signature name is joined to the line above only when it does not open with its own place (issue 18, seventh round)', () => {
  const signed = (above: string, signature: string) =>
    read(`关于命名第五批盘锦市技能大师工作室的通知\n盘人社发〔2025〕33号\n各县区人力资源和社会保障局：\n现命名以下工作室。\n${above}\n${signature}\n2025年8月20日`).issuers;
  it('keeps the last cell of a table (a leader’s name) out of the signature', () => {
    expect(signed('序号\n工作室名称\n领衔人\n1\n刘宝山技能大师工作室\n刘宝山', '盘锦市人力资源和社会保障局 盘锦市财政局')).toEqual(['盘锦市人力资源和社会保障局', '盘锦市财政局']);
    expect(signed('工作室名称\n領銜人\n馬興華技能大師工作室\n馬興華', '中共盤錦市委組織部')).toEqual(['中共盤錦市委組織部']);
  });
  it('still joins a name broken over two lines', () => {
    expect(signed('特此通知。', '盘锦市人力资源\n和社会保障局')).toEqual(['盘锦市人力资源和社会保障局']);
    expect(signed('特此通知。', '湘潭市发展和\n改革委员会')).toEqual(['湘潭市发展和改革委员会']);
  });
});

describe('a unit alone on the line under an article title is its credit (issue 18, seventh round)', () => {
  const issue = (a: string) => read(`安康市总工会\n工作动态\n第9期\n安康市总工会办公室　　　2025年10月15日\n${a}`).articles?.map((x) => [x.title, x.byline]);
  const P1 = '　　7月以来，汉滨区总工会为1800名一线职工送去防暑降温物资，价值18万元。';
  const P2 = '　　9月下旬，旬阳市总工会举办职工技能大赛，全市45家企业的260名职工参赛。';
  it('reads a union, a bureau or a department alone, in either script', () => {
    expect(issue(`汉滨区总工会开展“送清凉”活动\n汉滨区总工会\n${P1}\n旬阳市总工会举办职工技能大赛\n市总工会权益保障部\n${P2}`)).toEqual(
      [['汉滨区总工会开展“送清凉”活动', '汉滨区总工会'], ['旬阳市总工会举办职工技能大赛', '市总工会权益保障部']]);
    expect(issue(`漢濱區總工會開展“送清涼”活動\n漢濱區總工會\n${P1}`)).toEqual([['漢濱區總工會開展“送清涼”活動', '漢濱區總工會']]);
  });
  it('takes no headline ending in a place of its action, and no credit line, for a unit or a title', () => {
    expect(issue(`汉滨区总工会开展“送清凉”活动\n${P1}\n作者：汉滨区总工会　程雅婷\n石泉县建成零工驿站\n${P2}`)).toEqual(
      [['汉滨区总工会开展“送清凉”活动', '汉滨区总工会 程雅婷'], ['石泉县建成零工驿站', null]]);
  });
});
