// Numbered schema migrations. PRAGMA user_version holds how many have run; opening a
// database runs the rest, each in its own transaction, so an older archive upgrades
// without loss. Append only: never edit a migration that has shipped.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

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
];
