// Round 14 of issue 18: named workshops and their leaders, and people, by grammar: a leader bound where
// the text states it, a motto's short form, a place at the start of a name, items of an enumeration of
// workshops; people in role positions (the subject of an age or tenure clause, a 、-list before 等N名,
// a double surname after a post). Sentences written for these tests, in both scripts.
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { leaderPeople, namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const named = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn);
const run = (t: string) => named(t).map((w) => [w.name, w.type, w.leader]);
const people = (t: string) => cuePeople(t, pr).map((p) => [p.name, p.role]);

describe('a leader bound by the label where the text states it', () => {
  it('in a later clause of the name sentence, after the titles that follow the label', () => {
    expect(run('9月上旬，设在古城街道的“醋香”技能大师工作室举办传承班，工作室领办人、太原市技能大师郝建军为来自4家企业的学徒授课。'))
      .toEqual([['“醋香”技能大师工作室', '技能大师工作室', '郝建军']]);
  });
  it('in the next sentence whose subject is the workshop (traditional script)', () => {
    expect(run(foldToSimplified('“匠心”創新工作室由某某機械有限公司設立。該工作室負責人陳建平是省勞動模範。')))
      .toEqual([['“匠心”创新工作室', '创新工作室', '陈建平']]);
  });
  it("not across another workshop named between: the label is that one's", () => {
    expect(run('“晨光”创新工作室今年完成攻关5项，“远航”创新工作室带头人韩志刚介绍了经验。').map((x) => x[2])).toEqual([null, '韩志刚']);
  });
  it('makes the bound leader a person where the label names them', () => {
    const t = '某某市“茶韵飘香”白茶制作技艺技能大师工作室榜上有名。“茶韵飘香”工作室由某某茶业有限公司建立，带头人韦建兴从事白茶制作工作二十年。';
    expect(leaderPeople(named(t), t, wn).map((p) => [p.name, p.role])).toEqual([['韦建兴', '带头人']]);
  });
});

describe('a motto-named workshop and its short form', () => {
  it('names the full form when the text lists it, and links the short form to its type', () => {
    const t = '近日，某市公布市级技能大师工作室评审结果，某某市“茶韵飘香”白茶制作技艺技能大师工作室榜上有名。“茶韵飘香”工作室由某某茶业有限公司建立，带头人韦建兴从事白茶制作工作二十年。';
    expect(run(t)).toEqual([
      ['“茶韵飘香”白茶制作技艺技能大师工作室', '技能大师工作室', null],
      ['“茶韵飘香”工作室', '技能大师工作室', '韦建兴'],
    ]);
    expect(named(t).map((w) => w.level)).toEqual(['municipal', 'municipal']);
  });
  it('takes no bare motto 工作室 the text names nowhere in full', () => {
    expect(run('“童心”工作室本学期开展活动。')).toEqual([]);
  });
});

describe('a place or a unit at the start of a name is never its leader', () => {
  it('drops a 街道 or a 镇 read as a person', () => {
    expect(run('古城街道技能大师工作室开展带徒传承')).toEqual([]);
    expect(run(foldToSimplified('黃莊鎮焊接技能大師工作室舉辦培訓班'))).toEqual([]);
  });
});

describe('items of an enumeration of workshops', () => {
  it('takes a unit-named item with no leader, a motto with a long craft, a bare type', () => {
    expect(run('新命名县级劳模创新工作室3个，分别是王立强木雕创新工作室、“温泉”服务创新工作室和某某县中医医院推拿创新工作室。').map((x) => x[0]))
      .toEqual(['王立强木雕创新工作室', '“温泉”服务创新工作室', '推拿创新工作室']);
    expect(run('分别是某某医院杨文华劳模创新工作室和某某公共交通有限公司“暖心2路”驾驶员服务工作室。').map((x) => x[0]))
      .toEqual(['杨文华劳模创新工作室', '“暖心2路”驾驶员服务工作室']);
    expect(run('认定某某电气有限公司郝建国技能大师工作室、某某市中心医院“仁心”护理技能工作室等5个工作室为市级名匠工作室。').map((x) => x[0]))
      .toEqual(['郝建国技能大师工作室', '“仁心”护理技能工作室']);
  });
  it('takes no unit-named workshop outside an enumeration', () => {
    expect(run('某某建工有限公司钢筋工技能大师工作室挂牌成立。')).toEqual([]);
  });
  it('opens a name at the leader written before its motto, or at a surnameless leader in quotes', () => {
    expect(run('| 序号 | 工作室名称 | 依托单位 | 领衔人 |\n| --- | --- | --- | --- |\n| 5 | 雷秀芳“指尖畲韵”服饰技能大师工作室 | 某某服饰有限公司 | 雷秀芳 |'))
      .toEqual([['雷秀芳“指尖畲韵”服饰技能大师工作室', '技能大师工作室', '雷秀芳']]);
    expect(run(foldToSimplified('某某鎮“才讓東珠藏毯編織技能大師工作室”今年入選州級名單。'))).toEqual([['才让东珠藏毯编织技能大师工作室', '技能大师工作室', '才让东珠']]);
    expect(run('“安徽省示范性劳模创新工作室”授牌仪式举行。')).toEqual([]);
  });
  it('reads an annex line numbered 一、二、 with its leader labelled below', () => {
    expect(run('二、某某化肥有限公司合成氨工艺创新工作室\n　　领衔人：任宝国')).toEqual([['合成氨工艺创新工作室', '创新工作室', '任宝国']]);
  });
});

describe('people in role positions', () => {
  it('the subject of an age or a tenure clause', () => {
    expect(people('在这些工匠中，年龄最小的韩家宁26岁，是一家酒店的主管。')).toEqual([['韩家宁', null]]);
    expect(people(foldToSimplified('　　羅德明從事豆瓣發酵工作26年，參與製定企業標準4項。'))).toEqual([['罗德明', null]]);
    expect(people('高效推进文化建设，文化从事宣传工作多年。')).toEqual([]);
  });
  it('the earlier items of a 、-list before 等N名', () => {
    expect(people('区总工会授予王海平、庞秋菊等18名职工“港口岗位能手”称号。').map((p) => p[0])).toEqual(['王海平', '庞秋菊']);
    expect(people('常州某某齿轮有限公司毛建军、江苏某某装备有限公司顾晓东等12名职工获评“龙城工匠”。').map((p) => p[0])).toEqual(['毛建军', '顾晓东']);
    expect(people('某某公司焊工马立、某某厂电工何平、某某医院护士长林芳等9名职工获评标兵。')).toEqual([['马立', '焊工'], ['何平', '电工'], ['林芳', '护士长']]);
    expect(people('表彰高效、文化、向明等3名同志。').map((p) => p[0])).toEqual(['向明']);
  });
  it('a double surname after a post, an adverb before the act, the last item of a list before its predicate', () => {
    expect(people('某某茶业的茶艺师欧阳晓晓在全省技能大赛中获金牌。')).toEqual([['欧阳晓晓', '茶艺师']]);
    expect(people(foldToSimplified('某某縣釀造有限公司的任立華今年入選“燕趙工匠”。')).map((p) => p[0])).toEqual(['任立华']);
    expect(people('我县某某食品有限公司车间主任罗德明、某某电子有限公司装调技师杨芳榜上有名。').map((p) => p[0])).toContain('杨芳');
  });
  it('transcribed names before 等N名 without the verb that opens the list', () => {
    expect(people('一、授予阿依古丽·马那甫等32名同志“技术能手”称号；').map((p) => p[0])).toEqual(['阿依古丽·马那甫']);
    expect(people('去年获得五一劳动奖章的马木提·艾海提等4名职工也作了交流发言。').map((p) => p[0])).toEqual(['马木提·艾海提']);
    expect(people('常务副主席帕提曼·吐尔洪说，下一步将依托工匠和劳模建设传承点。').map((p) => p[0])).toEqual(['帕提曼·吐尔洪']);
  });
});
