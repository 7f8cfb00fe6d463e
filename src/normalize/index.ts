// PLACEHOLDER until normalize lands.
import type { Canonical, CanonicalLine, IngestResult } from '../types.js';

export function normalize(r: IngestResult): Canonical {
  const lines: CanonicalLine[] = [];
  const parts: string[] = [];
  let pos = 0;
  for (const l of r.lines) {
    const t = l.text.trim();
    if (!t) continue;
    parts.push(t);
    lines.push({ start: pos, end: pos + t.length, page: l.page, heading: l.kind === 'heading', level: l.level });
    pos += t.length + 1;
  }
  return { text: parts.join('\n'), lines };
}
