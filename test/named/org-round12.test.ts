// Organisations, round 12 of issue 18: a unit's team or group read whole, on sentences written for
// this test (other provinces, both scripts); each mechanism with the cases it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

function orgs(text: string): string[] {
  const ctx = textContext(foldToSimplified(text));
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => e.name.replace(/\s+/g, ''));
}

describe("a school's subject group after the school (jieba reads 中学语文 as one word)", () => {
  it('the group is the unit, in a list and before an act of receiving', () => {
    expect(orgs('株洲县人民医院儿科、醴陵市第一中学数学教研组\n')).toContain('醴陵市第一中学数学教研组');
    expect(orgs('柳州市第三中学語文教研組獲評巾幗文明崗。\n')).toContain('柳州市第三中学语文教研组');
  });
  it('keeps: the school alone, and its subject as a course', () => {
    expect(orgs('醴陵市第一中学今年获评文明校园。\n')).toContain('醴陵市第一中学');
    expect(orgs('醴陵市第一中学语文教师王某获奖。\n').some((n) => n.includes('教研'))).toBe(false);
  });
});

describe('a team after its unit, ended by 曾获, 获奖, 称号 or 榜上有名', () => {
  it('the team is read with its unit', () => {
    expect(orgs('安顺市人民医院急诊科曾获全国巾帼文明岗称号。\n')).toContain('安顺市人民医院急诊科');
    expect(orgs('在今年的名单中，遵义水务有限公司管网抢修班榜上有名。\n')).toContain('遵义水务有限公司管网抢修班');
  });
  it('keeps: a unit before a verb of its own', () => {
    expect(orgs('安顺市人民医院曾获全国文明单位称号。\n')).toContain('安顺市人民医院');
  });
});

describe("a commission's shock team, a town's shock team", () => {
  it('a district commission written by its seat, then its team', () => {
    expect(orgs('區城市管理委員會市容整治青年突擊隊\n')).toContain('区城市管理委员会市容整治青年突击队');
  });
  it('a town names its shock team', () => {
    expect(orgs('授予古镇镇灯饰产业青年突击队等3支队伍称号。\n')).toContain('古镇镇灯饰产业青年突击队');
  });
  it('keeps: a shock team of no place is a kind, not a unit', () => {
    expect(orgs('全区共组建青年突击队52支。\n')).toEqual([]);
    expect(orgs('各级团组织要组建青年突击队。\n')).toEqual([]);
  });
});

describe("a street office's or a town's service unit is one name", () => {
  it('a street and its community health centre', () => {
    const got = orgs('哈尔滨市道里区新阳路街道社区卫生服务中心、尚志市亚布力镇卫生院\n');
    expect(got).toContain('哈尔滨市道里区新阳路街道社区卫生服务中心');
    expect(got).not.toContain('社区卫生服务中心');
  });
  it('keeps: a street office and a town hospital listed apart', () => {
    const got = orgs('哈尔滨市道里区新阳路街道、尚志市亚布力镇卫生院\n');
    expect(got).toEqual(expect.arrayContaining(['哈尔滨市道里区新阳路街道', '尚志市亚布力镇卫生院']));
  });
});

describe('a preposition or verb glued before a body is no part of its name', () => {
  it('the seats of Inner Mongolia (盟, 旗) after 由 and 受', () => {
    const got = orgs('由盟总工会、盟人力资源和社会保障局联合发文。\n');
    expect(got.some((n) => n.startsWith('由'))).toBe(false);
    expect(orgs('受旗人民政府委托，现将全旗工作报告如下。\n').some((n) => n.startsWith('受'))).toBe(false);
  });
  it('前 of a deadline before 向 (月底前向市总工会报送)', () => {
    expect(orgs('各单位于每年6月底前向市总工会报送总结。\n').some((n) => n.startsWith('前'))).toBe(false);
  });
  it('an enumeration 三是 opens no name', () => {
    expect(orgs('三是基层工会经费保障不足。\n')).toEqual([]);
  });
  it('an appointing verb (聘任, 聘请) before a company', () => {
    const got = orgs('聘任赤峰远航机械制造有限公司王某等15名高技能人才为首席技师。\n');
    expect(got).toContain('赤峰远航机械制造有限公司');
    expect(got.some((n) => n.startsWith('聘'))).toBe(false);
  });
  it('keeps: 前 and 盟 inside names', () => {
    expect(orgs('前进区总工会开展送清凉活动。\n')).toContain('前进区总工会');
    expect(orgs('乌拉特前旗人民政府召开会议。\n')).toContain('乌拉特前旗人民政府');
    expect(orgs('锡林郭勒盟总工会开展活动。\n')).toContain('锡林郭勒盟总工会');
  });
});

describe('a bureau named by two portfolios joined by 与 is one name', () => {
  it('the seat and both portfolios, both scripts', () => {
    expect(orgs('縣總工會聯合縣海洋與漁業局開展活動。\n')).toEqual(expect.arrayContaining(['县海洋与渔业局']));
    expect(orgs('会议由市自然资源与规划局承办。\n')).toContain('市自然资源与规划局');
  });
  it('keeps: two bodies joined by 与', () => {
    const got = orgs('市总工会与规划局联合发文。\n');
    expect(got).toContain('市总工会');
    expect(got.some((n) => n.includes('与'))).toBe(false);
  });
});
