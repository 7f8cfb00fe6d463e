// Round 67: a count whose left side holds only a lead word of a total, an adverb or a whole area (共有, 全县共有,
// 但仍有) names nothing there; the clause after the count names it (rules/quantity-context.yaml, subject.bare-lead).
// Sentences written for this test, with negatives.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('共有 / 全县共有 and then the act of the people counted', () => {
  run([
    ['这次评选面向全县一线职工，共有六十七人报名，最终确定9名。', '六十七人', '报名'],
    ['全县共有74人报名，经审查确定10名人选。', '74人', '报名'],
    ['网络投票期间，共有约5.3万人次参与投票。', '约5.3万人次', '参与投票'],
  ]);
});

describe('not: a noun after the count, a topic on the left, or an adverbial after the count', () => {
  run([
    ['今年共有1260名选手参赛。', '1260名', '选手'],
    ['参赛职工共有320人。', '320人', '参赛职工'],
    ['全县共有技能大师工作室16个。', '16个', '技能大师工作室'],
  ]);
});
