// Worker thread: compare's findings over the archive (opened read-only), posted back once.
import { parentPort, workerData } from 'node:worker_threads';
import { compareArchive } from '../compare/index.js';
import { openDb } from '../store/db.js';

const { path } = workerData as { path: string };
try {
  const db = openDb(path, { readonly: true });
  try {
    parentPort!.postMessage({ findings: compareArchive(db) });
  } finally {
    db.close();
  }
} catch (e) {
  parentPort!.postMessage({ error: (e as Error).message });
}
