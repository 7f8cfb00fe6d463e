// Selective re-extraction after a rules change: only the extractor families whose rules (parsed
// and validated) changed are re-extracted, only their tables are rewritten, and the archive then
// holds exactly what a fresh ingest with the new rules holds. Runs the built CLI (as a user does:
// one process per run, so every run loads the rules it is given through GONGWEN_RULES).
import Database from 'better-sqlite3';
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/torture/cli.js';
import { undoItemKeys } from '../store/helpers.js';
import { openDb } from '../../src/store/db.js';

const ITEM_TABLES = ['sections', 'quantities', 'awards', 'workshops', 'entities'] as const;
const TOBACCO = 'samples/kuaibao-2022-23-tobacco.txt';

let dir: string;
let baseRules: string;
let baseDb: string;

interface Summary {
  added: number;
  unchanged: number;
  updated: number;
  linked: number;
  failed: number;
}

async function ingest(db: string, rules: string): Promise<Summary> {
  const r = await run(['ingest', 'samples', '--db', db, '--format', 'json'], { GONGWEN_RULES: rules });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Summary;
}

/** a copy of the shipped rules with `edit` applied to one file */
function rulesWith(name: string, file: string, edit: (s: string) => string): string {
  const d = join(dir, `rules-${name}`);
  cpSync(baseRules, d, { recursive: true });
  const p = join(d, file);
  const before = readFileSync(p, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(p, after);
  return d;
}

/** every row of the item tables and of documents (but when it was stored), in key order */
function contents(db: string): Record<string, unknown[]> {
  const d = new Database(db, { readonly: true });
  const out: Record<string, unknown[]> = {};
  for (const t of ITEM_TABLES) out[t] = d.prepare(`SELECT * FROM ${t} ORDER BY document_id, idx`).all();
  out.documents = (d.prepare(`SELECT * FROM documents ORDER BY id`).all() as Record<string, unknown>[]).map(({ stored_at: _s, ...r }) => r);
  d.close();
  return out;
}

/**
 * Installs triggers that log every row inserted into or deleted from the item tables and the
 * full-text index bookkeeping (doc_search, rewritten whenever a document's text is written).
 */
function watch(db: string): void {
  const d = new Database(db);
  d.exec(`CREATE TABLE written (tbl TEXT NOT NULL, op TEXT NOT NULL, document_id TEXT NOT NULL)`);
  for (const t of [...ITEM_TABLES, 'doc_search']) {
    // since schema 11 the rows of sections and the item tables are in <table>_rows, keyed by documents.doc
    const keyed = t !== 'doc_search';
    const on = keyed ? `${t}_rows` : t;
    const id = (row: string) => (keyed ? `(SELECT id FROM documents WHERE doc = ${row}.doc)` : `${row}.document_id`);
    d.exec(`CREATE TRIGGER written_${t}_i AFTER INSERT ON ${on} BEGIN INSERT INTO written VALUES ('${t}', 'insert', ${id('new')}); END;
      CREATE TRIGGER written_${t}_d AFTER DELETE ON ${on} BEGIN INSERT INTO written VALUES ('${t}', 'delete', ${id('old')}); END;`);
  }
  d.close();
}

/** table → the ids of the documents whose rows in it were written since watch() */
function written(db: string): Record<string, string[]> {
  const d = new Database(db, { readonly: true });
  const rows = d.prepare(`SELECT DISTINCT tbl, document_id FROM written ORDER BY tbl, document_id`).all() as { tbl: string; document_id: string }[];
  d.close();
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.tbl] ??= []).push(r.document_id);
  return out;
}

function docIdOf(db: string, path: string): string {
  const d = new Database(db, { readonly: true });
  const r = d.prepare(`SELECT document_id FROM sources WHERE path = ?`).get(path) as { document_id: string };
  d.close();
  return r.document_id;
}

const fresh = new Map<string, string>();
/** a fresh archive of the samples ingested with `rules` (made once per rules folder) */
async function freshDb(rules: string): Promise<string> {
  let db = fresh.get(rules);
  if (!db) {
    db = join(dir, `fresh-${fresh.size}.db`);
    const s = await ingest(db, rules);
    expect(s.updated + s.unchanged + s.failed).toBe(0);
    fresh.set(rules, db);
  }
  return db;
}

/** the base archive copied, then ingested again with `rules` */
async function reingest(name: string, rules: string): Promise<{ db: string; summary: Summary }> {
  const db = join(dir, `re-${name}.db`);
  copyFileSync(baseDb, db);
  watch(db);
  const summary = await ingest(db, rules);
  return { db, summary };
}


beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-reextract-'));
  baseRules = join(dir, 'rules-base');
  cpSync('rules', baseRules, { recursive: true });
  baseDb = join(dir, 'base.db');
  const s = await ingest(baseDb, baseRules);
  expect(s.added).toBe(3);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// a real new measure word: 周年 counted as an event (100周年, 40周年 in the tobacco bulletin)
const NEW_UNIT = `
  - id: unit.anniversary
    kind: count
    class: event
    words: [周年]
    examples:
      positive:
        - {text: 举办建党100周年系列活动。, value: 100, unit: 周年}
      negative: []
`;

// a real new level entry, tried first: 国家局 is written out as 国家烟草专卖局 in award names
const NEW_LEVEL = `  - id: level.state-tobacco
    pattern: "国家局"
    level: industry
    normalize: 国家烟草专卖局
    examples: { positive: [], negative: [] }
`;

describe('re-extraction after a rules change touches only what the change can change', () => {
  it('a new unit re-extracts quantities only, and the archive equals a fresh ingest with the new rules', async () => {
    const rules = rulesWith('units', 'units.yaml', (s) => s + NEW_UNIT);
    const { db, summary } = await reingest('units', rules);
    // every document is re-extracted (its linked copies then find it up to date)
    expect(summary).toMatchObject({ added: 0, updated: 3, unchanged: 6, linked: 0, failed: 0 });
    expect(contents(db)).toEqual(contents(await freshDb(rules)));
    const tobacco = docIdOf(db, TOBACCO);
    const q = contents(db).quantities as { document_id: string; unit: string }[];
    expect(q.some((r) => r.document_id === tobacco && r.unit === '周年')).toBe(true);
    // only the quantities that changed (the tobacco bulletin's) were rewritten: no other table,
    // no other document, not the text
    expect(written(db)).toEqual({ quantities: [tobacco] });
  }, 180_000);

  it('a new level entry re-extracts the named family only (awards, workshops, entities)', async () => {
    const rules = rulesWith('levels', 'levels.yaml', (s) => s.replace(/^rules:\n/m, `rules:\n${NEW_LEVEL}`));
    const { db, summary } = await reingest('levels', rules);
    expect(summary).toMatchObject({ added: 0, updated: 3, unchanged: 6, failed: 0 });
    expect(contents(db)).toEqual(contents(await freshDb(rules)));
    const awards = contents(db).awards as { name: string }[];
    expect(awards.map((a) => a.name)).toContain('国家烟草专卖局科技进步特等奖');
    const tobacco = docIdOf(db, TOBACCO);
    const w = written(db);
    expect(w.awards).toEqual([tobacco]);
    expect(Object.keys(w).filter((t) => !['awards', 'workshops', 'entities'].includes(t))).toEqual([]);
  }, 180_000);

  it('a new surname re-extracts the named family only', async () => {
    // (a surname the list lacks: one it already holds, such as 隗, 仉 or 禚 now, changes no rule version)
    const rules = rulesWith('people', 'people.yaml', (s) => s.replace('single: "王', 'single: "郄王'));
    const { db, summary } = await reingest('people', rules);
    expect(summary).toMatchObject({ added: 0, updated: 3, unchanged: 6, failed: 0 });
    expect(contents(db)).toEqual(contents(await freshDb(rules)));
    const w = written(db);
    for (const t of ['sections', 'quantities', 'doc_search']) expect(w[t], t).toBeUndefined();
  }, 180_000);

  it('a new award alias changes the segmentation dictionary: every family is re-extracted, as a fresh ingest', async () => {
    const rules = rulesWith('alias', 'awards.yaml', (s) => s.replace('aliases: [五一劳动奖章]', 'aliases: [五一劳动奖章, 五一奖章]'));
    const { db, summary } = await reingest('alias', rules);
    expect(summary).toMatchObject({ added: 0, updated: 3, unchanged: 6, failed: 0 });
    expect(contents(db)).toEqual(contents(await freshDb(rules)));
    // the text and the sections stay as stored
    const w = written(db);
    for (const t of ['sections', 'doc_search']) expect(w[t], t).toBeUndefined();
    const versions = (a: string) => {
      const d = new Database(a, { readonly: true });
      const v = d.prepare(`SELECT DISTINCT rules_versions FROM documents`).all() as { rules_versions: string }[];
      d.close();
      expect(v).toHaveLength(1);
      return JSON.parse(v[0].rules_versions) as Record<string, string>;
    };
    const now = versions(db);
    const old = versions(baseDb);
    expect(now.segmentation).not.toBe(old.segmentation);
    expect(now.quantities).not.toBe(old.quantities);
    expect(now.named).not.toBe(old.named);
    expect(now.structure).toBe(old.structure);
  }, 180_000);

  it('a comment, a rule example or a synonyms.yaml change re-extracts nothing', async () => {
    const commented = rulesWith('comment', 'units.yaml', (s) => s + '\n# a note on measure words\n');
    appendFileSync(join(commented, 'awards.yaml'), '\n# another note\n');
    // an example is test data: no extractor reads it
    const levels = readFileSync(join(commented, 'levels.yaml'), 'utf8');
    const more = levels.replace(
      'examples: { positive: [{ text: "省级工作室 2 个。", level: provincial }], negative: [] }',
      'examples: { positive: [{ text: "省级工作室 2 个。", level: provincial }, { text: "市级工作室 3 个。", level: municipal }], negative: [] }',
    );
    expect(more).not.toBe(levels);
    writeFileSync(join(commented, 'levels.yaml'), more);
    const synonyms = rulesWith('synonyms', 'synonyms.yaml', (s) =>
      s.replace(/^rules:\n/m, 'rules:\n  - id: subject-skill-hand\n    kind: subject\n    canonical: 技术能手\n    aliases: [技能能手]\n    examples: { positive: [], negative: [] }\n'),
    );
    for (const [name, rules] of [['comment', commented], ['synonyms', synonyms]] as const) {
      const { db, summary } = await reingest(name, rules);
      expect(summary, name).toMatchObject({ added: 0, updated: 0, unchanged: 9, failed: 0 });
      expect(written(db), name).toEqual({});
      expect(contents(db), name).toEqual(contents(baseDb));
    }
  }, 180_000);

  it('an archive at schema 3 (no family versions stored) is re-extracted whole, as a fresh ingest', async () => {
    const rules = rulesWith('units-v3', 'units.yaml', (s) => s + NEW_UNIT);
    const db = join(dir, 'v3.db');
    copyFileSync(baseDb, db);
    // back to what schema 3 held: no family versions, no digests, a rules version of another kind
    const d = new Database(db);
    undoItemKeys(d);
    d.exec(`DROP VIEW articles; DROP VIEW v_quantities; DROP VIEW v_awards; DROP VIEW v_workshops; DROP VIEW v_entities;
      ALTER TABLE documents DROP COLUMN articles; ALTER TABLE documents DROP COLUMN ocr;
      ALTER TABLE documents DROP COLUMN rules_versions; ALTER TABLE documents DROP COLUMN item_digests;
      DROP TABLE rules_fingerprints; DROP TABLE citations; UPDATE documents SET rules_version = '0123456789abcdef'`);
    d.pragma('user_version = 3');
    d.close();
    openDb(db).close(); // upgraded first, so that the watch is on the tables of the current schema
    watch(db);
    const summary = await ingest(db, rules);
    expect(summary).toMatchObject({ added: 0, updated: 3, unchanged: 6, failed: 0 });
    expect(contents(db)).toEqual(contents(await freshDb(rules)));
    // whole: every table of every document rewritten (the text is the same: its index stays)
    const all = (contents(baseDb).documents as { id: string }[]).map((x) => x.id).sort();
    const w = written(db);
    for (const t of ITEM_TABLES) {
      const holding = [...new Set((contents(baseDb)[t] as { document_id: string }[]).map((r) => r.document_id))].sort();
      expect(w[t] ?? [], t).toEqual(holding);
    }
    expect(w.sections).toEqual(all);
    expect(w.doc_search).toBeUndefined();
  }, 180_000);

  it('--force re-parses and rewrites every table of every document', async () => {
    const db = join(dir, 'force.db');
    copyFileSync(baseDb, db);
    watch(db);
    const r = await run(['ingest', 'samples', '--db', db, '--format', 'json', '--force'], { GONGWEN_RULES: baseRules });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 0, updated: 3, failed: 0 });
    expect(contents(db)).toEqual(contents(baseDb));
    const w = written(db);
    for (const t of ITEM_TABLES) {
      const holding = [...new Set((contents(baseDb)[t] as { document_id: string }[]).map((r) => r.document_id))].sort();
      expect(w[t] ?? [], t).toEqual(holding);
    }
  }, 180_000);
});
