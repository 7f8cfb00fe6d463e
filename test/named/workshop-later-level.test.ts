// A workshop's level from a later clause about it, a quoted counted title with a colon, a city of a person's honour,
// and a headline that restates a workshop the article gives with its leader. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { homeLevels } from '../../src/extract/named/level.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const run = (t: string, issuers: string[] = []) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, homeLevels(issuers, null)).map((w) => [w.name, w.leader, w.level]);

describe('the level a workshop holds', () => {
  it('a later clause or the next sentence whose subject is the workshop says it was named a title', () => {
    expect(run('2020年，厂里依托她成立了“邬春兰纺纱工艺创新工作室”，工作室现有成员9人。这个工作室去年被绍兴市总工会命名为“绍兴市劳模工匠创新工作室”。', ['诸暨市总工会']))
      .toContainEqual(['邬春兰纺纱工艺创新工作室', '邬春兰', 'municipal']);
    expect(run('龚德顺，今年58岁。前年，市总工会依托龚德顺的作坊挂牌成立了“龚德顺竹编技艺传承工作室”，今年工作室又被大理州总工会命名为“大理州劳模创新工作室”。', ['祥云县总工会']))
      .toContainEqual(['龚德顺竹编技艺传承工作室', '龚德顺', 'municipal']);
  });
  it('a quoted counted title before a colon gives its level to the items listed', () => {
    const t = '新命名“库车市劳模创新工作室”2个：一个是设在某某物流公司的冷链运输创新工作室，带头人买买提·艾力，高级技师。';
    expect(run(t, ['库车市总工会'])).toContainEqual(['冷链运输创新工作室', '买买提·艾力', 'county']);
  });
  it('a prefecture written in a person’s honour is not the body: a bare 市级 stays the county-level city’s', () => {
    const t = '今年新增市级技能大师工作室2个，一个依托某某鞋业有限公司、由株洲市技术能手邓桂英领衔的皮鞋设计制版技能大师工作室。';
    expect(run(t, ['醴陵市人力资源和社会保障局'])).toContainEqual(['皮鞋设计制版技能大师工作室', '邓桂英', 'county']);
  });
});

describe('a headline restating a workshop', () => {
  it('a leaderless headline and contents line are the article’s workshop, kept where its leader is given', () => {
    const t = '◎城关镇“巧手”劳模创新工作室揭牌\n城关镇“巧手”劳模创新工作室揭牌\n　　5月8日，城关镇“巧手”劳模创新工作室在某某食品有限公司揭牌。工作室由市劳动模范、公司设备部部长甘海峰领衔。';
    // (the town written before the motto is the name's own)
    expect(run(t).map(([n, l]) => [n, l])).toEqual([['城关镇“巧手”劳模创新工作室', '甘海峰']]);
  });
});
