// Exact decimal arithmetic on decimal strings ("11490", "1.6", "-0.5") with BigInt:
// a value is n / 10^scale. Never floats.
export interface Dec {
  n: bigint;
  scale: number;
}

export function dec(s: string | number): Dec {
  const str = typeof s === 'number' ? numberToString(s) : s.trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(str);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(`not a decimal: ${s}`);
  const frac = m[3] ?? '';
  let n = BigInt((m[2] || '0') + frac);
  let scale = frac.length;
  const exp = m[4] ? Number(m[4]) : 0;
  if (exp > 0) {
    if (exp >= scale) {
      n *= 10n ** BigInt(exp - scale);
      scale = 0;
    } else scale -= exp;
  } else if (exp < 0) scale -= exp;
  if (m[1] === '-') n = -n;
  return { n, scale };
}

function numberToString(x: number): string {
  // shortest round-trip representation; exact for the decimals JSON carries
  return String(x);
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const s = Math.max(a.scale, b.scale);
  return [a.n * 10n ** BigInt(s - a.scale), b.n * 10n ** BigInt(s - b.scale), s];
}

export function add(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { n: x + y, scale: s };
}

export function sub(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { n: x - y, scale: s };
}

export function mul(a: Dec, b: Dec): Dec {
  return { n: a.n * b.n, scale: a.scale + b.scale };
}

export function cmp(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function abs(a: Dec): Dec {
  return { n: a.n < 0n ? -a.n : a.n, scale: a.scale };
}

export function toString(a: Dec): string {
  const neg = a.n < 0n;
  let digits = (neg ? -a.n : a.n).toString();
  if (a.scale > 0) {
    digits = digits.padStart(a.scale + 1, '0');
    let s = `${digits.slice(0, -a.scale)}.${digits.slice(-a.scale)}`;
    s = s.replace(/\.?0+$/, '');
    return (neg ? '-' : '') + s;
  }
  return (neg ? '-' : '') + digits;
}

export const ZERO: Dec = { n: 0n, scale: 0 };

/**
 * The place value of the lowest non-zero digit: 30 → 10, 100 → 100, 1.6 → 0.1, 16000 → 1000,
 * 11490 → 10. 0 → 1.
 */
export function lastDigitStep(a: Dec): Dec {
  if (a.n === 0n) return { n: 1n, scale: 0 };
  let n = a.n < 0n ? -a.n : a.n;
  const scale = a.scale;
  let power = 0; // step = 10^(power - scale)
  while (n % 10n === 0n) {
    n /= 10n;
    power++;
  }
  if (power >= scale) return { n: 10n ** BigInt(power - scale), scale: 0 };
  return { n: 1n, scale: scale - power };
}

/** a / 2 exactly */
export function half(a: Dec): Dec {
  return { n: a.n * 5n, scale: a.scale + 1 };
}

/** a * (p/100) exactly */
export function percentOf(a: Dec, p: number): Dec {
  return mul(a, { n: BigInt(p), scale: 2 });
}
