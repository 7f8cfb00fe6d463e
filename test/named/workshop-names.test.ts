// rules/workshop-names.yaml: named workshops with their leaders; conferred titles are not names.
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { leaderPeople, mergeWorkshops, namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import type { Workshop } from '../../src/types.js';

const pr = peopleRules();
const wn = workshopNames();
const rules = wn.rule;
const run = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn);

describe('rules/workshop-names.yaml examples', () => {
  for (const p of rules.examples.positive) {
    it(p.text, () => {
      const got = run(p.text);
      expect(got.map((w) => [w.name, w.leader])).toContainEqual([p.name, p.leader]);
      if (p.type) expect(got.find((w) => w.name === p.name)?.type).toBe(p.type);
      for (const w of got) expect(p.text.slice(w.start, w.end)).toBe(w.text);
    });
  }
  for (const n of rules.examples.negative) it(`no named workshop: ${n}`, () => expect(run(n)).toEqual([]));
});

describe('levels and titles', () => {
  it('gives a workshop named in a 命名…为 conferment the title’s level', () => {
    const t = '命名“冯志强劳模创新工作室”等20个工作室为2023年度广州市劳模和工匠人才创新工作室。';
    const title = { name: '广州市劳模和工匠人才创新工作室', level: 'municipal' as const, count: 20, recipients: [], text: t.slice(0, t.length - 1), start: 0, end: t.length - 1, rule: 'conferment.name-as' };
    expect(namedWorkshops(t, null, [title], [], pr, wn).map((w) => [w.name, w.level])).toEqual([['冯志强劳模创新工作室', 'municipal']]);
  });
  it('gives a second mention of a named workshop the level it was named at', () => {
    const t = '命名“周强工匠创新工作室”等6个工作室为首批鹤岗市工匠创新工作室。\n某煤矿“周强工匠创新工作室”领衔人周强介绍了经验。';
    const title = { name: '鹤岗市工匠创新工作室', level: 'municipal' as const, count: 6, recipients: [], text: t.slice(0, 34), start: 0, end: 34, rule: 'conferment.name-as' };
    expect(namedWorkshops(t, null, [title], [], pr, wn).map((w) => w.level)).toEqual(['municipal', 'municipal']);
  });
  it('leaves a mention without its leader leaderless, though the annex line names one (held7’s decision)', () => {
    const t = '决定命名龙泉纺织有限公司“织锦”职工创新工作室等8个工作室为市级职工创新工作室。\n附件\n一、龙泉纺织有限公司“织锦”职工创新工作室\n　　领衔人：卢秀芳\n';
    expect(run(t).map((w) => [w.name, w.leader])).toEqual([['“织锦”职工创新工作室', null], ['“织锦”职工创新工作室', '卢秀芳']]);
    const v = '决定命名“织锦”职工创新工作室等8个工作室为市级职工创新工作室。\n一、龙泉纺织有限公司“织锦”职工创新工作室（领衔人：卢秀芳）\n';
    expect(run(v).map((w) => w.leader)).toEqual([null, '卢秀芳']);
    // a craft-named workshop mentioned again in the body: its leader is not stated there either
    const c = '命名某某钢构有限公司钢结构焊接技能大师工作室等5个工作室。\n一、某某钢构有限公司钢结构焊接技能大师工作室\n　　领衔人：郝立军\n';
    expect(run(c).map((w) => [w.name, w.leader])).toEqual([['钢结构焊接技能大师工作室', null], ['钢结构焊接技能大师工作室', '郝立军']]);
    // a leader the name holds is stated wherever the name is written
    const p = '命名某某公司王建华劳模创新工作室等3个工作室。\n1. 某某公司王建华劳模创新工作室\n';
    expect(run(p).map((w) => w.leader)).toEqual(['王建华', '王建华']);
  });
  it('gives the workshops of a notice or page the level its title gives their type', () => {
    const t = '确定某某机械有限公司“刘强技能大师工作室”等8个工作室为2024年度建设项目。';
    expect(namedWorkshops(t, '关于公布2024年度佳木斯市技能大师工作室名单的通知', [], [], pr, wn).map((w) => w.level)).toEqual(['municipal']);
    expect(namedWorkshops(t, '某市两家企业工作室入选省级技能大师工作室', [], [], pr, wn).map((w) => w.level)).toEqual(['provincial']);
    // a title about something else gives no level
    expect(namedWorkshops(t, '某市召开技能人才工作会议', [], [], pr, wn).map((w) => w.level)).toEqual([null]);
  });
  it('gives every type the level of a title naming a class across the types (劳模（工匠）创新工作室)', () => {
    const t = '将某某船舶有限公司“江帆”职工创新工作室、某某电力公司韩立群工匠创新工作室等6个工作室命名为区级工作室。';
    const title = '关于命名2025年度涪陵区劳模（工匠）创新工作室的通知';
    expect(namedWorkshops(t, title, [], [], pr, wn).map((w) => [w.name, w.level])).toEqual([['“江帆”职工创新工作室', 'county'], ['韩立群工匠创新工作室', 'county']]);
    expect(namedWorkshops(t, '关于命名2025年度绵阳市劳模和工匠人才创新工作室的通知', [], [], pr, wn).map((w) => w.level)).toEqual(['municipal', 'municipal']);
    // a title of another type (技能大师工作室) names no class of these
    expect(namedWorkshops(t, '关于公布2025年度涪陵区技能大师工作室名单的通知', [], [], pr, wn).map((w) => w.level)).toEqual([null, null]);
  });
  it('drops the name of a workshop that is only a place and a type', () => {
    const w: Workshop = { name: '大连市职工创新工作室', type: '职工创新工作室', level: 'municipal', count: null, leader: null, text: '大连市职工创新工作室', start: 5, end: 15, rule: 'workshop.staff-innovation' };
    expect(mergeWorkshops([w], [], [], wn.aliases)[0].name).toBeNull();
    // a bracketed alternative in the class's name: still only a place and a type
    const b: Workshop = { ...w, name: '涪陵区劳模（工匠）创新工作室', type: '劳模创新工作室', text: '涪陵区劳模（工匠）创新工作室', end: 19 };
    expect(mergeWorkshops([b], [], [], wn.aliases)[0].name).toBeNull();
    // a motto of its own stays a name
    const m: Workshop = { ...w, name: '“江帆”职工创新工作室', text: '“江帆”职工创新工作室' };
    expect(mergeWorkshops([m], [], [], wn.aliases)[0].name).toBe('“江帆”职工创新工作室');
    // a word of grade between the place and the type: a title (授予“营口市示范性创新工作室”牌匾)
    for (const name of ['营口市示范性创新工作室', '江西省示范性劳模创新工作室', '乐山市五星级职工创新工作室']) {
      expect(mergeWorkshops([{ ...w, name, text: name }], [], [], wn.aliases)[0].name).toBeNull();
    }
    // a craft between the place and the type is a workshop's own name
    expect(mergeWorkshops([{ ...w, name: '营口市焊接创新工作室', text: '营口市焊接创新工作室' }], [], [], wn.aliases)[0].name).toBe('营口市焊接创新工作室');
  });
});

describe('leaders as people', () => {
  it('gives the person a workshop is named after the leader’s post, and no one to a motto name', () => {
    const t = '3. 某某轴承有限公司宋立平劳模创新工作室\n4. 某某医院“暖阳”护理创新工作室';
    const people = leaderPeople(run(t), t, wn);
    expect(people.map((p) => [p.name, p.role, t.slice(p.start, p.end)])).toEqual([['宋立平', '领衔人', '宋立平']]);
  });
});

describe('a leader whose surname the list leaves out, confirmed by the leader\'s label', () => {
  const pairs = (t: string) => run(t).map((w) => [w.name, w.leader]);
  it('takes the person the label on the name\'s line or the next names (晋, 宣, 谈 open common words)', () => {
    expect(pairs('7\t晋瑞林技能大师工作室\t某某机械制造有限公司\n\t带头人：晋瑞林（焊工　高级技师）')).toContainEqual(['晋瑞林技能大师工作室', '晋瑞林']);
    expect(pairs('3. 宣立新劳模创新工作室（领衔人：宣立新）\n')).toContainEqual(['宣立新劳模创新工作室', '宣立新']);
    expect(pairs('| 2 | 谈海燕职工创新工作室 | 某某电力公司 | 负责人: 谈海燕 |')).toContainEqual(['谈海燕职工创新工作室', '谈海燕']);
    // (traditional script is read folded to simplified, as the pipeline does)
    expect(pairs(foldToSimplified('5、權志強技能大師工作室　某某礦業集團\n　　領衔人：權志強'))).toContainEqual(['权志强技能大师工作室', '权志强']);
    expect(pairs('1 惠明技能大师工作室 某某酒业有限公司\n带头人：惠明（酿酒师）')).toContainEqual(['惠明技能大师工作室', '惠明']);
  });
  it('takes no one the label does not name, nor a label two lines down', () => {
    // (a whole cell is then read as a craft name with its labelled leader)
    expect(pairs('7\t晋瑞林技能大师工作室\t某某有限公司\n\t带头人：李某某（焊工）').map((x) => x[1])).not.toContain('晋瑞林');
    expect(pairs('要求晋级技能大师工作室的单位，负责人：级技能')).toEqual([]);
    expect(pairs('宣讲劳模创新工作室事迹。').map((x) => x[0])).toEqual([]);
    expect(pairs('晋瑞林技能大师工作室\n某某公司\n带头人：晋瑞林').map((x) => x[0])).not.toContain('晋瑞林技能大师工作室');
    expect(pairs('惠民技能大师工作室，带头人：惠民生').map((x) => x[0])).not.toContain('惠民技能大师工作室');
  });
});

describe('levels a workshop receives in its own sentence', () => {
  const title = (t: string, name: string, level: 'national' | 'provincial') => {
    const start = t.indexOf(name);
    return { name, level, count: null, recipients: [], text: name, start, end: start + name.length, rule: 'conferment.conferred' };
  };
  it('reads 被<body>确定为 / 获评 H', () => {
    const t = '依托某矿区创建的武国华技能大师工作室去年被人力资源社会保障部确定为国家级技能大师工作室。';
    expect(namedWorkshops(t, null, [title(t, '国家级技能大师工作室', 'national')], [], pr, wn).map((w) => w.level)).toEqual(['national']);
    const u = '某车间张海军劳模创新工作室获评省级示范性劳模创新工作室。';
    expect(namedWorkshops(u, null, [title(u, '省级示范性劳模创新工作室', 'provincial')], [], pr, wn).map((w) => w.level)).toEqual(['provincial']);
  });
  it('gives a workshop on a published list the list’s level', () => {
    const t = '近日，自治区总工会公布2025年度自治区级示范性劳模（工匠）创新工作室名单，某部“买买提·艾力创新工作室”入选。';
    expect(namedWorkshops(t, null, [], [], pr, wn).map((w) => [w.leader, w.level])).toEqual([['买买提·艾力', 'provincial']]);
    const u = '省总工会公布2024年度河北省职工创新工作室名单，某公司“赵建国职工创新工作室”未入选。';
    expect(namedWorkshops(u, null, [], [], pr, wn).map((w) => w.level)).toEqual([null]);
  });
  it('names a short form’s leader by the full transcribed name', () => {
    const t = '炼油一部乃比江创新工作室获评示范工作室。\n“乃比江·艾买提创新工作室”成立于2019年。';
    const ws = namedWorkshops(t, null, [], [], pr, wn);
    expect(leaderPeople(ws, t, wn).map((p) => [p.name, p.canonical])).toContainEqual(['乃比江', '乃比江·艾买提']);
  });
});

describe('the level of a published list the named workshops are counted onto (A、B等N个工作室入选)', () => {
  const levels = (t: string) => run(t).map((w) => [w.name, w.level]);
  it('gives each listed workshop the list\'s level, in other provinces and wordings', () => {
    const a = levels('近日，省人社厅公布2025年广东省技能大师工作室名单，我市某某公司“钟某辉技能大师工作室”、某某公司制茶技能大师工作室等3个工作室入选。');
    expect(a).toContainEqual(['钟某辉技能大师工作室', 'provincial']);
    expect(a).toContainEqual(['制茶技能大师工作室', 'provincial']);
    expect(levels('日前，自治区总工会发布2025年自治区级示范性劳模创新工作室名单，某某公司“天山”职工创新工作室等2家成功入选。'))
      .toContainEqual(['“天山”职工创新工作室', 'provincial']);
    expect(levels('市总工会公布第三批市级劳模创新工作室名单，某某公司“陈某明劳模创新工作室”、某某厂“赵某林劳模创新工作室”等2个工作室入选。'))
      .toContainEqual(['陈某明劳模创新工作室', 'municipal']);
  });
  it('gives no level where the count is not of the list\'s entrants', () => {
    expect(levels('市总工会公布第三批市级劳模创新工作室名单，某某公司“陈某明劳模创新工作室”等5个工作室正在申报。'))
      .toContainEqual(['陈某明劳模创新工作室', null]);
  });
});

describe('a craft whose first word reads as a name, where the annex labels the leader', () => {
  it('does not take the craft’s object (叶片, 高压) as the leader of the body’s mention', () => {
    for (const t of [
      '命名某某航空发动机有限公司叶片加工劳模创新工作室等8个工作室为“株洲市劳模创新工作室”。\n附件\n1．某某航空发动机有限公司叶片加工劳模创新工作室\n领衔人：韩立新',
      foldToSimplified('命名某某供電公司高壓檢修勞模創新工作室等6個工作室為「漳州市勞模創新工作室」。\n附件\n1．某某供電公司高壓檢修勞模創新工作室\n領銜人：韓立新'),
    ]) {
      const got = run(t).map((w) => w.leader);
      expect(got).toContain('韩立新');
      expect(got.filter((x) => x !== null && x !== '韩立新')).toEqual([]);
    }
  });
});
