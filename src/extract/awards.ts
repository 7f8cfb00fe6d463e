// PLACEHOLDER until the extractor lands: owned by the awards/workshops/entities work.
import type { ExtractContext, Award } from '../types.js';

export function extractAwards(_ctx: ExtractContext): Award[] {
  return [];
}
