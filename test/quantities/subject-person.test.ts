import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a present age told right after a person\'s name is told of that person', () => {
  run([
    ['扈振宇今年34岁，是我县近五届市赛中第一个获得电工项目冠军的选手。', '34岁', '扈振宇'],
    ['敖德福今年61歲，是一名有四十年經驗的老手藝人。', '61歲', '敖德福'],
    ['买买提江·吐尔地今年41岁，在合作社当了十年技术员。', '41岁', '买买提江·吐尔地'],
    ['王和平现年56岁，从事电力抢修三十年。', '56岁', '王和平'],
    // (a post or a description before the name is no part of it)
    ['护林员努尔艾力·吐尔逊今年52岁，负责管护防风固沙林。', '52岁', '努尔艾力·吐尔逊'],
    ['某某公司的磨工贺兰春雨今年24岁，是本届最年轻的技术能手。', '24岁', '贺兰春雨'],
    ['焊接项目第1名王长生今年45岁，是一名老焊工。', '45岁', '王长生'],
    // (a pronoun, a kin word, a post alone or a name no post's edge sets off leaves the attribute)
    ['她今年46岁，是车间里年龄最大的焊工。', '46岁', '年龄'],
    ['他的女儿今年8岁。', '8岁', '年龄'],
    ['其中一名学员今年18岁。', '18岁', '年龄'],
    ['渔把头乌力吉巴雅尔今年58岁。', '58岁', '年龄'],
    // (an age opening on the name after it is read as before)
    ['今年52岁的梁秀英是安陲乡人。', '52岁', '梁秀英'],
  ]);
});
