// Full-text search of the archive's canonical texts (indexes: src/store/search-index.ts).
//   - terms of 3+ characters: documents_fts (FTS5 trigram, external content, rowid =
//     documents.rowid), a phrase query of the term;
//   - terms of 1–2 characters: documents_uni (FTS5 unicode61 over the text with every letter
//     and digit spaced out, so each character is a token), a phrase query of its characters.
// Several terms narrow the search (AND). The indexes propose documents; every candidate is
// verified on the stored text, which decides the hit and gives the exact offsets (UTF-16
// indexes into documents.text) and the snippet. Search only reads: documents the writer has
// not indexed yet (stored by another tool) are checked on their text.
import { documentHeader, type DocumentHeader } from '../store/rows.js';
import { spacedChars } from '../store/search-index.js';
import type Database from 'better-sqlite3';
import { escapeRe } from '../extract/refiners/regex.js';

export { spacedChars };

export interface SearchMatch {
  term: string;
  start: number;
  end: number;
}

export interface SearchHit extends DocumentHeader {
  documentId: string;
  /** the first match of the first term */
  text: string;
  start: number;
  end: number;
  page: number | null;
  snippet: string;
  /** every match of every term in the document (at most 100) */
  matches: SearchMatch[];
  matchCount: number;
}

export interface SearchOptions {
  limit?: number;
  /** the marks around a highlighted term in the snippet; default 【 】 */
  mark?: [string, string];
  /** characters of context on each side of the first match */
  context?: number;
}

function phrase(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** documents_uni's phrase for a term: its letters/digits, one token each ('' when it has none). */
function uniPhrase(term: string): string {
  return spacedChars(term).trim().replace(/\s+/g, ' ');
}

/** Splits the query into terms (whitespace, ASCII or full-width, separates them). */
export function parseTerms(query: string): string[] {
  return [...new Set(query.split(/[\s\u3000]+/u).filter(Boolean))];
}

/**
 * The rowids an index matches, as one list built once: SQLite (3.53) plans `x IN (SELECT rowid
 * FROM fts WHERE fts MATCH ?)` combined with a second such test ~50× slower (70–90 ms against
 * 1.4 ms for two terms over 1,500 documents).
 */
function rowids(table: 'documents_fts' | 'documents_uni', several: boolean): string {
  // one index: the planner drives the join from its rowids; two: doc_search first (CROSS JOIN),
  // each list built once
  if (!several) return `(SELECT rowid FROM ${table} WHERE ${table} MATCH ?)`;
  return `(SELECT value FROM json_each((SELECT json_group_array(rowid) FROM ${table} WHERE ${table} MATCH ?)))`;
}

function hasSearchTables(db: Database.Database): boolean {
  return !!db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'doc_search'`).get();
}

/** A term as a pattern: its characters in order, with spaces or tabs allowed between them
 * (PDF text often has 11490 人 for 11490人). */
function termPattern(term: string): RegExp {
  return new RegExp(Array.from(term).map(escapeRe).join('[ \\t]*'), 'giu');
}

export function search(db: Database.Database, query: string, opts: SearchOptions = {}): SearchHit[] {
  const terms = parseTerms(query);
  if (!terms.length) throw new Error('search: no words to search for');
  const limit = opts.limit ?? 20;
  if (!hasSearchTables(db)) throw new Error('search: the database has no search index (schema older than version 2)');

  const long = terms.filter((t) => Array.from(t).length >= 3);
  const short = terms.filter((t) => Array.from(t).length < 3);
  // documents not indexed yet (stored by another tool): checked on their text (partial index: one lookup)
  const waiting = db.prepare('SELECT max(fts = 0) AS fts, max(uni = 0) AS uni FROM doc_search WHERE fts = 0 OR uni = 0').get() as { fts: number | null; uni: number | null };
  const pending = (col: 'fts' | 'uni') => !!waiting[col];
  const conds: string[] = [];
  const params: string[] = [];
  const uni = short.map(uniPhrase).filter(Boolean);
  const several = long.length > 0 && uni.length > 0;
  if (long.length) {
    const cond = `d.rowid IN ${rowids('documents_fts', several)}`;
    conds.push(pending('fts') ? `(s.fts = 0 OR ${cond})` : cond);
    params.push(long.map(phrase).join(' AND '));
  }
  if (uni.length) {
    const cond = `s.rowid IN ${rowids('documents_uni', several)}`;
    conds.push(pending('uni') ? `(s.uni = 0 OR ${cond})` : cond);
    params.push(uni.map(phrase).join(' AND '));
  }
  // A term with no letter or digit (punctuation only) has no index: a scan of the candidates
  // (of all documents when it is the only term). Newest first.
  const sql = `SELECT d.id, d.source, d.series, d.year, d.issue, d.total_issue, d.date, d.title, d.doc_number
     FROM doc_search s ${several ? 'CROSS JOIN' : 'JOIN'} documents d ON d.id = s.document_id
     ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
     ORDER BY d.date IS NULL, d.date DESC, d.year DESC, d.issue DESC, d.id`;

  const textOf = db.prepare('SELECT text, page_count FROM documents WHERE id = ?');
  const patterns = terms.map(termPattern);
  // a term of 3+ characters is a hit only where it occurs as written (as the trigram phrase
  // query of schema v2 required; its pattern would also accept spaces between characters)
  const exact = long.map((t) => new RegExp(escapeRe(t), 'iu'));
  const collect = (): SearchHit[] => {
    const hits: SearchHit[] = [];
    for (const r of db.prepare(sql).iterate(...params) as IterableIterator<Record<string, unknown>>) {
      if (hits.length >= limit) break;
      const { text, page_count } = textOf.get(r.id) as { text: string; page_count: number | null };
      const hit = exact.every((re) => re.test(text)) ? verify(text, r, page_count) : null;
      if (hit) hits.push(hit);
    }
    return hits;
  };
  const verify = (text: string, r: Record<string, unknown>, page_count: number | null): SearchHit | null => {
    const matches: SearchMatch[] = [];
    let count = 0;
    for (let i = 0; i < terms.length; i++) {
      const re = patterns[i];
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let n = 0;
      while ((m = re.exec(text))) {
        n++;
        if (matches.length < 100) matches.push({ term: terms[i], start: m.index, end: m.index + m[0].length });
        if (m[0].length === 0) re.lastIndex++;
      }
      if (!n) return null;
      count += n;
    }
    const first = matches.find((m) => m.term === terms[0])!;
    return {
      documentId: String(r.id),
      ...documentHeader(r),
      text: text.slice(first.start, first.end),
      start: first.start,
      end: first.end,
      page: pageAt(db, String(r.id), first.start, page_count == null ? null : Number(page_count)),
      snippet: snippet(text, first, matches, opts),
      matches: matches.sort((a, b) => a.start - b.start),
      matchCount: count,
    };
  };
  return collect();
}

/** The text around the first match, every match inside it marked, on one line. */
export function snippet(text: string, first: SearchMatch, all: SearchMatch[], opts: SearchOptions = {}): string {
  const ctx = opts.context ?? 30;
  const [open, close] = opts.mark ?? ['【', '】'];
  const from = Math.max(0, first.start - ctx);
  const to = Math.min(text.length, first.end + ctx * 2);
  const inside = all
    .filter((m) => m.start >= from && m.end <= to)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = from > 0 ? '…' : '';
  let pos = from;
  for (const m of inside) {
    if (m.start < pos) continue; // overlapping match
    out += text.slice(pos, m.start) + open + text.slice(m.start, m.end) + close;
    pos = m.end;
  }
  out += text.slice(pos, to) + (to < text.length ? '…' : '');
  return out.replace(/\s*\n\s*/g, ' ⏎ ');
}

/**
 * The source page of an offset, when the archive can tell: from a `lines` table (start,
 * end, page) if the store keeps one, else from the stored items around it (the nearest
 * items before and after it on the same page), else 1 for a one-page document.
 */
export function pageAt(db: Database.Database, documentId: string, offset: number, pageCount: number | null): number | null {
  if (pageCount === 1) return 1;
  if (pageCount == null) return null;
  if (hasLinesTable(db)) {
    const r = db
      .prepare('SELECT page FROM lines WHERE document_id = ? AND start <= ? AND ? <= end AND page IS NOT NULL LIMIT 1')
      .get(documentId, offset, offset) as { page: number } | undefined;
    if (r) return r.page;
  }
  const union = ['quantities', 'awards', 'workshops', 'entities']
    .map((t) => `SELECT start, page FROM ${t} WHERE document_id = @id AND page IS NOT NULL`)
    .join(' UNION ALL ');
  const before = db
    .prepare(`SELECT page FROM (${union}) WHERE start <= @off ORDER BY start DESC LIMIT 1`)
    .get({ id: documentId, off: offset }) as { page: number } | undefined;
  const after = db
    .prepare(`SELECT page FROM (${union}) WHERE start > @off ORDER BY start ASC LIMIT 1`)
    .get({ id: documentId, off: offset }) as { page: number } | undefined;
  if (before && after && before.page === after.page) return before.page;
  if (before && !after && before.page === pageCount) return before.page;
  if (after && !before && after.page === 1) return 1;
  return null;
}

const linesTable: WeakMap<Database.Database, boolean> = new WeakMap();
function hasLinesTable(db: Database.Database): boolean {
  let v = linesTable.get(db);
  if (v === undefined) {
    const cols = db.prepare(`SELECT name FROM pragma_table_info('lines')`).all() as { name: string }[];
    const names = new Set(cols.map((c) => c.name));
    v = ['document_id', 'start', 'end', 'page'].every((c) => names.has(c));
    linesTable.set(db, v);
  }
  return v;
}
