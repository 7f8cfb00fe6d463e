// PLACEHOLDER until the extractor lands: owned by the awards/workshops/entities work.
import type { ExtractContext, Entity } from '../types.js';

export function extractEntities(_ctx: ExtractContext): Entity[] {
  return [];
}
