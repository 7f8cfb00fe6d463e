// Every extractor, one per item table, in the order the tables are written. Adding an item type:
// an extractor file, its entry here, its TableSpec (tables.ts), its family (families.ts, new or
// existing) and a migration creating its table (docs/ARCHITECTURE.md, "How to add an extractor").
import type { Extraction } from '../types.js';
import type { Extractor } from './extractor.js';
import { ITEM_TABLES, TABLES, type ItemTable } from './tables.js';
import type { Doc } from './doc.js';
import { extractQuantities } from './quantities/index.js';
import { extractAwards } from './awards.js';
import { extractWorkshops } from './workshops.js';
import { extractEntities } from './entities.js';
import { citationsExtractor } from './citations/index.js';
import { explainFigures } from './quantities/explain.js';
import { explainNames } from './named/explain.js';

export const EXTRACTORS: { readonly [K in ItemTable]: Extractor<K> } = {
  quantities: { table: 'quantities', family: 'quantities', extract: extractQuantities, explain: explainFigures },
  // the named family is explained as one list (awards, workshops, entities by offset)
  awards: { table: 'awards', family: 'named', extract: extractAwards, explain: explainNames },
  workshops: { table: 'workshops', family: 'named', extract: extractWorkshops },
  entities: { table: 'entities', family: 'named', extract: extractEntities },
  citations: citationsExtractor,
};

for (const [table, x] of Object.entries(EXTRACTORS) as Array<[ItemTable, Extractor<ItemTable>]>) {
  if (x.table !== table || TABLES[table].family !== x.family) {
    throw new Error(`extractor registry: ${table} is declared in family ${x.family}, its table in ${TABLES[table].family}`);
  }
}

export type { Extraction };

/**
 * `gongwen extract --explain`: each extractor's explanation of the document, in table order.
 * `found` is the document's extraction (the Document JSON's arrays).
 */
export function explainAll(doc: Doc, found: Extraction): string {
  let out = '';
  for (const t of ITEM_TABLES) {
    const x = EXTRACTORS[t] as Extractor<ItemTable>;
    const e = x.explain?.(doc, found[t]);
    if (e) out += `\n${e.heading}\n${e.body}\n`;
  }
  return out;
}
