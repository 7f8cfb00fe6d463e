// Two ingest processes on one database at once, with overlapping files: both must finish,
// every file must be stored once, and no "database is locked" may reach the user.
import { rmSync } from 'node:fs';
import { run } from './cli.js';
import { diffSnapshots, snapshot, type ArchiveSnapshot } from './archive.js';

export interface ConcurrencyReport {
  runs: number;
  problems: string[];
}

export async function twoIngests(filesA: string[], filesB: string[], db: string, reference: ArchiveSnapshot): Promise<ConcurrencyReport> {
  for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
  const [a, b] = await Promise.all([
    run(['ingest', ...filesA, '--db', db, '--format', 'json']),
    run(['ingest', ...filesB, '--db', db, '--format', 'json']),
  ]);
  const problems: string[] = [];
  for (const [name, r] of [['A', a], ['B', b]] as const) {
    if (r.code !== 0) problems.push(`ingest ${name} exit ${r.code}: ${r.stderr.slice(-300)}`);
    if (/locked|SQLITE_BUSY/i.test(r.stderr + r.stdout)) problems.push(`ingest ${name} showed a lock error`);
  }
  problems.push(...diffSnapshots(snapshot(db), reference));
  return { runs: 2, problems };
}
