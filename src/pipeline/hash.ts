// The id of a file: SHA-256 of its bytes (kept apart from process.ts so that the main thread of
// an ingest, which hashes every file, does not load the parsers and extractors the workers run).
import { createHash } from 'node:crypto';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
