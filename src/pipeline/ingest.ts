// A batch ingest: files streamed from the walker, parsed and extracted in worker threads
// (p-queue bounds the files in flight), written by this thread, one transaction per document,
// in the order the files were listed (so the result does not depend on which worker was
// faster). A bad file is recorded in ingest_errors and the batch goes on. An abort signal
// (SIGINT) stops taking new files; the files in hand are finished and stored whole.
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import PQueue from 'p-queue';
import type { Archive, DocumentRows, FileStatus } from '../store/write.js';
import { isDocumentRows } from './rows.js';
import type { Processed } from './process.js';
import { combineVersions, type FamilyVersions } from '../rules/loader.js';
import { versionsFingerprint } from '../extract/families.js';
import type { ProcessedDocument } from '../types.js';
import { createProcessor, defaultConcurrency, ProcessFailure, type PoolOptions, type Processor } from './pool.js';
import { sha256 } from './hash.js';
import { failureReason, isConfigError } from './protocol.js';
import { walk } from './walk.js';
import { DEFAULT_MAX_BYTES } from '../ingest/limits.js';

export interface FileResult {
  path: string;
  status: FileStatus;
  documentId?: string;
  error?: string;
  /** what the reader repaired or guessed (e.g. invalid UTF-8 bytes replaced) */
  warnings?: string[];
}

export interface IngestSummary {
  added: number;
  unchanged: number;
  updated: number;
  linked: number;
  failed: number;
  /** files listed but not processed because the run was interrupted */
  skipped: number;
  interrupted: boolean;
  /** set when the batch stopped because the rules cannot be loaded (nothing is the files' fault) */
  configError?: string;
}

export interface IngestOptions {
  force?: boolean;
  /** files processed at once (worker threads); default one per core */
  concurrency?: number;
  /** largest file accepted, bytes, any format (default: 200 MB for PDF, 20 MB for text; see ingest/index.ts) */
  maxBytes?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  onResult?: (r: FileResult) => void;
  /** called when a file is taken from the walker */
  onStart?: (path: string) => void;
  processor?: Processor;
  pool?: PoolOptions;
}

type Outcome =
  | { kind: 'unchanged'; documentId: string }
  | { kind: 'processed'; doc: ProcessedDocument | DocumentRows; fileHash: string; size: number }
  | { kind: 'failed'; reason: string }
  | { kind: 'skipped' };

/** files up to this size are read synchronously (a bulletin is 10–500 KB; ~1 ms to read 1 MB) */
const SYNC_READ_MAX = 1024 * 1024;
/** files in flight per worker thread (read, queued at a worker, or being processed) */
const IN_FLIGHT_PER_WORKER = 16;
/** bytes of files read and not yet processed, across the batch (one larger file still goes alone) */
const HELD_BYTES = 256 * 1024 * 1024;

/** Waits until `n` more bytes fit in the budget (or nothing else is held), in arrival order. */
class ByteBudget {
  private used = 0;
  private waiters: { n: number; go: () => void }[] = [];
  constructor(private readonly limit: number) {}
  async take(n: number): Promise<void> {
    if (this.waiters.length === 0 && (this.used === 0 || this.used + n <= this.limit)) {
      this.used += n;
      return;
    }
    await new Promise<void>((go) => this.waiters.push({ n, go }));
  }
  give(n: number): void {
    if (n <= 0) return;
    this.used -= n;
    while (this.waiters.length && (this.used === 0 || this.used + this.waiters[0]!.n <= this.limit)) {
      const w = this.waiters.shift()!;
      this.used += w.n;
      w.go();
    }
  }
}

export async function runIngest(archive: Archive, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const concurrency = Math.max(1, opts.concurrency ?? defaultConcurrency());
  const force = !!opts.force;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const processor =
    opts.processor ??
    createProcessor({ workers: concurrency, timeoutMs: opts.timeoutMs, process: { ingest: opts.maxBytes ? { maxBytes } : {} }, packed: true, ...opts.pool });
  const ownProcessor = !opts.processor;
  const summary: IngestSummary = { added: 0, unchanged: 0, updated: 0, linked: 0, failed: 0, skipped: 0, interrupted: false };
  let configError: string | null = null;
  const aborted = () => !!opts.signal?.aborted || configError !== null;

  // files in flight (read, parsing, or waiting for their turn to be written)
  // (one thread: nothing runs beside the writer, so documents are written as they come)
  const batched = processor.threads > 1;
  const maxAhead = batched ? Math.max(concurrency * 4, 2 * 32) : concurrency * 4;
  // Files being read or processed. Each worker needs a backlog deep enough to cover a batch
  // write of this thread (it cannot hand out work meanwhile): with two in flight per worker the
  // workers of a text ingest sat idle ~45% of the time (profiled). Bytes held are bounded apart.
  const queue = new PQueue({ concurrency: batched ? Math.min(maxAhead, concurrency * IN_FLIGHT_PER_WORKER) : concurrency * 2 });
  const budget = new ByteBudget(HELD_BYTES);
  const done = new Map<number, { path: string; outcome: Outcome }>();
  let nextWrite = 0;
  let seq = 0;
  let wake: (() => void) | null = null;

  const emit = (r: FileResult) => {
    summary[r.status]++;
    opts.onResult?.(r);
  };

  const fail = (path: string, reason: string) => {
    try {
      archive.recordError(path, reason);
    } catch {
      /* the failure is still reported to the user */
    }
    emit({ path, status: 'failed', error: reason });
  };

  // Files whose turn has come are written together: every processed file ready in order at
  // this tick goes into one transaction (each document in its own savepoint), then reported.
  const writeReady = (ready: { path: string; outcome: Outcome }[]) => {
    const batch = ready.filter((r) => r.outcome.kind === 'processed');
    let stored: ReturnType<Archive['storeMany']> = [];
    if (batch.length > 0) {
      try {
        stored = archive.storeMany(
          batch.map((r) => {
            const o = r.outcome as Extract<Outcome, { kind: 'processed' }>;
            return { pd: o.doc, src: { fileHash: o.fileHash, path: r.path, size: o.size }, force };
          }),
        );
      } catch (e) {
        stored = batch.map(() => ({ error: e }));
      }
    }
    let k = 0;
    for (const { path, outcome: o } of ready) {
      switch (o.kind) {
        case 'skipped':
          summary.skipped++;
          break;
        case 'failed':
          fail(path, o.reason);
          break;
        case 'unchanged':
          emit({ path, status: 'unchanged', documentId: o.documentId });
          break;
        case 'processed': {
          const r = stored[k++];
          if ('error' in r) fail(path, `could not store: ${failureReason(r.error)}`);
          else emit({ path, status: r.status, documentId: r.documentId, ...(o.doc.warnings?.length ? { warnings: o.doc.warnings } : {}) });
        }
      }
    }
  };

  // A transaction per document costs ~2 ms more main-thread time per document than one per
  // dozens (measured: 6.3 vs 4.3 ms of CPU per bench document, FTS included). So documents ready
  // in order are written once BATCH of them are waiting, or FLUSH_MS after the first one came,
  // whichever is first (and at the end of the batch).
  const BATCH = batched ? 32 : 1;
  const MAX_BATCH = 64;
  const FLUSH_MS = 200;
  let scheduled = false;
  let timer: NodeJS.Timeout | null = null;
  // One transaction per turn of the event loop: between two, the workers' answers are taken in
  // and new files handed out, so a long run of ready documents does not starve the workers.
  const flush = () => {
    scheduled = false;
    if (timer) clearTimeout(timer);
    timer = null;
    if (done.has(nextWrite)) {
      const ready: { path: string; outcome: Outcome }[] = [];
      while (done.has(nextWrite) && ready.length < MAX_BATCH) {
        ready.push(done.get(nextWrite)!);
        done.delete(nextWrite);
        nextWrite++;
      }
      writeReady(ready);
    }
    wake?.();
    if (done.has(nextWrite) && !scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  const readyRun = () => {
    let n = 0;
    while (n < BATCH && done.has(nextWrite + n)) n++;
    return n;
  };
  const drain = () => {
    if (scheduled || !done.has(nextWrite)) return;
    if (readyRun() >= BATCH || aborted()) {
      scheduled = true;
      setImmediate(flush);
    } else {
      timer ??= setTimeout(flush, FLUSH_MS);
    }
  };

  // The current rules' family versions, needed before the first file is judged up to date: from
  // the archive when it has seen these rules (their bytes, code versions, nodejieba) before,
  // else from a worker (which parses the rules for its warm-up anyway), then remembered.
  let current: Promise<{ versions: FamilyVersions; combined: string }> | null = null;
  let print = '';
  const currentVersions = () =>
    (current ??= (async () => {
      print = versionsFingerprint();
      let versions = archive.versionsFor(print);
      if (!versions) {
        try {
          if (!processor.familyVersions) throw new Error('no versions from this processor');
          versions = await processor.familyVersions();
        } catch (e) {
          if (e instanceof ProcessFailure && e.config) throw e;
          // (a custom processor, or a worker that failed): compute them here
          try {
            versions = (await import('../extract/index.js')).familyVersions();
          } catch (e2) {
            throw new ProcessFailure(failureReason(e2), isConfigError(e2));
          }
        }
        archive.rememberVersions(print, versions);
      }
      return { versions, combined: combineVersions(versions) };
    })());

  // The workers stamp each document with the versions they computed. Should those differ from the
  // remembered ones (code that hashes the rules differently, same fingerprint), theirs are right:
  // remember them, and judge the files still to come by them.
  const correctVersions = (doc: ProcessedDocument | DocumentRows) => {
    let v: FamilyVersions | null | undefined;
    try {
      v = isDocumentRows(doc) ? (doc.rulesVersions ? (JSON.parse(doc.rulesVersions) as FamilyVersions) : null) : (doc as Processed).rulesVersions;
    } catch {
      v = null;
    }
    if (!v || combineVersions(v) !== doc.rulesVersion) return;
    try {
      archive.rememberVersions(print, v);
    } catch {
      /* only a cache */
    }
    current = Promise.resolve({ versions: v, combined: doc.rulesVersion });
  };

  const work = async (path: string): Promise<Outcome> => {
    if (aborted()) return { kind: 'skipped' };
    let held = 0; // bytes of the byte budget this file holds until it is processed
    try {
      let bytes: Buffer;
      try {
        // stat and small reads are synchronous: on this thread an async stat + readFile costs
        // 150–300 µs of CPU (four thread-pool round trips) against ~20 µs, and blocks no longer
        const st = statSync(path);
        if (!st.isFile()) return { kind: 'failed', reason: 'not a regular file' };
        if (st.size > maxBytes) {
          return { kind: 'failed', reason: `too large (${st.size} bytes; the limit is ${maxBytes}, raise it with --max-bytes)` };
        }
        await budget.take(st.size);
        held = st.size;
        bytes = st.size <= SYNC_READ_MAX ? readFileSync(path) : await readFile(path);
      } catch (e) {
        return { kind: 'failed', reason: failureReason(e) };
      }
      if (bytes.length === 0) return { kind: 'failed', reason: 'empty file' };
      const fileHash = sha256(bytes);
      try {
        const { versions, combined: rv } = await currentVersions();
        const same = archive.isUnchanged(fileHash, rv, force);
        if (same) return { kind: 'unchanged', documentId: same.documentId };
        // rules changed since this file was stored: re-extract the stored text (only the stale
        // families when the document says which), no parsing
        const stored = force ? null : archive.staleCanonical(fileHash, rv, path, versions);
        const doc = stored ? await processor.reextract(stored) : await processor.run(path, bytes);
        if (doc.rulesVersion !== rv) correctVersions(doc);
        return { kind: 'processed', doc, fileHash, size: bytes.length };
      } catch (e) {
        if (e instanceof ProcessFailure && e.config) {
          configError ??= e.reason;
          wake?.();
          return { kind: 'skipped' };
        }
        return { kind: 'failed', reason: e instanceof ProcessFailure ? e.reason : failureReason(e) };
      }
    } finally {
      budget.give(held);
    }
  };

  opts.signal?.addEventListener('abort', () => wake?.(), { once: true });
  const endBulk = archive.beginBulk();
  try {
    for await (const item of walk(paths)) {
      if (aborted()) break;
      while (seq - nextWrite >= maxAhead && !aborted()) {
        await new Promise<void>((r) => (wake = r));
        wake = null;
      }
      if (aborted()) break;
      const n = seq++;
      opts.onStart?.(item.path);
      if (item.error) {
        done.set(n, { path: item.path, outcome: { kind: 'failed', reason: item.error } });
        drain();
        continue;
      }
      void queue.add(async () => {
        let outcome: Outcome;
        try {
          outcome = await work(item.path);
        } catch (e) {
          outcome = { kind: 'failed', reason: failureReason(e) };
        }
        done.set(n, { path: item.path, outcome });
        drain();
      });
    }
    await queue.onIdle();
    flush();
  } finally {
    endBulk();
    if (ownProcessor) await processor.close();
  }
  summary.interrupted = !!opts.signal?.aborted;
  if (configError !== null) summary.configError = configError;
  return summary;
}
