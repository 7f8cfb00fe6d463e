// The shared harness of the subject tests (subject-mechanisms, subject-clauses, subject-round8): each
// case names a sentence, a figure as written in it and the subject that figure must get, read as the
// pipeline reads it (traditional script folded first); and, for the rounds that read a whole document
// (subject-round52/53, fig-round53), every figure of a body written as a plain-text file, through processFile.
import { expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../../src/pipeline/process.js';
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

let written = 0;
const docs = mkdtempSync(join(tmpdir(), 'gongwen-subjects-'));
/** every figure of `body`, set under a title line as a plain-text document and read by the whole pipeline:
 * [figure as written, its subject] */
export async function documentFigures(body: string): Promise<string[][]> {
  const file = join(docs, `doc${written++}.txt`);
  writeFileSync(file, `测试稿\n\n${body}\n`);
  return (await processFile(file)).json.quantities.map((q) => [q.text, q.subject]);
}
