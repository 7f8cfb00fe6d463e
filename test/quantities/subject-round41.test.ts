// Round 41 (quantity subjects): sentences written for this test in other places, bodies and figures than
// the genre corpus.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('an age bound (N岁以下, N周岁以上) measures the attribute 年龄; the group it bounds is counted after it', () => {
  run([
    ['获奖者中45岁以下的女职工有7名。', '45岁', '年龄'],
    ['获奖者中45岁以下的女职工有7名。', '7名', '女职工'],
    ['参训学员中，40周岁以下的技术工人有23名。', '40周岁', '年龄'],
    ['本批入选的首席技师中，30岁以下青年技师5人。', '30岁', '年龄'],
  ]);
});

describe('a sum granted names the fund written after it, whatever the fund opens with', () => {
  run([
    ['区总工会一次性给予4万元启动经费。', '4万元', '启动经费'],
    ['对新认定的工作站每家给予6万元创建资金。', '6万元', '创建资金'],
    ['市财政对一类站点每个给予8万元、二类站点每个给予5万元的运行补助。', '8万元', '运行补助'],
    ['市财政对一类站点每个给予8万元、二类站点每个给予5万元的运行补助。', '5万元', '运行补助'],
    // (no verb of giving: the sum stays with what it is told of)
    ['每个站点年运行成本约6万元。', '约6万元', '站点年运行成本'],
  ]);
});

describe('the units a county or city runs directly take no number: the count is of the townships alone', () => {
  run([
    ['全县11个乡镇和县直单位共推荐选手70名。', '11个', '乡镇'],
    ['来自9个镇（街道）及市直部门的选手参赛。', '9个', '镇（街道）'],
    // (a county-run unit is named by 直; a 县城 community is counted with the townships)
    ['服务站覆盖全县8个乡镇和县城社区。', '8个', '乡镇和县城社区'],
  ]);
});
