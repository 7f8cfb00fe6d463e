// Round 69 (subject choice): what a figure counts when its own clause names the act and nothing else
// (rules/subject-cues.yaml servedActs, quantities/subject-clauses.ts servedAct).
import { describe } from 'vitest';
import { run } from './subject-harness.js';
import { subjectCues } from '../../src/extract/quantities/subject-refine.js';

describe('rules/subject-cues.yaml servedActs examples: a verb of service alone in its clause names the act', () => {
  run(subjectCues().servedActs.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('a verb of service after words of time or frequency, in sentences of its own', () => {
  run([
    // (the object of the clause before, a course or a post, is not what was counted)
    ['镇工会举办茶艺讲座3场，今年以来累计培训860人次。', '860人次', '培训'],
    ['县总工会在园区建成职工驿站5个，全年共服务1.2万人次。', '1.2万人次', '服务'],
    ['计划年内举办电商培训4期，每期培训不超过50人。', '不超过50人', '培训'],
    // (a change after the act is of the act)
    ['驿站建成以后，今年累计服务2.1万人次，同比增长15.6%。', '15.6%', '服务'],
    // (a noun of its own in the clause keeps it)
    ['县人社局开展订单式技能培训23期。', '23期', '订单式技能培训'],
  ]);
});
