// Round 53 of issue 18 (honours): a 申报 the sentence goes on from to the act of conferring in a clause of its own
// (申报…N个，经评估，认定…为H) is a record, not a plan; a plain 申报 of what is to come stays a plan.
// Text written for these tests.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';

const r = confermentRules();
const honours = (text: string) => confermentHonours(text, null, r, null).map((h) => [h.name, h.count]);

describe('a counted 申报 followed by the act of conferring', () => {
  it('keeps 认定…等N个工作室为H after 申报 X N个 and a 经 clause', () => {
    expect(honours('今年各单位申报职工技能创新工作室14个，经材料审核、实地察看，最终有6个通过评审，认定某某机械厂数控加工职工创新工作室等6个工作室为“青禾县职工创新工作室”。'))
      .toContainEqual(['青禾县职工创新工作室', 6]);
  });

  it('keeps 认定… after 收到申报材料N份', () => {
    expect(honours('本批共收到申报材料9份，经专家评审和公示，认定某某酒厂酿造技能大师工作室等4个工作室为“青禾县技能大师工作室”。'))
      .toContainEqual(['青禾县技能大师工作室', 4]);
  });

  it('still reads a call to apply as a plan', () => {
    expect(honours('请各单位于11月底前组织申报，符合条件的工作室将命名为“青禾县技能大师工作室”。')).toEqual([]);
  });
});

describe('a commendation in dispatches (予以通报表彰) whose recipients’ noun is the honour', () => {
  it('reads both counted nouns of 对 X 等N个先进集体、对 Y 等N名先进个人予以通报表彰', () => {
    const got = honours('县总工会决定对某某果业合作社分选车间等6个先进集体、对周某、吴某等15名先进个人予以通报表彰。');
    expect(got).toContainEqual(['先进集体', 6]);
    expect(got).toContainEqual(['先进个人', 15]);
  });

  it('reads no honour in a mention in dispatches (通报表扬)', () => {
    expect(honours('对某某物流公司等3个班组予以通报表扬。')).toEqual([]);
  });
});

describe('a stock of one title whose bracket counts a past round (“H”N名（含首届M名）)', () => {
  it('reads the round as one more conferment of that title, with the bracket’s count', () => {
    const got = honours('截至目前，全县共有“青禾工匠”21名（含首届评选的9名），另有“某某省技术能手”3名。');
    expect(got).toContainEqual(['青禾工匠', 21]);
    expect(got).toContainEqual(['青禾工匠', 9]);
  });

  it('reads no round in a bracket that counts a kind of holder (含女性N名)', () => {
    expect(honours('截至目前，全县共有“青禾工匠”21名（含女性6名）。')).not.toContainEqual(['青禾工匠', 6]);
  });
});
