// Helpers for the sample tests: source text up to whitespace and Markdown markup, and the
// share of its characters that the canonical text keeps in order (LCS).
import { readFileSync } from 'node:fs';

/** Remove all whitespace and Markdown markers (# headings, **, *, list dashes, --- rules, > quotes). */
export function bare(text: string, markdown = false): string {
  let t = text;
  if (markdown) {
    t = t
      .split(/\r?\n/)
      .filter((l) => !/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(l))
      .map((l) => l.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/^\s*>\s?/, '').replace(/^\s*[-*+]\s+/, ''))
      .join('\n')
      .replace(/\*\*|__/g, '')
      .replace(/\*/g, '');
  }
  return t.normalize('NFC').replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

/** Length of the longest common subsequence (O(n·m) time, O(m) memory). */
export function lcs(a: string, b: string): number {
  const A = Array.from(a);
  const B = Array.from(b);
  let prev = new Uint32Array(B.length + 1);
  let cur = new Uint32Array(B.length + 1);
  for (let i = 1; i <= A.length; i++) {
    const ai = A[i - 1];
    for (let j = 1; j <= B.length; j++) {
      cur[j] = ai === B[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[B.length]!;
}

/** Characters of the source kept in order, relative to the longer of the two (so extra text counts too). */
export function similarity(canonical: string, source: string): number {
  const a = bare(canonical);
  const b = bare(source);
  if (!a.length && !b.length) return 1;
  return lcs(a, b) / Math.max(a.length, b.length);
}

export const readSample = (name: string): string => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8');
