// Round 47 (quantity subjects): what frames the counted thing without naming it — a determiner (此类, 本批),
// a word of the area (辖区, 镇内, 全市) and the owner before 的 of a measure. Sentences written for this test,
// with other places, bodies and figures than the genre corpus; the yaml examples of rules/subject-cues.yaml run too.
import { describe } from 'vitest';
import { run } from './subject-harness.js';
import { subjectCues } from '../../src/extract/quantities/subject-refine.js';

describe('rules/subject-cues.yaml owners examples', () => {
  run(subjectCues().owners.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('a determiner before a noun points at it', () => {
  run([
    ['明年计划再建此类服务点15个左右。', '15个左右', '服务点'],
    ['本批扶持资金共计42万元。', '42万元', '扶持资金'],
    ['上述项目共投入资金85万元。', '85万元', '资金'],
  ]);
});

describe('a word of the area says where, not what', () => {
  run([
    ['镇域内规上企业23家。', '23家', '规上企业'],
    ['村内留守老人共46人。', '46人', '留守老人'],
    ['辖区内外卖站点共计31个。', '31个', '外卖站点'],
    ['全市新能源汽车维修网点达到64个。', '64个', '新能源汽车维修网点'],
    ['全区现有市级示范站点8个。', '8个', '市级示范站点'],
  ]);
});

describe('the owner of a measure, before 的, is not the measure', () => {
  run([
    ['技改后，该车间的月产量提高到4200件。', '4200件', '月产量'],
    ['受访骑手的平均月收入为5300元。', '5300元', '平均月收入'],
    ['新品种的挂果率达到93%。', '93%', '挂果率'],
    ['参训职工中取得证书的比例为82%。', '82%', '取得证书的比例'],
  ]);
});

describe('a gap in points to an average, with no noun of its own, is named by the average with its area', () => {
  run([
    ['该县持证率为38%，低于全省平均水平约6个百分点。', '约6个百分点', '全省平均水平'],
    ['一线职工入会率为52%，高于临川市平均水平约9个百分点。', '约9个百分点', '临川市平均水平'],
    ['入会率为52%，与全州平均水平相比仍低约2个百分点。', '约2个百分点', '全州平均水平'],
    // (a figure whose own measure was read keeps it)
    ['女职工参训率比上年提高4个百分点。', '4个百分点', '女职工参训率'],
  ]);
});
