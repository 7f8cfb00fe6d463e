// Round 18 of issue 18: a comparison with a named year (较2021年底增加N) is a change, not the set a
// 其中 in the next sentence divides. Sentences written for this test, with a negative.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { refineSubjects, subjectCues } from '../../src/extract/quantities/subject-refine.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'report', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县人社局'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
const partOf = (written: string, figure: string) => {
  const text = foldToSimplified(written);
  const qs = refineSubjects(text, extractQuantities({ text, meta, sections: [], pageAt: () => null }), subjectCues());
  const q = qs.find((x) => x.text === foldToSimplified(figure));
  return q && q.partOf !== null ? qs[q.partOf].text : null;
};

describe('a change against a named year is no set the next sentence divides', () => {
  it('较2021年底增加 / 比2020年末增长 / 與2022年相比增加', () => {
    expect(partOf('全县技能人才总量达到3.2万人，较2021年底增加0.5万人。其中，高技能人才0.9万人。', '0.9万人')).toBe('3.2万人');
    expect(partOf('全市工会会员总数为18.6万人,比2020年末增长1.2万人.其中,女会员7.4万人.', '7.4万人')).toBe('18.6万人');
    expect(partOf('全區產業工人達到5.4萬人，與2022年相比增加0.6萬人。其中，製造業工人2.8萬人。', '2.8萬人')).toBe('5.4万人');
  });
  it('not: a change against the year before stays as it was read (比上年)', () => {
    expect(partOf('全县会员4.6万人，同比增加0.3万人。其中，新就业形态会员0.8万人。', '0.8万人')).toBe('4.6万人');
  });
});

describe('a share of a target after the total: the intro after it divides the total', () => {
  it('完成…N人的P%；其中 / ，其中 / traditional', () => {
    expect(partOf('上半年全县城镇新增就业860人，完成年度目标任务1500人的57.3%；其中，高校毕业生就业240人。', '240人')).toBe('860人');
    expect(partOf('全年新增技能人才3200人,完成市下达任务3000人的106.7%,其中高技能人才900人.', '900人')).toBe('3200人');
    expect(partOf('今年新建職工驛站24個，達到年度計劃20個的120%；其中，戶外驛站15個。', '15個')).toBe('24个');
  });
  it('not: the target itself is no total of the parts', () => {
    expect(partOf('上半年全县城镇新增就业860人，完成年度目标任务1500人的57.3%；其中，高校毕业生就业240人。', '1500人')).toBeNull();
  });
});
