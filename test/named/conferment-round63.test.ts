// Round 63 on honours: later counts of a conferment's holders in the shapes the newest halves showed —
// a round between the lead word and the count (在首批7名“H”中), the short passive participle of the naming verb
// (获认定的12名职工中), and a plan resting on the holders (依托8名工匠组建…), in either script.
import { describe, expect, it } from 'vitest';
import { confermentHonours, confermentRules } from '../../src/extract/named/conferment.js';
import { foldToSimplified } from '../../src/normalize/fold.js';

const r = confermentRules();
const found = (t: string, province: string) =>
  confermentHonours(foldToSimplified(t), province, r).map((h) => [h.name, h.count, h.rule]);
const later = (t: string, province: string) => found(t, province).filter((h) => h[2] === 'conferment.anaphora');

describe('a later count of the holders of one round', () => {
  it('reads a round word between the lead and the count', () => {
    expect(later('县委、县政府命名张某等7名同志为首批“黎平工匠”。在首批7名“黎平工匠”中，侗族4名。', '贵州省'))
      .toEqual([['黎平工匠', 7, 'conferment.anaphora']]);
    expect(later('县人社局认定李某等11人为首批“和静刺绣工匠”。目前，首批11名刺绣工匠中已有7人与学校签订了授课协议。', '新疆维吾尔自治区'))
      .toEqual([['和静刺绣工匠', 11, 'conferment.anaphora']]);
    expect(later('縣總工會命名王某等9名職工為第二屆“平利工匠”。在第二屆9名“平利工匠”中，女職工4名。', '陕西省'))
      .toEqual([['平利工匠', 9, 'conferment.anaphora']]);
  });
  it('reads the short participle of the naming verb', () => {
    expect(later('认定赵某等12名职工为第二届“镇平县技术能手”。获认定的12名职工中，女职工7名。', '河南省'))
      .toEqual([['镇平县技术能手', 12, 'conferment.anaphora']]);
    expect(later('命名孙某等5名职工为首届“麟游工匠”。获命名的5名工匠中，来自企业的3名。', '陕西省'))
      .toEqual([['麟游工匠', 5, 'conferment.anaphora']]);
  });
  it('leaves a round count of another size alone', () => {
    expect(later('命名张某等7名同志为首批“黎平工匠”。在首批9名候选人中，侗族4名。', '贵州省')).toEqual([]);
  });
});

describe('a plan resting on the holders', () => {
  it('reads 依托 N 名 and the title or its ending', () => {
    expect(later('县人社局命名钱某等8名面包师为第二届“南丰蜜桔工匠”。县总工会还将依托8名工匠组建讲师团。', '江西省'))
      .toEqual([['南丰蜜桔工匠', 8, 'conferment.anaphora']]);
    expect(later('縣委、縣政府命名楊某等7名同志為首批“錦屏工匠”。下一步，縣裡將依託7名“錦屏工匠”建設工匠工作室。', '贵州省'))
      .toEqual([['锦屏工匠', 7, 'conferment.anaphora']]);
  });
  it('leaves other counts and bare holders alone', () => {
    expect(later('命名钱某等8名面包师为第二届“南丰蜜桔工匠”。县里还将依托6名工匠组建讲师团。', '江西省')).toEqual([]);
    expect(later('命名钱某等8名职工为第二届“南丰蜜桔工匠”。县里还将依托8名职工组建服务队。', '江西省')).toEqual([]);
    expect(found('县里将依托8名技术骨干组建技术服务队。', '江西省')).toEqual([]);
  });
});
