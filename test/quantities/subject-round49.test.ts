// Round 49 (quantity subjects): a mover (带动, 吸纳), the people it brings along, the count and only what
// befell them (增收, 居家就业) count the people, not the deed after the figure; the area around them (周边,
// 周边村寨) is where they live, no part of what is counted. Sentences written for this test.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('the people a mover brings along, before the count and its deed', () => {
  run([
    ['示范基地带动周边瓜农310户增收。', '310户', '瓜农'],
    ['合作社带动周边村寨绣工70余人实现居家就业。', '70余人', '绣工'],
    ['车间吸纳留守妇女120人就近就业。', '120人', '留守妇女'],
    ['帶動周邊藥農約260戶增收。', '約260戶', '藥農'],
    // (the count between the area and the people: the people after the count are the subject, without the area)
    ['工作室带动周边85户养蜂户增收。', '85户', '养蜂户'],
    ['该车间带动周边农户450户，户均增收3000元。', '450户', '农户'],
  ]);
});

describe('what it leaves alone', () => {
  run([
    // (no mover: the area around is part of a list item's name)
    ['参训的50名学员中，本厂职工35名，周边村民15名。', '15名', '周边村民'],
    // (what follows the count is more than a deed: the noun after it is counted)
    ['带动全镇150多名妇女从事刺绣加工。', '150多名', '妇女'],
    // (a place, not people, after the mover: the people after the count)
    ['带动东山镇90多名妇女居家就业。', '90多名', '妇女'],
  ]);
});

describe('a count or share read as 年龄 is of the age band before it', () => {
  run([
    ['受访的技术工人中，50岁以上的超过三成。', '50岁以上', '年龄'],
    ['高级技师中40岁以上的超过70%。', '超过70%', '40岁以上的'],
    ['技能人才中，45岁以上的不足二成。', '45岁以上', '年龄'],
    // (the age itself stays the attribute 年龄)
    ['学员中，30岁以下的不足15%。', '30岁', '年龄'],
  ]);
});
