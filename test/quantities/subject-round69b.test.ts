// Round 69 (subB): the edges of a subject where the genre's golds keep or cut a word the readers left short or
// long — 已 before a completed act counted alone, a quoted campaign name before the event or fund it names.
import { describe } from 'vitest';
import { subjectCues } from '../../src/extract/quantities/subject-refine.js';
import { run } from './subject-harness.js';

describe('rules/subject-cues.yaml doneSoFar examples: 已 before a completed act is part of the part done', () => {
  run(subjectCues().doneSoFar.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('rules/subject-cues.yaml campaigns examples: the event or fund a quoted campaign names', () => {
  run(subjectCues().campaigns.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('subject edges on sentences of the genre', () => {
  run([
    ['县劳动保障监察大队共受理欠薪投诉举报一百一十九件，已结案一百一十件。', '一百一十件', '已结案'],
    ['发现各类问题37个，已督促整改30个。', '30个', '整改'],
    ['全年发放技能提升补贴约186万元，已发放68.5万元。', '68.5万元', '已发放'],
    ['县总工会组织医务人员开展“送健康进工地”义诊8场。', '8场', '义诊'],
    ['组织“建功共青城”劳动和技能竞赛12项。', '12项', '劳动和技能竞赛'],
    ['开展“订单式”培训20期。', '20期', '“订单式”培训'],
    ['本年度共收到推荐集体9个、推荐个人31名。', '9个', '推荐集体'],
    ['本年度共收到推荐集体9个、推荐个人31名。', '31名', '推荐个人'],
    ['竞赛期间共征集合理化建议620条，采纳实施210条。', '210条', '采纳实施'],
  ]);
});
