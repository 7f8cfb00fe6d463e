// Issue 18: words that look like a leader's name before a workshop's type and are not one: a conjunction then a scope
// (和|全市…), the document's own place written short before a local craft (钟祥市 … 钟祥|蟠龙菜制作), a word of the
// dictionary after a quoted motto (“金炉”|冶炼创新工作室); and a word of the dictionary the record gives another leader
// for. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';

const pr = peopleRules();
const wn = workshopNames();
const run = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).map((w) => [w.name, w.leader]);

describe('no leader from words that look like a name', () => {
  it('a conjunction then a scope or a level opens no name (a title broken over two lines)', () => {
    expect(run('关于公布第二批某某县技能大师工作室\n和全县技能大师工作室名单的通知')).toEqual([]);
    expect(run('关于命名第五批劳模创新工作室\n与全省示范性劳模创新工作室的决定')).toEqual([]);
    expect(run('关于公布县级技能大师工作室\n及市级技能大师工作室名单的通知')).toEqual([]);
  });
  it('a surname 和 with a given name is still a leader', () => {
    expect(run('2．某某纳西族文化有限公司和志刚东巴纸技能大师工作室')).toEqual([['和志刚东巴纸技能大师工作室', '和志刚']]);
  });
  it('the document\'s own place written short opens a local craft, no leader', () => {
    expect(run('钟祥市总工会公布名单。\n3．钟祥蟠龙菜制作技能大师工作室（某某餐饮管理有限公司）')).toEqual([]);
    expect(run('高邮市总工会公布名单。\n1．高邮鸭蛋腌制技能大师工作室／某某蛋品有限公司')).toEqual([]);
    expect(run('章丘区总工会公布名单。\n|序号|工作室名称|\n|1|章丘铁锅锻打技能大师工作室|')).toEqual([]);
  });
  it('…and with the record, the whole local craft is the name and the record\'s leader its leader', () => {
    const t = '高邮市技能大师工作室名录\n（按工作室名称／依托单位／带头人排列）\n1．高邮鸭蛋腌制技能大师工作室／某某蛋品有限公司／居秀兰';
    expect(run(t)).toEqual([['高邮鸭蛋腌制技能大师工作室', '居秀兰']]);
  });
  it('a word of the dictionary after a quoted motto is its craft: the motto opens the name', () => {
    expect(run('在某某冶金有限公司，由省劳动模范甘立强领衔的“炉火”冶炼创新工作室成立最早。')).toEqual([['“炉火”冶炼创新工作室', '甘立强']]);
    expect(run('由工艺美术大师邝志明领衔的“山魂”石雕创新工作室去年完成作品30件。')).toEqual([['“山魂”石雕创新工作室', '邝志明']]);
    expect(run('某某医院的“仁心”护理创新工作室，领衔人是全国三八红旗手卢秀梅。')).toEqual([['“仁心”护理创新工作室', '卢秀梅']]);
  });
  it('…but a name after a quoted honour or a motto is the leader', () => {
    expect(run('“三晋工匠”赵海波职工创新工作室今年完成攻关5项。')).toEqual([['赵海波职工创新工作室', '赵海波']]);
  });
  it('a word the record gives another leader for is a word of the craft (黄金梨, 石榴), in any layout', () => {
    expect(run('1．黄金梨栽培技能大师工作室\n依托单位：某某梨果专业合作社\n带头人：蔺国栋')).toEqual([['黄金梨栽培技能大师工作室', '蔺国栋']]);
    expect(run('工作室名称/依托单位/负责人\n2. 黄金梨栽培技能大师工作室/某某梨果专业合作社/蔺国栋')).toEqual([['黄金梨栽培技能大师工作室', '蔺国栋']]);
    expect(run('具体为：石榴盆景技能大师工作室，依托某某园艺有限公司建设，带头人为覃美玲。')).toEqual([['石榴盆景技能大师工作室', '覃美玲']]);
  });
});
