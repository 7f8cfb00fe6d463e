import type { Canonical } from '../../src/types.js';

/** A canonical text from hand-written lines (as the normalizer will hand it over). */
export function canon(text: string): Canonical {
  const lines: Canonical['lines'] = [];
  let pos = 0;
  for (const l of text.split('\n')) {
    lines.push({ start: pos, end: pos + l.length, page: null, heading: false });
    pos += l.length + 1;
  }
  return { text, lines };
}
