// Round 15 of issue 18: people and workshops in annex lists and records. A line of names under a label
// (焊接（4名）：…) or alone under a list's heading; an annex record of an entry line and the field line
// under it (依托单位：…  领衔人：…); a leader a lead verb names before the craft or its unit; a longer
// craft after a unit; a quoted honour before the leader after the name. Sentences written for these
// tests, in both scripts.
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const run = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).map((w) => [w.name, w.leader]);
const names = (t: string) => cuePeople(t, pr).map((p) => p.name);

describe('a line of names', () => {
  it('under a label with its count, letter-spaced names kept with their padding', () => {
    const t = '某某市技术能手名单（5名）\n电工（3名）：严志刚、邓\u3000涛、柯文斌\n育婴（2名）：卓秀兰、诸葛红梅';
    const got = cuePeople(t, pr);
    expect(got.map((p) => p.name)).toEqual(['严志刚', '邓涛', '柯文斌', '卓秀兰', '诸葛红梅']);
    expect(got.map((p) => t.slice(p.start, p.end))).toEqual(['严志刚', '邓\u3000涛', '柯文斌', '卓秀兰', '诸葛红梅']);
  });
  it('alone under the heading, in traditional script, an excerpt note at its end', () => {
    expect(names(foldToSimplified('某某縣三八紅旗手名單（9名）\n（按姓氏筆畫排序）\n\n鄭美玉、龔麗華、魏春燕、蘇曉紅……（其餘5名略）')))
      .toEqual(['郑美玉', '龚丽华', '魏春燕', '苏晓红']);
  });
  it('not a list of places, trades or units, nor names whose count the label contradicts', () => {
    expect(names('比赛地点：黄山、安庆、池州')).toEqual([]);
    expect(names('比赛工种（4个）：车工、钳工、焊工、电工')).toEqual([]);
    expect(names('二等奖（4名）：严志刚、柯文斌')).toEqual([]);
    expect(names('某某名单\n市总工会、市人社局、市财政局')).toEqual([]);
  });
});

describe('an annex record over two lines', () => {
  it('binds the leader of the field line to the entry above, whatever the order of the fields', () => {
    const t = '附件\n某某区劳模创新工作室名单\n1.“绿色矿山”创新工作室\n　　依托单位：某某矿业有限公司　　领衔人：包海军（市劳动模范）\n2.果树嫁接劳模创新工作室\n　　领衔人：盛丽君（省劳动模范）　　依托单位：某某果业专业合作社';
    expect(run(t)).toEqual([['“绿色矿山”创新工作室', '包海军'], ['果树嫁接劳模创新工作室', '盛丽君']]);
  });
  it('in traditional script', () => {
    const t = foldToSimplified('1.“匠心織錦”創新工作室\n　　依託單位：某某紡織有限公司　　領銜人：韓秀珍（省勞動模範）');
    expect(run(t)).toEqual([['“匠心织锦”创新工作室', '韩秀珍']]);
  });
});

describe('a leader stated around a named workshop', () => {
  it('a person-named workshop after its unit, its craft longer than four', () => {
    expect(run('某某精工机械有限公司甘卫东精密模具装调技能大师工作室入选。')).toEqual([['甘卫东精密模具装调技能大师工作室', '甘卫东']]);
  });
  it('a lead verb before the unit or before the craft', () => {
    expect(run('由邱丽萍领衔的某某新材料有限公司碳纤维编织技能大师工作室榜上有名。')).toEqual([['碳纤维编织技能大师工作室', '邱丽萍']]);
    expect(run('由全国劳动模范、高级技师韦启明领衔的焊接工艺创新工作室是其中之一。')).toEqual([['焊接工艺创新工作室', '韦启明']]);
  });
  it('a quoted honour before the leader after a motto-named workshop (traditional script)', () => {
    expect(run(foldToSimplified('其中“指尖苗繡”技能大師工作室由“貴州工匠”龍秀英領銜，已帶徒40名。'))).toEqual([['“指尖苗绣”技能大师工作室', '龙秀英']]);
  });
});
