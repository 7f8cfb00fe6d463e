// Round 65 on workshops and honours: a conferment that hands plaques to workshops it lists by their short names and
// counts (为A、B、C3个工作室授牌), then names them by a pronoun (命名其为“H”); the full names told after take its level.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { confermentHonours, confermentRules } from '../../src/extract/named/conferment.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { homeLevels } from '../../src/extract/named/level.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { Award } from '../../src/types.js';

const cr = confermentRules();
const pr = peopleRules();
const wn = workshopNames();
const honours = (t: string, province: string) => confermentHonours(foldToSimplified(t), province, cr).map((h) => [h.name, h.count]);

describe('a pronoun after a plaque handed to counted workshops', () => {
  it('counts the title by the workshops the clause before lists', () => {
    expect(honours('县总工会为果蔬种植、竹编、农机维修3个工作室授牌，命名其为2025年度“永宁县劳模创新工作室”。', '宁夏回族自治区'))
      .toContainEqual(['永宁县劳模创新工作室', 3]);
    expect(honours('縣人社局為藏毯編織和木碗製作2個工作室授牌，命名其為首批“某某縣技能大師工作室”。', '西藏自治区'))
      .toContainEqual(['某某县技能大师工作室', 2]);
  });
  it('leaves a stock counted before with no act alone', () => {
    expect(honours('全县现有3个工作室，命名其为“永宁县劳模创新工作室”的工作将于明年开展。', '宁夏回族自治区'))
      .not.toContainEqual(['永宁县劳模创新工作室', 3]);
  });
});

describe('a workshop listed by its short name', () => {
  it('takes the level of the counted conferment that listed it', () => {
    const t = '县总工会为果蔬种植、竹编、农机维修3个工作室授牌，命名其为2025年度“永宁县劳模创新工作室”。竹编劳模创新工作室由非遗传承人马秀兰领衔。';
    const titles = confermentHonours(t, '宁夏回族自治区', cr) as unknown as Award[];
    const got = namedWorkshops(t, null, titles, cuePeople(t, pr), pr, wn, homeLevels(['永宁县总工会'], null)).map((w) => [w.name, w.level]);
    expect(got).toContainEqual(['竹编劳模创新工作室', 'county']);
  });
});
