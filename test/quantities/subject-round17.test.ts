// Round 17 of issue 18: subjects of counts framed by a set with an adverb of addition (中又有, 里还有)
// and of counts put forward for a title. Sentences written for this test, with negatives.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { refineSubjects, subjectCues } from '../../src/extract/quantities/subject-refine.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
const subjects = (written: string) => {
  const text = foldToSimplified(written);
  return refineSubjects(text, extractQuantities({ text, meta, sections: [], pageAt: () => null }), subjectCues()).map((q) => [q.text, q.subject]);
};

describe('a set framed with an adverb of addition names what is counted', () => {
  it('中又有 / 里还有 / 里已有 after the set\'s count', () => {
    expect(subjects('首批认定的12个示范点中又有3个被推荐参评省级示范点。')).toEqual([['12个', '示范点'], ['3个', '示范点']]);
    expect(subjects('这次命名的12家单位里还有5家被推荐参评省级先进。')).toEqual([['12家', '单位'], ['5家', '单位']]);
    expect(subjects('新建的30个驿站里已有26个投入使用。')[1]).toEqual(['26个', '驿站']);
  });
  it('traditional script', () => {
    expect(subjects('本次命名的8個集體中又有2個同時被推薦參評市級青年文明號。')[1]).toEqual(['2个', '集体']);
  });
  it('not: a title received (not a recommendation) after a frame, nor a recommendation after 其中', () => {
    expect(subjects('评选“某县工匠”20名，其中5名被推荐参评“某市工匠”。')[1]).toEqual(['5名', '某市工匠']);
    expect(subjects('这批学员中有3人后来又被评为“某省技术能手”。')[0]).toEqual(['3人', '某省技术能手']);
  });
});
