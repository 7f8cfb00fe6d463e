// PLACEHOLDER until the extractor lands: owned by the awards/workshops/entities work.
import type { ExtractContext, Workshop } from '../types.js';

export function extractWorkshops(_ctx: ExtractContext): Workshop[] {
  return [];
}
