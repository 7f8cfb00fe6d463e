// The part of the archive that a draft's findings can depend on, so that `check` reads a few
// documents instead of the whole archive (every quantity of 10,000 documents took seconds).
// Every detector compares figures within groups, so a finding that names the draft depends only on
// complete groups:
//   - issue-sequence: the bulletins of the draft's series (headers only);
//   - conflict, cumulative-decrease, restated stock: figures of the same figure key (kind, unit,
//     subject and scope after synonym folding; conflict adds the period), found through the
//     subject index;
//   - restated sentence: the documents of the draft's publication (series and first issuer);
//   - sum-mismatch, percent-mismatch: the draft alone.
// One step further: whether restated-changed reports a figure depends on the other groups of that
// figure too (a figure is reported once, by the first group that flags it; cumulative-decrease
// leaves out a fall that restated-changed flags), so the groups of every archive figure that
// shares a restated or cumulative group with the draft are loaded complete as well.
// A document is loaded whole (its statements read every figure of a sentence); the part keeps the
// whole archive's order, so the findings are those of `loadArchive` (test/compare/check-part.test.ts).
import type Database from 'better-sqlite3';
import type { Synonyms } from '../analysis/synonyms.js';
import { cumulativeKey } from './cumulative.js';
import { figureKey, periodKey, type KeyDoc, type KeyFields } from './keys.js';
import { loadArchive, mergeArchives, parseIssuers, type Archive, type DocRow, type QRow } from './model.js';
import { publicationOf, restatedKeys } from './restated.js';
import { statements } from './statement.js';
import { distinctSubjects } from '../store/distinct.js';

/** What a part must hold complete. */
interface Needs {
  /** figures with their period (conflict groups) */
  exact: Set<string>;
  /** figures without the period (cumulative and restated stock groups) */
  figures: Set<string>;
  /** the draft's date, for `exact` figures whose period is the document's date */
  dates: Set<string>;
  /** publications (series \u0002 first issuer), for restated sentence groups */
  publications: Map<string, { series: string; issuer: string }>;
}

const noNeeds = (): Needs => ({ exact: new Set(), figures: new Set(), dates: new Set(), publications: new Map() });

/** The archive (without `excludeIds`) cut down to what the findings of `draft` can depend on. */
export function loadRelevant(db: Database.Database, draft: Archive, syn: Synonyms, excludeIds: Set<string>): Archive {
  const headers = new Set<string>(seriesDocs(db, draft));
  const whole = new Set<string>();
  const figures = new FigureIndex(db, syn);
  const publicationsDone = new Set<string>();
  const load = (needs: Needs) => {
    for (const id of figures.docsWith(needs)) whole.add(id);
    for (const [key, p] of needs.publications) {
      if (publicationsDone.has(key)) continue;
      publicationsDone.add(key);
      for (const id of publicationDocs(db, p.series, p.issuer)) whole.add(id);
    }
  };
  load(draftNeeds(draft, syn));
  let part = mergeArchives(loadArchive(db, { excludeIds, only: { headers, whole } }), draft);
  const before = whole.size;
  load(companionNeeds(companions(part, draft, syn), part, syn));
  if (whole.size !== before) part = mergeArchives(loadArchive(db, { excludeIds, only: { headers, whole } }), draft);
  return part;
}

/** every group a figure of the draft is in */
function draftNeeds(draft: Archive, syn: Synonyms): Needs {
  const needs = noNeeds();
  const sts = statements(draft);
  for (const q of draft.quantities) {
    const doc = draft.docs.get(q.documentId);
    const exact = figureKey(q, doc, syn, true);
    if (exact) needs.exact.add(exact);
    const st = sts.get(q);
    const grouped = cumulativeKey(q, st, doc, syn) !== null || (st && restatedKeys(q, st, doc, syn).some((k) => k.stock));
    const key = grouped ? figureKey(q, doc, syn, false) : null;
    if (key) needs.figures.add(key);
    if (doc?.date) needs.dates.add(doc.date);
    if (doc) needs.publications.set(publicationOf(doc), { series: doc.series ?? '', issuer: doc.issuers[0] ?? '' });
  }
  return needs;
}

/** the restated groups (stock and sentence) of the companions */
function companionNeeds(qs: QRow[], a: Archive, syn: Synonyms): Needs {
  const needs = noNeeds();
  const sts = statements(a);
  for (const q of qs) {
    const doc = a.docs.get(q.documentId);
    const st = sts.get(q);
    if (!doc || !st) continue;
    for (const k of restatedKeys(q, st, doc, syn)) {
      const key = k.stock ? figureKey(q, doc, syn, false) : null;
      if (key) needs.figures.add(key);
      if (!k.stock) needs.publications.set(publicationOf(doc), { series: doc.series ?? '', issuer: doc.issuers[0] ?? '' });
    }
  }
  return needs;
}

const subjectOf = (key: string) => key.split('\u0001')[2];

/**
 * Which stored documents hold a figure: the subject index narrows the rows to the subjects
 * wanted (each distinct subject folded once), and the figure key of each of those (kind, unit,
 * subject, scope, period) decides. A key reads its document only for a relative scope (全市) or
 * a period that is the document's date; those documents' dates and places are read in one query.
 */
class FigureIndex {
  private written: { raw: string; folded: string }[] | null = null;
  private docs = new Map<string, KeyDoc>();
  constructor(
    private db: Database.Database,
    private syn: Synonyms,
  ) {}

  docsWith(needs: Needs): Set<string> {
    const out = new Set<string>();
    const keep = (rows: KeyFields[], keys: Set<string>, withPeriod: boolean) => {
      this.loadDocs(rows.filter((r) => !this.docs.has(r.documentId) && this.needsDoc(r, withPeriod)).map((r) => r.documentId));
      for (const r of rows) if (!out.has(r.documentId) && keys.has(figureKey(r, this.docs.get(r.documentId), this.syn, withPeriod) ?? '')) out.add(r.documentId);
    };
    const exact = this.raw([...needs.exact].map(subjectOf));
    // conflict groups: a figure whose period is its document's date meets the draft's only on the
    // draft's date (the documents of that date, through the primary key); a stated period (…年)
    // anywhere
    const sameDate = exact.length
      ? this.rows(exact, 'document_id IN (SELECT id FROM documents WHERE date IN (SELECT value FROM json_each(?)))', [JSON.stringify([...needs.dates])])
      : [];
    keep(sameDate, needs.exact, true);
    const stated = exact.length ? this.rows(exact, "period LIKE '%年%'", []).filter((r) => periodKey(r, undefined).absolute) : [];
    keep(stated, needs.exact, true);
    const figures = this.raw([...needs.figures].map(subjectOf));
    keep(figures.length ? this.rows(figures, '1', []) : [], needs.figures, false);
    return out;
  }

  /** does the figure's key read its document? (a relative scope; a period that is its date) */
  private needsDoc(r: KeyFields, withPeriod: boolean): boolean {
    return (withPeriod && !periodKey(r, undefined).absolute) || this.syn.normScope(r.scope, undefined).includes('@');
  }

  /** the subjects as written that fold to these */
  private raw(subjects: string[]): string[] {
    if (!subjects.length) return [];
    const wanted = new Set(subjects);
    this.written ??= distinctSubjects(this.db).map((raw) => ({ raw, folded: this.syn.normSubject(raw) }));
    return this.written.filter((w) => wanted.has(w.folded)).map((w) => w.raw);
  }

  /** the distinct figures (document, kind, unit, subject, scope, period) of these subjects (as written) */
  private rows(raw: string[], where: string, params: unknown[]): KeyFields[] {
    if (!raw.length) return [];
    return this.db
      .prepare(
        `SELECT DISTINCT document_id AS documentId, kind, unit, subject, scope, period FROM quantities
         WHERE subject IN (SELECT value FROM json_each(?)) AND ${where}`,
      )
      .all(JSON.stringify(raw), ...params) as KeyFields[];
  }

  private loadDocs(ids: string[]): void {
    const missing = [...new Set(ids)];
    if (!missing.length) return;
    const rows = this.db
      .prepare('SELECT id, date, issuers, title, byline FROM documents WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(missing)) as { id: string; date: string | null; issuers: unknown; title: string | null; byline: string | null }[];
    for (const r of rows) this.docs.set(r.id, { id: r.id, date: r.date ?? null, issuers: parseIssuers(r.issuers), title: r.title ?? null, byline: r.byline ?? null });
  }
}

/** the archive's figures that share a restated-changed or cumulative-decrease group with a figure of the draft */
function companions(part: Archive, draft: Archive, syn: Synonyms): QRow[] {
  const sts = statements(part);
  const keysOf = (q: QRow): string[] => {
    const doc = part.docs.get(q.documentId);
    const st = sts.get(q);
    const keys = st ? restatedKeys(q, st, doc, syn).map((k) => k.key) : [];
    const c = cumulativeKey(q, st, doc, syn);
    return c === null ? keys : [...keys, `C\u0001${c}`];
  };
  const draftKeys = new Set<string>();
  for (const q of part.quantities) if (draft.docs.has(q.documentId)) keysOf(q).forEach((k) => draftKeys.add(k));
  return part.quantities.filter((q) => !draft.docs.has(q.documentId) && keysOf(q).some((k) => draftKeys.has(k)));
}

/** the stored bulletins of the draft's series, for issue-sequence */
function seriesDocs(db: Database.Database, draft: Archive): string[] {
  const series = [...new Set([...draft.docs.values()].filter((d: DocRow) => d.series && (d.issue != null || d.totalIssue != null)).map((d) => d.series!))];
  if (!series.length) return [];
  const rows = db.prepare('SELECT id FROM documents WHERE series IN (SELECT value FROM json_each(?))').all(JSON.stringify(series)) as { id: string }[];
  return rows.map((r) => r.id);
}

/** documents of one publication: series ('' for none, as publicationOf writes it) and first issuer */
function publicationDocs(db: Database.Database, series: string, issuer: string): string[] {
  const rows = (
    series
      ? db.prepare('SELECT id, issuers FROM documents WHERE series = ?').all(series)
      : db.prepare("SELECT id, issuers FROM documents WHERE series IS NULL OR series = ''").all()
  ) as { id: string; issuers: unknown }[];
  return rows.filter((r) => (parseIssuers(r.issuers)[0] ?? '') === issuer).map((r) => r.id);
}
