// Round 15 of issue 18 (confer20): a list heading that names its contest before the quoted title, the holders
// of a naming counted by anaphora (获此命名 / 当选的N名), the N named one by one (入选的5人分别是), a pointer to the
// annex after a conferred title. Sentences written for these tests, other provinces, both scripts.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const got = (text: string, province: string | null = null) =>
  confermentHonours(foldToSimplified(text), province, r).map((h) => [h.name, h.count]);

describe('a list heading after the name of the contest its holders won', () => {
  it('takes the quoted title, not the contest, for the honour', () => {
    expect(got('第二届汉中市职业技能大赛“汉中市技术能手”名单（18名）')).toEqual([['汉中市技术能手', 18]]);
    expect(got('2025年全縣職工技能競賽「某縣技術標兵」名單（共12名）')).toEqual([['某县技术标兵', 12]]);
  });
});

describe('the holders of a naming counted again', () => {
  it('reads 获此命名 after the naming ceremony of a quoted title', () => {
    expect(got('9月5日，江门市召开“五邑工匠”命名大会，全市共有30名技能人才获此命名。')).toEqual([['五邑工匠', 30]]);
  });
  it('reads 当选的N名 and 入选的N人分别是 as the holders just counted', () => {
    expect(got('最终12人当选“梓潼工匠”。当选的12名工匠中，来自制造业的有8人。')).toEqual([['梓潼工匠', 12], ['梓潼工匠', 12]]);
    expect(got('全县8名职工获评“黔东南州技术能手”。入选的8人分别是：王某、李某等。')).toEqual([['黔东南州技术能手', 8], ['黔东南州技术能手', 8]]);
  });
  it('reads no later count of another number', () => {
    expect(got('全县8名职工获评“黔东南州技术能手”。入选的6人分别是：王某、李某等。')).toEqual([['黔东南州技术能手', 8]]);
  });
});

describe('a pointer to the annex after a conferred title is no part of it', () => {
  it('drops （名单见附件）', () => {
    expect(got('决定认定某某公司“王某钳工技能大师工作室”等5个工作室为2025年度庄河市技能大师工作室（名单见附件）。')).toEqual([['庄河市技能大师工作室', 5]]);
  });
});

describe('an honour a named person holds, said as an attribute: no count', () => {
  it('reads the bracket after a leader’s name, one honour each, either script', () => {
    expect(got('　　依托单位：某某水务公司　　领衔人：韦振华（广西工匠）')).toEqual([['广西工匠', null]]);
    expect(got('帶頭人：葉秀蘭（全國勞動模範、高級技師）')).toEqual([['全国劳动模范', null]]);
  });
  it('reads the cells of a table’s honours column, and no other column', () => {
    const table = '| 序号 | 工作室名称 | 带头人 | 主要荣誉 |\n| --- | --- | --- | --- |\n| 1 | 某某技能大师工作室 | 潘某 | 江西省技术能手 |\n| 2 | 某某工作室 | 毛某 | — |';
    expect(got(table)).toEqual([['江西省技术能手', null]]);
    expect(got('| 序号 | 单位 | 称号 |\n| --- | --- | --- |\n| 1 | 某某公司 | 先进单位 |\n\n| 名称 | 备注 |\n| --- | --- |\n| 某某班组 | 优秀班组 |')).toEqual([]);
  });
  it('leaves a bracket that holds no honour, or follows no person, alone', () => {
    expect(got('领衔人：朴某（朝鲜族）')).toEqual([]);
    expect(got('某某公司（全国技术能手培育基地）')).toEqual([]);
  });
  it('reads honours that lead with no count, one each and none counted', () => {
    expect(got('其余由宜春市劳动模范和“宜春工匠”领衔。')).toEqual([['宜春市劳动模范', null], ['宜春工匠', null]]);
  });
});
