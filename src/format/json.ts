// JSON output: bigints as numbers when safe, else strings; Buffers as base64 (encode.ts).
import { jsonOf } from './encode.js';

export function formatJson(value: unknown, pretty = true): string {
  return JSON.stringify(value, (_k, v) => jsonOf(v), pretty ? 2 : undefined) + '\n';
}

/** One line of JSON lines. */
export function jsonLine(value: unknown): string {
  return formatJson(value, false);
}
