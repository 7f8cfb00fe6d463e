// Crash safety and concurrency, through the real CLI (built into dist/ by `npm test`).
// The short loop runs always; GONGWEN_TORTURE=1 runs the long one (.ci/run sets it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTextCorpus } from '../../scripts/torture/corpus.js';
import { halfWritten, snapshot, type ArchiveSnapshot } from '../../scripts/torture/archive.js';
import { killLoop, referenceArchive } from '../../scripts/torture/crash.js';
import { twoIngests } from '../../scripts/torture/concurrent.js';
import { start } from '../../scripts/torture/cli.js';

const LONG = process.env.GONGWEN_TORTURE === '1';
const DOCS = LONG ? 300 : 60;

let dir: string;
let corpus: string;
let files: string[];
let reference: ArchiveSnapshot & { millis: number };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-crash-'));
  corpus = join(dir, 'corpus');
  files = makeTextCorpus(corpus, DOCS);
  reference = await referenceArchive(corpus, join(dir, 'reference.db'));
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crashes', () => {
  it('the reference run stores every document', () => {
    expect(reference.integrity).toBe('ok');
    expect(reference.documents.size).toBe(DOCS);
    const withItems = [...reference.documents.values()].filter((d) => d.quantities + d.sections > 0).length;
    expect(withItems).toBeGreaterThan(0);
  });

  it(`survives SIGKILL at random moments (${LONG ? 12 : 4} kills) and a re-run completes the archive`, async () => {
    const report = await killLoop(corpus, join(dir, 'killed.db'), reference, LONG ? 6 : 2, reference.millis, 42);
    expect(report.problems).toEqual([]);
    expect(report.kills).toBe(LONG ? 12 : 4);
    expect(report.killedMidway).toBeGreaterThan(0);
  }, 1_200_000);

  it('SIGINT finishes the document in hand, stores nothing partial, reports and exits 130', async () => {
    const db = join(dir, 'sigint.db');
    const { child, done } = start(['ingest', corpus, '--db', db]);
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    const r = await done;
    if (r.code === 0) return; // the batch finished before the signal: nothing to interrupt
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/interrupt|中断|stopped/i);
    // an honest count: the files reported plus the files not processed are the files listed
    const done_ = Number(/^(\d+) files? in/m.exec(r.stdout)?.[1]);
    const left = Number(/^interrupted: (\d+) listed files? not processed/m.exec(r.stdout)?.[1]);
    expect(done_ + left).toBe(DOCS);
    const snap = snapshot(db);
    expect(snap.integrity).toBe('ok');
    expect(halfWritten(snap, reference)).toEqual([]);
  }, 300_000);
});

describe('concurrency', () => {
  it('two ingests of overlapping files on one database both finish, each file stored once', async () => {
    const half = Math.floor(files.length / 2);
    const a = files.slice(0, half + 10);
    const b = files.slice(half - 10);
    const report = await twoIngests(a, b, join(dir, 'two.db'), reference);
    expect(report.problems).toEqual([]);
  }, 600_000);
});
