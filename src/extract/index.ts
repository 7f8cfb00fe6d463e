// Runs every extractor over one document's canonical text.
import type { ExtractContext, Extraction } from '../types.js';
import { extractQuantities } from './quantities/index.js';
import { extractAwards } from './awards.js';
import { extractWorkshops } from './workshops.js';
import { extractEntities } from './entities.js';

export function extractAll(ctx: ExtractContext): Extraction {
  return {
    quantities: extractQuantities(ctx),
    awards: extractAwards(ctx),
    workshops: extractWorkshops(ctx),
    entities: extractEntities(ctx),
  };
}
