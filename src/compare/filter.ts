// Narrowing findings (compare / check --type --severity --since --series) and their summary by type.
import type { Finding } from '../types.js';
import type { Archive } from './model.js';

export const FINDING_TYPES = ['sum-mismatch', 'percent-mismatch', 'restated-changed', 'cumulative-decrease', 'conflict', 'issue-sequence'] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface FindingFilter {
  /** keep only these types */
  types?: string[];
  /** keep this severity and the more severe ones */
  severity?: Severity;
  /** keep findings with an item in a document dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD) */
  since?: string;
  /** keep findings with an item in a document of this series (spaces ignored) */
  series?: string;
}

const RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

export function filterFindings(list: Finding[], f: FindingFilter, a: Archive): Finding[] {
  const series = f.series?.replace(/\s+/g, '');
  return list.filter((x) => {
    if (f.types?.length && !f.types.includes(x.type)) return false;
    if (f.severity && (RANK[x.severity] ?? 9) > RANK[f.severity]) return false;
    if (f.since && !x.items.some((it) => (a.docs.get(it.documentId)?.date ?? '') >= f.since!)) return false;
    if (series && !x.items.some((it) => a.docs.get(it.documentId)?.series?.replace(/\s+/g, '') === series)) return false;
    return true;
  });
}

export type Summary = { total: number; error: number; warning: number; info: number; byType: Record<string, { error: number; warning: number; info: number }> };

export function summarize(list: Finding[]): Summary {
  const s: Summary = { total: list.length, error: 0, warning: 0, info: 0, byType: {} };
  for (const f of list) {
    const sev = f.severity as Severity;
    s[sev]++;
    const t = (s.byType[f.type] ??= { error: 0, warning: 0, info: 0 });
    t[sev]++;
  }
  return s;
}
