// Headers of issue 18, round 27: contents headed 提要 or run on one line with circled numbers are no
// title; a rule drawn with any one repeated mark (■■■, ★★★, ※※※) opens no article; a credit in square
// brackets (【记者 某 通讯员 某】), a writer after the source (信息来源：某股 执笔：某) and a photographer's credit
// beside the writer's (文/图 某, 文 某 图 某) give the writer; a ★ set over a 文件 title is no part of it.
// Texts written for this test in the layouts of those genres.
import { describe, expect, it } from 'vitest';
import { headerReader, arts, bare } from './read-header.js';

const header = headerReader('headers-r27-');

const p1 = '　　9月中旬，全县举办焊工、电工技能比武，共有126名职工参赛，决出一等奖3名、二等奖6名。\n';
const p2 = '　　今年以来，该镇依托码头建成驿站2个，配备休息室和药箱，已为货车司机提供服务800余人次。\n';
const masthead = (paper: string) => `${paper}\n\n2025年第4期\n\n某县总工会办公室　　　　　　2025年7月2日\n\n`;

describe('contents with circled numbers', () => {
  it('【本期提要】 with one entry a line, under a rule of ■', async () => {
    const h = await header('c1.txt', `${masthead('东平工会简报')}【本期提要】\n①全县举办职工技能比武\n②城关镇驿站投入使用\n\n■■■■■■■■■■■■■■■■■■■■\n\n全县举办职工技能比武\n\n${p1}（县总工会经审办）\n\n城关镇驿站投入使用\n\n${p2}（城关镇总工会　任佳音）\n\n■■■■■■■■■■■■■■■■■■■■\n报：市总工会\n`);
    expect(h.title).toBe('全县举办职工技能比武');
    expect(arts(h)).toEqual(['全县举办职工技能比武 / 县总工会经审办', '城关镇驿站投入使用 / 城关镇总工会 任佳音']);
  });

  it('the entries run on one line after 本期要目：, rules of ★', async () => {
    const h = await header('c2.txt', `${masthead('工会简讯')}本期要目：①全县举办职工技能比武②城关镇驿站投入使用\n\n★★★★★★★★★★★★★★★★★★★★\n\n全县举办职工技能比武\n\n${p1}（县总工会经审办）\n\n城关镇驿站投入使用\n\n${p2}（城关镇总工会　任佳音）\n`);
    expect(h.title).toBe('全县举办职工技能比武');
    expect(arts(h).map((a) => a.split(' / ')[0])).toEqual(['全县举办职工技能比武', '城关镇驿站投入使用']);
  });

  it('a traditional copy: 本期提要 over a line of ①②, rules of ※', async () => {
    const h = await header('c3.txt', `${masthead('工會簡訊')}本期提要\n①全縣舉辦職工技能比武②城關鎮驛站投入使用\n\n※※※※※※※※※※※※※※※※※※\n\n全縣舉辦職工技能比武\n\n　　9月中旬，全縣舉辦焊工、電工技能比武，共有126名職工參賽，決出一等獎3名。\n（縣總工會經審辦）\n\n城關鎮驛站投入使用\n\n　　今年以來，該鎮依託碼頭建成驛站2個，已為貨車司機提供服務800餘人次。\n（城關鎮總工會　任佳音）\n`);
    expect(h.title).toBe('全縣舉辦職工技能比武');
    expect(h.articles.some((a) => /[①※]/.test(a.title))).toBe(false);
  });
});

describe('rules drawn with a repeated mark are no article', () => {
  it('◆◆◆ and ■■■ between articles without contents', async () => {
    const h = await header('r1.txt', `${masthead('职工之家')}全县举办职工技能比武\n（县总工会　龙晓梅）\n\n${p1}\n◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆◆\n\n城关镇驿站投入使用\n（城关镇总工会　任佳音）\n\n${p2}\n■■■■■■■■■■■■■■■■\n报：市总工会\n`);
    expect(h.articles.some((a) => /^[◆■]+$/.test(bare(a.title)!))).toBe(false);
    expect(arts(h)).toEqual(['全县举办职工技能比武 / 县总工会 龙晓梅', '城关镇驿站投入使用 / 城关镇总工会 任佳音']);
  });
});

describe('credits in square brackets, after a source, beside a photographer', () => {
  it('【记者 某 通讯员 某】 under the headline is its byline, not part of it', async () => {
    const h = await header('b1.txt', `${masthead('工会信息')}＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝\n\n我县命名首批8名“东平工匠”\n\n【记者　葛文涛　通讯员　骆晓芸】\n\n${p1}\n城关镇驿站投入使用\n\n（城关镇总工会　供稿）\n\n${p2}`);
    expect(h.title).toBe('我县命名首批8名“东平工匠”');
    expect(h.bylineAsWritten).toBe('记者 葛文涛 通讯员 骆晓芸');
  });

  it('〖通讯员：某〗 and a square-bracketed column heading that is no credit', async () => {
    const h = await header('b2.txt', `${masthead('工会信息')}我县命名首批8名“东平工匠”\n\n〖通讯员：骆晓芸〗\n\n${p1}\n【基层动态】\n\n城关镇驿站投入使用\n\n（城关镇总工会　任佳音）\n\n${p2}`);
    expect(h.bylineAsWritten).toBe('通讯员 骆晓芸');
    expect(h.articles.some((a) => a.byline === '基层动态')).toBe(false);
  });

  it('信息来源 then 执笔, 来源 then 撰稿, 供稿 then 作者: the writer is the byline', async () => {
    const h = await header('b3.txt', `人社动态\n\n第6期\n\n某县人社局办公室　　　　2025年6月3日\n\n————————————————\n\n全县举办职工技能比武\n\n${p1}　　（信息来源：职业能力建设股　执笔：骆晓芸）\n\n城关镇驿站投入使用\n\n${p2}　　（来源：县就业局　撰稿：葛文涛）\n\n乡村工匠培训开班\n\n　　6月1日，县人社局在城关镇开办乡村工匠培训班，首期学员46人，课程安排共12天。\n　　（供稿：城关镇人社所　作者：付海涛）\n`);
    expect(arts(h)).toEqual(['全县举办职工技能比武 / 骆晓芸', '城关镇驿站投入使用 / 葛文涛', '乡村工匠培训开班 / 付海涛']);
  });

  it('a unit and its writer without a source label keep the unit', async () => {
    const h = await header('b4.txt', `人社动态\n\n第6期\n\n某县人社局办公室　　　　2025年6月3日\n\n————————————————\n\n全县举办职工技能比武\n\n${p1}　　（县就业局　骆晓芸）\n\n城关镇驿站投入使用\n\n${p2}　　（城关镇人社所　葛文涛）\n`);
    expect(arts(h)).toEqual(['全县举办职工技能比武 / 县就业局 骆晓芸', '城关镇驿站投入使用 / 城关镇人社所 葛文涛']);
  });

  it('文/图 某, ◎文 某　图 某, 文：某 摄影：某 and a traditional 文　某　　圖　某: the writer only', async () => {
    const h = await header('b5.txt', `${masthead('工会简讯')}～～～～～～～～～～～～～～～～\n\n全县举办职工技能比武\n■　文/图　骆晓芸\n\n${p1}\n城关镇驿站投入使用\n◎文　葛文涛　　图　付海涛\n\n${p2}\n乡村工匠培训开班\n文：龙晓梅　摄影：任佳音\n\n　　6月1日，县总工会在城关镇开办乡村工匠培训班，首期学员46人，课程安排共12天。\n`);
    expect(arts(h).map((a) => a.split(' / ')[1])).toEqual(['骆晓芸', '葛文涛', '龙晓梅']);
  });

  it('a traditional issue: 文　某　　圖　某 under the first headline gives the header its writer', async () => {
    const h = await header('b6.txt', `工作簡報\n\n第5期\n\n某縣總工會辦公室　　　　2025年6月6日\n\n～～～～～～～～～～～～～～～～\n\n縣總工會為職工書屋揭牌\n文　韋麗華　　圖　黃志明\n\n　　6月5日，縣總工會為城關鎮職工書屋揭牌，書屋藏書3000餘冊，可供職工免費借閱。\n\n城關鎮驛站投入使用\n（城關鎮總工會　任佳音）\n\n　　今年以來，該鎮依託碼頭建成驛站2個，已為貨車司機提供服務800餘人次。\n`);
    expect(h.bylineAsWritten).toBe('韋麗華');
    expect(arts(h)).toEqual(['縣總工會為職工書屋揭牌 / 韋麗華', '城關鎮驛站投入使用 / 城關鎮總工會 任佳音']);
  });
});

describe('a mark over a 文件 title', () => {
  for (const [mark, name] of [['★', 'star'], ['☆', 'hollow'], ['◆', 'diamond']] as const) {
    it(`${mark} alone on the line between the 文号 and the title`, async () => {
      const h = await header(`m-${name}.txt`, `某县总工会文件\n\n某工发〔2025〕9号\n\n${mark}\n\n关于命名2025年度某县劳模创新工作室的决定\n\n各镇总工会：\n　　经申报、评审和公示，决定命名城关镇机械厂数控工作室等5个工作室为2025年度某县劳模创新工作室。\n\n某县总工会\n2025年6月20日\n`);
      expect(h.title).toBe('关于命名2025年度某县劳模创新工作室的决定');
    });
  }
});
