// Headers of issue 18, round 26: a bulletin's contents heading set off by a typographic mark (▲本期要目,
// ◆ 目录 ◆) is no title; headlines that each open with the same mark (◎/■/★) are the articles,
// the mark dropped; a reporter's role used as a byline label (通讯员：A　B) is kept as credited. Texts
// written for this test in the layouts of those genres.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';

const dir = mkdtempSync(join(tmpdir(), 'headers-r26-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Head { title: string | null; date: string | null; issuers: string[]; byline: string | null; articles: { title: string; byline: string | null }[] }
const bare = (s: string | null) => (s == null ? null : s.replace(/[\s\u3000]+/g, ''));

async function header(name: string, text: string): Promise<Head> {
  const f = join(dir, name);
  writeFileSync(f, text);
  const d = (await processFile(f)).json.document;
  return { title: bare(d.title), date: d.date, issuers: d.issuers.map((x: string) => bare(x)!), byline: bare(d.byline), articles: d.articles ?? [] };
}
const arts = (h: Head) => h.articles.map((a) => `${bare(a.title)} / ${a.byline ?? '∅'}`);

const p1 = '　　9月中旬，全县举办焊工、电工技能比武，共有126名职工参赛，决出一等奖3名、二等奖6名。\n';
const p2 = '　　今年以来，该镇依托码头建成驿站2个，配备休息室和药箱，已为货车司机提供服务800余人次。\n';

describe('a contents heading set off by a mark', () => {
  it('▲本期要目 between two rules of equals signs', async () => {
    const h = await header('toc1.txt', `临河区总工会\n\n工　作　简　报\n\n2025年第5期\n\n临河区总工会办公室　　　　2025年6月20日\n\n========================\n\n▲本期要目\n　　全区举办职工技能比武\n　　沙尔镇驿站投入使用\n\n========================\n\n全区举办职工技能比武\n\n${p1}\n（区总工会经审办）\n\n========================\n\n沙尔镇驿站投入使用\n\n${p2}\n（沙尔镇总工会　任佳音）\n`);
    expect(h.title).toBe('全区举办职工技能比武');
    expect(arts(h)).toEqual(['全区举办职工技能比武 / 区总工会经审办', '沙尔镇驿站投入使用 / 沙尔镇总工会 任佳音']);
  });

  it('◆ 目录 ◆ with a colon-less heading and dashes as rules', async () => {
    const h = await header('toc2.txt', `某县人社局\n\n人社动态\n\n2025年第8期\n\n某县人社局办公室　　　　2025年8月8日\n\n— — — — — — — — — —\n\n◆ 目录 ◆\n1. 全县举办职工技能比武\n2. 城关镇驿站投入使用\n\n— — — — — — — — — —\n\n全县举办职工技能比武\n\n（县人社局职业能力建设股　龙晓梅）\n\n${p1}\n城关镇驿站投入使用\n\n（城关镇人社所　付海涛）\n\n${p2}`);
    expect(h.title).toBe('全县举办职工技能比武');
    expect(arts(h).length).toBe(2);
    expect(h.articles[1]!.byline).toBe('城关镇人社所 付海涛');
  });

  it('▶本期要目◀ in traditional script, no rules', async () => {
    const h = await header('toc3.txt', `某市總工會\n\n工作簡報\n\n2025年第3期\n\n某市總工會辦公室　　　　2025年5月6日\n\n▶本期要目◀\n　　全縣舉辦職工技能比武\n　　城關鎮驛站投入使用\n\n全縣舉辦職工技能比武\n\n（縣總工會　龍曉梅）\n\n　　9月中旬，全縣舉辦焊工、電工技能比武，共有126名職工參賽。\n\n城關鎮驛站投入使用\n\n（城關鎮總工會　付海濤）\n\n　　今年以來，該鎮依託碼頭建成驛站2個，已服務貨車司機800餘人次。\n`);
    expect(h.title).toBe('全縣舉辦職工技能比武');
    expect(h.title).not.toMatch(/要目/);
  });
});

describe('headlines opened by the same mark', () => {
  it('◎ headlines between dashed rules, credits closing, under the title and bare', async () => {
    const h = await header('mk1.txt', `某县产业工人队伍建设改革\n\n快　　报\n\n2025年第2期（总第9期）\n\n某县产改工作领导小组办公室　　　　2025年4月30日\n\n— — — — — — — — — —\n\n◎ 全县举办职工技能比武\n\n${p1}\n（县总工会　供稿）\n\n— — — — — — — — — —\n\n◎ 城关镇驿站投入使用\n\n通讯员：付海涛　龙晓梅\n\n${p2}\n— — — — — — — — — —\n\n◎ 一名焊工的三十年\n\n　　清晨六点，车间里已经亮起焊花，老焊工石大勇又带着徒弟开始了一天的工作。\n\n（石晓川）\n`);
    expect(h.title).toBe('全县举办职工技能比武');
    expect(arts(h)).toEqual(['全县举办职工技能比武 / 县总工会', '城关镇驿站投入使用 / 通讯员 付海涛 龙晓梅', '一名焊工的三十年 / 石晓川']);
  });

  it('★ headlines with no space after the mark', async () => {
    const h = await header('mk2.txt', `某市总工会\n\n工会信息\n\n第11期\n\n某市总工会宣教部　　　　2025年11月3日\n\n★全市举办职工技能比武\n\n（市总工会经济技术部）\n\n${p1}\n★城关镇驿站投入使用\n\n（城关镇总工会　付海涛）\n\n${p2}`);
    expect(arts(h).map((a) => a.split(' / ')[0])).toEqual(['全市举办职工技能比武', '城关镇驿站投入使用']);
    expect(h.title).toBe('全市举办职工技能比武');
  });

  it('a mark before one credit line only is no headline series (■ unit name)', async () => {
    const h = await header('mk3.txt', `某市人社局\n\n人社动态\n\n2025年第7期\n\n某市人社局办公室　　　　2025年7月8日\n\n全市举办职工技能比武\n\n■ 职业能力建设科　郭晓然\n\n${p1}\n城关镇驿站投入使用\n\n■ 城关镇人社所　付海涛\n\n${p2}`);
    expect(arts(h)).toEqual(['全市举办职工技能比武 / 职业能力建设科 郭晓然', '城关镇驿站投入使用 / 城关镇人社所 付海涛']);
  });
});
