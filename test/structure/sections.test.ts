// Section splitting on hand-written canonical bodies.
import { describe, expect, it } from 'vitest';
import { structure } from '../../src/structure/index.js';
import { canon } from './helpers.js';

const HEAD = ['工作简报', '2021年第3期', '某某办公室', '2021年3月5日', '某某标题'].join('\n') + '\n';
const secs = (body: string) => {
  const text = HEAD + body;
  const r = structure(canon(text), 'txt');
  expect(r.meta.bodyStart).toBe(HEAD.length);
  return { text, sections: r.sections };
};

describe('sections', () => {
  it('all four levels with parents, spans and headings', () => {
    const { text, sections } = secs(
      [
        '导语段落。',
        '一、总体要求',
        '（一）加强领导。成立领导小组。',
        '1.建立机制。每月调度一次。',
        '2．完善制度',
        '3、强化考核。主要做法：一是定目标；二是严考核；三是硬兑现。',
        '（二）压实责任',
        '二、主要任务',
        '结尾段落。',
      ].join('\n'),
    );
    expect(sections.map((s) => [s.level, s.marker, s.heading, s.parent])).toEqual([
      [1, '一、', '总体要求', null],
      [2, '（一）', '加强领导', 0],
      [3, '1.', '建立机制', 1],
      [3, '2．', '完善制度', 1],
      [3, '3、', '强化考核', 1],
      [4, '一是', '定目标', 4],
      [4, '二是', '严考核', 4],
      [4, '三是', '硬兑现', 4],
      [2, '（二）', '压实责任', 0],
      [1, '二、', '主要任务', null],
    ]);
    for (const s of sections) {
      expect(text.slice(s.start, s.start + s.marker.length)).toBe(s.marker);
      expect(text.slice(s.headingEnd - s.heading.length, s.headingEnd)).toBe(s.heading);
    }
    // 一是 ends where 二是 starts; 一、 ends where 二、 starts (without the line break); the last at the end of text
    expect(text.slice(sections[5]!.start, sections[5]!.end)).toBe('一是定目标；');
    expect(text.slice(sections[0]!.end, sections[0]!.end + 1)).toBe('\n');
    expect(text.slice(sections[9]!.start, sections[9]!.end)).toBe('二、主要任务\n结尾段落。');
    expect(sections[4]!.end).toBe(sections[8]!.start - 1);
  });

  it('一、 in the middle of a sentence is not a section', () => {
    const { sections } = secs(['会议强调：一、要提高认识，二、要加强领导。', '一、第一部分'].join('\n'));
    expect(sections.map((s) => s.marker)).toEqual(['一、']);
    expect(sections[0]!.heading).toBe('第一部分');
  });

  it('numbering must continue: a 三、 without 二、, a （三） after （一）, a 5. after 1. are dropped', () => {
    const { sections } = secs(['一、甲', '（一）子甲', '（三）不是', '1.条一', '5.不是', '三、不是', '二、乙'].join('\n'));
    expect(sections.map((s) => s.marker)).toEqual(['一、', '（一）', '1.', '二、']);
  });

  it('numbers that are not markers: 1.5万, 2021., 12.3%, 1、2号', () => {
    const { sections } = secs(['1.5万名职工参加培训。', '2021.全年完成目标。', '12.3%的企业建会。', '1、2号机组检修完成。'].join('\n'));
    expect(sections).toEqual([]);
  });

  it('一是 only after a clause break, and 二是 only after 一是', () => {
    const { sections } = secs(['坚持统一是前提，二是不会单独出现。', '工作中一是抓学习，二是抓落实。', '三是不接着二是。'].join('\n'));
    expect(sections.map((s) => s.marker + s.heading)).toEqual([]);
    const b = secs('主要做法：一是抓学习，带动全员；二是抓落实。').sections;
    expect(b.map((s) => s.marker + s.heading)).toEqual(['一是抓学习，带动全员', '二是抓落实']);
  });

  it('一、 restarts (a notice and its attachment); 十一、 and （十二） parse', () => {
    const body = ['一、甲', '二、乙', '一、丙'];
    for (const n of ['二', '三', '四', '五', '六', '七', '八', '九', '十', '十一']) body.push(`${n}、第${n}部分`);
    body.push('（十二）不是：没有（一）到（十一）');
    const { sections } = secs(body.join('\n'));
    expect(sections.map((s) => s.marker).slice(0, 3)).toEqual(['一、', '二、', '一、']);
    expect(sections[sections.length - 1]!.marker).toBe('十一、');
    expect(sections.length).toBe(13);
  });
});
