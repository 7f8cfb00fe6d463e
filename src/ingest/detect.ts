// Decide a file's format from its bytes (the name only breaks the tie between txt and md).
import type { Format } from '../types.js';
import { FormatFailure } from './errors.js';

export type Detected = { format: Format; offset: number };

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** OLE2 compound file: legacy Word (.doc) and Kingsoft WPS (.wps); the reader tells Excel and others apart */
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Known binary formats we do not read, by magic number, for a clearer message. */
const OTHER_BINARY: Array<[Buffer, string]> = [
  [Buffer.from('GIF8', 'latin1'), 'GIF image, not a supported format'],
  [Buffer.from('II*\0', 'latin1'), 'TIFF image, not a supported format (needs OCR)'],
  [Buffer.from('MM\0*', 'latin1'), 'TIFF image, not a supported format (needs OCR)'],
  [Buffer.from('{\\rtf', 'latin1'), 'RTF document, not a supported format (save it as DOCX or PDF)'],
  [Buffer.from('Rar!', 'latin1'), 'RAR archive, not a supported format'],
  [Buffer.from([0x37, 0x7a, 0xbc, 0xaf]), '7-Zip archive, not a supported format'],
  [Buffer.from([0x1f, 0x8b]), 'gzip archive, not a supported format'],
];

/** a byte that cannot appear in any text encoding we read: a control other than \t \n \f \r and ESC, or DEL */
const BINARY_BYTE = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]/g;

/** Share of the first `n` bytes that cannot appear in any text encoding we read. */
export function binaryShare(buf: Buffer, n = 8192): number {
  const len = Math.min(buf.length, n);
  if (len === 0) return 0;
  // read as latin1 (one character per byte), the bytes are counted by the regex engine: a loop over
  // them fell into a deoptimisation loop once per file (~2 % of a text ingest's worker, profiled)
  return (buf.toString('latin1', 0, len).match(BINARY_BYTE)?.length ?? 0) / len;
}

function hasUtf16Bom(buf: Buffer): boolean {
  return buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
}

export function isMarkdownName(path: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(path);
}

/** Markdown markers at line starts: ATX headings, rules, emphasis-wrapped lines. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 20000);
  const headings = head.match(/^#{1,6}[ \t]+\S/gm)?.length ?? 0;
  const rules = head.match(/^(?:-{3,}|\*{3,}|_{3,})[ \t]*$/gm)?.length ?? 0;
  const bold = head.match(/\*\*[^*\n]+\*\*/g)?.length ?? 0;
  return headings >= 1 && headings + rules + bold >= 2;
}

/**
 * Decide the format. `path` is used only for the messages and for txt vs md.
 * Throws FormatFailure with a user-facing reason.
 */
export function detectFormat(path: string, buf: Buffer): Detected {
  if (buf.length === 0) throw new FormatFailure('empty file');
  const head = buf.subarray(0, 1024);
  const pdfAt = head.indexOf(PDF_MAGIC);
  if (pdfAt >= 0) return { format: 'pdf', offset: pdfAt };
  if (buf.subarray(0, 4).equals(ZIP_MAGIC) || buf.subarray(0, 4).equals(ZIP_EMPTY)) {
    // DOCX or not is decided by the zip reader (it needs the central directory).
    return { format: 'docx', offset: 0 };
  }
  // a scanned page as PNG or JPEG: read by OCR
  if (buf.subarray(0, 4).equals(PNG_MAGIC) || buf.subarray(0, 3).equals(JPEG_MAGIC)) return { format: 'image', offset: 0 };
  if (buf.subarray(0, 8).equals(OLE_MAGIC)) return { format: /\.wps$/i.test(path) ? 'wps' : 'doc', offset: 0 };
  for (const [magic, what] of OTHER_BINARY) {
    if (buf.subarray(0, magic.length).equals(magic)) throw new FormatFailure(what);
  }
  const claimed = path.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const binary = !hasUtf16Bom(buf) && binaryShare(buf) > 0.02;
  if (binary) {
    if (claimed === 'pdf') throw new FormatFailure('not a PDF: no %PDF header (binary data, not a supported format)');
    if (claimed === 'docx') throw new FormatFailure('not a DOCX: no zip header (binary data, not a supported format)');
    if (claimed === 'ofd') throw new FormatFailure('not an OFD: no zip header (binary data, not a supported format)');
    if (claimed === 'doc') throw new FormatFailure('not a Word 97–2003 document: no OLE2 header (Word for DOS/Mac or another program? save it as DOCX)');
    if (claimed === 'wps') throw new FormatFailure('not a Word-format WPS file: no OLE2 header (an old Kingsoft WPS format? save it as DOCX)');
    throw new FormatFailure('binary data, not a supported format');
  }
  // Text under a .pdf/.docx name: the bytes decide, it is read as text.
  return { format: isMarkdownName(path) ? 'md' : 'txt', offset: 0 };
}
