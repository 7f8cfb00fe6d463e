// Legacy Word (.doc, Word 97–2003) and Kingsoft WPS (.wps: WPS writes the same binary format)
// through word-extractor. Its default filter folds “ ” ‘ ’ — … into ASCII, which would change
// the canonical text and its offsets: it is turned off. Before extracting, the OLE container and
// the Word FIB are inspected so that Word 95, encrypted files and other Office files get their
// own message. When word-extractor cannot read a Word file and LibreOffice is installed, the
// file is converted to DOCX by `soffice --headless` (own profile, timeout) and read as DOCX.
import { execFile } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IngestResult, SourceLine } from '../types.js';
import { readDocx } from './docx.js';
import { FormatFailure } from './errors.js';

const require = createRequire(import.meta.url);

/** What the OLE container holds, as far as the choice of reader and message goes. */
export type OleKind =
  | { kind: 'word97' }
  | { kind: 'word95'; nFib: number }
  | { kind: 'encrypted' }
  | { kind: 'other'; what: string };

interface OleDirEntry {
  streams: Record<string, unknown>;
  storages: Record<string, unknown>;
}

function streamBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Reads the OLE directory and the Word FIB (wIdent, nFib, fEncrypted). */
export async function inspectOle(buf: Buffer): Promise<OleKind> {
  const OleCompoundDoc = require('word-extractor/lib/ole-compound-doc.js');
  const BufferReader = require('word-extractor/lib/buffer-reader.js');
  let doc: any;
  try {
    doc = await new OleCompoundDoc(new BufferReader(buf)).read();
  } catch (e) {
    throw new FormatFailure(`damaged or truncated legacy Office file: ${(e as Error).message}`);
  }
  const root = doc._rootStorage?._dirEntry as OleDirEntry | undefined;
  const streams = new Set(Object.keys(root?.streams ?? {}));
  if (!streams.has('WordDocument')) {
    if (streams.has('EncryptedPackage')) return { kind: 'encrypted' };
    if (streams.has('Workbook') || streams.has('Book')) return { kind: 'other', what: 'an Excel workbook (.xls)' };
    if (streams.has('PowerPoint Document')) return { kind: 'other', what: 'a PowerPoint presentation (.ppt)' };
    if (streams.has('CONTENTS') || streams.has('MatOST')) return { kind: 'other', what: 'a Microsoft Works document (not a Kingsoft WPS one)' };
    return { kind: 'other', what: 'an OLE2 file without a Word document stream' };
  }
  const fib = await streamBuffer(doc.stream('WordDocument'));
  if (fib.length < 0x20) throw new FormatFailure('damaged Word document: its FIB is truncated');
  const wIdent = fib.readUInt16LE(0);
  const nFib = fib.readUInt16LE(2);
  const flags = fib.readUInt16LE(0x0a);
  if (flags & 0x0100) return { kind: 'encrypted' };
  if (wIdent === 0xa5dc || nFib < 0xc0) return { kind: 'word95', nFib };
  return { kind: 'word97' };
}

/** Body text → lines: one paragraph a line; table cells (tab-separated) stay on their row's line. */
export function bodyLines(body: string): SourceLine[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t) => t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/\t+/g, ' ').trimEnd())
    .filter((t) => t.trim())
    .map((text) => ({ text, page: null, kind: 'para' as const }));
}

/**
 * Text boxes of the body, which word-extractor gives apart from the body and without their
 * anchors. Short ones (a red head: 云南省总工会 / 文件) go after the first paragraph, where a 公文's
 * head box is anchored and where mammoth puts a DOCX's text box; longer ones go at the end, so
 * their text is kept without interrupting a paragraph.
 */
export function withTextboxes(body: SourceLine[], boxes: SourceLine[]): SourceLine[] {
  const seen = new Set(body.map((l) => l.text));
  const extra = boxes.filter((l) => !seen.has(l.text));
  if (!extra.length) return body;
  const headLike = extra.length <= 10 && extra.every((l) => [...l.text].length <= 40);
  return headLike ? [...body.slice(0, 1), ...extra, ...body.slice(1)] : [...body, ...extra];
}

/** LibreOffice's soffice: GONGWEN_SOFFICE (a path, or "none" to never use it), else on the PATH; null when absent. */
export async function findSoffice(): Promise<string | null> {
  const env = process.env.GONGWEN_SOFFICE;
  if (env === 'none') return null;
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const candidates = env ? [env] : dirs.flatMap((d) => [path.join(d, 'soffice'), path.join(d, 'libreoffice')]);
  for (const c of candidates) {
    try {
      await access(c, fsConstants.X_OK);
      return c;
    } catch {
      /* next */
    }
  }
  return null;
}

/** DOCX bytes of a legacy file, converted by LibreOffice in a private profile; null when not installed. */
export async function convertWithSoffice(buf: Buffer, ext: string, timeoutMs = 60_000): Promise<Buffer | null> {
  const soffice = await findSoffice();
  if (!soffice) return null;
  const dir = await mkdtemp(path.join(tmpdir(), 'gongwen-lo-'));
  try {
    const input = path.join(dir, `in.${ext}`);
    await writeFile(input, buf);
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--convert-to', 'docx', '--outdir', dir, input],
        { timeout: timeoutMs, killSignal: 'SIGKILL' },
        (err) => (err ? reject(err) : resolve()),
      );
    });
    return await readFile(path.join(dir, 'in.docx'));
  } catch (e) {
    throw new FormatFailure(`LibreOffice could not convert it: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function readDoc(buf: Buffer, format: 'doc' | 'wps'): Promise<IngestResult> {
  const ole = await inspectOle(buf);
  if (ole.kind === 'encrypted') throw new FormatFailure('encrypted Word document (password required)');
  if (ole.kind === 'other') throw new FormatFailure(`legacy Office file but ${ole.what}, not a supported format`);
  let failure = '';
  if (ole.kind === 'word97') {
    try {
      const WordExtractor = require('word-extractor');
      const doc = await new WordExtractor().extract(buf);
      const lines = withTextboxes(bodyLines(doc.getBody({ filterUnicode: false })), bodyLines(doc.getTextboxes({ filterUnicode: false, includeHeadersAndFooters: false })));
      if (!lines.length) throw new FormatFailure(`${format === 'wps' ? 'WPS' : 'Word'} document has no text`);
      return { format, lines, pageCount: null, encoding: null };
    } catch (e) {
      if (e instanceof FormatFailure) throw e;
      failure = `damaged Word document: ${(e as Error).message}`;
    }
  } else failure = `Word 95 or older document (FIB version ${ole.nFib}): only Word 97–2003 files are read without LibreOffice`;
  const docx = await convertWithSoffice(buf, format);
  if (!docx) throw new FormatFailure(`${failure} (install LibreOffice to read it, or save it as DOCX)`);
  try {
    return { ...(await readDocx(docx)), format };
  } catch (e) {
    if (e instanceof FormatFailure) throw new FormatFailure(`${failure}; LibreOffice converted it, but: ${e.reason}`);
    throw e;
  }
}
