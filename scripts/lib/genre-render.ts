// Renders a plain-text genre document as the formats archivists receive, so that the same gold
// scores the readers too: a PDF (non-embedded STSong-Light, ~35 characters a line, so every long
// sentence is broken across lines and pages as in a real print) or a DOCX (one paragraph a line).
// Only plain text is rendered: a web page or a Markdown table keeps its own format.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { writeDocx } from '../bench/docx-writer.js';
import { writePdf } from '../bench/pdf-writer.js';

export type RenderFormat = 'pdf' | 'docx';

/** one paragraph a line, no heading styles (real drafts set titles by direct formatting, which the
 * readers do not see); a tab or a run of spaces between cells becomes the gap a table leaves between them */
function paragraphs(text: string): { text: string; heading: boolean }[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/\t+| {2,}/g, '\u3000\u3000'))
    .filter(Boolean)
    .map((l) => ({ text: l, heading: false }));
}

/** ~35 characters a line, or a line wide enough for the widest table row (an annex table is set on a
 * wide page; the writer cannot break a row inside its cells as a real table does) */
function measureFor(paras: { text: string }[]): number {
  const width = (t: string) => [...t].reduce((n, c) => n + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);
  const rows = paras.filter((p) => p.text.includes('\u3000\u3000')).map((p) => Math.ceil(width(p.text)));
  return Math.max(35, ...rows);
}

/** whether a document of this name is rendered (plain text) */
export const renderable = (file: string) => /\.txt$/i.test(file);

const made: string[] = [];

/** removes every folder renderAs made */
export function cleanRenders(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** writes the document as `format` into a fresh temporary folder; returns the new path */
export async function renderAs(file: string, format: RenderFormat): Promise<string> {
  const paras = paragraphs(readFileSync(file, 'utf8'));
  const cpl = measureFor(paras);
  // the type shrinks as the measure widens, so that every line stays inside the page (420 pt of text)
  const bytes = format === 'pdf' ? writePdf(paras, { title: paras[0]?.text, charsPerLine: cpl, fontSize: Math.min(12, 420 / cpl) }) : await writeDocx(paras);
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-render-'));
  made.push(dir);
  const out = join(dir, basename(file, extname(file)) + '.' + format);
  writeFileSync(out, bytes);
  return out;
}
