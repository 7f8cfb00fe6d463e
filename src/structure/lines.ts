// The canonical text as a list of lines, each with the offset of its content once any leftover
// Markdown markup (#, **, list dashes) is stepped over, so that everything found keeps exact
// offsets into the canonical text whether or not the normalizer has removed the markup.
import type { Canonical } from '../types.js';

export interface Line {
  /** index in the list of non-empty lines */
  idx: number;
  /** offset of the line's first char in the canonical text */
  start: number;
  /** offset just after its last char (before the '\n') */
  end: number;
  /** the line's content without markup */
  text: string;
  /** offset of text[0] in the canonical text */
  textStart: number;
  /** the source marks it as a heading (DOCX heading style, Markdown #) */
  heading: boolean;
  /** the heading's level (1 = top) when the source states it (Markdown ## is 2, a DOCX Heading 2 style) */
  level?: number;
}

const RULE_LINE = /^\s*([-*_—=]\s*){3,}$/;

export function toLines(c: Canonical): Line[] {
  const headingAt = new Map<number, number | undefined>();
  for (const l of c.lines ?? []) if (l.heading) headingAt.set(l.start, l.level);
  const out: Line[] = [];
  let pos = 0;
  for (const raw of c.text.split('\n')) {
    const start = pos;
    const end = pos + raw.length;
    pos = end + 1;
    if (RULE_LINE.test(raw)) continue;
    let a = 0;
    let b = raw.length;
    const lead = /^[\s\u3000]*(#{1,6}\s+)?([-+*]\s+(?=\S))?(\*\*|__)?[\s\u3000]*/.exec(raw);
    let heading = headingAt.has(start);
    if (lead) {
      a = lead[0].length;
      if (lead[1]) heading = true;
    }
    while (b > a && /[\s\u3000]/.test(raw[b - 1]!)) b--;
    if (raw.slice(a, b).endsWith('**') && raw.slice(a, b - 2).includes('**') === false && lead?.[3]) b -= 2;
    while (b > a && /[\s\u3000]/.test(raw[b - 1]!)) b--;
    if (b <= a) continue;
    const level = headingAt.get(start) ?? (lead?.[1] ? lead[1].trim().length : undefined);
    out.push({ idx: out.length, start, end, text: raw.slice(a, b), textStart: start + a, heading, ...(heading && level ? { level } : {}) });
  }
  return out;
}
