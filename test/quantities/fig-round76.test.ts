// Round 76 (figures and list parts of the western halves): a 大写 character that is the end of a word before a
// common numeral (队伍四十三支), a body's session (十八届人大六次会议), 二次 as the prefix of a second round
// (二次报销), a total's change and split count before its parts (比上年增加了三十名，分四批), and the grades of
// a review in the next sentence adding up to the total, and a footnote mark (①) read past as no word. Text written for these tests.
import { describe, it, expect } from 'vitest';
import { links, at } from './parts-harness.js';
import { documentFigures as figures } from './subject-harness.js';

const texts = async (body: string) => (await figures(body)).map((g) => g[0]);

describe('round 76: figures', () => {
  it('reads a common numeral after a 大写 character ending a word', async () => {
    expect(await texts('县总工会组建各类职工文体队伍四十三支。')).toContain('四十三支');
    expect(await texts('各单位陆续十二次开展送温暖活动。')).toContain('十二次');
  });

  it('keeps the session of a body named between term and session out', async () => {
    expect(await texts('今年县十八届人大六次会议期间，县人大代表共提出建议41件。')).toEqual(['41件']);
  });

  it('keeps 二次 as the prefix of a second round out, and a count of times in', async () => {
    expect(await texts('帮助其妻子办理了大病保险二次报销。')).toEqual([]);
    expect(await texts('技能夜校全年开课四十二次。')).toContain('四十二次');
  });
});

describe('round 76: subjects past a footnote mark', () => {
  it('reads the subject past a footnote mark after the figure or opening a note', async () => {
    const got = await figures('县总工会共安排慰问资金46.80万元①，比上年增加9.35万元。注：①含县总工会本级经费38.50万元。');
    expect(got).toContainEqual(['46.80万元', '慰问资金']);
    expect(got).toContainEqual(['38.50万元', '县总工会本级经费']);
  });
});

describe('round 76: list parts', () => {
  it('links batch quotas to the total past its change and its split count', () => {
    const t = '今年共安排疗休养名额120名，比上年增加了三十名，分四批进行：\n第一批：9月8日出发，名额30名；\n第二批：9月22日出发，名额35名；\n第三批：10月13日出发，名额30名；\n第四批：10月27日出发，名额25名。';
    const l = links(t);
    expect(l[at(t, '35名')]).toBe(at(t, '120名'));
    expect(l[at(t, '25名')]).toBe(at(t, '120名'));
    expect(l[at(t, '三十名')]).toBeNull();
  });

  it('links the grades of a review told in the next sentence to the total reviewed', () => {
    const t = '参加考核的工作室共14个，考核结果分为优秀、良好、合格、不合格四个等次。考核结果显示：评为优秀等次的4个，分别是甲工作室、乙工作室、丙工作室和丁工作室；评为良好等次的5个，合格等次的3个，不合格等次的2个。';
    const l = links(t);
    for (const p of ['4个', '5个', '3个', '2个']) expect(l[at(t, p, t.indexOf('显示'))]).toBe(at(t, '14个'));
  });

  it('still reads the first part named after 分为 as a part', () => {
    const t = '全县共有劳模100人，分为一线职工60人、管理人员40人。';
    expect(links(t)[at(t, '60人')]).toBe(at(t, '100人'));
  });
});
