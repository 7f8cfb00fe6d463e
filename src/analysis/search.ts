// Full-text search of the archive's canonical texts (index: src/store/search-index.ts).
//   - terms of 3+ characters: documents_fts (FTS5 trigram, external content, rowid =
//     documents.rowid), a phrase query of the term;
//   - terms of 1–2 characters: the trigrams that begin with the term (documents_fts_terms, the
//     index's vocabulary), whose documents documents_fts gives, and the documents whose last two
//     characters (doc_search.tail, where no trigram begins) hold it (schema 12; a separate
//     one-character index before).
// Several terms narrow the search (AND). The index proposes documents; every candidate is
// verified on the stored text, which decides the hit and gives the exact offsets (UTF-16
// indexes into documents.text) and the snippet. Search only reads: documents the writer has
// not indexed yet (stored by another tool) are checked on their text.
import { documentHeader, type DocumentHeader } from '../store/rows.js';
import type Database from 'better-sqlite3';
import { escapeRe } from '../extract/refiners/regex.js';

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

const LAST = '\u{10FFFF}';

/**
 * The trigrams an occurrence of a 1–2 character term can begin, as [lowest, highest] ranges of the
 * index's terms: the term followed by anything; for two characters also the first, spaces or tabs
 * (which the match allows between them, as PDF text has 11490 人), then the second. The index folds
 * case: the term is looked up as written and in lower case.
 */
function trigramRanges(term: string): [string, string][] {
  const out: [string, string][] = [];
  for (const t of new Set([term, term.toLowerCase()])) {
    const cs = Array.from(t);
    if (cs.length > 2) continue;
    out.push([t, t + LAST.repeat(3 - cs.length)]);
    if (cs.length === 2) {
      for (const ws of [' ', '\t']) out.push([cs[0] + ws + cs[1], cs[0] + ws + cs[1]]);
      for (const ws of ['  ', ' \t', '\t ', '\t\t']) out.push([cs[0] + ws, cs[0] + ws]);
    }
  }
  return out;
}

/**
 * documents.rowid of the documents the index proposes for a term of 1–2 characters; null for a
 * term that most documents hold (one of its trigrams is in half of them or more): checking the
 * texts newest first then finds the hits sooner than the index would list them (measured at 1,000
 * bench bulletins: 工, 266 trigrams, 40–57 ms through the index against 4–20 ms before schema 12).
 */
function shortTermRows(db: Database.Database, term: string, pattern: RegExp): number[] | null {
  const vocab = db.prepare('SELECT term, doc FROM documents_fts_terms WHERE term >= ? AND term <= ?').raw();
  const trigrams = new Map<string, number>();
  for (const [lo, hi] of trigramRanges(term)) for (const [t, n] of vocab.all(lo, hi) as [string, number][]) trigrams.set(t, n);
  const most = Math.max(0, ...trigrams.values());
  if (most > 0 && 2 * most >= (db.prepare('SELECT count(*) FROM doc_search').pluck().get() as number)) return null;
  const rows = new Set<number>();
  if (trigrams.size) {
    const q = [...trigrams.keys()].map(phrase).join(' OR ');
    for (const r of db.prepare('SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?').pluck().all(q) as number[]) rows.add(r);
  }
  // an occurrence in a text's last two characters begins no trigram (a term without case: found as written)
  const caseless = term.toLowerCase() === term.toUpperCase();
  const tails = db.prepare(`SELECT document_id, tail FROM doc_search WHERE fts = 1 AND tail IS NOT NULL${caseless ? ' AND instr(tail, ?) > 0' : ''}`).raw();
  const byId = db.prepare('SELECT rowid FROM documents WHERE id = ?').pluck();
  for (const r of (caseless ? tails.iterate(term) : tails.iterate()) as IterableIterator<[string, string]>) {
    pattern.lastIndex = 0;
    if (pattern.test(r[1])) rows.add(byId.get(r[0]) as number);
  }
  return [...rows];
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
function rowids(several: boolean): string {
  // one list: the planner drives the join from its rowids; two: doc_search first (CROSS JOIN),
  // each list built once
  if (!several) return `(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)`;
  return `(SELECT value FROM json_each((SELECT json_group_array(rowid) FROM documents_fts WHERE documents_fts MATCH ?)))`;
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
  const pending = !!db.prepare('SELECT 1 FROM doc_search WHERE fts = 0 LIMIT 1').get();
  const conds: string[] = [];
  const params: string[] = [];
  const patterns = terms.map(termPattern);
  // the documents proposed for every short term (null: every document, checked on its text)
  let rows: Set<number> | null = null;
  for (const t of short) {
    const these = shortTermRows(db, t, patterns[terms.indexOf(t)]);
    if (these) rows = rows === null ? new Set(these) : new Set(these.filter((r) => rows!.has(r)));
  }
  const several = long.length > 0 && rows !== null;
  if (long.length) {
    const cond = `d.rowid IN ${rowids(several)}`;
    conds.push(pending ? `(s.fts = 0 OR ${cond})` : cond);
    params.push(long.map(phrase).join(' AND '));
  }
  if (rows) {
    const cond = `d.rowid IN (SELECT value FROM json_each(?))`;
    conds.push(pending ? `(s.fts = 0 OR ${cond})` : cond);
    params.push(JSON.stringify([...rows]));
  }
  // Newest first.
  const sql = `SELECT d.id, d.source, d.series, d.year, d.issue, d.total_issue, d.date, d.title, d.doc_number
     FROM doc_search s ${several ? 'CROSS JOIN' : 'JOIN'} documents d ON d.id = s.document_id
     ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
     ORDER BY d.date IS NULL, d.date DESC, d.year DESC, d.issue DESC, d.id`;

  const textOf = db.prepare('SELECT text, page_count FROM documents WHERE id = ?');
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
