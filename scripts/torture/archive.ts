// Reads an archive back as a comparable snapshot: per document its text hash and how many
// items of each kind it holds. Two archives made from the same files must have equal snapshots.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

export interface DocSnapshot {
  textHash: string;
  quantities: number;
  awards: number;
  workshops: number;
  entities: number;
  sections: number;
}

export interface ArchiveSnapshot {
  integrity: string;
  documents: Map<string, DocSnapshot>;
  sources: number;
}

const ITEM_TABLES = ['quantities', 'awards', 'workshops', 'entities', 'sections'] as const;

export function snapshot(dbPath: string): ArchiveSnapshot {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const documents = new Map<string, DocSnapshot>();
    for (const row of db.prepare('SELECT id, text FROM documents').iterate() as Iterable<{ id: string; text: string }>) {
      const snap = { textHash: createHash('sha256').update(row.text).digest('hex') } as DocSnapshot;
      for (const t of ITEM_TABLES) {
        snap[t] = (db.prepare(`SELECT count(*) AS n FROM ${t} WHERE document_id = ?`).get(row.id) as { n: number }).n;
      }
      documents.set(row.id, snap);
    }
    const sources = (db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
    return { integrity, documents, sources };
  } finally {
    db.close();
  }
}

/** Differences between an archive and a reference, as readable lines (empty = equal). */
export function diffSnapshots(got: ArchiveSnapshot, want: ArchiveSnapshot): string[] {
  const out: string[] = [];
  if (got.integrity !== 'ok') out.push(`integrity_check: ${got.integrity}`);
  for (const [id, w] of want.documents) {
    const g = got.documents.get(id);
    if (!g) out.push(`missing document ${id.slice(0, 12)}`);
    else if (JSON.stringify(g) !== JSON.stringify(w)) out.push(`document ${id.slice(0, 12)} differs: ${JSON.stringify(g)} vs ${JSON.stringify(w)}`);
  }
  for (const id of got.documents.keys()) if (!want.documents.has(id)) out.push(`extra document ${id.slice(0, 12)}`);
  return out;
}

/**
 * Documents stored with fewer items than the reference has for them: a half-written
 * document. A partial archive (some documents not yet stored) is fine; a partial document is not.
 */
export function halfWritten(got: ArchiveSnapshot, want: ArchiveSnapshot): string[] {
  const out: string[] = [];
  for (const [id, g] of got.documents) {
    const w = want.documents.get(id);
    if (w && JSON.stringify(g) !== JSON.stringify(w)) out.push(`document ${id.slice(0, 12)} half-written: ${JSON.stringify(g)} vs ${JSON.stringify(w)}`);
  }
  return out;
}
