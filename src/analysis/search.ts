// Full-text search of the archive's canonical texts.
//   - terms of 3+ characters: documents_fts (FTS5 trigram, detail=none since schema v5: it
//     knows which documents hold a trigram, not where), the AND of the term's trigrams;
//   - terms of 1–2 characters: documents_uni (FTS5 unicode61 over the text with every letter
//     and digit spaced out, so each character is a token), a phrase query of its characters.
// Several terms narrow the search (AND). Both indexes only propose documents (the trigrams of
// a term can all occur in a document without the term); every candidate is verified on the
// stored text, which decides the hit and gives the exact offsets (UTF-16 indexes into
// documents.text) and the snippet. documents_fts is kept in sync by triggers (schema v2);
// documents_uni is filled here, for the documents the triggers marked as pending.
import { documentHeader, type DocumentHeader } from '../store/rows.js';
import type Database from 'better-sqlite3';

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

const TOKEN = /[\p{L}\p{N}]/u;
const utf16 = new TextDecoder('utf-16le');

/**
 * The text as documents_uni indexes it: every letter/digit (a code point) followed by a space,
 * every other code point (a lone surrogate too) replaced by one. ASCII and the CJK block are
 * classified without the regular expression; the result is built in a buffer (about six times
 * faster than appending to a string, which the lazy fill of a large archive pays per document).
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

function phrase(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A term of 3+ characters as a documents_fts query: the AND of its trigrams (each one token,
 * which detail=none accepts where it refuses a phrase of several). */
function trigramQuery(term: string): string {
  const chars = Array.from(term);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars[i] + chars[i + 1] + chars[i + 2]);
  return [...grams].map(phrase).join(' AND ');
}

/** documents_uni's phrase for a term: its letters/digits, one token each ('' when it has none). */
function uniPhrase(term: string): string {
  return spacedChars(term).trim().replace(/\s+/g, ' ');
}

/** Candidates rejected on their text before the search asks documents_uni too (see search). */
const NARROW_AFTER = 100;

/** Splits the query into terms (whitespace, ASCII or full-width, separates them). */
export function parseTerms(query: string): string[] {
  return [...new Set(query.split(/[\s\u3000]+/u).filter(Boolean))];
}

/** Adds the documents still missing from the 1–2 character index; returns how many. */
export function syncSearchIndex(db: Database.Database, batch = 500): number {
  if (!hasSearchTables(db)) return 0;
  const pending = db.prepare(
    `SELECT s.rowid AS rowid, d.text AS text FROM doc_search s JOIN documents d ON d.id = s.document_id
     WHERE s.uni = 0 LIMIT ${batch}`,
  );
  const ins = db.prepare('INSERT INTO documents_uni(rowid, text) VALUES (?, ?)');
  const done = db.prepare('UPDATE doc_search SET uni = 1 WHERE rowid = ?');
  let total = 0;
  const step = db.transaction(() => {
    const rows = pending.all() as { rowid: number; text: string }[];
    for (const r of rows) {
      ins.run(r.rowid, spacedChars(r.text));
      done.run(r.rowid);
    }
    return rows.length;
  });
  for (;;) {
    const n = step();
    total += n;
    if (n < batch) break;
  }
  return total;
}

function hasSearchTables(db: Database.Database): boolean {
  return !!db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'doc_search'`).get();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  try {
    syncSearchIndex(db);
  } catch {
    /* read-only database: search what is indexed; the rest is scanned below */
  }

  const long = terms.filter((t) => Array.from(t).length >= 3);
  const short = terms.filter((t) => Array.from(t).length < 3);
  // documents not yet in documents_uni (a read-only database) are checked on their text
  let pending: boolean | undefined;
  const uniCond = (phrases: string[], conds: string[], params: string[]) => {
    if (!phrases.length) return;
    pending ??= !!db.prepare('SELECT 1 FROM doc_search WHERE uni = 0 LIMIT 1').get();
    conds.push(
      pending
        ? '(s.uni = 0 OR s.rowid IN (SELECT rowid FROM documents_uni WHERE documents_uni MATCH ?))'
        : 's.rowid IN (SELECT rowid FROM documents_uni WHERE documents_uni MATCH ?)',
    );
    params.push(phrases.map(phrase).join(' AND '));
  };
  // The candidates, newest first. `narrow`: the terms of 3+ characters are asked of
  // documents_uni as well (their letters/digits in a row), which rules out most documents
  // holding a term's trigrams apart; each index proposes every document that holds the term.
  const candidates = (narrow: boolean): { sql: string; params: string[] } => {
    const conds: string[] = [];
    const params: string[] = [];
    if (long.length) {
      conds.push('s.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)');
      params.push(long.map(trigramQuery).join(' AND '));
    }
    uniCond([...short, ...(narrow ? long : [])].map(uniPhrase).filter(Boolean), conds, params);
    // A term with no letter or digit (punctuation only) has no index: a scan of the candidates
    // (of all documents when it is the only term).
    const sql = `SELECT d.id, d.source, d.series, d.year, d.issue, d.total_issue, d.date, d.title, d.doc_number
     FROM doc_search s JOIN documents d ON d.id = s.document_id
     ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
     ORDER BY d.date IS NULL, d.date DESC, d.year DESC, d.issue DESC, d.id`;
    return { sql, params };
  };
  const canNarrow = long.some((t) => uniPhrase(t) !== '');

  const textOf = db.prepare('SELECT text, page_count FROM documents WHERE id = ?');
  const patterns = terms.map(termPattern);
  // a term of 3+ characters is a hit only where it occurs as written (as the trigram phrase
  // query of schema v2 required; its pattern would also accept spaces between characters)
  const exact = long.map((t) => new RegExp(escapeRe(t), 'iu'));
  const collect = (narrow: boolean): SearchHit[] | null => {
    const { sql, params } = candidates(narrow);
    const hits: SearchHit[] = [];
    let rejected = 0;
    for (const r of db.prepare(sql).iterate(...params) as IterableIterator<Record<string, unknown>>) {
      if (hits.length >= limit) break;
      const { text, page_count } = textOf.get(r.id) as { text: string; page_count: number | null };
      const hit = exact.every((re) => re.test(text)) ? verify(text, r, page_count) : null;
      if (hit) hits.push(hit);
      else if (++rejected > NARROW_AFTER && !narrow && canNarrow) return null;
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
  // many candidates that do not hold a term (its trigrams apart): start again, narrowed
  return collect(false) ?? collect(true)!;
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
