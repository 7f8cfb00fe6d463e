// Property-ish and unit tests of the number finder: exact arithmetic, spans, samples, speed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumbers, parseNumber } from '../../src/extract/numbers/index.js';
import { add, cmp, dec, div, mulPow10, parseDec, toDecimalString } from '../../src/extract/numbers/decimal.js';

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** a standard reading of n (0 < n < 10^16) in Chinese numerals, written independently of the parser */
function toChinese(n: bigint): string {
  const section = (x: number, leadingZero: boolean): string => {
    const units = ['千', '百', '十', ''];
    const ds = [Math.floor(x / 1000), Math.floor(x / 100) % 10, Math.floor(x / 10) % 10, x % 10];
    let out = '';
    let zero = leadingZero;
    for (let i = 0; i < 4; i++) {
      const d = ds[i]!;
      if (d === 0) {
        if (out || leadingZero) zero = true;
        continue;
      }
      if (zero && (out || leadingZero)) out += '零';
      zero = false;
      out += CN[d]! + units[i]!;
    }
    return out;
  };
  const parts: number[] = [];
  let m = n;
  while (m > 0n) {
    parts.push(Number(m % 10000n));
    m /= 10000n;
  }
  const bigs = ['', '万', '亿', '万'];
  let out = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    const big = i === 3 ? '万' : bigs[i]!;
    if (p === 0) {
      if (i === 2 && out && !out.endsWith('亿')) out += '亿';
      continue;
    }
    const s = section(p, out !== '' && p < 1000);
    out += s + (i === 3 ? '万' : big);
  }
  if (out.startsWith('一十')) out = out.slice(1);
  return out;
}

describe('decimal arithmetic', () => {
  it('never drifts: 1.73 × 10^8, 16.4 × 10^8, 1.57', () => {
    expect(toDecimalString(mulPow10(dec('1', '73'), 8))).toBe('173000000');
    expect(toDecimalString(mulPow10(dec('16', '4'), 8))).toBe('1640000000');
    expect(toDecimalString(add(dec('1', '5'), dec('0', '07')))).toBe('1.57');
    expect(toDecimalString(mulPow10(dec('12345', '6'), -3))).toBe('12.3456');
  });
  it('divides exactly when it terminates, else to 6 places', () => {
    expect(toDecimalString(div(dec('1'), dec('8'))!.value)).toBe('0.125');
    expect(div(dec('1'), dec('3'))).toEqual({ value: dec('0', '333333'), exact: false });
    expect(div(dec('1'), dec('0'))).toBeNull();
  });
  it('parseDec/toDecimalString round-trip, compare matches number order', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }), (n, s) => {
        const d = { int: n, scale: s };
        const str = toDecimalString(d);
        expect(cmp(parseDec(str)!, d)).toBe(0);
      }),
    );
  });
});

describe('parseNumber properties', () => {
  it('Arabic integers read back exactly, with and without thousands separators', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (n) => {
        expect(parseNumber(n.toString())).toBe(n.toString());
        expect(parseNumber(n.toLocaleString('en-US'))).toBe(n.toString());
      }),
    );
  });
  it('decimals × 万/亿 are exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 1, max: 9999 }), fc.constantFrom(['万', 4], ['亿', 8]), (i, f, [u, k]) => {
        const s = `${i}.${f}`;
        const want = toDecimalString(mulPow10(parseDec(s)!, k as number));
        expect(parseNumber(`${s}${u}`)).toBe(want);
      }),
    );
  });
  it('standard Chinese readings of 1..10^16 read back exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 16n - 1n }), (n) => {
        const cn = toChinese(n);
        expect(parseNumber(cn), cn).toBe(n.toString());
      }),
      { numRuns: 500 },
    );
    expect(toChinese(1903971n)).toBe('一百九十万三千九百七十一');
    expect(toChinese(100001n)).toBe('十万零一');
  });
  it('full-width digits read like ASCII digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), (n) => {
        const fw = String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
        expect(parseNumber(fw)).toBe(String(n));
      }),
    );
  });
});

describe('findNumbers invariants', () => {
  const samples = ['samples/kuaibao-2022-23-tobacco.txt', 'samples/notice-yungongtong-2022-21.txt', 'samples/kuaibao-2021-10-qujing.md'];
  it.each(samples)('%s: spans are exact, ordered, disjoint and parse back', (f) => {
    const text = readFileSync(f, 'utf8');
    const ms = findNumbers(text);
    expect(ms.length).toBeGreaterThan(0);
    let last = 0;
    for (const m of ms) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(last);
      last = m.end;
      expect(m.value).toMatch(/^\d+(\.\d+)?$/);
      if (m.high !== null) expect(cmp(parseDec(m.high)!, parseDec(m.value)!)).toBe(1);
    }
  });
  it('the tobacco bulletin: the figures an editor checks are found, issue numbers and dates are not', () => {
    const text = readFileSync('samples/kuaibao-2022-23-tobacco.txt', 'utf8');
    const got = findNumbers(text).map((m) => m.text);
    for (const w of ['29', '39', '1287', '约 1.6 万', '6000 多万', '800 万', '100%', '17679', '11490', '1167']) expect(got).toContain(w);
    for (const w of ['2022', '23', '74', '9', '1135', '十九']) expect(got).not.toContain(w);
  });
  it('from/to limit the scan', () => {
    const t = '共有劳模105人，工匠20人';
    expect(findNumbers(t, 0, 8).map((m) => m.text)).toEqual(['105']);
    expect(findNumbers(t, 8).map((m) => m.text)).toEqual(['20']);
    expect(findNumbers(t, 4, 5).map((m) => m.text)).toEqual(['1']);
  });
  it('random text never throws and spans stay exact', () => {
    const alphabet = [...'0123456789一二两三十百千万亿零〇点分之%％余多约近第年月日号、（）“”.,- 人个统一十四五'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (cs) => {
        const t = cs.join('');
        for (const m of findNumbers(t)) {
          expect(t.slice(m.start, m.end)).toBe(m.text);
          expect(m.end).toBeGreaterThan(m.start);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('linear time on pathological input', () => {
  const cases: [string, string][] = [
    ['digits', '1'.repeat(1 << 20)],
    ['一', '一'.repeat(1 << 20)],
    ['十', '十'.repeat(1 << 20)],
    ['一十', '一十'.repeat(1 << 19)],
    ['1,', '1,'.repeat(1 << 19)],
    ['1.', '1.'.repeat(1 << 19)],
    ['1-', '1-'.repeat(1 << 19)],
    ['零', '零'.repeat(1 << 20)],
    ['三点', '三点一'.repeat(1 << 18)],
    ['约', '约'.repeat(1 << 20)],
    ['mixed', '约1.6万人，第十九届，统一领导，百分之四十二点一八。'.repeat(1 << 14)],
  ];
  it.each(cases)('1 MB of %s completes', (_n, t) => {
    const ms = findNumbers(t);
    expect(Array.isArray(ms)).toBe(true);
  });
});
