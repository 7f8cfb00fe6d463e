// Quantities: every number (from the number finder) followed by a measure word of
// rules/units.yaml, with subject, scope, period and list structure (see core.ts).
import type { ExtractContext, Quantity } from '../../types.js';
import { findNumbers } from '../numbers/index.js';
import { quantitiesFromNumbers } from './core.js';

export { loadQuantityRules } from './rules.js';
export { quantitiesFromNumbers } from './core.js';

export function extractQuantities(ctx: ExtractContext): Quantity[] {
  return quantitiesFromNumbers(ctx, findNumbers(ctx.text));
}
