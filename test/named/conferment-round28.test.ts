// Round 28 of issue 18 (honB): the annex list of a title the body conferred, and a bare count that reopens its
// holders. An annex heading whose count sits on the next line with a long note (（30名，按…排序，此处…）), an annex
// heading naming a title of any ending the body conferred by name (授予…等5个单位“H”称号 … H名单（5个）), and a
// sentence opening on a bare count of the holders as its topic (20人中还有3人…). Sentences written for these
// tests, other provinces, both scripts.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const got = (text: string, province: string | null = null) =>
  confermentHonours(foldToSimplified(text), province, r).map((h) => [h.name, h.count]);

describe('an annex heading with a long note under it', () => {
  it('reads the count in a bracket note of any length on the next line', () => {
    const t = '授予张某等24名同志“德清县劳动模范”称号。\n\n附件\n\n德清县劳动模范名单\n（24名，按姓氏笔画为序，此处仅列出部分企业职工）\n\n　　张某　某公司技术员\n';
    expect(got(t)).toEqual([['德清县劳动模范', 24], ['德清县劳动模范', 24]]);
    const u = '授予李某等9名同志“黔西市技术能手”称号；\n\n黔西市技术能手名单\n(共9名，以所在单位笔画为序，名单中的职务为推荐时职务)\n';
    expect(got(u)).toEqual([['黔西市技术能手', 9], ['黔西市技术能手', 9]]);
  });
  it('reads none for a group line that no body conferred (企业职工（13名）)', () => {
    const t = '授予王某等30名同志“英德市劳动模范”称号。受表彰的30名劳动模范中，企业职工13名。\n\n企业职工（13名）\n　　王某　某厂\n';
    expect(got(t).filter((h) => h[0] === '企业职工')).toEqual([]);
  });
});

describe('an annex heading of a title the body conferred, whatever its ending', () => {
  it('reads the heading of a unit title conferred by 授予…“H”称号', () => {
    const t = '二、授予某县职教中心等4个单位“桦甸市技能人才培养突出贡献单位”称号。\n\n桦甸市技能人才培养突出贡献单位名单（4个）\n\n　　某县职教中心\n';
    expect(got(t)).toEqual([['桦甸市技能人才培养突出贡献单位', 4], ['桦甸市技能人才培养突出贡献单位', 4]]);
  });
  it('reads it in traditional script with a 命名 and a 称号 unquoted', () => {
    const t = '命名某某合作社等6個單位為安吉縣鄉村振興技能示範基地稱號。\n\n安吉縣鄉村振興技能示範基地名單（6個）\n';
    expect(got(t)).toEqual([['安吉县乡村振兴技能示范基地', 6], ['安吉县乡村振兴技能示范基地', 6]]);
  });
  it('reads no heading for a list the body never conferred', () => {
    const t = '全县开展技能培训12期。\n\n参训企业骨干联络名单（8个）\n';
    expect(got(t)).toEqual([]);
  });
});

describe('a bare count reopening the holders as a topic', () => {
  it('points 20人中 back to the one title conferred on 20', () => {
    const t = '授予赵某等20名同志“磐石市乡村工匠”称号。获得称号的20名乡村工匠平均年龄43岁。20人中还有2人曾获评“吉林市技术能手”。';
    expect(got(t).filter((h) => h[0] === '磐石市乡村工匠' && h[1] === 20).length).toBe(3);
  });
  it('does the same with 名 and 里, either script', () => {
    const t = '授予錢某等12名同志「海寧市首席技師」稱號。12名里有5名來自民營企業。';
    expect(got(t).filter((h) => h[1] === 12).length).toBe(2);
  });
  it('reads no anaphora for a bare count not used as a topic (12人参加)', () => {
    const t = '授予孙某等12名同志“海宁市首席技师”称号。12人参加了颁证仪式。';
    expect(got(t).filter((h) => h[1] === 12).length).toBe(1);
  });
});

describe('a craftsman title named by its city’s short name', () => {
  const lv = (text: string, province: string) => confermentHonours(foldToSimplified(text), province, r).map((h) => [h.name, h.level]);
  it('takes the level of the county-level city so named (余姚 → 余姚市), either script', () => {
    expect(lv('命名周某等12名同志为第二批“诸暨工匠”。', '浙江省')).toEqual([['诸暨工匠', 'county']]);
    expect(lv('評出「巢湖大工匠」3名。', '安徽省')).toEqual([['巢湖大工匠', 'county']]);
  });
  it('gives a province-direct city’s title the level of a prefecture (仙桃 → municipal)', () => {
    expect(lv('评出“仙桃工匠”8名。', '湖北省')).toEqual([['仙桃工匠', 'municipal']]);
  });
  it('gives no level to a name no city bears (港城工匠 is a nickname)', () => {
    expect(lv('评出“港城工匠”8名。', '浙江省')).toEqual([['港城工匠', null]]);
  });
});

describe('a list of holders after 分别是：', () => {
  it('reads no counted honour across the colon, either script', () => {
    expect(got('这5个工作室分别是：由广东省劳动模范、某公司技师张某领衔的“精工”创新工作室。').filter((h) => h[1] === 5)).toEqual([]);
    expect(got('這3個班組分別為：由湖南省工人先鋒號某班組牽頭的攻關組。').filter((h) => h[1] === 3)).toEqual([]);
  });
  it('still reads a counted honour after 为 without a colon', () => {
    expect(got('其中2人为某市劳动模范。')).toEqual([['某市劳动模范', 2]]);
  });
});
