// The draft check of the /check page: the draft is processed and compared with the archive in a worker
// thread (check reads the whole archive: seconds at 10,000 documents, which would stall every other
// page), one draft at a time; in-process when running from the TS sources (the tests). Nothing is stored.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Finding } from '../types.js';

function compiledWorker(): URL | null {
  if (!import.meta.url.endsWith('.js')) return null;
  const url = new URL('./check-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

/** Findings for one draft (`name` gives its format by extension) against the archive at `dbPath`. */
export async function checkInProcess(dbPath: string, name: string, bytes: Buffer): Promise<Finding[]> {
  const { processFile } = await import('../pipeline/process.js');
  const { checkDocument } = await import('../compare/index.js');
  const { openDb } = await import('../store/db.js');
  const pd = await processFile(name, bytes);
  const db = openDb(dbPath, { readonly: true });
  try {
    return checkDocument(db, pd);
  } finally {
    db.close();
  }
}

let queue: Promise<unknown> = Promise.resolve();

export function checkDraft(dbPath: string, name: string, bytes: Buffer): Promise<Finding[]> {
  const run = (): Promise<Finding[]> => {
    const url = compiledWorker();
    if (!url) return checkInProcess(dbPath, name, bytes);
    return new Promise((resolve, reject) => {
      const w = new Worker(url, { workerData: { dbPath, name, bytes } });
      w.once('message', (m: { findings?: Finding[]; error?: string }) => {
        void w.terminate();
        if (m.error) reject(new Error(m.error));
        else resolve(m.findings!);
      });
      w.once('error', reject);
      w.once('exit', (code) => code !== 0 && reject(new Error(`check worker stopped (exit ${code})`)));
    });
  };
  const p = queue.then(run, run);
  queue = p.catch(() => undefined);
  return p;
}
