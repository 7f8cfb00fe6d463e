// Round 30 of issue 18: an annex item whose fields a ； parts, an item under a bracketed Chinese numeral, a leader whose
// name opens with a character the surname list lacks, and a graded title a later clause gives. Sentences written for
// these tests (other provinces, other crafts, other names).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { homeLevels } from '../../src/extract/named/level.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const run = (t: string, issuers: string[] = []) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, homeLevels(issuers, null)).map((w) => [w.name, w.leader, w.level]);
const names = (t: string) => run(t).map(([n, l]) => [n, l]);

describe('annex items and their labelled lines', () => {
  it('fields parted by ； on the line under the name', () => {
    const t = '附件\n名单\n1．陶瓷釉面烧成职工创新工作室\n依托单位：某某陶瓷有限公司；负责人：欧阳春生（某市技术能手）\n2．果蔬冷链物流职工创新工作室\n依托单位：某某冷链有限公司；负责人：谈玉珍\n';
    expect(names(t)).toEqual([['陶瓷釉面烧成职工创新工作室', '欧阳春生'], ['果蔬冷链物流职工创新工作室', '谈玉珍']]);
  });
  it('an item under a bracketed Chinese numeral', () => {
    const t = '附件\n名单\n（一）蜀绣针法传承技能大师工作室\n领办人：伍秀芬（某市技术能手）依托单位：某某绣坊\n（二）竹编器具制作技能大师工作室\n领办人：衡志远 依托单位：某某竹艺合作社\n';
    expect(names(t)).toEqual([['蜀绣针法传承技能大师工作室', '伍秀芬'], ['竹编器具制作技能大师工作室', '衡志远']]);
  });
});

describe('a leader and a level a later clause gives', () => {
  it('由某某领办 with a monastic name the annex labels', () => {
    const t = '禅茶制作技能大师工作室由某寺传承人、高级技师释慧明领办。\n附件\n（一）禅茶制作技能大师工作室\n领办人：释慧明 依托单位：某某文化有限公司\n';
    expect(names(t)).toContainEqual(['禅茶制作技能大师工作室', '释慧明']);
  });
  it('该工作室 with a year before 被认定为, and a clause of the topic chain with 是 a graded title', () => {
    expect(run('县人社局依托某某酒业有限公司建设的“易德明技能大师工作室”开展培训。该工作室2022年被认定为遵义市级技能大师工作室，现有成员8人。', ['仁怀市人力资源和社会保障局']))
      .toContainEqual(['易德明技能大师工作室', '易德明', 'municipal']);
    expect(run('他领衔的葛长青技能大师工作室现有成员10人，是赣州市级技能大师工作室。', ['瑞金市总工会']))
      .toContainEqual(['葛长青技能大师工作室', '葛长青', 'municipal']);
  });
  it('its own clause’s quoted title over the level of the notice’s title', () => {
    const t = '此外，我市申报的“龙眼”嫁接育苗职工创新工作室今年被命名为“北海市示范性职工创新工作室”。';
    const found = namedWorkshops(t, '关于命名2025年度合浦县职工创新工作室的通知', [], cuePeople(t, pr), pr, wn, homeLevels(['合浦县总工会'], null));
    expect(found.map((w) => [w.name, w.level])).toContainEqual(['“龙眼”嫁接育苗职工创新工作室', 'municipal']);
  });
});
