// Organisations, round 64: where a work report's verbs, a county's locatives and the county town's parts
// were read as bodies, and an autonomous county written short (某某县 for 某某族自治县); on sentences written
// for this test, each with the case it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { textContext } from '../../src/extract/named/doc.js';
import { docPlace } from '../../src/extract/named/gazetteer.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

function orgs(text: string): { name: string; canonical: string }[] {
  const ctx = textContext(foldToSimplified(text));
  return extractAll(ctx, ['named']).entities.filter((e) => e.type === 'org').map((e) => ({ name: e.name.replace(/\s+/g, ''), canonical: e.canonical }));
}
const names = (text: string) => orgs(text).map((o) => o.name);

describe('a clause verb before a kind of body opens no name', () => {
  it('深化 / 带领 / 开办 before a union or a station', () => {
    expect(names('全县各级工会围绕中心工作，深化基层工会规范化建设。\n')).toEqual([]);
    expect(names('县人社局工会委员会主席端木某带领工会干部走访企业。\n')).toEqual(['县人社局工会委员会']);
    expect(names('乐里镇的韦某开办农村电商服务站，带动就业。\n')).toEqual([]);
  });
  it('a class opened with a body (合作开设, 合办) is no unit of it', () => {
    expect(names('下一步将与县职业技术学校合作开设家政订单班2个。\n')).toEqual(['县职业技术学校']);
    expect(names('工作室并与县职教中心合办豆制品加工订单班。\n')).toEqual(['县职教中心']);
  });
  it('keeps: a name that holds a verb after its place', () => {
    expect(names('甘南州推进产业工人队伍建设改革工作领导小组召开会议。\n')).toContain('甘南州推进产业工人队伍建设改革工作领导小组');
  });
});

describe("a county's locatives, its town's parts and the kinds of place are no bodies", () => {
  it('县内 / 县内外 before a name', () => {
    expect(names('去年被评为工匠；在县内江西某丰食品有限公司工作的2名。\n')).toEqual(['江西某丰食品有限公司']);
    expect(names('近年来在县内外学校开设脸谱绘制课。\n')).toEqual([]);
  });
  it('县城中心, 县城主街道, 市县级医院, 山区学校', () => {
    expect(names('环卫工人乌某负责县城主街道清扫十二年。\n')).toEqual([]);
    expect(names('设在县城中心路口的驿站由县环卫所管理。\n')).toEqual(['县环卫所']);
    expect(names('上官某在全市县级医院中率先开展冠脉介入。\n')).toEqual([]);
    expect(names('阙某扎根山区学校十五年。\n')).toEqual([]);
  });
  it('keeps: a district and a town street office', () => {
    expect(names('授予南宁市青秀区新竹街道等5个单位称号。\n')).toContain('南宁市青秀区新竹街道');
  });
});

describe('an autonomous county written short', () => {
  it('is the document’s county when it is named so more often', () => {
    const text = '天祝藏族自治县总工会召开会议。民勤县代表参加。天祝县总工会今年组织竞赛，天祝县职工踊跃参加。\n';
    expect(docPlace(text).county).toBe('天祝藏族自治县');
  });
  it('a body named by the short form takes the full name; a firm keeps its own', () => {
    const os = orgs('甘肃省天祝藏族自治县总工会召开会议。据了解，天祝县总工会今年还依托天祝县雪域牦牛繁育有限公司建成工作室。\n');
    expect(os.find((o) => o.name === '天祝县总工会')?.canonical).toBe('天祝藏族自治县总工会');
    expect(os.find((o) => o.name === '天祝县雪域牦牛繁育有限公司')?.canonical).toBe('天祝县雪域牦牛繁育有限公司');
  });
  it('和 before 县 joins two bodies where the province is only the gazetteer’s', () => {
    expect(names('武威市天祝县总工会：工作室依托某某蔬菜专业合作社和县藏医院建立。\n')).toContain('县藏医院');
  });
});
