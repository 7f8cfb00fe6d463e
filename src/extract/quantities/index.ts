// Quantities: every number (from the number finder) followed by a measure word of
// rules/units.yaml, with subject, scope, period and list structure (see core.ts).
import type { ExtractContext, Quantity } from '../../types.js';
import { findNumbers } from '../numbers/index.js';
import { quantitiesFromNumbers } from './core.js';
import { asDoc } from '../doc.js';

export { loadQuantityRules } from './rules.js';
export { quantitiesFromNumbers } from './core.js';

export function extractQuantities(ctx: ExtractContext): Quantity[] {
  const doc = asDoc(ctx);
  return quantitiesFromNumbers(doc, findNumbers(doc.text, 0, doc.text.length, doc.rules.numbers));
}
