// What crosses between the pipeline and the archive besides the rows: a document's canonical text
// as stored (to re-extract it without its file), and a processed document with its rules versions.
import type { CanonicalLine, Format, OcrInfo, ProcessedDocument } from '../types.js';
import type { FamilyVersions } from '../rules/loader.js';
import type { ItemFamily } from '../extract/families.js';

/** A document's canonical text as stored: enough to re-extract it without its file. */
export interface StoredCanonical {
  id: string;
  source: string;
  format: Format;
  text: string;
  /** the canonical lines, or their JSON as stored (parsed by whoever extracts: a worker) */
  lines: CanonicalLine[] | string;
  pageCount: number | null;
  encoding: string | null;
  /** pages read by OCR (document.ocr); absent for a document read back from the archive */
  ocr?: OcrInfo | null;
  /**
   * Re-extract only these item families: the document is stored and its other families are
   * current. Absent: extract everything (a new file, --force, or a document stored whole).
   */
  families?: ItemFamily[];
  /** the digests of the stored items of each family (documents.item_digests) */
  itemDigests?: Record<string, string> | null;
  /** documents.stored_at when it was read: the writer checks that nobody rewrote the document since */
  storedAt?: string;
}

/** A processed document with what the archive keeps of its rules versions. */
export interface Processed extends ProcessedDocument {
  /** the family versions it was extracted with (documents.rules_versions) */
  rulesVersions?: FamilyVersions;
  /** a re-extraction of some families only: the other arrays of `json` are empty, not extracted */
  partial?: { families: ItemFamily[]; itemDigests: Record<string, string> | null; storedAt: string };
}
