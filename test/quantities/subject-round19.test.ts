// Round 19 of issue 18: a rate, a sum or a period written between a doer and its act (工匠每年带徒,
// 工作室近三年共带徒, 团队先后带徒) frames the act: the act is what the figure counts, not the doer;
// a leading 在 opens a clause, not a name. Sentences written for this test, with negatives.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a doer, then a rate, sum or period, then the act counted', () => {
  run([
    ['入选的技能大师每年带徒不少于2名。', '不少于2名', '带徒'],
    ['劳模工作室近三年共带徒420余人。', '420余人', '带徒'],
    ['该名师团队先后带徒58名，其中12人成长为技师。', '58名', '带徒'],
    ['首席技师每月授课不少于4次。', '不少于4次', '授课'],
    ['各创新工作室每年至少开展技术攻关2项。', '2项', '技术攻关'],
    ['技能大師工作室三年來累計帶徒310人。', '310人', '帶徒'],
    ['这支志愿服务队三年来先后走访困难职工860户。', '860户', '困难职工'],
    ['区级工作室近五年共帶教学徒96名。', '96名', '帶教学徒'],
  ]);
});

describe('not: a listed word inside a longer word, or no doer before it', () => {
  run([
    ['全县共青团员1200名。', '1200名', '共青团员'],
    ['全市建成公共实训基地5个。', '5个', '公共实训基地'],
    ['每年带徒不少于3名。', '不少于3名', '带徒'],
    ['全县共有技能大师工作室16个。', '16个', '技能大师工作室'],
  ]);
});
