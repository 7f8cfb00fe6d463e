// Round 49 of issue 18: the level a named workshop holds is said after its name. Raised to a higher title (…工作室
// 今年由县级工作室升级为省级…工作室), it holds the later one, never the one it left; a year may open the clause that says it
// was recognised (…工作室设在某学校，2024年被认定为某市级…); a copula right after the name gives the grade it holds
// (“某某工作室”为某市级…工作室), even in a proposal that names none yet. Sentences written for these tests (invented names,
// places and trades).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
/** the named workshops of `t` as [name, level], read in a county's document */
const levels = (t: string, title: string | null = null) =>
  namedWorkshops(t, title, [], cuePeople(t, pr), pr, wn, { city: 'county', issuer: null }).filter((w) => w.name).map((w) => [w.name, w.level]);

describe('a workshop raised to a higher title holds the later level', () => {
  it('in its own sentence, past the level it left', () => {
    expect(levels('由高级技师张某某领衔的青石竹编技能大师工作室今年4月由县级技能大师工作室升级为省级技能大师工作室。'))
      .toEqual([['青石竹编技能大师工作室', 'provincial']]);
    expect(levels('由省劳动模范李某某领衔的柳河蚕桑创新工作室，去年由县级工作室升级为省级工作室，带徒30余人。'))
      .toEqual([['柳河蚕桑创新工作室', 'provincial']]);
  });
  it('in the next sentence whose subject it is, a paragraph break between', () => {
    const t = '高级技师张某某领衔的“白沙茶叶加工技能大师工作室”已开办培训班12期。\n　　今年5月，该工作室由县级技能大师工作室升格为省级技能大师工作室。';
    expect(levels(t)).toEqual([['白沙茶叶加工技能大师工作室', 'provincial']]);
  });
  it('not when another workshop is named between', () => {
    const t = '高级技师张某某领衔的白沙茶叶加工技能大师工作室开班。青石铸造技能大师工作室去年由县级升级为省级技能大师工作室。';
    expect(levels(t)[0]).toEqual(['白沙茶叶加工技能大师工作室', null]);
  });
});

describe('a level said right after the name', () => {
  it('a year opening the clause that says it was recognised', () => {
    expect(levels('由技师刘某某领办的松岭刺绣技能大师工作室设在县职业学校，2023年被认定为省级技能大师工作室，已培训学员800人次。'))
      .toEqual([['松岭刺绣技能大师工作室', 'provincial']]);
    expect(levels('由技师刘某某领办的松岭刺绣技能大师工作室设在县职业学校，已培训学员800人次。')).toEqual([['松岭刺绣技能大师工作室', null]]);
  });
  it('a copula and a graded title, in a proposal too', () => {
    const t = '经评审，拟认定王某某等6名同志为“某县工匠”，现予以公示。其中，王某某领衔的“王某某木雕技能大师工作室”为省级技能大师工作室。';
    expect(levels(t, '关于拟认定某县工匠的公示')).toEqual([['王某某木雕技能大师工作室', 'provincial']]);
  });
  it('a copula whose title states no grade gives none', () => {
    expect(levels('王某某领衔的“王某某木雕技能大师工作室”为全县第一个技能大师工作室。')).toEqual([['王某某木雕技能大师工作室', null]]);
  });
});

// A conferment that lists workshops and its count then 为 H (研究确定A、B等12个工作室为首批“某某工匠”工作室) gives H's
// level to each it lists; a county's own brand (“某某工匠”, the place's short name) is that county's, when the document
// writes the place in full and the issuer is of its level.
describe('a listed conferment to a county brand', () => {
  const county = (t: string) =>
    namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, { city: 'county', issuer: 'county' }).filter((w) => w.name).map((w) => [w.name, w.level]);
  const conferred = '县产改办研究确定，以“某省工匠”张某某为领衔人的蚕桑养殖工匠工作室、设在县人民医院的康复护理工匠工作室等9个工作室为首批“遂昌工匠”工作室。';
  it('the brand of a place the text writes in full', () => {
    expect(county(`遂昌县召开大会。${conferred}`)).toEqual([['蚕桑养殖工匠工作室', 'county'], ['康复护理工匠工作室', 'county']]);
  });
  it('no place of that short name, or one of another level than the issuer: no level', () => {
    expect(county(conferred)).toEqual([['蚕桑养殖工匠工作室', null], ['康复护理工匠工作室', null]]);
    const t = '市人社局认定某市中医院针灸推拿技能大师工作室、某公司张某某焊接技能大师工作室等5个工作室为第二批“永嘉技能名匠”工作室。永嘉县人社局参加。';
    expect(namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn, { city: 'municipal', issuer: 'municipal' }).filter((w) => w.name).map((w) => w.level)).not.toContain('county');
  });
});
