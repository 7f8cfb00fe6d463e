// People, round 20 of issue 18: a person's record in a list line whatever delimits its fields, a name column
// whose heading carries a note, the rarer surnames and the double surnames, and a name in apposition to a
// craft, a schooling or an ownership; on lines written for this test, each with what it must leave alone.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { collapseSpaces, foldWidth, titleLikeLine } from '../../src/normalize/text.js';

const r = peopleRules();
const norm = (raw: string) => raw.split('\n').map((l) => { const line = foldWidth(l); return collapseSpaces(line, titleLikeLine(line)); }).join('\n');
const people = (raw: string) => cuePeople(norm(raw), r).map((p) => [p.name, p.role]);

describe('a person record run together by commas is a list line', () => {
  it('drops the sex, people, birth, party and schooling fields and keeps the unit and post', () => {
    expect(people('2．冉光明，男，土家族，1979年8月生，中共党员，某县自来水公司管网维修班班长')).toEqual([['冉光明', '某县自来水公司管网维修班班长']]);
    expect(people('3、何秀珍，女，1986年11月出生，群众，大专学历，某镇中心卫生院护士长')).toEqual([['何秀珍', '某镇中心卫生院护士长']]);
    expect(people('郁海峰,男,1972.05,九三学社社员,某某机械制造有限公司高级技师')).toEqual([['郁海峰', '某某机械制造有限公司高级技师']]);
  });
  it('leaves alone: a sentence of commas with no record field, and a record field with no unit', () => {
    expect(people('王府井，北京，上海，广州，深圳等城市的门店')).toEqual([]);
    expect(people('张家口，上海，广州，某某公司销售网点遍布各地')).toEqual([]);
  });
});

describe('a name column heading with a note is still the name column', () => {
  it('reads the names under 领衔人（主要荣誉） and 姓名（职称）', () => {
    const t = '| 序号 | 工作室名称 | 依托单位 | 领衔人（主要荣誉） |\n| --- | --- | --- | --- |\n| 1 | 数控加工职工创新工作室 | 某某精密机械有限公司 | 籍文斌（省级技术能手） |\n| 2 | 电力抢修职工创新工作室 | 某供电公司 | 亢晓梅 |';
    expect(people(t)).toEqual([['籍文斌', '领衔人'], ['亢晓梅', '领衔人']]);
    expect(people('| 序号 | 姓名（职称） | 工作单位 |\n| 1 | 汝卫国（高级技师） | 某某热电有限公司 |\n| 2 | 谯玉兰 | 某某县人民医院 |')).toEqual([['汝卫国', null], ['谯玉兰', null]]);
  });
  it('leaves alone: a heading whose note makes no name column of it', () => {
    expect(people('| 序号 | 项目（主要内容） | 单位 |\n| 1 | 汽车维修 | 某某技校 |')).toEqual([]);
  });
});

describe('a name after a craft, a schooling or an ownership', () => {
  it('reads the name, a double surname whole', () => {
    expect(people('获奖者中最年轻的是某职业学校在校生司徒嘉文。')).toEqual([['司徒嘉文', '在校生']]);
    expect(people('剪纸艺人端木秀兰带着作品参展。')).toEqual([['端木秀兰', '剪纸艺人']]);
    expect(people('农家乐老板鄂春生率先接入平台。')).toEqual([['鄂春生', '农家乐老板']]);
    expect(people('老船长申屠国强带头组建调解队。')).toEqual([['申屠国强', '老船长']]);
  });
  it('leaves alone: a post followed by a place or a common word', () => {
    expect(people('在校生籍贯分布于全省各地。')).toEqual([]);
    expect(people('艺人汝州市的非遗展演')).toEqual([]);
  });
});
