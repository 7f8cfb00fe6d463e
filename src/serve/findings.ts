// compare's findings over the served archive, computed once per archive version off the request path:
// in a worker thread when the compiled worker exists (compare takes seconds on 10,000 documents), else
// in-process (running from the TS sources, as the tests do). Pages show "computing" meanwhile.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Finding } from '../types.js';

export type FindingsState =
  | { status: 'running'; since: number }
  | { status: 'ready'; findings: Finding[]; ms: number }
  | { status: 'failed'; error: string };

function compiledWorker(): URL | null {
  if (!import.meta.url.endsWith('.js')) return null;
  const url = new URL('./findings-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

export class FindingsCache {
  private state: FindingsState | null = null;
  private version = -1;
  private worker: Worker | null = null;
  private waiters: (() => void)[] = [];

  constructor(private readonly dbPath: string) {}

  /** The findings for the archive at `dataVersion`, starting their computation when needed. */
  get(dataVersion: number): FindingsState {
    if (this.version !== dataVersion || !this.state) this.start(dataVersion);
    return this.state!;
  }

  /** Resolves once the current computation is over (tests, the bench). */
  ready(dataVersion: number): Promise<FindingsState> {
    const s = this.get(dataVersion);
    if (s.status !== 'running') return Promise.resolve(s);
    return new Promise((res) => this.waiters.push(() => res(this.state!)));
  }

  private settle(version: number, s: FindingsState): void {
    if (version !== this.version) return; // an older run finishing after a newer one started
    this.state = s;
    this.worker = null;
    for (const w of this.waiters.splice(0)) w();
  }

  private start(version: number): void {
    this.version = version;
    const t0 = Date.now();
    this.state = { status: 'running', since: t0 };
    void this.worker?.terminate();
    const url = compiledWorker();
    if (url) {
      const w = new Worker(url, { workerData: { path: this.dbPath } });
      this.worker = w;
      w.once('message', (m: { findings?: Finding[]; error?: string }) =>
        this.settle(version, m.error ? { status: 'failed', error: m.error } : { status: 'ready', findings: m.findings!, ms: Date.now() - t0 }),
      );
      w.once('error', (e) => this.settle(version, { status: 'failed', error: e.message }));
      w.unref();
      return;
    }
    setImmediate(async () => {
      try {
        const { compareArchive } = await import('../compare/index.js');
        const { openDb } = await import('../store/db.js');
        const db = openDb(this.dbPath, { readonly: true });
        try {
          this.settle(version, { status: 'ready', findings: compareArchive(db), ms: Date.now() - t0 });
        } finally {
          db.close();
        }
      } catch (e) {
        this.settle(version, { status: 'failed', error: (e as Error).message });
      }
    });
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}
