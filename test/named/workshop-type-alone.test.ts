// A numbered heading that is a workshop type alone (（三）劳模创新工作室。) opens a section of a report: it names no
// workshop, whatever leader a later sentence of its paragraph states. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { homeLevels } from '../../src/extract/named/level.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const names = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, homeLevels([], null)).map((w) => [w.name, w.leader]);

describe('a heading that is the type alone', () => {
  it('names no workshop; the quoted one its paragraph names keeps its leader', () => {
    const t = '某区人社局2025年工作总结\n\n　　（三）劳模创新工作室。目前全区共有劳模创新工作室14个。今年新认定的5个区级劳模创新工作室已挂牌4个，另1个年底挂牌。依托某某机械公司装配车间建设的“匠心”装配劳模创新工作室，带头人韩立新是“三秦工匠”，今年带领团队完成攻关项目3项。\n';
    expect(names(t)).toEqual([['“匠心”装配劳模创新工作室', '韩立新']]);
  });
});
