// Lazily lists the files of an ingest batch: each argument as given, directories walked
// recursively in name order, one directory listing in memory at a time.
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Extensions picked up when walking a directory. A file named explicitly is always tried. */
export const SUPPORTED_EXTENSIONS = ['.pdf', '.docx', '.txt', '.md', '.markdown', '.text', '.ofd', '.doc', '.wps', '.html', '.htm', '.shtml'];

export interface WalkItem {
  path: string;
  /** set when the argument cannot be read at all (missing path, permission) */
  error?: string;
}

export function isSupported(name: string): boolean {
  const lower = name.toLowerCase();
  return SUPPORTED_EXTENSIONS.some((e) => lower.endsWith(e));
}

function statReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (e as Error).message;
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

async function* walkDir(dir: string): AsyncGenerator<WalkItem> {
  let names: { name: string; dir: boolean; file: boolean; link: boolean }[];
  try {
    const d = await opendir(dir);
    names = [];
    for await (const e of d) names.push({ name: e.name, dir: e.isDirectory(), file: e.isFile(), link: e.isSymbolicLink() });
  } catch (e) {
    yield { path: dir, error: statReason(e) };
    return;
  }
  names.sort(byNameThenFormat);
  for (const e of names) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.dir) {
      yield* walkDir(p);
    } else if (e.file || e.link) {
      if (!isSupported(e.name)) continue;
      if (e.link) {
        // follow links to files, never to directories (no cycles)
        try {
          if (!(await stat(p)).isFile()) continue;
        } catch (err) {
          yield { path: p, error: statReason(err) };
          continue;
        }
      }
      yield { path: p };
    }
  }
}

export async function* walk(paths: string[]): AsyncGenerator<WalkItem> {
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      yield { path: p, error: statReason(e) };
      continue;
    }
    if (st.isDirectory()) yield* walkDir(p);
    else yield { path: p };
  }
}

/** Counts the files a batch holds (for a progress bar), without keeping their names. */
export async function countFiles(paths: string[]): Promise<number> {
  let n = 0;
  for await (const _ of walk(paths)) n++;
  return n;
}
