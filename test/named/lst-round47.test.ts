// Round 47 (list parts): the words of a selection's rejections and stages live in rules/lists.yaml and are
// read on the folded (simplified) copy of the text, as the pipeline reads it. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { loadListRules } from '../../src/extract/quantities/lists.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta } from '../../src/types.js';
import { subjectOf } from '../quantities/subject-harness.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};

/** figure (folded, as written) → the figure it is a part of, or null; the text folded first as the pipeline does */
function partsOf(written: string): Map<string, string | null> {
  const text = foldToSimplified(written);
  const qs = extractQuantities({ text, meta, sections: [], pageAt: () => null });
  return new Map(qs.map((q) => [q.text, q.partOf === null ? null : qs[q.partOf].text]));
}

describe('the selection words are simplified only: the fold covers traditional script', () => {
  it('no word of a rejection, a pool or a stage is written in traditional characters', () => {
    const lr = loadListRules();
    const types = ['reject-negation', 'reject-verb', 'rejected', 'stage-reach', 'stage-end', 'pooled'];
    const words = lr.rules.filter((r) => types.includes(r.type)).flatMap((r) => r.words);
    expect(words.length).toBeGreaterThan(20);
    expect(words.filter((w) => foldToSimplified(w) !== w)).toEqual([]);
  });
  it('those not chosen (未獲評) are a part of the entries (參評) in traditional script', () => {
    const s = partsOf('本屆共有參評班組34個，經評審命名12個。未獲評的22個班組由縣總工會跟蹤指導。');
    expect(s.get('22个')).toBe('34个');
  });
  it('those turned down at a stage (未通過) are a part of those who reached it (進入…環節)', () => {
    const s = partsOf('全區共申報項目27個，有11個進入現場答辯環節。未通過現場答辯的3個項目不予立項。');
    expect(s.get('11个')).toBe('27个');
    expect(s.get('3个')).toBe('11个');
  });
  it('those who never reached the stage (未進入…環節) are a part of the entries, not of those who did', () => {
    const s = partsOf('全區共申報項目27個，有11個進入現場答辯環節。未進入現場答辯環節的16個項目不予立項。');
    expect(s.get('16个')).toBe('27个');
  });
  it('a count of what exists is no pool, in either script', () => {
    for (const t of ['全镇现有驿站21个，今年认定9个。对未获评的12个驿站，镇工会给予指导。', '全鎮現有驛站21個，今年認定9個。對未獲評的12個驛站，鎮工會給予指導。']) {
      expect(partsOf(t).get('12个')).toBe(null);
    }
  });
});

describe('a planned count of a selection reads the folded copy (計劃 as 计划)', () => {
  it('計劃評選 after a quoted title counts that title', () => {
    expect(subjectOf('縣總工會今年組織第二屆“松嶺工匠”評選，計劃評選不超過12名。', '不超過12名')).toBe('松岭工匠');
  });
  it('a plan with a noun of its own keeps the noun', () => {
    expect(subjectOf('縣總工會啟動第二屆“松嶺工匠”評選，計劃表彰先進班組6個。', '6個')).toBe('先进班组');
  });
});

describe('contestants (选手) are named by what they did', () => {
  it('获奖选手中 divides those who won (共有N名选手获奖)', () => {
    const s = partsOf('经过预赛和决赛，共有48名选手获奖。获奖选手中，来自制造企业的有20名。');
    expect(s.get('20名')).toBe('48名');
  });
  it('参赛选手中 divides those who took part (实际参赛N人), not those who signed up', () => {
    const s = partsOf('全县有320名选手报名参赛，实际参赛315人。参赛选手中，女性选手80名，少数民族选手25名。');
    expect(s.get('80名')).toBe('315人');
    expect(s.get('25名')).toBe('315人');
  });
});
