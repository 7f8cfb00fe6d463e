// Headers of round 37: a report delivered at a meeting by a speaker whose post names the body short
// (县人社局局长 某某) is issued by that body completed with the county the occasion names, however long
// an autonomous county's name runs. Texts written for this test in the layouts of those genres.
import { describe, expect, it } from 'vitest';
import { headerReader } from './read-header.js';

const header = headerReader('headers-r37-');

describe('a report by a speaker whose post names the body short', () => {
  it('an autonomous county of two peoples completes 县总工会', async () => {
    const h = await header('rp1.txt', `关于全县职工技能提升工作情况的报告\n\n——2025年9月25日在长阳土家族自治县第十届人民代表大会常务委员会第十八次会议上\n\n县总工会主席　覃志刚\n\n主任、各位副主任、各位委员：\n　　现将我县职工技能提升工作情况报告如下，请予审议。\n　　今年以来，全县开展技能培训42期，培训职工2100人次。\n`);
    expect(h.issuers).toEqual(['长阳土家族自治县总工会']);
  });

  it('a county of four peoples completes 县人力资源和社会保障局', async () => {
    const h = await header('rp2.txt', `关于全县就业创业工作情况的报告\n\n——2025年8月28日在双江拉祜族佤族布朗族傣族自治县第十七届人民代表大会常务委员会第二十次会议上\n\n县人力资源和社会保障局局长　李成亮\n\n主任、各位副主任、各位委员：\n　　现将全县就业创业工作情况报告如下。\n　　上半年全县城镇新增就业860人。\n`);
    expect(h.issuers).toEqual(['双江拉祜族佤族布朗族傣族自治县人力资源和社会保障局']);
  });
});

describe("a leader's speech: the last post names the body spoken for", () => {
  it('县委副书记、县长: the county government', async () => {
    const h = await header('sp1.txt', `在全县职工技能大赛总结表彰大会上的讲话\n\n县委副书记、县长　和志明\n（二〇二五年十月十日）\n\n同志们：\n　　今天，我们召开大会，表彰在技能大赛中涌现的先进集体和个人。今年丁青县共举办技能大赛12场。丁青县各级工会要再接再厉。\n`);
    expect(h.issuers).toEqual(['丁青县人民政府']);
  });

  it('县委副书记: the county party committee in full', async () => {
    const h = await header('sp2.txt', `在全县工会工作会议上的讲话\n\n县委副书记　马建国\n\n（二〇二五年三月六日）\n\n同志们：\n　　这次会议的主要任务是总结去年全县工会工作。去年泾川县新建基层工会46个，泾川县职工服务阵地不断完善。\n`);
    expect(h.issuers).toEqual(['中共泾川县委员会']);
  });
});

describe('an article closed by a unit and the writer with her label', () => {
  it('（某镇　文/某某）: the unit and the name, the label dropped', async () => {
    const h = await header('art1.txt', `工会工作简报\n\n第5期\n\n青峡县总工会办公室　　　　2025年5月20日\n\n青林镇举办茶艺技能比武\n\n　　5月中旬，青林镇工会联合会举办茶艺技能比武，参赛职工48人，评出技术能手6名。\n　　　　　　　　　　　　（青林镇　文/郑小禾）\n\n县总工会慰问一线环卫工人\n\n　　5月18日，县总工会走访慰问一线环卫工人120名，送去防暑物资。\n　　　　　　　　　　　　（县总工会　供稿）\n`);
    expect(h.articles.map((a) => a.byline?.replace(/[\s\u3000]+/g, ' ') ?? null)).toEqual(['青林镇 郑小禾', '县总工会']);
  });
});

describe("a 公告's own number in brackets under the issuer's line", () => {
  it('某县总工会公告 / （2025年第5号）: the number without its brackets is the docNumber', async () => {
    const h = await header('gg1.txt', `青峡县总工会公告\n（2025年第5号）\n\n关于命名2025年度青峡县职工创新工作室的公告\n\n　　经申报、评审和公示，现命名“青峡茶艺职工创新工作室”等4个工作室为“青峡县职工创新工作室”。\n　　特此公告。\n\n青峡县总工会\n2025年7月2日\n`);
    expect(h.docNumber).toBe('2025年第5号');
  });
});
