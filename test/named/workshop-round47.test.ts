// Round 47 of issue 18: a workshop whose name ends in the bare 工作室 (a craft and 工作室, a motto and 工作室) names no
// type of its own; the title it was conferred does (被某市总工会命名为市级职工创新工作室; 将A、B确定为县级劳模创新工作室).
// A name that writes its own type keeps it, and the joint 劳模和工匠人才 title, which the golds leave with the plain type,
// gives none. Sentences written for these tests (invented names, places and trades).
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
/** the named workshops of `t` as [name, type, level] */
const typed = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).filter((w) => w.name).map((w) => [w.name, w.type, w.level]);

describe('a bare 工作室 takes the type of the title its own clause confers', () => {
  it('被…命名为 a graded title of staff innovation: that type and level', () => {
    const t = '今年48岁的罗志坚从事竹编二十余年，他领办的“松风”竹编技艺传承工作室去年被市总工会命名为市级职工创新工作室。';
    expect(typed(t)).toEqual([['“松风”竹编技艺传承工作室', '职工创新工作室', 'municipal']]);
  });
  it('a name that writes its own type keeps it under another title', () => {
    const t = '由技师罗志坚领衔的“晨光”数控加工创新工作室去年被市总工会命名为市级劳模创新工作室。';
    expect(typed(t)).toEqual([['“晨光”数控加工创新工作室', '创新工作室', 'municipal']]);
  });
  it('the joint 劳模和工匠人才 title gives its level, not its type', () => {
    const t = '今年48岁的罗志坚从事竹编二十余年，他领办的“松风”竹编技艺传承工作室去年被市总工会命名为市级劳模和工匠人才创新工作室。';
    expect(typed(t)).toEqual([['“松风”竹编技艺传承工作室', '工作室', 'municipal']]);
  });
});

describe('a 将…为 conferment gives its title to every workshop it lists', () => {
  const t = '年内，县总工会将“松涛”木雕技艺工作室、南岭镇山茶油压榨工作室确定为县级劳模创新工作室。“松涛”木雕技艺工作室领衔人为县劳动模范罗志坚；山茶油压榨工作室则由合作社理事长陈秀英负责。';
  it('the listed names and their later mentions: county, of the conferred type', () => {
    const got = typed(t);
    expect(got.length).toBeGreaterThanOrEqual(3);
    expect(got.filter((g) => g[0] === '“松涛”木雕技艺工作室').every((g) => g[1] === '劳模创新工作室' && g[2] === 'county')).toBe(true);
    expect(got.filter((g) => g[0] === '“松涛”木雕技艺工作室')).toHaveLength(2);
  });
  it('将 with no conferment after the list confers nothing', () => {
    const u = '县总工会将“松涛”木雕技艺工作室的经验做法在全县推广。“松涛”木雕技艺工作室领衔人为县劳动模范罗志坚。';
    const got = typed(u);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((g) => g[1] === '工作室' && g[2] === null)).toBe(true);
  });
});

describe('a counted conferment with a light verb before its plaque (进行授牌) gives its level to those it lists', () => {
  const lead = '10月9日，县人社局对新认定的3个县级技能大师工作室进行授牌，每个工作室补助3万元。全县共有各级技能大师工作室11个。\n\n';
  it('新认定的3个工作室分别是：… the items take the county level', () => {
    const t = `${lead}新认定的3个工作室分别是：由技师罗志坚领衔的青梅酿造技能大师工作室、由技师陈秀英负责的竹编技能大师工作室、由技师马俊良负责的板鸭腌制技能大师工作室。`;
    const got = typed(t);
    expect(got).toHaveLength(3);
    expect(got.every((g) => g[2] === 'county')).toBe(true);
  });
  it('a count that does not match the conferment gives nothing', () => {
    const t = `${lead}其中2个工作室分别是：由技师罗志坚领衔的青梅酿造技能大师工作室、由技师陈秀英负责的竹编技能大师工作室。`;
    const got = typed(t);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((g) => g[2] === null)).toBe(true);
  });
});
