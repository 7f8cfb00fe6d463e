// Headers of issue 18, round 29: contents headed 本期内容 (any heading word of a contents) with ▶ marks
// are no title; a heading's number in any bracket (〔一〕 【二】 ［3］ 〈四〉), set before the entry and
// repeated before the body's heading, is no part of the title; a contents entry of a short block
// (▶简讯二则) opens an article; a running number alone under the issue line ((总第88期)) is no part
// of the issuer; a credit in square brackets with a writer's label and a space ([撰稿\u3000某], 【执笔\u3000某】),
// 撰文：/◇撰文：, and a unit crediting with 供稿 before the writer (某股\u3000供稿\u3000执笔人：某) give the writer;
// a headline between two rules (※※※) after a paragraph opens an article.
// Texts written for this test in the layouts of those genres.
import { describe, expect, it } from 'vitest';
import { headerReader, arts } from './read-header.js';

const header = headerReader('headers-r29-');

const p1 = '　　9月中旬，全县举办焊工、电工技能比武，共有126名职工参赛，决出一等奖3名、二等奖6名。\n';
const p2 = '　　今年以来，该镇依托码头建成驿站2个，配备休息室和药箱，已为货车司机提供服务800余人次。\n';
const p3 = '　　▲8月，县人社局走访企业31家，收集岗位需求420个。\n　　▲截至8月底，全县失业保险参保2.6万人。\n';
const masthead = (paper: string, office = '某县总工会办公室') => `${paper}\n\n2025年第4期\n\n${office}　　　　　　2025年7月2日\n\n`;
const rule = '┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄\n';

describe('contents: any heading word, any bracketed number', () => {
  it('【本期内容】 over ▶ entries, the last a short block', async () => {
    const h = await header('t1.txt', `${masthead('人社动态')}【本期内容】\n▶全县举办职工技能比武\n▶城关镇驿站投入使用\n▶简讯两则\n\n${rule}\n全县举办职工技能比武\n◇撰文：龙晓梅\n\n${p1}\n城关镇驿站投入使用\n\n${p2}——城关镇总工会\n\n简讯两则\n\n${p3}\n${rule}报：市总工会\n`);
    expect(h.title).toBe('全县举办职工技能比武');
    expect(arts(h)).toEqual(['全县举办职工技能比武 / 龙晓梅', '城关镇驿站投入使用 / 城关镇总工会', '简讯两则 / ∅']);
  });

  it('〔一〕〔二〕 before the entries and again before the headings', async () => {
    const h = await header('t2.txt', `${masthead('工会工作简报')}【目　录】\n〔一〕全县举办职工技能比武\n〔二〕城关镇驿站投入使用\n\n${rule}\n〔一〕全县举办职工技能比武\n本刊通讯员　龙晓梅\n\n${p1}\n〔二〕城关镇驿站投入使用\n\n${p2}[撰稿　任佳音]\n\n${rule}报：市总工会\n`);
    expect(h.title).toBe('全县举办职工技能比武');
    expect(arts(h)).toEqual(['全县举办职工技能比武 / 本刊通讯员 龙晓梅', '城关镇驿站投入使用 / 任佳音']);
  });

  it('【1】【2】 numbers and 本期主要内容, a credit in 【】 with 执笔', async () => {
    const h = await header('t3.txt', `${masthead('职工之家')}本期主要内容\n【1】全县举办职工技能比武\n【2】城关镇驿站投入使用\n\n${rule}\n【1】全县举办职工技能比武\n\n${p1}【执笔　石晓川】\n\n【2】城关镇驿站投入使用\n\n${p2}（城关镇总工会　任佳音）\n`);
    expect(arts(h)).toEqual(['全县举办职工技能比武 / 石晓川', '城关镇驿站投入使用 / 城关镇总工会 任佳音']);
  });

  it('〈一〉 numbers in a traditional copy, 撰文： under the heading', async () => {
    const h = await header('t4.txt', `${masthead('工會簡報')}目　錄\n〈一〉全縣舉辦職工技能比武\n〈二〉城關鎮驛站投入使用\n\n${rule}\n〈一〉全縣舉辦職工技能比武\n撰文：龍曉梅\n\n　　9月中旬，全縣舉辦焊工、電工技能比武，共有126名職工參賽，決出一等獎3名。\n\n〈二〉城關鎮驛站投入使用\n撰文：任佳音\n\n　　今年以來，該鎮依託碼頭建成驛站2個，已為貨車司機提供服務800餘人次。\n`);
    expect(arts(h)).toEqual(['全縣舉辦職工技能比武 / 龍曉梅', '城關鎮驛站投入使用 / 任佳音']);
  });
});

describe('the issue line, the issuer and the credits', () => {
  it('a running number alone under the issue line is no part of the office', async () => {
    for (const total of ['（总第88期）', '总第88期', '〔总第88期〕']) {
      const h = await header(`i-${total.length}.txt`, `东平工会简报\n\n2025年　第4期\n${total}\n\n东平县总工会办公室　　　　　　2025年7月2日\n\n全县举办职工技能比武\n（县总工会　龙晓梅）\n\n${p1}`);
      expect(h.issuers).toEqual(['东平县总工会办公室']);
    }
  });

  it('a unit crediting with 供稿 before the writer: the writer', async () => {
    for (const credit of ['（就业促进股　供稿　执笔人：曾晓雯）', '（县人社局办公室　提供　撰稿：曾晓雯）', '（劳动关系科　供稿　执笔：曾晓雯）']) {
      const h = await header(`w-${credit.length}.txt`, `${masthead('人社工作动态')}全县举办职工技能比武\n（县总工会　龙晓梅）\n\n${p1}\n城关镇驿站投入使用\n${credit}\n\n${p2}`);
      expect(arts(h)).toEqual(['全县举办职工技能比武 / 县总工会 龙晓梅', '城关镇驿站投入使用 / 曾晓雯']);
    }
  });

  it('a headline between two rules of ※ after a paragraph, its source at the end', async () => {
    const r = '※※※※※※※※※※※※※※※※※※※※\n';
    const h = await header('h1.txt', `${masthead('改革快报')}${r}\n全县举办职工技能比武\n□县总工会　龙晓梅\n\n${p1}\n${r}\n县人社局新建零工驿站3个\n\n　　近日，县人社局在城区建成零工驿站3个，为灵活就业人员提供岗位信息、技能培训等服务。\n（来源：某县人力资源和社会保障局）\n\n${r}\n城关镇驿站投入使用\n文：任佳音\n\n${p2}\n${r}发：各乡镇\n`);
    expect(arts(h)).toEqual(['全县举办职工技能比武 / 县总工会 龙晓梅', '县人社局新建零工驿站3个 / 某县人力资源和社会保障局', '城关镇驿站投入使用 / 任佳音']);
  });
});
