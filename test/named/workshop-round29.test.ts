// Round 29 of issue 18: a workshop's host labelled 主持人 (letter-spaced or not) on a field line of its
// annex record, and a traditional-script workshop's name and leader kept as the text writes them (the
// extractors read a folded copy). Sentences written for these tests, in both scripts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const run = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).map((w) => [w.name, w.leader]);

describe('a record whose field line labels the host 主持人', () => {
  it('letter-spaced with ASCII spaces, an honour in brackets after the name', () => {
    const t = '附件\n1．“溪畔”茶叶精制创新工作室\n　　依托单位：某某茶业有限公司\n　　主 持 人：葛秋萍（宣城工匠）\n2．数控刀具刃磨创新工作室\n　　依托单位：某某精工有限公司\n　　主 持 人：闫立新';
    expect(run(t)).toEqual([['“溪畔”茶叶精制创新工作室', '葛秋萍'], ['数控刀具刃磨创新工作室', '闫立新']]);
  });
  it('unspaced, with a half-width colon, under a heading numbered 一、', () => {
    const t = '一、某某路桥有限公司桥梁伸缩缝安装技能大师工作室\n    主持人:蒲红军\n二、某某电力有限公司配网带电作业创新工作室\n    主持人:栾晓雯';
    expect(run(t)).toEqual([['桥梁伸缩缝安装技能大师工作室', '蒲红军'], ["配网带电作业创新工作室", "栾晓雯"]]);
  });
  it('letter-spaced with ideographic spaces, in traditional script', () => {
    const t = foldToSimplified('3. 鋁型材擠壓創新工作室\n　　依託單位：某某鋁業有限公司\n　　主　持　人：喬振宇（安徽省技術能手）');
    expect(run(t)).toEqual([['铝型材挤压创新工作室', '乔振宇']]);
  });
  it('a meeting host is no workshop leader', () => {
    const t = '座谈会由市总工会副主席主持。“匠韵”木雕技能大师工作室介绍了经验。\n主持人：韦春燕';
    expect(run(t)).toEqual([['“匠韵”木雕技能大师工作室', null]]);
  });
});

describe('a traditional-script workshop through the pipeline', () => {
  it('keeps its name and its leader in the characters the text writes', async () => {
    const { processFile } = await import('../../src/pipeline/process.js');
    const dir = mkdtempSync(join(tmpdir(), 'gw-ws29-'));
    const f = join(dir, 'naming.txt');
    writeFileSync(f, '關於命名第二批某某縣職工創新工作室的決定\n\n決定命名“松風”竹編工藝創新工作室等2個工作室為第二批某某縣職工創新工作室。\n\n附件：名單\n1．“松風”竹編工藝創新工作室\n　　依託單位：某某竹業有限公司\n　　主 持 人：龔曉蘭\n2．電纜接頭製作創新工作室\n　　依託單位：某某電力有限公司\n　　主 持 人：鄧偉東\n');
    const { json } = await processFile(f);
    const named = json.workshops.filter((w) => w.name).map((w) => [w.name, w.leader]);
    expect(named).toEqual(expect.arrayContaining([['“松風”竹編工藝創新工作室', '龔曉蘭'], ['電纜接頭製作創新工作室', '鄧偉東']]));
    for (const w of json.workshops) if (w.name) expect(json.document.text.slice(w.start, w.end)).toContain(w.name);
  }, 60_000);
});
