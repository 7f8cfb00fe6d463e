// A batch ingest: files streamed from the walker, parsed and extracted in worker threads, written
// by this thread in the order they were listed (batch-writer.ts). One back-pressure: the window
// (window.ts) bounds the files, and their bytes, taken and not yet written. A bad file is recorded
// in ingest_errors and the batch goes on; an abort signal (SIGINT) stops taking new files (the
// files in hand are finished and stored whole, the rest of the listing is counted as not
// processed); an archive that cannot be written (disk full, damaged) stops the batch.
import type { Archive, DocumentRows } from '../store/write.js';
import type { ProcessedDocument } from '../types.js';
import { createProcessor, defaultConcurrency, ProcessFailure, type PoolOptions, type Processor } from './pool.js';
import { sha256 } from './hash.js';
import { failureReason } from './protocol.js';
import { walk, type WalkItem } from './walk.js';
import { DEFAULT_MAX_BYTES } from '../ingest/limits.js';
import { BatchWriter, type FileResult, type Outcome } from './batch-writer.js';
import { Window } from './window.js';
import { openInput, readInput } from './input.js';
import { RulesVersions } from './versions.js';

export type { FileResult } from './batch-writer.js';

export interface IngestSummary {
  added: number;
  unchanged: number;
  updated: number;
  linked: number;
  failed: number;
  /** files listed but not processed because the run was interrupted or stopped */
  skipped: number;
  interrupted: boolean;
  /** set when the batch stopped because the rules cannot be loaded (nothing is the files' fault) */
  configError?: string;
  /** set when the batch stopped because the archive cannot be written (disk full, damaged, read-only) */
  archiveError?: string;
}

export interface IngestOptions {
  force?: boolean;
  /** files processed at once (worker threads); default one per core */
  concurrency?: number;
  /** largest file accepted, bytes, any format (default: 200 MB for PDF, 20 MB for text; see ingest/limits.ts) */
  maxBytes?: number;
  timeoutMs?: number;
  /** follow links to files outside the folders named (default: such a link fails with the reason) */
  followSymlinks?: boolean;
  signal?: AbortSignal;
  onResult?: (r: FileResult) => void;
  /** called when a file is taken from the walker */
  onStart?: (path: string) => void;
  processor?: Processor;
  pool?: PoolOptions;
}

/**
 * Files taken and not yet written. Each worker needs a backlog deep enough to cover a batch write
 * of this thread (it cannot hand out work meanwhile): with two in flight per worker the workers of
 * a text ingest sat idle ~45% of the time (profiled).
 */
const AHEAD_FILES = 64;
/** bytes of the files taken and not yet written, across the batch (one larger file still goes alone) */
const HELD_BYTES = 256 * 1024 * 1024;
/**
 * Each worker's young generation (V8's semi-spaces, where a document's short-lived objects are
 * made). V8 grows it to 48 MB in a worker that extracts bulletin after bulletin, of which a
 * bulletin's extraction keeps little: at 12 MB a text ingest of 1,000 bulletins peaked at ~240
 * instead of ~280 MB of RSS, in the same time. Once the workers' have grown to it, the pool holds
 * every young generation of the process where it is (`holdYoung`): this thread's, which holds the
 * rows queued for the writer, otherwise grew late in a long batch (round 60: −20 MB of peak RSS).
 */
const WORKER_YOUNG_MB = 12;
/**
 * Each worker's first old-generation limit. V8 lets a heap's garbage grow with its limit: at 256
 * instead of 1,024 MB the worker's old space swings less between full collections (round 56:
 * −6–8 MB of an ingest's peak RSS; round 58). A file that needs more is run again in a worker with
 * the pool's full limit (pool.ts, `firstHeapMb`), which the batch keeps from then on.
 */
const WORKER_FIRST_HEAP_MB = 256;

export async function runIngest(archive: Archive, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const concurrency = Math.max(1, opts.concurrency ?? defaultConcurrency());
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const processor =
    opts.processor ??
    createProcessor({ workers: concurrency, timeoutMs: opts.timeoutMs, process: { ingest: opts.maxBytes ? { maxBytes } : {} }, packed: true, youngMb: WORKER_YOUNG_MB, holdYoung: true, firstHeapMb: WORKER_FIRST_HEAP_MB, ...opts.pool });
  const summary: IngestSummary = { added: 0, unchanged: 0, updated: 0, linked: 0, failed: 0, skipped: 0, interrupted: false };
  let stop: string | null = null; // why the batch stopped taking files (besides the signal)
  const stopping = () => !!opts.signal?.aborted || stop !== null;

  // Workers extract beside this thread, which writes: many documents per transaction (one per
  // document cost the writer as much CPU again; with one worker, the default on 2 cores, the
  // writer's share decides the wall time as soon as a neighbour takes a core). Processing on this
  // thread, nothing runs beside the writer, so documents are written as they come.
  const batched = !processor.inline;
  const window = new Window(batched ? Math.max(concurrency * 4, AHEAD_FILES) : concurrency * 4, HELD_BYTES);
  const halt = (why: string, key: 'configError' | 'archiveError') => {
    stop ??= why;
    summary[key] ??= why;
    window.open();
  };
  const writer = new BatchWriter(
    archive,
    window,
    {
      result: (r) => {
        summary[r.status]++;
        opts.onResult?.(r);
      },
      skipped: () => summary.skipped++,
      archiveFailed: (why) => halt(why, 'archiveError'),
    },
    { force: !!opts.force, batch: batched ? 32 : 1, stopping },
  );
  const versions = new RulesVersions(archive, processor);

  /** Reads, judges and processes one opened file: its outcome. */
  const work = async (item: WalkItem, opened: { fd: number; size: number }): Promise<Outcome> => {
    let bytes: Buffer;
    try {
      bytes = await readInput(opened);
    } catch (e) {
      return { kind: 'failed', reason: failureReason(e) };
    }
    if (stopping()) return { kind: 'skipped' };
    const fileHash = sha256(bytes);
    try {
      const { versions: current, combined: rv } = await versions.get();
      const same = archive.isUnchanged(fileHash, rv, !!opts.force);
      if (same) return { kind: 'unchanged', documentId: same.documentId };
      // rules changed since this file was stored: re-extract the stored text (only the stale
      // families when the document says which), no parsing
      const stored = opts.force ? null : archive.staleCanonical(fileHash, rv, item.path, current);
      const doc: ProcessedDocument | DocumentRows = stored ? await processor.reextract(stored) : await processor.run(item.path, bytes);
      if (doc.rulesVersion !== rv) versions.correct(doc);
      return { kind: 'processed', doc, fileHash, size: bytes.length };
    } catch (e) {
      if (e instanceof ProcessFailure && e.config) {
        halt(e.reason, 'configError');
        return { kind: 'skipped' };
      }
      return { kind: 'failed', reason: e instanceof ProcessFailure ? e.reason : failureReason(e) };
    }
  };

  /** Takes one file from the walker once the window has room for it, and hands it to work. */
  const take = async (seq: number, item: WalkItem): Promise<void> => {
    const opened = item.error ? { failed: item.error } : openInput(item, maxBytes);
    const held = 'failed' in opened ? 0 : opened.size;
    await window.acquire(held);
    if ('failed' in opened) return writer.put(seq, item.path, { kind: 'failed', reason: opened.failed }, 0);
    void work(item, opened).then(
      (outcome) => writer.put(seq, item.path, outcome, held),
      (e: unknown) => writer.put(seq, item.path, { kind: 'failed', reason: failureReason(e) }, held),
    );
  };

  const endBulk = archive.beginBulk();
  opts.signal?.addEventListener('abort', () => window.open(), { once: true });
  let seq = 0;
  try {
    for await (const item of walk(paths, { followSymlinks: opts.followSymlinks })) {
      // once stopped, the rest of the listing is only counted, so the summary says how many were left
      if (stopping()) {
        summary.skipped++;
        continue;
      }
      opts.onStart?.(item.path);
      await take(seq++, item);
    }
    await writer.drained(seq);
  } finally {
    endBulk();
    if (!opts.processor) await processor.close();
  }
  summary.interrupted = !!opts.signal?.aborted;
  return summary;
}
