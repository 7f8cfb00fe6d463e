// check reads only the part of the archive a draft's findings can depend on (src/compare/relevant.ts).
// Here every stored issue of the planted-error corpus is checked as if it were the draft, against
// the rest of the archive, once with the whole archive loaded and once with the part: the
// findings that name the draft must be the same, item for item and in the same order. A second
// archive holds generated bulletins (scripts/bench/corpus.ts): 22 provinces restating one another's
// sentences, where the groups of a figure reach across publications.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { loadGold, plantedCopy } from '../../scripts/eval-findings.js';
import { Archive as Store } from '../../src/store/write.js';
import { openDb } from '../../src/store/db.js';
import { runIngest } from '../../src/pipeline/ingest.js';
import { findingsOf } from '../../src/compare/index.js';
import { loadArchive, mergeArchives } from '../../src/compare/model.js';
import { loadRelevant } from '../../src/compare/relevant.js';
import { loadSynonyms } from '../../src/analysis/synonyms.js';
import { generateCorpus } from '../../scripts/bench/corpus.js';

const work = mkdtempSync(join(tmpdir(), 'gongwen-check-part-'));
const open: Database.Database[] = [];

async function archiveOf(folder: string, name: string): Promise<Database.Database> {
  const db = openDb(join(work, `${name}.db`));
  open.push(db);
  const s = await runIngest(new Store(db), [folder], { concurrency: 1, pool: { mode: 'inline' } });
  expect(s.failed).toBe(0);
  return db;
}

let planted: Database.Database;
let generated: Database.Database;

beforeAll(async () => {
  planted = await archiveOf(plantedCopy(loadGold().plants.filter((p) => p.set === 'held')), 'planted');
  // 200 documents of which 120 are text bulletins (the rest, DOCX and PDF, are left out)
  const corpus = await generateCorpus({ docs: 200, cacheRoot: join(work, 'cache') });
  const text = join(work, 'text');
  mkdirSync(text);
  for (const f of corpus.files.filter((x) => x.group === 'text')) copyFileSync(join(corpus.dir, f.path), join(text, basename(f.path)));
  generated = await archiveOf(text, 'generated');
}, 240_000);

afterAll(() => {
  for (const db of open) db.close();
  rmSync(work, { recursive: true, force: true });
});

describe('check reads a part of the archive', () => {
  it('planted-error corpus: the findings that name a draft are those of the whole archive, every issue as the draft', () => {
    const r = samePartFindings(planted, 1);
    expect(r.drafts).toBeGreaterThanOrEqual(10);
    expect(r.named).toBeGreaterThanOrEqual(5);
  }, 120_000);

  it('generated bulletins of 22 provinces: the same, and the part is smaller than the archive', () => {
    const r = samePartFindings(generated, 1);
    expect(r.drafts).toBeGreaterThanOrEqual(100);
    expect(r.named).toBeGreaterThanOrEqual(20);
    expect(r.smaller).toBe(r.drafts);
  }, 120_000);
});

/** every `step`-th stored document checked as the draft, whole archive against part */
function samePartFindings(db: Database.Database, step: number): { drafts: number; named: number; smaller: number } {
  const syn = loadSynonyms();
  const ids = (db.prepare('SELECT id FROM documents ORDER BY rowid').pluck().all() as string[]).filter((_, i) => i % step === 0);
  const all = loadArchive(db).quantities.length;
  let named = 0;
  let smaller = 0;
  for (const id of ids) {
    const draft = loadArchive(db, { only: { headers: [id], whole: [id] } });
    const rest = new Set([id]);
    const own = (a: ReturnType<typeof loadArchive>, about?: string) => findingsOf(a, syn, about).filter((f) => f.items.some((i) => i.documentId === id));
    const whole = own(mergeArchives(loadArchive(db, { excludeIds: rest }), draft));
    const partArchive = loadRelevant(db, draft, syn, rest);
    // as check runs it: the part, and only the findings about the draft built
    expect(own(partArchive, id), id).toEqual(whole);
    if (whole.some((f) => f.items.some((i) => i.documentId !== id))) named++;
    if (partArchive.quantities.length < all) smaller++;
  }
  return { drafts: ids.length, named, smaller };
}
