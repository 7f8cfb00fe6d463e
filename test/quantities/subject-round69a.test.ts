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

describe('rules/subject-cues.yaml pointers examples: a pointer left as the subject gives way to what they did', () => {
  run(subjectCues().pointers.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('a count after a pointer, in sentences of its own', () => {
  run([
    ['本次评选共有58人报名，通过资格审查的41人参加考核。', '58人', '报名'],
    ['经实地查看和专家评审，其中有7个达到命名条件。', '7个', '达到命名条件'],
    // (a title received is read by its own rule, before any pointer)
    ['往届获奖选手中，其中2人已获评“燕赵工匠”。', '2人', '燕赵工匠'],
    // (a relative clause after the count: its noun is read elsewhere; the pointer is not replaced by it)
    ['全县已认定乡土技能人才共41名（含本次16名）。', '16名', '本次'],
  ]);
});

describe('a change from a first figure to a second, written with the time it ends at', () => {
  run([
    ['他带领村民成立合作社，社员从最初的8户发展到现在的163户。', '163户', '社员'],
    ['他学会了热压工艺，月工资从3200元涨到了5100元。', '5100元', '月工资'],
    ['合作社社员由起初的7户增加到目前的96户。', '96户', '合作社社员'],
  ]);
});
