// The item tables: for each kind of extracted item, its table, the extractor family that writes
// it, its columns and how one item becomes one row (`toRow`, values in column order). The
// archive's writer (src/store/write.ts) and the row builder (src/pipeline/rows.ts) are derived
// from this list, so a new item type adds its table here (and a migration creating it).
//
// This module is light on purpose (no extractor is imported): the ingest main thread reads it.
import type { Award, Citation, Entity, Extraction, Quantity, Workshop } from '../types.js';

/** where an item stands in its document: its section index and source page */
export interface RowPlace {
  section(start: number): number | null;
  page(start: number): number | null;
}

export interface TableSpec<T> {
  table: string;
  /** the extractor family whose re-extraction rewrites this table (src/extract/families.ts) */
  family: string;
  /** the columns after document_id, in the order toRow gives them */
  columns: readonly string[];
  toRow(item: T, index: number, at: RowPlace): unknown[];
}

const bool = (b: boolean | undefined | null): number => (b ? 1 : 0);

const quantities: TableSpec<Quantity> = {
  table: 'quantities',
  family: 'quantities',
  columns: ['idx', 'kind', 'value', 'value_text', 'value_high', 'unit', 'approx', 'qualifier', 'subject', 'scope', 'period',
    'cumulative', 'text', 'start', 'end', 'sentence', 'section', 'page', 'part_of', 'rule'],
  toRow: (q, i, at) => [
    i, q.kind, q.value, q.valueText ?? String(q.value), q.valueHigh ?? null, q.unit, bool(q.approx),
    q.qualifier ?? null, q.subject, q.scope, q.period, bool(q.cumulative), q.text, q.start, q.end, q.sentence,
    at.section(q.start), q.page ?? at.page(q.start), q.partOf, q.rule,
  ],
};

const awards: TableSpec<Award> = {
  table: 'awards',
  family: 'named',
  columns: ['idx', 'name', 'level', 'count', 'recipients', 'text', 'start', 'end', 'section', 'page', 'rule'],
  toRow: (a, i, at) => [
    i, a.name, a.level, a.count, JSON.stringify(a.recipients), a.text, a.start, a.end, at.section(a.start), at.page(a.start), a.rule,
  ],
};

const workshops: TableSpec<Workshop> = {
  table: 'workshops',
  family: 'named',
  columns: ['idx', 'name', 'type', 'level', 'count', 'leader', 'text', 'start', 'end', 'section', 'page', 'rule'],
  toRow: (w, i, at) => [
    i, w.name, w.type, w.level, w.count, w.leader, w.text, w.start, w.end, at.section(w.start), at.page(w.start), w.rule,
  ],
};

const entities: TableSpec<Entity> = {
  table: 'entities',
  family: 'named',
  columns: ['idx', 'type', 'name', 'canonical', 'role', 'text', 'start', 'end', 'section', 'page', 'rule'],
  toRow: (e, i, at) => [
    i, e.type, e.name, e.canonical, e.role, e.text, e.start, e.end, at.section(e.start), at.page(e.start), e.rule,
  ],
};

const citations: TableSpec<Citation> = {
  table: 'citations',
  family: 'citations',
  columns: ['idx', 'doc_number', 'prefix', 'year', 'number', 'title', 'text', 'start', 'end', 'sentence', 'section', 'page', 'rule'],
  toRow: (c, i, at) => [
    i, c.docNumber, c.prefix, c.year, c.number, c.title, c.text, c.start, c.end, c.sentence, at.section(c.start), at.page(c.start), c.rule,
  ],
};

export type ItemTable = keyof Extraction;

/** every item table, keyed by the Extraction field (= table name) it stores, in write order */
export const TABLES: { readonly [K in ItemTable]: TableSpec<Extraction[K][number]> } = {
  quantities,
  awards,
  workshops,
  entities,
  citations,
};

export const ITEM_TABLES = Object.keys(TABLES) as ItemTable[];

/** the rows of one table for a document's items */
export function tableRows<K extends ItemTable>(table: K, items: Extraction[K], at: RowPlace): unknown[][] {
  const spec = TABLES[table] as TableSpec<Extraction[K][number]>;
  return (items as Array<Extraction[K][number]>).map((it, i) => spec.toRow(it, i, at));
}

/** an Extraction with every table empty */
export function emptyExtraction(): Extraction {
  return { quantities: [], awards: [], workshops: [], entities: [], citations: [] };
}
