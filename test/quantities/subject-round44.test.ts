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

describe('a year\'s output, taking back, inviting, hearing, founding and guiding are no part of what they count (the verb opening its clause)', () => {
  run([
    ['这家合作社建成投产后，年产腐竹超过800吨。', '超过800吨', '腐竹'],
    ['调研历时两个月，共回收有效问卷936份。', '936份', '有效问卷'],
    ['本届赛事设8个项目，邀请国内外评委31名。', '31名', '评委'],
    ['座谈会上，听取意见建议210余条。', '210余条', '意见建议'],
    ['近三年来，返乡人员中有1200人回乡创业，创办经济实体近300个。', '近300个', '经济实体'],
    ['农技站派出技术员，指导果农2,400余户。', '2,400余户', '果农'],
    ['问卷回收率达到92%。', '92%', '问卷回收率'],
  ]);
});

describe('对象 and 经费 keep the verb of purpose that names them (培育对象, 启动经费)', () => {
  run([
    ['今年共遴选培育对象45名。', '45名', '培育对象'],
    ['全镇共有帮扶对象212户。', '212户', '帮扶对象'],
    ['每个工作室拨付启动经费3万元。', '3万元', '启动经费'],
  ]);
});
