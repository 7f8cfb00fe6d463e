// What an extractor is: a function from a Doc (the document, built once) and its compiled rules
// (doc.rules) to the items of one table. The table's columns and rows are its TableSpec
// (src/extract/tables.ts); the family (src/extract/families.ts) names the rule files it reads and
// the code version, from which the family's version is computed. The registry
// (src/extract/registry.ts) lists every extractor; extractAll, family versions, table writes and
// re-extraction and the --explain output are derived from it.
import type { Extraction } from '../types.js';
import type { Doc } from './doc.js';
import type { ItemFamily } from './families.js';
import type { ItemTable } from './tables.js';

export interface Extractor<K extends ItemTable> {
  /** the item table its items are stored in (= its field in the Document JSON) */
  table: K;
  /** the family whose rules and code version it depends on */
  family: ItemFamily;
  /** the document's items, in text order; spans into doc.text */
  extract(doc: Doc): Extraction[K];
  /**
   * `gongwen extract --explain`: every candidate it considered, kept or rejected, and why; `found`
   * is what it extracted from the document. Optional; a family explained as a whole (named: awards,
   * workshops and entities in one list) declares it on its first table only.
   */
  explain?(doc: Doc, found: Extraction[K]): Explanation;
}

/** one section of the --explain output: a heading line and one line per candidate */
export interface Explanation {
  heading: string;
  body: string;
}
