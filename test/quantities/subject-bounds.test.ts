// rules/subject-cues.yaml bounds (round 72) and gluedOwners (round 75): the outer frames of a subject — a predicate after a quoted
// title, a procedure before the count, a preposition before a measured attribute — are no part of it.
import { describe, expect, it } from 'vitest';
import { subjectCues } from '../../src/extract/quantities/subject-refine.js';
import { outerBounds, withoutGluedOwner, withoutTrailingAdverb } from '../../src/extract/quantities/subject-bounds.js';
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

describe('rules/subject-cues.yaml gluedOwners examples (round 75)', () => {
  run(subjectCues().gluedOwners.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('withoutGluedOwner on a subject as read (round 75)', () => {
  const g = subjectCues().gluedOwners;
  it('drops the last body or place before a measure with a noun of its own', () => {
    expect(withoutGluedOwner('景区马术项目游客投诉率', g)).toBe('游客投诉率');
    expect(withoutGluedOwner('该公司设备故障停机次数', g)).toBe('设备故障停机次数');
    expect(withoutGluedOwner('合作社今年小龙虾产量', g)).toBe('小龙虾产量');
    expect(withoutGluedOwner('班組分級準確率', g)).toBe('分級準確率');
  });
  it('keeps a bare measure, a list, and an owner word that opens another noun', () => {
    expect(withoutGluedOwner('班组日产量', g)).toBe('班组日产量');
    expect(withoutGluedOwner('合作社年产值', g)).toBe('合作社年产值');
    expect(withoutGluedOwner('单位面积产量', g)).toBe('单位面积产量');
    expect(withoutGluedOwner('在建项目实名制覆盖率、开户率', g)).toBe('在建项目实名制覆盖率、开户率');
  });
});

describe('rules/subject-cues.yaml trailingAdverbs examples (round 75)', () => {
  run(subjectCues().trailingAdverbs.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('withoutTrailingAdverb on a subject as read (round 75)', () => {
  const w = subjectCues().trailingAdverbs.words;
  it('drops an adverb of time or frequency after the noun', () => {
    expect(withoutTrailingAdverb('一线劳动者常年', w)).toBe('一线劳动者');
    expect(withoutTrailingAdverb('职工首批', w)).toBe('职工');
  });
  it('keeps a noun ending in 要, and a subject that is the time word alone', () => {
    expect(withoutTrailingAdverb('会议纪要', w)).toBe('会议纪要');
    expect(withoutTrailingAdverb('今年', w)).toBe('今年');
  });
});
