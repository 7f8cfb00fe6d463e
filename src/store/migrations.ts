// Numbered schema migrations. PRAGMA user_version holds how many have run; opening a
// database runs the rest, each in its own transaction, so an older archive upgrades
// without loss. Append only: never edit a migration that has shipped.
import type Database from 'better-sqlite3';
import { indexPending } from './search-index.js';
import { ITEM_KEYS_SQL } from './migration-11.js';
import { COMPACT_SQL, sentencesAsOffsets } from './migration-12.js';
import { compactStoredLines } from './stored-lines.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** work SQL cannot do, run after `sql` in the same transaction */
  after?: (db: Database.Database) => void;
}

/** migration 9's item views: the title of the article whose span holds the start of item `t` (an alias) */
const articleTitle = (t: string): string =>
  `(SELECT a.title FROM articles a WHERE a.document_id = ${t}.document_id AND ${t}.start >= a.start AND ${t}.start < a."end" ORDER BY a.idx LIMIT 1) AS article_title`;

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'documents, items, sections, sources, ingest errors',
    sql: `
CREATE TABLE documents (
  id            TEXT PRIMARY KEY,          -- sha256 of the bytes of the first file stored
  source        TEXT NOT NULL,             -- the path as given when first stored
  format        TEXT NOT NULL,
  kind          TEXT NOT NULL,             -- bulletin | notice | other
  series        TEXT,
  year          INTEGER,
  issue         INTEGER,
  total_issue   INTEGER,
  date          TEXT,
  doc_number    TEXT,
  issuers       TEXT NOT NULL DEFAULT '[]', -- JSON array, in order
  title         TEXT,
  byline        TEXT,
  attachment_title TEXT,
  distribution  TEXT NOT NULL DEFAULT '{"bao":[],"song":[]}', -- JSON
  text          TEXT NOT NULL,
  content_key   TEXT NOT NULL,             -- hash of the text up to layout
  page_count    INTEGER,
  encoding      TEXT,
  rules_version TEXT NOT NULL,
  stored_at     TEXT NOT NULL
);
CREATE INDEX documents_content_key ON documents(content_key);
CREATE INDEX documents_series ON documents(series, year, issue);
CREATE INDEX documents_doc_number ON documents(doc_number);

-- every file that holds a document: the first one and any linked (same bulletin, other format)
CREATE TABLE sources (
  file_hash   TEXT PRIMARY KEY,            -- sha256 of this file's bytes
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  path        TEXT NOT NULL,
  format      TEXT NOT NULL,
  size        INTEGER NOT NULL,
  added_at    TEXT NOT NULL
);
CREATE INDEX sources_document ON sources(document_id);

CREATE TABLE sections (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  level       INTEGER NOT NULL,
  marker      TEXT NOT NULL,
  heading     TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  parent      INTEGER,
  PRIMARY KEY (document_id, idx)
);

CREATE TABLE quantities (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,            -- index in the Document JSON array (partOf points at it)
  kind        TEXT NOT NULL,
  value       NUMERIC NOT NULL,
  value_text  TEXT NOT NULL,               -- exact decimal string
  value_high  NUMERIC,
  unit        TEXT NOT NULL,
  approx      INTEGER NOT NULL,
  qualifier   TEXT,
  subject     TEXT NOT NULL,
  scope       TEXT,
  period      TEXT,
  cumulative  INTEGER NOT NULL DEFAULT 0,
  text        TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  sentence    TEXT NOT NULL,
  section     INTEGER,                     -- sections.idx of the innermost section holding it
  page        INTEGER,
  part_of     INTEGER,
  rule        TEXT NOT NULL,
  PRIMARY KEY (document_id, idx)
);
CREATE INDEX quantities_subject ON quantities(subject);
CREATE INDEX quantities_scope ON quantities(scope);
CREATE INDEX quantities_kind ON quantities(kind);

CREATE TABLE awards (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  name        TEXT NOT NULL,
  level       TEXT,
  count       INTEGER,
  recipients  TEXT NOT NULL DEFAULT '[]',  -- JSON array
  text        TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  section     INTEGER,
  page        INTEGER,
  rule        TEXT NOT NULL,
  PRIMARY KEY (document_id, idx)
);
CREATE INDEX awards_name ON awards(name);
CREATE INDEX awards_level ON awards(level);

CREATE TABLE workshops (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  name        TEXT,
  type        TEXT NOT NULL,
  level       TEXT,
  count       INTEGER,
  leader      TEXT,
  text        TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  section     INTEGER,
  page        INTEGER,
  rule        TEXT NOT NULL,
  PRIMARY KEY (document_id, idx)
);
CREATE INDEX workshops_type ON workshops(type);
CREATE INDEX workshops_name ON workshops(name);

CREATE TABLE entities (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  type        TEXT NOT NULL,
  name        TEXT NOT NULL,
  canonical   TEXT NOT NULL,
  role        TEXT,
  text        TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  section     INTEGER,
  page        INTEGER,
  rule        TEXT NOT NULL,
  PRIMARY KEY (document_id, idx)
);
CREATE INDEX entities_canonical ON entities(type, canonical);

CREATE TABLE ingest_errors (
  id      INTEGER PRIMARY KEY AUTOINCREMENT,
  path    TEXT NOT NULL,
  reason  TEXT NOT NULL,
  at      TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'full-text search (trigram + single-character index) and item views joined to their document',
    // Search: documents_fts (FTS5 trigram, terms of 3+ characters) is kept in sync with
    // documents.text by the triggers below. documents_uni indexes every letter/digit as its
    // own token (unicode61 over the text with the characters spaced out) so that 1- and
    // 2-character terms (烟, 劳模) are phrase queries; SQL cannot space the characters out,
    // so src/analysis/search.ts fills it lazily (doc_search.uni = 0 marks what is pending).
    // Both are contentless and keyed by doc_search.rowid (an INTEGER PRIMARY KEY, so VACUUM
    // never renumbers it). Views: see docs/VIEWS.md.
    sql: `
CREATE TABLE doc_search (
  rowid       INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL UNIQUE,
  uni         INTEGER NOT NULL DEFAULT 0      -- 1 once documents_uni holds this document
);
CREATE INDEX doc_search_pending ON doc_search(uni) WHERE uni = 0;
CREATE VIRTUAL TABLE documents_fts USING fts5(text, tokenize = 'trigram', content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE documents_uni USING fts5(text, tokenize = 'unicode61', content = '', contentless_delete = 1);

CREATE TRIGGER documents_search_ai AFTER INSERT ON documents BEGIN
  DELETE FROM documents_fts WHERE rowid IN (SELECT rowid FROM doc_search WHERE document_id = new.id);
  DELETE FROM documents_uni WHERE rowid IN (SELECT rowid FROM doc_search WHERE document_id = new.id AND uni = 1);
  DELETE FROM doc_search WHERE document_id = new.id;
  INSERT INTO doc_search(document_id, uni) VALUES (new.id, 0);
  INSERT INTO documents_fts(rowid, text) SELECT rowid, new.text FROM doc_search WHERE document_id = new.id;
END;
CREATE TRIGGER documents_search_ad AFTER DELETE ON documents BEGIN
  DELETE FROM documents_fts WHERE rowid IN (SELECT rowid FROM doc_search WHERE document_id = old.id);
  DELETE FROM documents_uni WHERE rowid IN (SELECT rowid FROM doc_search WHERE document_id = old.id AND uni = 1);
  DELETE FROM doc_search WHERE document_id = old.id;
END;
CREATE TRIGGER documents_search_au AFTER UPDATE OF id, text ON documents BEGIN
  DELETE FROM documents_fts WHERE rowid IN (SELECT rowid FROM doc_search WHERE document_id IN (old.id, new.id));
  DELETE FROM documents_uni WHERE rowid IN (SELECT rowid FROM doc_search WHERE document_id IN (old.id, new.id) AND uni = 1);
  DELETE FROM doc_search WHERE document_id IN (old.id, new.id);
  INSERT INTO doc_search(document_id, uni) VALUES (new.id, 0);
  INSERT INTO documents_fts(rowid, text) SELECT rowid, new.text FROM doc_search WHERE document_id = new.id;
END;

INSERT INTO doc_search(document_id, uni) SELECT id, 0 FROM documents;
INSERT INTO documents_fts(rowid, text) SELECT s.rowid, d.text FROM doc_search s JOIN documents d ON d.id = s.document_id;

CREATE VIEW v_documents AS
SELECT d.id AS document_id, d.source, d.format, d.kind, d.series, d.year, d.issue, d.total_issue, d.date,
       d.doc_number, d.issuers, json_extract(d.issuers, '$[0]') AS issuer, d.title, d.byline,
       d.attachment_title, d.page_count, d.stored_at, length(d.text) AS text_length
FROM documents d;

CREATE VIEW v_quantities AS
SELECT q.document_id, q.idx, q.kind, q.value, q.value_text, q.value_high, q.unit, q.approx, q.qualifier,
       q.subject, q.scope, q.period, q.cumulative, q.text, q.start, q.end, q.sentence, q.page, q.part_of, q.rule,
       d.series, d.year, d.issue, d.total_issue, d.date, d.issuers, json_extract(d.issuers, '$[0]') AS issuer,
       d.title, d.doc_number, d.source, d.kind AS doc_kind
FROM quantities q JOIN documents d ON d.id = q.document_id;

CREATE VIEW v_awards AS
SELECT a.document_id, a.idx, a.name, a.level, a.count, a.recipients, a.text, a.start, a.end, a.page, a.rule,
       (SELECT q.scope FROM quantities q WHERE q.document_id = a.document_id AND q.start < a.end AND q.end > a.start
         ORDER BY q.idx LIMIT 1) AS scope,
       d.series, d.year, d.issue, d.total_issue, d.date, d.issuers, json_extract(d.issuers, '$[0]') AS issuer,
       d.title, d.doc_number, d.source, d.kind AS doc_kind
FROM awards a JOIN documents d ON d.id = a.document_id;

CREATE VIEW v_workshops AS
SELECT w.document_id, w.idx, w.name, w.type, w.level, w.count, w.leader, w.text, w.start, w.end, w.page, w.rule,
       (SELECT q.scope FROM quantities q WHERE q.document_id = w.document_id AND q.start < w.end AND q.end > w.start
         ORDER BY q.idx LIMIT 1) AS scope,
       d.series, d.year, d.issue, d.total_issue, d.date, d.issuers, json_extract(d.issuers, '$[0]') AS issuer,
       d.title, d.doc_number, d.source, d.kind AS doc_kind
FROM workshops w JOIN documents d ON d.id = w.document_id;

CREATE VIEW v_entities AS
SELECT e.document_id, e.idx, e.type, e.name, e.canonical, e.role, e.text, e.start, e.end, e.page, e.rule,
       d.series, d.year, d.issue, d.total_issue, d.date, d.issuers, json_extract(d.issuers, '$[0]') AS issuer,
       d.title, d.doc_number, d.source, d.kind AS doc_kind
FROM entities e JOIN documents d ON d.id = e.document_id;
`,
  },
  {
    version: 3,
    name: 'canonical lines kept with each document, for re-extraction without re-parsing',
    // documents.lines: JSON array of the canonical lines ({start, end, page, heading, level?}).
    // After a rules change, a stored document is re-extracted from text + lines (pages included)
    // instead of parsing its file again. NULL for documents stored before version 3: those are
    // re-parsed once, which fills it.
    sql: `
ALTER TABLE documents ADD COLUMN lines TEXT;
`,
  },
  {
    version: 4,
    name: 'rules versions per extractor family, item digests, fingerprint → versions cache',
    // documents.rules_versions: JSON of extractor family → version (src/extract/families.ts) the
    // document was extracted with; after a rules change only the stale families are re-extracted
    // and only their tables rewritten. documents.item_digests: JSON of item table → digest of the
    // document's rows in it, so that rows a re-extraction did not change are not rewritten. Both NULL
    // for documents stored before version 4: those are re-extracted whole once.
    // rules_fingerprints: the family versions that a rules fingerprint (the rule files' bytes, the
    // code versions, nodejieba's version) stood for, so that an ingest with unchanged rules knows
    // them without parsing the rules.
    sql: `
ALTER TABLE documents ADD COLUMN rules_versions TEXT;
ALTER TABLE documents ADD COLUMN item_digests TEXT;
CREATE TABLE rules_fingerprints (
  fingerprint TEXT PRIMARY KEY,
  versions    TEXT NOT NULL,
  at          TEXT NOT NULL
);
`,
  },
  {
    version: 5,
    name: 'trigram index without positions (detail=none): about half the write cost, a quarter of the size',
    // documents_fts keeps which documents hold each trigram, not where: FTS5 then refuses
    // phrase queries, so src/analysis/search.ts asks for a term of n >= 3 characters as the
    // AND of its trigrams (a superset of the documents holding it) and verifies every
    // candidate on the stored text, as it always did for the offsets. Same table name and
    // rowids (doc_search.rowid), so the triggers of version 2 (which name the table, and are
    // left as they are) keep it in sync; refilled here in SQL for the documents already
    // stored.
    sql: `
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(text, tokenize = 'trigram', detail = 'none', content = '', contentless_delete = 1);
INSERT INTO documents_fts(rowid, text) SELECT s.rowid, d.text FROM doc_search s JOIN documents d ON d.id = s.document_id;
`,
  },
  {
    version: 6,
    name: 'the writer fills documents_fts once a transaction\'s documents are written; triggers keep doc_search',
    // The triggers of version 2 inserted each document's text into documents_fts inside the
    // document's savepoint, with INSERT … SELECT: FTS5 flushes its pending terms at every
    // savepoint, and that form cost ~1.5 ms a document against ~0.4 ms for a plain INSERT …
    // VALUES after the batch's savepoints (src/store/write.ts, Archive.flushFts). The triggers
    // still drop a document's old index rows and give it a fresh doc_search row (so a
    // document whose text changes is never found by its old text); every writer of
    // documents.text goes through the Archive. Index rows of stored documents are unchanged.
    sql: `
DROP TRIGGER documents_search_ai;
DROP TRIGGER documents_search_au;
CREATE TRIGGER documents_search_ai AFTER INSERT ON documents BEGIN
  DELETE FROM documents_fts WHERE rowid IN (SELECT rowid FROM doc_search WHERE document_id = new.id);
  DELETE FROM documents_uni WHERE rowid IN (SELECT rowid FROM doc_search WHERE document_id = new.id AND uni = 1);
  DELETE FROM doc_search WHERE document_id = new.id;
  INSERT INTO doc_search(document_id, uni) VALUES (new.id, 0);
END;
CREATE TRIGGER documents_search_au AFTER UPDATE OF id, text ON documents BEGIN
  DELETE FROM documents_fts WHERE rowid IN (SELECT rowid FROM doc_search WHERE document_id IN (old.id, new.id));
  DELETE FROM documents_uni WHERE rowid IN (SELECT rowid FROM doc_search WHERE document_id IN (old.id, new.id) AND uni = 1);
  DELETE FROM doc_search WHERE document_id IN (old.id, new.id);
  INSERT INTO doc_search(document_id, uni) VALUES (new.id, 0);
END;
`,
  },
  {
    version: 7,
    name: 'full-text tables that SQLite 3.34+ (Debian 12: 3.40), Datasette and sqlite-utils read and search',
    // contentless_delete=1 (SQLite 3.43+) made every older SQLite refuse the archive, and
    // detail=none refused the phrase queries Datasette sends. documents_fts is now the standard
    // external-content table over documents (rowid = documents.rowid, kept by VACUUM), named and
    // declared as Datasette and sqlite-utils detect it (they look for `content="documents"` in the
    // CREATE statement, written exactly so, without spaces); the triggers use
    // FTS5's 'delete' command, which every FTS5 version knows. documents_uni stays contentless
    // without contentless_delete: only gongwen's writer deletes from it (src/store/search-index.ts).
    // doc_search.rowid is AUTOINCREMENT so that a rowid left behind in documents_uni is never reused.
    sql: `
DROP TRIGGER IF EXISTS documents_search_ai;
DROP TRIGGER IF EXISTS documents_search_ad;
DROP TRIGGER IF EXISTS documents_search_au;
DROP TABLE IF EXISTS documents_fts;
DROP TABLE IF EXISTS documents_uni;
DROP TABLE IF EXISTS doc_search;
CREATE TABLE doc_search (
  rowid       INTEGER PRIMARY KEY AUTOINCREMENT,  -- documents_uni's rowid
  document_id TEXT NOT NULL UNIQUE,
  fts         INTEGER NOT NULL DEFAULT 0,         -- 1 once documents_fts holds the current text
  uni         INTEGER NOT NULL DEFAULT 0          -- 1 once documents_uni holds the current text
);
CREATE INDEX doc_search_pending ON doc_search(document_id) WHERE fts = 0 OR uni = 0;
CREATE VIRTUAL TABLE documents_fts USING fts5(text, tokenize = 'trigram', content="documents");
CREATE VIRTUAL TABLE documents_uni USING fts5(text, tokenize = 'unicode61', content = '');

CREATE TRIGGER documents_search_ai AFTER INSERT ON documents BEGIN
  DELETE FROM doc_search WHERE document_id = new.id;
  INSERT INTO doc_search(document_id) VALUES (new.id);
END;
CREATE TRIGGER documents_search_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, text)
    SELECT 'delete', old.rowid, old.text FROM doc_search WHERE document_id = old.id AND fts = 1;
  DELETE FROM doc_search WHERE document_id = old.id;
END;
CREATE TRIGGER documents_search_au AFTER UPDATE OF id, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, text)
    SELECT 'delete', old.rowid, old.text FROM doc_search WHERE document_id = old.id AND fts = 1;
  DELETE FROM doc_search WHERE document_id IN (old.id, new.id);
  INSERT INTO doc_search(document_id) VALUES (new.id);
END;

INSERT INTO doc_search(document_id) SELECT id FROM documents ORDER BY rowid;
`,
    after: (db) => {
      indexPending(db);
    },
  },
  {
    version: 8,
    name: 'citations: document numbers cited in the text',
    // One row per document number a text cites (云工通〔2022〕21号), columns as in
    // src/extract/tables.ts (citations). Stored documents get theirs on their next ingest: the new
    // extractor family `citations` is stale for them, and only it is re-extracted.
    sql: `
CREATE TABLE citations (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  doc_number  TEXT NOT NULL,
  prefix      TEXT,
  year        INTEGER NOT NULL,
  number      INTEGER NOT NULL,
  title       TEXT,
  text        TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  sentence    TEXT NOT NULL,
  section     INTEGER,
  page        INTEGER,
  rule        TEXT NOT NULL,
  PRIMARY KEY (document_id, idx)
);
CREATE INDEX citations_doc_number ON citations(doc_number);
CREATE INDEX citations_year_number ON citations(year, number);
`,
  },
  {
    version: 9,
    name: 'articles: a bulletin issue\'s articles (title, byline, span), and each item\'s article title in the v_* views',
    // documents.articles holds the Document JSON's articles as JSON; the articles view lists them
    // one per row (document_id, idx, title, byline, start, end) for any SQLite tool. The item views
    // gain article_title: the article whose span holds the item's start. Stored documents get their
    // articles on their next ingest (the structure version changed with the page reader).
    sql: `
ALTER TABLE documents ADD COLUMN articles TEXT;
DROP VIEW IF EXISTS articles;
CREATE VIEW articles AS
SELECT d.id AS document_id, CAST(j.key AS INTEGER) AS idx, json_extract(j.value, '$.title') AS title,
       json_extract(j.value, '$.byline') AS byline, json_extract(j.value, '$.start') AS start, json_extract(j.value, '$.end') AS "end"
FROM documents d, json_each(COALESCE(d.articles, '[]')) j;

DROP VIEW IF EXISTS v_quantities;
CREATE VIEW v_quantities AS
SELECT q.document_id, q.idx, q.kind, q.value, q.value_text, q.value_high, q.unit, q.approx, q.qualifier,
       q.subject, q.scope, q.period, q.cumulative, q.text, q.start, q.end, q.sentence, q.page, q.part_of, q.rule,
       d.series, d.year, d.issue, d.total_issue, d.date, d.issuers, json_extract(d.issuers, '$[0]') AS issuer,
       d.title, d.doc_number, d.source, d.kind AS doc_kind,
       ${articleTitle('q')}
FROM quantities q JOIN documents d ON d.id = q.document_id;

DROP VIEW IF EXISTS v_awards;
CREATE VIEW v_awards AS
SELECT a0.document_id, a0.idx, a0.name, a0.level, a0.count, a0.recipients, a0.text, a0.start, a0.end, a0.page, a0.rule,
       (SELECT q.scope FROM quantities q WHERE q.document_id = a0.document_id AND q.start < a0.end AND q.end > a0.start
         ORDER BY q.idx LIMIT 1) AS scope,
       d.series, d.year, d.issue, d.total_issue, d.date, d.issuers, json_extract(d.issuers, '$[0]') AS issuer,
       d.title, d.doc_number, d.source, d.kind AS doc_kind,
       ${articleTitle('a0')}
FROM awards a0 JOIN documents d ON d.id = a0.document_id;

DROP VIEW IF EXISTS v_workshops;
CREATE VIEW v_workshops AS
SELECT w.document_id, w.idx, w.name, w.type, w.level, w.count, w.leader, w.text, w.start, w.end, w.page, w.rule,
       (SELECT q.scope FROM quantities q WHERE q.document_id = w.document_id AND q.start < w.end AND q.end > w.start
         ORDER BY q.idx LIMIT 1) AS scope,
       d.series, d.year, d.issue, d.total_issue, d.date, d.issuers, json_extract(d.issuers, '$[0]') AS issuer,
       d.title, d.doc_number, d.source, d.kind AS doc_kind,
       ${articleTitle('w')}
FROM workshops w JOIN documents d ON d.id = w.document_id;

DROP VIEW IF EXISTS v_entities;
CREATE VIEW v_entities AS
SELECT e.document_id, e.idx, e.type, e.name, e.canonical, e.role, e.text, e.start, e.end, e.page, e.rule,
       d.series, d.year, d.issue, d.total_issue, d.date, d.issuers, json_extract(d.issuers, '$[0]') AS issuer,
       d.title, d.doc_number, d.source, d.kind AS doc_kind,
       ${articleTitle('e')}
FROM entities e JOIN documents d ON d.id = e.document_id;
`,
  },
  {
    version: 10,
    name: 'documents.ocr: the pages read by OCR, their engine and confidence',
    // The Document JSON's `ocr` ({ engine, pages, confidence }, null when no page was OCR'd), kept so
    // that the review page and check can mark figures read from a scan. NULL for older documents.
    sql: `ALTER TABLE documents ADD COLUMN ocr TEXT;`,
  },
  {
    version: 11,
    name: 'integer document keys: sections and items in <table>_rows keyed by documents.doc, the tables as views',
    // see src/store/migration-11.ts
    sql: ITEM_KEYS_SQL,
  },
  {
    version: 12,
    name: 'the same information in fewer bytes: sentences as offsets into the text, no 1–2 character index, rows without rowid',
    // see src/store/migration-12.ts
    sql: COMPACT_SQL,
    after: sentencesAsOffsets,
  },
  {
    version: 13,
    name: "documents.lines without the default keys (a line's page null, heading false)",
    // see src/store/stored-lines.ts; the rows already stored are rewritten, the text and items stay
    sql: '',
    after: compactStoredLines,
  },
];
