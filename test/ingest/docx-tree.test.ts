// The DOCX reader takes its lines from mammoth's document tree instead of mammoth's HTML: for
// DOCX built here, one construct each, the lines must be those htmlToLines(convertToHtml(…))
// gives, and the cases the tree cannot answer for must go to the HTML conversion.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import mammoth from 'mammoth';
import { readDocx, readTree } from '../../src/ingest/docx.js';
import { htmlToLines } from '../../src/ingest/docx-html.js';
import { treeToLines } from '../../src/ingest/docx-tree.js';
import type { SourceLine } from '../../src/types.js';
import { buildDocx, p, r } from './docx-build.js';
import { CASES } from './docx-cases.js';

/** '## text' for a level-2 heading, 'text' for a paragraph */
const shown = (lines: SourceLine[]) => lines.map((l) => (l.kind === 'heading' ? `${'#'.repeat(l.level!)} ${l.text}` : l.text));

async function viaHtml(buf: Buffer): Promise<SourceLine[] | Error> {
  try {
    return htmlToLines((await mammoth.convertToHtml({ buffer: buf })).value);
  } catch (e) {
    return e as Error;
  }
}

describe('DOCX lines from the document tree = lines from the HTML', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const buf = await buildDocx(c.parts);
      const html = await viaHtml(buf);
      const tree = treeToLines(await readTree(mammoth, buf));
      if (c.via === 'tree') {
        expect(tree).not.toBeNull();
        if (!(html instanceof Error)) expect(tree).toEqual(html);
      } else {
        expect(tree).toBeNull();
      }
      if (Array.isArray(c.lines)) {
        expect(html).not.toBeInstanceOf(Error);
        expect(shown(html as SourceLine[])).toEqual(c.lines);
        expect((await readDocx(buf)).lines).toEqual(html);
      } else {
        const reason = html instanceof Error ? `damaged DOCX: ${html.message}` : 'DOCX has no text';
        expect(reason).toMatch(c.lines.error);
        await expect(readDocx(buf)).rejects.toThrow(reason);
      }
    });
  }

  it('a style map embedded in the DOCX goes to the HTML conversion (the tree walk knows only the default map)', async () => {
    const parts = { body: p(r('引用成标题'), 'Quote') + p(r('正文')), styleMap: "p[style-name='Quote'] => h3:fresh" };
    const buf = await buildDocx(parts);
    const html = await viaHtml(buf);
    expect(shown(html as SourceLine[])).toEqual(['### 引用成标题', '正文']);
    // the walk alone would be wrong here …
    expect(shown(treeToLines(await readTree(mammoth, buf))!)).toEqual(['引用成标题', '正文']);
    // … so readDocx does not use it
    expect((await readDocx(buf)).lines).toEqual(html);
  });

  it("mammoth's default style map is the one docx-style.ts follows", () => {
    // placeParagraph mirrors these rules; a mammoth that changes them must be re-read
    const req = createRequire(import.meta.url);
    const { _defaultStyleMap } = req('mammoth/lib/options-reader.js') as { _defaultStyleMap: string[] };
    const heads = (f: (n: number) => string) => [1, 2, 3, 4, 5, 6].map(f);
    const list = (kind: string, tag: string) =>
      [1, 2, 3, 4, 5].map((n) => `p:${kind}(${n}) => ${'ul|ol > li > '.repeat(n - 1)}${tag} > li:fresh`);
    expect(_defaultStyleMap).toEqual([
      ...heads((n) => `p.Heading${n} => h${n}:fresh`),
      ...heads((n) => `p[style-name='Heading ${n}'] => h${n}:fresh`),
      ...heads((n) => `p[style-name='heading ${n}'] => h${n}:fresh`),
      'p.Heading => h1:fresh',
      "p[style-name='Heading'] => h1:fresh",
      "r[style-name='Strong'] => strong",
      "p[style-name='footnote text'] => p:fresh",
      "r[style-name='footnote reference'] =>",
      "p[style-name='endnote text'] => p:fresh",
      "r[style-name='endnote reference'] =>",
      "p[style-name='annotation text'] => p:fresh",
      "r[style-name='annotation reference'] =>",
      "p[style-name='Footnote'] => p:fresh",
      "r[style-name='Footnote anchor'] =>",
      "p[style-name='Endnote'] => p:fresh",
      "r[style-name='Endnote anchor'] =>",
      ...list('unordered-list', 'ul'),
      ...list('ordered-list', 'ol'),
      "r[style-name='Hyperlink'] =>",
      "p[style-name='Normal'] => p:fresh",
      'p.Body => p:fresh',
      "p[style-name='Body'] => p:fresh",
    ]);
  });

  it('reading the tree converts nothing: the HTML mammoth writes on the way is empty', async () => {
    const buf = await buildDocx(CASES[0]!.parts);
    let seen = 0;
    const out = await mammoth.convertToHtml(
      { buffer: buf },
      { includeDefaultStyleMap: false, includeEmbeddedStyleMap: false, transformDocument: (d: { children: unknown[] }) => ((seen = d.children.length), { ...d, children: [] }) },
    );
    expect(seen).toBeGreaterThan(10);
    expect(out.value).toBe('');
  });
});
