// How much of a file is valid UTF-8, line by line: tells a UTF-8 file with a few damaged bytes
// (decoded with U+FFFD and reported) from a legacy Chinese file (GB18030, Big5) and from a file
// that mixes the two (refused: any single decoding of it is wrong somewhere).

export interface Utf8Scan {
  /** bytes that are not part of a valid UTF-8 sequence */
  invalid: number;
  /** byte offset of the first of them (-1: none) */
  firstInvalid: number;
  /** lines with at least 3 valid 3- or 4-byte sequences (Chinese in UTF-8) and no invalid byte */
  utf8Lines: number;
  /** lines holding an invalid byte */
  badLines: number;
}

const cont = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/** Length of the valid UTF-8 sequence starting at i (1 for ASCII), or 0 when invalid. */
function seqLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  if (c >= 0xc2 && c <= 0xdf) return cont(b[i + 1]) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const c1 = b[i + 1];
    if (c1 === undefined || !cont(c1) || !cont(b[i + 2])) return 0;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f)) return 0; // overlong, surrogate
    return 3;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const c1 = b[i + 1];
    if (c1 === undefined || !cont(c1) || !cont(b[i + 2]) || !cont(b[i + 3])) return 0;
    if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return 0;
    return 4;
  }
  return 0;
}

export function scanUtf8(b: Uint8Array): Utf8Scan {
  const s: Utf8Scan = { invalid: 0, firstInvalid: -1, utf8Lines: 0, badLines: 0 };
  let wide = 0; // valid 3- and 4-byte sequences on this line
  let bad = false;
  const endLine = () => {
    if (bad) s.badLines++;
    else if (wide >= 3) s.utf8Lines++;
    wide = 0;
    bad = false;
  };
  for (let i = 0; i < b.length; ) {
    if (b[i] === 0x0a) {
      endLine();
      i++;
      continue;
    }
    const n = seqLength(b, i);
    if (n === 0) {
      if (s.firstInvalid < 0) s.firstInvalid = i;
      s.invalid++;
      bad = true;
      i++;
      continue;
    }
    if (n >= 3) wide++;
    i += n;
  }
  endLine();
  return s;
}

/**
 * A UTF-8 text with a few damaged bytes: nearly all lines with Chinese are valid UTF-8, and the
 * damaged lines are few (at most 2, or 1 in 50 of the valid ones).
 */
export function mostlyUtf8(s: Utf8Scan): boolean {
  return s.utf8Lines > 0 && s.badLines <= Math.max(2, Math.floor(s.utf8Lines / 50));
}

/** UTF-8 and something else in one file: many lines of each. */
export function mixedUtf8(s: Utf8Scan): boolean {
  return s.utf8Lines >= 3 && s.badLines >= 3 && s.utf8Lines * 50 >= s.badLines;
}
