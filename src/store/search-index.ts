// The two full-text indexes of documents.text (schema 7) and how the writer keeps them.
//   documents_fts: FTS5 trigram, external content (content="documents", rowid = documents.rowid),
//     full detail, so phrase queries work: what Datasette's and sqlite-utils' search send, and
//     what `gongwen search` asks for terms of 3+ characters. Triggers on documents drop a
//     document's rows when it is deleted or its text changes, so stock tools (SQLite ≥ 3.34)
//     may DELETE or UPDATE documents; the writer adds rows once a transaction's documents are written.
//   documents_uni: FTS5 unicode61, contentless, over the text with every letter and digit spaced
//     out (spacedChars), for 1–2 character terms; keyed by doc_search.rowid (AUTOINCREMENT, never
//     reused). Only this module deletes from it (a contentless table needs the indexed text back);
//     rows of documents deleted by other tools stay behind under a rowid nothing points to.
// doc_search.fts / .uni say whether each document's current text is in each index.
import type Database from 'better-sqlite3';

const TOKEN = /[\p{L}\p{N}]/u;
const utf16 = new TextDecoder('utf-16le');

/**
 * The text as documents_uni indexes it: every letter/digit (a code point) followed by a space,
 * every other code point (a lone surrogate too) replaced by one. ASCII and the CJK block are
 * classified without the regular expression; the result is built in a buffer (about six times
 * faster than appending to a string).
 */
export function spacedChars(text: string): string {
  const n = text.length;
  const buf = new Uint16Array(2 * n);
  let o = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let token: boolean;
    if (c < 0x80) token = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (c >= 0x4e00 && c <= 0x9fff) token = true;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (TOKEN.test(text.slice(i, i + 2))) {
        buf[o++] = c;
        buf[o++] = text.charCodeAt(i + 1);
      }
      buf[o++] = 32;
      i++;
      continue;
    } else token = TOKEN.test(text[i]);
    if (token) buf[o++] = c;
    buf[o++] = 32;
  }
  return utf16.decode(buf.subarray(0, o));
}

type Stmts = ReturnType<typeof statements>;
const cache = new WeakMap<Database.Database, Stmts>();

function statements(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    pendingOne: p(
      `SELECT s.rowid AS srow, d.rowid AS drow, d.text AS text, s.fts AS fts, s.uni AS uni
       FROM doc_search s JOIN documents d ON d.id = s.document_id WHERE s.document_id = ? AND (s.fts = 0 OR s.uni = 0)`,
    ),
    pendingAll: p(
      `SELECT s.rowid AS srow, d.rowid AS drow, d.text AS text, s.fts AS fts, s.uni AS uni
       FROM doc_search s JOIN documents d ON d.id = s.document_id WHERE s.fts = 0 OR s.uni = 0 LIMIT ?`,
    ),
    insFts: p(`INSERT INTO documents_fts(rowid, text) VALUES (?, ?)`),
    insUni: p(`INSERT INTO documents_uni(rowid, text) VALUES (?, ?)`),
    delUni: p(`INSERT INTO documents_uni(documents_uni, rowid, text) VALUES ('delete', ?, ?)`),
    done: p(`UPDATE doc_search SET fts = 1, uni = 1 WHERE rowid = ?`),
    indexedUni: p(
      `SELECT s.rowid AS srow, d.text AS text FROM doc_search s JOIN documents d ON d.id = s.document_id
       WHERE s.document_id = ? AND s.uni = 1`,
    ),
    unmarkUni: p(`UPDATE doc_search SET uni = 0 WHERE rowid = ?`),
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
  fts: number;
  uni: number;
}

function indexRow(s: Stmts, r: Pending): void {
  if (!r.fts) s.insFts.run(r.drow, r.text);
  if (!r.uni) s.insUni.run(r.srow, spacedChars(r.text));
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

/**
 * Removes a document's rows from documents_uni before its text changes or it is deleted (the
 * triggers cannot: a contentless index needs the indexed text back). Inside the transaction.
 */
export function dropUniRows(db: Database.Database, id: string): void {
  const s = st(db);
  const r = s.indexedUni.get(id) as { srow: number; text: string } | undefined;
  if (!r) return;
  s.delUni.run(r.srow, spacedChars(r.text));
  s.unmarkUni.run(r.srow);
}
