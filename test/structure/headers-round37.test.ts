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
