// DOCX via mammoth's reader (keeps headings). Before mammoth touches the zip we read the central
// directory with yauzl and refuse archives that would expand absurdly (zip bombs). The lines come
// from mammoth's document tree (docx-tree.ts) and are those its HTML would give; the HTML itself
// is written only for the documents the tree cannot answer for.
import yauzl from 'yauzl';
import type { IngestResult, SourceLine } from '../types.js';
import { htmlToLines } from './docx-html.js';
import { treeToLines } from './docx-tree.js';
import { FormatFailure, fmtMB, MB } from './errors.js';

export interface DocxOptions {
  /** refuse when the entries' declared uncompressed sizes add up to more than this */
  maxUncompressed: number;
  /**
   * refuse when the XML parts (what mammoth parses: the text and its markup, not the images)
   * expand to more than this: mammoth holds the whole tree, ~25 bytes of heap per byte of XML
   * (measured: 30 MB of XML, 6 s and 0.77 GB; 60 MB, 586 s and 4.6 GB)
   */
  maxXml: number;
  /** refuse when an entry claims to expand more than this many times */
  maxRatio: number;
}

export const DOCX_DEFAULTS: DocxOptions = { maxUncompressed: 200 * MB, maxXml: 32 * MB, maxRatio: 500 };

interface ZipSummary {
  names: Set<string>;
  total: number;
  xml: number;
  worstRatio: number;
  worstName: string;
  /** entries to inflate to check their declared sizes (an entry may lie about its size) */
  entries: yauzl.Entry[];
}

const isXmlPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);
const damaged = (e: { message?: string } | null | undefined): FormatFailure =>
  new FormatFailure(`not a DOCX: damaged zip archive (${e?.message ?? 'unreadable'})`);

function openZip(buf: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err || !zip ? reject(damaged(err)) : resolve(zip),
    ),
  );
}

function scanZip(zip: yauzl.ZipFile): Promise<ZipSummary> {
  return new Promise((resolve, reject) => {
    const s: ZipSummary = { names: new Set(), total: 0, xml: 0, worstRatio: 0, worstName: '', entries: [] };
    zip.on('entry', (e: yauzl.Entry) => {
      const name = e.fileName.replace(/\\/g, '/');
      s.names.add(name);
      s.entries.push(e);
      s.total += e.uncompressedSize;
      if (isXmlPart(name)) s.xml += e.uncompressedSize;
      const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
      if (e.uncompressedSize > MB && ratio > s.worstRatio) {
        s.worstRatio = ratio;
        s.worstName = e.fileName;
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve(s));
    zip.on('error', (e: Error) => reject(damaged(e)));
    zip.readEntry();
  });
}

/**
 * Inflates every entry, counting, and fails at the first byte beyond its declared size (yauzl's
 * validateEntrySizes): the zip reader mammoth uses trusts nothing and inflates whatever a lying
 * entry holds (JSZip reached ~1 GiB before failing). Costs one inflation of a DOCX (~1 ms for a
 * 100 KB bulletin).
 */
async function verifySizes(zip: yauzl.ZipFile, entries: yauzl.Entry[]): Promise<void> {
  for (const e of entries) {
    await new Promise<void>((resolve, reject) => {
      zip.openReadStream(e, (err, stream) => {
        if (err || !stream) return reject(damaged(err));
        stream.on('data', () => {});
        stream.on('end', () => resolve());
        stream.on('error', (x: Error) =>
          reject(
            /too many bytes/.test(x.message)
              ? new FormatFailure(`refused: DOCX entry ${e.fileName} expands beyond the ${e.uncompressedSize} bytes it declares (zip bomb?)`)
              : damaged(x),
          ),
        );
      });
    });
  }
}

const EMBEDDED_STYLE_MAP = 'mammoth/style-map';

type Mammoth = typeof import('mammoth');

/**
 * mammoth's document tree, read as convertToHtml reads it (exported for the tests). The tree is
 * taken from the transformDocument hook and an empty document goes on to the HTML conversion, so
 * nothing is converted; and without style maps, which only the conversion uses, none is parsed
 * (parsing the default map alone costs ~1.3 ms a bench document). A document the tree cannot
 * answer for is read again by convertToHtml: rare, so the second read is cheaper than always
 * parsing the style map for it.
 */
export async function readTree(mammoth: Mammoth, buf: Buffer): Promise<unknown> {
  let tree: unknown = null;
  await mammoth.convertToHtml(
    { buffer: buf },
    {
      includeDefaultStyleMap: false,
      includeEmbeddedStyleMap: false,
      transformDocument: (doc: { children: unknown[] }) => {
        tree = doc;
        return { ...doc, children: [] };
      },
    },
  );
  return tree;
}

export async function readDocx(buf: Buffer, opts: DocxOptions = DOCX_DEFAULTS): Promise<IngestResult> {
  const file = await openZip(buf);
  let zip: ZipSummary;
  try {
    zip = await scanZip(file);
    if (!zip.names.has('word/document.xml')) throw new FormatFailure('zip archive but not a DOCX (no word/document.xml)');
    if (zip.total > opts.maxUncompressed)
      throw new FormatFailure(`refused: DOCX expands to ${fmtMB(zip.total)} MB (zip bomb?); the limit is ${fmtMB(opts.maxUncompressed)} MB`);
    if (zip.xml > opts.maxXml)
      throw new FormatFailure(`refused: DOCX text and markup expand to ${fmtMB(zip.xml)} MB; the limit is ${fmtMB(opts.maxXml)} MB (raise it with --max-bytes)`);
    if (zip.worstRatio > opts.maxRatio)
      throw new FormatFailure(`refused: DOCX entry ${zip.worstName} expands ${Math.round(zip.worstRatio)} times (zip bomb?)`);
    await verifySizes(file, zip.entries);
  } finally {
    file.close();
  }
  let lines: SourceLine[];
  try {
    // loaded on the first DOCX only: mammoth costs ~300 ms of start-up that a .txt never needs
    const { default: mammoth } = await import('mammoth');
    // a style map embedded in the DOCX changes the HTML: only the conversion knows its effect
    const tree = zip.names.has(EMBEDDED_STYLE_MAP) ? null : await readTree(mammoth, buf);
    lines = treeToLines(tree) ?? htmlToLines((await mammoth.convertToHtml({ buffer: buf })).value);
  } catch (e) {
    throw new FormatFailure(`damaged DOCX: ${(e as Error).message?.split('\n')[0] ?? String(e)}`);
  }
  if (!lines.length) throw new FormatFailure('DOCX has no text');
  return { format: 'docx', lines, pageCount: null, encoding: null };
}
