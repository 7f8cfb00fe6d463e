// Crash safety: SIGKILL an ingest at random moments, then check that the archive is intact,
// that no stored document is half-written, and that re-running the batch completes it to
// exactly what a clean run makes.
import { rmSync } from 'node:fs';
import { start, run } from './cli.js';
import { diffSnapshots, halfWritten, snapshot, type ArchiveSnapshot } from './archive.js';

export interface CrashReport {
  kills: number;
  killedMidway: number; // kills that landed while the ingest was still running
  problems: string[]; // integrity failures, half-written documents, final differences (must be empty)
}

function removeDb(db: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
}

/** A clean run: the reference archive, and how long the run took (to aim the kills inside it). */
export async function referenceArchive(corpus: string, db: string): Promise<ArchiveSnapshot & { millis: number }> {
  removeDb(db);
  const t = Date.now();
  const r = await run(['ingest', corpus, '--db', db, '--format', 'json']);
  if (r.code !== 0) throw new Error(`reference ingest failed (${r.code}): ${r.stderr.slice(-500)}`);
  return { ...snapshot(db), millis: Date.now() - t };
}

/** Starts an ingest and SIGKILLs it after `delay` ms; true when the kill landed mid-run. */
async function killAfter(corpus: string, db: string, delay: number): Promise<boolean> {
  const { child, done } = start(['ingest', corpus, '--db', db, '--format', 'json']);
  const timer = setTimeout(() => child.kill('SIGKILL'), delay);
  const r = await done;
  clearTimeout(timer);
  return r.signal === 'SIGKILL';
}

function checkAfterKill(db: string, reference: ArchiveSnapshot, label: string, problems: string[]): void {
  try {
    const snap = snapshot(db);
    if (snap.integrity !== 'ok') problems.push(`${label}: integrity_check ${snap.integrity}`);
    problems.push(...halfWritten(snap, reference).map((p) => `${label}: ${p}`));
  } catch (e) {
    // killed before the database file was created: nothing stored, nothing lost
    if (!/does not exist|unable to open|no such table/i.test(String(e))) problems.push(`${label}: ${String(e)}`);
  }
}

/**
 * `rounds` times, on a fresh database: SIGKILL an ingest of `corpus` at a random moment inside
 * the time a clean run takes (`runMillis`), then kill the re-run of that partial archive too;
 * after each kill the archive must pass integrity_check and hold no half-written document.
 * Then an uninterrupted run must make the archive equal `reference`.
 */
export async function killLoop(corpus: string, db: string, reference: ArchiveSnapshot, rounds: number, runMillis: number, seed = 1): Promise<CrashReport> {
  let rnd = seed;
  const random = () => ((rnd = (rnd * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const problems: string[] = [];
  let kills = 0;
  let killedMidway = 0;
  for (let i = 0; i < rounds; i++) {
    removeDb(db);
    for (const which of ['first run', 're-run']) {
      // a moment between 10% and 90% of a clean run (start-up included)
      const delay = Math.floor(runMillis * (0.1 + 0.8 * random()));
      kills++;
      if (await killAfter(corpus, db, delay)) killedMidway++;
      checkAfterKill(db, reference, `round ${i} ${which}`, problems);
    }
    const last = await run(['ingest', corpus, '--db', db, '--format', 'json']);
    if (last.code !== 0) problems.push(`round ${i}: completing run exit ${last.code}: ${last.stderr.slice(-300)}`);
    problems.push(...diffSnapshots(snapshot(db), reference).map((p) => `round ${i} after re-run: ${p}`));
  }
  return { kills, killedMidway, problems };
}
