// Round 50 (figures): sentences written for this test, with places, bodies and figures of their own. A share in
// tenths that says its next place (九成五, 三成半), a unit of time written with 个 (两个小时: a duration, never a
// count of 小时), and a pair of changes that writes 百分点 once after the last (提高1.5个和2.2个百分点).
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};

/** the figures of a text as "value unit" (folded first, as the pipeline reads it) */
function figures(written: string): string[] {
  const text = foldToSimplified(written);
  return extractQuantities({ text, meta, sections: [], pageAt: () => null }).map((q) => `${q.value}${q.unit}${q.approx ? '~' : ''}`);
}

describe('a share in tenths with its next place', () => {
  it('reads the digit or 半 after 成 as tenths of the share', () => {
    expect(figures('全乡农民工参保率稳定在八成七以上。')).toEqual(['8.7成~']);
    expect(figures('參訓學員中女性約佔六成三。')).toEqual(['6.3成~']);
    expect(figures('去年全县快递员中外地人约占四成半。')).toEqual(['4.5成~']);
  });
  it('leaves a share whose next character starts a word', () => {
    expect(figures('建会企业约占六成。')).toEqual(['6成']);
    expect(figures('参训学员中女性约占六成三年内全部取证。')).not.toContain('6.3成~');
  });
});

describe('a unit of time written with 个', () => {
  it('is a duration, not a count of hours or weeks', () => {
    expect(figures('座谈会历时约三个小时。')).toEqual([]);
    expect(figures('新流程把审核时间缩短到五个多小时。')).toEqual([]);
    expect(figures('集中培训为期两个星期。')).toEqual([]);
  });
  it('keeps 个 counting things', () => {
    expect(figures('全镇新建职工驿站三个。')).toEqual(['3个']);
  });
});

describe('a pair of changes in points', () => {
  it('gives the first the unit written after the last', () => {
    expect(figures('建会率和入会率分别比上年提高1.8个和0.6个百分点。')).toEqual(['1.8个百分点', '0.6个百分点']);
  });
  it('leaves 个 before another noun a count', () => {
    expect(figures('新增站点4个和服务队2支。')).toEqual(['4个', '2支']);
  });
});

describe('a table set out with spaces under a caption stating its unit', () => {
  // (the canonical text: the normaliser has turned wide spaces into spaces)
  const table = [
    '各街道志愿者分布如下（单位：人）：',
    '街  道    志愿者数    其中党员',
    '东城街道       320       118',
    '西城街道       275        96',
    '合    计       595       214',
    '',
  ].join('\n');
  it('reads each cell with the caption unit, the row label its subject, a head word spread with spaces', () => {
    const text = foldToSimplified(table);
    const qs = extractQuantities({ text, meta, sections: [], pageAt: () => null });
    expect(qs.map((q) => `${q.value}${q.unit}`)).toEqual(['320人', '118人', '275人', '96人', '595人', '214人']);
    expect(qs[0].subject).toBe('东城街道');
  });
});

describe('scores', () => {
  const subjects = (written: string) => {
    const text = foldToSimplified(written);
    return extractQuantities({ text, meta, sections: [], pageAt: () => null }).map((q) => `${q.value}${q.unit} ${q.subject}`);
  };
  it('reads the bands of a grading scale, each named by its grade', () => {
    expect(subjects('评估实行百分制，85分以上为优秀，70分至84分为良好，60分以下为不合格。')).toEqual(['85分 优秀', '70分 良好', '60分 不合格']);
  });
  it('reads a score written right after 得分, not a condition on one', () => {
    expect(figures('经现场打分，东湖站得分88分，列第一。')).toEqual(['88分']);
    expect(figures('对得分90分以上的班组给予奖励。')).toEqual([]);
  });
});
