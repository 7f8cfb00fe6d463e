// Round 80 on honours: a plan that names the nominees (拟命名人选中) gives way to a perfect that counts the holders of
// a title among them (已有2人获得过“H”): rules/conferment.yaml mood turn, read into the sentence after the match.
// A dictionary title counted in Chinese numerals right after it (五一巾帼标兵岗二十九个) is counted, no longer word.
import { describe, expect, it } from 'vitest';
import { extractAwards } from '../../src/extract/awards.js';
import { confermentHonours, confermentRules } from '../../src/extract/named/conferment.js';
import { textContext } from '../../src/extract/named/doc.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const found = (t: string, province: string) =>
  confermentHonours(foldToSimplified(t), province, r).map((h) => [h.name, h.count]);

describe('a perfect of counted holders after a plan word', () => {
  it('counts the holders the perfect names, each clause its own title', () => {
    expect(found('拟命名人选中已有2人获得过“拉萨市技术能手”称号，1人获得过西藏自治区五一劳动奖章。', '西藏自治区')).toEqual([
      ['拉萨市技术能手', 2],
      ['西藏自治区五一劳动奖章', 1],
    ]);
  });
  it('reads the traditional script alike', () => {
    expect(found('擬命名人選中已有3名職工獲得過“拉薩市技術能手”稱號。', '西藏自治区')).toEqual([['拉萨市技术能手', 3]]);
  });
  it('keeps a plan with no perfect a plan', () => {
    expect(found('拟推荐2人获得“拉萨市技术能手”称号。', '西藏自治区')).toEqual([]);
    expect(found('拟命名人选中将有2人获得“拉萨市技术能手”称号。', '西藏自治区')).toEqual([]);
  });
});

describe('a dictionary title counted in Chinese numerals right after it', () => {
  const names = (text: string) => extractAwards(textContext(text)).map((a) => `${a.name}×${a.count ?? '∅'}`);
  it('reads each item of a stock list with its count', () => {
    expect(names('截至目前，全县已有五一巾帼标兵八十六名、五一巾帼标兵岗二十九个。')).toEqual(
      expect.arrayContaining(['五一巾帼标兵岗×29']),
    );
  });
  it('still reads a title glued to a longer word as part of it', () => {
    expect(names('全县已有五一巾帼标兵岗位二十九个。')).not.toContain('五一巾帼标兵岗×29');
  });
});

describe('金牌工人 ends an honour', () => {
  it('reads the holders counted again after the naming as that title', () => {
    const t = '县总工会召开首届“富宁金牌工人”命名大会，为农某、陆某等20名一线职工颁发证书和奖牌。从行业分布看，这20名金牌工人中，来自农业的6名。';
    expect(found(t, '云南省')).toEqual([
      ['富宁金牌工人', 20],
      ['富宁金牌工人', 20],
    ]);
  });
});
