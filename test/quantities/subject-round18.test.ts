// Round 18 of issue 18: what a body acts on (检查, 走访, 查处, 接诊, 收到 …) is what the figure counts,
// not the act; a period (本届, 前三季度) and the territory of the whole after a period of months are
// the figure's frame, not its name. Sentences written for this test, with negatives.
import { describe, expect, it } from 'vitest';
import { run, subjectOf } from './subject-harness.js';

describe('acts of inspecting, visiting, handling and gathering: the thing acted on is counted', () => {
  run([
    ['今年以来，县人社局检查在建工程项目58个，督促整改问题线索31条，立案查处欠薪案件6件。', '58个', '在建工程项目'],
    ['今年以来，县人社局检查在建工程项目58个，督促整改问题线索31条，立案查处欠薪案件6件。', '31条', '问题线索'],
    ['今年以来，县人社局检查在建工程项目58个，督促整改问题线索31条，立案查处欠薪案件6件。', '6件', '欠薪案件'],
    ['专项行动中，劳动监察大队抽查用工单位40家。', '40家', '用工单位'],
    ['区总工会摸排货车司机2100人; 走访物流园区9个.', '2100人', '货车司机'],
    ['镇卫生院年均接诊患者3000余人次。', '3000余人次', '患者'],
    ['农忙时每天需要短工50人。', '50人', '短工'],
    ['市总工会共收到推荐人选40名，经评审确定20名。', '40名', '推荐人选'],
    ['非遗工作站整理传统技艺8项，征集老物件230件。', '8项', '传统技艺'],
    ['非遗工作站整理传统技艺8项，征集老物件230件。', '230件', '老物件'],
    ['全年评价技能人才900人次。', '900人次', '技能人才'],
    ['縣勞動監察大隊檢查建築工地27個，查處拖欠工資案件5件。', '27個', '建築工地'],
    ['縣勞動監察大隊檢查建築工地27個，查處拖欠工資案件5件。', '5件', '拖欠工資案件'],
    ['街道工会先后走访快递网点、外卖站点12个。', '12个', '快递网点、外卖站点'],
  ]);
});

describe('not: a verb that is part of the name, or a deed measured after 新增', () => {
  run([
    ['全县开展安全隐患排查活动120余次。', '120余次', '安全隐患排查活动'],
    ['今年以来，全县城镇新增就业3100人。', '3100人', '城镇新增就业'],
    ['本次检查人员共12名。', '12名', '检查人员'],
    ['全县收到率达到98%。', '98%', '收到率'],
  ]);
});

describe('a period before the counted noun is its frame', () => {
  run([
    ['本届参赛人数达到86人，比上届增长12%。', '86人', '参赛人数'],
    ['本次报名人数为140人。', '140人', '报名人数'],
    ['前三季度营业收入1200万元。', '1200万元', '营业收入'],
    ['一季度全县企业用工缺口800人。', '800人', '企业用工缺口'],
    ['前8个月全县农村劳动力转移就业2.1万人。', '2.1万人', '农村劳动力转移就业'],
    ['前三季度全市城镇新增就业4200人，完成年度任务的84%。', '4200人', '城镇新增就业'],
    ['本屆參賽人數為64人。', '64人', '參賽人數'],
    ['前三季度全區銷售額達3.6億元。', '3.6億元', '銷售額'],
  ]);
});

describe('a present age is a figure of 年龄; the youngest or oldest with no attribute written, of the superlative (round 36)', () => {
  run([
    ['这批工匠中最年轻的领衔人29岁。', '29岁', '最年轻的领衔人'],
    ['获评的8人中，最年长的61岁，最年轻的仅29岁。', '29岁', '最年轻的'],
    ['获评的8人中，最年长的61岁，最年轻的仅29岁。', '61岁', '最年长的'],
    ['参赛选手中最小的年仅19岁.', '19岁', '最小的'],
    // (round 75: a present age right after a person's name is told of the person, as the golds name it:
    // 49 of TRAIN's 50 such ages accept the name, 16 refuse 年龄; quantities/subject-person.ts)
    ['班组长王某今年41岁，从事电焊工作20年。', '41岁', '王某'],
    ['这批学员中最年轻的“00后”选手只有21岁。', '21岁', '年龄'],
    ['獲獎者中最年長的63歲，最年輕的31歲。', '31歲', '最年轻的'],
    ['技師李某現年47歲。', '47歲', '李某'],
    ['她今年47歲。', '47歲', '年龄'],
  ]);
});

describe('not: an age at which something began', () => {
  it('最大的40岁才开始…, 今年5岁就…, 18岁进厂', () => {
    expect(subjectOf('这些学员中最大的40岁才开始学手艺。', '40岁')).toBeUndefined();
    expect(subjectOf('她今年5岁就随父母进城。', '5岁')).toBeUndefined();
    expect(subjectOf('最小的徒弟16岁便进厂学艺。', '16岁')).toBeUndefined();
  });
});

describe('votes of a poll counted in Arabic digits', () => {
  run([
    ['活动开展以来，网络投票累计达到5.2万票。', '5.2万票', '网络投票'],
    ['活動啟動後，網絡投票累計達到3.4萬票。', '3.4萬票', '網絡投票'],
    ['候选人共获得网络投票3160票。', '3160票', '网络投票'],
  ]);
  it('not: 一票否决, 投三票', () => {
    expect(subjectOf('安全生产实行一票否决。', '一票')).toBeUndefined();
    expect(subjectOf('每名职工代表可投三票。', '三票')).toBeUndefined();
  });
});

describe('a clause of the basis a body was founded or named on, with 的, names the part', () => {
  run([
    ['本批8个工作室中，依托企业建设的5个，依托院校建设的3个。', '5个', '依托企业建设的'],
    ['本批8个工作室中，依托企业建设的5个，依托院校建设的3个。', '3个', '依托院校建设的'],
    ['其中以劳模命名的4个、以工匠命名的2个。', '4个', '以劳模命名的'],
    ['其中以劳模命名的4个、以工匠命名的2个。', '2个', '以工匠命名的'],
    ['這批工作室中，以技藝或團隊命名的3個。', '3個', '以技藝或團隊命名的'],
    ['新认定的驿站里，依托社区建设的6个；依托企业建设的9个.', '6个', '依托社区建设的'],
  ]);
  it('not: a clause with a noun after the count keeps that noun', () => {
    expect(subjectOf('依托企业建设了5个创新工作室。', '5个')).toBe('创新工作室');
  });
});
