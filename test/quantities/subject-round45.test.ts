// Round 45 (quantity subjects): sentences written for this test in other places, bodies and figures than
// the genre corpus.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a generic head (活动, 机构) keeps the verb before it as its name', () => {
  run([
    ['上半年，区就业服务中心举办招聘活动14场。', '14场', '招聘活动'],
    ['镇妇联开展走访活动9次。', '9次', '走访活动'],
    ['全市今年新增评价机构6家。', '6家', '评价机构'],
    ['全区现有鉴定机构3家。', '3家', '鉴定机构'],
    // (a verb before a head that names something alone is still cut off)
    ['今年新增参保职工800人。', '800人', '参保职工'],
  ]);
});

describe('a lone character before a closing verb is a piece of one word, not a place before an act', () => {
  run([
    ['县总工会今年组织职工疗休养5批次。', '5批次', '职工疗休养'],
    ['讲师团深入乡镇企业宣讲23场。', '23场', '宣讲'],
  ]);
});

describe('a rate of saving lives keeps the act it measures', () => {
  run([
    ['中心今年救治危重患者300余人，抢救成功率达到95%。', '95%', '抢救成功率'],
  ]);
});

describe('a set named again by its count (这8人中, 8人中有…) is named by the title conferred on it, not by plain people', () => {
  run([
    ['县总工会决定，授予王某某等8名同志“青川工匠”称号。8人中有高级技师3人、技师5人。', '8人', '青川工匠'],
    ['县总工会决定，授予王某某等8名同志“青川工匠”称号。8人中有高级技师3人。这8人中，来自制造业的5人。', '8人', '青川工匠', 1],
    // (a set counted by a noun of its own keeps that noun)
    ['全县共有6名快递员获评“最美快递员”。这6人中，女性2人。', '6人', '快递员'],
  ]);
});
