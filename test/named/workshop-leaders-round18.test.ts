// Round 18 of issue 18: leaders a later sentence gives in order (这3个工作室的带头人分别为甲、乙、丙), and a quoted
// name that opens with a person the document names elsewhere, however long the craft after them. Sentences
// written for these tests (other provinces, other crafts).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { leaderPeople, namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const found = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn);
const run = (t: string) => found(t).map((w) => [w.name, w.leader]);
const people = (t: string) => leaderPeople(found(t), t, wn).map((p) => p.name);

describe('leaders given in order by 分别 / 依次', () => {
  it('the k-th name leads the k-th workshop, a word read as a leader overruled', () => {
    const t = '市人社局认定“蒋红梅腊肉熏制技能大师工作室”和某某电力安装有限公司电缆敷设技能大师工作室共2个工作室。这2个工作室的带头人分别为蒋红梅、龚志鹏，均为高级技师。';
    expect(run(t)).toEqual([['“蒋红梅腊肉熏制技能大师工作室”'.slice(1, -1), '蒋红梅'], ['电缆敷设技能大师工作室', '龚志鹏']]);
    expect(people(t)).toContain('龚志鹏');
  });
  it('领衔人依次是, in the same sentence', () => {
    const t = '新命名“铁匠铺”齿轮加工劳模创新工作室、某某陶瓷公司釉料配制劳模创新工作室，领衔人依次是向德军、詹秋云。';
    expect(run(t)).toEqual([['“铁匠铺”齿轮加工劳模创新工作室', '向德军'], ['釉料配制劳模创新工作室', '詹秋云']]);
  });
  it('a count of names that does not match the workshops assigns none', () => {
    const t = '新命名“铁匠铺”齿轮加工劳模创新工作室、某某陶瓷公司釉料配制劳模创新工作室，领衔人分别为向德军、詹秋云、邝海林。';
    expect(run(t).map(([, l]) => l)).not.toContain('邝海林');
    expect(run(t).map(([, l]) => l)).not.toContain('向德军');
  });
});

describe('a quoted name that opens with a person named elsewhere', () => {
  it('a long craft after the person, who is named again as a whole name', () => {
    const t = '会上为“龙秀英苗族刺绣技艺创新工作室”授牌。其中龙秀英曾获“贵州省技术能手”称号。';
    expect(run(t)).toEqual([['龙秀英苗族刺绣技艺创新工作室', '龙秀英']]);
    const u = '设立“覃卫东柑橘病虫防控技能大师工作室”。覃卫东，从事柑橘种植三十年。';
    expect(run(u)).toEqual([['覃卫东柑橘病虫防控技能大师工作室', '覃卫东']]);
  });
  it('a longer name elsewhere does not make its first characters a person', () => {
    const t = '为“邹国富矿山机械维修创新工作室”授牌，邹国富扎根井下二十年。';
    expect(run(t).map(([, l]) => l)).not.toContain('邹国');
  });
});
