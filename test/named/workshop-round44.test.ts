// Round 44 of issue 18: the level of workshops a notice's title confers under a county's or a district's class name
// (关于命名2025年度某县劳模和工匠人才创新工作室的决定 → each listed 某某创新工作室 is the county's), and of the items of
// a numbered list whose lead-in line confers them at a level (…为新命名的3个县级职工创新工作室挂牌。名单如下：).
// Sentences written for these tests (other places, other trades, other names).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { homeLevels } from '../../src/extract/named/level.js';

const pr = peopleRules();
const wn = workshopNames();
/** the named workshops found with the document's title and issuers, with their level */
const levels = (t: string, title: string, issuers: string[] = []) =>
  namedWorkshops(t, title, [], cuePeople(t, pr), pr, wn, homeLevels(issuers, title)).filter((w) => w.name).map((w) => [w.name, w.level]);

const TABLE = '现将名单公布如下。\n\n| 序号 | 工作室名称 | 领衔人 |\n| --- | --- | --- |\n| 1 | 葡萄嫁接创新工作室 | 汪明远 |\n| 2 | 汽车钣金创新工作室 | 陶德林 |\n';

describe('a title that confers a class (劳模和工匠人才创新工作室, 职工创新工作室) under a place', () => {
  it('a county\'s class in the title: the listed workshops are the county\'s', () => {
    expect(levels(TABLE, '长丰县总工会关于命名2024年度长丰县劳模和工匠人才创新工作室的决定'))
      .toEqual([['葡萄嫁接创新工作室', 'county'], ['汽车钣金创新工作室', 'county']]);
  });
  it('a district\'s 职工创新工作室 in the title: the district\'s', () => {
    expect(levels(TABLE, '关于命名2024年度江北区职工创新工作室的通知'))
      .toEqual([['葡萄嫁接创新工作室', 'county'], ['汽车钣金创新工作室', 'county']]);
  });
  it('a province\'s class: provincial', () => {
    expect(levels(TABLE, '关于命名2024年度安徽省劳模和工匠人才创新工作室的决定'))
      .toEqual([['葡萄嫁接创新工作室', 'provincial'], ['汽车钣金创新工作室', 'provincial']]);
  });
  it('a title that names no place before the class gives no level', () => {
    expect(levels(TABLE, '关于命名2024年度劳模和工匠人才创新工作室的决定'))
      .toEqual([['葡萄嫁接创新工作室', null], ['汽车钣金创新工作室', null]]);
  });
});

describe('the lead-in line over a numbered list gives its items the level it confers them at', () => {
  const list = (lead: string) => `${lead}\n1．果蔬冷链创新工作室（领衔人：韩立军）\n2．石雕技艺创新工作室（负责人：邵春林）\n`;
  it('a counted county-level conferment then 如下：', () => {
    expect(levels(list('近日，区总工会为新命名的2个区级职工创新工作室集中授牌。授牌工作室如下：'), '工会简讯'))
      .toEqual([['果蔬冷链创新工作室', 'county'], ['石雕技艺创新工作室', 'county']]);
  });
  it('a lead-in that confers no level gives none', () => {
    expect(levels(list('近日，区总工会为2个职工创新工作室集中授牌。授牌工作室如下：'), '工会简讯'))
      .toEqual([['果蔬冷链创新工作室', null], ['石雕技艺创新工作室', null]]);
  });
  it('a lead-in that does not end in a colon introduces no list', () => {
    expect(levels(list('去年命名了2个区级职工创新工作室。今年又有新的工作室成立。'), '工会简讯'))
      .toEqual([['果蔬冷链创新工作室', null], ['石雕技艺创新工作室', null]]);
  });
});
