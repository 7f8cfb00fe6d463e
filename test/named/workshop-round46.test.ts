// Round 46 of issue 18: a workshop named after a leader whose name no surname list reads (a Mongolian, Tibetan or Yi
// name of four to seven characters). The name is bounded by its repeat: written at the end of the lead clause and again
// opening the workshop's name, or written before a pronoun's clause (由她领衔的) and again opening the name.
// Sentences written for these tests (invented names, places and trades).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
/** the named workshops of `t` as [name, leader] */
const pairs = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).filter((w) => w.name).map((w) => [w.name, w.leader]);

describe('a leader named twice, in the lead clause and opening the name, is the whole repeat', () => {
  it('由title+name领衔的 name+craft: the six-character name, not its Han-looking tail', () => {
    const t = '全旗现有各级创新工作室9个。由“草原工匠”那仁满都拉领衔的那仁满都拉奶酪加工创新工作室，带动牧民30户。';
    expect(pairs(t)).toEqual([['那仁满都拉奶酪加工创新工作室', '那仁满都拉']]);
  });
  it('负责 as the lead verb: the whole name too', () => {
    const t = '由盟技术能手图门其其格负责的图门其其格毛毡工艺工作室，今年培训学员50人。';
    expect(pairs(t)).toEqual([['图门其其格毛毡工艺工作室', '图门其其格']]);
  });
});

describe('a pronoun\'s person whose name opens the workshop\'s name', () => {
  it('由她领衔的: the person written before, whose name opens the workshop, not another person named later', () => {
    const t = '在合作社里，绣娘依莫阿呷正在教学员配色。由她领衔的依莫阿呷彝绣技能大师工作室去年被认定为州级工作室，县妇联主席李文静到场祝贺。';
    expect(pairs(t)).toEqual([['依莫阿呷彝绣技能大师工作室', '依莫阿呷']]);
  });
  it('a craft written twice (某地|糍粑|制作 before and in the name) is no person: the person named last stays the leader', () => {
    const t = '镇上的糍粑制作远近闻名，传承人刘桂英说：“手艺不能丢。”由她领衔的糍粑制作技能大师工作室去年获得认定。';
    expect(pairs(t).map(([, l]) => l)).not.toContain('糍粑制');
    expect(pairs(t).map(([, l]) => l)).not.toContain('糍粑制作');
  });
});
