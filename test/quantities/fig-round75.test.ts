// Round 75 (figures missed on the newest halves): a distance in 公里 wherever a report states one, a herd
// counted in 头（只） reported in 头, a notice's word limit, a rate standing at or just past a tenth, and the top
// or mean score of a contest. Text written for these tests.
import { describe, it, expect } from 'vitest';
import { documentFigures as figures } from './subject-harness.js';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import type { DocMeta } from '../../src/types.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';

const texts = async (body: string) => (await figures(body)).map((g) => g[0]);
const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
const units = (text: string) => extractQuantities({ text, meta, sections: [], pageAt: () => null }).map((q) => `${q.value}${q.unit}`);

describe('round 75: figures missed on the newest halves', () => {
  it('reads a distance in 公里 in a narrative, a line kept and a post far away', async () => {
    const got = await texts('护林员巡山里程累计超过6万公里。道班承担的31公里路段是雪崩多发区。职工参加培训单程就有近百公里。');
    expect(got).toEqual(expect.arrayContaining(['超过6万公里', '31公里', '近百公里']));
    expect(await texts('打通服务职工“最后一公里”。')).toEqual([]);
  });

  it('reports a herd counted in 头（只） in 头', () => {
    expect(units('全镇有牲畜约9.6万头（只）。')).toEqual(['96000头']);
  });

  it('reads a word limit set by a notice, not a length told', async () => {
    expect(await texts('主要事迹（不超过1500字）。')).toContain('不超过1500字');
    expect(await texts('通讯稿全文约3000字。')).toEqual([]);
  });

  it('reads a rate at or just past a tenth', async () => {
    expect(await texts('其余乡镇完成率均在九成左右。')).toContain('九成左右');
    expect(await texts('新业态企业入会率刚过一成。')).toContain('一成');
  });

  it('reads the top and the mean score, not a condition on a score', async () => {
    expect(await texts('决赛最高分为94.5分。参赛职工平均成绩78.6分。')).toEqual(expect.arrayContaining(['94.5分', '78.6分']));
    expect(await texts('对得分90分以上的班组给予奖励。')).toEqual([]);
  });
});

describe('round 75: a part in Chinese numerals after the set + 中有', () => {
  it('links 六名 to the set restated before 中有, as 6名 would be', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gongwen-r75-')), 'doc.txt');
    writeFileSync(file, '测试稿\n\n获评的10名工匠中，来自制造企业的4名。10人中有高级技师六名，平均年龄四十三岁。\n');
    const qs = (await processFile(file)).json.quantities;
    const part = qs.find((q) => q.text === '六名');
    expect(part?.partOf).not.toBeNull();
    expect(qs[part?.partOf ?? -1]?.text).toBe('10人');
  });
});
