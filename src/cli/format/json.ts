// JSON output: bigints as numbers when safe, else strings; Buffers as base64.
export function toJsonValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (Buffer.isBuffer(v)) return v.toString('base64');
  return v;
}

export function formatJson(value: unknown, pretty = true): string {
  return JSON.stringify(value, (_k, v) => toJsonValue(v), pretty ? 2 : undefined) + '\n';
}
