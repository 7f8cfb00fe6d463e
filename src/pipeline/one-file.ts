// One file processed for `extract` and `check`, with a time limit: a file that makes a parser or an
// extractor run away (a pathological line, a decompression bomb) ends with a reason after
// `timeoutMs`, as in a batch, instead of holding the command for ever.
//
// A small text file is processed in this thread: decoding it is linear, and what can run away
// (normalize, structure, the extractors' patterns) is synchronous, which a V8 watchdog stops
// (vm's `timeout`, regular expressions included). That saves a cold `extract` the worker's start
// and its second copy of the modules (~0.15 s of CPU of ~0.75 s). Every other file goes to a
// worker thread, which the pool terminates at the limit and which has its own memory bound. From
// the TS sources (tests) there is no compiled worker: the file is processed in-process, with no limit.
import { readFile, stat } from 'node:fs/promises';
import { Script } from 'node:vm';
import type { ProcessedDocument } from '../types.js';
import { createProcessor, ProcessFailure } from './pool.js';
import { failureReason, isConfigError } from './protocol.js';
import { serveSegmenter } from '../extract/named/jieba-port.js';

/** the batch's default per file (pool.ts) */
export const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/** text files up to this size are processed in this thread (a bulletin is 10–50 KB) */
const IN_THREAD_MAX_BYTES = 1024 * 1024;

/** Rejects with a ProcessFailure (`config` when a rule file is broken). */
export async function processOne(path: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ProcessedDocument> {
  const started = Date.now();
  const text = await smallTextFile(path);
  if (text) return processHere(path, text, started + timeoutMs, timeoutMs);
  // no warm-up (nothing to overlap it with); this thread, idle meanwhile, loads jieba for the worker
  const processor = createProcessor({ workers: 1, timeoutMs, warmUp: false, segmenter: serveSegmenter });
  try {
    // no bytes: the reader opens the file itself (its messages for a missing or unreadable file)
    return (await processor.run(path, Buffer.alloc(0))) as ProcessedDocument;
  } finally {
    await processor.close();
  }
}

/** The bytes of a plain text or Markdown file of at most IN_THREAD_MAX_BYTES; else null (anything unreadable too: the worker reports it). */
async function smallTextFile(path: string): Promise<Buffer | null> {
  try {
    const st = await stat(path);
    if (!st.isFile() || st.size === 0 || st.size > IN_THREAD_MAX_BYTES) return null;
    const buf = await readFile(path);
    const { detectFormat } = await import('../ingest/detect.js');
    const { format } = detectFormat(path, buf);
    if (format !== 'txt' && format !== 'md') return null;
    const { looksLikeHtml } = await import('../ingest/index.js');
    return looksLikeHtml(path, buf) ? null : buf;
  } catch {
    return null;
  }
}

async function processHere(path: string, bytes: Buffer, deadline: number, timeoutMs: number): Promise<ProcessedDocument> {
  try {
    const { processFile } = await import('./process.js');
    return await processFile(path, bytes, { guard: (run) => withinTime(run, deadline) });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new ProcessFailure(`timed out after ${Math.round(timeoutMs / 1000)} s`);
    throw new ProcessFailure(failureReason(e), isConfigError(e));
  }
}

// vm's watchdog stops whatever JavaScript runs, synchronously, inside the script's run: the script
// only calls the function handed over through a global
const GUARDED = '__gongwenGuarded';
let guardScript: Script | null = null;

/** run(), stopped with ERR_SCRIPT_EXECUTION_TIMEOUT when it is still running at `deadline` (ms since the epoch) */
export function withinTime<T>(run: () => T, deadline: number): T {
  guardScript ??= new Script(`globalThis.${GUARDED}()`, { filename: 'gongwen-time-limit' });
  const g = globalThis as unknown as Record<string, unknown>;
  g[GUARDED] = run;
  try {
    return guardScript.runInThisContext({ timeout: Math.max(1, deadline - Date.now()) }) as T;
  } finally {
    delete g[GUARDED];
  }
}
