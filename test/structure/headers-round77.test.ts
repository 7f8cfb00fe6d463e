// Headers of round 77: a Markdown issue whose masthead line sets its fields apart with dots
// (**2026年第9期** · 某县总工会办公室 · **2026年9月10日**), and which appends a piece under 附： (## 附：致全县职工的倡议书).
// Texts written for this test in the layout of those bulletins.
import { describe, expect, it } from 'vitest';
import { arts, headerReader } from './read-header.js';

const header = headerReader('headers-r77-');

const issue = (first: string, last: string) =>
  `# 青峡县总工会工作快报\n\n**2026年第9期** · 青峡县总工会办公室 · **2026年9月10日**\n\n---\n\n## ${first}\n\n全县广大职工朋友们：\n\n县总工会向全县两万多名会员发出如下倡议。\n\n青峡县总工会\n2026年9月1日\n\n---\n\n## 职工医疗互助保障参保人数创新高\n\n今年共有318家单位、1.27万名职工参保。\n\n（县总工会保障部）\n\n---\n\n## ${last}\n\n1.随手关灯。\n\n2.节约用水。\n`;

describe('a Markdown issue with a dotted masthead line', () => {
  it('the office between the dots is the issuer', async () => {
    const h = await header('md1.md', issue('倡议书｜致全县职工节约用水', '职工书屋新增8家'));
    expect(h.issuers).toEqual(['青峡县总工会办公室']);
    expect(h.date).toBe('2026-09-10');
    expect(arts(h).map((a) => a.split(' / ')[0])).toEqual(['倡议书|致全县职工节约用水', '职工医疗互助保障参保人数创新高', '职工书屋新增8家']);
  });

  it('a piece appended under 附： is an article titled without the word', async () => {
    const h = await header('md2.md', issue('县总工会启动夏送清凉行动', '附：致全县职工的倡议书'));
    expect(arts(h).map((a) => a.split(' / ')[0])).toContain('致全县职工的倡议书');
  });
});
