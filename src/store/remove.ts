// Removing documents from the archive: the document row, its sources, sections, items and
// search-index rows, all in one transaction (a crash leaves either all of it or none).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { withBusyRetry } from './db.js';

export interface RemovalTarget {
  id: string;
  source: string;
  /** the arguments that named this document */
  given: string[];
  sources: number;
  quantities: number;
  awards: number;
  workshops: number;
  entities: number;
}

export interface RemovalPlan {
  targets: RemovalTarget[];
  /** arguments that name no stored document */
  unmatched: string[];
}

const ITEM_TABLES = ['sections', 'quantities', 'awards', 'workshops', 'entities'] as const;

/** The documents an argument names: a document id (or a unique prefix of 8+ hex digits), a stored path, or a file's bytes. */
function idsFor(db: Database.Database, arg: string): string[] {
  if (/^[0-9a-f]{64}$/i.test(arg)) {
    return (db.prepare('SELECT id FROM documents WHERE id = ?').pluck().all(arg.toLowerCase()) as string[]);
  }
  const ids = new Set<string>();
  if (/^[0-9a-f]{8,63}$/i.test(arg)) {
    const byPrefix = db.prepare(`SELECT id FROM documents WHERE id >= ? AND id < ? || 'g' LIMIT 2`).pluck().all(arg.toLowerCase(), arg.toLowerCase()) as string[];
    if (byPrefix.length === 1) return byPrefix;
  }
  const paths = [...new Set([arg, resolve(arg)])];
  for (const p of paths) {
    for (const id of db.prepare('SELECT document_id FROM sources WHERE path = ?').pluck().all(p) as string[]) ids.add(id);
    for (const id of db.prepare('SELECT id FROM documents WHERE source = ?').pluck().all(p) as string[]) ids.add(id);
  }
  if (existsSync(arg) && statSync(arg).isFile()) {
    const hash = createHash('sha256').update(readFileSync(arg)).digest('hex');
    for (const id of db.prepare('SELECT document_id FROM sources WHERE file_hash = ?').pluck().all(hash) as string[]) ids.add(id);
  }
  return [...ids];
}

export function planRemoval(db: Database.Database, args: string[]): RemovalPlan {
  const byId = new Map<string, RemovalTarget>();
  const unmatched: string[] = [];
  const count = (t: string, id: string) => Number(db.prepare(`SELECT count(*) FROM ${t} WHERE document_id = ?`).pluck().get(id));
  for (const arg of args) {
    const ids = idsFor(db, arg);
    if (!ids.length) unmatched.push(arg);
    for (const id of ids) {
      let t = byId.get(id);
      if (!t) {
        const source = String(db.prepare('SELECT source FROM documents WHERE id = ?').pluck().get(id));
        t = {
          id, source, given: [], sources: count('sources', id), quantities: count('quantities', id),
          awards: count('awards', id), workshops: count('workshops', id), entities: count('entities', id),
        };
        byId.set(id, t);
      }
      t.given.push(arg);
    }
  }
  return { targets: [...byId.values()], unmatched };
}

/** Removes the planned documents in one IMMEDIATE transaction; returns how many documents went. */
export function removeDocuments(db: Database.Database, ids: string[]): number {
  const tx = db.transaction(() => {
    let n = 0;
    for (const id of ids) {
      db.prepare('DELETE FROM sources WHERE document_id = ?').run(id);
      for (const t of ITEM_TABLES) db.prepare(`DELETE FROM ${t} WHERE document_id = ?`).run(id);
      n += db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes; // its trigger drops documents_fts and doc_search rows
    }
    return n;
  });
  return withBusyRetry(() => tx.immediate());
}
