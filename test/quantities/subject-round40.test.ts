// Round 40 (quantity subjects): sentences written for this test in other places, bodies and figures than
// the genre corpus.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a change between two points in time that are parts of a year: the rate before 由 is what changes', () => {
  run([
    ['全市职工入会率由2024年一季度末的72%提高到9月底的88%。', '72%', '职工入会率'],
    ['全市职工入会率由2024年一季度末的72%提高到9月底的88%。', '88%', '职工入会率'],
    ['农民工参保率由年初的61%提高到年底的78%。', '78%', '农民工参保率'],
    ['持证率由2022年的40%提高到2024年上半年的57%。', '57%', '持证率'],
  ]);
});

describe('非 before a noun makes a noun: the count before it counts that noun', () => {
  run([
    ['全镇52家非公企业中尚有6家未建会。', '52家', '非公企业'],
    ['全区非公企业中尚有9家未建立工会。', '9家', '非公企业'],
  ]);
});
