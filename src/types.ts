// The types that cross module boundaries. The Document JSON half is fixed by
// ../shared/contract.md; the internal half is the hand-off between pipeline stages
// (ingest → normalize → structure → extract → store). Zod schemas are used where data
// comes from outside (gold files, JSON read back); plain interfaces elsewhere.
import { z } from 'zod';
import { Level } from './level.js';

// ---------------------------------------------------------------- ingest
export type Format = 'pdf' | 'docx' | 'txt' | 'md' | 'ofd' | 'doc' | 'wps' | 'html' | 'image';

/** Set on a document when any of its pages was read by OCR (contract: document.ocr). */
export interface OcrInfo {
  engine: string;
  /** 1-based pages read by OCR */
  pages: number[];
  /** mean word confidence, 0–1 */
  confidence: number;
}

/** One line/paragraph as the source format gives it, before normalisation. */
export interface SourceLine {
  text: string;
  /** 1-based page number for paged formats (pdf), else null. */
  page: number | null;
  /** 'heading' when the format marks it (DOCX heading style, Markdown #). */
  kind: 'heading' | 'para';
  /** heading level (1 = top) when kind is 'heading'. */
  level?: number;
}

export interface IngestResult {
  format: Format;
  lines: SourceLine[];
  /** pages in the source for paged formats, else null. */
  pageCount: number | null;
  /** detected text encoding for txt/md (e.g. 'UTF-8', 'GB18030'), else null. */
  encoding: string | null;
  /** what the reader had to repair or guess (bytes replaced, an encoding guessed): shown to the user */
  warnings?: string[];
  /** pages read by OCR (null or absent: none) */
  ocr?: OcrInfo | null;
  /** what the reader could not read and the user should know (per page), one line each */
  notes?: string[];
  /** metadata the file states outside its text (web page meta tags, OFD DocInfo), as written */
  meta?: SourceMeta;
}

export interface SourceMeta {
  title: string | null;
  /** as written (2022-10-09 16:30) */
  date: string | null;
  /** ContentSource / Author */
  source: string | null;
  site: string | null;
}

export { IngestError } from './ingest/errors.js';

// ---------------------------------------------------------------- normalize
export interface CanonicalLine {
  start: number; // offset of the line's first char in Canonical.text
  end: number; // exclusive, before the '\n'
  page: number | null;
  heading: boolean;
  level?: number;
}

/** The canonical text: one paragraph per line, joined by '\n'. */
export interface Canonical {
  text: string;
  lines: CanonicalLine[];
}

// ---------------------------------------------------------------- structure
export type DocKind = 'bulletin' | 'notice' | 'other';

/** one article of a bulletin issue (one for a single-article document); offsets into the text */
export interface Article {
  title: string;
  byline: string | null;
  start: number;
  end: number;
}

export interface DocMeta {
  kind: DocKind;
  series: string | null;
  year: number | null;
  issue: number | null;
  totalIssue: number | null;
  date: string | null; // ISO yyyy-mm-dd (yyyy-mm for a report dated by the month alone)
  docNumber: string | null;
  issuers: string[];
  title: string | null;
  byline: string | null;
  /** bulletins: the 报 / 送 distribution lists, as written, split on 、，, */
  distribution: { bao: string[]; song: string[] };
  /** notices: the title of the document transmitted (印发《…》的通知 → …). */
  attachmentTitle: string | null;
  /** offset in the canonical text where the body (after the header block) starts. */
  bodyStart: number;
  /** bulletins: the issue's articles, each with its title and byline */
  articles?: Article[];
}

export interface Section {
  /** 1 = 一、  2 = （一）  3 = 1.  4 = 一是 */
  level: number;
  marker: string; // '一、', '（一）', '1.', '一是'
  heading: string; // heading text without the marker
  start: number; // start of the section (its marker) in the canonical text
  end: number; // end of the section (exclusive): start of the next section of same or higher level, or end of text
  headingEnd: number; // end of the heading text
  parent: number | null; // index into the sections array
}

export interface Structured {
  meta: DocMeta;
  sections: Section[];
}

// ---------------------------------------------------------------- extract (Document JSON items)
// (Level and IngestError live in modules of their own, which the extraction loads without the
// schemas below; they are exported here too)
export { Level } from './level.js';

export const QuantitySchema = z.object({
  kind: z.enum(['count', 'money', 'percent', 'ratio']),
  value: z.number(),
  /** the exact decimal value as a string (value is its JS number for the JSON contract) */
  valueText: z.string().optional(),
  unit: z.string(),
  approx: z.boolean(),
  qualifier: z.string().nullable().optional(),
  /** for ranges (3至5个): the upper bound; value holds the lower */
  valueHigh: z.number().nullable().optional(),
  subject: z.string(),
  scope: z.string().nullable(),
  period: z.string().nullable(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.string(),
  page: z.number().int().nullable(),
  partOf: z.number().int().nullable(),
  /** cumulative figure (累计, 截至, 共有, 总数) */
  cumulative: z.boolean().optional(),
  /** read by OCR: digits are where OCR fails, so check and the review page ask for a look */
  ocr: z.boolean().optional(),
  rule: z.string(),
});
export type Quantity = z.infer<typeof QuantitySchema>;

export const AwardSchema = z.object({
  name: z.string(),
  level: Level.nullable(),
  count: z.number().nullable(),
  recipients: z.array(z.string()),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  rule: z.string(),
});
export type Award = z.infer<typeof AwardSchema>;

export const WorkshopSchema = z.object({
  name: z.string().nullable(),
  type: z.string(),
  level: Level.nullable(),
  count: z.number().nullable(),
  leader: z.string().nullable(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  rule: z.string(),
});
export type Workshop = z.infer<typeof WorkshopSchema>;

export const EntitySchema = z.object({
  type: z.enum(['org', 'person', 'place', 'policy']),
  name: z.string(),
  canonical: z.string(),
  role: z.string().nullable(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  rule: z.string(),
});
export type Entity = z.infer<typeof EntitySchema>;

/** A document number cited in the text: 按照《…》（云工通〔2022〕21号）要求 */
export const CitationSchema = z.object({
  /** the number as written, spaces removed: 云工通〔2022〕21号 (brackets as written) */
  docNumber: z.string(),
  /** the issuer's code before the year (云工通, 国办发), null when the text omits it */
  prefix: z.string().nullable(),
  year: z.number().int(),
  number: z.number().int(),
  /** the 《…》 title written right before it, when there is one */
  title: z.string().nullable(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.string(),
  rule: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** Every extractor's items, one array per item table (src/extract/tables.ts), in table order. */
export interface Extraction {
  quantities: Quantity[];
  awards: Award[];
  workshops: Workshop[];
  entities: Entity[];
  citations: Citation[];
}

/** What every extractor gets: the canonical text and what structure found. */
export interface ExtractContext {
  text: string;
  meta: DocMeta;
  sections: Section[];
  /** the source page of an offset, null for unpaged formats */
  pageAt(offset: number): number | null;
}

// ---------------------------------------------------------------- Document JSON
export const DocumentInfoSchema = z.object({
  id: z.string(),
  source: z.string(),
  format: z.string(),
  series: z.string().nullable(),
  year: z.number().int().nullable(),
  issue: z.number().int().nullable(),
  totalIssue: z.number().int().nullable(),
  date: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuers: z.array(z.string()),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  articles: z.array(z.object({ title: z.string(), byline: z.string().nullable(), start: z.number().int(), end: z.number().int() })).optional(),
  ocr: z.object({ engine: z.string(), pages: z.array(z.number().int()), confidence: z.number() }).nullable().optional(),
  text: z.string(),
});

export const DocumentJsonSchema = z.object({
  document: DocumentInfoSchema,
  quantities: z.array(QuantitySchema),
  awards: z.array(AwardSchema),
  workshops: z.array(WorkshopSchema),
  entities: z.array(EntitySchema),
  /** added after the contract's first version: absent in JSON written before it */
  citations: z.array(CitationSchema).optional(),
});
export type DocumentJson = z.infer<typeof DocumentJsonSchema>;

/** Everything the pipeline knows about one file, ready to store. */
export interface ProcessedDocument {
  json: DocumentJson;
  meta: DocMeta;
  sections: Section[];
  lines: CanonicalLine[];
  pageCount: number | null;
  encoding: string | null;
  /** hash of the text up to layout (whitespace removed): the same bulletin in two formats shares it */
  contentKey: string;
  rulesVersion: string;
  /** the reader's warnings (IngestResult.warnings), when any */
  warnings?: string[];
}

// ---------------------------------------------------------------- findings
export interface FindingItem {
  documentId: string;
  source: string;
  text: string;
  sentence: string;
  value: number | null;
  start: number;
  end: number;
  /** where it is, for an editor: the source page (paged formats), the paragraph (1-based line of
   * the canonical text, one paragraph a line) and the innermost section heading (marker + text) */
  page?: number | null;
  line?: number | null;
  section?: string | null;
}

export interface Finding {
  type: 'conflict' | 'sum-mismatch' | 'percent-mismatch' | 'cumulative-decrease' | 'issue-sequence' | string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  items: FindingItem[];
}
