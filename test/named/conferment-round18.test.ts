// Honours of issue 18, round 18: a past batch restated as a participle with its ordinal before the
// count (2023年命名的首届10名“H”中) is an entry, a past batch of a bare workshop type (2022年认定的6个技能
// 大师工作室) is not; the units of a labour contest or a company hold titles (5个项目部被评为优胜项目部);
// a count that goes on with the kinds it counts (首席技师八个等级) and a grade counted beside other grades
// (特级技师2名、首席技师5名) count no holders. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { confermentHonours, confermentRules } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const found = (t: string, province: string) => confermentHonours(foldToSimplified(t), province, r, null).map((h) => [h.name, h.count]);

describe('a past batch as a participle', () => {
  it('an ordinal before the count of a quoted title', () => {
    expect(found('2022年命名的首届8名“泾川工匠”中，已有3人获评“陇原工匠”。', '甘肃省')).toContainEqual(['泾川工匠', 8]);
    expect(found('去年评选出的第二批12名“乌兰察布工匠”均来自生产一线。', '内蒙古自治区')).toContainEqual(['乌兰察布工匠', 12]);
    expect(found('2021年命名的首批6個「溧水區勞模創新工作室」中，有2個已升級為市級工作室。', '江苏省')).toContainEqual(['溧水区劳模创新工作室', 6]);
  });

  it('a past batch of a bare workshop type is counted, not conferred', () => {
    expect(found('市人社局对2022年认定的6个技能大师工作室进行了期满复核。', '四川省').map(([n]) => n)).not.toContain('技能大师工作室');
    expect(found('区总工会对去年命名的9个职工创新工作室开展年度考核，8个考核合格。', '广西壮族自治区').map(([n]) => n)).not.toContain('职工创新工作室');
    expect(found('此前认定的5个劳模创新工作室均通过复核。', '河南省').map(([n]) => n)).not.toContain('劳模创新工作室');
  });

  it('the batch the text just named, restated, still refers to its title', () => {
    expect(found('决定命名甲工作室等7个工作室为第三批湟中区职工创新工作室。命名的7个职工创新工作室中，企业工作室5个。', '青海省'))
      .toContainEqual(['湟中区职工创新工作室', 7]);
  });
});

describe('units of a labour contest or a company hold titles', () => {
  it('项目部, 标段, 车间, 工区 counted before a verb of conferment', () => {
    expect(found('二季度考评中，甲大桥项目部等4个项目部被评为优胜项目部。', '河北省')).toContainEqual(['优胜项目部', 4]);
    expect(found('竞赛结束后，6个标段获评“红旗标段”。', '湖北省')).toContainEqual(['红旗标段', 6]);
    expect(found('全矿共有3個工區被評為「安全生產先進工區」。', '山西省')).toContainEqual(['安全生产先进工区', 3]);
    expect(found('公司2个车间被评为“巾帼文明岗”。', '浙江省')).toContainEqual(['巾帼文明岗', 2]);
  });
});

describe('counts that count no holders', () => {
  it('a count of the kinds that follow it', () => {
    expect(found('等级分为学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师八个等级。', '河北省')).toEqual([]);
    expect(found('企业按照高级技师、首席技师两个层级设置技能岗位。', '山东省')).toEqual([]);
    expect(found('該公司將技能崗位分為技師、高級技師、首席技師三個檔次。', '广东省')).toEqual([]);
  });

  it('a grade counted beside another grade', () => {
    expect(found('某重工率先评聘特级技师2名、首席技师5名。', '河北省')).toEqual([]);
    expect(found('全厂现有高级技师18名、首席技师4名。', '辽宁省')).toEqual([]);
    expect(found('公司今年新聘技師12名、首席技師3名。', '福建省')).toEqual([]);
  });

  it('an honour beside an honour, or beside a title of a stated level, is still counted', () => {
    expect(found('大会表彰了先进集体10个、技术能手25名。', '湖南省')).toContainEqual(['技术能手', 25]);
    expect(found('全县现有劳动模范36名、首席技师8名。', '江西省')).toContainEqual(['首席技师', 8]);
  });
});

describe('applications reported before the decision they led to', () => {
  it('申报 then 决定命名 / 决定授予 in one sentence is a record', () => {
    expect(found('各基层工会积极申报，经资料审核和公示无异议，决定命名“银针”刺绣职工创新工作室等6个工作室为2025年度“钦南区职工创新工作室”。', '广西壮族自治区'))
      .toContainEqual(['钦南区职工创新工作室', 6]);
    expect(found('經各單位申報、專家評審，決定命名某某工作室等4個工作室為「五華區勞模創新工作室」。', '云南省'))
      .toContainEqual(['五华区劳模创新工作室', 4]);
    expect(found('各县区总工会踊跃申报，经评审委员会评审，决定授予李某等15名职工“汉中市技术能手”称号。', '陕西省'))
      .toContainEqual(['汉中市技术能手', 15]);
  });

  it('申报 with no decision after it stays a plan', () => {
    expect(found('符合条件的工作室可申报“钦南区职工创新工作室”，每批命名不超过6个。', '广西壮族自治区').map(([n]) => n)).not.toContain('钦南区职工创新工作室');
    expect(found('各单位要积极申报，择优推荐10名职工参评“汉中市技术能手”。', '陕西省')).toEqual([]);
  });
});
