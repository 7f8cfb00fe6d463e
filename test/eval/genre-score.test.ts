// The genre scorer folds traditional script before every comparison, the level-part rule included.
import { describe, expect, it } from 'vitest';
import { norm, sameAmount, sameDocNumber, subjectOk } from '../../scripts/lib/genre-score.js';

describe('genre scorer: subject of a list part named by its level', () => {
  it('accepts the total noun after a level, in either script', () => {
    expect(subjectOk({ subject: '省级' }, { subject: '省级创新工作室' })).toBe(true);
    expect(subjectOk({ subject: '自治區級' }, { subject: '自治区级职工创新工作室' })).toBe(true);
    expect(subjectOk({ subject: '縣市級' }, { subject: '县市级职工创新工作室' })).toBe(true);
  });
  it('still refuses a different level or an open range', () => {
    expect(subjectOk({ subject: '地區級' }, { subject: '县级创新工作室' })).toBe(false);
    expect(subjectOk({ subject: '市級' }, { subject: '市级以上创新工作室' })).toBe(false);
    expect(subjectOk({ subject: '一線職工' }, { subject: '一线职工中' })).toBe(false);
  });
});

describe('genre scorer: full-width forms', () => {
  it('compares a gold quoting full-width digits with the canonical text, which stores them at half width', () => {
    expect(norm('完成任务的８５％')).toBe(norm('完成任务的85%'));
    expect(norm('ＡＩ实训室１２间')).toBe('AI实训室12间');
  });
  it('reads a gold quoting a Markdown row as the cells the stored text keeps one a line', () => {
    expect(norm('技能培训（人次） | 5000 | 4120')).toBe(norm('技能培训（人次）\n5000\n4120'));
    expect(norm('技能培训（人次） ｜ 5000')).toBe(norm('技能培训（人次）\n5000'));
    expect(norm('技能培训 | 5000')).not.toBe(norm('技能培训\n500'));
  });
  it('keeps full-width punctuation that the canonical text keeps', () => {
    expect(norm('（二）')).not.toBe(norm('(二)'));
  });
});

describe('genre scorer: per mille', () => {
  it('takes 5 ‰ and the fraction 0.005 as one figure', () => {
    expect(sameAmount({ value: 5, unit: '‰' }, { value: 0.005, unit: '' })).toBe(true);
    expect(sameAmount({ value: 0.0049, unit: '' }, { value: 4.9, unit: '‰' })).toBe(true);
  });
  it('still tells a per mille from a per cent or a count', () => {
    expect(sameAmount({ value: 5, unit: '‰' }, { value: 5, unit: '%' })).toBe(false);
    expect(sameAmount({ value: 5, unit: '‰' }, { value: 5, unit: '' })).toBe(false);
    expect(sameAmount({ value: 0.8, unit: '个千分点' }, { value: 0.0008, unit: '' })).toBe(false);
  });
});

describe('genre scorer: 文号', () => {
  it('takes the year in any brackets as the stored 〔〕 form', () => {
    expect(sameDocNumber('某工字〔2025〕15号', '某工字[2025]15号')).toBe(true);
    expect(sameDocNumber('某人社发〔2025〕6号', '某人社发（2025）6号')).toBe(true);
  });
  it('still tells different numbers and codes apart', () => {
    expect(sameDocNumber('某工字〔2025〕15号', '某工字[2025]16号')).toBe(false);
    expect(sameDocNumber('某工字〔2025〕15号', '某工发[2025]15号')).toBe(false);
  });
});
