// Round 44 (quantity subjects): sentences written for this test in other places, bodies and figures than
// the genre corpus.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a one-character causative the segmenter glued to the noun after it still ends the doer', () => {
  run([
    ['该合作社改进的磨浆工艺使出浆率提高约3个百分点。', '约3个百分点', '出浆率'],
    ['这项技术改造使吨钢能耗下降了6%。', '6%', '吨钢能耗'],
    ['新型育苗技术使蓝莓成活率达到九成以上。', '九成以上', '蓝莓成活率'],
    ['平台使用率提高了20%。', '20%', '平台使用率'],
  ]);
});
