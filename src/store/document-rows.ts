// A processed document as the rows the archive stores (src/store/write.ts binds them). Built in
// the worker thread: no database module is loaded here.
import { createHash } from 'node:crypto';
import type { ProcessedDocument, Section } from '../types.js';
import { FAMILY_TABLES, type ItemTable } from '../extract/families.js';
import { ITEM_TABLES, tableRows, type RowPlace } from '../extract/tables.js';
import { pageLookup } from '../normalize/pages.js';
import type { Processed } from './canonical.js';
import { storedRows } from './stored-rows.js';
import { storedLinesJson } from './stored-lines.js';

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

/**
 * A processed document as the SQL parameters the archive writes (all but `document_id` and
 * `stored_at`), plus the fields the store's decisions read. Built in the worker thread
 * (`documentRows`), so the main thread receives flat arrays, which cost far less to clone than
 * the Document JSON's objects, and only binds them.
 */
export type DocumentRows = DocumentRowsBase & ItemRows;

/** each item table's rows as stored (src/store/stored-rows.ts, from src/extract/tables.ts: columns and toRow), without document_id */
export type ItemRows = { [K in ItemTable]: unknown[][] };

interface DocumentRowsBase {
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
  /** documents.rules_versions (JSON of family → version), null when unknown */
  rulesVersions: string | null;
  /** documents.item_digests (JSON of item table → digest of the document's rows in it) */
  itemDigests: string;
  /**
   * A re-extraction of some item families of a stored document whose text, lines, sections and
   * header are unchanged: `doc` holds only the columns that change, and only the families in
   * `rewrite` (tables of the re-extracted families whose rows differ from the stored ones) carry
   * rows; those tables' rows of the document are replaced.
   */
  partial?: { rewrite: ItemTable[]; storedAt: string };
  /** the reader's warnings for this file (not stored: reported) */
  warnings?: string[];
}

/** A digest of a document's rows in one table: equal digests, equal rows. */
function digest(rows: unknown[][]): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
}

export function isDocumentRows(x: ProcessedDocument | DocumentRows): x is DocumentRows {
  return (x as DocumentRows).packed === true;
}

export function documentRows(pd: ProcessedDocument | Processed): DocumentRows {
  const { partial } = pd as Processed;
  const full = fullRows(pd, !!partial);
  if (!partial) return full;
  // the stored items of the families not re-extracted stay; so do those of a re-extracted
  // family's table whose rows digest as the stored ones did (most, after most rule changes)
  const stored = partial.itemDigests ?? {};
  const digests: Record<string, string> = { ...stored };
  const rewrite: ItemTable[] = [];
  const fresh = JSON.parse(full.itemDigests) as Record<string, string>;
  for (const f of partial.families) {
    for (const t of FAMILY_TABLES[f]) {
      if (stored[t] !== fresh[t]) rewrite.push(t);
      digests[t] = fresh[t];
    }
  }
  const keep = (t: ItemTable) => rewrite.includes(t);
  return {
    ...full,
    text: '',
    doc: {
      id: full.id,
      source: full.doc.source,
      rules_version: full.rulesVersion,
      rules_versions: full.rulesVersions,
      item_digests: JSON.stringify(digests),
    },
    sections: [],
    ...(Object.fromEntries(ITEM_TABLES.map((t) => [t, keep(t) ? full[t] : []])) as ItemRows),
    itemDigests: JSON.stringify(digests),
    partial: { rewrite, storedAt: partial.storedAt },
  };
}

function fullRows(pd: ProcessedDocument | Processed, partial = false): DocumentRows {
  const j = pd.json;
  const d = j.document;
  const secs = pd.sections;
  const pageAt = pageLookup(pd);
  const at: RowPlace = { section: (o) => sectionOf(secs, o), page: pageAt };
  const rulesVersions = (pd as Processed).rulesVersions ? JSON.stringify((pd as Processed).rulesVersions) : null;
  const rows: DocumentRows = {
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
      articles: JSON.stringify(pd.meta.articles ?? []),
      distribution: JSON.stringify(pd.meta.distribution ?? { bao: [], song: [] }),
      text: d.text,
      content_key: pd.contentKey,
      page_count: pd.pageCount,
      encoding: pd.encoding,
      rules_version: pd.rulesVersion,
      rules_versions: rulesVersions,
      item_digests: '',
      lines: partial ? '' : storedLinesJson(pd.lines),
      ocr: d.ocr ? JSON.stringify(d.ocr) : null,
    },
    sections: secs.map((s, i) => [i, s.level, s.marker, s.heading, s.start, s.end, s.parent]),
    ...itemRows(j, at),
    rulesVersions,
    itemDigests: '',
    ...(pd.warnings?.length ? { warnings: pd.warnings } : {}),
  };
  // digests of the rows as the Document JSON gives them (schema 12 stores them compacted: stored-rows.ts)
  rows.itemDigests = JSON.stringify(Object.fromEntries(ITEM_TABLES.map((t) => [t, digest(rows[t])])));
  rows.doc.item_digests = rows.itemDigests;
  for (const t of ITEM_TABLES) rows[t] = storedRows(t, rows[t], d.text);
  return rows;
}


/** every item table's rows of the Document JSON's items (a JSON written before a table existed has none) */
function itemRows(j: ProcessedDocument['json'], at: RowPlace): ItemRows {
  const items = j as unknown as Record<ItemTable, never[] | undefined>;
  return Object.fromEntries(ITEM_TABLES.map((t) => [t, tableRows(t, items[t] ?? [], at)])) as ItemRows;
}
