// rules/subject-cues.yaml `agreement` (quantities/subject-settle.ts): a subject read again where it
// names nothing (其中, 另, a lone verb) or disagrees with its measure word, on sentences written for
// this test (other provinces, both scripts); the cases after the file's examples are what it keeps.
import { describe } from 'vitest';
import { run } from './subject-harness.js';
import { subjectCues } from '../../src/extract/quantities/subject-refine.js';

describe('rules/subject-cues.yaml agreement examples', () => {
  run(subjectCues().agreement.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('what the agreement leaves alone', () => {
  run([
    ['其中，退役军人就业85人。', '85人', '退役军人就业'],
    ['发放贷款3200万元，扶持创业215人，带动就业780人。', '780人', '带动就业'],
    ['全区新建职工书屋12个、改造8个。', '8个', '改造'],
    ['全县获奖职工46名。', '46名', '获奖职工'],
    ['本次评选出一等奖3名、二等奖6名。', '3名', '一等奖'],
    ['大赛为获奖选手颁发荣誉证书60份。', '60份', '荣誉证书'],
    ['全市取得技能等级證書的職工1.2萬人。', '1.2萬人', '職工'],
    ['新建职工书屋20家。', '20家', '职工书屋'],
    ['最终评出一等奖2名、三等奖6名。获得一等奖的2名选手被授予“岗位能手”称号。', '2名', '选手', 1],
  ]);
});
