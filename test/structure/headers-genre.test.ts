// Mechanisms of the headers of notices, bulletins and reports, each tested on sentences written for
// it in other provinces, bodies and wordings than the genre corpus (issue 18, fourth round).
import { describe, expect, it } from 'vitest';
import { structure } from '../../src/structure/index.js';

const read = (text: string) => structure({ text, lines: [] }, 'txt').meta;
const notice = (signature: string, date = '2025年\n4月\n2日') =>
  read(`关于开展2025年度职工技能竞赛的通知\n各县（市、区）有关单位：\n现将有关事项通知如下。\n${signature}\n${date}`).issuers;

describe('a signature block names each body whole', () => {
  it('splits names set apart by one space, and names run together, never inside 委员会 or 办公室', () => {
    expect(notice('湘潭市总工会 湘潭市人力资源和社会保障局\n湘潭市发展和改革委员会 共青团湘潭市委员会')).toEqual(
      ['湘潭市总工会', '湘潭市人力资源和社会保障局', '湘潭市发展和改革委员会', '共青团湘潭市委员会']);
    expect(notice('柳州市总工会柳州市应急管理局\n柳州市卫生健康委员会柳州市市场监督管理局')).toEqual(
      ['柳州市总工会', '柳州市应急管理局', '柳州市卫生健康委员会', '柳州市市场监督管理局']);
    expect(notice('黔 南 州 总 工 会　　　　黔南州教育和体育局\n黔南州卫生健康委员会　　共青团黔南州委员会', '2025年3\n月18日')).toEqual(
      ['黔南州总工会', '黔南州教育和体育局', '黔南州卫生健康委员会', '共青团黔南州委员会']);
    expect(notice('南宁市人民政府办公室南宁市总工会')).toEqual(['南宁市人民政府办公室', '南宁市总工会']);
    expect(notice('承德市妇女联合会　承德市农业农村局')).toEqual(['承德市妇女联合会', '承德市农业农村局']);
  });
  it('keeps one name whole', () => {
    expect(notice('中共湖州市委组织部')).toEqual(['中共湖州市委组织部']);
    expect(notice('湘潭市发展和改革委员会')).toEqual(['湘潭市发展和改革委员会']);
    expect(notice('南宁市人民政府办公室')).toEqual(['南宁市人民政府办公室']);
    expect(notice('共青团湘潭市委员会')).toEqual(['共青团湘潭市委员会']);
  });
});

describe('a bulletin is issued by the office that edits it, named in full, else by the body in its masthead', () => {
  const issue = (head: string) => read(`${head}\n某市开展职工技能竞赛\n　　3月，某市举办职工技能竞赛，参赛职工320人，决出一等奖10名。`).issuers;
  it('takes the office named in full, wherever the head line puts it', () => {
    expect(issue('湛江市总工会\n工 作 简 报\n2025年第3期\n湛江市总工会办公室　　2025年3月10日')).toEqual(['湛江市总工会办公室']);
    expect(issue('青年工作动态\n2025年第4期　共青团铜陵市委办公室　2025年4月20日')).toEqual(['共青团铜陵市委办公室']);
    expect(issue('韶關市總工會\n工作簡報\n第3期\n韶關市總工會辦公室　　2025年3月3日')).toEqual(['韶關市總工會辦公室']);
    expect(issue('产改工作动态\n第6期（总第31期）\n遵义市推进产业工人队伍建设改革协调小组办公室编印　2025年6月9日')).toEqual(['遵义市推进产业工人队伍建设改革协调小组办公室']);
  });
  it('takes the masthead body when the office is named short', () => {
    expect(issue('六盘水市人力资源和社会保障局\n改革快报\n第2期\n市人社局办公室编印　　2025年2月8日')).toEqual(['六盘水市人力资源和社会保障局']);
    expect(issue('南充市总工会\n工作动态\n第5期\n办公室编　2025年5月6日')).toEqual(['南充市总工会']);
  });
  it('reads no office from the total issue number', () => {
    expect(issue('某市工会信息\n2025年第4期（总第58期）　2025年4月20日')).toEqual([]);
  });
});

describe('a page states its info above the article; a label line inside a bulletin is an article credit', () => {
  it('keeps the bulletin title and reads the credit as the article byline', () => {
    const m = read('黄冈市人力资源和社会保障局\n人社工作快报\n2025年第4期\n局办公室编印　2025年4月9日\n黄州区开展技能培训进社区活动\n　　3月以来，黄州区人社局在12个社区开展技能培训，培训居民860人次，其中取得证书的410人。\n作者：黄州区人社局　程雅婷\n浠水县建成零工驿站\n　　日前，浙水县在县城建成零工驿站3个，登记求职人员520人，达成就业意向的有190人。\n来源：浠水县人社局');
    expect(m).toMatchObject({ title: '黄州区开展技能培训进社区活动', issuers: ['黄冈市人力资源和社会保障局'], byline: '黄州区人社局 程雅婷' });
  });
  it('still reads a page whose info line stands under its title', () => {
    const m = read('首页 > 工作动态\n某县为快递员送清凉\n发布时间：2025-07-08 10:20　来源：某县总工会　作者：施雨涵\n　　7月7日，某县总工会走访快递网点16个，为快递员送去防暑物资，惠及职工300余人。');
    expect(m).toMatchObject({ title: '某县为快递员送清凉', issuers: ['某县总工会'], date: '2025-07-08', byline: '施雨涵' });
  });
});
