// Writes the outcomes of a batch ingest in the order the files were listed (so the archive does
// not depend on which worker was faster), several documents per transaction, each in its own
// savepoint. Every outcome written or reported gives its room in the window back.
import type { Archive, DocumentRows, FileStatus } from '../store/write.js';
import type { ProcessedDocument } from '../types.js';
import { failureReason } from './protocol.js';
import type { Window } from './window.js';

export interface FileResult {
  path: string;
  status: FileStatus;
  documentId?: string;
  error?: string;
  /** what the reader repaired or guessed (e.g. invalid UTF-8 bytes replaced) */
  warnings?: string[];
}

export type Outcome =
  | { kind: 'unchanged'; documentId: string }
  | { kind: 'processed'; doc: ProcessedDocument | DocumentRows; fileHash: string; size: number }
  | { kind: 'failed'; reason: string }
  | { kind: 'skipped' };

interface Pending {
  path: string;
  outcome: Outcome;
  /** bytes this file holds in the window */
  held: number;
}

export interface WriterEvents {
  result(r: FileResult): void;
  skipped(): void;
  /** the archive itself cannot be written (disk full, damaged, read-only): the batch must stop */
  archiveFailed(reason: string): void;
}

/** SQLite errors of the archive, not of a document: every later write would fail the same way. */
const ARCHIVE_ERRORS = /^SQLITE_(FULL|IOERR|CORRUPT|NOTADB|READONLY|CANTOPEN|PERM|AUTH|NOMEM)/;

export function archiveFailure(e: unknown): string | null {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string' || !ARCHIVE_ERRORS.test(code)) return null;
  const what = code.startsWith('SQLITE_FULL')
    ? 'the disk is full'
    : code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')
      ? 'the archive is damaged'
      : code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM')
        ? 'the archive is read-only'
        : 'the archive cannot be written';
  return `${what} (${failureReason(e)})`;
}

// A transaction per document costs ~2 ms more main-thread time per document than one per
// dozens (measured: 6.3 vs 4.3 ms of CPU per bench document, FTS included). So documents ready
// in order are written once BATCH of them are waiting, or FLUSH_MS after the first one came,
// whichever is first (and at the end of the batch); one transaction per turn of the event loop,
// so that between two the workers' answers are taken in and new files handed out.
const MAX_BATCH = 64;
const FLUSH_MS = 200;

export class BatchWriter {
  private done = new Map<number, Pending>();
  private next = 0;
  private scheduled = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly archive: Archive,
    private readonly window: Window,
    private readonly events: WriterEvents,
    private readonly opts: { force: boolean; batch: number; stopping: () => boolean },
  ) {}

  /** The outcome of the file taken as number `seq`. */
  put(seq: number, path: string, outcome: Outcome, held: number): void {
    this.done.set(seq, { path, outcome, held });
    this.drain();
  }

  private total = -1;
  private whenDrained: (() => void) | null = null;

  /** Resolves once the outcomes of files 0 … total-1 are all written (the end of the batch). */
  drained(total: number): Promise<void> {
    this.total = total;
    return new Promise((resolve) => {
      this.whenDrained = resolve;
      this.check();
      this.drain();
    });
  }

  private check(): void {
    if (this.total >= 0 && this.next >= this.total) this.whenDrained?.();
  }

  private readyRun(): number {
    let n = 0;
    while (n < this.opts.batch && this.done.has(this.next + n)) n++;
    return n;
  }

  private drain(): void {
    if (this.scheduled || !this.done.has(this.next)) return;
    // once the listing is complete, a batch may be the files still to come (all of them ready: written
    // at once; else they wait as any batch does, so the last files are not written one by one)
    const rest = this.total >= 0 ? this.total - this.next : Infinity;
    if (this.readyRun() >= Math.min(this.opts.batch, rest) || this.opts.stopping()) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    } else {
      this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
    }
  }

  private flush(): void {
    this.scheduled = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const ready: Pending[] = [];
    while (this.done.has(this.next) && ready.length < MAX_BATCH) {
      ready.push(this.done.get(this.next)!);
      this.done.delete(this.next++);
    }
    if (ready.length) this.write(ready);
    if (this.done.has(this.next) && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    this.check();
  }

  private write(ready: Pending[]): void {
    const stored = this.stored(ready.filter((r) => r.outcome.kind === 'processed'));
    let k = 0;
    for (const { path, outcome: o, held } of ready) {
      this.window.release(held);
      if (o.kind === 'processed') {
        const r = stored[k++];
        if (r === undefined) this.events.skipped(); // the archive failed: not stored, not the file's fault
        else if ('error' in r) this.fail(path, `could not store: ${failureReason(r.error)}`);
        else this.events.result({ path, status: r.status, documentId: r.documentId, ...(o.doc.warnings?.length ? { warnings: o.doc.warnings } : {}) });
      } else if (o.kind === 'skipped') this.events.skipped();
      else if (o.kind === 'failed') this.fail(path, o.reason);
      else this.events.result({ path, status: 'unchanged', documentId: o.documentId });
    }
  }

  /**
   * Stores the processed files in one transaction. Once the archive failed, the files it could
   * not store are `undefined` (not processed), not failed: the fault is not theirs.
   */
  private stored(batch: Pending[]): (ReturnType<Archive['storeMany']>[number] | undefined)[] {
    if (batch.length === 0 || this.stopped) return batch.map(() => undefined);
    const entries = batch.map((r) => {
      const o = r.outcome as Extract<Outcome, { kind: 'processed' }>;
      return { pd: o.doc, src: { fileHash: o.fileHash, path: r.path, size: o.size }, force: this.opts.force };
    });
    let out: ReturnType<Archive['storeMany']>;
    try {
      out = this.archive.storeMany(entries);
    } catch {
      // the transaction itself failed. SQLite may have rolled it back on its own (a full disk
      // does), and the commit's error ("no transaction is active") hides the cause: each document
      // is stored again alone, so that its own error (or the archive's) is the one reported
      out = [];
      for (const e of entries) {
        if (out.some((r) => 'error' in r && archiveFailure(r.error))) out.push({ error: undefined });
        else {
          try {
            out.push(this.archive.store(e.pd, e.src, e.force));
          } catch (error) {
            out.push({ error });
          }
        }
      }
    }
    const fatal = out.map((r) => ('error' in r ? archiveFailure(r.error) : null)).find((x) => x);
    if (!fatal) return out;
    this.stopped = true;
    this.events.archiveFailed(fatal);
    return out.map((r) => ('error' in r ? undefined : r));
  }

  private fail(path: string, reason: string): void {
    try {
      if (!this.stopped) this.archive.recordError(path, reason);
    } catch (e) {
      const fatal = archiveFailure(e);
      if (fatal && !this.stopped) {
        this.stopped = true;
        this.events.archiveFailed(fatal);
      }
    }
    this.events.result({ path, status: 'failed', error: reason });
  }
}
