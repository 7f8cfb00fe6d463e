// Issue 18: the edition of an honour (第二届, 三届, 首届) says which round a figure belongs to, not what it
// counts; it is cut from either end of the subject. A cohort year (2024届) and an event's edition stay.
// Sentences written for this test; the yaml examples of rules/subject-cues.yaml editions run too.
import { describe } from 'vitest';
import { run } from './subject-harness.js';
import { subjectCues } from '../../src/extract/quantities/subject-refine.js';

describe('rules/subject-cues.yaml editions examples', () => {
  run(subjectCues().editions.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('an edition after the honour, before it, or glued to the recipients goes', () => {
  run([
    ['全县已累计评选“青山工匠”四届共60人。', '60人', '青山工匠'],
    ['全縣累計命名「青山工匠」三屆共40人。', '40人', '青山工匠'],
    ['市总工会决定授予李某某等8名职工首届“河湾工匠”称号。', '8名', '职工'],
    ['第五届“石门县技术能手”名单（20名）', '20名', '石门县技术能手'],
  ]);
});

describe('not: a cohort, a batch of workshops, an event', () => {
  run([
    ['2025届高校毕业生返乡就业1100余人。', '1100余人', '2025届高校毕业生返乡就业'],
    ['今年第二批市级劳模创新工作室12家。', '12家', '第二批市级劳模创新工作室'],
    ['第三届职工技能节共设置比赛项目16个。', '16个', '比赛项目'],
  ]);
});

describe('the rounds of a quoted title and the total after them both count the title', () => {
  run([
    ['全市累计选树“东湖工匠”5届共80名，其中12人获评省级工匠。', '5届', '东湖工匠'],
    ['全市累计选树“东湖工匠”5届共80名，其中12人获评省级工匠。', '80名', '东湖工匠'],
    ['全縣累計命名「青山工匠」3屆共40人。', '3届', '青山工匠'],
    ['全縣累計命名「青山工匠」3屆共40人。', '40人', '青山工匠'],
    ['截至目前，本区已评选“金沙工匠”6届合计72名。', '72名', '金沙工匠'],
  ]);
});

describe('a task handed down by a body is counted by the task (rules/subject-cues.yaml handedDown)', () => {
  run([
    ['全县城镇新增就业3200人，完成市下达年度目标任务3000人的106.7%。', '106.7%', '年度目标任务'],
    ['全县城镇新增就业3200人，完成市下达年度目标任务3000人的106.7%。', '3000人', '年度目标任务'],
    ['完成县总工会下发年度任务的101%。', '101%', '年度任务'],
    ['全年发放创业担保贷款4800万元，完成州分配指标4000万元的120%。', '120%', '指标'],
  ]);
});

describe('a task handed down with its period; not: a rate of the task, which ends in no task word', () => {
  run([
    ['市里今年交办重点任务12项。', '12项', '重点任务'],
    ['各县区年度目标任务完成率达到98%。', '98%', '各县区年度目标任务完成率'],
  ]);
});
