// One file processed for `extract` and `check`, in a worker thread with a time limit: a file that
// makes a parser or an extractor run away (a pathological line, a decompression bomb) ends with a
// reason after `timeoutMs`, as in a batch, instead of holding the command for ever. From the TS
// sources (tests) there is no compiled worker: the file is processed in-process, with no limit.
import type { ProcessedDocument } from '../types.js';
import { createProcessor } from './pool.js';
import { serveSegmenter } from '../extract/named/jieba-port.js';

/** the batch's default per file (pool.ts) */
export const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/** Rejects with a ProcessFailure (`config` when a rule file is broken). The worker reads the file. */
export async function processOne(path: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ProcessedDocument> {
  // no warm-up (nothing to overlap it with); this thread, idle meanwhile, loads jieba for the worker
  const processor = createProcessor({ workers: 1, timeoutMs, warmUp: false, segmenter: serveSegmenter });
  try {
    // no bytes: the reader opens the file itself (its messages for a missing or unreadable file)
    return (await processor.run(path, Buffer.alloc(0))) as ProcessedDocument;
  } finally {
    await processor.close();
  }
}
