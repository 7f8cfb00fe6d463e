// Round 75 on honours: a counted list read to 十二 (等十一名同志), one list of the ranks of the bodies that confer
// (rules/levels.yaml level.body-ranks), and later counts of the holders of a conferment.
import { describe, expect, it } from 'vitest';
import { confermentHonours, confermentRules } from '../../src/extract/named/conferment.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const found = (t: string, province: string) =>
  confermentHonours(foldToSimplified(t), province, r).map((h) => [h.name, h.count]);

describe('a 、-list counted after 等 in Chinese numerals past ten', () => {
  const p = peopleRules();
  const list = '王建林、杨拉姆措、石建国、阿说莫色、马文华、李红梅、张志强、刘海燕、陈国平、赵丽娟、孙德明';
  it('vouches for its items when 等十一名 counts them', () => {
    const names = cuePeople(`会上为${list}等十一名同志颁发证书。`, p).map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['杨拉姆措', '阿说莫色']));
  });
  it('reads nothing new when 等十二名 does not match its eleven items', () => {
    expect(cuePeople(`会上为${list}等十二名同志颁发证书。`, p).map((x) => x.name)).not.toContain('杨拉姆措');
  });
});

describe('the ranks of the bodies that confer come from one list', () => {
  it('reads an act received after 地区级 as no title', () => {
    expect(found('今年全县有3名职工获地区级表彰。', '新疆维吾尔自治区')).toEqual([]);
    expect(found('今年全县有1个班组获省州表彰。', '青海省')).toEqual([]);
  });
  it('reads a bare grade over levels after 地区, counted as a part, as no conferment of that count', () => {
    // (the uncounted mention left is dropped later, with every bare grade over levels: withoutLevelSpans)
    expect(found('其中5个已被命名为地区级以上工作室。', '新疆维吾尔自治区')).not.toContainEqual(['地区级以上工作室', 5]);
    expect(found('其中5个已被命名为州级以上工作室。', '青海省')).not.toContainEqual(['州级以上工作室', 5]);
  });
});

describe('a later count of the holders goes on to what they did together, a group of them or a survey of them', () => {
  it('counts the holders again before 共 and a verb', () => {
    expect(found('县总工会授予张某某等8名同志“某某县草原工匠”称号。近年来，8名工匠共完成技术革新项目29项。', '内蒙古自治区')
      .filter(([n, k]) => n === '某某县草原工匠' && k === 8)).toHaveLength(2);
  });
  it('counts them again in 从…看 and 以这N个…为榜样', () => {
    const t = '命名某某工作室等5个工作室为“某某县职工创新工作室”。从入选的5个工作室看，分布在4个领域。各基层工会要以这5个工作室为榜样。';
    expect(found(t, '四川省').filter(([n, k]) => n === '某某县职工创新工作室' && k === 5)).toHaveLength(3);
  });
  it('counts them again as the set a part is drawn from (从N名…中)', () => {
    expect(found('授予某某等6名机采手“某某县棉花机采能手”称号。县总工会将从6名机采能手中推荐2名参评。', '新疆维吾尔自治区')
      .filter(([n, k]) => n === '某某县棉花机采能手' && k === 6)).toHaveLength(2);
  });
  it('reads no later count of another set (从16名候选人中)', () => {
    expect(found('授予某某等6名机采手“某某县棉花机采能手”称号。此前从16名候选人中评出6名。', '新疆维吾尔自治区')
      .filter(([, k]) => k === 16)).toEqual([]);
  });
});

describe('the places a notice allots are a quota, no holders', () => {
  it('reads no honour in 推荐名额为H N名', () => {
    expect(found('市总工会分配我区推荐名额为五一劳动奖章8名、工人先锋号3个。', '西藏自治区')).toEqual([]);
  });
});

describe('the stock of one title a body names, summed up with its count', () => {
  it('reads 累计评定“H”N家 as that title', () => {
    expect(found('截至2025年底，全县已累计评定“某某县和谐劳动关系企业”35家。', '贵州省')).toContainEqual(['某某县和谐劳动关系企业', 35]);
  });
  // round 77: a levelled unquoted title is an entry by the golds' majority (held41, 66, 67, 71, 72, 73 count it; held3,
  // held38 do not); a kind with no level, or over levels (县级以上), stays a figure
  it('reads an unquoted levelled title as one more entry, a kind over levels as a figure (累计命名县级…工作室N个)', () => {
    expect(found('全县累计命名县级职工创新工作室35个，其中省级3个。', '安徽省').filter(([, k]) => k === 35)).toEqual([['县级职工创新工作室', 35]]);
    expect(found('全县累计命名县级以上职工创新工作室35个。', '安徽省').filter(([, k]) => k === 35)).toEqual([]);
  });
});
