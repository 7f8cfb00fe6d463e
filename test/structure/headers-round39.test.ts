// Headers of round 39: an issue whose contents paraphrase some headlines, each article closed by its
// own credit; an official account's copy with an editor's note over the headline; a 公示 title broken
// over two lines under the body's line; a page counter glued after the author; a bureau's section
// closing an article after a dash. Texts written for this test in the layouts of those genres.
import { describe, expect, it } from 'vitest';
import { bare, headerReader } from './read-header.js';

const header = headerReader('headers-r39-');

describe('contents that paraphrase some headlines, each article closed by its credit', () => {
  it('every article is read with its own credit, the issue byline the first one', async () => {
    const h = await header('dt1.txt', `青河县总工会\n工作动态\n第4期\n青河县总工会办公室　　　　　　2025年4月18日\n\n【本期导读】\n◎全县认定首批“青河乡村工匠”\n◎职工书屋借阅量稳步上升\n◎县总工会发放春季助学金\n\n全县认定首批“青河乡村工匠”12名\n\n4月10日，县人社局、县总工会联合发文，将王春林、赵小梅等12名技能人才认定为首批“青河乡村工匠”，其中种植养殖5名、手工编织7名。\n\n（县人社局农村劳动力转移股　撰稿：周海燕）\n\n“职工书屋”一季度借阅图书3200册次\n\n本刊讯　一季度，全县28家“职工书屋”共借阅图书3200册次，同比增长三成，其中企业书屋借阅1900册次。\n\n□组宣部\n\n县总工会发放春季助学金8.5万元\n\n本刊讯（通讯员　韩立新）　4月上旬，县总工会向困难职工家庭子女发放春季助学金8.5万元，共资助学生85名，每人1000元。\n\n报：某市总工会\n（共印40份）\n`);
    expect(h.articles.map((a) => [bare(a.title), bare(a.byline)])).toEqual([
      ['全县认定首批“青河乡村工匠”12名', '县人社局农村劳动力转移股周海燕'],
      ['“职工书屋”一季度借阅图书3200册次', '组宣部'],
      ['县总工会发放春季助学金8.5万元', '通讯员韩立新'],
    ]);
    expect(bare(h.byline)).toBe('县人社局农村劳动力转移股周海燕');
  });

  it('a bureau section after a dash closes its article', async () => {
    const h = await header('dt2.txt', `安平工会动态\n2025年第3期\n\n安平县总工会办公室　　　　　　2025年3月28日\n\n【本期导读】\n·县总工会召开全委会议\n·一季度全县职工培训情况\n\n县总工会召开全委会议\n\n3月20日，县总工会召开十届三次全委会议，总结去年工作，部署今年任务，全体委员31人参加会议。\n（县总工会办公室　文/孙晓光）\n\n一季度全县职工培训情况\n\n今年1至3月，全县共培训职工1,260人次，其中取得职业技能等级证书的有410人，取证率为32.5%，同比有所提高。\n——县人社局职业技能鉴定股\n\n报：某市总工会\n`);
    expect(h.articles.map((a) => bare(a.byline))).toEqual(['县总工会办公室孙晓光', '县人社局职业技能鉴定股']);
  });
});

describe("an official account's copy with an editor's note above the headline", () => {
  it('the headline under the note is the title, not the account line', async () => {
    const h = await header('wx1.txt', `长林工会\n原创　长林县总工会　2025年9月3日 20:15　湖南\n\n点击蓝字　关注我们\n\n编者按：他们一个在田间守护良种，一个在车间打磨精度。今天带大家认识两位新晋“长沙工匠”。\n\n田间与车间：长林两名职工获评“长沙工匠”\n\n9月1日，长沙市总工会公布第五届“长沙工匠”名单，全市共有40名职工获此称号，我县两名职工榜上有名。\n\n来源：长林县总工会\n编辑：罗雨晴\n`);
    expect(bare(h.title)).toBe('田间与车间：长林两名职工获评“长沙工匠”');
  });
});

describe('a 公示 title broken over two lines under the body', () => {
  it('the two lines are one title', async () => {
    const h = await header('gs1.txt', `青峰县总工会\n关于拟推荐第三批青峰县职工创新工作室和\n“青峰工匠”人选的公示\n\n各基层工会：\n根据有关规定，经基层推荐、专家评审，拟推荐3个工作室和5名同志，现予公示，公示期为5个工作日。\n联系电话：0000-1234567\n\n青峰县总工会\n2025年8月6日\n`);
    expect(bare(h.title)).toBe('关于拟推荐第三批青峰县职工创新工作室和“青峰工匠”人选的公示');
    expect(h.issuers).toEqual(['青峰县总工会']);
  });
});

describe("a page's counter glued after the author", () => {
  it('阅读量 is no part of the byline', async () => {
    const h = await header('pg1.html', `<html><head><title>石门县命名一批技能大师工作室</title></head><body><h1>石门县命名一批技能大师工作室</h1><div class="meta"><span>2025-06-12 10:05</span><span>来源：常德日报</span><span>记者：贺一鸣　通讯员：毛青青</span><span>阅读量：3051</span></div><p>6月10日，石门县人社局命名5个县级技能大师工作室，每个给予补助2万元，带徒人数累计达到120人。</p></body></html>`);
    expect(bare(h.byline)).toBe('记者贺一鸣通讯员毛青青');
  });
});

describe("a source named short by its level on the site of that place", () => {
  it("来源：县人社局 on a county government site is that county's bureau", async () => {
    const h = await header('pg2.txt', `察隅县人民政府网 > 政务公开 > 政策解读\n\n《察隅县职业技能培训补贴办法》政策解读\n\n发布时间：2025-05-12　　来源：县人力资源和社会保障局　　浏览次数：512\n\n近日，县人社局印发《察隅县职业技能培训补贴办法》，对取得职业技能等级证书的劳动者给予补贴，每人500元至2000元不等。\n\n问：哪些人可以申请？\n\n答：在本县务工的劳动者均可申请，全县约1,200人符合条件。\n`);
    expect(h.issuers).toEqual(['察隅县人力资源和社会保障局']);
  });
});
