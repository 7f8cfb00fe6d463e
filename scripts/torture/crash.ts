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

/** A clean run: the reference archive. */
export async function referenceArchive(corpus: string, db: string): Promise<ArchiveSnapshot> {
  removeDb(db);
  const r = await run(['ingest', corpus, '--db', db, '--format', 'json']);
  if (r.code !== 0) throw new Error(`reference ingest failed (${r.code}): ${r.stderr.slice(-500)}`);
  return snapshot(db);
}

/**
 * `rounds` times: start an ingest of `corpus` into `db` and SIGKILL it after a random delay
 * in [0, maxDelayMs); after each kill the archive must pass integrity_check and hold no
 * half-written document. Then one uninterrupted run must make the archive equal `reference`.
 */
export async function killLoop(corpus: string, db: string, reference: ArchiveSnapshot, rounds: number, maxDelayMs: number, seed = 1): Promise<CrashReport> {
  removeDb(db);
  let rnd = seed;
  const random = () => ((rnd = (rnd * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const problems: string[] = [];
  let killedMidway = 0;
  for (let i = 0; i < rounds; i++) {
    const { child, done } = start(['ingest', corpus, '--db', db, '--format', 'json']);
    const delay = Math.floor(random() * maxDelayMs);
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    const r = await done;
    clearTimeout(timer);
    if (r.signal === 'SIGKILL') killedMidway++;
    try {
      const snap = snapshot(db);
      if (snap.integrity !== 'ok') problems.push(`round ${i}: integrity_check ${snap.integrity}`);
      problems.push(...halfWritten(snap, reference).map((p) => `round ${i}: ${p}`));
    } catch (e) {
      // killed before the database file was created: nothing stored, nothing lost
      if (!/does not exist|unable to open|no such table/i.test(String(e))) problems.push(`round ${i}: ${String(e)}`);
    }
  }
  const last = await run(['ingest', corpus, '--db', db, '--format', 'json']);
  if (last.code !== 0) problems.push(`final run exit ${last.code}: ${last.stderr.slice(-300)}`);
  problems.push(...diffSnapshots(snapshot(db), reference).map((p) => `after re-run: ${p}`));
  return { kills: rounds, killedMidway, problems };
}
