// Round 66 (subA): which phrase a figure's subject is chosen from — a rate named in the figure's own clause, and
// people named as a title dated by its batch or year.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a rate written in the figure’s own clause before a verb of change names it, not the figure before', () => {
  run([
    ['全年培训学员4800余人次，家政从业人员持证率提高到62%。', '62%', '家政从业人员持证率'],
    ['工作室改进卤制工艺3项，使产品合格率提高到99.2%。', '99.2%', '产品合格率'],
    ['联系养殖户140余户，推广新技术后，犊牛成活率提高到92%。', '92%', '犊牛成活率'],
    ['新建服务站点12个，力争到2027年将全县手工艺从业人员的持证比例提高到五成。', '五成', '持证比例'],
  ]);
});

describe('a share of a set (占…的比例) before a verb of change is left to the other readers', () => {
  run([
    ['全市高技能人才总量达到1.2万人，占技能人才总量的比例达到30%左右。', '30%左右', '高技能人才'],
  ]);
});

describe('people named as a quoted title after 为 are its holders, whatever batch, year or area dates it', () => {
  run([
    ['县人社局印发通知，认定张某某、李某某等20人为首批“某县乡村工匠”，有效期三年。', '20人', '某县乡村工匠'],
    ['评选王某某等18人为2025年度“某县技术能手”。', '18人', '某县技术能手'],
    ['认定赵某、钱某、孙某3人为某市首批“首席技师”，聘期三年。', '3人', '首席技师'],
    ['认定周某某等24人为第二批“某县乡村工匠”。', '24人', '某县乡村工匠'],
  ]);
});

describe('a count right after a preposition is its object, named after it, not the doer before', () => {
  run([
    ['县总工会今年还为全县4600余名在档职工办理了医疗互助保障。', '4600余名', '在档职工'],
    ['市总工会为15家新建“爱心驿站”授牌。', '15家', '“爱心驿站”'],
  ]);
});

describe('people named right before their count, then a verb: the count is of those people', () => {
  run([
    ['她创办的刺绣工坊吸纳留守妇女126人就业，人均月增收1500元。', '126人', '留守妇女'],
    ['全县已有兰花技术人员六百余人外出到福建、云南等地提供技术服务。', '六百余人', '兰花技术人员'],
    ['创办的加工厂已吸纳本地农民工86人就业。', '86人', '本地农民工'],
  ]);
});

describe('the object of a preposition opening with a relative clause is the noun after its 的', () => {
  run([
    ['赛后，区人社局为2个新认定的区级技能大师工作室授牌。', '2个', '区级技能大师工作室'],
    ['会议对11名在茶叶加工、织锦、民宿服务等领域技艺精湛的一线职工进行了命名表彰。', '11名', '一线职工'],
  ]);
});
