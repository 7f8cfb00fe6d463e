import { parseExpr } from './find.js';
import { toDecimalString } from './decimal.js';
import { numberRules } from './rules.js';

/**
 * The exact value of a string that is one number expression, as a decimal string:
 * '1.73亿' → '173000000', '25万6千' → '256000', '一万五千亿' → '1500000000000',
 * '百分之一点五七' → '1.57', '42%' → '42', '三分之一' → '0.333333'. A leading qualifier (约, 超过)
 * is allowed and ignored; for a range the lower bound is returned. null when the string is not
 * exactly one number.
 */
export function parseNumber(s: string): string | null {
  const r = numberRules();
  let t = s.trim();
  for (const p of r.prefixes) {
    if (t.startsWith(p.word) && t.length > p.word.length) {
      t = t.slice(p.word.length).trim();
      break;
    }
  }
  if (!t) return null;
  const e = parseExpr(t, 0, t.length, r);
  if (!e || 'skipTo' in e || e.end !== t.length) return null;
  return toDecimalString(e.value);
}
