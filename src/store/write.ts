// Writing documents into the archive. Every document is written in ONE transaction
// (BEGIN IMMEDIATE, so two processes queue for the write lock instead of failing), and
// every decision (unchanged / linked / updated / added) is taken again inside that
// transaction, so two ingest processes working on the same files store each file once.
import type Database from 'better-sqlite3';
import type { DB } from './db.js';
import { withBusyRetry } from './db.js';
import { indexDocuments, indexPending } from './search-index.js';
import type { Format, ProcessedDocument } from '../types.js';
import type { StoredCanonical } from './canonical.js';
import { nearDuplicate } from '../normalize/similar.js';
import { documentRows, isDocumentRows, type DocumentRows } from './document-rows.js';
import { staleFamilies, type ItemFamily, type ItemTable } from '../extract/families.js';
import { ITEM_TABLES } from '../extract/tables.js';
import { storedColumns, storedValue } from './stored-rows.js';
import type { FamilyVersions } from '../rules/loader.js';

export type FileStatus = 'added' | 'unchanged' | 'updated' | 'linked' | 'failed';

export interface StoreResult {
  status: Exclude<FileStatus, 'failed'>;
  documentId: string;
}

export interface SourceInfo {
  fileHash: string;
  path: string;
  size: number;
}

interface SourceRow {
  document_id: string;
  rules_version: string;
}

/** WAL pages between checkpoints during a batch (4 KB pages: 64 MB) */
const BULK_CHECKPOINT_PAGES = 16384;

function nowIso(): string {
  return new Date().toISOString();
}

export { documentRows, isDocumentRows, sectionOf, type DocumentRows } from './document-rows.js';

export class Archive {
  private st;
  /**
   * Texts written in the current transaction, for documents_fts (schema 6: the triggers keep
   * doc_search, the writer fills the index). Written once the transaction's documents are, not
   * inside each document's savepoint: FTS5 flushes its pending terms at every savepoint, and an
   * INSERT … SELECT into it (the old trigger) cost ~1.5 ms a document against ~0.4 ms for this.
   */
  private pendingFts = new Map<string, string>();
  /** each item table's statements: a document's rows are deleted, then inserted */
  private readonly items: Record<ItemTable, { del: Database.Statement; ins: Database.Statement; rule: number }>;
  private readonly storeTx: Database.Transaction<(pd: ProcessedDocument | DocumentRows, src: SourceInfo, force: boolean) => StoreResult>;

  constructor(readonly db: DB) {
    const p = (sql: string) => db.prepare(sql);
    this.st = {
      sourceByHash: p(
        `SELECT s.document_id, d.rules_version FROM sources s JOIN documents d ON d.id = s.document_id WHERE s.file_hash = ?`,
      ),
      docById: p(`SELECT id FROM documents WHERE id = ?`),
      staleCanonical: p(
        `SELECT d.id, d.source, d.format, d.text, d.lines, d.page_count, d.encoding, d.rules_versions, d.item_digests, d.stored_at
         FROM sources s JOIN documents d ON d.id = s.document_id
         WHERE s.file_hash = ? AND d.rules_version != ? AND d.lines IS NOT NULL`,
      ),
      docState: p(`SELECT stored_at FROM documents WHERE id = ?`),
      // a partial re-extraction: the text, lines, sections and header stay as stored
      updateVersions: p(
        `UPDATE documents SET source = @source, rules_version = @rules_version, rules_versions = @rules_versions,
           item_digests = @item_digests, stored_at = @stored_at WHERE id = @id`,
      ),
      versionsByPrint: p(`SELECT versions FROM rules_fingerprints WHERE fingerprint = ?`),
      insertPrint: p(`INSERT OR REPLACE INTO rules_fingerprints (fingerprint, versions, at) VALUES (?, ?, ?)`),
      byContentKey: p(`SELECT id FROM documents WHERE content_key = ? ORDER BY stored_at LIMIT 1`),
      bySeriesIssue: p(
        `SELECT id, text FROM documents WHERE series = ? AND year = ? AND issue = ? LIMIT 20`,
      ),
      byDocNumber: p(`SELECT id, text FROM documents WHERE doc_number = ? LIMIT 20`),
      insertSource: p(
        `INSERT INTO sources (file_hash, document_id, path, format, size, added_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(file_hash) DO UPDATE SET document_id = excluded.document_id, path = excluded.path, format = excluded.format`,
      ),
      // a new row's doc key is given here as documents_doc_ai would give it: that trigger's UPDATE
      // wrote the whole row again (the text's overflow pages), freeing the first copy's pages
      upsertDocument: p(
        `INSERT INTO documents (id, source, format, kind, series, year, issue, total_issue, date, doc_number, issuers,
           title, byline, attachment_title, distribution, text, content_key, page_count, encoding, rules_version, stored_at, lines,
           rules_versions, item_digests, articles, ocr, doc)
         VALUES (@id, @source, @format, @kind, @series, @year, @issue, @total_issue, @date, @doc_number, @issuers,
           @title, @byline, @attachment_title, @distribution, @text, @content_key, @page_count, @encoding, @rules_version, @stored_at, @lines,
           @rules_versions, @item_digests, @articles, @ocr, (SELECT ifnull(max(doc), 0) + 1 FROM documents))
         ON CONFLICT(id) DO UPDATE SET source = excluded.source, format = excluded.format, kind = excluded.kind,
           series = excluded.series, year = excluded.year, issue = excluded.issue, total_issue = excluded.total_issue,
           date = excluded.date, doc_number = excluded.doc_number, issuers = excluded.issuers, title = excluded.title,
           byline = excluded.byline, attachment_title = excluded.attachment_title, distribution = excluded.distribution,
           text = excluded.text, content_key = excluded.content_key, page_count = excluded.page_count,
           encoding = excluded.encoding, rules_version = excluded.rules_version, stored_at = excluded.stored_at,
           lines = excluded.lines, rules_versions = excluded.rules_versions, item_digests = excluded.item_digests,
           articles = excluded.articles, ocr = excluded.ocr`,
      ),
      // a re-extraction keeps the text: updating the row without touching `text` spares the
      // full-text index (a new text drops the document's index rows, and they are written again)
      updateKeepText: p(
        `UPDATE documents SET source = @source, format = @format, kind = @kind, series = @series, year = @year,
           issue = @issue, total_issue = @total_issue, date = @date, doc_number = @doc_number, issuers = @issuers,
           title = @title, byline = @byline, attachment_title = @attachment_title, distribution = @distribution,
           content_key = @content_key, page_count = @page_count, encoding = @encoding, rules_version = @rules_version,
           stored_at = @stored_at, lines = @lines, rules_versions = @rules_versions, item_digests = @item_digests,
           articles = @articles
         WHERE id = @id AND text = @text`,
      ),
      updateSourcePath: p(`UPDATE sources SET path = ? WHERE file_hash = ?`),
      docKey: p(`SELECT doc FROM documents WHERE id = ?`).pluck(),
      delSections: p(`DELETE FROM sections_rows WHERE doc = ?`),
      insSection: p(
        `INSERT INTO sections_rows (doc, idx, level, marker, heading, start, "end", parent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insError: p(`INSERT INTO ingest_errors (path, reason, at) VALUES (?, ?, ?)`),
      insRule: p(`INSERT OR IGNORE INTO item_rules (rule) VALUES (?)`),
    };
    // one delete and one insert per item table, from its stored columns (src/store/stored-rows.ts), into
    // the table's rows keyed by documents.doc (schema 11: the table users query is a view of them)
    this.items = Object.fromEntries(
      ITEM_TABLES.map((t) => {
        const stored = ['doc', ...storedColumns(t)];
        const ins = p(`INSERT INTO ${t}_rows (${stored.map((c) => `"${c}"`).join(', ')}) VALUES (${stored.map(storedValue).join(', ')})`);
        // the rule id's place in a row (after doc), whose key item_rules must hold before the insert
        return [t, { del: p(`DELETE FROM ${t}_rows WHERE doc = ?`), ins, rule: stored.indexOf('rule_id') - 1 }];
      }),
    ) as Record<ItemTable, { del: Database.Statement; ins: Database.Statement; rule: number }>;
    this.storeTx = db.transaction((pd: ProcessedDocument | DocumentRows, src: SourceInfo, force: boolean) =>
      this.storeOne(isDocumentRows(pd) ? pd : documentRows(pd), src, force),
    );
  }

  /**
   * Can this file be skipped without parsing it? True when its bytes are stored already (as the
   * file a document was stored from, or as a linked source of one) and neither --force nor a
   * rules change asks for re-extraction.
   */
  isUnchanged(fileHash: string, rulesVersion: string, force: boolean): { documentId: string } | null {
    if (force) return null;
    const row = this.st.sourceByHash.get(fileHash) as SourceRow | undefined;
    if (!row) return null;
    return row.rules_version === rulesVersion ? { documentId: row.document_id } : null;
  }

  /**
   * The document this file is a source of (the file it was stored from, or a linked copy), when
   * its rules are out of date: its canonical text and lines, to re-extract without parsing the
   * file again. Null otherwise (not stored, up to date, or stored before schema 3). With the
   * current family versions, says which item families are stale (`families`; absent: all, for a
   * document stored before schema 4 or whose structure version changed).
   */
  staleCanonical(fileHash: string, rulesVersion: string, path: string, current?: FamilyVersions): StoredCanonical | null {
    const r = this.st.staleCanonical.get(fileHash, rulesVersion) as
      | {
          id: string; source: string; format: Format; text: string; lines: string; page_count: number | null; encoding: string | null;
          rules_versions: string | null; item_digests: string | null; stored_at: string;
        }
      | undefined;
    if (!r) return null;
    // parsed where it is extracted (a worker); a value that is not a JSON array means re-parsing the file
    if (!r.lines.startsWith('[') || !r.lines.endsWith(']')) return null;
    const out: StoredCanonical = {
      id: r.id,
      // the document keeps the path it was stored from, unless this is that very file
      source: r.id === fileHash ? path : r.source,
      format: r.format,
      text: r.text,
      lines: r.lines,
      pageCount: r.page_count,
      encoding: r.encoding,
    };
    if (current && r.rules_versions && r.item_digests) {
      let families: ItemFamily[] | null = null;
      let digests: Record<string, string> | null = null;
      try {
        families = staleFamilies(JSON.parse(r.rules_versions) as Record<string, string>, current);
        digests = JSON.parse(r.item_digests) as Record<string, string>;
      } catch {
        families = null;
      }
      if (families) Object.assign(out, { families, itemDigests: digests, storedAt: r.stored_at });
    }
    return out;
  }

  /** The family versions a rules fingerprint stood for, if this archive has seen it. */
  versionsFor(fingerprint: string): FamilyVersions | null {
    const r = this.st.versionsByPrint.get(fingerprint) as { versions: string } | undefined;
    if (!r) return null;
    try {
      return JSON.parse(r.versions) as FamilyVersions;
    } catch {
      return null;
    }
  }

  /** Remembers the family versions of a rules fingerprint (see versionsFor). */
  rememberVersions(fingerprint: string, versions: FamilyVersions): void {
    withBusyRetry(() =>
      this.db.transaction(() => this.st.insertPrint.run(fingerprint, JSON.stringify(versions), nowIso())).immediate(),
    );
  }

  /** The stored document this text is a copy of (same content key, or near-identical with the same number). */
  findSameDocument(pd: ProcessedDocument | DocumentRows): string | null {
    const d = isDocumentRows(pd) ? pd : documentRows(pd);
    const byKey = this.st.byContentKey.get(d.contentKey) as { id: string } | undefined;
    if (byKey) return byKey.id;
    const candidates: { id: string; text: string }[] = [];
    if (d.series && d.year != null && d.issue != null) {
      candidates.push(...(this.st.bySeriesIssue.all(d.series, d.year, d.issue) as { id: string; text: string }[]));
    }
    if (d.docNumber) candidates.push(...(this.st.byDocNumber.all(d.docNumber) as { id: string; text: string }[]));
    for (const c of candidates) {
      if (c.id !== d.id && nearDuplicate(c.text, d.text)) return c.id;
    }
    return null;
  }

  /** Stores one processed file in one IMMEDIATE transaction and says what happened. */
  store(pd: ProcessedDocument | DocumentRows, src: SourceInfo, force = false): StoreResult {
    return this.inTransaction(() => this.storeTx(pd, src, force));
  }

  /**
   * Stores several processed files in one IMMEDIATE transaction (fewer commits for a batch),
   * each inside its own savepoint: a document that fails to store leaves nothing behind and
   * does not stop the others. Results in the order given; a failure is returned as { error }.
   */
  storeMany(entries: { pd: ProcessedDocument | DocumentRows; src: SourceInfo; force?: boolean }[]): (StoreResult | { error: unknown })[] {
    return this.inTransaction(() =>
      entries.map((e): StoreResult | { error: unknown } => {
        const before = new Map(this.pendingFts);
        try {
          return this.storeTx(e.pd, e.src, !!e.force); // nested: a savepoint
        } catch (error) {
          this.pendingFts = before; // its savepoint was rolled back
          return { error };
        }
      }),
    );
  }

  /** body in one IMMEDIATE transaction (retried while the archive is busy), its texts indexed at the end. */
  private inTransaction<T>(body: () => T): T {
    const tx = this.db.transaction(() => {
      this.pendingFts.clear();
      const r = body();
      this.flushFts();
      return r;
    });
    try {
      return withBusyRetry(() => tx.immediate());
    } finally {
      this.pendingFts.clear();
    }
  }

  private storeOne(pd: DocumentRows, src: SourceInfo, force: boolean): StoreResult {
    const id = pd.id;
    const row = this.st.sourceByHash.get(src.fileHash) as SourceRow | undefined;
    if (row) {
      if (row.document_id !== id) {
        // a linked source re-parsed (--force): it still belongs to the document it is linked to
        return { status: force ? 'linked' : 'unchanged', documentId: row.document_id };
      }
      if (!force && row.rules_version === pd.rulesVersion) return { status: 'unchanged', documentId: id };
      // re-extracted (from this file, or from the stored text of the document it is a source of)
      if (pd.partial) this.writePartial(pd);
      else this.writeRows(pd);
      this.st.updateSourcePath.run(src.path, src.fileHash);
      return { status: 'updated', documentId: id };
    }
    // a partial re-extraction is of a stored document, found through this file's source row
    if (pd.partial) throw new Error('the document changed while it was re-extracted (another ingest?): ingest it again');
    const same = this.findSameDocument(pd);
    if (same && same !== id) {
      this.st.insertSource.run(src.fileHash, same, src.path, pd.format, src.size, nowIso());
      return { status: 'linked', documentId: same };
    }
    const existed = !!this.st.docById.get(id);
    this.writeRows(pd, existed);
    this.st.insertSource.run(src.fileHash, id, src.path, pd.format, src.size, nowIso());
    return { status: existed ? 'updated' : 'added', documentId: id };
  }

  /** The document row and all its items, replacing whatever was stored under its id. Call inside a transaction. */
  writeDocument(pd: ProcessedDocument | DocumentRows): void {
    this.pendingFts.clear();
    this.writeRows(isDocumentRows(pd) ? pd : documentRows(pd));
    this.flushFts();
  }

  /**
   * Indexes the texts written in this transaction (as stored at its end: the last text of a
   * document wins), and any document another tool stored meanwhile (found by a partial index:
   * nothing to find costs one lookup).
   */
  private flushFts(): void {
    indexDocuments(this.db, this.pendingFts.keys());
    indexPending(this.db);
    this.pendingFts.clear();
  }

  /** `stored`: false when the caller knows no row of this document exists (nothing to update or delete). */
  private writeRows(r: DocumentRows, stored = true): void {
    const id = r.id;
    const row = { ...r.doc, stored_at: nowIso() };
    if (!stored || this.st.updateKeepText.run(row).changes === 0) {
      this.st.upsertDocument.run(row); // its trigger gives the text a fresh doc_search row
      this.pendingFts.set(id, r.text);
    }
    const doc = this.docKey(id);
    if (stored) this.st.delSections.run(doc);
    for (const v of r.sections) this.st.insSection.run(doc, ...v);
    this.replaceItems(r, ITEM_TABLES, doc, stored);
  }

  /** documents.doc of a stored document: the key of its sections and items (schema 11) */
  private docKey(id: string): number {
    const doc = this.st.docKey.get(id) as number | null | undefined;
    if (doc == null) throw new Error(`document ${id} has no key (documents.doc): is the archive's schema current?`);
    return doc;
  }

  /** Replaces the document's rows in these item tables by those of `r`. */
  private replaceItems(r: DocumentRows, tables: readonly ItemTable[], doc: number, stored = true): void {
    for (const t of tables) {
      const { del, ins, rule } = this.items[t];
      if (stored) del.run(doc);
      // each rule id once per document and table (a rolled-back savepoint takes its new keys with it)
      if (rule >= 0) for (const id of new Set(r[t].map((v) => v[rule]))) this.st.insRule.run(id);
      for (const v of r[t]) ins.run(doc, ...v);
    }
  }

  /**
   * Some item families re-extracted: each of their tables is replaced when its rows changed; the
   * text (and so the full-text index), lines, sections and header stay as stored.
   */
  private writePartial(r: DocumentRows): void {
    const id = r.id;
    const state = this.st.docState.get(id) as { stored_at: string } | undefined;
    if (!state || state.stored_at !== r.partial!.storedAt) {
      // rewritten by another ingest since it was read: these rows may not fit what is stored now
      throw new Error('the document changed while it was re-extracted (another ingest?): ingest it again');
    }
    this.st.updateVersions.run({ ...r.doc, stored_at: nowIso() });
    this.replaceItems(r, r.partial!.rewrite, this.docKey(id));
  }

  /**
   * For a batch of documents: the WAL is checkpointed every BULK_CHECKPOINT_PAGES pages instead of
   * SQLite's 1,000 (4 MB, less than two batch transactions here), so that index pages rewritten by
   * every transaction are copied into the database file once per 64 MB, not at nearly every commit
   * (measured: 1.7 → 1.0 ms of commit per bench document at 6,000). Returns the undo, which also
   * checkpoints what the batch left in the WAL. Crash safety is the WAL's either way.
   */
  beginBulk(): () => void {
    const before = this.db.pragma('wal_autocheckpoint', { simple: true }) as number;
    this.db.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
    return () => {
      this.db.pragma(`wal_autocheckpoint = ${before}`);
      try {
        // the pages the batch freed (the full-text index's merges), in an archive that allows it (db.ts)
        this.db.pragma('incremental_vacuum');
      } catch {
        /* busy: they stay free in the file, for the next writes */
      }
      try {
        this.db.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        /* busy: the next commit or close checkpoints */
      }
    };
  }

  /** Records a file that could not be ingested. */
  recordError(path: string, reason: string): void {
    withBusyRetry(() => this.db.transaction(() => this.st.insError.run(path, reason, nowIso())).immediate());
  }
}

