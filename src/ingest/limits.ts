// Size limits of the readers (apart from their code, so that the main thread of a batch, which
// checks file sizes, does not load the parsers).
import { MB } from './errors.js';

/** PDFs (their images weigh; the text is a small part) and the largest file read at all */
export const DEFAULT_MAX_BYTES = 200 * MB;
/**
 * Text and Markdown. Extraction grows faster than the text: the samples repeated to 10 MB took
 * 28 s and 0.5 GB, to 30 MB 872 s (beyond the 5-minute timeout), on a loaded 2-core machine.
 * A DOCX is bounded by its XML (DOCX_DEFAULTS.maxXml).
 */
export const DEFAULT_MAX_TEXT_BYTES = 20 * MB;
export const DEFAULT_MAX_PAGES = 2000;
