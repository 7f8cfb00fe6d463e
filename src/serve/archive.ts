// The archive as the review page reads it: opened read-only (query_only), a fixed set of prepared
// statements, and an in-memory index of the document headers (with each document's province and
// city) for the list, its facets, sorting and paging. The index is rebuilt when another process
// has written to the file (PRAGMA data_version changes).
import { openDb, type DB } from '../store/db.js';
import { namedRules } from '../extract/named/rules.js';

export interface DocEntry {
  id: string;
  source: string;
  format: string;
  kind: string;
  series: string | null;
  year: number | null;
  issue: number | null;
  totalIssue: number | null;
  date: string | null;
  docNumber: string | null;
  issuers: string[];
  title: string | null;
  province: string | null;
  city: string | null;
  quantities: number;
}

export interface ItemRow {
  kind: 'quantity' | 'award' | 'workshop' | 'org' | 'person' | 'place' | 'policy';
  idx: number;
  start: number;
  end: number;
  text: string;
  rule: string;
  page: number | null;
  fields: Record<string, unknown>;
  /** read by OCR or below the confidence threshold (when the archive records it) */
  lowConfidence?: boolean;
}

const LOW_CONFIDENCE = 0.8;

function parseJson<T>(s: unknown, fallback: T): T {
  if (typeof s !== 'string') return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

const num = (v: unknown): number | null => (v == null ? null : Number(v));
const str = (v: unknown): string | null => (v == null ? null : String(v));

export class ServeArchive {
  readonly db: DB;
  private version = -1;
  private docs: DocEntry[] = [];
  private byId = new Map<string, DocEntry>();
  private readonly stmts;
  private readonly hasOcr: boolean;
  private readonly confidence: Set<string>;
  private readonly places: { provinces: Set<string>; cities: Set<string> };

  constructor(readonly path: string) {
    this.db = openDb(path, { readonly: true });
    const cols = (t: string) =>
      new Set((this.db.prepare('SELECT name FROM pragma_table_info(?)').all(t) as { name: string }[]).map((r) => r.name));
    this.hasOcr = cols('documents').has('ocr');
    this.confidence = new Set(['quantities', 'awards', 'workshops', 'entities'].filter((t) => cols(t).has('confidence')));
    const conf = (t: string) => (this.confidence.has(t) ? ', confidence' : ', NULL AS confidence');
    const rules = namedRules();
    this.places = {
      provinces: new Set(rules.places.filter((p) => p.kind === 'province').flatMap((p) => p.names)),
      cities: new Set(rules.places.filter((p) => p.kind === 'city').flatMap((p) => p.names)),
    };
    this.stmts = {
      version: this.db.prepare('PRAGMA data_version').pluck(),
      docs: this.db.prepare(
        `SELECT id, source, format, kind, series, year, issue, total_issue, date, doc_number, issuers, title FROM documents`,
      ),
      qcount: this.db.prepare('SELECT document_id, count(*) AS n FROM quantities GROUP BY document_id'),
      placeCounts: this.db.prepare(
        `SELECT document_id, canonical, count(*) AS n FROM entities WHERE type = 'place' GROUP BY document_id, canonical`,
      ),
      doc: this.db.prepare(
        `SELECT id, source, format, kind, series, year, issue, total_issue, date, doc_number, issuers, title, byline,
                attachment_title, distribution, page_count, encoding, rules_version, stored_at${this.hasOcr ? ', ocr' : ', NULL AS ocr'}
         FROM documents WHERE id = ?`,
      ),
      text: this.db.prepare('SELECT text FROM documents WHERE id = ?').pluck(),
      sections: this.db.prepare('SELECT idx, level, marker, heading, start, end, parent FROM sections WHERE document_id = ? ORDER BY idx'),
      sources: this.db.prepare('SELECT path, format, size, added_at, file_hash FROM sources WHERE document_id = ? ORDER BY added_at, path'),
      quantities: this.db.prepare(
        `SELECT idx, kind, value_text, value_high, unit, approx, qualifier, subject, scope, period, cumulative, text, start, end,
                page, part_of, rule${conf('quantities')} FROM quantities WHERE document_id = ? ORDER BY idx`,
      ),
      awards: this.db.prepare(
        `SELECT idx, name, level, count, recipients, text, start, end, page, rule${conf('awards')} FROM awards WHERE document_id = ? ORDER BY idx`,
      ),
      workshops: this.db.prepare(
        `SELECT idx, name, type, level, count, leader, text, start, end, page, rule${conf('workshops')} FROM workshops WHERE document_id = ? ORDER BY idx`,
      ),
      entities: this.db.prepare(
        `SELECT idx, type, name, canonical, role, text, start, end, page, rule${conf('entities')} FROM entities WHERE document_id = ? ORDER BY idx`,
      ),
      subjects: this.db.prepare(
        `SELECT subject, count(*) AS n FROM quantities WHERE subject <> '' GROUP BY subject ORDER BY n DESC LIMIT 300`,
      ),
      searchPending: this.db.prepare('SELECT count(*) FROM doc_search WHERE fts = 0').pluck(),
    };
    this.refresh();
  }

  /** Rebuilds the header index when the file changed since it was built; true when it did. */
  refresh(): boolean {
    const v = Number(this.stmts.version.get());
    if (v === this.version) return false;
    this.version = v;
    this.loadIndex();
    return true;
  }

  get dataVersion(): number {
    return this.version;
  }

  private loadIndex(): void {
    const qn = new Map<string, number>();
    for (const r of this.stmts.qcount.all() as { document_id: string; n: number }[]) qn.set(r.document_id, r.n);
    const best = new Map<string, { province?: [string, number]; city?: [string, number] }>();
    for (const r of this.stmts.placeCounts.all() as { document_id: string; canonical: string; n: number }[]) {
      const kind = this.places.provinces.has(r.canonical) ? 'province' : this.places.cities.has(r.canonical) ? 'city' : null;
      if (!kind) continue;
      const b = best.get(r.document_id) ?? {};
      if (!b[kind] || b[kind]![1] < r.n) b[kind] = [r.canonical, r.n];
      best.set(r.document_id, b);
    }
    const docs: DocEntry[] = [];
    for (const r of this.stmts.docs.all() as Record<string, unknown>[]) {
      const id = String(r.id);
      const issuers = parseJson<string[]>(r.issuers, []);
      const p = best.get(id);
      docs.push({
        id,
        source: String(r.source),
        format: String(r.format),
        kind: String(r.kind),
        series: str(r.series),
        year: num(r.year),
        issue: num(r.issue),
        totalIssue: num(r.total_issue),
        date: str(r.date),
        docNumber: str(r.doc_number),
        issuers,
        title: str(r.title),
        province: this.provinceOf(issuers) ?? p?.province?.[0] ?? null,
        city: p?.city?.[0] ?? null,
        quantities: qn.get(id) ?? 0,
      });
    }
    this.docs = docs;
    this.byId = new Map(docs.map((d) => [d.id, d]));
  }

  /** The province an issuer names at its start (云南省总工会 → 云南省). */
  private provinceOf(issuers: string[]): string | null {
    for (const i of issuers) for (const p of this.places.provinces) if (i.startsWith(p)) return p;
    return null;
  }

  allDocs(): readonly DocEntry[] {
    return this.docs;
  }

  entry(id: string): DocEntry | undefined {
    return this.byId.get(id);
  }

  document(id: string): Record<string, unknown> | undefined {
    return this.stmts.doc.get(id) as Record<string, unknown> | undefined;
  }

  text(id: string): string | undefined {
    return this.stmts.text.get(id) as string | undefined;
  }

  sections(id: string) {
    return this.stmts.sections.all(id) as { idx: number; level: number; marker: string; heading: string; start: number; end: number; parent: number | null }[];
  }

  sources(id: string) {
    return this.stmts.sources.all(id) as { path: string; format: string; size: number; added_at: string; file_hash: string }[];
  }

  /** Every extracted item of a document, with the fields the page shows. */
  items(id: string, ocrPages: Set<number> | null = null): ItemRow[] {
    const out: ItemRow[] = [];
    const low = (r: Record<string, unknown>) =>
      (r.confidence != null && Number(r.confidence) < LOW_CONFIDENCE) || (ocrPages != null && r.page != null && ocrPages.has(Number(r.page)));
    const base = (r: Record<string, unknown>) => ({
      idx: Number(r.idx),
      start: Number(r.start),
      end: Number(r.end),
      text: String(r.text),
      rule: String(r.rule),
      page: num(r.page),
      lowConfidence: low(r) || undefined,
    });
    for (const r of this.stmts.quantities.all(id) as Record<string, unknown>[]) {
      out.push({
        kind: 'quantity',
        ...base(r),
        fields: {
          kind: r.kind,
          value: r.value_text,
          valueHigh: r.value_high,
          unit: r.unit,
          approx: Number(r.approx) === 1,
          qualifier: r.qualifier,
          subject: r.subject,
          scope: r.scope,
          period: r.period,
          cumulative: Number(r.cumulative) === 1,
          partOf: r.part_of,
          confidence: r.confidence,
        },
      });
    }
    for (const r of this.stmts.awards.all(id) as Record<string, unknown>[]) {
      out.push({ kind: 'award', ...base(r), fields: { name: r.name, level: r.level, count: r.count, recipients: parseJson(r.recipients, []), confidence: r.confidence } });
    }
    for (const r of this.stmts.workshops.all(id) as Record<string, unknown>[]) {
      out.push({ kind: 'workshop', ...base(r), fields: { name: r.name, type: r.type, level: r.level, count: r.count, leader: r.leader, confidence: r.confidence } });
    }
    for (const r of this.stmts.entities.all(id) as Record<string, unknown>[]) {
      const kind = String(r.type) as ItemRow['kind'];
      out.push({ kind, ...base(r), fields: { name: r.name, canonical: r.canonical, role: r.role, confidence: r.confidence } });
    }
    for (const it of out) for (const k of Object.keys(it.fields)) if (it.fields[k] == null) delete it.fields[k];
    return out;
  }

  /** The most frequent quantity subjects (the metrics page's choices). */
  topSubjects(): { subject: string; n: number }[] {
    return this.stmts.subjects.all() as { subject: string; n: number }[];
  }

  /** Documents not yet in the full-text index (stored by another tool; the next `gongwen ingest` indexes them). */
  searchPending(): number {
    try {
      return Number(this.stmts.searchPending.get());
    } catch {
      return 0;
    }
  }

  close(): void {
    this.db.close();
  }
}

/** The OCR pages recorded for a document (documents.ocr JSON), or null. */
export function ocrPages(doc: Record<string, unknown>): Set<number> | null {
  const o = parseJson<{ pages?: number[] } | null>(doc.ocr, null);
  return o?.pages ? new Set(o.pages.map(Number)) : null;
}
