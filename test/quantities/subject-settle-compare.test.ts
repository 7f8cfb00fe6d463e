// quantities/subject-settle.ts, round 64: the wholly different phrase a figure's subject was read as — a piece of a
// comparison before a change (较首届增加了103名 → what grew) or the doers of a count handed in (各单位共申报9个 →
// 申报) — read again; on sentences written for this test (other places, both scripts).
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a figure after a comparison counts what changed', () => {
  run([
    ['今年参赛选手达到214名，较首届增加了103名。', '103名', '参赛选手'],
    ['本批共收到推荐人选五十一名，较上一批增加19名。', '19名', '推荐人选'],
    ['全县参保职工达到9.6万人，比上年末净增2100人。', '2100人', '参保职工'],
    ['今年参赛人数达到690人，比首届增长了53.3%。', '53.3%', '参赛人数'],
    ['全年新增就业人数与上年相比增加了约9%。', '约9%', '新增就业人数'],
  ]);
});

describe('what the comparison reader leaves alone', () => {
  run([
    ['全年开展职工技能培训2.6万人次，同比增长12.5%。', '12.5%', '职工技能培训'],
  ]);
});

describe('a count handed in with no noun after it', () => {
  run([
    ['各县区共申报32个，经专家评审，确定12个。', '32个', '申报'],
    ['全市共受理申报27份。', '27份', '申报'],
    ['其中企业推荐12份、乡镇推荐5份。', '5份', '乡镇推荐'],
    ['各單位共申報18個。', '18個', '申报'],
  ]);
});

describe('an age before 的 and a person is that person\'s', () => {
  run([
    ['今年52岁的张春明是某某机械有限公司的数控车工。', '52岁', '张春明'],
    ['今年47歲的鄧國強在茶園工作了20年。', '47歲', '邓国强'],
    ['今年52岁的他是土生土长的本地人。', '52岁', '年龄'],
  ]);
});
