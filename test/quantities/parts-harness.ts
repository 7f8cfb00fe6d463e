// The shared harness of the list-part tests (lists-round41, 42, 43): a figure's link to its stated total,
// each figure named by its text and offset so that repeated figures stay apart.
import { extractQuantities } from '../../src/extract/quantities/index.js';
import type { DocMeta } from '../../src/types.js';

const meta: DocMeta = {
  kind: 'bulletin', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
  issuers: ['某县总工会'], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
};
const read = (text: string) => extractQuantities({ text, meta, sections: [], pageAt: () => null });

/** the figures' texts, in order */
export const texts = (text: string) => read(text).map((q) => q.text);

/** each figure as text@offset → its total as text@offset (null when it has none) */
export const links = (text: string) => {
  const qs = read(text);
  return Object.fromEntries(qs.map((q) => [`${q.text}@${q.start}`, q.partOf === null ? null : `${qs[q.partOf].text}@${qs[q.partOf].start}`]));
};

/** a figure's key in `links`: its text at its first place from `from` */
export const at = (text: string, s: string, from = 0) => `${s}@${text.indexOf(s, from)}`;
