// Where an archive's bytes go (issue 17: the archive per document): SQLite's dbstat table summed per
// table, the table's own b-tree apart from its indexes (a PRIMARY KEY or UNIQUE index included), and
// the full-text tables' shadow tables under their virtual table. Figures per document.
//
//   npx tsc -p tsconfig.json && node dist/scripts/bench/archive-space.js ARCHIVE.db [--json]
import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';

export interface SpaceRow {
  /** the table (a full-text table for its shadow tables) */
  table: string;
  /** KB per document in the table's own b-tree (a virtual table: its shadow tables) */
  dataKb: number;
  /** KB per document in its indexes */
  indexKb: number;
  /** share of those pages left unused (page fill) */
  unused: number;
}

export interface SpaceReport {
  path: string;
  documents: number;
  totalKb: number;
  rows: SpaceRow[];
  /** the documents table's largest columns, KB per document of their values (the text, its lines …) */
  documentColumns: { column: string; kb: number }[];
}

/** KB per document of each of the documents table's columns (values as stored, record overhead apart). */
function documentColumns(db: Database.Database, docs: number): { column: string; kb: number }[] {
  const cols = db.prepare(`SELECT name FROM pragma_table_info('documents')`).pluck().all() as string[];
  const sums = db
    .prepare(`SELECT ${cols.map((c) => `sum(length(CAST("${c}" AS BLOB)))`).join(', ')} FROM documents`)
    .raw()
    .get() as (number | null)[];
  return cols
    .map((column, i) => ({ column, kb: (sums[i] ?? 0) / 1024 / docs }))
    .sort((a, b) => b.kb - a.kb);
}

/** `documents_fts_data` → `documents_fts`: a shadow table counts under its full-text table. */
function owner(name: string, tbl: string, virtuals: Set<string>): string {
  const m = /^(.*)_(data|idx|content|docsize|config)$/.exec(tbl);
  return m && virtuals.has(m[1]) ? m[1] : tbl || name;
}

export function archiveSpace(path: string): SpaceReport {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const docs = Math.max(1, (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n);
    const objects = db.prepare(`SELECT name, type, tbl_name, sql FROM sqlite_master`).all() as { name: string; type: string; tbl_name: string; sql: string | null }[];
    const virtuals = new Set(objects.filter((o) => o.type === 'table' && /^CREATE VIRTUAL/i.test(o.sql ?? '')).map((o) => o.name));
    const kind = new Map(objects.map((o) => [o.name, o]));
    const stats = db.prepare(`SELECT name, sum(pgsize) AS bytes, sum(unused) AS unused FROM dbstat GROUP BY name`).all() as { name: string; bytes: number; unused: number }[];
    const by = new Map<string, { data: number; index: number; unused: number }>();
    let total = 0;
    for (const s of stats) {
      const o = kind.get(s.name);
      const isIndex = o?.type === 'index';
      const table = owner(s.name, o?.tbl_name ?? s.name, virtuals);
      const e = by.get(table) ?? { data: 0, index: 0, unused: 0 };
      if (isIndex) e.index += s.bytes;
      else e.data += s.bytes;
      e.unused += s.unused;
      by.set(table, e);
      total += s.bytes;
    }
    const kb = (b: number) => b / 1024 / docs;
    const rows = [...by]
      .map(([table, e]) => ({ table, dataKb: kb(e.data), indexKb: kb(e.index), unused: e.unused / Math.max(1, e.data + e.index) }))
      .sort((a, b) => b.dataKb + b.indexKb - (a.dataKb + a.indexKb));
    return { path, documents: docs, totalKb: kb(total), rows, documentColumns: documentColumns(db, docs) };
  } finally {
    db.close();
  }
}

export function renderSpace(r: SpaceReport): string {
  const lines = [`${r.path}: ${r.documents} documents, ${r.totalKb.toFixed(1)} KB per document`, '', 'table'.padEnd(24) + 'data KB'.padStart(9) + 'index KB'.padStart(10) + 'unused'.padStart(8)];
  for (const x of r.rows) {
    if (x.dataKb + x.indexKb < 0.05) continue;
    lines.push(x.table.padEnd(24) + x.dataKb.toFixed(2).padStart(9) + x.indexKb.toFixed(2).padStart(10) + `${Math.round(x.unused * 100)}%`.padStart(8));
  }
  const top = r.documentColumns.filter((c) => c.kb >= 0.05);
  const rest = r.documentColumns.filter((c) => c.kb < 0.05).reduce((n, c) => n + c.kb, 0);
  lines.push('', `documents, by column (KB): ${[...top.map((c) => `${c.column} ${c.kb.toFixed(2)}`), `the other ${r.documentColumns.length - top.length} ${rest.toFixed(2)}`].join(', ')}`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--'));
  if (!path) {
    process.stderr.write('usage: archive-space.js ARCHIVE.db [--json]\n');
    process.exit(2);
  }
  const r = archiveSpace(path);
  process.stdout.write((args.includes('--json') ? JSON.stringify(r, null, 2) : renderSpace(r)) + '\n');
}
