// Headers of round 36: a body's name alone on the first line over a title marked apart (a Markdown
// heading, 某县总工会 / # 关于…的公示) heads the document and issues it; a survey report signed by a
// group alone (某州总工会调研组, a date at its end and no drafters) is issued by the group, with no byline.
// Texts written for this test in the layouts of those genres.
import { describe, expect, it } from 'vitest';
import { headerReader } from './read-header.js';

const header = headerReader('headers-r36-');

describe('a body over a title marked apart', () => {
  it('某县总工会 / # 关于…的公示: the title is the heading, the body issues it', async () => {
    const h = await header('gs1.md', `青峡县总工会\n\n# 关于2025年度“青峡工匠”拟命名人选的公示\n\n经各基层工会推荐、专家评审，拟命名陶志远等5名同志为2025年度“青峡工匠”。现予以公示。\n\n公示时间：2025年10月9日至10月15日。\n\n青峡县总工会\n2025年10月9日\n`);
    expect(h.title).toBe('关于2025年度“青峡工匠”拟命名人选的公示');
    expect(h.issuers).toEqual(['青峡县总工会']);
    expect(h.date).toBe('2025-10-09');
  });

  it('a report whose first line is its title keeps it', async () => {
    const h = await header('gs2.md', `# 青峡县总工会2025年上半年工作总结\n\n今年以来，县总工会新建职工服务站点6个，开展技能培训18期。\n`);
    expect(h.title).toBe('青峡县总工会2025年上半年工作总结');
  });
});

describe('a survey report signed by a group alone', () => {
  it('调研组 under the title, the date at the end, no drafters: the group issues it', async () => {
    const h = await header('grp1.txt', `关于沙溪县新就业形态劳动者入会情况的调研报告\n\n云川州总工会调研组\n\n　　为了解县域新就业形态劳动者入会情况，9月上旬，州总工会调研组一行4人深入沙溪县走访企业8家，召开座谈会2场。\n\n　　一、基本情况\n\n　　全县新就业形态劳动者约2600人，已入会1900人。\n\n　　　　　　　　　　　　　　　　2025年9月20日\n`);
    expect(h.issuers).toEqual(['云川州总工会调研组']);
    expect(h.byline).toBeNull();
  });
});
