// What makes two figures "the same figure": kind, unit, subject and scope after synonym
// folding (全市 → the document's city), and the period.
import type { Synonyms } from '../analysis/synonyms.js';
import type { DocRow, QRow } from './model.js';

/** the fields of a figure its keys read */
export type KeyFields = Pick<QRow, 'documentId' | 'kind' | 'unit' | 'subject' | 'scope' | 'period'>;
/** the fields of a document they read (its date; its place for 全市 …) */
export type KeyDoc = Pick<DocRow, 'id' | 'date' | 'issuers' | 'title' | 'byline'>;

export function periodKey(q: KeyFields, doc: KeyDoc | undefined): { key: string; absolute: boolean } {
  const p = (q.period ?? '').replace(/\s+/g, '');
  // a stated year that is not open-ended (2021年, 2021年上半年, 截至2021年底) names a fixed period
  if (p && /\d{4}年/.test(p) && !/以来|至今|来$/.test(p)) return { key: p, absolute: true };
  // otherwise (目前, 近年来, 5年来, none) it is relative to the document's own date
  return { key: `${p}@${doc?.date ?? doc?.id ?? q.documentId}`, absolute: false };
}

export function figureKey(q: KeyFields, doc: KeyDoc | undefined, syn: Synonyms, withPeriod: boolean): string | null {
  const subject = syn.normSubject(q.subject);
  if (!subject) return null;
  const scope = syn.normScope(q.scope, doc ?? undefined);
  const unit = syn.normUnit(q.unit);
  const parts = [q.kind, unit, subject, scope];
  if (withPeriod) parts.push(periodKey(q, doc).key);
  return parts.join('\u0001');
}

export function yearOfPeriod(p: string | null): number | null {
  const m = /(\d{4})年/.exec(p ?? '');
  return m ? Number(m[1]) : null;
}
