// GB18030 encoder without a dependency: iconv-lite is not installed, and TextEncoder only
// writes UTF-8. Node's TextDecoder (full ICU) *decodes* GB18030, so the reverse table is built
// once by decoding every two-byte code (and, on the first character missing from it, every
// four-byte BMP code). Round trip is checked by the tests.

type Table = Map<number, Uint8Array>;
let two: Table | null = null;
let four: Table | null = null;

function buildTwo(): Table {
  const dec = new TextDecoder('gb18030');
  const m: Table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const s = dec.decode(Uint8Array.of(lead, trail));
      if (s.length !== 1 || s === '\ufffd') continue;
      const cp = s.charCodeAt(0);
      if (!m.has(cp)) m.set(cp, Uint8Array.of(lead, trail));
    }
  }
  return m;
}

function buildFour(): Table {
  const dec = new TextDecoder('gb18030');
  const m: Table = new Map();
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++)
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          const s = dec.decode(Uint8Array.of(b1, b2, b3, b4));
          if (s.length !== 1 || s === '\ufffd') continue;
          const cp = s.charCodeAt(0);
          if (!m.has(cp)) m.set(cp, Uint8Array.of(b1, b2, b3, b4));
        }
  return m;
}

/** Encodes a string (BMP only, as every sample is) as GB18030 bytes. */
export function encodeGb18030(text: string): Buffer {
  two ??= buildTwo();
  const out = Buffer.allocUnsafe(text.length * 4);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0x80) {
      out[n++] = cp;
      continue;
    }
    let b = two.get(cp);
    if (!b) {
      four ??= buildFour();
      b = four.get(cp);
    }
    if (!b) throw new Error(`GB18030: cannot encode U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
    for (const x of b) out[n++] = x;
  }
  return out.subarray(0, n);
}
