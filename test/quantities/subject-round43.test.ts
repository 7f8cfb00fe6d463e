// Round 43 (quantity subjects): sentences written for this test in other places, bodies and figures than
// the genre corpus.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a count of people opening its clause with 中 after it names again the set counted before', () => {
  run([
    ['授予张某等14名职工“某某工匠”称号。14人中有高级技师9人。', '14人', '职工'],
    ['14人当中，女性3人。', '14人', '人'],
    ['18人中有高级技师7人。', '7人', '高级技师'],
  ]);
});

describe('a whole area alone (全县) totals what the figure before it counts, or names the handing in', () => {
  run([
    ['县里新建职工驿站6个，全县累计建成25个。', '25个', '职工驿站'],
    ['今年新增“某某市技术能手”4名，全县累计达到27名。', '27名', '某某市技术能手'],
    ['全县共申报15个，经评审确定8个。', '15个', '申报'],
  ]);
});

describe('an age told of a pronoun is the age; a change from a series or a year now counts one noun', () => {
  run([
    ['她从16岁起学习刺绣。', '16岁', '年龄'],
    ['参赛项目由首届的5个增加到今年的14个。', '5个', '参赛项目'],
    ['参赛项目由首届的5个增加到今年的14个。', '14个', '参赛项目'],
  ]);
});

describe('a model grade with its level is a list part named alone', () => {
  run([
    ['全区现有各级职工创新工作室41个，其中全国示范性2个、省级5个。', '2个', '全国示范性'],
    ['全区现有各级职工创新工作室41个，其中省级示范性3个、市级9个。', '3个', '省级示范性'],
  ]);
});

describe('households counted by the growers, fishers or families that gained', () => {
  run([
    ['蔬菜基地带动周边90多户菜农增收。', '90多户', '菜农'],
    ['带动周边30户渔民稳定增收。', '30户', '渔民'],
    ['手工作坊带动120户家庭增收。', '120户', '家庭'],
    // (牧民工 is one noun: no head cuts it)
    ['培训牧民工63名。', '63名', '牧民工'],
  ]);
});
