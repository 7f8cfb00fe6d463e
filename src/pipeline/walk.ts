// Lazily lists the files of an ingest batch: each argument as given, directories walked
// recursively in name order, one directory listing in memory at a time. Names are read as bytes:
// a zip from Chinese Windows gives GBK names, which no string path can reach; those files are
// opened by their bytes (`fsPath`) and shown decoded as well as possible.
import { opendir, realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';

/** Extensions picked up when walking a directory. A file named explicitly is always tried. */
export const SUPPORTED_EXTENSIONS = ['.pdf', '.docx', '.txt', '.md', '.markdown', '.text', '.ofd', '.doc', '.wps', '.html', '.htm', '.shtml'];

export interface WalkItem {
  /** the path as shown and stored (decoded best-effort when the name is not UTF-8) */
  path: string;
  /** the path's bytes, when `path` does not name the file (a name that is not UTF-8) */
  fsPath?: Buffer;
  /** set when the file cannot be taken (missing path, permission, a link leading outside) */
  error?: string;
}

export interface WalkOptions {
  /** follow links to files outside the folders named (default: refused with a reason) */
  followSymlinks?: boolean;
}

export function isSupported(name: string): boolean {
  const lower = name.toLowerCase();
  return SUPPORTED_EXTENSIONS.some((e) => lower.endsWith(e));
}

function statReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  return (e as Error).message;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** A file name's bytes as text: UTF-8, else GB18030 (GBK names from Chinese Windows), else with U+FFFD. */
export function decodeName(b: Buffer): { name: string; exact: boolean } {
  try {
    return { name: utf8.decode(b), exact: true };
  } catch {
    try {
      return { name: gb18030.decode(b), exact: false };
    } catch {
      return { name: new TextDecoder('utf-8').decode(b), exact: false };
    }
  }
}

// Files of one document often sit side by side (x.docx, x.pdf, x.txt). The first one stored
// becomes the document and the others are linked to it, so within a stem the formats whose
// text is most faithful come first: DOCX (and .doc/.wps), Markdown, text, web pages, then the
// laid-out formats OFD and PDF.
const FORMAT_RANK: Record<string, number> = { docx: 0, doc: 0.5, wps: 0.5, md: 1, markdown: 1, txt: 2, text: 2, html: 2.5, htm: 2.5, shtml: 2.5, ofd: 2.8, pdf: 3 };

function sortKey(name: string): [string, number] {
  const dot = name.indexOf('.', 1);
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return [stem, FORMAT_RANK[ext] ?? 9];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byNameThenFormat(a: { name: string }, b: { name: string }): number {
  const [sa, ra] = sortKey(a.name);
  const [sb, rb] = sortKey(b.name);
  return cmp(sa, sb) || ra - rb || cmp(a.name, b.name);
}

interface Entry {
  name: string;
  /** the name's bytes */
  raw: Buffer;
  exact: boolean;
  dir: boolean;
  file: boolean;
  link: boolean;
}

/** A directory being walked: its path as shown, and as bytes when some name on the way is not UTF-8. */
interface Dir {
  path: string;
  raw: Buffer;
  exact: boolean;
}

const SEP = Buffer.from(sep);
const child = (d: Dir, e: Entry): Dir => ({
  path: d.path.endsWith(sep) ? d.path + e.name : d.path + sep + e.name,
  raw: Buffer.concat(d.raw.at(-1) === SEP[0] ? [d.raw, e.raw] : [d.raw, SEP, e.raw]),
  exact: d.exact && e.exact,
});
const item = (d: Dir, error?: string): WalkItem => ({ path: d.path, ...(d.exact ? {} : { fsPath: d.raw }), ...(error ? { error } : {}) });

const inside = (p: string, roots: string[]): boolean => roots.some((r) => p === r || p.startsWith(r.endsWith(sep) ? r : r + sep));

async function* walkDir(dir: Dir, roots: string[], opts: WalkOptions): AsyncGenerator<WalkItem> {
  let names: Entry[];
  try {
    const d = await opendir(dir.exact ? dir.path : dir.raw, { encoding: 'buffer' } as unknown as Parameters<typeof opendir>[1]);
    names = [];
    for await (const e of d) {
      const raw = e.name as unknown as Buffer;
      const { name, exact } = decodeName(raw);
      names.push({ name, raw, exact, dir: e.isDirectory(), file: e.isFile(), link: e.isSymbolicLink() });
    }
  } catch (e) {
    yield item(dir, statReason(e));
    return;
  }
  names.sort(byNameThenFormat);
  for (const e of names) {
    if (e.name.startsWith('.')) continue;
    const p = child(dir, e);
    if (e.dir) {
      yield* walkDir(p, roots, opts);
    } else if (e.file || e.link) {
      if (!isSupported(e.name)) continue;
      if (e.link) {
        // follow links to files, never to directories (no cycles); a link leading outside the
        // folders named (to /etc/passwd) only when asked
        let target: string;
        try {
          const fsp = p.exact ? p.path : p.raw;
          if (!(await stat(fsp)).isFile()) continue;
          target = await realpath(fsp, 'utf8');
        } catch (err) {
          yield item(p, statReason(err));
          continue;
        }
        if (!opts.followSymlinks && !inside(target, roots)) {
          yield item(p, `refused: a symbolic link to ${target}, outside the folders named (--follow-symlinks follows it)`);
          continue;
        }
      }
      yield item(p);
    }
  }
}

export async function* walk(paths: string[], opts: WalkOptions = {}): AsyncGenerator<WalkItem> {
  const args = await Promise.all(paths.map((p) => stat(p).then((st) => ({ p, st }), (e: unknown) => ({ p, error: statReason(e) }))));
  const roots: string[] = [];
  for (const a of args) if ('st' in a && a.st.isDirectory()) roots.push(await realpath(a.p).catch(() => a.p));
  for (const a of args) {
    if ('error' in a) yield { path: a.p, error: a.error };
    else if (a.st.isDirectory()) yield* walkDir({ path: a.p, raw: Buffer.from(a.p), exact: true }, roots, opts);
    else yield { path: a.p };
  }
}

/** Counts the files a batch holds (for a progress bar), without keeping their names. */
export async function countFiles(paths: string[], opts: WalkOptions = {}): Promise<number> {
  let n = 0;
  for await (const _ of walk(paths, opts)) n++;
  return n;
}
