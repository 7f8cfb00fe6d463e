// Exact decimal helpers on strings (no float arithmetic).

/** "800" × "10000" → "8000000" for factors that are powers of ten */
export function timesPow10(value: string, factor: string): string {
  const zeros = factor.length - 1;
  if (!/^10*$/.test(factor) || zeros === 0) return value;
  const neg = value.startsWith('-');
  const v = neg ? value.slice(1) : value;
  const [int, frac = ''] = v.split('.');
  const digits = int + frac.padEnd(zeros, '0');
  const intLen = int.length + zeros;
  let out = digits.slice(0, intLen).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(intLen).replace(/0+$/, '');
  if (rest) out += '.' + rest;
  return (neg ? '-' : '') + out;
}
