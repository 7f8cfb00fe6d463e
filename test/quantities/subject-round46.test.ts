// Round 46 (quantity subjects): sentences written for this test in other places, bodies and figures than
// the genre corpus.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('what is received, taken back or become is counted, not the act of receiving it', () => {
  run([
    ['该合作社今年接到订单2300件。', '2300件', '订单'],
    ['调研组共收回有效问卷640份。', '640份', '有效问卷'],
    ['工作室带出的学徒中，已成为技师26人。', '26人', '技师'],
    ['全年共挽回经济损失约80万元。', '约80万元', '经济损失'],
  ]);
});

describe('a time or summing word on either side of the doer still leaves the verb to be cut off', () => {
  run([
    ['工作室今年已接到订单1200余件。', '1200余件', '订单'],
    ['刺绣合作社累计接到订单1.2万件。', '1.2万件', '订单'],
    // (a head that is no doer keeps the verb: the phrase is one name)
    ['全县开展岗前培训的企业仅占31%。', '31%', '开展岗前培训的企业'],
  ]);
});

describe('a planned count of a selection counts the title the sentence has just put up for selection', () => {
  run([
    ['市总工会今年组织第五届“河湾工匠”评选，计划评选不超过15名。', '不超过15名', '河湾工匠'],
    ['年内做好“溪口工匠”首次评选的准备工作，计划命名8至10名。', '8至10名', '溪口工匠'],
    // (a plan with a noun of its own keeps the noun)
    ['县总工会启动第三届“青川工匠”评选，计划表彰先进个人20名。', '20名', '先进个人'],
  ]);
});
