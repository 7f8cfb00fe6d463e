// A processed document as the rows the archive stores (src/store/write.ts binds them). Built in
// the worker thread: no database module is loaded here.
import type { ProcessedDocument, Section } from '../types.js';
import { pageLookup } from './pages.js';

/** Index (into sections) of the innermost section holding [start, end), or null. */
export function sectionOf(sections: Section[], start: number): number | null {
  let best: number | null = null;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (s.start <= start && start < s.end) {
      const b = best === null ? null : sections[best];
      if (b === null || s.start > b.start || (s.start === b.start && s.level > b.level)) best = i;
    }
  }
  return best;
}

const bool = (b: boolean | undefined | null): number => (b ? 1 : 0);

/**
 * A processed document as the SQL parameters the archive writes (all but `document_id` and
 * `stored_at`), plus the fields the store's decisions read. Built in the worker thread
 * (`documentRows`), so the main thread receives flat arrays, which cost far less to clone than
 * the Document JSON's objects, and only binds them.
 */
export interface DocumentRows {
  packed: true;
  id: string;
  format: string;
  rulesVersion: string;
  contentKey: string;
  series: string | null;
  year: number | null;
  issue: number | null;
  docNumber: string | null;
  text: string;
  /** named parameters of the documents row, without stored_at */
  doc: Record<string, unknown>;
  sections: unknown[][];
  quantities: unknown[][];
  awards: unknown[][];
  workshops: unknown[][];
  entities: unknown[][];
}

export function isDocumentRows(x: ProcessedDocument | DocumentRows): x is DocumentRows {
  return (x as DocumentRows).packed === true;
}

export function documentRows(pd: ProcessedDocument): DocumentRows {
  const j = pd.json;
  const d = j.document;
  const secs = pd.sections;
  const pageAt = pageLookup(pd);
  return {
    packed: true,
    id: d.id,
    format: d.format,
    rulesVersion: pd.rulesVersion,
    contentKey: pd.contentKey,
    series: d.series,
    year: d.year,
    issue: d.issue,
    docNumber: d.docNumber,
    text: d.text,
    doc: {
      id: d.id,
      source: d.source,
      format: d.format,
      kind: pd.meta.kind,
      series: d.series,
      year: d.year,
      issue: d.issue,
      total_issue: d.totalIssue,
      date: d.date,
      doc_number: d.docNumber,
      issuers: JSON.stringify(d.issuers),
      title: d.title,
      byline: d.byline,
      attachment_title: pd.meta.attachmentTitle,
      distribution: JSON.stringify(pd.meta.distribution ?? { bao: [], song: [] }),
      text: d.text,
      content_key: pd.contentKey,
      page_count: pd.pageCount,
      encoding: pd.encoding,
      rules_version: pd.rulesVersion,
      lines: JSON.stringify(pd.lines),
    },
    sections: secs.map((s, i) => [i, s.level, s.marker, s.heading, s.start, s.end, s.parent]),
    quantities: j.quantities.map((q, i) => [
      i, q.kind, q.value, q.valueText ?? String(q.value), q.valueHigh ?? null, q.unit, bool(q.approx),
      q.qualifier ?? null, q.subject, q.scope, q.period, bool(q.cumulative), q.text, q.start, q.end, q.sentence,
      sectionOf(secs, q.start), q.page ?? pageAt(q.start), q.partOf, q.rule,
    ]),
    awards: j.awards.map((a, i) => [
      i, a.name, a.level, a.count, JSON.stringify(a.recipients), a.text, a.start, a.end,
      sectionOf(secs, a.start), pageAt(a.start), a.rule,
    ]),
    workshops: j.workshops.map((w, i) => [
      i, w.name, w.type, w.level, w.count, w.leader, w.text, w.start, w.end, sectionOf(secs, w.start), pageAt(w.start), w.rule,
    ]),
    entities: j.entities.map((e, i) => [
      i, e.type, e.name, e.canonical, e.role, e.text, e.start, e.end, sectionOf(secs, e.start), pageAt(e.start), e.rule,
    ]),
  };
}

