// PLACEHOLDER until structure lands.
import type { Canonical, Format, Structured } from '../types.js';

export function structure(_c: Canonical, _format: Format): Structured {
  return {
    meta: {
      kind: 'other', series: null, year: null, issue: null, totalIssue: null, date: null, docNumber: null,
      issuers: [], title: null, byline: null, distribution: { bao: [], song: [] }, attachmentTitle: null, bodyStart: 0,
    },
    sections: [],
  };
}
