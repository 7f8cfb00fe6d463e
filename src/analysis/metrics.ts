// metrics: the quantities matching a subject / scope / kind across documents, as a series
// ordered by document date. Subjects and scopes match after synonym folding
// (rules/synonyms.yaml: 劳模 = 劳动模范, 全市 → the document's city) and by containment:
// --subject 劳模创新工作室 matches 劳动模范创新工作室 and 市级劳模创新工作室, never 职工创新工作室.
import type Database from 'better-sqlite3';
import { loadSynonyms, type Synonyms } from './synonyms.js';
import { ZERO, add, dec, toString as decString, type Dec } from '../compare/decimal.js';

export interface MetricsFilter {
  subject?: string;
  scope?: string;
  kind?: string;
}

export interface MetricRow {
  date: string | null;
  series: string | null;
  year: number | null;
  issue: number | null;
  title: string | null;
  /** the title of the bulletin article the figure stands in (a multi-article issue), else the document's */
  article: string | null;
  scope: string | null;
  subject: string;
  value: number;
  valueText: string;
  unit: string;
  approx: boolean;
  kind: string;
  period: string | null;
  cumulative: boolean;
  sentence: string;
  text: string;
  documentId: string;
  source: string;
  start: number;
  end: number;
}

export const METRIC_COLUMNS = ['date', 'series', 'issue', 'article', 'scope', 'subject', 'value', 'unit', 'approx', 'sentence'] as const;

export function metrics(db: Database.Database, f: MetricsFilter = {}, syn: Synonyms = loadSynonyms()): MetricRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.kind) {
    where.push('q.kind = ?');
    params.push(f.kind);
  }
  // a LIKE prefilter on every written form of the terms; the exact test is done on the folded forms below
  const like = (col: string, forms: string[]) => {
    where.push(`(${forms.map(() => `${col} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    for (const x of forms) params.push(`%${x.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
  };
  if (f.subject) like('q.subject', syn.surfaceForms(f.subject, 'subject'));
  const sql = `SELECT q.document_id, q.kind, q.value, q.value_text, q.unit, q.approx, q.subject, q.scope, q.period,
      q.cumulative, q.text, q.start, q.end, q.sentence,
      d.date, d.series, d.year, d.issue, d.title, d.source, d.issuers, d.byline,
      (SELECT a.title FROM articles a WHERE a.document_id = q.document_id AND q.start >= a.start AND q.start < a."end"
        ORDER BY a.idx LIMIT 1) AS article_title
    FROM quantities q JOIN documents d ON d.id = q.document_id
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY d.date IS NULL, d.date, d.year, d.issue, q.document_id, q.start`;
  const wantSubject = f.subject ? syn.normSubject(f.subject) : null;
  const wantScope = f.scope ? syn.normScope(f.scope) : null;
  const out: MetricRow[] = [];
  for (const r of db.prepare(sql).iterate(...params) as IterableIterator<Record<string, unknown>>) {
    if (wantSubject && !syn.normSubject(String(r.subject)).includes(wantSubject)) continue;
    if (wantScope) {
      let issuers: string[] = [];
      try {
        issuers = JSON.parse(String(r.issuers ?? '[]'));
      } catch {
        /* keep [] */
      }
      const doc = { id: String(r.document_id), issuers, title: (r.title as string) ?? null, byline: (r.byline as string) ?? null };
      if (!syn.normScope(r.scope as string | null, doc).includes(wantScope)) continue;
    }
    out.push(metricRow(r));
  }
  return out;
}

/** What `metrics --group-by` can group by. */
export const GROUP_KEYS = ['scope', 'year', 'subject', 'kind', 'unit', 'series', 'issuer'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export interface MetricGroup {
  /** the group's key values, in the order asked (year: of the document's date, else its bulletin year) */
  key: Record<string, string | number | null>;
  unit: string;
  /** how many figures */
  count: number;
  /** how many documents they come from */
  documents: number;
  /** the exact sum of the figures (a sum over documents counts a figure restated twice twice: see latest) */
  sum: string;
  /** the figure of the latest document (by date, then issue), and that document's date */
  latest: string;
  latestDate: string | null;
  /** whether any figure of the group is approximate (余, 约 …) */
  approx: boolean;
}

/** The value a row has for a group key. */
function keyValue(r: MetricRow, k: GroupKey, issuerOf: (r: MetricRow) => string | null): string | number | null {
  if (k === 'year') return r.date ? Number(r.date.slice(0, 4)) : r.year;
  if (k === 'issuer') return issuerOf(r);
  return r[k];
}

/**
 * The rows grouped by the keys (and always by unit: 个 and 人 are never added), in the order of
 * the keys' first appearance after sorting by them. Sums are exact (decimal strings).
 */
export function groupMetrics(rows: MetricRow[], keys: GroupKey[], issuerOf: (r: MetricRow) => string | null = () => null): MetricGroup[] {
  const groups = new Map<string, { g: MetricGroup; sum: Dec; docs: Set<string> }>();
  for (const r of rows) {
    const key = Object.fromEntries(keys.map((k) => [k, keyValue(r, k, issuerOf)]));
    const id = JSON.stringify([key, r.unit]);
    let e = groups.get(id);
    if (!e) {
      e = { g: { key, unit: r.unit, count: 0, documents: 0, sum: '0', latest: r.valueText, latestDate: r.date, approx: false }, sum: ZERO, docs: new Set() };
      groups.set(id, e);
    }
    e.g.count++;
    e.docs.add(r.documentId);
    e.sum = add(e.sum, dec(r.valueText));
    e.g.approx ||= r.approx;
    // rows come ordered by date, issue: the last one seen is the latest
    e.g.latest = r.valueText;
    e.g.latestDate = r.date;
  }
  const out = [...groups.values()].map(({ g, sum, docs }) => ({ ...g, sum: decString(sum), documents: docs.size }));
  const cmpVal = (a: unknown, b: unknown) =>
    a == null ? (b == null ? 0 : 1) : b == null ? -1 : typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh');
  return out.sort((a, b) => {
    for (const k of keys) {
      const c = cmpVal(a.key[k], b.key[k]);
      if (c) return c;
    }
    return a.unit.localeCompare(b.unit);
  });
}

/** A metric row from a row of quantities joined with its document (and article_title). */
export function metricRow(r: Record<string, unknown>): MetricRow {
  const valueText = r.value_text != null && r.value_text !== '' ? String(r.value_text) : String(r.value);
  return {
    date: (r.date as string | null) ?? null,
    series: (r.series as string | null) ?? null,
    year: r.year == null ? null : Number(r.year),
    issue: r.issue == null ? null : Number(r.issue),
    title: (r.title as string | null) ?? null,
    article: (r.article_title as string | null) ?? null,
    scope: (r.scope as string | null) ?? null,
    subject: String(r.subject),
    value: Number(valueText),
    valueText,
    unit: String(r.unit ?? ''),
    approx: Number(r.approx) === 1,
    kind: String(r.kind),
    period: (r.period as string | null) ?? null,
    cumulative: Number(r.cumulative) === 1,
    sentence: String(r.sentence ?? ''),
    text: String(r.text),
    documentId: String(r.document_id),
    source: String(r.source),
    start: Number(r.start),
    end: Number(r.end),
  };
}
