// Reads a zip archive's entries into memory with the same zip-bomb limits as the DOCX reader
// (OFD is a zip of XML). Names are normalised to forward slashes without a leading slash.
import yauzl from 'yauzl';
import { FormatFailure, fmtMB, MB } from './errors.js';

export interface ZipLimits {
  /** refuse when the entries' declared sizes add up to more than this */
  maxUncompressed: number;
  /** refuse an entry over 1 MB that claims to expand more than this many times */
  maxRatio: number;
}

export const ZIP_DEFAULTS: ZipLimits = { maxUncompressed: 200 * MB, maxRatio: 500 };

export const zipName = (n: string): string => n.replace(/\\/g, '/').replace(/^\/+/, '');

/** The entry names of a zip's central directory, read from the buffer without inflating anything. */
export function centralNames(buf: Buffer): string[] | null {
  // End of central directory: signature 0x06054b50 within the last 64 KB + 22 bytes
  const from = Math.max(0, buf.length - 65557);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < from || eocd + 22 > buf.length) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count && at + 46 <= buf.length; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) return names.length ? names : null;
    const nameLen = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    names.push(zipName(buf.toString('utf8', at + 46, at + 46 + nameLen)));
    at += 46 + nameLen + extra + comment;
  }
  return names;
}

/**
 * Every file entry of the archive, inflated; `what` names the format in messages. An entry that
 * cannot be inflated is left out and named in `damaged` (its reason), so that a reader can still
 * read the parts that are whole.
 */
export function readZipEntries(buf: Buffer, what: string, limits: ZipLimits = ZIP_DEFAULTS, damaged = new Map<string, string>()): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (err, zip) => {
      if (err || !zip) return reject(new FormatFailure(`damaged ${what}: bad zip archive (${err?.message ?? 'unreadable'})`));
      const out = new Map<string, Buffer>();
      let total = 0;
      const fail = (reason: string) => {
        zip.close();
        reject(new FormatFailure(reason));
      };
      zip.on('entry', (e: yauzl.Entry) => {
        if (/\/$/.test(e.fileName)) return zip.readEntry();
        total += e.uncompressedSize;
        if (total > limits.maxUncompressed)
          return fail(`refused: ${what} expands to more than ${fmtMB(limits.maxUncompressed)} MB (zip bomb?)`);
        if (e.uncompressedSize > MB && e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxRatio)
          return fail(`refused: ${what} entry ${e.fileName} expands ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))} times (zip bomb?)`);
        zip.openReadStream(e, (er, stream) => {
          if (er || !stream) {
            damaged.set(zipName(e.fileName), er?.message ?? 'unreadable');
            return zip.readEntry();
          }
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', (x: Error) => {
            damaged.set(zipName(e.fileName), x.message);
            zip.readEntry();
          });
          stream.on('end', () => {
            out.set(zipName(e.fileName), Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', (x: Error) => reject(new FormatFailure(`damaged ${what}: bad zip archive (${x.message})`)));
      zip.readEntry();
    });
  });
}
