// Schema 11: integer document keys inside the archive (issue 17).
//
// Every row of sections and of the item tables carried its document's id, 64 hex characters, in the
// row and again in its primary-key index, inserted at random places in that index (a hash): 16 KB
// of a bench bulletin's 79 KB, and index pages rewritten at every transaction. Those rows now live
// in <table>_rows keyed by documents.doc, a small integer given to each document in insertion order;
// the tables users know (sections, quantities, awards, workshops, entities, citations) are views of
// the same name and columns, `document_id` included, which SQLite tools read, and which take DELETE,
// UPDATE and INSERT (INSTEAD OF triggers), so scripts written for the tables keep working.
// documents.doc is an ordinary column (not the rowid, which VACUUM may renumber), given by a trigger
// to every new documents row, whoever inserts it; deleting a document deletes its rows (a trigger,
// so stock tools that leave foreign keys off do not leave items behind).
//
// The column lists are written out here (frozen with the migration), not taken from
// src/extract/tables.ts: a later column is a later migration, which recreates the view.

interface Frozen {
  /** column definitions after document_id, as in the table's CREATE statement */
  columns: string[];
  /** index name → indexed columns */
  indexes: Record<string, string>;
}

const TABLES: Record<string, Frozen> = {
  sections: {
    columns: ['idx INTEGER NOT NULL', 'level INTEGER NOT NULL', 'marker TEXT NOT NULL', 'heading TEXT NOT NULL', 'start INTEGER NOT NULL', '"end" INTEGER NOT NULL', 'parent INTEGER'],
    indexes: {},
  },
  quantities: {
    columns: [
      'idx INTEGER NOT NULL', 'kind TEXT NOT NULL', 'value NUMERIC NOT NULL', 'value_text TEXT NOT NULL', 'value_high NUMERIC',
      'unit TEXT NOT NULL', 'approx INTEGER NOT NULL', 'qualifier TEXT', 'subject TEXT NOT NULL', 'scope TEXT', 'period TEXT',
      'cumulative INTEGER NOT NULL DEFAULT 0', 'text TEXT NOT NULL', 'start INTEGER NOT NULL', '"end" INTEGER NOT NULL',
      'sentence TEXT NOT NULL', 'section INTEGER', 'page INTEGER', 'part_of INTEGER', 'rule TEXT NOT NULL',
    ],
    indexes: { quantities_subject: 'subject', quantities_scope: 'scope', quantities_kind: 'kind' },
  },
  awards: {
    columns: [
      'idx INTEGER NOT NULL', 'name TEXT NOT NULL', 'level TEXT', 'count INTEGER', "recipients TEXT NOT NULL DEFAULT '[]'",
      'text TEXT NOT NULL', 'start INTEGER NOT NULL', '"end" INTEGER NOT NULL', 'section INTEGER', 'page INTEGER', 'rule TEXT NOT NULL',
    ],
    indexes: { awards_name: 'name', awards_level: 'level' },
  },
  workshops: {
    columns: [
      'idx INTEGER NOT NULL', 'name TEXT', 'type TEXT NOT NULL', 'level TEXT', 'count INTEGER', 'leader TEXT', 'text TEXT NOT NULL',
      'start INTEGER NOT NULL', '"end" INTEGER NOT NULL', 'section INTEGER', 'page INTEGER', 'rule TEXT NOT NULL',
    ],
    indexes: { workshops_type: 'type', workshops_name: 'name' },
  },
  entities: {
    columns: [
      'idx INTEGER NOT NULL', 'type TEXT NOT NULL', 'name TEXT NOT NULL', 'canonical TEXT NOT NULL', 'role TEXT', 'text TEXT NOT NULL',
      'start INTEGER NOT NULL', '"end" INTEGER NOT NULL', 'section INTEGER', 'page INTEGER', 'rule TEXT NOT NULL',
    ],
    indexes: { entities_canonical: 'type, canonical' },
  },
  citations: {
    columns: [
      'idx INTEGER NOT NULL', 'doc_number TEXT NOT NULL', 'prefix TEXT', 'year INTEGER NOT NULL', 'number INTEGER NOT NULL', 'title TEXT',
      'text TEXT NOT NULL', 'start INTEGER NOT NULL', '"end" INTEGER NOT NULL', 'sentence TEXT NOT NULL', 'section INTEGER', 'page INTEGER',
      'rule TEXT NOT NULL',
    ],
    indexes: { citations_doc_number: 'doc_number', citations_year_number: 'year, number' },
  },
};

const name = (def: string) => def.split(' ')[0];
const DOC_OF = (ref: string) => `(SELECT doc FROM documents WHERE id = ${ref})`;

function tableSql(t: string, f: Frozen): string {
  const cols = f.columns.map(name);
  const list = cols.join(', ');
  const rows = `${t}_rows`;
  return `
CREATE TABLE ${rows} (
  doc INTEGER NOT NULL,  -- documents.doc
  ${f.columns.join(',\n  ')},
  PRIMARY KEY (doc, idx)
);
INSERT INTO ${rows} (doc, ${list}) SELECT d.doc, ${cols.map((c) => `x.${c}`).join(', ')} FROM ${t} x JOIN documents d ON d.id = x.document_id ORDER BY d.doc, x.idx;
DROP TABLE ${t};
${Object.entries(f.indexes).map(([ix, on]) => `CREATE INDEX ${ix} ON ${rows}(${on});`).join('\n')}
CREATE VIEW ${t} AS SELECT d.id AS document_id, ${cols.map((c) => `x.${c}`).join(', ')} FROM ${rows} x JOIN documents d ON d.doc = x.doc;
CREATE TRIGGER ${t}_insert INSTEAD OF INSERT ON ${t} BEGIN
  INSERT INTO ${rows} (doc, ${list}) VALUES (${DOC_OF('new.document_id')}, ${cols.map((c) => `new.${c}`).join(', ')});
END;
CREATE TRIGGER ${t}_update INSTEAD OF UPDATE ON ${t} BEGIN
  UPDATE ${rows} SET doc = ${DOC_OF('new.document_id')}, ${cols.map((c) => `${c} = new.${c}`).join(', ')}
  WHERE doc = ${DOC_OF('old.document_id')} AND idx = old.idx;
END;
CREATE TRIGGER ${t}_delete INSTEAD OF DELETE ON ${t} BEGIN
  DELETE FROM ${rows} WHERE doc = ${DOC_OF('old.document_id')} AND idx = old.idx;
END;
`;
}

export const ITEM_KEYS_SQL = `
ALTER TABLE documents ADD COLUMN doc INTEGER;
UPDATE documents SET doc = rowid;
CREATE UNIQUE INDEX documents_doc ON documents(doc);
CREATE TRIGGER documents_doc_ai AFTER INSERT ON documents WHEN new.doc IS NULL BEGIN
  UPDATE documents SET doc = (SELECT ifnull(max(doc), 0) + 1 FROM documents) WHERE rowid = new.rowid;
END;
${Object.entries(TABLES).map(([t, f]) => tableSql(t, f)).join('')}
CREATE TRIGGER documents_rows_ad AFTER DELETE ON documents BEGIN
${Object.keys(TABLES).map((t) => `  DELETE FROM ${t}_rows WHERE doc = old.doc;`).join('\n')}
END;
`;
