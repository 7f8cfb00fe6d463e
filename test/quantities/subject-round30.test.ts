// Round 30 (quantity subjects): sentences written for this test in other places, bodies and figures than
// the genre corpus. A body's having or setting aside leads up to what is counted; papers of a nomination
// and a period's plan are one noun; a sum granted to a prize, or the share that sets it, counts the prize.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a body having, setting aside or opening: what it has, sets aside or opens', () => {
  run([
    ['3家试点企业拥有高级技师以上人才860人。', '860人', '高级技师以上人才'],
    ['县总工会还拿出慰问资金15万元，用于帮扶困难职工。', '15万元', '慰问资金'],
    ['县人社局还开设“送岗下乡”专场4期。', '4期', '“送岗下乡”专场'],
  ]);
});

describe('papers of a nomination and a period plan are one noun', () => {
  run([
    ['本次评选共收到推荐材料26份，其中单位5份、个人21份。', '26份', '推荐材料'],
    ['本年度共收到各乡镇申报材料19份。', '19份', '申报材料'],
    ['上半年共培训职工3200人次，完成年度计划的61%。', '61%', '年度计划'],
    ['上半年认定技能人才2100人，完成全年目标的64%。', '64%', '全年目标'],
    ['完成县总工会下达年度目标任务的92%。', '92%', '年度目标任务'],
  ]);
});

describe('a sum granted to a prize, or the share of entrants that sets it, counts the prize', () => {
  run([
    ['各工种一等奖分别奖励2000元，二等奖各奖励1000元，三等奖各奖励300元。', '2000元', '一等奖'],
    ['各工种一等奖分别奖励2000元，二等奖各奖励1000元，三等奖各奖励300元。', '1000元', '二等奖'],
    ['各工种一等奖分别奖励2000元，二等奖各奖励1000元，三等奖各奖励300元。', '300元', '三等奖'],
    ['各工种按参赛人数的10%确定一等奖，20%确定二等奖。', '10%', '一等奖'],
    ['各工种按参赛人数的10%确定一等奖，20%确定二等奖。', '20%', '二等奖'],
    // (奖金 names the money, not a grant)
    ['一等奖奖金6000元。', '6000元', '一等奖奖金'],
  ]);
});

describe('people named as a quoted title, and a people noun the segmenter tags as a verb', () => {
  run([
    ['今年确定王某、李某等9人为第二届“某县工匠”。', '9人', '某县工匠'],
    ['其中5人为女职工。', '5人', '女职工'],
    ['上半年举办职业技能竞赛8场，26名优胜选手获得“某县技术能手”称号。', '26名', '优胜选手'],
  ]);
});

describe('an honour conferred on a set written after it: the recipients, without the writer’s place', () => {
  run([
    ['某市五一劳动奖章授予我县职工4名，某市工人先锋号授予我县班组2个。', '4名', '职工'],
    ['某市五一劳动奖章授予我县职工4名，某市工人先锋号授予我县班组2个。', '2个', '班组'],
    ['授予王某等6名同志“某县工匠”称号。', '6名', '同志'],
  ]);
});

describe('a target date leads up to a running total; a count per round counts the title', () => {
  run([
    ['今后每年将评选示范企业2至4家，到2028年底累计达到12家左右。', '12家左右', '示范企业'],
    ['“某县工匠”每两年评选一次，每次不超过8名。', '不超过8名', '某县工匠'],
    ['按照办法，“某区工匠”每三年评选一次，每届不超过12名。', '不超过12名', '某区工匠'],
  ]);
});

describe('a body made up of the people counted', () => {
  run([
    ['评审委员会由行业专家、企业代表和职工代表共9人组成。', '9人', '评审委员会'],
    ['领导小组由县委、县政府相关负责同志等15人组成。', '15人', '领导小组'],
  ]);
});
