// Exact decimal arithmetic on BigInt-scaled values: value = int / 10^scale. Never floats.
export interface Dec {
  readonly int: bigint;
  readonly scale: number;
}

export const ZERO: Dec = { int: 0n, scale: 0 };

const POW10: bigint[] = [];
export function pow10(k: number): bigint {
  if (k < 64) {
    let p = POW10[k];
    if (p === undefined) {
      p = 10n ** BigInt(k);
      POW10[k] = p;
    }
    return p;
  }
  return 10n ** BigInt(k);
}

/** removes trailing zeros of the fraction */
export function norm(d: Dec): Dec {
  let { int, scale } = d;
  while (scale > 0 && int % 10n === 0n) {
    int /= 10n;
    scale--;
  }
  return { int, scale };
}

/** from ASCII digit strings: dec('1', '73') = 1.73 */
export function dec(intDigits: string, fracDigits = ''): Dec {
  return norm({ int: BigInt((intDigits || '0') + fracDigits), scale: fracDigits.length });
}

export function fromBigInt(n: bigint): Dec {
  return { int: n, scale: 0 };
}

/** parses '173000000', '42.18', '0.5' (no sign, no exponent); null otherwise */
export function parseDec(s: string): Dec | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  return dec(m[1]!, m[2] ?? '');
}

/** d × 10^k (k may be negative) */
export function mulPow10(d: Dec, k: number): Dec {
  if (k >= 0) {
    if (d.scale >= k) return norm({ int: d.int, scale: d.scale - k });
    return { int: d.int * pow10(k - d.scale), scale: 0 };
  }
  return norm({ int: d.int, scale: d.scale - k });
}

export function mulInt(d: Dec, n: bigint): Dec {
  return norm({ int: d.int * n, scale: d.scale });
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.int, b.int, a.scale];
  if (a.scale > b.scale) return [a.int, b.int * pow10(a.scale - b.scale), a.scale];
  return [a.int * pow10(b.scale - a.scale), b.int, b.scale];
}

export function add(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return norm({ int: x + y, scale: s });
}

export function cmp(a: Dec, b: Dec): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(d: Dec): boolean {
  return d.int === 0n;
}

/** true when d is an integer */
export function isInteger(d: Dec): boolean {
  return norm(d).scale === 0;
}

/**
 * a / b as a decimal. Exact when the quotient terminates within 12 decimals
 * (1/4 → 0.25, 1/8 → 0.125); otherwise rounded half-up to `places` (default 6)
 * decimals (1/3 → 0.333333, 2/3 → 0.666667). `exact` tells which.
 */
export function div(a: Dec, b: Dec, places = 6): { value: Dec; exact: boolean } | null {
  if (b.int === 0n) return null;
  // a/b = (a.int / 10^a.scale) / (b.int / 10^b.scale) = a.int*10^b.scale / (b.int*10^a.scale)
  const num = a.int * pow10(b.scale);
  const den = b.int * pow10(a.scale);
  const wide = num * pow10(12);
  if (wide % den === 0n) return { value: norm({ int: wide / den, scale: 12 }), exact: true };
  const scaled = num * pow10(places);
  let q = scaled / den;
  if ((scaled % den) * 2n >= den) q += 1n;
  return { value: norm({ int: q, scale: places }), exact: false };
}

export function toDecimalString(d: Dec): string {
  const n = norm(d);
  if (n.scale === 0) return n.int.toString();
  const s = n.int.toString().padStart(n.scale + 1, '0');
  return `${s.slice(0, s.length - n.scale)}.${s.slice(s.length - n.scale)}`;
}
