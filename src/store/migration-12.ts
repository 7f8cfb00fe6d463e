// Schema 12: the same information in fewer bytes (issue 17: the archive per document).
//
// Measured on 1,000 bench bulletins (scripts/bench/archive-space.ts), 62.9 KB a document before:
//   - a figure's sentence was stored in full in every quantities row (8.3 KB a bulletin: 23 figures
//     in 10 sentences). The row now keeps where the sentence is in documents.text, as a UTF-8 byte
//     offset and length (`sentence_at`, `sentence_bytes`), and the `quantities` and `citations` views
//     cut it out of the text (a byte slice costs ~2 µs a row, half a character slice). `sentence`
//     stays in the row only when the text does not hold it (written by another tool, or a text
//     changed after folding), so the view gives back exactly what was stored.
//   - an entity's `name` is its `canonical` in 9 rows of 10, and its `text` its name in 97 of 100:
//     the row keeps NULL for "the same as" and the view fills it in.
//   - the 1–2 character index (documents_uni, 6.5 KB) is gone: the trigram index already knows every
//     character that begins a trigram, and `documents_fts_terms` (fts5vocab over it) lists the
//     trigrams that begin with a term, whose documents FTS5 then gives (src/analysis/search.ts).
//     Only an occurrence in a text's last two characters begins no trigram: doc_search.tail keeps
//     those two characters (a trigger fills it, whoever writes the document).
//   - an item's rule id (`place.zone`, 12 bytes in each of ~90 rows a bulletin, from ~30 rules) is
//     kept once in item_rules; the rows hold its integer key (`rule_id`).
//   - sections and item rows are WITHOUT ROWID tables on their key (doc, idx): the key was a second
//     index beside the table.
// The tables users know keep their names and columns (views, as since schema 11).
//
// Column lists are frozen here, as in migration 11: a later column is a later migration.
import type Database from 'better-sqlite3';
import { ByteOffsets, sentenceBytes } from './stored-rows.js';

interface Frozen {
  /** column definitions after doc, as in the table's CREATE statement */
  columns: string[];
  /** index name → indexed columns */
  indexes: Record<string, string>;
  /** view column → the expression giving it from the row `x` and its document `d` (default: x.<column>) */
  computed?: Record<string, string>;
  /** the row's value of a stored column from the view's `new` row (default: new.<column>) */
  stored?: Record<string, string>;
}

/** the sentence, cut out of the document's text (UTF-8 bytes) unless the row holds it */
const SENTENCE = `COALESCE(x.sentence, CAST(substr(CAST(d.text AS BLOB), x.sentence_at + 1, x.sentence_bytes) AS TEXT))`;
const SENTENCE_COLS = ['sentence TEXT', 'sentence_at INTEGER', 'sentence_bytes INTEGER'];
/** a sentence written through the view is kept as text; the offsets only when it is the one they give */
const SENTENCE_STORED = {
  sentence: 'new.sentence',
  sentence_at: 'NULL',
  sentence_bytes: 'NULL',
};

export const TABLES_12: Record<string, Frozen> = {
  sections: {
    columns: ['idx INTEGER NOT NULL', 'level INTEGER NOT NULL', 'marker TEXT NOT NULL', 'heading TEXT NOT NULL', 'start INTEGER NOT NULL', '"end" INTEGER NOT NULL', 'parent INTEGER'],
    indexes: {},
  },
  quantities: {
    columns: [
      'idx INTEGER NOT NULL', 'kind TEXT NOT NULL', 'value NUMERIC NOT NULL', 'value_text TEXT NOT NULL', 'value_high NUMERIC',
      'unit TEXT NOT NULL', 'approx INTEGER NOT NULL', 'qualifier TEXT', 'subject TEXT NOT NULL', 'scope TEXT', 'period TEXT',
      'cumulative INTEGER NOT NULL DEFAULT 0', 'text TEXT NOT NULL', 'start INTEGER NOT NULL', '"end" INTEGER NOT NULL',
      ...SENTENCE_COLS, 'section INTEGER', 'page INTEGER', 'part_of INTEGER', 'rule_id INTEGER NOT NULL',
    ],
    indexes: { quantities_subject: 'subject', quantities_scope: 'scope', quantities_kind: 'kind' },
    computed: { sentence: SENTENCE },
    stored: SENTENCE_STORED,
  },
  awards: {
    columns: [
      'idx INTEGER NOT NULL', 'name TEXT NOT NULL', 'level TEXT', 'count INTEGER', "recipients TEXT NOT NULL DEFAULT '[]'",
      'text TEXT NOT NULL', 'start INTEGER NOT NULL', '"end" INTEGER NOT NULL', 'section INTEGER', 'page INTEGER', 'rule_id INTEGER NOT NULL',
    ],
    indexes: { awards_name: 'name', awards_level: 'level' },
  },
  workshops: {
    columns: [
      'idx INTEGER NOT NULL', 'name TEXT', 'type TEXT NOT NULL', 'level TEXT', 'count INTEGER', 'leader TEXT', 'text TEXT NOT NULL',
      'start INTEGER NOT NULL', '"end" INTEGER NOT NULL', 'section INTEGER', 'page INTEGER', 'rule_id INTEGER NOT NULL',
    ],
    indexes: { workshops_type: 'type', workshops_name: 'name' },
  },
  entities: {
    columns: [
      'idx INTEGER NOT NULL', 'type TEXT NOT NULL', 'name TEXT', 'canonical TEXT NOT NULL', 'role TEXT', 'text TEXT',
      'start INTEGER NOT NULL', '"end" INTEGER NOT NULL', 'section INTEGER', 'page INTEGER', 'rule_id INTEGER NOT NULL',
    ],
    indexes: { entities_canonical: 'type, canonical' },
    // NULL in the row: the same as canonical (name), as name (text)
    computed: { name: 'COALESCE(x.name, x.canonical)', text: 'COALESCE(x.text, x.name, x.canonical)' },
    stored: {
      name: 'NULLIF(new.name, new.canonical)',
      text: 'NULLIF(new.text, new.name)',
    },
  },
  citations: {
    columns: [
      'idx INTEGER NOT NULL', 'doc_number TEXT NOT NULL', 'prefix TEXT', 'year INTEGER NOT NULL', 'number INTEGER NOT NULL', 'title TEXT',
      'text TEXT NOT NULL', 'start INTEGER NOT NULL', '"end" INTEGER NOT NULL', ...SENTENCE_COLS, 'section INTEGER', 'page INTEGER',
      'rule_id INTEGER NOT NULL',
    ],
    indexes: { citations_doc_number: 'doc_number', citations_year_number: 'year, number' },
    computed: { sentence: SENTENCE },
    stored: SENTENCE_STORED,
  },
};

const name = (def: string) => def.split(' ')[0];
const DOC_OF = (ref: string) => `(SELECT doc FROM documents WHERE id = ${ref})`;
/** the key of a rule id in item_rules */
const RULE_OF = (ref: string) => `(SELECT id FROM item_rules WHERE rule = ${ref})`;
/** the columns the view shows (its `rule` in rule_id's place): the stored ones less the sentence's offsets */
const viewColumns = (f: Frozen) => f.columns.map(name).filter((c) => c !== 'sentence_at' && c !== 'sentence_bytes');
const RULE_VIEW = `(SELECT r.rule FROM item_rules r WHERE r.id = x.rule_id) AS rule`;

/** The rows of schema 11's table copied into the new one (sentences as text: sentencesAsOffsets follows). */
function copySql(t: string, f: Frozen): string {
  const cols = f.columns.map(name);
  const value = (c: string): string => {
    if (c === 'sentence_at' || c === 'sentence_bytes') return 'NULL';
    if (c === 'rule_id') return RULE_OF('o.rule');
    if (t === 'entities' && c === 'name') return 'NULLIF(o.name, o.canonical)';
    if (t === 'entities' && c === 'text') return 'NULLIF(o.text, o.name)';
    return `o.${c}`;
  };
  return `
${cols.includes('rule_id') ? `INSERT OR IGNORE INTO item_rules (rule) SELECT DISTINCT rule FROM ${t}_rows;\n` : ''}CREATE TEMP TABLE m12_${t} AS SELECT * FROM ${t}_rows;
DROP TABLE ${t}_rows;
CREATE TABLE ${t}_rows (
  doc INTEGER NOT NULL,  -- documents.doc
  ${f.columns.join(',\n  ')},
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
INSERT INTO ${t}_rows (doc, ${cols.join(', ')})
  SELECT o.doc, ${cols.map(value).join(', ')}
  FROM temp.m12_${t} o;
DROP TABLE temp.m12_${t};
${Object.entries(f.indexes).map(([ix, on]) => `CREATE INDEX ${ix} ON ${t}_rows(${on});`).join('\n')}`;
}

/** The view of the same name and columns as the old table, and its INSTEAD OF triggers. */
export function viewSql(t: string, f: Frozen): string {
  const stored = f.columns.map(name);
  const shown = viewColumns(f);
  const rows = `${t}_rows`;
  const expr = (c: string) => (c === 'rule_id' ? RULE_VIEW : f.computed?.[c] ? `${f.computed[c]} AS ${c}` : `x.${c}`);
  const fromNew = (c: string) => (c === 'rule_id' ? RULE_OF('new.rule') : f.stored?.[c] ?? `new.${c}`);
  // a rule id not seen before gets its key first
  const ruleFirst = stored.includes('rule_id') ? `\n  INSERT OR IGNORE INTO item_rules (rule) VALUES (new.rule);` : '';
  // an UPDATE through the view keeps a computed sentence as offsets while neither it nor the document changes
  const keep = `new.sentence IS old.sentence AND new.document_id IS old.document_id`;
  const set = (c: string) => {
    if (c === 'sentence') return `sentence = CASE WHEN ${keep} THEN sentence ELSE new.sentence END`;
    if (c === 'sentence_at' || c === 'sentence_bytes') return `${c} = CASE WHEN ${keep} THEN ${c} END`;
    return `${c} = ${fromNew(c)}`;
  };
  return `
CREATE VIEW ${t} AS SELECT d.id AS document_id, ${shown.map(expr).join(', ')} FROM ${rows} x JOIN documents d ON d.doc = x.doc;
CREATE TRIGGER ${t}_insert INSTEAD OF INSERT ON ${t} BEGIN${ruleFirst}
  INSERT INTO ${rows} (doc, ${stored.join(', ')}) VALUES (${DOC_OF('new.document_id')}, ${stored.map(fromNew).join(', ')});
END;
CREATE TRIGGER ${t}_update INSTEAD OF UPDATE ON ${t} BEGIN${ruleFirst}
  UPDATE ${rows} SET doc = ${DOC_OF('new.document_id')}, ${stored.map(set).join(', ')}
  WHERE doc = ${DOC_OF('old.document_id')} AND idx = old.idx;
END;
CREATE TRIGGER ${t}_delete INSTEAD OF DELETE ON ${t} BEGIN
  DELETE FROM ${rows} WHERE doc = ${DOC_OF('old.document_id')} AND idx = old.idx;
END;
`;
}

/** doc_search without documents_uni's flag, with each text's last two characters; the vocabulary of the trigram index */
const SEARCH_SQL = `
DROP TRIGGER IF EXISTS documents_search_ai;
DROP TRIGGER IF EXISTS documents_search_au;
DROP INDEX IF EXISTS doc_search_pending;
DROP TABLE IF EXISTS documents_uni;
ALTER TABLE doc_search DROP COLUMN uni;
ALTER TABLE doc_search ADD COLUMN tail TEXT;  -- the text's last two characters: they begin no trigram
UPDATE doc_search SET tail = (SELECT substr(d.text, -2) FROM documents d WHERE d.id = doc_search.document_id);
CREATE INDEX doc_search_pending ON doc_search(document_id) WHERE fts = 0;
CREATE TRIGGER documents_search_ai AFTER INSERT ON documents BEGIN
  DELETE FROM doc_search WHERE document_id = new.id;
  INSERT INTO doc_search(document_id, tail) VALUES (new.id, substr(new.text, -2));
END;
CREATE TRIGGER documents_search_au AFTER UPDATE OF id, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, text)
    SELECT 'delete', old.rowid, old.text FROM doc_search WHERE document_id = old.id AND fts = 1;
  DELETE FROM doc_search WHERE document_id IN (old.id, new.id);
  INSERT INTO doc_search(document_id, tail) VALUES (new.id, substr(new.text, -2));
END;
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts_terms USING fts5vocab(documents_fts, 'row');
`;

/**
 * After COMPACT_SQL: each sentence the document's text holds around its item becomes its place there,
 * found as the writer finds it (src/store/stored-rows.ts), one document at a time.
 */
export function sentencesAsOffsets(db: Database.Database): void {
  const texts = db.prepare('SELECT doc, text FROM documents WHERE doc IN (SELECT doc FROM quantities_rows WHERE sentence IS NOT NULL UNION SELECT doc FROM citations_rows WHERE sentence IS NOT NULL)');
  const tables = ['quantities_rows', 'citations_rows'].map((t) => ({
    rows: db.prepare(`SELECT idx, start, sentence FROM ${t} WHERE doc = ? AND sentence IS NOT NULL`),
    set: db.prepare(`UPDATE ${t} SET sentence = NULL, sentence_at = ?, sentence_bytes = ? WHERE doc = ? AND idx = ?`),
  }));
  for (const { doc, text } of texts.all() as { doc: number; text: string }[]) {
    const bytes = new ByteOffsets(text);
    for (const t of tables) {
      for (const r of t.rows.all(doc) as { idx: number; start: number; sentence: string }[]) {
        const place = sentenceBytes(text, r.sentence, r.start, bytes);
        if (place) t.set.run(place[0], place[1], doc, r.idx);
      }
    }
  }
}

export const COMPACT_SQL = `
${SEARCH_SQL}
CREATE TABLE IF NOT EXISTS item_rules (
  id   INTEGER PRIMARY KEY,
  rule TEXT NOT NULL UNIQUE   -- the id of a rule that produced items (rules/*.yaml)
);
${Object.keys(TABLES_12).map((t) => `DROP TRIGGER IF EXISTS ${t}_insert; DROP TRIGGER IF EXISTS ${t}_update; DROP TRIGGER IF EXISTS ${t}_delete; DROP VIEW IF EXISTS ${t};`).join('\n')}
${Object.entries(TABLES_12).map(([t, f]) => copySql(t, f) + viewSql(t, f)).join('')}
`;
