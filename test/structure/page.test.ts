// rules/page-layout.yaml: web pages, bulletin articles, notices without a red head, reports.
import { describe, expect, it } from 'vitest';
import { structure } from '../../src/structure/index.js';
import { pageLayout } from '../../src/structure/page.js';
import { linkLines } from '../../src/structure/links.js';

const read = (text: string) => structure({ text, lines: [] }, 'txt').meta;

describe('rules/page-layout.yaml examples', () => {
  for (const ex of pageLayout().v.examples.positive) {
    it(String(ex.text).split('\n')[0], () => {
      const { text, ...want } = ex as Record<string, unknown>;
      expect(read(String(text))).toMatchObject(want);
    });
  }
  for (const n of pageLayout().v.examples.negative) it(`chrome is never the title: ${n}`, () => expect(read(`${n}\n某市召开职工技能竞赛总结会\n正文。`).title).not.toBe(n));
});

describe('headers of real layouts', () => {
  it('reads a byline from a name line under a page title, never from a caption, a label or a sentence', () => {
    const page = (under: string) => read(`当前位置：首页 > 基层动态\n某县总工会开展送清凉活动\n发布时间：2024-07-15 10:02　来源：某县总工会\n${under}\n7月14日，某县总工会走访一线职工120人。`).byline;
    expect(page('钟晓岚')).toBe('钟晓岚');
    expect(page('记者　钟晓岚')).toBe('记者 钟晓岚');
    expect(page('高清组图')).toBeNull();
    expect(page('文号')).toBeNull();
    expect(page('县总工会　钟晓岚')).toBeNull();
    // the page's editing fields and a dateline without reporters are no byline
    const closing = read('当前位置：首页 > 基层动态\n某县总工会开展送清凉活动\n发布时间：2024-07-15 10:02　来源：某县总工会\n本网讯 7月14日，某县总工会走访一线职工。\n（责任编辑：钟晓岚）').byline;
    expect(closing).toBeNull();
  });
  it('reads the body before 关于 in a title as its issuer in either script', () => {
    const body = '\n一、基本情况\n全年为职工办实事120件，慰问困难职工86人。';
    expect(read(`某县总工会关于2024年职工服务工作情况的报告${body}`).issuers).toEqual(['某县总工会']);
    expect(read(`某縣總工會關於2024年職工服務工作情況的報告${body}`).issuers).toEqual(['某縣總工會']);
  });
  it('takes a line naming no actor for a headline only when a dated story opens under it', () => {
    const issue = (lead: string) => read(`某县总工会工作动态\n第3期\n某县总工会办公室　2025年6月1日\n某县命名5个劳模创新工作室\n（通讯员　郑海涛）\n5月28日，某县总工会召开会议，命名5个劳模创新工作室，每个给予经费支持1万元。\n会议要求，各工作室要发挥示范作用，带动更多职工提升技能。\n第二届职工厨艺大赛开赛\n${lead}某县第二届职工厨艺大赛在县职教中心开赛，全县16支代表队的64名选手参赛。`).articles?.map((a) => a.title);
    expect(issue('5月30日，')).toEqual(['某县命名5个劳模创新工作室', '第二届职工厨艺大赛开赛']);
    // (a subheading over a paragraph that goes on with the story is no headline)
    expect(issue('')).toEqual(['某县命名5个劳模创新工作室']);
  });
  it('reads the speaker of a report only with an occasion line or a report title', () => {
    const plain = read('某县召开职工运动会\n钟晓岚\n（2024年5月9日）\n5月8日，某县召开运动会。');
    expect(plain.byline).toBeNull();
    const report = read('某县总工会2024年工作要点\n县总工会主席　钟晓岚\n一、总体要求\n全年新建工会组织20个。');
    expect(report).toMatchObject({ byline: '县总工会主席 钟晓岚', issuers: ['某县总工会'] });
    const trad = read('某縣總工會工作報告\n（2024年12月26日在縣總工會第八屆委員會第五次全體會議上）\n縣總工會主席　鍾曉嵐\n各位委員：');
    expect(trad).toMatchObject({ date: '2024-12-26', byline: '縣總工會主席 鍾曉嵐' });
  });
  it('reads a Markdown metadata block', () => {
    const m = read('title:某市命名首批工作室\ndate: 2023-10-18\nsource:某市总工会\nauthor:王明\n某市命名首批工作室\n10月17日，某市总工会命名。');
    expect(m).toMatchObject({ title: '某市命名首批工作室', date: '2023-10-18', issuers: ['某市总工会'], byline: '王明' });
  });
  it('reads a signing date broken over lines and the letter-spaced signature above it', () => {
    const m = read('关于开展职工技能大赛的通知\n闽工〔2023〕9号\n各设区市总工会：\n现将有关事项通知如下。\n福 建 省 总 工 会  福建省工业和信息化厅\n2023年\n3月\n15日');
    expect(m).toMatchObject({ date: '2023-03-15', issuers: ['福建省总工会', '福建省工业和信息化厅'] });
  });
  it('reads the issuers under the title, and a signature before the annex whose names were glued', () => {
    const under = read('关于命名2024年度某某市职工创新工作室的通知\n南昌市总工会\n南昌市人力资源和社会保障局\n各县区总工会：\n现将有关事项通知如下。');
    expect(under.issuers).toEqual(['南昌市总工会', '南昌市人力资源和社会保障局']);
    const signed = read('关于表彰某某竞赛优胜者的决定\n各设区市总工会：\n决定授予王某等5名同志称号。\n江西省总工会江西省人力资源和社会保障厅\n2024年\n7月\n9日\n附件\n获奖人员名单\n王某　某某公司　电工');
    expect(signed).toMatchObject({ date: '2024-07-09', issuers: ['江西省总工会', '江西省人力资源和社会保障厅'] });
  });
  it('splits a bulletin issue into its articles, each with its byline', () => {
    const m = read('某某工作动态\n第9期\n某某办公室编印 2023年9月22日\n甲区打造技能高地\n甲区总工会 罗涛\n正文一。\n乙公司深化工作室建设\n乙公司工会 谭晓琳\n正文二。');
    expect(m.articles?.map((a) => [a.title, a.byline])).toEqual([['甲区打造技能高地', '甲区总工会 罗涛'], ['乙公司深化工作室建设', '乙公司工会 谭晓琳']]);
  });
  it('matches contents entries to headings numbered otherwise, and reads bylines that close an article', () => {
    const m = read('某局工会动态\n第4期\n某局工会　　2024年4月8日\n目  录\n1. 甲站开展岗位练兵\n2. 乙站培育青年工匠\n3. 丙站建成职工书屋\n一、甲站开展岗位练兵\n3月，甲站举办练兵活动。\n作者：甲站工会 周强\n二、乙站培育青年工匠\n乙站结对培养青年职工12名。（乙站工会供稿）\n三、丙站建成职工书屋\n丙站书屋藏书3000册。\n文/丙站工会　韩丽\n报：局工会');
    expect(m.articles?.map((a) => [a.title, a.byline])).toEqual([['甲站开展岗位练兵', '甲站工会 周强'], ['乙站培育青年工匠', '乙站工会'], ['丙站建成职工书屋', '丙站工会 韩丽']]);
  });
  it('finds articles without contents: a heading after the credit that closes the article before, then a paragraph', () => {
    const issue = (a: string, b: string, c: string) => read(`某某人社局\n改 革 快 报\n（2024年第3期）\n局办公室编印　　2024年3月8日\n甲县建成零工市场\n　　2月以来，甲县依托人力资源市场建成零工市场，登记求职人员860人，促成就业210人。\n${a}\n乙市完成首席技师聘任\n　　日前，乙市在市属企业中完成首批首席技师聘任，聘任人选共12名，聘期3年。\n${b}\n丙区开展送评上门\n　　3月，丙区人社局深入企业开展送评上门，完成技能等级认定1200人次。\n${c}`).articles?.map((x) => [x.title, x.byline]);
    expect(issue('（甲县人社局　王丽供稿）', '乙市人社局职业能力建设科　文/刘强', '报：市委、市政府　　送：省人社厅')).toEqual([
      ['甲县建成零工市场', '甲县人社局 王丽'], ['乙市完成首席技师聘任', '乙市人社局职业能力建设科 刘强'], ['丙区开展送评上门', null]]);
    expect(issue('作者：甲县人社局 王丽', '乙市人社局　刘强', '丙区人社局')).toEqual([
      ['甲县建成零工市场', '甲县人社局 王丽'], ['乙市完成首席技师聘任', '乙市人社局 刘强'], ['丙区开展送评上门', '丙区人社局']]);
    // traditional script
    expect(read('某某人社局\n工作動態\n第5期\n甲縣建成零工市場\n　　2月以來，甲縣建成零工市場，登記求職人員860人，促成就業210人。\n（甲縣人社局　王麗供稿）\n乙市完成首席技師聘任\n　　日前，乙市完成首批首席技師聘任，聘任人選共12名，聘期3年。\n乙市人社局　劉強').articles?.map((x) => x.title)).toEqual(['甲縣建成零工市場', '乙市完成首席技師聘任']);
  });
  it('reads 文·摄 and 报送人：name（unit） credits, and a block of bulleted briefs under a short heading as an article', () => {
    const issue = read('某县产改快报\n第2期\n某县产改办　　2025年3月6日\n甲镇举办焊工比武\n文·摄　唐雨薇\n　　3月2日，甲镇总工会举办焊工比武，共有46名职工参赛，决出一等奖2名。\n丙镇建成职工书屋\n　　2月以来，丙镇总工会建成职工书屋，藏书2000册，已接待职工600余人次。\n报送人：韦嘉宁（丙镇总工会）\n\n工 作 简 讯\n\n　　▲2月下旬，县总工会为120名环卫工人送去慰问品，价值3.6万元。\n　　▲县人社局完成首批技能等级认定，共有86人取得证书。\n报：市产改办');
    expect(issue.articles?.map((a) => [a.title, a.byline])).toEqual([['甲镇举办焊工比武', '唐雨薇'], ['丙镇建成职工书屋', '丙镇总工会 韦嘉宁'], ['工作简讯', null]]);
    // a short line before a paragraph that opens with no bullet is no block of briefs
    expect(read('某县产改快报\n第2期\n某县产改办　　2025年3月6日\n甲镇举办焊工比武\n文·摄　唐雨薇\n　　3月2日，甲镇总工会举办焊工比武，共有46名职工参赛，决出一等奖2名。\n工作动态\n　　2月下旬，县总工会为120名环卫工人送去慰问品，价值3.6万元。').articles?.map((a) => a.title)).toEqual(['甲镇举办焊工比武']);
  });
  it('takes a unit and its writer in the bracket that opens an article’s first paragraph, without a role word', () => {
    const issue = (credit: string) => read(`某某工会简报\n第4期\n某某办公室编　2024年4月2日\n本期要目\n◆甲县工会走访困难职工\n◆乙区工会培训骨干\n甲县工会走访困难职工\n　　${credit}3月下旬，甲县总工会走访慰问困难职工120户，发放慰问金18万元。\n乙区工会培训骨干\n　　本报讯（记者 莫小燕）4月1日，乙区总工会举办骨干培训班，80名学员参加。`).articles?.map((a) => a.byline);
    expect(issue('（甲县总工会　罗晓峰）')).toEqual(['甲县总工会 罗晓峰', '记者 莫小燕']);
    expect(issue('(甲縣總工會 孫麗華)')).toEqual(['甲縣總工會 孫麗華', '记者 莫小燕']);
    expect(issue('（某某市人社局职业能力建设科　邓建）')).toEqual(['某某市人社局职业能力建设科 邓建', '记者 莫小燕']);
    expect(issue('（甲县总工会钱红）')).toEqual(['甲县总工会 钱红', '记者 莫小燕']);
    // a bracket that names no writer: a number, a date, a body alone, a body and a post
    for (const no of ['（一）', '（2024年3月）', '（甲县总工会）', '（甲县总工会　主办）', '（甲县总工会　主席）']) expect(issue(no)).toEqual([null, '记者 莫小燕']);
  });
  it('reads numbered headings of an issue without contents as its articles when a credit shows one to be', () => {
    const arts = (t: string) => read(t).articles?.map((a) => [a.title, a.byline]);
    const head = '某某人社局\n人社工作动态\n2024年第7期\n某某人社局办公室　　2024年5月8日\n';
    const p1 = '　　截至4月底，全市新增技能人才1.2万人，其中高技能人才3600人。\n';
    const p2 = '　　4月以来，甲县举办电工、焊工培训班12期，培训农民工680人次。\n';
    expect(arts(`${head}一、全市技能人才总量稳步增长\n${p1}（市人社局职业能力建设科　供稿）\n二、甲县开展农民工技能培训\n作者：甲县人社局　韦春燕\n${p2}`)).toEqual([
      ['全市技能人才总量稳步增长', '市人社局职业能力建设科'], ['甲县开展农民工技能培训', '甲县人社局 韦春燕']]);
    // the credit under each heading, three articles
    expect(arts(`${head}一、全市技能人才总量稳步增长\n文/市人社局　龙海波\n${p1}二、甲县开展农民工技能培训\n（甲县人社局　供稿）\n${p2}三、乙区建成零工驿站\n作者：乙区人社局　覃丽\n　　乙区建成零工驿站5个，服务求职者900人次。\n`)?.map((a) => a[0])).toEqual(
      ['全市技能人才总量稳步增长', '甲县开展农民工技能培训', '乙区建成零工驿站']);
    // traditional script
    expect(arts(`某某人社局\n人社工作動態\n2024年第7期\n一、全市技能人才總量穩步增長\n　　截至4月底，全市新增技能人才1.2萬人，其中高技能人才3600人。\n（市人社局職業能力建設科　供稿）\n二、甲縣開展農民工技能培訓\n　　4月以來，甲縣舉辦培訓班12期，培訓農民工680人次。\n`)?.map((a) => a[0])).toEqual(
      ['全市技能人才總量穩步增長', '甲縣開展農民工技能培訓']);
    // one article with numbered subheadings and no credit between them: one article, not three
    const one = read(`${head}全市推进技能人才队伍建设\n一、扩大培训规模\n${p1}二、完善评价机制\n${p2}三、强化激励保障\n　　全年兑现技能补贴860万元，惠及职工1.3万人。\n（市人社局职业能力建设科　供稿）\n`).articles;
    expect(one?.map((a) => a.title)).toEqual(['全市推进技能人才队伍建设']);
  });
  it('keeps one article whose subheadings follow paragraphs with no credit, and the issuer’s signature is no credit', () => {
    const m = read('某某总工会\n工作简报\n第2期\n某市推进产业工人队伍建设改革\n　　今年以来，某市总工会围绕技能提升，推进各项工作，成效明显。\n强化技能人才培养\n　　全年培训职工3200人次，新培育市级工匠20名，技能人才队伍不断壮大。\n拓宽职工成长通道\n　　推动企业建立技能等级与薪酬挂钩机制，覆盖企业86家，职工获得感增强。\n某某总工会');
    expect(m.articles?.map((a) => [a.title, a.byline])).toEqual([['某市推进产业工人队伍建设改革', null]]);
  });
  it('does not take a bracket inside a paragraph without a closing word as a byline', () => {
    const m = read('某某工作简报\n第2期\n本期要目\n◎甲县开展技能比武\n甲县开展技能比武\n比武设电工、焊工两个项目。（详见附件）\n报：市总工会');
    expect(m.articles?.map((a) => a.byline)).toEqual([null]);
  });
  it('reads a printed table of contents, its heading letter-spaced and its entries closed by leaders and page numbers', () => {
    const m = read('某某局工作动态\n第4期\n某某局办公室编　　2025年3月2日\n目　　录\n一、甲镇建成零工驿站 ……………………（1）\n二、乙公司培育首席技师 ·············· 2\n\n甲镇建成零工驿站\n作者：甲镇劳动保障所　吴晓丽\n　　2月，甲镇零工驿站投入使用，已登记求职人员230人，帮助86人找到工作。\n乙公司培育首席技师\n作者：邹凯\n　　乙公司今年聘任首席技师6名，每人每月发放津贴800元，带徒42人。\n抄送：某某局');
    expect(m.title).toBe('甲镇建成零工驿站');
    expect(m.articles?.map((a) => [a.title, a.byline])).toEqual([['甲镇建成零工驿站', '甲镇劳动保障所 吴晓丽'], ['乙公司培育首席技师', '邹凯']]);
  });
  it('takes no list line for a headline when a print note cuts the list short, and a town opens a headline', () => {
    const p = '　　3月，全区命名“某某工匠”10名，每人奖励2万元，名单如下。\n';
    const m = read(`某某区改革快报\n第2期\n某某区产改办　　2025年4月1日\n全区命名第二批“某某工匠”\n${p}赵　强　某某机械有限公司钳工\n钱丽华　某某纺织有限公司挡车工\n（其余8名略）\n（区总工会　孙悦　供稿）\n丙镇职工书屋实现村村全覆盖\n　　今年，丙镇总工会在全镇21个村建成职工书屋，配送图书4200册，服务职工1.1万人次。\n撰稿：李婷　　审核：周平\n报：市产改办`);
    expect(m.articles?.map((a) => [a.title, a.byline])).toEqual([['全区命名第二批“某某工匠”', '区总工会 孙悦'], ['丙镇职工书屋实现村村全覆盖', '李婷']]);
  });
  it('steps over rules drawn across the page and reads a writer credited with 执笔', () => {
    const rule = '─'.repeat(24);
    const bold = '━'.repeat(24);
    const m = read(`某县改革快报\n第3期\n某县产改办　　2025年6月3日\n${rule}\n丁镇认定首批乡村工匠15名\n执笔　范晓雯\n　　5月，丁镇认定乡村工匠15名，每人补助3000元。\n戊公司技能培训覆盖一线职工\n（戊公司工会　谢磊）\n　　戊公司今年培训一线职工640人次。\n（县总工会　钟　宁）\n${bold}\n报：市产改办`);
    expect(m.title).toBe('丁镇认定首批乡村工匠15名');
    expect(m.byline).toBe('范晓雯');
    expect(m.articles?.map((a) => [a.title, a.byline])).toEqual([['丁镇认定首批乡村工匠15名', '范晓雯'], ['戊公司技能培训覆盖一线职工', '戊公司工会 谢磊']]);
    // a rule is never a title, in any of its characters
    const n = read(`某市工会工作简报\n第7期\n某市总工会办公室　　2025年7月1日\n${bold}\n本期要目\n◇甲区建成驿站\n${bold}\n甲区建成驿站\n　　甲区建成驿站12个。\n（甲区总工会供稿）\n${'＝'.repeat(20)}\n报：省总工会`);
    expect(n.articles?.map((a) => a.title)).toEqual(['甲区建成驿站']);
  });
  it('reads credits whose names the layout letter-spaced, a lead credit alone on its line, and a unit set off by a dash', () => {
    const m = read('某市工会工作简报\n第5期\n某市总工会办公室　　2025年5月6日\n甲区建成户外劳动者驿站\n本刊讯（通讯员　何晓峰　高　宁）\n　　近日，甲区建成驿站8个，服务户外劳动者1200人次。\n乙县开展送清凉活动\n记者　彭晓明　通讯员　邝　琳\n　　7月，乙县总工会走访一线职工3000人。\n丙公司成立创新工作室联盟\n　　丙公司联合5家企业成立工作室联盟，首批成员工作室12个。\n——市国资委党群工作处\n报：省总工会');
    expect(m.articles?.map((a) => [a.title, a.byline])).toEqual([
      ['甲区建成户外劳动者驿站', '通讯员 何晓峰 高宁'], ['乙县开展送清凉活动', '记者 彭晓明 通讯员 邝琳'], ['丙公司成立创新工作室联盟', '市国资委党群工作处'],
    ]);
  });
  it('drops the mark before a headline that a closing credit shows, reads a marked briefs heading, and a byline opened by any dash', () => {
    const issue = (dash: string) => read(`某县人社工作动态\n第6期\n某县人社局办公室　　2025年6月9日\n◆甲镇零工驿站促成就业300人\n　　一季度，甲镇零工驿站登记求职者860人，促成就业300人。\n（就业股供稿　执笔：邝雨桐）\n◆乙园区技能大师工作室被认定为市级工作室\n　　近日，乙园区一家工作室入选市级名单，成员11人，已带徒26名。\n${dash}县职业技能鉴定所　石晓川\n◆简讯\n▲县社保中心上门认证320余人次，覆盖全县12个乡镇。\n▲县仲裁院受理案件40件，结案38件。\n报：市人社局`);
    for (const dash of ['——', '――', '──', '－－']) {
      expect(issue(dash).articles?.map((a) => [a.title, a.byline]), dash).toEqual([
        ['甲镇零工驿站促成就业300人', '邝雨桐'], ['乙园区技能大师工作室被认定为市级工作室', '县职业技能鉴定所 石晓川'], ['简讯', null],
      ]);
    }
  });
  it('reads a headline that ends with a body’s word as a headline when it states an action', () => {
    const issue = (head: string) => read(`某市产改快报\n第9期\n某市产改办公室　　2025年9月12日\n甲区评出首批技能标兵20名\n文｜区总工会　邝雨桐\n　　9月上旬，甲区总工会评出首批技能标兵20名，每人奖励3000元。\n${head}\n　　9月8日，乙乡茶叶产业工会联合会召开会员代表大会，覆盖茶企18家、茶农职工640人。\n（乙乡总工会　石晓川）\n报：省产改办`).articles?.map((a) => a.title);
    expect(issue('乙乡成立茶叶产业工会联合会')).toEqual(['甲区评出首批技能标兵20名', '乙乡成立茶叶产业工会联合会']);
    // a body's name alone between two paragraphs opens no article
    expect(issue('乙乡茶叶产业工会联合会')).toEqual(['甲区评出首批技能标兵20名']);
  });
  it('reads the briefs heading a contents listed as one more article', () => {
    const m = read('某市工会工作简报\n第3期\n某市总工会办公室　　2025年3月31日\n本期要目\n·甲区举办焊工比武\n·乙镇建成职工书屋\n·简讯\n甲区举办焊工比武\n撰稿人：邝雨桐\n　　3月中旬，甲区举办焊工比武，46名职工参赛，决出一等奖2名。\n乙镇建成职工书屋\n（乙镇总工会　石晓川）\n　　乙镇在工业园区建成职工书屋6个，藏书1.2万册。\n简讯\n　　◆市总工会为环卫工人送去防暑物资，价值3万元。\n　　◆市总工会举办宣讲活动5场。\n报送：省总工会');
    expect(m.articles?.map((a) => [a.title, a.byline])).toEqual([['甲区举办焊工比武', '邝雨桐'], ['乙镇建成职工书屋', '乙镇总工会 石晓川'], ['简讯', null]]);
  });
  it('steps over the column labels a contents groups its entries under, whatever their mark', () => {
    const issue = (mark: string, close = '') => read(`某县人社工作动态\n第4期\n某县人力资源和社会保障局　　2025年4月8日\n目　录\n${mark}就业创业${close}\n　　甲镇零工驿站促成就业300人\n${mark}职业能力${close}\n　　乙园区新增高级工42名\n\n${mark}就业创业${close}\n甲镇零工驿站促成就业300人\n信息员：吕晓芸\n　　一季度，甲镇零工驿站登记求职者860人，促成就业300人。\n${mark}职业能力${close}\n乙园区新增高级工42名\n（县职业技能鉴定所）\n　　3月，乙园区组织技能等级认定，新增高级工42名。\n报：市人社局`);
    for (const [mark, close] of [['◎', ''], ['■ ', ''], ['【', '】'], ['◆', '◆']]) {
      const m = issue(mark, close);
      expect(m.title, mark).toBe('甲镇零工驿站促成就业300人');
      expect(m.articles?.map((a) => [a.title, a.byline]), mark).toEqual([['甲镇零工驿站促成就业300人', '信息员 吕晓芸'], ['乙园区新增高级工42名', '县职业技能鉴定所']]);
    }
    // a contents whose every entry opens with the mark has no labels: each marked line is an entry
    const all = read('某县人社工作动态\n第5期\n某县人力资源和社会保障局　　2025年5月8日\n目录\n◎丙镇建成驿站\n◎丁厂评出标兵\n丙镇建成驿站\n（丙镇人社所　石晓川）\n　　丙镇建成驿站3个。\n丁厂评出标兵\n（丁厂工会　任佳音）\n　　丁厂评出标兵12名。');
    expect(all.articles?.map((a) => a.title)).toEqual(['丙镇建成驿站', '丁厂评出标兵']);
  });
  it('reads an article the contents left out when an explicit byline stands under its headline', () => {
    const issue = (credit: string) => read(`某市工会工作简报\n第8期\n某市总工会办公室编　　2025年8月5日\n本期要目\n·甲区评出十佳班组\n·乙县工会走访一线\n甲区评出十佳班组\n通讯员　骆文静\n　　7月，甲区评出十佳班组10个。\n乙县工会走访一线\n（乙县总工会　石晓川）\n　　7月下旬，乙县总工会走访一线职工1300人，送去防暑物资，发放慰问金12万元。\n丙镇开办直播培训班\n${credit}\n　　丙镇开办直播培训班2期，培训职工96人。\n报：省总工会`).articles?.map((a) => [a.title, a.byline]);
    expect(issue('文／丙镇总工会　任佳音')).toEqual([['甲区评出十佳班组', '通讯员 骆文静'], ['乙县工会走访一线', '乙县总工会 石晓川'], ['丙镇开办直播培训班', '丙镇总工会 任佳音']]);
    expect(issue('记者　邝雨桐')?.[2]).toEqual(['丙镇开办直播培训班', '记者 邝雨桐']);
    // a line under which no credit stands is a subheading of the article before
    expect(issue('　　另据统计，全镇参训职工满意率达98%。')?.map((a) => a[0])).toEqual(['甲区评出十佳班组', '乙县工会走访一线']);
  });
  it('drops the column tag glued before a headline, in any bracket, and reads the tagged headlines as the series', () => {
    const issue = (o: string, c: string) => read(`某市产改快报\n第3期\n某市产改办公室　　2025年6月2日\n${o}改革动态${c}甲区评出首批“甲区工匠”10名\n　　5月，甲区从46名候选人中评出首批“甲区工匠”10名。\n（执笔人：区总工会　邵雨桐）\n${o}基层探索${c}乙镇班组建设覆盖80家企业\n　　今年以来，乙镇推行班组建设，覆盖企业80家。\n${o}温馨提示${c}“技能乙市”补贴开始申领\n　　即日起，职工可申领技能补贴。\n${o}暖心服务${c}“小哥驿站”增至20个\n　　全市“小哥驿站”增至20个。\n（市总工会权益保障部）\n报：省产改办`);
    for (const [o, c] of [['【', '】'], ['〖', '〗'], ['［', '］']]) {
      const m = issue(o, c);
      expect(m.title, o).toBe('甲区评出首批“甲区工匠”10名');
      expect(m.articles?.map((a) => [a.title, a.byline]), o).toEqual([
        ['甲区评出首批“甲区工匠”10名', '区总工会 邵雨桐'], ['乙镇班组建设覆盖80家企业', null], ['“技能乙市”补贴开始申领', null], ['“小哥驿站”增至20个', '市总工会权益保障部'],
      ]);
    }
  });
  it('completes a speaker’s body named by its level with the county the report names most often', () => {
    const text = '守正创新　担当实干\n——在县总工会第九届委员会第三次全体会议上的工作报告\n（2025年2月10日）\n县总工会主席　罗文彬\n各位委员：\n一年来，全县新建石城县劳模创新工作室3个，评选石城县技术能手20名；瑞金市客商来访2次，石城县职工服务中心接待职工1.2万人次。';
    expect(read(text)).toMatchObject({ issuers: ['石城县总工会'], byline: '县总工会主席 罗文彬' });
    // two counties named as often: none is taken
    expect(read(text.replace('石城县职工服务中心', '宁化县职工服务中心').replace('瑞金市', '宁化县')).issuers).toEqual([]);
  });
  it('takes the body named before a page’s dateline without a label as its source', () => {
    const m = read('甲县300余名茶企职工同台比技\n甲县融媒体中心　2025-10-12 09:30　点击量：1208\n　　（记者　邝雨桐）10月11日，甲县茶叶加工职业技能竞赛举行，共有312名职工参赛。\n编辑：石晓川');
    expect(m).toMatchObject({ issuers: ['甲县融媒体中心'], date: '2025-10-12', title: '甲县300余名茶企职工同台比技' });
  });
  it('takes a report’s issuer from the line under its title or its signature', () => {
    expect(read('某县2023年度工作总结\n某县总工会\n（2023年12月20日）\n一年来，工作有序。')).toMatchObject({ title: '某县2023年度工作总结', issuers: ['某县总工会'], date: '2023-12-20' });
    expect(read('某县推进工作情况汇报\n一是夯实基础。\n二是拓宽通道。\n某县总工会')).toMatchObject({ issuers: ['某县总工会'] });
  });
});

describe('rules/page-layout.yaml links: the lines that point to other articles', () => {
  const layout = pageLayout();
  const lines = (text: string) => linkLines(text, layout).map((s) => text.slice(s.start, s.end));
  for (const ex of layout.v.links!.examples.positive) {
    it(ex.text.split('\n').slice(1).join(' / '), () => {
      const got = lines(ex.text);
      expect(got).toHaveLength(ex.links.length);
      ex.links.forEach((w, i) => expect(got[i]!.startsWith(w)).toBe(true));
    });
  }
  // (the story's sentence, the example's last line, is never read as a link)
  for (const n of layout.v.links!.examples.negative) it(`a story's line is no link: ${n}`, () => expect(lines(`正文。\n${n}`)).not.toContain(n.split('\n').pop()));
});
