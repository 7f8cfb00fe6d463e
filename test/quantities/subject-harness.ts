// The shared harness of the subject tests (subject-mechanisms, subject-clauses, subject-round8): each
// case names a sentence, a figure as written in it and the subject that figure must get, read as the
// pipeline reads it (traditional script folded first).
import { expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities/index.js';
import { refineSubjects, subjectCues } from '../../src/extract/quantities/subject-refine.js';
import { foldToSimplified } from '../../src/normalize/fold.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};

/** the subject of the n-th figure written as `figure` (folded) */
export function subjectOf(written: string, figure: string, nth = 0): string | undefined {
  const text = foldToSimplified(written);
  const qs = refineSubjects(text, extractQuantities({ text, meta, sections: [], pageAt: () => null }), subjectCues());
  return qs.filter((q) => q.text.replace(/\s+/g, '') === foldToSimplified(figure))[nth]?.subject;
}

export type Case = [sentence: string, figure: string, subject: string, nth?: number];

/** one test per case */
export const run = (cases: Case[]) => {
  for (const [s, f, want, nth] of cases) it(`${s} ${f} → ${want}`, () => expect(subjectOf(s, f, nth)).toBe(foldToSimplified(want)));
};
