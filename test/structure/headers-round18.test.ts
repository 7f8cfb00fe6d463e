// Headers of issue 18, round 18: a delivered report's occasion line broken over two lines still dates
// it and names its speaker; a group a body sends to write a report (调研组, 课题组) is the byline and the
// body the issuer when the report names its drafters (执笔：…), else the group issues it (round 36); an official account's article copied as text has a chrome line under its headline
// (原创, account, date time, province) that is neither title nor byline, and its 来源 below the article;
// a bar parts a credit label from the writer (文｜…); a portal's panel laid out as <dt>/<dd> cells gives
// its 发布机构. Texts written for this test in the layouts of those genres.
import { describe, expect, it } from 'vitest';
import { headerReader, bare } from './read-header.js';

const header = headerReader('headers-r18-');

const body = '\n\n　　我受市人民政府委托，现将有关情况报告如下，请予审议。\n\n　　一、基本情况\n\n　　全市共有职工5.2万人，其中产业工人3.1万人。\n';

describe('an occasion line broken over two lines', () => {
  it('a dash line run on to the next line, then the speaker with the post', async () => {
    const h = await header('occ1.txt', `关于全市职工技能提升行动实施情况的报告\n\n——2025年3月12日在溧阳市第十八届人民代表大会\n常务委员会第九次会议上\n\n溧阳市总工会主席　许文澜\n\n主任、各位副主任、各位委员：${body}`);
    expect(h.date).toBe('2025-03-12');
    expect(h.byline).toBe('溧阳市总工会主席许文澜');
    expect(h.issuers).toEqual(['溧阳市总工会']);
    expect(h.title).toBe('关于全市职工技能提升行动实施情况的报告');
  });

  it('a bracketed occasion broken before 会议上的工作报告, a post of two offices', async () => {
    const h = await header('occ2.txt', `宁乡市总工会2024年工作报告\n\n（2024年12月5日在宁乡市总工会第六届委员会\n第三次全体会议上的工作报告）\n\n宁乡市总工会党组书记、主席　邵明川\n\n各位委员：${body}`);
    expect(h.date).toBe('2024-12-05');
    expect(h.byline).toBe('宁乡市总工会党组书记、主席邵明川');
    expect(h.issuers).toEqual(['宁乡市总工会']);
  });

  it('traditional script, the occasion broken after 人大常委會', async () => {
    const h = await header('occ3.txt', `關於全市新就業形態勞動者權益保障情況的報告\n\n——2025年6月3日在醴陵市人大常委會\n第十五次會議上\n\n醴陵市總工會主席　黃啟明\n\n主任、各位副主任、各位委員：${body}`);
    expect(h.date).toBe('2025-06-03');
    expect(h.byline).toBe('醴陵市總工會主席黃啟明');
    expect(h.issuers).toEqual(['醴陵市總工會']);
  });

  it('a first line that is a sentence is not joined to make an occasion', async () => {
    const h = await header('occ4.txt', `关于全市职工之家建设情况的报告\n\n溧阳市总工会\n\n（2025年4月2日）${body}`);
    expect(h.byline).toBeNull();
    expect(h.date).toBe('2025-04-02');
  });
});

describe('a group sent by a body writes the report', () => {
  it('调研组 with its date under the title and its drafters at the end: byline the group, issuer the body', async () => {
    const h = await header('grp1.txt', `关于全市快递行业职工队伍状况的调研报告\n\n宁乡市总工会调研组\n\n（2025年5月20日）\n\n　　为摸清快递行业职工队伍现状，市总工会组成调研组，走访企业23家，发放问卷600份。\n\n　　一、基本情况\n\n　　全市快递行业从业人员约4200人。\n\n执笔：邹晓岚　彭立新\n`);
    expect(h.byline).toBe('宁乡市总工会调研组');
    expect(h.issuers).toEqual(['宁乡市总工会']);
    expect(h.date).toBe('2025-05-20');
  });

  it('课题组 of a bureau named in full, signing alone: the group issues the report, no byline', async () => {
    const h = await header('grp2.txt', `关于县域高技能人才培养路径的调研报告\n\n浏阳市人力资源和社会保障局课题组\n\n（2025年7月9日）\n\n　　今年上半年，课题组对全市12家重点企业开展专题调研，收回有效问卷318份。\n\n　　一、现状\n\n　　全市高技能人才1.1万人。\n`);
    expect(h.byline).toBeNull();
    expect(h.issuers).toEqual(['浏阳市人力资源和社会保障局课题组']);
  });

  it('traditional script 聯合調研組', async () => {
    const h = await header('grp3.txt', `關於全市環衛行業職工權益保障情況的調研報告\n\n醴陵市總工會聯合調研組\n\n（2025年8月1日）\n\n　　市總工會會同市城管局組成聯合調研組，走訪環衛作業單位9家。\n\n　　一、基本情況\n\n　　全市環衛職工共860人。\n\n執筆：譚曉雯\n`);
    expect(h.byline).toBe('醴陵市總工會聯合調研組');
    expect(h.issuers).toEqual(['醴陵市總工會']);
  });

  it('a body alone under the title stays the issuer, with no byline', async () => {
    const h = await header('grp4.txt', `关于全市职工书屋建设情况的报告\n\n宁乡市总工会\n\n（2025年5月20日）\n\n　　今年以来，全市新建职工书屋32家。\n\n　　一、基本情况\n\n　　全市职工书屋共186家。\n`);
    expect(h.issuers).toEqual(['宁乡市总工会']);
    expect(h.byline).toBeNull();
  });
});

describe("an official account's article copied as text", () => {
  const story = '\n\n　　3月6日，市总工会举行表彰会，授予王晓红等8名职工“巾帼建功标兵”称号。\n\n　　这8名职工来自一线岗位。\n\n';
  it('原创 line in traditional script, 來源 below the article', async () => {
    const h = await header('wx1.txt', `鶴壁市8名女職工獲評“巾幗建功標兵”\n\n原創　鶴壁工會　鶴壁工會　2025年3月8日 08:15　河南\n\n點擊藍字　關注我們${story}-END-\n\n來源：鶴壁市總工會\n編輯：周曉雲\n\n閱讀　1203　　在看　18`);
    expect(h.title).toBe('鶴壁市8名女職工獲評“巾幗建功標兵”');
    expect(h.date).toBe('2025-03-08');
    expect(h.issuers).toEqual(['鶴壁市總工會']);
    expect(h.byline).toBeNull();
  });

  it('an account line without 原创, a web date and a province', async () => {
    const h = await header('wx2.txt', `溧阳市8名职工获评“巾帼建功标兵”\n\n溧阳工会　2025-03-08 20:30　江苏${story}来源：溧阳市总工会\n编辑：孙佳怡\n审核：钱立群\n`);
    expect(h.title).toBe('溧阳市8名职工获评“巾帼建功标兵”');
    expect(h.date).toBe('2025-03-08');
    expect(h.issuers).toEqual(['溧阳市总工会']);
  });

  it('原创 with the writer before the account, the prompt above the headline', async () => {
    const h = await header('wx3.txt', `点击蓝字　关注我们\n\n宁乡市8名职工获评“巾帼建功标兵”\n\n原创　刘晓敏　宁乡工会　2025年3月9日 17:42${story}来源：宁乡市总工会\n`);
    expect(h.title).toBe('宁乡市8名职工获评“巾帼建功标兵”');
    expect(h.date).toBe('2025-03-09');
    expect(h.issuers).toEqual(['宁乡市总工会']);
  });

  it('a 来源 that names no body gives no issuer', async () => {
    const h = await header('wx4.txt', `宁乡市8名职工获评“巾帼建功标兵”\n\n原创　宁乡工会　2025年3月9日 17:42${story}来源：网络\n`);
    expect(h.issuers).toEqual([]);
  });
});

describe('a bar between a credit label and the writer', () => {
  const issue = (credit: string) => `职工服务快报\n\n第3期\n\n宁乡市总工会办公室　　　　2025年4月10日\n\n宁乡市新建15个户外劳动者服务站点\n\n${credit}\n\n　　今年以来，宁乡市总工会在城区新建户外劳动者服务站点15个，其中依托银行网点建成6个。\n\n　　站点配备饮水机、微波炉等设施。\n`;
  for (const [credit, want] of [['文｜市总工会权益保障部　蒋丽萍', '市总工会权益保障部蒋丽萍'], ['文 | 市总工会宣教部　彭立新', '市总工会宣教部彭立新'], ['图文丨市总工会办公室　欧阳敏', '市总工会办公室欧阳敏']]) {
    it(credit, async () => {
      const h = await header(`bar-${want.length}-${credit.charCodeAt(1)}.txt`, issue(credit));
      expect(h.byline).toBe(want);
      expect(h.title).toBe('宁乡市新建15个户外劳动者服务站点');
    });
  }
});

describe("a portal's panel laid out as label and value cells", () => {
  const page = (panel: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市人民政府</title></head><body>
<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门动态</a></div>${panel}
<div class="article"><h1>全市举办养老护理员职业技能竞赛</h1><div class="sub">发布时间：2025-06-12 09:30　　来源：市人力资源和社会保障局</div>
<div class="content"><p>　　6月10日，全市养老护理员职业技能竞赛举行，共有68名选手参赛，12名选手获奖。</p><p>　　竞赛由市人社局主办。</p></div></div>
<div class="footer"><p>主办：溧阳市人民政府办公室</p></div></body></html>`;
  it('<dt>/<dd> pairs', async () => {
    const h = await header('dl.html', page('<dl class="info"><dt>索引号：</dt><dd>0000-2025-0012</dd><dt>发布机构：</dt><dd>溧阳市人力资源和社会保障局</dd><dt>生成日期：</dt><dd>2025-06-12</dd></dl>'));
    expect(h.issuers).toEqual(['溧阳市人力资源和社会保障局']);
    expect(h.title).toBe('全市举办养老护理员职业技能竞赛');
  });

  it('label and value in divs of their own', async () => {
    const h = await header('div.html', page('<div class="panel"><div class="k">发布机构：</div><div class="v">宁乡市人力资源和社会保障局</div><div class="k">成文日期：</div><div class="v">2025-06-11</div></div>'));
    expect(h.issuers).toEqual(['宁乡市人力资源和社会保障局']);
  });

  it('traditional labels, 發佈機構', async () => {
    const h = await header('dl-trad.html', page('<dl><dt>發佈機構：</dt><dd>醴陵市人力資源和社會保障局</dd></dl>'));
    expect(h.issuers).toEqual(['醴陵市人力資源和社會保障局']);
  });

  it('a panel without 发布机构 leaves the 来源 as written', async () => {
    const h = await header('dl-none.html', page('<dl><dt>索引号：</dt><dd>0000-2025-0012</dd><dt>生成日期：</dt><dd>2025-06-12</dd></dl>'));
    expect(h.issuers).toEqual(['市人力资源和社会保障局']);
  });
});

describe('a contents list bulleted with angle brackets, and the signer beside the office', () => {
  const issue = (office: string, b: string) => `宁乡市产业工人队伍建设改革\n工 作 简 报\n\n2025年第4期\n\n${office}　　　2025年5月16日\n\n本期导读\n${b}宁乡市命名8个劳模创新工作室\n${b}花明楼镇成立快递行业工会联合会\n\n────────────\n\n宁乡市命名8个劳模创新工作室\n\n（市总工会劳动和经济工作部　姚丽君）\n\n　　5月12日，市总工会命名8个劳模创新工作室，其中企业工作室6个。\n\n花明楼镇成立快递行业工会联合会\n\n（花明楼镇总工会　覃玉洁）\n\n　　5月上旬，花明楼镇成立快递行业工会联合会，首批吸纳会员136名。\n\n报：长沙市总工会\n（共印40份）\n`;
  const cases: [string, string, string][] = [
    ['〉', '宁乡市产改工作协调小组办公室　签发：彭立新', '宁乡市产改工作协调小组办公室'],
    ['》', '宁乡市总工会办公室　主编：欧阳丽', '宁乡市总工会办公室'],
    ['›', '宁乡市人力资源和社会保障局办公室　责任编辑：谭晓雯', '宁乡市人力资源和社会保障局办公室'],
  ];
  for (const [b, office, issuer] of cases) {
    it(`${b} entries, ${office.split('　')[1]}`, async () => {
      const h = await header(`toc-${b.charCodeAt(0)}.txt`, issue(office, b));
      expect(h.title).toBe('宁乡市命名8个劳模创新工作室');
      expect(h.issuers).toEqual([issuer]);
      expect(h.articles.map((a) => `${a.title}|${bare(a.byline)}`)).toEqual([
        '宁乡市命名8个劳模创新工作室|市总工会劳动和经济工作部姚丽君',
        '花明楼镇成立快递行业工会联合会|花明楼镇总工会覃玉洁',
      ]);
    });
  }

  it('a book title broken before its closing 》 is still one line', async () => {
    const { text } = await header('book.txt', '关于学习宣传《工会法》的通知\n\n各基层工会：\n\n　　为深入学习《中华人民共和国工会法》和《关于加强新就业形态劳动者权益保障的指导意见\n》，现将有关事项通知如下。\n');
    expect(text).toContain('指导意见》，现将有关事项通知如下。');
  });
});

describe('a short source on the site of a place’s government (round 47)', () => {
  const site = (title: string, source: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="article"><h1>全区举办快递员技能比武</h1><div class="sub">发布时间：2025-06-12 09:30　　来源：${source}</div>
<div class="content"><p>　　6月10日，全区快递员技能比武举行，共有40名选手参赛。</p></div></div></body></html>`;
  it('completes 区总工会 with the district the site is the government of', async () => {
    const h = await header('placed.html', site('北京市密云区人民政府', '区总工会'));
    expect(h.issuers).toEqual(['北京市密云区总工会']);
  });
  it('leaves it as written on a site named by a placeholder or by no government', async () => {
    expect((await header('placed-some.html', site('某区人民政府', '区总工会'))).issuers).toEqual(['区总工会']);
    expect((await header('placed-news.html', site('密云融媒', '区总工会'))).issuers).toEqual(['区总工会']);
  });
});
