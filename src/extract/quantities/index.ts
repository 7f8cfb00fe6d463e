// PLACEHOLDER until the quantities extractor lands.
import type { ExtractContext, Quantity } from '../../types.js';

export function extractQuantities(_ctx: ExtractContext): Quantity[] {
  return [];
}
