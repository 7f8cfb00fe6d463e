// Headers of round 36: a body's name alone on the first line over a title marked apart (a Markdown
// heading, 某县总工会 / # 关于…的公示) heads the document and issues it.
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

