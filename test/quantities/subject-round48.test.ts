// Round 48 (quantity subjects): a verb of receiving glued into a noun of people (获奖者, 获评者) after a count is
// who is counted, not a title they won, and a set framed by 中 (这N名…中) is where the next figures fall.
// Sentences written for this test, with places, bodies and figures of their own.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a verb of receiving inside a noun of people', () => {
  run([
    ['在这45名获奖者中，一线职工30名。', '45名', '获奖者'],
    ['全区今年共有37名获奖者。', '37名', '获奖者'],
    ['在53名获评者中，女职工19名。', '53名', '获评者'],
    ['本届26名获奖职工中，青年职工14名。', '26名', '获奖职工'],
  ]);
});

describe('a title received after a count stays the subject', () => {
  run([
    ['今年该厂有4名职工获评技术能手。', '4名', '技术能手'],
    ['另有8人荣获市级劳动模范。', '8人', '市级劳动模范'],
  ]);
});
