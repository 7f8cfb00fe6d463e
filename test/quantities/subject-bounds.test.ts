// rules/subject-cues.yaml bounds (round 72): the outer frames of a subject — a predicate after a quoted
// title, a procedure before the count, a preposition before a measured attribute — are no part of it.
import { describe, expect, it } from 'vitest';
import { subjectCues } from '../../src/extract/quantities/subject-refine.js';
import { outerBounds } from '../../src/extract/quantities/subject-bounds.js';
import { run } from './subject-harness.js';

describe('rules/subject-cues.yaml bounds examples', () => {
  run(subjectCues().bounds.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('a quoted title before its predicate or tally counts the title (round 72)', () => {
  run([
    ['第三批5名“某某工匠”名单揭晓', '5名', '某某工匠'],
    ['全县36个“技术课堂”已开课。', '36个', '技术课堂'],
    // (a noun after the quote names the thing counted and stays)
    ['县总工会收到“某某工匠”推荐材料15份。', '15份', '“某某工匠”推荐材料'],
    ['经评审认定20名。', '20名', '认定'],
  ]);
});

describe('outerBounds on a subject as read (round 72)', () => {
  const b = subjectCues().bounds;
  it('drops a procedure, keeps 经考核合格的 and a list after a procedure', () => {
    expect(outerBounds('经资格审核进入专家评审的', b)).toBe('进入专家评审的');
    expect(outerBounds('经考核合格的', b)).toBe('经考核合格的');
    expect(outerBounds('经资格审查、技能考核', b)).toBe('经资格审查、技能考核');
  });
  it('keeps a title with a noun after its quote, and a quote inside the tail', () => {
    expect(outerBounds('“某某工匠”人选', b)).toBe('“某某工匠”人选');
    expect(outerBounds('“某某工匠”、“某省五一劳动奖章”获得者', b)).toBe('“某某工匠”、“某省五一劳动奖章”获得者');
    expect(outerBounds('“某某工匠”15名', b)).toBe('某某工匠');
  });
});
