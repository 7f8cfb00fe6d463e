// Round 31 of issue 18 (honours in running text): a bare kind (奖章, 工人先锋号) counted in the sentence that quoted
// its full title names that title; a total of a bare kind (全市首席技师目前已达N名) is of the one title of that kind
// conferred before it; the holders 获得表彰的 N 人 counted again; an annex list of 获奖职工; a notice's headline broken
// over lines names no conferment. Sentences written for these tests, other places and both scripts.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';

const r = confermentRules();
const got = (text: string, title: string | null = null) =>
  confermentHonours(foldToSimplified(text), null, r, title).map((h) => [h.name, h.count, h.rule]);

describe('a bare kind counted after its sentence quoted the full title', () => {
  it('names the quoted title of that kind', () => {
    expect(got('州总工会公布了“恩施州五一劳动奖章”和“恩施州工人先锋号”名单，我县共有5名职工获得奖章、2个班组获评工人先锋号。')
      .map((h) => [h[0], h[1]])).toEqual([['恩施州五一劳动奖章', 5], ['恩施州工人先锋号', 2]]);
    expect(got('州總工會公佈了「湘西州五一勞動獎章」名單，我市共有3名職工獲得獎章。').map((h) => [h[0], h[1]]))
      .toEqual([['湘西州五一劳动奖章', 3]]);
  });
  it('keeps the bare kind when two titles of that kind were quoted', () => {
    expect(got('公布了“甲州五一劳动奖章”和“乙市五一劳动奖章”名单，我县共有5名职工获得奖章。').map((h) => h[0])).toEqual(['奖章']);
  });
});

describe('later counts of the holders', () => {
  it('reads 获得表彰的 N 人 as the holders of the conferment just reported', () => {
    expect(got('授予张某、李某等9名同志第二批“丰城工匠”称号。获得表彰的9人，来自制造业的5人。')).toEqual([
      ['丰城工匠', 9, 'conferment.grant'], ['丰城工匠', 9, 'conferment.anaphora']]);
  });
  it('reads a total of the bare kind as the one title of that kind conferred before', () => {
    expect(got('确定张某、李某等5人为“介休市首席技师”，聘期三年。全市首席技师目前已达23名。').map((h) => [h[0], h[1]]))
      .toEqual([['介休市首席技师', 5], ['介休市首席技师', 23]]);
  });
});

describe('the prize-winners as a subject', () => {
  it('reads no title from 获奖选手 and what follows', () => {
    expect(got('比赛产生一等奖4名，4名获奖选手经县人社局核准晋升为高级工。')).toEqual([]);
  });
});

describe('an annex list of the prize-winning workers', () => {
  it('reads 获奖职工名单（N名） as a list of holders', () => {
    expect(got('附件2\n2024年罗定市五一劳动奖章获奖职工名单（12名）\n王某　某公司焊工').map((h) => [h[0], h[1], h[2]]))
      .toEqual([['罗定市五一劳动奖章', 12, 'conferment.list-heading']]);
  });
});

describe('a notice headline broken over lines', () => {
  it('names no conferment of its own', () => {
    const text = '某县总工会关于授予2024年某县五一劳动奖状、\n五一劳动奖章和工人先锋号的决定\n\n授予张某等6名职工“某县五一劳动奖章”。\n';
    const names = extractAll(textContext(text), ['named']).awards.map((a) => [a.name, a.count]);
    expect(names.filter((n) => n[1] === null)).toEqual([]);
  });
});
