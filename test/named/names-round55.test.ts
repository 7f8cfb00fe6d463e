// Names, round 55 of issue 18: compound surnames (复姓) and Manchu clan names read whole, transcribed names with a
// middle dot inside a clause (分别由…, …分别获评, …则是), a workshop's craft word taken for its leader where the text
// states the leader, and bylines (a mark inside the bracket, 整理：, a reprinted article's source) — on lines written
// for this test, each with what it must leave alone.
import { describe, expect, it } from 'vitest';
import { cuePeople, isName, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { structure } from '../../src/structure/index.js';

const r = peopleRules();
const wn = workshopNames();
const found = (t: string) => cuePeople(t, r).map((p) => `${p.name}/${p.role ?? ''}`);
const leaders = (t: string) => namedWorkshops(t, null, [], cuePeople(t, r), r, wn).map((w) => [w.name, w.leader]);
const articles = (text: string) => structure({ text, lines: [] }, 'txt').meta.articles?.map((a) => [a.title, a.byline]);

describe('compound surnames of the 百家姓 and Manchu clan names', () => {
  it('reads the compound surname whole, not its first character alone', () => {
    expect(found('撰稿：濮阳志刚　审核：淳于海东')).toEqual(['濮阳志刚/撰稿', '淳于海东/审核']);
    expect(found('签发：鲜于晓梅　审核：闾丘建平')).toEqual(['鲜于晓梅/签发', '闾丘建平/审核']);
    expect(found('编辑：富察文博')).toEqual(['富察文博/编辑']);
    expect(isName('那拉春燕', r)).toBe(true);
    expect(isName('淳于海东', r)).toBe(true);
  });
  it('leaves alone: a compound surname with no given name, a place that opens with one', () => {
    expect(isName('濮阳', r)).toBe(false);
    expect(isName('濮阳市总工会', r)).toBe(false);
  });
});

describe('rare single surnames of the 百家姓 that open no common word', () => {
  it('reads 庾, 酆, 贲, 羿, 璩 where a cue puts a name', () => {
    expect(found('撰稿：庾立新　审核：璩文芳')).toEqual(['庾立新/撰稿', '璩文芳/审核']);
    expect(isName('酆晓东', r) && isName('贲国强', r) && isName('羿春梅', r)).toBe(true);
  });
});

describe('a leader after a chain of titles opened by 由', () => {
  it('reads the name that closes the chain before the act', () => {
    expect(found('该工作室由全国劳动模范、“某某工匠”欧阳春明领衔，近三年培训茶农一千余人次。')).toContain('欧阳春明/领衔人');
  });
  it('leaves alone: a chain with no 由 before it', () => {
    expect(found('全国劳动模范、“某某工匠”称号领衔，近三年培训茶农一千余人次。')).toEqual([]);
  });
});

describe('a transcribed name inside a clause', () => {
  it('leaves the clause words before and the adverb after out of the name', () => {
    expect(found('两个工作室，分别由买买提·艾力、阿依古丽·吐逊领衔。').map((x) => x.split('/')[0])).toEqual(['买买提·艾力', '阿依古丽·吐逊']);
    expect(found('县果品公司的努尔兰·托合提分别获评“某某工匠”。').map((x) => x.split('/')[0])).toEqual(['努尔兰·托合提']);
  });
  it('reads one right after a quoted honour', () => {
    expect(found('刺绣技能大师工作室由“某某工匠”帕丽达·艾山领衔，依托刺绣合作社建设。').map((x) => x.split('/')[0])).toContain('帕丽达·艾山');
  });
});

describe('a workshop whose first word is its craft, not its leader', () => {
  it('takes the leader the sentence states over the craft word', () => {
    const got = leaders('会上命名了5个工作室。其中，杨梅栽培劳模创新工作室由“某某工匠”濮阳德明领衔，近三年推广新品种4个。');
    expect(got).toContainEqual(['杨梅栽培劳模创新工作室', '濮阳德明']);
  });
  it('keeps a leader the name opens with when the text names that person', () => {
    const got = leaders('王建国是全国劳动模范。会上命名王建国劳模创新工作室为县级劳模创新工作室。');
    expect(got).toContainEqual(['王建国劳模创新工作室', '王建国']);
  });
});

describe('bylines of a bulletin\'s articles', () => {
  const P = '　　近日，甲县总工会举办电工技能比武，全县28家企业的112名职工参赛。';
  const issue = (credit1: string, credit2: string) =>
    articles(`某县工会信息\n第7期\n某县总工会办公室　　2025年6月3日\n甲县举办电工技能比武\n${P}\n${credit1}\n市总工会：技能培训行动进展良好\n${credit2}\n${P}\n报：市总工会`);
  it('reads a credit with a mark inside its bracket, and 整理：', () => {
    expect(issue('（□宣教部　柏文静）', '（县人社局办公室　整理：司马晓东）')?.map((a) => a[1])).toEqual(['宣教部 柏文静', '县人社局办公室 司马晓东']);
  });
  it('credits a reprinted article to the body it came from, without the periodical and its issue', () => {
    const got = articles(`某县工会信息\n第7期\n某县总工会办公室　　2025年6月3日\n甲县举办电工技能比武\n${P}\n（县总工会经济技术部　供稿）\n市总工会：技能培训行动进展良好\n（转自某市总工会《工会信息》第21期）\n${P}\n报：市总工会`);
    expect(got?.[1]).toEqual(['市总工会：技能培训行动进展良好', '某市总工会']);
    const wx = articles(`某县工会信息\n第7期\n某县总工会办公室　　2025年6月3日\n甲县举办电工技能比武\n${P}\n（县总工会经济技术部　供稿）\n市总工会推广技能评价经验\n转自：某市总工会微信公众号“某市工会”\n${P}\n报：市总工会`);
    expect(wx?.[1]).toEqual(['市总工会推广技能评价经验', '某市总工会微信公众号“某市工会”']);
  });
  it('credits a reporter whose name opens with a compound surname', () => {
    expect(issue('本刊记者　令狐志远　通讯员　申屠晓燕', '（县总工会经济技术部　供稿）')?.[0]?.[1]).toBe('本刊记者 令狐志远 通讯员 申屠晓燕');
  });
});
