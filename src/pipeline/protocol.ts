// Messages between the pool (main thread) and its workers.
// (types only: the one-file commands' main thread loads this before spawning its worker, and
// types.js would bring zod, ~60 ms, onto that path)
import type { ProcessedDocument } from '../types.js';
import type { FamilyVersions } from '../rules/loader.js';
import type { ProcessOptions, StoredCanonical } from './process.js';
import type { DocumentRows } from '../store/document-rows.js';
import type { SegmenterLink } from '../extract/named/jieba-port.js';

/** What a worker reads at its start (workerData). */
export interface WorkerSetup {
  /** extract a two-line text before the first file (a batch: while the main thread walks the folders) */
  warmUp: boolean;
  /** segment through this link to the main thread's jieba instead of loading one (one-file commands) */
  segmenter?: SegmenterLink;
  /** report the size of this thread's new space, with an answer, whenever it has changed (pool.ts, `holdYoung`) */
  reportYoung?: boolean;
}

export interface TaskMessage {
  id: number;
  path: string;
  bytes: Uint8Array;
  options: ProcessOptions;
  /** when set: re-extract this stored canonical text instead of parsing bytes */
  canonical?: StoredCanonical;
  /** answer with the SQL rows (DocumentRows) instead of the ProcessedDocument: cheaper to clone */
  packed?: boolean;
  /** when set: no file; answer with the current rules' family versions (`versions`) */
  versions?: boolean;
}

export type ResultMessage = (
  | { id: number; ok: true; doc: ProcessedDocument | DocumentRows; versions?: undefined }
  | { id: number; ok: true; versions: FamilyVersions; doc?: undefined }
  | { id: number; ok: false; reason: string; config?: boolean }
) & {
  /** the worker's new space, bytes, when it changed since the last report (`reportYoung`) */
  young?: number;
};

/** A broken rule file (rules/*.yaml): no file can be processed, so the batch stops (exit 2). */
export function isConfigError(e: unknown): boolean {
  return (e as { name?: string })?.name === 'RuleFileError';
}

/** One line for the user: an IngestError's reason, else the error's message. */
export function failureReason(e: unknown): string {
  // an IngestError (types.ts), by its name: also one from another realm
  const err = e as { name?: string; reason?: unknown; message?: string; code?: string };
  if (err && err.name === 'IngestError' && typeof err.reason === 'string') return err.reason;
  if (err?.code === 'ENOENT') return 'no such file or directory';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a directory';
  const msg = (err?.message ?? String(e)).split('\n')[0];
  return msg || 'unknown error';
}
