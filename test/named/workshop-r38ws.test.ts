// A reply that grants what a 公示 proposed names its workshops (its opening recounts the 拟认定 and the 公示), and a
// record's field lines written without a colon or in brackets give the leader. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { homeLevels } from '../../src/extract/named/level.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const found = (t: string, title: string | null = null) => namedWorkshops(t, title, [], cuePeople(t, pr), pr, wn, homeLevels([], null)).map((w) => [w.name, w.leader, w.level]);

describe('round 38 workshops', () => {
  const title = '某县人民政府关于同意认定2025年度县级技能大师工作室的批复';
  const reply = `${title}\n\n　　你局报来的请示收悉。经网上公示，评审委员会提出了3个拟认定工作室的意见。同意认定以下工作室为县级技能大师工作室。\n\n附件\n\n2025年度某县技能大师工作室名单\n\n1．秦岭山珍加工技能大师工作室\n　　带头人　胡国安\n　　所在单位　某县山珍专业合作社\n\n2．农家乐餐饮服务技能大师工作室\n　　（依托：某县民宿协会；带头人：协会会长周丽华，某市技术能手）\n`;
  it('gives the workshops a reply grants their level, though its opening tells of the proposal', () => {
    expect(found(reply, title).filter((w) => w[0]).map((w) => w[2])).toEqual(['county', 'county']);
  });
  it('reads the leader from a field line without a colon and from a bracketed one, no trade word as a leader', () => {
    expect(found(reply, title).filter((w) => w[0]).map((w) => w[1])).toEqual(['胡国安', '周丽华']);
  });
  it('gives a workshop named for a person in quotes that person, named elsewhere as its leader', () => {
    const t = '经评审，决定命名某县某矿业有限公司“周国梁”选矿创新工作室为县级劳模创新工作室。\n\n附件\n\n1．“周国梁”选矿创新工作室\n　　领衔人：周国梁（某省工匠）\n';
    expect(found(t).filter((w) => w[0]).map((w) => w[1])).toEqual(['周国梁', '周国梁']);
  });
  it('gives no leader to a quoted brand that reads as a name but is no person found', () => {
    const t = '今年，“龙山玉”雕刻创新工作室被命名为县级职工创新工作室，带动龙山玉雕刻从业者200余人。\n';
    expect(found(t).filter((w) => w[0]).map((w) => w[1])).toEqual([null]);
  });
  it('gives no level to a workshop after ； from the conferment the item before it tells of', () => {
    const t = '全县建成各级创新工作室十二个。其中，由某乳业公司经理王德林领衔的“雪域酸奶”劳模创新工作室，今年被某州总工会命名为州级示范工作室；由某镇刺绣艺人李秀兰领衔的藏绣技能大师工作室，带出绣娘一百二十余人。\n';
    expect(found(t).filter((w) => w[0]).map((w) => w[2])).toEqual(['municipal', null]);
  });
});
