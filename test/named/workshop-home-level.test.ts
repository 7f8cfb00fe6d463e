// Issue 18: a workshop's level where the sentence writes none but the document's own body does — a bare
// 市 in a county-level city's document is that city (county), and a body that sets a workshop up gives it
// its level. Own sentences, several provinces and delimiters.
import { describe, expect, it } from 'vitest';
import { foldToSimplified } from '../../src/normalize/fold.js';
import { cuePeople, peopleRules } from '../../src/extract/named/people-cues.js';
import { namedWorkshops, workshopNames } from '../../src/extract/named/workshop-names.js';
import { homeLevels } from '../../src/extract/named/level.js';

const pr = peopleRules();
const wn = workshopNames();
const levels = (t: string, issuers: string[], title: string | null = null) =>
  namedWorkshops(t, title, [], cuePeople(t, pr), pr, wn, homeLevels(issuers, title)).map((w) => [w.name, w.level]);

describe('the document’s own 市 (homeLevels)', () => {
  it('a county-level city’s issuer makes a bare 市 county; a prefecture’s, a county’s or a directly governed city’s municipal', () => {
    expect(homeLevels(['醴陵市总工会'], null)).toEqual({ city: 'county', issuer: 'county' });
    expect(homeLevels(['内蒙古自治区扎兰屯市人力资源和社会保障局'], null)).toEqual({ city: 'county', issuer: 'county' });
    expect(homeLevels(['株洲市总工会'], null)).toEqual({ city: 'municipal', issuer: 'municipal' });
    expect(homeLevels(['攸县总工会'], null)).toEqual({ city: 'municipal', issuer: 'county' });
    // a city the province governs directly ranks as a prefecture, as held21's 仙桃 golds rank its titles
    expect(homeLevels(['仙桃市总工会'], null)).toEqual({ city: 'municipal', issuer: 'municipal' });
    expect(homeLevels([], '海城市新认定一批市级技能大师工作室')).toEqual({ city: 'county', issuer: 'county' });
    expect(homeLevels(['海城市某某机械有限公司工会'], null).issuer).toBeNull();
  });
});

describe('a bare 市级 in a county-level city’s document is county', () => {
  it('from the title, a heading over the list, or a conferment in the sentence', () => {
    const list = '本次认定的工作室分别是：\n“松涛”林木抚育技能大师工作室（领办人：乌云娜）；\n韩立军汽车维修技能大师工作室（领办人：韩立军）';
    expect(levels(list, ['扎兰屯市人力资源和社会保障局'], '扎兰屯市新认定一批市级技能大师工作室').map((x) => x[1])).toEqual(['county', 'county']);
    expect(levels(list, ['齐齐哈尔市人力资源和社会保障局'], '齐齐哈尔市新认定一批市级技能大师工作室').map((x) => x[1])).toEqual(['municipal', 'municipal']);
    const head = '一、市级劳模创新工作室（2个）\n1．“瓷韵”釉下彩劳模创新工作室（领衔人：谭建平）\n2．黄志刚电焊劳模创新工作室';
    expect(levels(head, ['醴陵市总工会']).map((x) => x[1])).toEqual(['county', 'county']);
    expect(levels('今年新命名市级职工创新工作室3个，由周海燕领衔的“匠心”钳工职工创新工作室带动班组攻关。', ['诸暨市总工会']))
      .toEqual([['“匠心”钳工职工创新工作室', 'county']]);
  });
  it('but the prefecture’s where its name is written just before (某某市人社局公布市级…名单)', () => {
    const t = '株洲市人社局日前公布2025年度市级技能大师工作室认定结果，我市申报的2个工作室全部通过认定。具体为：刘卫东陶瓷技能大师工作室、谭志强焊接技能大师工作室。';
    expect(levels(t, ['醴陵市人力资源和社会保障局']).map((x) => x[1])).toEqual(['municipal', 'municipal']);
  });
});

describe('the body that set a workshop up gives its level where no level is written', () => {
  it('a bare 市 body in a county-level city’s document, a named body, a county’s', () => {
    expect(levels('市总工会同时在孙志强所在企业挂牌成立“孙志强数控创新工作室”，首期拨付资金5万元。', ['都匀市总工会']))
      .toEqual([['孙志强数控创新工作室', 'county']]);
    expect(levels('邵阳市总工会在某某纺织有限公司设立“罗建华纺纱创新工作室”。', ['邵东市总工会']))
      .toEqual([['罗建华纺纱创新工作室', 'municipal']]);
    expect(levels('县总工会在某某镇设立“李春梅刺绣创新工作室”。', ['某某县总工会']).map((x) => x[1])).toEqual(['county']);
  });
  it('no body written: the issuer’s, over a count it is listed out of', () => {
    expect(levels('会上还为首批4个“醴陵工匠”创新工作室授牌，其中王国庆釉彩创新工作室、李红梅陶艺创新工作室两个工作室已投入运行。', ['醴陵市总工会'])
      .map((x) => x[1])).toEqual(['county', 'county']);
    expect(levels('今年新认定“马兰花”刺绣技能大师工作室1个，工作室现有学员20人。', ['格尔木市人力资源和社会保障局']).map((x) => x[1])).toEqual(['county']);
    expect(levels(foldToSimplified('今年新認定“雪蓮”刺繡技能大師工作室1個。'), [foldToSimplified('格爾木市人力資源和社會保障局')]).map((x) => x[1])).toEqual(['county']);
  });
  it('none where a unit set it up, the conferment is put off, or the workshop is told of after it', () => {
    expect(levels('某某机械有限公司成立“刘志勇焊接创新工作室”，配备设备20台。', ['都匀市总工会']).map((x) => x[1])).toEqual([null]);
    expect(levels('本次命名的6个工作室中，由劳模领衔的有2个；另有陈晓东劳模创新工作室、刘芳劳模创新工作室暂缓命名。', ['宜宾市总工会']).map((x) => x[1])).toEqual([null]);
    expect(levels('上半年新命名“邵东市劳模创新工作室”3个，由刘海波领衔的刘海波五金锻造创新工作室累计培养徒弟26名。', ['邵东市总工会']).map((x) => x[1])).toEqual([null]);
  });
});

describe('the type word as written where the document tells two kinds apart', () => {
  const types = (t: string) => namedWorkshops(t, null, [], cuePeople(t, pr), pr, wn).map((w) => [w.name, w.type]);
  it('劳模工作室 stays where the document also writes 劳模创新工作室, else is its short form', () => {
    expect(types('同时命名王铁军劳模工作室为某某县劳模创新工作室。')).toEqual([['王铁军劳模工作室', '劳模工作室']]);
    expect(types('1．赵红梅劳模工作室（示范性）\n　　领衔人：赵红梅\n2．某某公司劳模创新工作室12个')).toEqual([['赵红梅劳模工作室', '劳模工作室']]);
    expect(types('某煤业集团“孙大勇劳模工作室”今年完成技改项目6项。')).toEqual([['孙大勇劳模工作室', '劳模创新工作室']]);
  });
  it('a longer spelling of the same word is the short form’s type, both written or not', () => {
    expect(types('“周国华劳动模范创新工作室”与全县其他劳模创新工作室一道开展攻关。')[0]).toEqual(['周国华劳动模范创新工作室', '劳模创新工作室']);
  });
});
