// Round 39 (quantity subjects): sentences written for this test in other places, bodies and figures than
// the genre corpus; the yaml examples of rules/subject-cues.yaml run too.
import { describe } from 'vitest';
import { run } from './subject-harness.js';
import { subjectCues } from '../../src/extract/quantities/subject-refine.js';

describe('rules/subject-cues.yaml onceRewards examples: 一次性 against a reward word is one term with it', () => {
  run(subjectCues().onceRewards.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('rules/subject-cues.yaml savings examples: 节约成本 is one measure', () => {
  run(subjectCues().savings.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('a figure with a thousands separator: the clause runs on from its unit, not from its comma', () => {
  run([
    ['为全市3,150名一线职工免费办理互助保障。', '3,150名', '一线职工'],
    ['三年来共为1,340名农民工追回欠薪。', '1,340名', '农民工'],
  ]);
});

describe('the rest left as it was in a correction, in an aside too', () => {
  run([
    ['（其余6名无变动，略）', '6名', '其余'],
    ['其余9个不变。', '9个', '其余'],
    ['“某区工人先锋号”4个班组不变。', '4个', '班组'],
  ]);
});

describe('rules/subject-cues.yaml eachGrants examples: a grant word as the verb of a sum paid to each', () => {
  run(subjectCues().eachGrants.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('加上 adds a batch to a running count: the batch is what the figure counts', () => {
  run([
    ['市总工会去年命名第一批市级工作室8个，加上本批6个，全市共有14个。', '6个', '本批'],
  ]);
});

describe('a payment after the check it waits on names the instalment', () => {
  run([
    ['补助资金分两次拨付，首年拨付60%，次年考核合格后拨付1.2万元。', '1.2万元', '次年考核合格后拨付'],
    ['对新命名的工作室给予建设资金3万元，验收通过后拨付。年度考核合格后拨付8000元。', '8000元', '年度考核合格后拨付'],
  ]);
});

describe('the things a training or a service is given with are named with it (rules compounds)', () => {
  run([
    ['全年共开设培训课程8门。', '8门', '培训课程'],
    ['县总工会支付培训费用36万元。', '36万元', '培训费用'],
    ['在各乡镇设立服务网点21个。', '21个', '服务网点'],
    ['全年培训职工3200人次。', '3200人次', '培训职工'],
  ]);
});

describe('rules/subject-cues.yaml addedGains examples: 新增产值 names the output added', () => {
  run(subjectCues().addedGains.examples.map((e) => [e.text, e.figure, e.subject]));
});

describe('a share set as a target or measured against another is the indicator X占比; a part of a set counted is the part', () => {
  run([
    ['力争到2027年全市高技能人才占比达到32%。', '32%', '高技能人才占比'],
    ['全县高技能人才占比力争提高到30%。', '30%', '高技能人才占比'],
    ['本届获奖的40名职工中，女性占比达到45%。', '45%', '女性'],
  ]);
});
