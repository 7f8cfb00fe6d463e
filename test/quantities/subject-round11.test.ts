// Round 11 mechanisms of what a figure counts, on sentences written for this test in other provinces,
// bodies and wordings than the genre corpus, in both scripts; `keeps` are what each must leave alone.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('names before 的 and a noun, then 分别为: each figure counts its name (A、B和C的职工分别为…)', () => {
  run([
    ['全市制造业、建筑业和物流业的农民工分别为3.2万人、1.8万人、0.9万人。', '1.8万人', '建筑业'],
    ['全市制造业、建筑业和物流业的农民工分别为3.2万人、1.8万人、0.9万人。', '0.9万人', '物流业'],
    ['甲镇、乙镇的会员分别为420人和360人。', '420人', '甲镇'],
    ['按產業分，第一、二、三產業的從業人員分別為1.1萬人、2.4萬人、3.6萬人。', '2.4萬人', '第二產業'],
    ['第一、二、三产业的职工分别为0.6万人、2.2万人、1.9万人。', '0.6万人', '第一产业'],
    ['第一、二、三产业的职工分别为0.6万人、2.2万人、1.9万人。', '1.9万人', '第三产业'],
  ]);
});

describe('a rate kept at a bound (控制在, 保持在) is the rate, not the rate and its verb', () => {
  run([
    ['2025年，全州城镇调查失业率控制在5.5%以内。', '5.5%以内', '城镇调查失业率'],
    ['全市城鎮登記失業率控制在3%以內。', '3%以內', '城鎮登記失業率'],
    ['全区职工技能培训合格率保持在90%以上。', '90%以上', '职工技能培训合格率'],
  ]);
});

describe('an aim, then the year (确保全年, 力争年内), is no scope before the verb of the figure', () => {
  run([
    ['力争全年城镇新增就业不少于5000人。', '不少于5000人', '城镇新增就业'],
    ['確保全年城鎮新增就業8000人以上。', '8000人以上', '城鎮新增就業'],
  ]);
});

describe('a subject read after the figure ends where its predicate opens: an adverb of manner, 由, 申报, 揭榜', () => {
  run([
    ['决赛前五名的10名选手直接认定为“黔东南州技术能手”。', '10名', '选手'],
    ['市總工會為460名環衛工人免費體檢。', '460名', '環衛工人'],
    ['共有31个班组申报，经评审确定15个。', '31个', '班组'],
    ['兰州大学等7家高校揭榜，签约金额1800万元。', '7家', '高校'],
    ['获奖的12名选手由州人社局晋升一个技能等级。', '12名', '选手'],
  ]);
});

describe('keeps: the same words opening the phrase right after the figure', () => {
  run([
    ['今年开展免费培训12期。', '12期', '免费培训'],
    ['组织3场统一考试。', '3场', '统一考试'],
  ]);
});
