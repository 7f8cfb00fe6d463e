// Round 47, bulletin articles: contents that paraphrase only their first entry, a drafter credited after a
// stub of a unit, a unit set off by a dash closing the article before a headline, an editors' box set after
// an article's credit, and a story opened by its dateline word and 某月以来. Invented issues.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-hd47-'));
async function docOf(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return (await processFile(file)).json.document;
}
const arts = (d: { articles?: { title: string; byline: string | null }[] | null }) =>
  (d.articles ?? []).map((a) => `${a.title.replace(/[\s\u3000]+/g, '')} / ${a.byline ?? '-'}`);

const PARAPHRASED_FIRST = `青溪工会信息
2025年第6期
青溪县总工会办公室　　　　　　　　2025年6月20日
－－－－－－－－－－－－－－－－－－－－
本期导读
·我县劳模工作室获市级命名
·夏送清凉活动全面启动
－－－－－－－－－－－－－－－－－－－－

我县5个工作室获评市级劳模创新工作室

6月上旬，市总工会命名第三批市级劳模创新工作室30个，我县申报的5个工作室全部入选，入选数量居全市第2位。
（县总工会经济工作部　柴映雪　供稿）

夏送清凉活动全面启动

6月18日，县总工会启动夏送清凉活动，为1200名户外职工送去防暑物资，价值共计9.6万元。
◎通讯员　蒲望川

报：市总工会
`;

const STUB_DRAFTER = `柏林镇人社简讯
第3期
柏林镇人力资源和社会保障所　　　　2025年3月28日
【本期内容】
▷ 我镇技能人才获评县级技术能手
▷ 春风行动招聘会成功举办
┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈
我镇2人获评县级技术能手

近日，县人社局公布2025年县级技术能手名单，我镇2名职工入选，占全县总数的8%。

（股　执笔人：甘慕青）

春风行动招聘会成功举办

3月12日，镇人社所举办春风行动招聘会，38家企业提供岗位640个，达成就业意向215人。

（就业股　岑晓岚）
`;

const DASHED_THEN_BOX = `东岭人社工作快报
第9期
东岭县人力资源和社会保障局　　　　　　2025年9月26日
※※※※※※※※※※※※※※※※※※※※

东岭县职业技能竞赛落幕　15名选手获评技术能手

本报讯　9月20日，东岭县职业技能竞赛在县职业中学落幕，共有86名选手参赛，15名选手获评“东岭县技术能手”。
（县人社局职业能力建设股　宓晴川）

就业援助月活动成效明显

截至8月底，全县城镇新增就业980人，完成年度目标1100人的89.1%，同比增长4.2%。
——县就业服务中心

老匠人带出新徒弟

9月以来，县人社局组织开展名师带徒活动，12名技能大师与36名青年职工结成师徒对子，签订带徒协议36份。
（本报记者　聂书遥）

【先进事迹】奚长庚，男，1968年生，从事木雕技艺40余年，先后带徒52名，其中8人获评县级技术能手。

编辑：聂书遥　　审核：褚立言
`;

const DATELINE_SINCE = `南坪工会快报
2025年第8期
南坪县总工会　　　　　　　　　　　　2025年8月29日
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊

职工书屋建设提速　新建书屋14家

　　□县总工会宣传教育部　房听雪

　　今年以来，县总工会在企业新建职工书屋14家，全县职工书屋总数达到57家，配送图书1.2万册。

　　截至目前，全县已有6家书屋获评市级示范职工书屋。

“金秋助学”启动　120名困难职工子女受益

　　本报讯　8月以来，县总工会开展“金秋助学”活动，资助困难职工子女120名，发放助学金36万元。

（县总工会权益保障部供稿）

报：市总工会
`;

describe('round 47: bulletin articles', () => {
  it('opens the first article at the first headline under contents that paraphrase its entry', async () => {
    const d = await docOf('paraphrased.txt', PARAPHRASED_FIRST);
    expect(d.title).toBe('我县5个工作室获评市级劳模创新工作室');
    expect(arts(d)).toEqual(['我县5个工作室获评市级劳模创新工作室 / 县总工会经济工作部 柴映雪', '夏送清凉活动全面启动 / 通讯员 蒲望川']);
  });

  it('credits the drafter alone when the unit before the label is a stub of one word', async () => {
    const d = await docOf('stub.txt', STUB_DRAFTER);
    expect(arts(d)[0]).toBe('我镇2人获评县级技术能手 / 甘慕青');
    expect(d.byline).toBe('甘慕青');
  });

  it('reads a headline after a dashed unit as the next article, and the credit above a box as the last one', async () => {
    const d = await docOf('dashed.txt', DASHED_THEN_BOX);
    expect(arts(d)).toEqual([
      '东岭县职业技能竞赛落幕15名选手获评技术能手 / 县人社局职业能力建设股 宓晴川',
      '就业援助月活动成效明显 / 县就业服务中心',
      '老匠人带出新徒弟 / 本报记者 聂书遥',
    ]);
  });

  it('takes a headline over a story opened by its dateline word and 某月以来 as an article', async () => {
    const d = await docOf('since.txt', DATELINE_SINCE);
    expect(arts(d)).toEqual(['职工书屋建设提速新建书屋14家 / 县总工会宣传教育部 房听雪', '“金秋助学”启动120名困难职工子女受益 / 县总工会权益保障部']);
  });
});
