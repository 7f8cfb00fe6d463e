// Consistency findings over an archive (compare) and for one draft against the archive (check).
import type Database from 'better-sqlite3';
import type { Finding, ProcessedDocument } from '../types.js';
import { loadSynonyms, type Synonyms } from '../analysis/synonyms.js';
import { findConflicts } from './conflict.js';
import { findSumMismatches } from './sum.js';
import { findPercentMismatches } from './percent.js';
import { findCumulativeDecreases } from './cumulative.js';
import { findIssueSequence } from './issues.js';
import { findRestatedChanges } from './restated.js';
import { fromProcessed, loadArchive, type Archive } from './model.js';
import { loadRelevant } from './relevant.js';
import { filterFindings, type FindingFilter } from './filter.js';
import { archiveLocator, draftLocator, locateFindings } from './locate.js';

export { loadArchive, fromProcessed, mergeArchives } from './model.js';
export type { Archive } from './model.js';
export { formatFindingsText } from './report.js';
export { FINDING_TYPES, SEVERITIES, summarize, type FindingFilter, type Summary } from './filter.js';

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** Every finding of an archive, most severe first (with `about`, a document id: at least those that name it). */
export function findingsOf(a: Archive, syn: Synonyms = loadSynonyms(), about?: string): Finding[] {
  const restated = findRestatedChanges(a, syn);
  const all = [
    ...findIssueSequence(a, about),
    ...findSumMismatches(a, syn),
    ...findPercentMismatches(a, syn),
    ...withoutEchoes(findCumulativeDecreases(a, syn), restated),
    ...findConflicts(a, syn),
    ...restated,
  ];
  return sortFindings(all);
}

/**
 * A stock that jumps in one issue and comes back in the next (12.6万 → 21.8万 → 12.9万) is one
 * mistake: restated-changed reports the jump; the fall back, a cumulative-decrease warning from
 * the flagged figure, is left out.
 */
function withoutEchoes(decreases: Finding[], restated: Finding[]): Finding[] {
  const key = (i: { documentId: string; start: number }) => `${i.documentId}:${i.start}`;
  const flagged = new Set(restated.map((f) => key(f.items[f.items.length - 1])));
  return decreases.filter((f) => f.severity === 'error' || !flagged.has(key(f.items[0])));
}

export function sortFindings(list: Finding[]): Finding[] {
  return list
    .map((f, i) => ({ f, i }))
    .sort(
      (x, y) =>
        (SEVERITY_ORDER[x.f.severity] ?? 9) - (SEVERITY_ORDER[y.f.severity] ?? 9) ||
        x.f.type.localeCompare(y.f.type) ||
        (x.f.items[0]?.source ?? '').localeCompare(y.f.items[0]?.source ?? '') ||
        (x.f.items[0]?.start ?? 0) - (y.f.items[0]?.start ?? 0) ||
        x.i - y.i,
    )
    .map((x) => x.f);
}

/**
 * compare: the findings of the whole stored archive (narrowed by `filter`), each item located
 * (page, line, section) unless `locate` is false: locating reads the text of every document a
 * finding names, which JSON output (offsets) does without.
 */
export function compareArchive(db: Database.Database, syn?: Synonyms, filter: FindingFilter = {}, opts: { locate?: boolean } = {}): Finding[] {
  const a = loadArchive(db);
  const list = filterFindings(findingsOf(a, syn), filter, a);
  return opts.locate === false ? list : locateFindings(list, archiveLocator(db));
}

/**
 * check: findings for one processed (not stored) draft, within itself and against the
 * archive. A stored document with the draft's id, or with its content key, or with its
 * series + year + issue + date + title (an earlier version of the same draft) is left out
 * of the archive, so that the draft is not compared with itself. Only findings that involve
 * the draft are returned, and only the part of the archive they can depend on is read
 * (relevant.ts).
 */
export function checkDocument(db: Database.Database | null, pd: ProcessedDocument, syn: Synonyms = loadSynonyms(), filter: FindingFilter = {}): Finding[] {
  const draft = fromProcessed(pd);
  const d = pd.json.document;
  let archive: Archive = draft;
  if (db) {
    const exclude = new Set<string>([d.id]);
    const rows = db
      .prepare(
        `SELECT id FROM documents WHERE id = ? OR content_key = ?
           OR (series IS ? AND year IS ? AND issue IS ? AND date IS ? AND title IS ? AND ? IS NOT NULL AND ? IS NOT NULL)`,
      )
      .all(d.id, pd.contentKey, d.series, d.year, d.issue, d.date, d.title, d.series, d.issue) as { id: string }[];
    for (const r of rows) exclude.add(r.id);
    archive = loadRelevant(db, draft, syn, exclude);
  }
  const own = findingsOf(archive, syn, d.id).filter((f) => f.items.some((i) => i.documentId === d.id));
  return locateFindings(filterFindings(own, filter, archive), draftLocator(pd, db ? archiveLocator(db) : null));
}

export function hasErrors(list: Finding[]): boolean {
  return list.some((f) => f.severity === 'error');
}
