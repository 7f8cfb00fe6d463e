// Round 78: a count or measure tied with 的 to the noun after it (quantities/subject-governed.ts), on
// sentences written for this test in other provinces and wordings than the genre corpus, in both scripts;
// the `keeps` cases are sentences the mechanism must leave to the other rules.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('a verb with its aspect particle, then the figure and 的: the noun after 的 is measured', () => {
  run([
    ['镇工会在园区建起了约80平方米的职工书屋，配备图书600册。', '约80平方米', '职工书屋'],
    ['村里逐户走访，建立了3260人的技能人才台账。', '3260人', '技能人才台账'],
    ['合作社社员老杨经营着一个三十多亩的茶园。', '三十多亩', '茶园'],
    ['區總工會建起了約150平方米的職工活動中心。', '約150平方米', '職工活動中心'],
  ]);
});

describe('a verb and the whole area it works in, then the figure and 的', () => {
  run([
    ['市政养护班组承担城区约36万平方米的绿地养护。', '约36万平方米', '绿地养护'],
  ]);
});

describe('a figure opening an item of a series and tied with 的 to its noun', () => {
  run([
    ['申报时须提交申报表、2000字左右的事迹材料和近期照片。', '2000字左右', '事迹材料'],
  ]);
});

describe('a share after 有, a measure after 以 or 价值, tied with 的 to the noun after it', () => {
  run([
    ['抽样调查中有42.5%的受访职工表示希望参加技能培训。', '42.5%', '受访职工'],
    ['全区仍有约两成的小微企业未建立工会组织。', '约两成', '小微企业'],
    ['街道工会为每名环卫工人送上价值300元的防暑用品。', '300元', '防暑用品'],
  ]);
});

describe('keeps', () => {
  run([
    ['老师傅先后带出徒弟30多名。', '30多名', '徒弟'],
    ['这是一支平均年龄只有31岁的青年突击队。', '31岁', '平均年龄'],
    ['力争全年农村劳动力转移就业不少于6000人的目标顺利完成。', '不少于6000人', '农村劳动力转移就业'],
    ['牧区医生常年在海拔3800米以上的草场巡诊。', '3800米以上', '海拔'],
  ]);
});
