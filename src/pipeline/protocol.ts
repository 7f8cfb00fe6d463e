// Messages between the pool (main thread) and its workers.
import type { ProcessedDocument } from '../types.js';
import { IngestError } from '../types.js';
import type { FamilyVersions } from '../rules/loader.js';
import type { ProcessOptions, StoredCanonical } from './process.js';
import type { DocumentRows } from '../store/document-rows.js';

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

export type ResultMessage =
  | { id: number; ok: true; doc: ProcessedDocument | DocumentRows; versions?: undefined }
  | { id: number; ok: true; versions: FamilyVersions; doc?: undefined }
  | { id: number; ok: false; reason: string; config?: boolean };

/** A broken rule file (rules/*.yaml): no file can be processed, so the batch stops (exit 2). */
export function isConfigError(e: unknown): boolean {
  return (e as { name?: string })?.name === 'RuleFileError';
}

/** One line for the user: an IngestError's reason, else the error's message. */
export function failureReason(e: unknown): string {
  if (e instanceof IngestError) return e.reason;
  const err = e as { name?: string; reason?: unknown; message?: string; code?: string };
  if (err && err.name === 'IngestError' && typeof err.reason === 'string') return err.reason;
  if (err?.code === 'ENOENT') return 'no such file or directory';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a directory';
  const msg = (err?.message ?? String(e)).split('\n')[0];
  return msg || 'unknown error';
}
