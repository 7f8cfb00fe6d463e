// `gongwen metrics` for the page, answered from memory: the same rows, in the same order, as
// metrics() in src/analysis/metrics.ts (the same synonym folding, the same LIKE-style prefilter on
// the written forms, the same scope resolution against the document), but the subject and scope of
// every quantity are read once per archive version and folded once per distinct string, so a query
// costs a pass over arrays instead of a LIKE scan and a join of every quantity (~250–500 ms at
// 10,000 documents). Only the matching rows are then read, by primary key.
import { metricRow, type MetricRow, type MetricsFilter } from '../analysis/metrics.js';
import type { Synonyms } from '../analysis/synonyms.js';
import type { DB } from '../store/db.js';

export interface MetricPoint {
  date: string | null;
  scope: string | null;
  value: number;
  documentId: string;
  start: number;
}

export interface Hits {
  index: Index;
  at: number[];
}

interface Index {
  docs: { id: string; issuers: string[]; title: string | null; byline: string | null; date: string | null; year: number | null; issue: number | null }[];
  doc: Int32Array;
  idx: Int32Array;
  start: Int32Array;
  kind: string[];
  /** Number(value_text): what the chart plots */
  value: Float64Array;
  subject: Int32Array;
  scope: Int32Array;
  strings: string[];
  /** the positions in metrics()'s order (document date, year, issue, id, then offset) */
  order: Int32Array;
}

export class MetricsIndex {
  private index: Index | null = null;
  private version = -1;
  private normSubject = new Map<number, string>();
  private normScope = new Map<number, string>();
  private readonly rowStmt;

  constructor(private readonly db: DB, private readonly syn: Synonyms) {
    this.rowStmt = db.prepare(
      `SELECT q.document_id, q.kind, q.value, q.value_text, q.unit, q.approx, q.subject, q.scope, q.period,
        q.cumulative, q.text, q.start, q.end, q.sentence, d.date, d.series, d.year, d.issue, d.title, d.source,
        (SELECT a.title FROM articles a WHERE a.document_id = q.document_id AND q.start >= a.start AND q.start < a."end"
          ORDER BY a.idx LIMIT 1) AS article_title
       FROM quantities q JOIN documents d ON d.id = q.document_id WHERE q.document_id = ? AND q.idx = ?`,
    );
  }

  private load(version: number): Index {
    if (this.index && this.version === version) return this.index;
    const docs: Index['docs'] = [];
    const docAt = new Map<string, number>();
    for (const r of this.db.prepare('SELECT id, issuers, title, byline, date, year, issue FROM documents').iterate() as IterableIterator<Record<string, unknown>>) {
      let issuers: string[] = [];
      try {
        issuers = JSON.parse(String(r.issuers ?? '[]'));
      } catch {
        /* keep [] */
      }
      docAt.set(String(r.id), docs.length);
      docs.push({
        id: String(r.id), issuers, title: (r.title as string | null) ?? null, byline: (r.byline as string | null) ?? null,
        date: (r.date as string | null) ?? null, year: r.year == null ? null : Number(r.year), issue: r.issue == null ? null : Number(r.issue),
      });
    }
    const n = Number(this.db.prepare('SELECT count(*) FROM quantities').pluck().get());
    const ix: Index = { docs, doc: new Int32Array(n), idx: new Int32Array(n), start: new Int32Array(n), kind: new Array(n), value: new Float64Array(n), subject: new Int32Array(n), scope: new Int32Array(n), strings: [], order: new Int32Array(0) };
    const intern = new Map<string | null, number>();
    const id = (s: string | null) => {
      let v = intern.get(s);
      if (v === undefined) {
        v = ix.strings.length;
        ix.strings.push(s ?? '');
        intern.set(s, v);
      }
      return s == null ? -1 : v;
    };
    let i = 0;
    for (const r of this.db.prepare('SELECT document_id, idx, start, kind, subject, scope, value_text, value FROM quantities').raw(true).iterate() as IterableIterator<unknown[]>) {
      if (i >= n) break;
      const d = docAt.get(String(r[0]));
      if (d === undefined) continue;
      ix.doc[i] = d;
      ix.idx[i] = Number(r[1]);
      ix.start[i] = Number(r[2]);
      ix.kind[i] = String(r[3]);
      ix.subject[i] = id(String(r[4] ?? ''));
      ix.scope[i] = id((r[5] as string | null) ?? null);
      ix.value[i] = Number(r[6] != null && r[6] !== '' ? r[6] : r[7]);
      i++;
    }
    if (i < n) for (const k of ['doc', 'idx', 'start', 'subject', 'scope'] as const) ix[k] = ix[k].subarray(0, i);
    ix.kind.length = i;
    ix.order = sortedOrder(ix);
    this.index = ix;
    this.version = version;
    this.normSubject.clear();
    this.normScope.clear();
    return ix;
  }

  /** The rows metrics(db, f) returns, in its order. */
  query(f: MetricsFilter, version: number): MetricRow[] {
    return this.rows(this.find(f, version));
  }

  /** Builds the index now (at server start, so that no page waits for it). */
  warm(version: number): void {
    this.load(version);
  }

  /** What the chart needs of each hit, read from memory (a page of 30,000 rows reads only its table's rows). */
  points(h: Hits): MetricPoint[] {
    const ix = h.index;
    return h.at.map((i) => {
      const d = ix.docs[ix.doc[i]];
      return { date: d.date, scope: ix.scope[i] < 0 ? null : ix.strings[ix.scope[i]], value: ix.value[i], documentId: d.id, start: ix.start[i] };
    });
  }

  /** The full rows of hits [from, to). */
  rows(h: Hits, from = 0, to = h.at.length): MetricRow[] {
    const ix = h.index;
    return h.at.slice(from, to).map((i) => this.row(ix.docs[ix.doc[i]].id, ix.idx[i]));
  }

  /** The matching quantities (positions in the index), in metrics()'s order. */
  find(f: MetricsFilter, version: number): Hits {
    const ix = this.load(version);
    const syn = this.syn;
    const forms = f.subject ? syn.surfaceForms(f.subject, 'subject').map((x) => x.toLowerCase()) : null;
    const wantSubject = f.subject ? syn.normSubject(f.subject) : null;
    const wantScope = f.scope ? syn.normScope(f.scope) : null;
    // per distinct subject string: does it pass the prefilter and the folded test?
    const subjectOk = new Map<number, boolean>();
    const hits: number[] = [];
    for (let k = 0; k < ix.order.length; k++) {
      const i = ix.order[k];
      if (f.kind && ix.kind[i] !== f.kind) continue;
      if (forms) {
        const s = ix.subject[i];
        let ok = subjectOk.get(s);
        if (ok === undefined) {
          const raw = ix.strings[s];
          const low = raw.toLowerCase();
          ok = forms.some((x) => low.includes(x)) && this.subjectNorm(s, raw).includes(wantSubject!);
          subjectOk.set(s, ok);
        }
        if (!ok) continue;
      }
      if (wantScope && !this.scopeNorm(ix, i).includes(wantScope)) continue;
      hits.push(i);
    }
    return { index: ix, at: hits };
  }

  private subjectNorm(s: number, raw: string): string {
    let v = this.normSubject.get(s);
    if (v === undefined) this.normSubject.set(s, (v = this.syn.normSubject(raw)));
    return v;
  }

  /** A scope folds the same in every document unless it is relative (全市 …): those are resolved per document. */
  private scopeNorm(ix: Index, i: number): string {
    const s = ix.scope[i];
    if (s < 0) return '';
    let v = this.normScope.get(s);
    if (v === undefined) this.normScope.set(s, (v = this.syn.normScope(ix.strings[s])));
    if (!v.includes('@?')) return v;
    const doc = ix.docs[ix.doc[i]];
    return this.syn.normScope(ix.strings[s], doc);
  }

  private row(documentId: string, idx: number): MetricRow {
    return metricRow(this.rowStmt.get(documentId, idx) as Record<string, unknown>);
  }
}

/** metrics()'s ORDER BY d.date IS NULL, d.date, d.year, d.issue, q.document_id, q.start, computed once:
 * the documents are ranked, then the quantities sorted by (rank, offset). */
function sortedOrder(ix: Index): Int32Array {
  const d = ix.docs;
  const docOrder = d.map((_, k) => k).sort((a, b) => {
    const x = d[a], y = d[b];
    return Number(x.date == null) - Number(y.date == null) || cmp(x.date, y.date) || cmp(x.year, y.year) || cmp(x.issue, y.issue) || cmp(x.id, y.id);
  });
  const rank = new Int32Array(d.length);
  docOrder.forEach((doc, r) => (rank[doc] = r));
  const order = Array.from({ length: ix.doc.length }, (_, i) => i);
  order.sort((a, b) => rank[ix.doc[a]] - rank[ix.doc[b]] || ix.start[a] - ix.start[b]);
  return Int32Array.from(order);
}

/** SQLite's ORDER BY for these columns: NULL first, then numbers / text ascending. */
function cmp(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a == null) return -1;
  if (b == null) return 1;
  return a < b ? -1 : 1;
}
