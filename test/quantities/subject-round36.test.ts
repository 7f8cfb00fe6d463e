// Round 36 (quantity subjects): sentences written for this test in other places, bodies and figures than
// the genre corpus.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('an age told of a superlative, with no attribute written, is told of the superlative', () => {
  run([
    ['获表彰的9名职工平均年龄41岁，最年长的57岁，最年轻的27岁。', '57岁', '最年长的'],
    ['获表彰的9名职工平均年龄41岁，最年长的57岁，最年轻的27岁。', '27岁', '最年轻的'],
    ['新命名的工作室领办人中，最年轻的一位仅30岁。', '30岁', '最年轻的一位'],
  ]);
});

describe('an age told of a superlative after its attribute keeps the superlative as written (round 60)', () => {
  run([
    ['受表彰的劳模中年龄最大的61岁。', '61岁', '年龄最大的'],
    ['参评的技师里，年龄最大的五十六岁，最小的二十八岁。', '五十六岁', '年龄最大的'],
    ['参评的技师里，年龄最大的五十六岁，最小的二十八岁。', '二十八岁', '最小的'],
    ['其中年龄最小的只有20岁。', '20岁', '年龄最小的'],
    ['年龄最小的是22岁。', '22岁', '年龄最小的'],
    // (a set framed with 中 before the superlative is no part of it)
    ['入围选手中最年轻的25岁，最年长的57岁。', '25岁', '最年轻的'],
    // (a name after the 的 leaves the attribute)
    ['年龄最小的王某某29岁。', '29岁', '年龄'],
  ]);
});

describe('a change from a time gone by (由过去, 从原来的): the rate before 由 is what changes', () => {
  run([
    // (round 75: the 车间 glued before its measure owns it, as the golds write 班组产品优等品率 → 产品优等品率)
    ['推行标准化作业后，车间产品返修率由过去的4%降至0.5%。', '4%', '产品返修率'],
    ['推行标准化作业后，车间产品返修率由过去的4%降至0.5%。', '0.5%', '产品返修率'],
  ]);
});

describe('the rest of a set, told of by a verb with no noun after the count, is counted as the rest', () => {
  run([
    ['21名学员中已有13人通过考核，其余8人正在补考。', '8人', '其余'],
    ['县里确定了19项重点任务，已完成12项，其余7项正在推进。', '7项', '其余'],
    // (a noun after the count names them)
    ['今年共举办5个竞赛项目，其余3个项目为二类竞赛。', '3个', '项目'],
  ]);
});
