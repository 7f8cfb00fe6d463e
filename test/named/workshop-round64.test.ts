// Round 64: workshops led by two people (由甲和乙共同领衔, a leader cell 甲、乙: the first-named leads) and a pair taken up
// as the former and the latter (…为A和B。前者由甲领衔…；后者…由乙领衔). Sentences written for these tests (invented names
// and trades).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
/** the named workshops of `t` as [name, leader] */
const read = (t: string) =>
  namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, { city: 'county', issuer: null }).filter((w) => w.name).map((w) => [w.name, w.leader]);

describe('a workshop led by two', () => {
  it('由 a post and a name 和 a post and a name 共同领衔: the first-named', () => {
    const t = '某某县宏达机械有限公司的轴承装配职工创新工作室由高级技师宓春兰和技师庹国强共同领衔，两年来完成改进12项。';
    expect(read(t)).toContainEqual(['轴承装配职工创新工作室', '宓春兰']);
  });
  it('a note in brackets after the first name, a count before the adverb', () => {
    const t = '县总工会还成立了竹编技艺技能大师工作室，由甘立新（女，畲族）和宓春兰两人一同领衔，计划每年培训100人次。';
    expect(read(t)).toContainEqual(['竹编技艺技能大师工作室', '甘立新']);
  });
  it('never the words before the adverb', () => {
    const t = '某某县宏达机械有限公司的轴承装配职工创新工作室由高级技师宓春兰和技师庹国强共同领衔。';
    expect(read(t).map((x) => x[1])).not.toContain('强共同');
  });
  it('a table cell of two names', () => {
    const t = '附件：名单\n| 序号 | 工作室名称 | 依托单位 | 领衔人 |\n| 1 | 茶叶精制职工创新工作室 | 某某茶业有限公司 | 宓春兰、庹国强 |';
    expect(read(t)).toContainEqual(['茶叶精制职工创新工作室', '宓春兰']);
  });
});

describe('the former and the latter', () => {
  it('each of a pair gets the leader its own clause gives', () => {
    const t = '另外2个工作室为山地农机维修职工创新工作室和创伤急救职工创新工作室。前者由农机修理工庹国强领衔，今年维修农机具600余台次；后者依托县人民医院建立，由主治医师宓春兰（女）领衔，团队建成急救网络。\n附件：名单\n| 序号 | 工作室名称 | 领衔人 |\n| 1 | 山地农机维修职工创新工作室 | 庹国强 |\n| 2 | 创伤急救职工创新工作室 | 宓春兰 |';
    expect(read(t).slice(0, 2)).toEqual([['山地农机维修职工创新工作室', '庹国强'], ['创伤急救职工创新工作室', '宓春兰']]);
  });
});

describe('the level a notice title gives, its county written short', () => {
  it('a short form of an autonomous county before the type', () => {
    const t = '命名甲乙等2个工作室。\n塔城镇木碗制作技能大师工作室领办人扎西尼玛从事木碗制作20年。';
    const ws = namedWorkshops(t, '关于命名第一批维西县技能大师工作室和认定维西县乡土技能人才的通知', [], cuePeople(t, pr), pr, wn, { city: 'county', issuer: null });
    expect(ws.filter((w) => w.name).map((w) => w.level)).toContain('county');
  });
});
