// Round 13 of issue 18 (held19's misses): honours counted with a quoted title whatever the verb of
// conferment, a decision to confer read as the conferment, a participle's bare kind read back to the one
// title the document confers. Sentences written for these mechanisms, other provinces, both scripts.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const got = (text: string, province: string | null = null) =>
  confermentHonours(foldToSimplified(text), province, r).map((h) => [h.rule, h.name, h.count]);

describe('a count directly before a quoted title in a clause of conferment (对…N名“H”予以命名 / 进行表彰)', () => {
  it('reads the title with its count after a qualified 对, the ordinal kept out', () => {
    expect(got('市总工会召开首届“滇中工匠”命名大会，对经推荐评审产生的20名“滇中工匠”予以命名。')).toEqual([['conferment.commend-list', '滇中工匠', 20]]);
    expect(got('會上，對評選出的6名首屆「閩東工匠」和15名縣級勞動模範進行表彰。')).toEqual([
      ['conferment.commend-list', '闽东工匠', 6], ['conferment.commend-list', '县级劳动模范', 15]]);
  });
  it('takes no training or check for a commendation, and no bare 工匠', () => {
    expect(got('对30名工匠进行培训。')).toEqual([]);
    expect(got('大力弘扬工匠精神，开展“工匠”进校园活动，30名工匠参加培训。')).toEqual([]);
    expect(got('对参训的30名职工进行表彰前的考核。')).toEqual([]);
  });
});

describe('the recipients of 将…命名为 may carry a clause of their own', () => {
  it('reads the title after a long noun of the recipients, in either script', () => {
    expect(got('縣總工會將李某、王某等8名紮根一線的技術技能人才命名為“涪陵工匠”。')).toEqual([['conferment.name-as', '涪陵工匠', 8]]);
  });
});

describe('a decision to confer is the conferment, whatever the purpose clause launches', () => {
  it('reads 决定命名 after 开展…活动 in the purpose, and the participle back to that title', () => {
    const t = '为广泛开展群众性技术创新活动，经评审，市总工会决定命名某公司“启明”职工创新工作室等7个工作室为第三批黄冈市职工创新工作室。\n命名的7个职工创新工作室中，有3个由劳模领衔。';
    expect(got(t).filter((x) => x[1] === '黄冈市职工创新工作室')).toEqual([
      ['conferment.name-as', '黄冈市职工创新工作室', 7], ['conferment.participle', '黄冈市职工创新工作室', 7]]);
  });
  it('leaves an activity still planned a plan', () => {
    expect(got('今年将开展技术创新活动，命名职工创新工作室等5个工作室为市级职工创新工作室。')).toEqual([]);
  });
  it('reads a first batch’s participle back to the document’s one title of that kind', () => {
    const t = '召开第二届“赣南工匠”命名大会，对产生的25名“赣南工匠”予以命名。首届命名的20名工匠中，已有3人获评“江西工匠”。';
    expect(got(t).map((x) => [x[1], x[2]])).toContainEqual(['赣南工匠', 20]);
  });
});

describe('the holders named before their count with 等', () => {
  it('reads 获得H的某某等N名职工', () => {
    expect(got('去年获得阜阳市五一劳动奖章的张某等3名职工作交流发言。')).toEqual([['conferment.holders', '阜阳市五一劳动奖章', 3]]);
  });
});
