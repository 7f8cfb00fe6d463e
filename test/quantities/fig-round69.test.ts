// Round 69 (figures missed): shapes of figure the golds count that were not read — a share in tenths after an
// approximation or a cut (近两成, 缩短了约三成), a fraction before 是 (三分之二是…), goods counted by their own
// measure word (盏, 袋, 羽, 口, 只, 节), a Chinese numeral with a place before a word kept for Arabic digits
// (一百二十三起, 二百余幅), and a change in 个千分点. Text written for these tests.
import { describe, it, expect } from 'vitest';
import { documentFigures as figures } from './subject-harness.js';

const texts = async (body: string) => (await figures(body)).map((g) => g[0]);

describe('round 69: figures missed', () => {
  it('reads a share in tenths after an approximation or a cut', async () => {
    expect(await texts('参训职工近两成来自外地务工人员。')).toContain('近两成');
    expect(await texts('急诊患者平均救治时间缩短了约三成。')).toContain('约三成');
    expect(await texts('使养殖成活率由六成左右提高到八成以上。')).toContain('六成左右');
  });

  it('keeps a bare share before a noun out, as before', async () => {
    expect(await texts('全市八成企业已建立工会。')).toEqual([]);
  });

  it('reads a fraction followed by 是 and keeps 二是 a marker', async () => {
    expect(await texts('工作室有学员30人，其中三分之二是当地留守妇女。')).toContain('三分之二');
    expect(await texts('一是加强领导；二是完善制度。')).toEqual([]);
  });

  it('reads goods counted by their own measure word', async () => {
    const got = await texts('他负责城区3800多盏路灯的维护。合作社今年种植黑木耳一百八十万袋，年出栏土鸡约12万羽。');
    expect(got).toEqual(expect.arrayContaining(['3800多盏', '一百八十万袋', '约12万羽']));
    expect(await texts('他一口气完成了全部工序，凭着一双巧手绣出精品。')).toEqual([]);
  });

  it('reads a Chinese numeral with a place before a word kept for Arabic digits, not the article 一', async () => {
    expect(await texts('今年带队处置各类故障一百二十三起。')).toContain('一百二十三起');
    expect(await texts('展览展出书画作品二百余幅。')).toContain('二百余幅');
    expect(await texts('全县上下绘就一幅发展画卷。')).toEqual([]);
  });

  it('reads a change told in 个千分点 as one figure', async () => {
    expect(await figures('千人工伤率同比下降0.8个千分点。')).toContainEqual(['0.8个千分点', '千人工伤率']);
  });
});

describe('round 69: scores won and changed', () => {
  it('reads the score a winner won with, each of a list of them, and a score changed or spread', async () => {
    expect(await texts('决赛中张某以96.5分的成绩夺得第一名。')).toContain('96.5分');
    expect(await texts('三个镇分别以96.5分、95.2分、94.8分位列前三。')).toEqual(expect.arrayContaining(['96.5分', '95.2分', '94.8分']));
    expect(await texts('参赛选手的平均成绩比上一届提高了6.4分。')).toContain('6.4分');
    expect(await texts('得分最高与最低的乡镇相差17.5分。')).toContain('17.5分');
  });

  it('reads no score of a rule or a pass mark', async () => {
    expect(await texts('以60分为合格线。')).toEqual([]);
    expect(await texts('笔试成绩达到90分的考生进入面试。')).toEqual([]);
  });
});
