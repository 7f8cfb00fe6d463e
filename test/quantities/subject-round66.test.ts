// Round 66: the boundaries of a figure's subject (rules/subject-cues.yaml, quantities/subject-refine.ts).
import { describe } from 'vitest';
import { run } from './subject-harness.js';
import { subjectCues } from '../../src/extract/quantities/subject-refine.js';

describe('rules/subject-cues.yaml worksOn examples: what a verb works on is what a figure of things counts', () => {
  run(subjectCues().worksOn.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('a verb that works on things, in sentences of its own', () => {
  run([
    ['县供水公司全年抢修维修队伍处置管网漏损88处。', '88处', '管网漏损'],
    ['工作室成员先后修缮古民居12栋。', '12栋', '古民居'],
    // (a bare head after the verb: the verb names a kind of project)
    ['全县职工提出技术改造项目36项。', '36项', '技术改造项目'],
    // (people worked with are counted too)
    ['他先后辅导学生四百余名。', '四百余名', '学生'],
    // (a cost keeps its verb: 维修成本)
    ['每年为企业节约维修成本约40万元。', '约40万元', '维修成本'],
  ]);
});

describe('rules/subject-cues.yaml rightHeads examples: a head closes a noun read after its figure', () => {
  run(subjectCues().rightHeads.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('a head after a noun read after its figure, in sentences of its own', () => {
  run([
    ['市总工会今年为312名困难职工子女发放助学金。', '312名', '困难职工子女'],
    ['在全县9个回族聚居村新建职工书屋。', '9个', '回族聚居村'],
  ]);
});
