// Round 19 of issue 18: a rate, a sum or a period written between a doer and its act (工匠每年带徒,
// 工作室近三年共带徒, 团队先后带徒) frames the act: the act is what the figure counts, not the doer;
// a survey's 显示/表明 and a deadline (年底前) lead up to it; 在…中 brackets a set. Sentences written for this test, with negatives.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a doer, then a rate, sum or period, then the act counted', () => {
  run([
    ['入选的技能大师每年带徒不少于2名。', '不少于2名', '带徒'],
    ['劳模工作室近三年共带徒420余人。', '420余人', '带徒'],
    ['该名师团队先后带徒58名，其中12人成长为技师。', '58名', '带徒'],
    ['首席技师每月授课不少于4次。', '不少于4次', '授课'],
    ['各创新工作室每年至少开展技术攻关2项。', '2项', '技术攻关'],
    ['技能大師工作室三年來累計帶徒310人。', '310人', '帶徒'],
    ['这支志愿服务队三年来先后走访困难职工860户。', '860户', '困难职工'],
    ['区级工作室近五年共帶教学徒96名。', '96名', '帶教学徒'],
  ]);
});

describe('not: a listed word inside a longer word, or no doer before it', () => {
  run([
    ['全县共青团员1200名。', '1200名', '共青团员'],
    ['全市建成公共实训基地5个。', '5个', '公共实训基地'],
    ['每年带徒不少于3名。', '不少于3名', '带徒'],
    ['全县共有技能大师工作室16个。', '16个', '技能大师工作室'],
  ]);
});

describe('a survey reporting, a deadline and a 在…中 bracket frame what is counted', () => {
  run([
    ['抽样调查显示月工资在4000元以下的职工占38%。', '38%', '月工资在4000元以下的职工'],
    ['统计数据表明参保率已达到96%。', '96%', '参保率'],
    ['力争年底前新就业形态劳动者入会人数达到1200人。', '1200人', '新就业形态劳动者入会人数'],
    ['力争十月末前快递员入会人数达到800人。', '800人', '快递员入会人数'],
    ['确保6月底前欠薪案件结案率达到100%。', '100%', '欠薪案件结案率'],
    ['在签订就业协议的312人中，高校毕业生占六成。', '312人', '签订就业协议的'],
    ['在参加技能鉴定的86人中，取得高级工证书的有31人。', '86人', '参加技能鉴定的'],
    ['在领取失业保险金的1400人中，已有900人重新就业。', '1400人', '领取失业保险金的'],
  ]);
});

describe('not: 在 inside a word, a 在 of place with no 中, or a 前 that is no deadline', () => {
  run([
    ['全县在岗职工4.2万人。', '4.2万人', '在岗职工'],
    ['在岗的1300名职工中，有420人取得技师证书。', '1300名', '职工'],
    ['全市在建工程项目126个。', '126个', '在建工程项目'],
    ['前三季度职工书屋新增18家。', '18家', '职工书屋'],
  ]);
});

describe('built or set up at a place: what is built is counted, not the doer, the plan or the places', () => {
  run([
    ['县人社局计划在城关镇、河口镇再建零工市场2至3个。', '2至3个', '零工市场'],
    ['区总工会拟在物流园区、高速服务区新设司机之家4个。', '4个', '司机之家'],
    ['街道工会在商圈和地铁站周边设立爱心驿站6个。', '6个', '爱心驿站'],
  ]);
});

describe('建 inside a place name is no verb of building; no verb of building after 在, no cut', () => {
  run([
    ['县总工会在福建设立外出务工人员服务站2个。', '2个', '外出务工人员服务站'],
    ['市总工会在建设路社区挂牌职工驿站1个。', '1个', '职工驿站'],
    ['全县在岗职工中技术工人1.8万人。', '1.8万人', '技术工人'],
  ]);
});

describe('a number of rounds after 分 counts the act after it', () => {
  run([
    ['每个工作室给予建设补助4万元，分两次拨付。', '两次', '拨付'],
    ['补助资金分3期发放，首期发放50%。', '3期', '发放'],
    ['市总工会先后分4批命名“峡江工匠”共60名。', '4批', '峡江工匠'],
    ['慰问金分两批发放到户。', '两批', '发放'],
    ['帮扶资金分三次拨付到位。', '三次', '拨付'],
  ]);
});

describe('not: rounds with no 分 before them', () => {
  run([
    ['全年开展送教下乡活动12次。', '12次', '送教下乡活动'],
  ]);
});
