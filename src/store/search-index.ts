// The full-text index of documents.text (schema 7; schema 12 dropped the second one) and how the
// writer keeps it.
//   documents_fts: FTS5 trigram, external content (content="documents", rowid = documents.rowid),
//     full detail, so phrase queries work: what Datasette's and sqlite-utils' search send, and
//     what `gongwen search` asks for terms of 3+ characters. Triggers on documents drop a
//     document's rows when it is deleted or its text changes, so stock tools (SQLite ≥ 3.34)
//     may DELETE or UPDATE documents; the writer adds rows once a transaction's documents are written.
//   documents_fts_terms: fts5vocab over it, the trigrams it holds: a term of 1–2 characters is
//     looked up as the trigrams that begin with it (src/analysis/search.ts).
//   doc_search.fts says whether each document's current text is in the index; doc_search.tail
//     holds the text's last two characters (they begin no trigram), set by the triggers.
import type Database from 'better-sqlite3';

type Stmts = ReturnType<typeof statements>;
const cache = new WeakMap<Database.Database, Stmts>();

function statements(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    pendingOne: p(
      `SELECT s.rowid AS srow, d.rowid AS drow, d.text AS text
       FROM doc_search s JOIN documents d ON d.id = s.document_id WHERE s.document_id = ? AND s.fts = 0`,
    ),
    pendingAll: p(
      `SELECT s.rowid AS srow, d.rowid AS drow, d.text AS text
       FROM doc_search s JOIN documents d ON d.id = s.document_id WHERE s.fts = 0 LIMIT ?`,
    ),
    insFts: p(`INSERT INTO documents_fts(rowid, text) VALUES (?, ?)`),
    done: p(`UPDATE doc_search SET fts = 1 WHERE rowid = ?`),
  };
}

function st(db: Database.Database): Stmts {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = statements(db)));
  return s;
}

interface Pending {
  srow: number;
  drow: number;
  text: string;
}

function indexRow(s: Stmts, r: Pending): void {
  s.insFts.run(r.drow, r.text);
  s.done.run(r.srow);
}

/** Indexes these documents' current texts where not yet indexed. Call inside the writing transaction. */
export function indexDocuments(db: Database.Database, ids: Iterable<string>): void {
  const s = st(db);
  for (const id of ids) {
    const r = s.pendingOne.get(id) as Pending | undefined;
    if (r) indexRow(s, r);
  }
}

/** Indexes every document still pending (stored by another tool, or an upgraded archive); returns how many. */
export function indexPending(db: Database.Database, batch = 500): number {
  const s = st(db);
  let total = 0;
  for (;;) {
    const rows = s.pendingAll.all(batch) as Pending[];
    for (const r of rows) indexRow(s, r);
    total += rows.length;
    if (rows.length < batch) return total;
  }
}
