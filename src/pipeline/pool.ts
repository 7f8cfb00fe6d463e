// Parsing and extraction off the main thread: one worker per core beside the writer
// (defaultConcurrency()), each loading parsers, jieba and rules once. The main thread keeps the database and writes.
// Workers run compiled JS (dist/src/pipeline/worker.js). When this module runs from the TS
// sources (vitest), there is no compiled worker next to it, so files are processed in-process.
// The parsers and extractors (./process.js) are imported by the workers, or here only when
// processing in-process: the main thread of a batch loads neither.
import { existsSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ProcessedDocument } from '../types.js';
import type { DocumentRows } from '../store/document-rows.js';
import type { ProcessOptions, StoredCanonical } from './process.js';
import type { FamilyVersions } from '../rules/loader.js';
import type { SegmenterLink } from '../extract/named/jieba-port.js';
import { failureReason, isConfigError, type ResultMessage, type TaskMessage, type WorkerSetup } from './protocol.js';

/** A file that could not be processed; `reason` is one line for the user. */
export class ProcessFailure extends Error {
  constructor(
    readonly reason: string,
    /** the rules, not the file, are at fault */
    readonly config = false,
  ) {
    super(reason);
    this.name = 'ProcessFailure';
  }
}

export interface Processor {
  readonly threads: number;
  /** true when files are processed on the calling thread (the one that writes), not beside it */
  readonly inline?: boolean;
  /** processes one file; rejects with ProcessFailure (DocumentRows when the pool is `packed`) */
  run(path: string, bytes: Buffer): Promise<ProcessedDocument | DocumentRows>;
  /** re-extracts a stored canonical text (no parsing); rejects with ProcessFailure */
  reextract(c: StoredCanonical): Promise<ProcessedDocument | DocumentRows>;
  /**
   * The current rules' family versions, computed where the rules are loaded anyway (a worker,
   * after its warm-up); rejects with ProcessFailure (`config` when a rule file is broken).
   * Optional: without it, the caller computes them in-process.
   */
  familyVersions?(): Promise<FamilyVersions>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** worker threads (default: one per core) */
  workers?: number;
  /** give up on a file after this long (the worker is restarted); default 5 minutes */
  timeoutMs?: number;
  /** heap limit per worker, MB (a zip bomb or a huge PDF fails that file, not the batch) */
  maxHeapMb?: number;
  /**
   * A lower heap limit to start the workers with (V8 lets garbage pile up in proportion to the
   * limit): a file that runs a worker out of memory under it is not failed but run again in a
   * worker with maxHeapMb, the limit every worker started later gets.
   */
  firstHeapMb?: number;
  /** each worker's young generation, MB (default: V8's, which grows to 48 MB) */
  youngMb?: number;
  /**
   * Once every worker's young generation has grown to youngMb, stop V8 growing young generations
   * in this process: the main thread's then stays the size it had. V8 grows a young generation
   * (doubling it, up to 48 MB) once as many bytes have survived its collections since its last
   * growth as it holds, so a long batch's main thread, which always holds the rows queued for
   * the writer, grew its own late in the run (round 58: 4 → 33.6 MB). The switch is V8's
   * process-wide `--semi-space-growth-factor`, which V8 reads whenever it grows one and sets back to
   * 2 whenever an isolate starts: a worker that replaces one is let grow again, and the hold comes
   * back once it has reported its young generation full (round 60, docs/BENCH.md). V8 may also
   * shrink a worker's young generation (little allocation for a while), which under the hold could
   * not grow back: workers report every change of its size, and the hold is lifted while any
   * worker's is below its limit (`holdsYoung`, round 62).
   */
  holdYoung?: boolean;
  process?: ProcessOptions;
  /** workers answer with the SQL rows (DocumentRows) built in the worker, not the ProcessedDocument */
  packed?: boolean;
  /** 'auto' (workers when compiled JS is available), 'workers', or 'inline' */
  mode?: 'auto' | 'workers' | 'inline';
  /** warm each worker up before its first file (default true; one file gains nothing by it) */
  warmUp?: boolean;
  /** serve each worker's segmenter from this thread (`serveSegmenter` in extract/named/jieba-port.ts) */
  segmenter?: () => { link: SegmenterLink; close(): void };
}

/** a worker's share of memory (~110 MB measured for a text batch; room for PDFs and DOCX) */
const WORKER_BYTES = 256 * 2 ** 20;

/** One worker per core left beside the main thread, which writes (on 2 cores one worker and the
 * writer already fill the machine: the same wall time as two workers, ~110 MB less), and no more
 * workers than half the free memory holds. */
export function defaultConcurrency(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, Math.floor(freemem() / 2 / WORKER_BYTES)));
}

function compiledWorkerUrl(): URL | null {
  const here = import.meta.url;
  if (!here.endsWith('.js')) return null;
  const url = new URL('./worker.js', here);
  return existsSync(fileURLToPath(url)) ? url : null;
}

export function createProcessor(opts: PoolOptions = {}): Processor {
  const mode = opts.mode ?? (process.env.GONGWEN_INLINE === '1' ? 'inline' : 'auto');
  const url = compiledWorkerUrl();
  if (mode === 'inline' || !url) {
    if (mode === 'workers' && !url) throw new Error('compiled worker not found (run `npm run build`)');
    return new InlineProcessor(opts.process ?? {});
  }
  return new WorkerPool(url, opts);
}

class InlineProcessor implements Processor {
  readonly threads = 1;
  readonly inline = true;
  constructor(private readonly options: ProcessOptions) {}
  async run(path: string, bytes: Buffer): Promise<ProcessedDocument> {
    try {
      const { processFile } = await import('./process.js');
      return await processFile(path, bytes, this.options);
    } catch (e) {
      throw new ProcessFailure(failureReason(e), isConfigError(e));
    }
  }
  async reextract(c: StoredCanonical): Promise<ProcessedDocument> {
    try {
      const { extractCanonical } = await import('./process.js');
      return extractCanonical(c);
    } catch (e) {
      throw new ProcessFailure(failureReason(e), isConfigError(e));
    }
  }
  async familyVersions(): Promise<FamilyVersions> {
    try {
      const { familyVersions } = await import('../extract/index.js');
      return familyVersions();
    } catch (e) {
      throw new ProcessFailure(failureReason(e), isConfigError(e));
    }
  }
  async close(): Promise<void> {}
}

interface Task {
  msg: TaskMessage;
  /** a task resolves with a document, or with the family versions it asked for */
  resolve(d: ProcessedDocument | DocumentRows | FamilyVersions): void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** the worker's heap limit, MB */
  heapMb: number;
  /** sent to this worker, in the order it processes them; the first one is running */
  tasks: Task[];
  timer: NodeJS.Timeout | null;
  /** ends what this thread serves the worker (its segmenter) */
  release(): void;
  /** the size of the worker's new space (two semi-spaces), bytes, as last reported (`holdYoung`) */
  youngBytes?: number;
}

/**
 * Whether a worker's new space (V8's two semi-spaces) has grown to the young generation's limit.
 * V8 makes a young generation of two semi-spaces and a large-object space of a semi-space each
 * (the limit is three semi-spaces) and grows the semi-spaces by doubling them: under a 12 MB
 * limit the new space is full at 8 MB.
 */
export function youngFull(newSpaceBytes: number, limitMb: number): boolean {
  return newSpaceBytes * 3 >= 0.9 * 2 * limitMb * 2 ** 20;
}

/**
 * `holdYoung`'s decision from the workers' new spaces as last reported (undefined: none yet):
 * hold only while every live worker's is full, so that none is held below its limit.
 */
export function holdsYoung(workers: readonly (number | undefined)[], limitMb: number): boolean {
  return workers.length > 0 && workers.every((b) => b !== undefined && youngFull(b, limitMb));
}

/**
 * Tasks sent ahead to each worker: while the main thread writes a batch (tens to hundreds of ms)
 * it cannot hand out work, so each worker holds a backlog instead of waiting idle. Two were
 * too few (a text ingest's workers idled ~45% of the time); beyond the first task, a worker's
 * backlog is also bounded by the bytes of its files.
 */
const PER_WORKER = 12;
const AHEAD_BYTES = 32 * 1024 * 1024;

const queuedBytes = (slot: Slot): number => slot.tasks.reduce((n, t) => n + t.msg.bytes.byteLength, 0);

class WorkerPool implements Processor {
  readonly threads: number;
  private slots: Slot[] = [];
  private waiting: Task[] = [];
  private nextId = 1;
  private closed = false;
  private readonly timeoutMs: number;
  private readonly maxHeapMb: number;
  /** the heap limit of a worker started now */
  private heapMb: number;
  /** `--semi-space-growth-factor` is 1 (`holdYoung`) */
  private youngHeld = false;

  constructor(
    private readonly url: URL,
    private readonly opts: PoolOptions,
  ) {
    this.threads = Math.max(1, opts.workers ?? defaultConcurrency());
    this.timeoutMs = opts.timeoutMs ?? 5 * 60_000;
    this.maxHeapMb = opts.maxHeapMb ?? 1024;
    this.heapMb = Math.min(opts.firstHeapMb ?? this.maxHeapMb, this.maxHeapMb);
  }

  private spawn(): Slot {
    const served = this.opts.segmenter?.();
    const workerData: WorkerSetup = { warmUp: this.opts.warmUp ?? true, segmenter: served?.link, reportYoung: !!(this.opts.holdYoung && this.opts.youngMb) };
    const worker = new Worker(this.url, {
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, ...(this.opts.youngMb ? { maxYoungGenerationSizeMb: this.opts.youngMb } : {}) },
      workerData,
      transferList: served ? [served.link.port] : [],
    });
    const slot: Slot = { worker, heapMb: this.heapMb, tasks: [], timer: null, release: () => served?.close() };
    // a new isolate sets the factor back to 2 (V8's ConfigureHeap)
    this.youngHeld = false;
    worker.on('message', (m: ResultMessage) => {
      if (m.young !== undefined) {
        slot.youngBytes = m.young;
        this.holdYoung();
      }
      const t = slot.tasks[0];
      if (!t || t.msg.id !== m.id) return;
      slot.tasks.shift();
      this.startTimer(slot);
      if (m.ok) t.resolve(m.versions ?? m.doc);
      else t.reject(new ProcessFailure(m.reason, !!m.config));
      this.pump();
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code !== 'ERR_WORKER_OUT_OF_MEMORY') this.fail(slot, `parser crashed: ${failureReason(e)}`);
      else if (slot.heapMb < this.maxHeapMb) this.fail(slot, null); // under the first limit: again, with the full one
      else this.fail(slot, 'too large: the parser ran out of memory');
    });
    worker.on('exit', (code) => {
      if (!this.closed && slot.worker === worker) this.fail(slot, `parser exited unexpectedly (code ${code})`);
    });
    worker.unref();
    return slot;
  }

  /** Sets or lifts `holdYoung` as the workers' young generations now say. */
  private holdYoung(): void {
    const hold = holdsYoung(this.slots.map((s) => s.youngBytes), this.opts.youngMb ?? 0);
    if (hold === this.youngHeld) return;
    this.youngHeld = hold;
    setFlagsFromString(`--semi-space-growth-factor=${hold ? 1 : 2}`);
  }

  /**
   * The slot's running task failed the worker (crash, out of memory, timeout): that file fails,
   * the worker is replaced, and the files queued behind it go back to the front of the queue.
   * `why` null: the worker ran out of memory under the first heap limit; the file goes back too,
   * first, and this worker's replacement and every later one get the full limit.
   */
  private fail(slot: Slot, why: string | null): void {
    if (!this.slots.includes(slot)) return;
    const [task, ...rest] = slot.tasks;
    slot.tasks = [];
    this.startTimer(slot);
    if (why === null) this.heapMb = this.maxHeapMb;
    this.replace(slot);
    this.waiting.unshift(...(why === null && task ? [task] : []), ...rest);
    if (why !== null) task?.reject(new ProcessFailure(why));
    this.pump();
  }

  /** (Re)starts the timeout of the slot's running task, if any. */
  private startTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.tasks.length === 0) return;
    slot.timer = setTimeout(() => this.fail(slot, `timed out after ${Math.round(this.timeoutMs / 1000)} s`), this.timeoutMs);
  }

  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    void slot.worker.terminate().catch(() => {});
    slot.release();
    if (!this.closed) this.slots.push(this.spawn());
  }

  private pump(): void {
    // the workers start with the first task, not with the pool: a batch of files that are all
    // stored already never starts them (each loads the rules and jieba: ~1 s of CPU)
    // (a failed worker is replaced in place, so no slots means none started yet, or closed)
    if (this.slots.length === 0 && this.waiting.length > 0 && !this.closed) {
      for (let i = 0; i < this.threads; i++) this.slots.push(this.spawn());
    }
    // round-robin: every worker gets one task before any gets a second
    for (let depth = 0; depth < PER_WORKER && this.waiting.length > 0; depth++) {
      for (const slot of this.slots) {
        if (this.waiting.length === 0) break;
        if (slot.tasks.length > depth) continue;
        if (depth > 0 && queuedBytes(slot) + this.waiting[0]!.msg.bytes.byteLength > AHEAD_BYTES) continue;
        const t = this.waiting.shift()!;
        slot.tasks.push(t);
        if (slot.tasks.length === 1) this.startTimer(slot);
        slot.worker.ref();
        // copied, not transferred: the files queued behind a worker that fails go to another
        // worker (a transferred buffer is detached: posting it again threw and ended the batch)
        slot.worker.postMessage(t.msg);
      }
    }
    for (const slot of this.slots) if (slot.tasks.length === 0) slot.worker.unref();
  }

  reextract(c: StoredCanonical): Promise<ProcessedDocument | DocumentRows> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    return new Promise((resolve, reject) => {
      const msg: TaskMessage = { id: this.nextId++, path: c.source, bytes: new Uint8Array(0), options: {}, canonical: c, packed: this.opts.packed };
      this.waiting.push({ msg, resolve: resolve as Task['resolve'], reject });
      this.pump();
    });
  }

  familyVersions(): Promise<FamilyVersions> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    return new Promise<FamilyVersions>((resolve, reject) => {
      const msg: TaskMessage = { id: this.nextId++, path: '(rules versions)', bytes: new Uint8Array(0), options: {}, versions: true };
      this.waiting.push({ msg, resolve: resolve as Task['resolve'], reject });
      this.pump();
    });
  }

  run(path: string, bytes: Buffer): Promise<ProcessedDocument | DocumentRows> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    // a buffer of its own, exactly the file (a Buffer may be a view of a larger shared slab)
    const own = new Uint8Array(bytes.byteLength);
    own.set(bytes);
    return new Promise((resolve, reject) => {
      this.waiting.push({ msg: { id: this.nextId++, path, bytes: own, options: this.opts.process ?? {}, packed: this.opts.packed }, resolve: resolve as Task['resolve'], reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.waiting.splice(0)) t.reject(new ProcessFailure('interrupted'));
    for (const s of this.slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate().catch(() => 0)));
    for (const s of this.slots) s.release();
    this.slots = [];
  }
}
