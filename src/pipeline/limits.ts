// Bounds on what one document may produce. Each stored item carries its whole sentence, so a text
// with one endless sentence and many figures in it (`共5人，其中` 100,000 times) asks for
// items × sentence characters: 160 GB for a 1.6 MB file. Serialising that aborted the whole
// process (V8 cannot recover from a failed allocation inside JSON.stringify, even in a worker
// with a heap limit), so such a document is refused, with the numbers, before anything is built.
import type { Extraction } from '../types.js';
import { IngestError } from '../ingest/errors.js';

/** items of all kinds in one document (a long real report has a few thousand) */
export const MAX_ITEMS = 100_000;
/** characters of item texts and sentences in one document (a long real report: a few million) */
export const MAX_ITEM_CHARS = 32 * 1024 * 1024;

const fmt = (n: number): string => n.toLocaleString('en-US');

/** Throws an IngestError naming the file when the extraction is beyond the bounds above. */
export function checkItemVolume(source: string, ex: Extraction): void {
  const count = ex.quantities.length + ex.awards.length + ex.workshops.length + ex.entities.length;
  if (count > MAX_ITEMS) {
    throw new IngestError(source, `refused: ${fmt(count)} items extracted, more than the limit of ${fmt(MAX_ITEMS)} per document`);
  }
  let chars = 0;
  for (const list of [ex.quantities, ex.awards, ex.workshops, ex.entities] as { text: string; sentence?: string }[][]) {
    for (const it of list) chars += it.text.length + (it.sentence?.length ?? 0);
  }
  if (chars > MAX_ITEM_CHARS) {
    const mb = Math.round((chars * 2) / (1024 * 1024));
    throw new IngestError(
      source,
      `refused: ${fmt(count)} items whose texts and sentences come to ${fmt(mb)} MB (the limit is ${MAX_ITEM_CHARS / 1024 / 512} MB; a text with no sentence ends?)`,
    );
  }
}
