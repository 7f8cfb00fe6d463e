// Round 46 of issue 18 (honours): the holders of a title just conferred who sign a pact with others
// (会后，6名工匠与20名学徒签订带徒协议; 5名工匠还同14名学徒结成师徒对子) are one more count of those holders; the other
// side of the pact and a count of another noun are not. Text written for these tests.
import { describe, it, expect } from 'vitest';
import { confermentRules, confermentHonours } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const all = (text: string) => confermentHonours(foldToSimplified(text), null, r, null);
const anaphora = (text: string) => all(text).filter((h) => h.rule === 'conferment.anaphora').map((h) => [h.name, h.count, text.slice(h.start, h.end)]);

describe('holders signing a pact with others', () => {
  const grant = '镇总工会授予孙某等7名职工“临江工匠”称号。';
  it('counts the holders before 与 … 签订', () => {
    expect(anaphora(`${grant}仪式结束后，7名工匠与19名青年技工签订了带徒协议。`)).toEqual([['临江工匠', 7, '7名工匠']]);
  });
  it('counts them before 还同 … 结成, and in traditional script', () => {
    expect(anaphora(`${grant}当天下午，7名工匠还同15名学徒结成师徒对子。`)).toEqual([['临江工匠', 7, '7名工匠']]);
    expect(anaphora('鎮總工會授予孫某等7名職工“臨江工匠”稱號。會後，7名工匠與19名青年技工簽訂了帶徒協議。').map((a) => a.slice(0, 2)))
      .toEqual([['临江工匠', 7]]);
  });
  it('does not count the other side, another noun, or a count that differs', () => {
    expect(anaphora(`${grant}会后，7名技术员与19名学员签订了带徒协议。`)).toEqual([]);
    expect(anaphora(`${grant}会后，3名工匠与19名学员签订了带徒协议。`)).toEqual([]);
    expect(anaphora(`${grant}会后，7名工匠与19名学员一起参观了展厅。`)).toEqual([]);
  });
});

describe('a holder said by a copula, the year of the title before it', () => {
  const held = (text: string) => all(text).filter((h) => h.rule === 'conferment.conferred').map((h) => [h.name, h.count]);
  it('reads 是去年的 / 是今年新晋的 / 是2023年度的 before a quoted title', () => {
    expect(held('钳工班长刘某是去年的“临江工匠”，他带领的班组完成革新9项。')).toEqual([['临江工匠', null]]);
    expect(held('刘某则是今年新晋的“临江工匠”，也是镇上第一位。')).toEqual([['临江工匠', null]]);
    expect(held('刘某是2023年度的“临江工匠”。')).toEqual([['临江工匠', null]]);
  });
  it('does not read a year before a quote that is no title', () => {
    expect(held('今年的目标是去年的“翻番”。')).toEqual([]);
  });
});
