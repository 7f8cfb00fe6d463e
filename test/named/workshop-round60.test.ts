// Round 60: workshops written in running text and referred back by a short form (某某工作室 for the one its leader
// leads, a craft and the bare 工作室 for the one named for that craft): the mention is that workshop, under its whole
// name; leaders handed out in order after their titles (分别由“某某工匠”甲、县级劳动模范乙领衔); the level of the title a
// counted conferment gives the workshop it names (命名A等4个工作室为第二批“某县…工作室”) and of an annex title closed by
// its count (附件：…名单（共3个）). Sentences written for these tests (invented names and trades).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
/** the named workshops of `t` as [name, leader, level], read in a county's document */
const read = (t: string, title: string | null = null) =>
  namedWorkshops(t, title, [], cuePeople(t, pr), pr, wn, { city: 'county', issuer: null }).filter((w) => w.name).map((w) => [w.name, w.leader, w.level]);

describe('a short form that refers back to a workshop named in full', () => {
  it('by its leader: 某某工作室', () => {
    const t = '砂锅烧制技能大师工作室由“某某工匠”祁永年领衔，该工作室今年带徒12名，祁永年工作室研发新釉料3种。';
    expect(read(t).filter((x) => x[1] === '祁永年').map((x) => x[0])).toEqual(['砂锅烧制技能大师工作室', '砂锅烧制技能大师工作室']);
  });
  it('by its craft and the bare 工作室', () => {
    const t = '县总工会认定腊肉熏制职工创新工作室、线束装配职工创新工作室2个工作室为县级职工创新工作室。\n腊肉熏制工作室领衔人宓春兰是县级劳动模范，带徒20名。';
    expect(read(t).map((x) => [x[0], x[1]])).toContainEqual(['腊肉熏制职工创新工作室', '宓春兰']);
    expect(read(t).map((x) => x[0])).not.toContain('腊肉熏制工作室');
  });
  it('not a name no workshop in full fits', () => {
    expect(read('他的祁永年工作室今年带徒12名。').map((x) => x[0])).not.toContain('砂锅烧制技能大师工作室');
  });
});

describe('leaders handed out in order after their titles', () => {
  it('a quoted honour, a grade and a post before each name', () => {
    const t = '其余3家分别是某某电子有限公司线束装配职工创新工作室、某某食品有限公司腊肉熏制职工创新工作室和某某学校汽车钣金职工创新工作室，分别由“某某工匠”甘立新、县级劳动模范宓春兰和高级讲师庹国强领衔。';
    expect(read(t).map((x) => [x[0], x[1]])).toEqual([
      ['线束装配职工创新工作室', '甘立新'], ['腊肉熏制职工创新工作室', '宓春兰'], ['汽车钣金职工创新工作室', '庹国强'],
    ]);
  });
});

describe('the level of the title a counted conferment gives', () => {
  it('a batch and a quoted county title after 等N个工作室为', () => {
    const t = '县总工会决定，命名遂昌县青禾茶叶加工劳模创新工作室等4个工作室为第二批“遂昌县劳模创新工作室”。\n青禾茶叶加工劳模创新工作室由县级劳动模范宓春兰领衔。';
    expect(read(t).map((x) => x[2])).toEqual(['county', 'county']);
  });
  it('an annex title closed by its count', () => {
    const t = '现予公布。\n附件：第二批遂昌县技能大师工作室名单（共2个）\n| 序号 | 工作室名称 | 带头人 |\n| 1 | 竹编技能大师工作室 | 宓春兰 |';
    expect(read(t)).toContainEqual(['竹编技能大师工作室', '宓春兰', 'county']);
  });
});

describe('a word of two after a clause of building is the craft\'s, no unit', () => {
  it('建设的|景区|导览服务', () => {
    const t = '依托某某旅游有限公司建设的景区导览服务技能大师工作室，带头人是“某某工匠”宓春兰，今年培训讲解员150余名。';
    expect(read(t).map((x) => [x[0], x[1]])).toEqual([['景区导览服务技能大师工作室', '宓春兰']]);
  });
});

describe('a leader after a run of titles parted by 、', () => {
  it('由 a post、a quoted medal and 获得者, then the name and the lead verb', () => {
    const t = '现将有关情况通报如下。艾灸理疗职工创新工作室由县中医院康复科主任、“某省五一劳动奖章”获得者宓春兰领衔，今年培训村医120名。';
    expect(read(t).map((x) => [x[0], x[1]])).toContainEqual(['艾灸理疗职工创新工作室', '宓春兰']);
  });
});
